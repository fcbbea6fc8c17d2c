import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// structure/object-dumps.ts: a bare `name` in an object printed by Ruby inspect, Rust Debug,
// Elixir or util.inspect is a person's when the dump's class is a person's (`User`, `Customer`,
// `Person`, `Contact`…) or a member beside it is an e-mail, a phone or a login.
const engine = testEngine();

describe('a bare name in an object dump', () => {
  it('masks the name in a person dump, by its class or by a contact member beside it', () => {
    for (const [input, name] of [
      ['user=#<User id: 77, email: "w.k@example.co.ke", name: "Nyokabi Wairimu", plan: "pro">', 'Nyokabi Wairimu'],
      ['#<Account id: 7, name: "Nyokabi Wairimu", phone: "+254 712 555 019">', 'Nyokabi Wairimu'],
      ['loaded Customer { id: 7, name: "Thandiwe Mokoena" }', 'Thandiwe Mokoena'],
      ['%Person{name: "Thandiwe Mokoena", age: 3}', 'Thandiwe Mokoena'],
      ["{ id: 3, name: 'Thandiwe Mokoena', login: 'tmokoena' }", 'Thandiwe Mokoena'],
      ['order=#<Order id: 1, customer: #<Contact name: "Asha Patel">, total: 3>', 'Asha Patel'],
    ] as const) {
      const out = engine.maskText(input);
      expect(out.value).not.toContain(name);
      expect(out.findings.some((f) => f.entity === 'PERSON')).toBe(true);
    }
  });

  it("keeps a thing's name: its class and members say nothing of a person", () => {
    for (const [input, name] of [
      ['#<Product id: 7, name: "Widget Pro", price: 5>', 'Widget Pro'],
      ['Team { id: 7, name: "Core Platform", slug: "core" }', 'Core Platform'],
      ['order=#<Order id: 1, customer: #<Customer name: "Asha Patel">, name: "Spring Sale">', 'Spring Sale'],
    ] as const) {
      expect(engine.maskText(input).value).toContain(name);
    }
  });

  it("reads a quoted member name that is no identifier (util.inspect `{ 'first-name': … }`)", () => {
    const out = engine.maskText("{ 'first-name': 'Thandiwe', 'user.email': 'tm@example.co.za', plan: 'pro' }");
    expect(out.value).not.toContain("'Thandiwe'");
    expect(out.value).not.toContain('tm@example.co.za');
    expect(out.value).toContain("plan: 'pro'");
  });
});

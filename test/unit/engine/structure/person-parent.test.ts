import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// A bare `name` under a generic parent (`user`, `assignee`, `owner`) in JSON written into text:
// a person's name when the same object holds a person's e-mail, phone or login.
const engine = testEngine();
const personFindings = (s: string) =>
  engine.maskText(s).findings.filter((f) => f.entity === 'PERSON' && f.detector === 'structure:key_value');

describe('a name under a person parent in JSON held as text', () => {
  it('masks a Korean name written as \\u escapes in JSON escaped again (beside the e-mail)', () => {
    const input = 'debug payload={\\"user\\":{\\"name\\":\\"\\ud64d\\uae38\\ub3d9\\",\\"email\\":\\"gildong.hong\\u0040example.kr\\"}}';
    const out = engine.maskText(input);
    expect(out.value).not.toContain('\\ud64d\\uae38\\ub3d9');
    expect(out.value).toMatch(/^debug payload=\{\\"user\\":\{\\"name\\":\\"<PERSON:\w+>\\",/);
  });

  it('masks the name of an assignee with a login and of a customer with a phone, in plain JSON after text', () => {
    const input =
      'sync ok {"assignee": {"id": 7, "name": "ama owusu", "login": "aowusu"}, "customer": {"phone": "+44 20 7946 0958", "name": "li wei"}}';
    const out = engine.maskText(input);
    expect(out.value).not.toContain('ama owusu');
    expect(out.value).not.toContain('li wei');
    // `"name": "ama owusu"` is person_name_lower_role's first since left70 (`name` leads a lower-case name).
    expect(out.findings.filter((f) => f.entity === 'PERSON')).toHaveLength(2);
  });

  it('leaves a team, a service and a person parent without a way to reach a person', () => {
    for (const kept of [
      'resp={\\"owner\\":{\\"name\\":\\"platform team\\",\\"type\\":\\"team\\"}}',
      'resp={\\"service\\":{\\"name\\":\\"billing\\",\\"email\\":\\"ops@example.com\\"}}',
      'got {"user": {"id": 9, "name": "svc-deploy", "role": "bot"}}',
      'got {"user": {"name": "svc-deploy"}, "email": "ops@example.com"}',
    ]) {
      expect(personFindings(kept)).toEqual([]);
    }
  });

  it('masks the name under a shipment party parent without a contact beside it, as the record walk reads `shipTo.name`', () => {
    const input =
      'POST /v2/shipments HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{"shipTo":{"name":"Oyelaran Adebisi","city":"Lagos"},"billTo":{"name":"Femi Kuti-Ade"},"deliverTo":{"name":"Ngozi Eze"}}';
    const out = engine.maskText(input);
    for (const name of ['Oyelaran Adebisi', 'Femi Kuti-Ade', 'Ngozi Eze']) expect(out.value).not.toContain(name);
    expect(out.value.match(/"name":"<PERSON:\w+>"/g)).toHaveLength(3);
    expect(personFindings(input).length).toBeGreaterThan(0);
    const escaped = 'body={\\"consignee\\":{\\"name\\":\\"Oyelaran Adebisi\\"}}';
    expect(engine.maskText(escaped).value).not.toContain('Oyelaran Adebisi');
    const record = JSON.parse(JSON.stringify(engine.maskValue({ deliverTo: { name: 'Ngozi Eze' } }).value)) as {
      deliverTo: { name: string };
    };
    expect(record.deliverTo.name).toMatch(/^<PERSON:\w+>$/);
  });

  it('leaves the name under a parent whose name the key rules do not call a person', () => {
    for (const kept of [
      'POST /x\r\n\r\n{"shipFrom":{"name":"Central Warehouse"},"carrier":{"name":"Ship Fast"}}',
      '{"package":{"name":"Box A"}} sent',
    ]) {
      expect(personFindings(kept)).toEqual([]);
    }
  });
});

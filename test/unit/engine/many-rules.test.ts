import { describe, expect, it } from 'vitest';
import { policyFromText } from '../../../src/engine/index.js';
import { ConfigError } from '../../../src/core/errors.js';
import { MAX_CUSTOM_RULES, RuleGate } from '../../../src/engine/policy/rule-gate.js';
import { maskText, testEngine } from '../../helpers/engine.js';

/**
 * Policies with thousands of custom rules (issue 16, item 6): rules are gated by RE2 sets, so only
 * the rules that can match run; what they find is exactly what running each rule would find.
 */

function policyWith(n: number, extra = ''): string {
  const lines = ['rules:'];
  for (let i = 0; i < n; i++) lines.push(`  - id: r${i}`, '    entity: TICKET', `    pattern: "TCK${i}-[0-9]{4}"`);
  return `${lines.join('\n')}\n${extra}`;
}

describe('10,000 custom rules', () => {
  const engine = testEngine(
    policyWith(
      10_000,
      [
        '  - id: case_free',
        '    entity: CODENAME',
        '    pattern: "project-(falcon|heron)"',
        '    case_insensitive: true',
        '  - id: gated_by_keyword',
        '    entity: BADGE',
        '    pattern: "B-[0-9]{5}"',
        '    keywords: [badge]',
      ].join('\n'),
    ),
  );

  it('masks what the first, a middle and the last rule find, and nothing else', () => {
    const r = maskText(engine, 'tickets TCK0-1234, TCK5000-9999 and TCK9999-0001; not TCK10000-1234 nor TCK12-12');
    expect(r.entities).toEqual(['TICKET', 'TICKET', 'TICKET']);
    for (const raw of ['TCK0-1234', 'TCK5000-9999', 'TCK9999-0001']) expect(r.text).not.toContain(raw);
    expect(r.text).toContain('TCK10000-1234');
    expect(r.text).toContain('TCK12-12');
  });

  it('keeps each rule its case flag and keywords inside the set', () => {
    expect(maskText(engine, 'working on PROJECT-FALCON today').entities).toEqual(['CODENAME']);
    expect(maskText(engine, 'my badge is B-12345').entities).toEqual(['BADGE']);
    expect(maskText(engine, 'order B-12345 shipped').entities).toEqual([]);
    expect(maskText(engine, 'tck1-1234 is not TCK1-1234 in lower case').entities).toEqual(['TICKET']);
  });

  it('a record with no rule match is left as it was', () => {
    const text = 'GET /api/orders 200 in 35 ms by service billing';
    expect(maskText(engine, text)).toEqual({ text, entities: [] });
  });
});

describe('RuleGate', () => {
  it('returns the ascending indexes of the rules that match, across groups', () => {
    const rules = Array.from({ length: 4500 }, (_, i) => ({ pattern: `k${i}x`, caseInsensitive: i % 2 === 1 }));
    const gate = new RuleGate(rules);
    expect(gate.candidates('a k4499x b k7x c K1X k0x')).toEqual([0, 1, 7, 4499]);
    expect(gate.candidates('K0X')).toEqual([]); // rule 0 is case-sensitive
    expect(gate.candidates('nothing')).toEqual([]);
  });
});

describe('policy size limit', () => {
  it(`refuses more than ${MAX_CUSTOM_RULES} rules with a message that names the limit and the fix`, () => {
    let err: unknown;
    try {
      policyFromText(policyWith(MAX_CUSTOM_RULES + 1));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect(String((err as Error).message)).toContain(`at most ${MAX_CUSTOM_RULES}`);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/evidence.js';
import { maskJsonString } from '../../../src/record/json-codec.js';
import { testEngine } from '../../helpers/engine.js';

// Engine#evidenceJson writes the evidence by hand from cached pieces instead of JSON.stringify
// (issue 15: a generic stringify per record was 4% of a record's cost). It must give exactly the
// text JSON.stringify gives for the evidence object, for every finding the engine can make.
const engine = testEngine('rules:\n  - { id: odd_rule, entity: ODD_ENTITY, pattern: "zq-[0-9]+" }\n');
const stringify = (findings: Finding[]) => JSON.stringify(engine.evidence(findings));

describe('Engine#evidenceJson', () => {
  it('equals JSON.stringify of the evidence on findings of real records', () => {
    const records = [
      '{"user":{"email":"jane.doe@example.com","password":"hunter2!!"},"note":"call +1 415 555 0100 or zq-123"}',
      '{"rows":[{"ssn":"123-45-6789"},{"ssn":"123-45-6789"},{"ssn":"078-05-1120"}],"ip":"10.1.2.3"}',
      '{"k\\"ey\\u2028":"jane.doe@example.com","é€𝄞":{"token":"ghp_0123456789abcdefghijklmnopqrstuvwxyzAB"}}',
      '{"nothing":"here"}',
    ];
    let withFindings = 0;
    for (const r of records) {
      const { findings } = engine.maskJsonText(r) ?? { findings: [] };
      if (findings.length > 0) withFindings++;
      expect(engine.evidenceJson(findings)).toBe(stringify(findings));
      // And the line written carries it.
      const out = maskJsonString(engine, r).output ?? '';
      expect(JSON.parse(out)._auditmask).toEqual(JSON.parse(stringify(findings)));
    }
    expect(withFindings).toBe(3);
  });

  it('equals JSON.stringify of the evidence on generated findings (paths with quotes, escapes, Unicode)', () => {
    const id = fc.string({ unit: 'binary', maxLength: 12 });
    const finding = fc
      .record({
        path: fc.string({ unit: 'binary', maxLength: 30 }),
        entity: id,
        detector: id,
        action: fc.constantFrom('redact', 'tokenize', 'partial', 'keep', 'drop'),
        count: fc.option(fc.integer({ min: 2, max: 1_000_000 }), { nil: undefined }),
      })
      // Findings as #record makes them: the four members in this order, `count` only when counted.
      .map(({ path, entity, detector, action, count }) => {
        const f: Finding = { path, entity, detector, action: action as Finding['action'] };
        if (count !== undefined) f.count = count;
        return f;
      });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 6 }), (findings) => {
        expect(engine.evidenceJson(findings)).toBe(stringify(findings));
      }),
      { numRuns: 500 },
    );
  });
});

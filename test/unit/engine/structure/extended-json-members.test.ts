import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * structure/kv.ts's inline JSON members in a log line: a MongoDB Extended JSON date wrapper
 * (`"dob" : { "$date" : "…" }`, canonical `{ "$date" : { "$numberLong" : "…" } }`) is read as the
 * member's value, in both walks (a record's string read as text either way).
 */
const engine = testEngine();

function both(line: string): { text: string; value: string } {
  const record = { msg: line };
  const text = maskJsonString(engine, JSON.stringify(record)).output ?? '';
  const value = JSON.stringify(engine.maskValue(structuredClone(record)).value);
  return { text, value };
}

describe('Extended JSON dates under a member written into a log line', () => {
  const positives: [string, string, string][] = [
    ['relaxed $date under dob', 'op=replace doc={ "_id" : 1, "dob" : { "$date" : "1987-11-23T00:00:00Z" } }', '1987-11-23T00:00:00Z'],
    ['canonical $numberLong under birthDate', 'doc={"birthDate":{"$date":{"$numberLong":"562032000000"}}}', '562032000000'],
  ];
  for (const [label, line, secret] of positives) {
    it(`masks the date: ${label}`, () => {
      const { text, value } = both(line);
      expect(value).not.toContain(secret);
      expect(text).not.toContain(secret);
      expect(text).toContain('DATE_OF_BIRTH');
    });
  }

  const lookAlikes: [string, string, string][] = [
    ['an event time wrapped the same way', 'doc={ "createdAt" : { "$date" : "2024-03-05T10:00:00Z" } }', '2024-03-05T10:00:00Z'],
    ['an $oid under a member', 'doc={ "dob_ref" : { "$oid" : "65a1b2c3d4e5f6a7b8c9d0e1" } }', '65a1b2c3d4e5f6a7b8c9d0e1'],
  ];
  for (const [label, line, kept] of lookAlikes) {
    it(`keeps the value: ${label}`, () => {
      const { text, value } = both(line);
      expect(value).toContain(kept);
      expect(text).toContain(kept);
    });
  }
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Properties of the engine over generated records that mix sensitive values (from the same pools
 * the detector tests use) into arbitrary JSON.
 */
const engine = testEngine();
// A fixed seed keeps CI deterministic; change it locally to explore further (a failure is a leak).
fc.configureGlobal({ seed: 20261128 });

const sensitive = fc.constantFrom(
  'jane.doe@example.com',
  '4111 1111 1111 1111',
  '5555555555554444',
  'GB82 WEST 1234 5698 7654 32',
  '536-22-8145',
  '+44 20 7946 0958',
  '203.0.113.42',
  '2001:db8::8a2e:370:7334',
  'AKIAIOSFODNN7EXAMPLE',
  'password=hunter22',
  'Bearer 8f14e45fceea167a5a36dedd4bea2543',
);
const filler = fc.constantFrom('order ORD-1', 'hello', 'v1.2.3', '2026-11-02T09:14:03Z', 'ok', '', ' ', 'x');
const text = fc.array(fc.oneof(sensitive, filler, fc.string({ maxLength: 12 })), { maxLength: 5 }).map((parts) => parts.join(' '));
const key = fc.constantFrom('note', 'message', 'email', 'password', 'data', 'userName', 'items', 'Authorization', 'count');
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(key, fc.string({ maxLength: 6 })), tie('value'), { maxKeys: 5 }),
})).object;

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

function shape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shape);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]));
  return typeof v === 'string' || typeof v === 'number' ? 'leaf' : v;
}

describe('engine properties', () => {
  it('is idempotent: masking masked output changes nothing and finds nothing', () => {
    fc.assert(
      fc.property(json, (record) => {
        const once = engine.maskValue(structuredClone(record)).value;
        const twice = engine.maskValue(structuredClone(once));
        expect(twice.value).toEqual(once);
        expect(twice.findings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a planted sensitive value through, wherever it is placed', () => {
    fc.assert(
      fc.property(json, sensitive, fc.constantFrom('note', 'data', 'x'), (record, planted, k) => {
        const input = { ...(record as object), [k]: `before ${planted} after` };
        const { value } = engine.maskValue(structuredClone(input));
        const secretPart = planted.replace(/^(password=|Bearer )/, '');
        for (const s of strings(value)) expect(s).not.toContain(secretPart);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps keys and nesting (only leaves change, except dropped fields)', () => {
    fc.assert(
      fc.property(json, (record) => {
        const { value } = engine.maskValue(structuredClone(record));
        expect(shape(value)).toEqual(shape(record));
      }),
      { numRuns: 300 },
    );
  });

  it('reports a finding for every value it changed, and changes nothing it did not report', () => {
    fc.assert(
      fc.property(json, (record) => {
        const { value, findings } = engine.maskValue(structuredClone(record));
        const changed = JSON.stringify(value) !== JSON.stringify(record);
        expect(changed).toBe(findings.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});

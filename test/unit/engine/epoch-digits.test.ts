import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEpochDigits } from '../../../src/engine/detect/types.js';
import { maskJsonString } from '../../../src/record/json-codec.js';
import { testEngine } from '../../helpers/engine.js';

// 16- and 19-digit strings that start with 1 (Unix times in µs and ns, OTLP's timeUnixNano) skip
// detection on policies without custom rules (detect/types.ts isEpochDigits). That is only sound
// if no detector could find anything in them: checked here against the whole catalog, through an
// engine whose policy has a custom rule that never matches (so the shortcut is off).
const scanned = testEngine('rules:\n  - { id: never, entity: NEVER, pattern: "zq-never-zq" }\n');
const shortcut = testEngine();
const epochDigits = fc
  .tuple(fc.constantFrom(16, 19), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }))
  .map(([n, digits]) => `1${digits.slice(0, n - 1).join('')}`);

describe('epoch digit strings (isEpochDigits)', () => {
  it('says which strings it covers', () => {
    expect(isEpochDigits('1733332000123456789')).toBe(true); // ns
    expect(isEpochDigits('1733332000123456')).toBe(true); // µs
    for (const s of ['1733332000123', '173333200012345678', '2733332000123456789', '4111111111111111', '17333320001234567a9', '']) {
      expect(isEpochDigits(s), s).toBe(false);
    }
  });

  it('no detector finds anything in one, so skipping it changes no decision', () => {
    fc.assert(
      fc.property(epochDigits, (s) => {
        expect(scanned.maskText(s).findings).toEqual([]);
        expect(shortcut.maskText(s).findings).toEqual([]);
      }),
      { numRuns: 3000, seed: 20261204 },
    );
  });

  it('stays unchanged as a JSON string and as a JSON number (every digit kept)', () => {
    const line = '{"timeUnixNano":"1733332000123456789","observed":1733332000123456789}';
    expect(maskJsonString(shortcut, line).output?.startsWith(line.slice(0, -1))).toBe(true);
  });

  it('is still scanned under a policy with custom rules, which may match any digits', () => {
    const engine = testEngine('rules:\n  - { id: customer, entity: CUSTOMER_NUMBER, pattern: "1\\\\d{15}" }\n');
    expect(engine.maskText('1234567890123456').value).toMatch(/^<CUSTOMER_NUMBER:[a-z]+>$/);
  });
});

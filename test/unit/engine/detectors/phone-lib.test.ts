import * as esm from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { phoneNumberLibrary } from '../../../../src/engine/detect/phone-lib.js';
import { defaultPolicy } from '../../../../src/engine/policy/builtin.js';
import { normalizeForEntity } from '../../../../src/engine/mask/normalize.js';

// The engine loads libphonenumber-js on first use through `require` (its CommonJS build); the
// package's ES build is what the phone detector imported before. Both must answer alike for the
// numbers and look-alikes of the phone detector's tests (test/unit/engine/detectors.test.ts).
const CANDIDATES = [
  '+1 415-555-2671',
  '+44 20 7946 0958',
  '(212) 555-0147',
  '030 901820',
  '+44 20 7946 0958',
  '347 123 4567',
  '612 345 678',
  '0221 4710 2345',
  '06-12345678',
  '06 12 34 56 78',
  '+1-418-262-6501',
  '+49 30 901820',
  '4155552671',
  '+1 000-000-0000',
  '401-023-2138',
  '4185551234',
  '+4412345',
  '12345678',
  '1732785600',
  '(415) 555-2671',
];
const REGIONS = defaultPolicy().policy.detectors.phone_regions as esm.CountryCode[];

describe('libphonenumber-js loaded on first use', () => {
  const cjs = phoneNumberLibrary();

  it('is one library object per process', () => {
    expect(phoneNumberLibrary()).toBe(cjs);
  });

  it('the CommonJS build validates and formats as the ES build does, without a region and in each default region', () => {
    let valid = 0;
    for (const v of CANDIDATES) {
      const parsed = (lib: typeof esm, region?: esm.CountryCode) => {
        const p = lib.parsePhoneNumberFromString(v, region);
        return p ? { number: p.number, valid: p.isValid(), country: p.country } : undefined;
      };
      expect(parsed(cjs), v).toEqual(parsed(esm));
      for (const region of REGIONS) {
        const answer = cjs.isValidPhoneNumber(v, region);
        expect(answer, `${v} in ${region}`).toBe(esm.isValidPhoneNumber(v, region));
        expect(parsed(cjs, region), `${v} in ${region}`).toEqual(parsed(esm, region));
        if (answer) valid++;
      }
    }
    expect(valid).toBeGreaterThan(10); // the list holds valid numbers, not only look-alikes
  });

  it('PHONE values normalise to E.164 through it', () => {
    expect(normalizeForEntity('PHONE', '(415) 555-2671')).toBe('+14155552671');
    expect(normalizeForEntity('PHONE', '+44 20 7946 0958')).toBe('+442079460958');
    expect(normalizeForEntity('PHONE', '12-34')).toBe('1234');
  });
});

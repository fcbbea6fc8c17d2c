import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasCapital } from '../../../../src/engine/detect/values/person-names.js';

/**
 * person_name's prefilter asks hasCapital first on texts longer than 64 characters; it switches
 * from one regex pass to 26 native searches past 400 characters. Both paths must answer exactly
 * "holds a capital A–Z" (accented capitals do not count: that is the gate's documented contract).
 */
describe('hasCapital', () => {
  const chars = fc.constantFrom('a', 'z', ' ', '1', '.', 'é', 'Å', 'Ö', 'ß', 'A', 'M', 'Z', '@', '[', '`');
  const lowerHeavy = fc.constantFrom<string>('a', 'e', 't', ' ', '1', 'é', 'Å', 'Ö', '@', '[', '`');
  const text = fc.oneof(
    fc.array(chars, { maxLength: 900 }).map((xs) => xs.join('')),
    // Mostly no capital, sometimes one capital anywhere, across both sides of the switch.
    fc
      .tuple(fc.array(lowerHeavy, { minLength: 300, maxLength: 900 }), fc.option(fc.constantFrom('A', 'Q', 'Z')), fc.nat())
      .map(([xs, cap, at]) => {
        if (cap !== null) xs.splice(at % (xs.length + 1), 0, cap);
        return xs.join('');
      }),
  );

  it('answers /[A-Z]/ at every length', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(hasCapital(t)).toBe(/[A-Z]/.test(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores accented capitals and finds a late capital in long text', () => {
    expect(hasCapital(`${'ömür and åsa '.repeat(10)}Åsa Öberg`)).toBe(false);
    expect(hasCapital(`${'lower case prose '.repeat(40)}Z`)).toBe(true);
    expect(hasCapital(`${'lower case prose '.repeat(10)}Q`)).toBe(true);
    expect(hasCapital('lower case prose '.repeat(40))).toBe(false);
  });
});

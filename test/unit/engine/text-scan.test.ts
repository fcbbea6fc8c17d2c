import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextScan } from '../../../src/engine/detect/types.js';

/** The definition: most digits in one maximal stretch of digits, spaces and dashes. */
function longestStretch(text: string): number {
  let best = 0;
  for (const stretch of text.split(/[^\d -]/)) best = Math.max(best, (stretch.match(/\d/g) ?? []).length);
  return best;
}

describe('TextScan', () => {
  it('digitRun is exact from 7 digits on, 0 below', () => {
    const cases: [string, number][] = [
      ['', 0],
      ['123456', 0],
      ['1234567', 7],
      ['card 4111 1111 1111 1111 ok', 16],
      ['4111-1111-1111-1111', 16],
      ['12.345.678-9', 0],
      ['call 555 0147 or 555 0199', 7],
      ['555 0147 555 0199', 14],
      ['a1 2 3 4 5 6 7b', 7],
      ['   -  12345678  - ', 8],
    ];
    for (const [text, run] of cases) expect(new TextScan(text).digitRun, text).toBe(run);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('1', '9', ' ', '-', '.', 'a', '(', '+'), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const exact = longestStretch(text);
        expect(new TextScan(text).digitRun).toBe(exact >= 7 ? exact : 0);
      }),
      { seed: 20261128, numRuns: 3000 },
    );
  });

  it('hasDigit and numeric', () => {
    expect(new TextScan('abc').hasDigit).toBe(false);
    expect(new TextScan('ab3c').hasDigit).toBe(true);
    expect(new TextScan('ab3c').numeric).toBe(false);
    expect(new TextScan('+1 (415) 555-2671').numeric).toBe(true);
    expect(new TextScan('+1 (415) 555-2671').hasDigit).toBe(true);
  });
});

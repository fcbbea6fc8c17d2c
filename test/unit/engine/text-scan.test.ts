import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Span, TextScan } from '../../../src/engine/detect/types.js';
import { createEngine } from '../../../src/engine/index.js';

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
      // Up to 120 characters: short values and longer text are read by different loops (digit-runs.ts).
      fc.property(fc.array(fc.constantFrom('1', '9', ' ', '-', '.', 'a', '(', '+'), { maxLength: 120 }), (chars) => {
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

describe('TextScan.reset (one scan reused from string to string by the engine)', () => {
  it('forgets every view of the previous text', () => {
    const scan = new TextScan('AB 1234567 card 4111 1111 1111 1111');
    expect([scan.hasDigit, scan.numeric, scan.capitalDigit, scan.digitRun, scan.lower()]).toEqual([
      true,
      true,
      true,
      16,
      'ab 1234567 card 4111 1111 1111 1111',
    ]);
    scan.reset('plain words');
    expect(scan.text).toBe('plain words');
    expect([scan.hasDigit, scan.numeric, scan.capitalDigit, scan.digitRun, scan.lower()]).toEqual([false, false, false, 0, 'plain words']);
    scan.reset('Phone 555 0147 999');
    expect([scan.hasDigit, scan.numeric, scan.capitalDigit, scan.digitRun, scan.lower()]).toEqual([
      true,
      true,
      false,
      10,
      'phone 555 0147 999',
    ]);
  });

  it('every detector finds on a reused scan exactly what it finds on a fresh one', () => {
    const { detectors } = createEngine({ key: Buffer.alloc(32, 1), keyId: 'k' }).policy;
    // Every detector's own example, each followed by a look-alike without it, twice over in two
    // orders: a view (or a detector's memo of one) left from the string before would show.
    const texts = detectors.flatMap((d) => [d.example, `id ${d.example.length} ok`, `x ${d.example} y`]);
    const strings = [...texts, ...texts.slice().reverse()];
    const run = (scan: TextScan) =>
      detectors.map((d, i) => {
        const out: Span[] = [];
        if (d.prefilter(scan)) d.find(scan, out, i);
        return out.map((s) => `${s.start}-${s.end}:${s.entity}:${s.normalized}`).join(',');
      });
    // All fresh answers first, then the reused scan over the same strings back to back.
    const fresh = strings.map((s) => run(new TextScan(s)));
    const reused = new TextScan('');
    for (const [k, s] of strings.entries()) expect(run(reused.reset(s)), s).toEqual(fresh[k]);
    const found = fresh.reduce((n, answers) => n + answers.filter((x) => x !== '').length, 0);
    expect(found).toBeGreaterThan(detectors.length);
    // Quadratic in the catalog (every detector on every detector's example: 5 million calls at
    // 668 detectors): 8–9 s alone, past the unit project's 30 s on a loaded two-core machine.
  }, 180_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextScan, type Span } from '../../../../src/engine/detect/types.js';
import {
  hasStreetCapital,
  indexOfRuns,
  mayEndStreetLine,
  mayStartPostcode,
  NUMBER_AFTER,
  POSTCODE,
  shortTextRuns,
  streetAddress,
} from '../../../../src/engine/detect/values/addresses.js';

/**
 * The street detector skips its number-last search before a digit run that mayEndStreetLine
 * rejects. That is only sound if every NUMBER_AFTER match ends in a digit run the gate accepts:
 * checked here on generated text built from street words, names, numbers and glue characters.
 */
const pieces = [
  'Calle',
  'Via',
  'Rua',
  'Rue',
  'Avenida',
  'Plaza',
  'C/',
  'R.',
  'de la',
  'del',
  'Mayor',
  'Roma',
  'Alcalá',
  'Hauptstraße',
  'Bahnhofstr.',
  'Keizersgracht',
  'Berliner',
  'Straße',
  'Str.',
  'Weg',
  'Westdorp',
  'Im',
  'Wingert',
  'took',
  'build',
  'version',
  'id',
  'ms',
  'a',
  'B',
  '_x',
  'n°',
  'nº',
  'no.',
  'AL',
  'Le',
  'Noirmont',
  'Tintange',
  '5',
  '12',
  '123',
  '1234',
  '12345',
  '274',
  '6637',
  '2340',
  '1703',
  '7a',
  '12b',
  ' ',
  ' ',
  ' ',
  ', ',
  ',',
  '.',
  '-',
  '_',
  ':',
  '/',
];
const piece = fc.constantFrom(...pieces);
const noise = fc.array(piece, { maxLength: 5 }).map((xs) => xs.join(''));
/** Noise, then a street-like core (street word or name, glue, a number, a tail), then noise. */
const text = fc
  .tuple(
    noise,
    fc.constantFrom('Calle Mayor', 'Via Roma', 'Hauptstraße', 'Berliner Straße', 'Westdorp', 'C/ Alcalá', 'Rua Augusta', 'Im Wingert'),
    fc.constantFrom(' ', ', ', ' n° ', ' nº ', '', ',', ' no. '),
    fc.constantFrom('5', '12', '123', '1234', '12345', '7'),
    fc.constantFrom('', 'a', 'b', 'ab', '_', 'ms', '.', '-1', ', 6637 Tintange', ', 1703 AL Heerhugowaard', ' ', '0'),
    noise,
  )
  .map((xs) => xs.join(''));

describe('street number-last gate', () => {
  it('accepts the digit run that ends every NUMBER_AFTER match', () => {
    let matches = 0;
    fc.assert(
      fc.property(text, (t) => {
        NUMBER_AFTER.lastIndex = 0;
        for (let m = NUMBER_AFTER.exec(t); m !== null; m = NUMBER_AFTER.exec(t)) {
          const digits = /\d+(?=\D*$)/.exec(m[0]);
          expect(digits).not.toBeNull();
          const i = m.index + digits!.index;
          // The run as the detector sees it: maximal digits around the match's number.
          let j = i;
          while (j < t.length && t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57) j++;
          expect(i === 0 || !/\d/.test(t[i - 1]!)).toBe(true);
          expect(mayEndStreetLine(t, i, j)).toBe(true);
          matches++;
        }
      }),
      { numRuns: 3000 },
    );
    expect(matches).toBeGreaterThan(100);
  });

  it('rejects runs no street line can end with', () => {
    const run = (t: string, digits: string) => {
      const i = t.indexOf(digits);
      return mayEndStreetLine(t, i, i + digits.length);
    };
    expect(run('deploy took 250ms', '250')).toBe(false);
    expect(run('order id 123456 shipped', '123456')).toBe(false);
    expect(run('Calle Mayor 5_x', '5')).toBe(false);
    expect(run('Calle Mayor 5', '5')).toBe(true);
    expect(run('Bahnhofstr. 12a, Berlin', '12')).toBe(true);
    expect(run('Im Wingert 87, 2340 Le Noirmont', '87')).toBe(true);
  });

  it('still finds number-last streets', () => {
    for (const [t, want] of [
      ['ship to Calle Mayor 5, Madrid', 'Calle Mayor 5'],
      ['Hauptstraße 12a', 'Hauptstraße 12a'],
      ['Westdorp 346, 6637 Tintange', 'Westdorp 346'],
    ] as const) {
      const out: Span[] = [];
      streetAddress.find(new TextScan(t), out, 0);
      expect(out.map((s) => t.slice(s.start, s.end))).toEqual([want]);
    }
    const out: Span[] = [];
    streetAddress.find(new TextScan('deploy took 250ms on build 12345'), out, 0);
    expect(out).toEqual([]);
  });
});

/**
 * Short texts find their digit runs in one JavaScript pass (shortTextRuns), long ones by indexOf
 * digit by digit: both must give the same runs in the same order (first digit, then position),
 * because the street and postcode finders keep the first of two overlapping finds.
 */
describe('address digit runs', () => {
  const glue = fc.constantFrom(' ', ' ', ', ', ': ', '.', '-', '/', '_', 'é');
  const token = fc.oneof(
    fc.constantFrom('Calle', 'Mayor', 'Baker', 'St', 'zip', 'SW1A', '1AA', 'K1A', '0B1', 'DC', 'ms', 'v', 'a'),
    fc.integer({ min: 0, max: 99_999 }).map(String),
    fc.constantFrom('221B', '12a', '2026.11.15', '10.0.5.43', '94105-1234'),
  );
  const text = fc.array(fc.tuple(token, glue), { maxLength: 12 }).map((xs) => xs.map(([t, g]) => t + g).join(''));

  it('are the same by either path', () => {
    let withRuns = 0;
    fc.assert(
      fc.property(text, (t) => {
        const expected = indexOfRuns(t);
        expect(shortTextRuns(t)).toEqual(expected);
        if (expected.length > 3) withRuns++;
      }),
      { numRuns: 3000 },
    );
    expect(withRuns).toBeGreaterThan(300);
  });

  it('come by first digit, then by position', () => {
    const t = 'zip 94105 at 221B Baker St, 12 Calle Mayor 5';
    const starts = (runs: number[]) => runs.filter((_, k) => k % 3 === 0).map((i) => t.slice(i, i + 2));
    expect(starts(shortTextRuns(t))).toEqual(['12', '22', '5', '94']);
    expect(shortTextRuns('ts=2026-12-04T21:50:16.123Z,id=abc123')).toEqual([]);
  });
});

/**
 * Two more gates read in JavaScript before a regex (issue 15, stop 22): the number-last search
 * runs only when a capital of [A-ZÀ-ÖØ-Þ] stands in the 80 characters before the number
 * (hasStreetCapital), and the sticky POSTCODE exec only where its first character and look-behind
 * allow (mayStartPostcode). Both must hold wherever their pattern matches.
 */
describe('street capital and postcode start gates', () => {
  const accented = fc.constantFrom('Ölweg', 'Überweg', 'Ärztestraße', 'Élysée', 'Østergade', 'Þórsgata', 'ölweg', 'über', 'é');
  const streetText = fc
    .tuple(text, fc.array(fc.oneof(piece, accented), { maxLength: 6 }), fc.constantFrom(' 5', ' 12a', ', 274', ' 1234'))
    .map(([a, xs, n]) => a + xs.join(' ') + n);

  it('every NUMBER_AFTER match has a capital before its number, within the search window', () => {
    let matches = 0;
    fc.assert(
      fc.property(fc.oneof(text, streetText), (t) => {
        NUMBER_AFTER.lastIndex = 0;
        for (let m = NUMBER_AFTER.exec(t); m !== null; m = NUMBER_AFTER.exec(t)) {
          const i = m.index + /\d+(?=\D*$)/.exec(m[0])!.index;
          expect(hasStreetCapital(t, Math.max(0, i - 80), i), JSON.stringify(m[0])).toBe(true);
          // The capital is the match's own first character: nothing before the match is needed.
          expect(hasStreetCapital(t, m.index, m.index + 1)).toBe(true);
          matches++;
        }
      }),
      { numRuns: 3000 },
    );
    expect(matches).toBeGreaterThan(100);
  });

  it('hasStreetCapital reads exactly [from, i)', () => {
    expect(hasStreetCapital('Via Roma 12', 0, 8)).toBe(true);
    expect(hasStreetCapital('Via Roma 12', 1, 4)).toBe(false);
    expect(hasStreetCapital('ölweg Ölweg 5', 6, 12)).toBe(true);
    expect(hasStreetCapital('took 603ms build 2026.11.15', 0, 17)).toBe(false);
    expect(hasStreetCapital('a×b 5', 0, 4)).toBe(false); // × (U+00D7) is not a capital
  });

  it('mayStartPostcode holds wherever POSTCODE matches', () => {
    const code = fc.constantFrom(
      'SW1A 1AA',
      'EC1A1BB',
      'M1 1AE',
      'K1A 0B1',
      '1012 JS',
      '94105',
      '94105-1234',
      '560 001',
      '560001',
      '10115',
    );
    const glue = fc.constantFrom(' ', '', '-', '_', ':', 'a', 'Z', '9', ', ', '(', 'é');
    const postText = fc.array(fc.oneof(code, glue, piece), { maxLength: 10 }).map((xs) => xs.join(''));
    let matches = 0;
    fc.assert(
      fc.property(postText, (t) => {
        for (let s = 0; s < t.length; s++) {
          POSTCODE.lastIndex = s;
          if (POSTCODE.exec(t) === null) continue;
          expect(mayStartPostcode(t, s), `${JSON.stringify(t)} at ${s}`).toBe(true);
          matches++;
        }
      }),
      { numRuns: 3000 },
    );
    expect(matches).toBeGreaterThan(500);
    expect(mayStartPostcode('a SW1A 1AA', 2)).toBe(true);
    expect(mayStartPostcode('aSW1A 1AA', 1)).toBe(false);
    expect(mayStartPostcode('x-94105', 2)).toBe(false);
    expect(mayStartPostcode('zip 94105', 2)).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextScan, type Span } from '../../../../src/engine/detect/types.js';
import { mayEndStreetLine, NUMBER_AFTER, streetAddress } from '../../../../src/engine/detect/values/addresses.js';

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

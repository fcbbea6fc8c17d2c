import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextScan, type Span } from '../../../../src/engine/detect/types.js';
import {
  indexOfRuns,
  mayEndStreetLine,
  mayStartPostcode,
  NUMBER_AFTER,
  numberAfterShapeMayEnd,
  numericPostcodeMayStart,
  POSTCODE,
  partOfDigitGroups,
  shortTextRuns,
  streetAddress,
  streetWordBefore,
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
 * Two more gates read in JavaScript before a regex: the number-last search runs only when the
 * word right before the number can end a NUMBER_AFTER shape (streetWordBefore: a capitalised
 * word, a street word or suffix, with the shapes' glue and house-number markers), and the sticky
 * POSTCODE exec only where its first character and look-behind allow (mayStartPostcode). Both must
 * hold wherever their pattern matches.
 */
describe('street word and postcode start gates', () => {
  const accented = fc.constantFrom('Ölweg', 'Überweg', 'Ärztestraße', 'Élysée', 'Østergade', 'Þórsgata', 'ölweg', 'über', 'é');
  const streetText = fc
    .tuple(text, fc.array(fc.oneof(piece, accented), { maxLength: 6 }), fc.constantFrom(' 5', ' 12a', ', 274', ' 1234'))
    .map(([a, xs, n]) => a + xs.join(' ') + n);

  /** Every street word, particle, glued suffix and separate street word of NUMBER_AFTER's shapes. */
  const wordFirst = [
    'Calle',
    'C/',
    'Avenida',
    'Avda.',
    'Avda',
    'Av.',
    'Paseo',
    'Plaza',
    'Carrer',
    'Carretera',
    'Camino',
    'Rua',
    'Avenue',
    'Rue',
    'Via',
    'Viale',
    'Piazza',
    'Piazzale',
    'Corso',
    'Largo',
    'Vicolo',
    'Strada',
    'Praça',
    'Travessa',
    'Estrada',
    'R.',
    'R',
  ];
  const particles = ['', 'de la ', 'de los ', 'del ', 'de ', 'di ', 'della ', 'da ', 'dos ', 'das '];
  const caps = ['Mayor', 'Roma', 'Alcalá', 'Élysée', "D'Angelo", "L'aquila", 'D’alba', 'Saint-michel', 'St.', 'XX', 'Øre', 'Þór', 'A'];
  const gluedSuffixes = [
    'straße',
    'Straße',
    'strasse',
    'str.',
    'Str.',
    'weg',
    'Weg',
    'platz',
    'allee',
    'gasse',
    'ring',
    'damm',
    'ufer',
    'straat',
    'laan',
    'gracht',
    'plein',
    'kade',
    'dijk',
    'singel',
    'steeg',
    'markt',
  ];
  const gluedStems = ['Haupt', 'Bahnhof', 'Kastanien', 'Karl-Marx-', 'Ölmühlen', 'Über-', 'Keizers', 'Sint-jan'];
  const separate = [
    'Straße',
    'Strasse',
    'Str.',
    'Weg',
    'Platz',
    'Allee',
    'Gasse',
    'Ring',
    'Damm',
    'Ufer',
    'Chaussee',
    'Landstraße',
    'Bundesstrasse',
    'Bundesstraße',
  ];
  /** What may stand between the last word and the house number, markers included. */
  const glues = [' ', ', ', '', ' n ', ' n', ' n° ', ' n°', ' nº ', ' nº', ' no ', ' no', ' n. ', ' n.', ', n° ', ', no'];
  /** Glue no shape accepts (a comma needs a space after it), so that near misses are generated too. */
  const missGlues = [',', ',n° ', ' - ', ' nr '];
  const core = fc.oneof(
    fc
      .tuple(
        fc.constantFrom(...wordFirst),
        fc.constantFrom(...particles),
        fc.array(fc.constantFrom(...caps), { minLength: 1, maxLength: 3 }),
      )
      .map(([w, p, cs]) => ({ shape: 'word_first', text: `${w} ${p}${cs.join(' ')}` })),
    fc
      .tuple(fc.constantFrom('', 'Berliner ', 'Alte '), fc.constantFrom(...gluedStems), fc.constantFrom(...gluedSuffixes))
      .map(([c, st, su]) => ({
        shape: 'glued',
        text: c + st + su,
      })),
    fc.tuple(fc.constantFrom(...caps), fc.constantFrom(...separate)).map(([c, w]) => ({ shape: 'separate', text: `${c} ${w}` })),
    fc
      .array(fc.constantFrom(...caps, 'Westdorp', 'Im', 'Wingert'), { minLength: 1, maxLength: 3 })
      .map((cs) => ({ shape: 'before_postcode', text: cs.join(' ') })),
  );
  const shaped = fc
    .tuple(
      noise,
      core,
      fc.constantFrom(...glues, ...missGlues),
      fc.constantFrom('5', '12', '274', '1234', '7'),
      fc.constantFrom('', 'a', ', 6637 Tintange', ', 1703 AL Heerhugowaard', ' ', '.'),
      noise,
    )
    .map(([a, c, g, n, tail, b]) => ({ ...c, glue: g, text: `${a} ${c.text}${g}${n}${tail} ${b}`, number: n }));

  /** The end of the digit run that starts at `i`. */
  const runEnd = (t: string, i: number) => {
    let j = i;
    while (j < t.length && t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57) j++;
    return j;
  };
  /** The start of the final digits of a NUMBER_AFTER match, that is of the digit run it is reported for. */
  const numberAt = (m: RegExpExecArray) => m.index + /\d+(?=\D*$)/.exec(m[0])!.index;

  it('every NUMBER_AFTER match passes streetWordBefore at its number, every shape and marker', () => {
    const seen = new Set<string>();
    let matches = 0;
    fc.assert(
      fc.property(shaped, (s) => {
        const t = s.text;
        NUMBER_AFTER.lastIndex = 0;
        for (let m = NUMBER_AFTER.exec(t); m !== null; m = NUMBER_AFTER.exec(t)) {
          const i = numberAt(m);
          expect(streetWordBefore(t, Math.max(0, i - 80), i), JSON.stringify(m[0])).toBe(true);
          // The word it finds lies in the match itself: nothing before the match is needed.
          expect(streetWordBefore(t, m.index, i), JSON.stringify(m[0])).toBe(true);
          expect(numberAfterShapeMayEnd(t, Math.max(0, i - 80), i, runEnd(t, i)), JSON.stringify(m[0])).toBe(true);
          expect(numberAfterShapeMayEnd(t, m.index, i, runEnd(t, i)), JSON.stringify(m[0])).toBe(true);
          if (m[0].endsWith(s.number) || m[0].slice(0, -1).endsWith(s.number)) {
            seen.add(s.shape);
            seen.add(`glue ${JSON.stringify(s.glue)}`);
          }
          matches++;
        }
      }),
      { numRuns: 6000 },
    );
    expect(matches).toBeGreaterThan(1000);
    // Every shape and every glue (each marker, with and without its space) produced matches.
    for (const shape of ['word_first', 'glued', 'separate', 'before_postcode']) expect(seen.has(shape), shape).toBe(true);
    for (const g of glues) expect(seen.has(`glue ${JSON.stringify(g)}`), `glue ${JSON.stringify(g)}`).toBe(true);
  });

  it('every NUMBER_AFTER match in mixed street-like text passes streetWordBefore', () => {
    let matches = 0;
    fc.assert(
      fc.property(fc.oneof(text, streetText), (t) => {
        NUMBER_AFTER.lastIndex = 0;
        for (let m = NUMBER_AFTER.exec(t); m !== null; m = NUMBER_AFTER.exec(t)) {
          const i = numberAt(m);
          expect(streetWordBefore(t, Math.max(0, i - 80), i), JSON.stringify(m[0])).toBe(true);
          expect(numberAfterShapeMayEnd(t, Math.max(0, i - 80), i, runEnd(t, i)), JSON.stringify(m[0])).toBe(true);
          matches++;
        }
      }),
      { numRuns: 3000 },
    );
    expect(matches).toBeGreaterThan(100);
  });

  it('numberAfterShapeMayEnd needs a shape of NUMBER_AFTER next to the number', () => {
    const at = (t: string, n: string) => {
      const i = t.lastIndexOf(n);
      return numberAfterShapeMayEnd(t, Math.max(0, i - 80), i, i + n.length);
    };
    // A capitalised word before a number that no shape ends with: the regex pass is skipped.
    expect(at("SELECT id, email FROM customers WHERE email = 'x@example.com' LIMIT 10", '10')).toBe(false);
    expect(at('Build 7 failed', '7')).toBe(false);
    // One of each shape passes.
    expect(at('Calle Mayor 5', '5')).toBe(true);
    expect(at('R. Augusta, 274', '274')).toBe(true);
    expect(at('Hauptstraße 5', '5')).toBe(true);
    expect(at('Bahnhofstr.12', '12')).toBe(true);
    expect(at('Berliner Chaussee 7', '7')).toBe(true);
    expect(at('Im Wingert 12a, 6637 Tintange', '12')).toBe(true);
  });

  it('streetWordBefore rejects lower-case words and reads nothing before `from`', () => {
    const at = (t: string, n: string, from = 0) => streetWordBefore(t, from, t.lastIndexOf(n));
    expect(at('order ORD-62322 version 2.13.3 account', '2.13')).toBe(false);
    expect(at('retry 3 times', '3')).toBe(false);
    expect(at('took 5 ms', '5')).toBe(false);
    expect(at('ORD-1 build 7', '7')).toBe(false);
    expect(at('a×b 5', '5')).toBe(false); // × (U+00D7) is not a capital
    expect(at('Calle Mayor 5', '5')).toBe(true);
    expect(at('Rua Augusta, 274', '274')).toBe(true);
    expect(at('Via Roma n° 12', '12')).toBe(true);
    expect(at('Via Roma, no 12', '12')).toBe(true);
    expect(at('Bahnhofstr.12', '12')).toBe(true);
    expect(at('ölweg Ölweg 5', '5')).toBe(true);
    expect(at('Via Roma 12', '12', 5)).toBe(false); // `Roma` starts before `from`: only `oma` is read
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

/**
 * findPostcodes skips the sticky exec at a digit run itself when numericPostcodeMayStart says no
 * postcode it would report can start there: wherever POSTCODE matches at a run and the match is
 * not refused as part of digit groups, the gate must say yes. Text made of digit groups of every
 * length, the separators the shapes and the refusals look at, and capitals (Dutch `1012 JS`).
 */
describe('numeric postcode start gate', () => {
  const digits = fc.constantFrom(
    '0',
    '7',
    '12',
    '012',
    '560',
    '001',
    '560 001',
    '060 001',
    '1012',
    '0123',
    '94105',
    '94105-1234',
    '01234',
    '560001',
    '012345',
    '1234567',
  );
  const glue = fc.constantFrom(' ', ' ', '.', '-', ',', ', ', 'JS', ' JS', 'SA', ' AB', 'ms', 'a', '_', '+', ':', 'x ');
  const text = fc.oneof(
    fc.array(fc.oneof(digits, glue), { maxLength: 10 }).map((xs) => xs.join('')),
    // One group between glue: every numeric form comes up often.
    fc.tuple(glue, digits, glue).map((xs) => xs.join('')),
  );

  it('holds wherever POSTCODE matches at a run and the match is not refused', () => {
    const groups = new Set<string>();
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i < t.length; i++) {
          if (!/\d/.test(t[i]!) || (i > 0 && /\d/.test(t[i - 1]!))) continue;
          let j = i;
          while (j < t.length && /\d/.test(t[j]!)) j++;
          POSTCODE.lastIndex = i;
          const m = POSTCODE.exec(t);
          if (m === null) continue;
          const g = m.groups!;
          const group = Object.keys(g).find((k) => g[k] !== undefined)!;
          if (partOfDigitGroups(t, i, i + m[0].length, g.pin?.includes(' ') === true)) continue;
          expect(numericPostcodeMayStart(t, i, j), `${JSON.stringify(t)} at ${i}`).toBe(true);
          groups.add(group === 'pin' && m[0].includes(' ') ? 'pin spaced' : group);
        }
      }),
      { numRuns: 5000 },
    );
    // Every numeric alternative was reported somewhere.
    expect([...groups].sort(), [...groups].join()).toEqual(['five', 'four', 'nl', 'pin', 'pin spaced', 'zip4']);
  });

  it('says no to the runs of versions, durations and dotted builds', () => {
    const at = (t: string, run: string) => numericPostcodeMayStart(t, t.indexOf(run), t.indexOf(run) + run.length);
    expect(at('version 2.13.3', '2')).toBe(false);
    expect(at('took 325ms', '325')).toBe(false);
    expect(at('build 2026.11.4', '2026')).toBe(false);
    expect(at('at 2026-11-05 10:22', '2026')).toBe(false);
    expect(at('id 4821ab', '4821')).toBe(false);
    expect(at('zip 94105-1234', '94105')).toBe(true);
    expect(at('1012JS Amsterdam', '1012')).toBe(true);
    expect(at('zip 94105.', '94105')).toBe(true);
    expect(at('PIN 560 001', '560')).toBe(true);
    expect(at('1012 JS Amsterdam', '1012')).toBe(true);
  });
});

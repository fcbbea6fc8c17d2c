import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIG_UPPER, signatureOf } from '../../../../src/engine/detect/char-signature.js';
import { TextScan } from '../../../../src/engine/detect/types.js';
import { CAPITALISED, CAPITALS_ANY, CAPITALS_PAIR, personName } from '../../../../src/engine/detect/values/person-names.js';

/**
 * person_name's prefilter drops a text longer than 64 characters without a capital A–Z on its
 * character signature (SIG_UPPER), which must answer exactly "holds a capital A–Z" (accented
 * capitals do not count: that is the gate's documented contract).
 */
describe("person_name gate on long text: the signature's capital bit", () => {
  const chars = fc.constantFrom('a', 'z', ' ', '1', '.', 'é', 'Å', 'Ö', 'ß', 'A', 'M', 'Z', '@', '[', '`');
  const lowerHeavy = fc.constantFrom<string>('a', 'e', 't', ' ', '1', 'é', 'Å', 'Ö', '@', '[', '`');
  const text = fc.oneof(
    fc.array(chars, { maxLength: 900 }).map((xs) => xs.join('')),
    // Mostly no capital, sometimes one capital anywhere.
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
        expect((signatureOf(t) & SIG_UPPER) !== 0).toBe(/[A-Z]/.test(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores accented capitals and finds a late capital in long text', () => {
    expect(personName.prefilter(new TextScan(`${'ömür and åsa '.repeat(10)}Åsa Öberg`))).toBe(false);
    expect(personName.prefilter(new TextScan(`${'lower case prose '.repeat(40)} Zoe`))).toBe(true);
    expect(personName.prefilter(new TextScan(`${'lower case prose '.repeat(10)} Quinn`))).toBe(true);
    expect(personName.prefilter(new TextScan('lower case prose '.repeat(40)))).toBe(false);
  });
});

/**
 * The gate's two patterns are written to start at a capital (cheaper in V8); only their `test`
 * answer is used, and it must be the one of the plain patterns they replace, on text with every
 * kind of white space `\s` knows, ASCII, Latin-1 and Latin Extended-A letters of both cases,
 * the two Latin-1 signs between them (× ÷), commas and digits.
 */
describe('person_name gate patterns', () => {
  const PLAIN_CAPITALISED = /\s[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f]/;
  const PLAIN_CAPITALS_PAIR = /[A-Z]{2},? [A-Z]{2}/;
  const chars = fc.constantFrom(
    ...[' ', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff', '\u200b'],
    ...['A', 'J', 'Z', 'À', 'Ö', 'Ø', 'Þ', 'Ā', 'Ž', '×', '÷', 'ß', 'ø', 'ÿ', 'ž', 'ſ', 'a', 'o', 'z', ',', '-', '1', '@'],
  );
  const chunks = fc.constantFrom('AB', 'JO', 'Z', 'Ja', 'Ãé', ', ', ',', ' ', '\t', 'a', 'ß', '-');
  const text = fc.oneof(
    fc.array(chars, { maxLength: 40 }).map((xs) => xs.join('')),
    fc.array(fc.oneof(chars, chunks), { maxLength: 16 }).map((xs) => xs.join('')),
    fc.array(chunks, { maxLength: 8 }).map((xs) => xs.join('')),
    // A pair and its near misses: one capital, a second comma, a tab or two spaces for the space.
    fc
      .tuple(
        fc.array(chars, { maxLength: 6 }),
        fc.constantFrom('AB', 'JO', 'Z', 'Ja'),
        fc.constantFrom('', ',', ',,'),
        fc.constantFrom(' ', '\t', '  ', ''),
        fc.constantFrom('CD', 'SMITH', 'Z', 'Sm'),
        fc.array(chars, { maxLength: 6 }),
      )
      .map(([a, x, c, sp, y, b]) => a.join('') + x + c + sp + y + b.join('')),
  );

  it('CAPITALISED and CAPITALS_PAIR answer `test` as the plain patterns', () => {
    const seen = { capitalised: 0, pair: 0, neither: 0 };
    fc.assert(
      fc.property(text, (t) => {
        const capitalised = PLAIN_CAPITALISED.test(t);
        const pair = PLAIN_CAPITALS_PAIR.test(t);
        expect(CAPITALISED.test(t), JSON.stringify(t)).toBe(capitalised);
        expect(CAPITALS_PAIR.test(t), JSON.stringify(t)).toBe(pair);
        if (capitalised) seen.capitalised++;
        if (pair) seen.pair++;
        if (!capitalised && !pair) seen.neither++;
      }),
      { numRuns: 20000 },
    );
    // Both answers came up often enough for the comparison to mean something.
    expect(seen.capitalised).toBeGreaterThan(1000);
    expect(seen.pair).toBeGreaterThan(150);
    expect(seen.neither).toBeGreaterThan(1000);
  });

  it('on the prose that motivated them', () => {
    const prose = 'the retry and customer order ORD-690732 version 2.7.8 on retry your invoice';
    expect(CAPITALISED.test(prose)).toBe(false);
    expect(CAPITALS_PAIR.test(prose)).toBe(false);
    expect(CAPITALISED.test('ticket from\u00a0Jane')).toBe(true);
    expect(CAPITALS_PAIR.test('SMITH, JOHN')).toBe(true);
    expect(CAPITALS_PAIR.test('SMITH,JOHN')).toBe(false);
  });
});

/**
 * capitalsPair asks one pattern (CAPITALS_ANY, stop 40) where it asked ` [A-Z][A-Z'’]` and then
 * the pair, the middle-initial and the apostrophe patterns in turn: `test` must answer as they did.
 */
describe('person_name capitals: one pattern for the three readings', () => {
  const SPACE_CAPITALS = / [A-Z][A-Z'’]/;
  const INITIAL = /[A-Z][A-Z] [A-Z] [A-Z][A-Z]/;
  const APOSTROPHE = /[A-Z][A-Z],? [A-Z]['’][A-Z]/;
  const fourPatterns = (t: string) => SPACE_CAPITALS.test(t) && (CAPITALS_PAIR.test(t) || INITIAL.test(t) || APOSTROPHE.test(t));
  const piece = fc.constantFrom(
    'A',
    'B',
    'Z',
    'GERALD',
    'T',
    'HOLLOWAY',
    "O'BRIEN",
    'O’NEIL',
    "O'",
    ' ',
    '  ',
    ',',
    ', ',
    'a',
    'Ab',
    '1',
    '\t',
    "'",
    '’',
    '-',
    'é',
    'É',
  );
  it('answers `test` as the four patterns did', () => {
    const seen = { yes: 0, no: 0 };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const t = parts.join('');
        const was = fourPatterns(t);
        expect(CAPITALS_ANY.test(t), JSON.stringify(t)).toBe(was);
        if (was) seen.yes++;
        else seen.no++;
      }),
      { numRuns: 20000 },
    );
    expect(seen.yes).toBeGreaterThan(200);
    expect(seen.no).toBeGreaterThan(1000);
  });

  it('on the names that motivated each reading', () => {
    for (const t of [
      'SMITH, JOHN',
      'GERALD T HOLLOWAY',
      "MARGARET O'BRIEN",
      'KEANE, O’NEIL',
      'order ORD-690732 version',
      'SELECT id FROM accounts',
    ])
      expect(CAPITALS_ANY.test(t), t).toBe(fourPatterns(t));
    expect(CAPITALS_ANY.test('GERALD T HOLLOWAY')).toBe(true);
    expect(CAPITALS_ANY.test('SELECT id FROM accounts WHERE id = 7')).toBe(false);
  });
});

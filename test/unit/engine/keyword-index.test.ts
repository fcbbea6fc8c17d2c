import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../../../src/engine/detect/catalog.js';
import { gateWord, gateWords, KeywordIndex } from '../../../src/engine/detect/keyword-index.js';
import { signatureOf } from '../../../src/engine/detect/char-signature.js';
import { STRUCTURE_KEYWORDS } from '../../../src/engine/structure/index.js';
import { type Span, TextScan, type ValueDetector } from '../../../src/engine/detect/types.js';

const detectors = builtinDetectors({ phoneRegions: ['US'] });
const index = new KeywordIndex(detectors);
const words = [...new Set(detectors.flatMap((d) => gateWords(d.keywords ?? [])))];

/** The definition: every gated detector one of whose keywords occurs in the lower-cased text. */
function expected(text: string, ds: readonly ValueDetector[]): number[] {
  const lower = text.toLowerCase();
  return ds.flatMap((d, i) => (gateWords(d.keywords ?? []).some((g) => lower.includes(g)) ? [i] : [])).sort((a, b) => a - b);
}

function activated(ix: KeywordIndex, text: string, size: number): number[] {
  const seen = new Uint8Array(size);
  const active: number[] = [];
  ix.activate(new TextScan(text), seen, active);
  expect(new Set(active).size).toBe(active.length);
  return active.sort((a, b) => a - b);
}

describe('KeywordIndex', () => {
  it('activates exactly the detectors whose keyword occurs, overlapping, nested, in any case', () => {
    const cases = [
      '',
      'nothing to see here',
      'my password is',
      'PASSWORD=x',
      'userpassword',
      'Date_Of_Birth: 1990-01-02',
      'ghp_abc and xoxb-1 and sk-ant-api03',
      'accountkey=abc;AccountName=x',
      'passport number',
      'numéro de compte',
      'NUMÉRO',
      'आधार संख्या',
      'sessession',
      'aaba',
      '\u212Aey', // Kelvin sign: lower-cases to "key"
    ];
    for (const text of cases) expect(activated(index, text, detectors.length), text).toEqual(expected(text, detectors));
  });

  it('agrees with a substring search on generated text made of keyword pieces', () => {
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(...words).map((w) => w.slice(0, Math.max(1, w.length - 1))),
      fc.string({ maxLength: 4 }),
      fc.constantFrom(' ', '_', '-', '.', 'é', 'É', 'İ', '\u212A'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(activated(index, text, detectors.length)).toEqual(expected(text, detectors));
      }),
      { seed: 20261128, numRuns: 2000 },
    );
  });

  it('agrees with a substring search on long texts (searched as two halves), keywords across the middle', () => {
    const filler = fc.stringMatching(/^[a-z0-9 .,:=_-]{0,40}$/);
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(...words).map((w) => w.slice(0, Math.max(1, w.length - 1))),
      filler,
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 30, maxLength: 80 }),
        fc.constantFrom(...words),
        fc.integer({ min: 0, max: 60 }),
        fc.boolean(),
        (parts, straddling, shift, nonAscii) => {
          let text = parts.join(' ');
          if (text.length < 300) text = text.padEnd(300, ' lorem');
          // A keyword placed over the middle (the two searches' seam), shifted by up to 60 characters.
          const at = Math.max(0, (text.length >> 1) - (straddling.length >> 1) - 30 + shift);
          text = text.slice(0, at) + straddling + text.slice(at);
          if (nonAscii) text = `${text.slice(0, text.length - 5)}é${text.slice(text.length - 5)}`;
          const scan = new TextScan(text);
          const seen = new Uint8Array(detectors.length);
          const active: number[] = [];
          index.activate(scan, seen, active);
          expect(new Set(active).size).toBe(active.length);
          expect(active.sort((a, b) => a - b)).toEqual(expected(text, detectors));
          expect(scan.signature).toBe(signatureOf(text));
        },
      ),
      { seed: 20261205, numRuns: 1500 },
    );
  });

  it('a keyword that ends exactly at the middle, or starts exactly there, of a long text is found', () => {
    for (const w of words.filter((x) => x.length > 1).slice(0, 200)) {
      for (const n of [256, 257, 301, 1000]) {
        const half = n >> 1;
        for (const at of [half - w.length, half - w.length + 1, half - 1, half]) {
          if (at < 0 || at + w.length > n) continue;
          const text = `${'x'.repeat(at)}${w}${'x'.repeat(n - at - w.length)}`;
          expect(activated(index, text, detectors.length), `${w} at ${at} of ${n}`).toEqual(expected(text, detectors));
        }
      }
    }
  });

  it('handles a detector set with no keywords and keywords that are prefixes of others', () => {
    const make = (id: string, keywords?: string[]): ValueDetector =>
      ({
        id,
        entity: 'X',
        description: '',
        validation: '',
        context: false,
        example: '',
        keywords,
        prefilter: () => true,
        find: () => {},
      }) as ValueDetector;
    const none = new KeywordIndex([make('a')]);
    expect(none.size).toBe(0);
    expect(none.ungated).toEqual([0]);
    expect(activated(none, 'password', 1)).toEqual([]);
    const ds = [make('pass', ['pass']), make('password', ['password']), make('word', ['word']), make('free')];
    const ix = new KeywordIndex(ds);
    expect(ix.ungated).toEqual([3]);
    expect(activated(ix, 'PassWord', 4)).toEqual([0, 1, 2]);
    expect(activated(ix, 'passwor', 4)).toEqual([0]);
    expect(activated(ix, 'xxwordxx', 4)).toEqual([2]);
  });

  it('reports extra keyword sets after the detectors, in the same pass', () => {
    const make = (id: string, keywords?: string[]): ValueDetector =>
      ({
        id,
        entity: 'X',
        description: '',
        validation: '',
        context: false,
        example: '',
        keywords,
        prefilter: () => true,
        find: () => {},
      }) as ValueDetector;
    const ix = new KeywordIndex(
      [make('secret', ['secret']), make('free')],
      [
        ['select', 'update'],
        ['cookie', 'secret'],
      ],
    );
    expect(ix.slots).toBe(4);
    expect(ix.ungated).toEqual([1]);
    expect(activated(ix, 'SELECT 1', 4)).toEqual([2]);
    expect(activated(ix, 'Cookie: a=secret', 4)).toEqual([0, 3]);
    expect(activated(ix, 'nothing', 4)).toEqual([]);
  });
});

describe('gate words', () => {
  // A keyword is gated on its longest word, and of two words of the same length on the first: so
  // `a #` was gated on the letter `a` and opened its detector on nearly every string (stop 32,
  // prompts +17%). A gate word of one letter or one digit is a mistake; symbols (`#`, `/`, `°`)
  // and the CJK / Hangul characters of two are not letters of running Latin text.
  it('no built-in keyword is gated on a single Latin letter or digit', () => {
    const single = detectors.flatMap((d) =>
      (d.keywords ?? []).filter((k) => /^[a-z0-9]$/i.test(gateWord(k))).map((k) => `${d.id}: ${JSON.stringify(k)}`),
    );
    expect(single).toEqual([]);
  });

  it('a keyword of a letter and a symbol is gated on neither alone (the check above would see it)', () => {
    expect(gateWord('a #')).toBe('a');
    expect(gateWord('ni no')).toBe('ni');
  });

  // Stop 34: a keyword was gated on its longest word, often a common one (`grant number` on every
  // `number`, `your code` on every `your` of a chat). It is gated on its rarest word now.
  it('a multi-word keyword is gated on its rare word, not on a common one', () => {
    expect(gateWord('loan number')).toBe('loan');
    expect(gateWord('grant number')).toBe('grant');
    expect(gateWord('your code')).toBe('code');
    expect(gateWord('sms code')).toBe('sms');
    expect(gateWord(' dot info')).toBe('dot');
    expect(gateWord('salary account')).toBe('salary');
    expect(gateWord('first half')).toBe('half');
    // Without a rarer word of three letters or more: the longest, of equally long the first.
    expect(gateWord('ni number')).toBe('number');
    expect(gateWord('account number')).toBe('account');
    expect(gateWord('this is')).toBe('this');
    expect(gateWord('date of birth')).toBe('birth');
    // A set already gated on one of a keyword's words keeps that word for it.
    expect(gateWords(['first 6', 'first half'])).toEqual(['first', 'first']);
    expect(gateWords(['grant no', 'grant number'])).toEqual(['grant', 'grant']);
    expect(gateWords(['code we', 'sms code', 'login code'])).toEqual(['code', 'code', 'code']);
    expect(gateWords(['sms code'])).toEqual(['sms']);
  });

  it('every keyword opens its detector (and every extra set) written with any separator between its words, in any case', () => {
    const sets = [...detectors.map((d) => d.keywords ?? []), ...STRUCTURE_KEYWORDS];
    const ix = new KeywordIndex(detectors, STRUCTURE_KEYWORDS);
    const missed: string[] = [];
    sets.forEach((keywords, at) => {
      for (const k of keywords) {
        const words = k.split(/\s+/).filter((w) => w.length > 0);
        const spellings = words.length > 1 ? ['  ', '_', '-', '.', ''].map((sep) => words.join(sep)) : [];
        // Upper case only where it lower-cases back (not `ı`, `ß`).
        const upper = (t: string) => (t.toUpperCase().toLowerCase() === t.toLowerCase() ? t.toUpperCase() : t);
        for (const text of [k, upper(k), ...spellings, ...spellings.map((t) => `Re: ${upper(t)} ok`)]) {
          if (!activated(ix, text, ix.slots).includes(at)) missed.push(`${at} ${JSON.stringify(k)} in ${JSON.stringify(text)}`);
        }
      }
    });
    expect(missed).toEqual([]);
  });

  // The detectors whose gate words changed in stop 34 (a keyword moved to a rarer word or to a
  // word the detector is gated on anyway): the gate is open wherever find reports, on text built
  // from their keywords, the words of their keywords alone and their example.
  it('the detectors whose gate words changed: a gate word occurs wherever find reports a span', () => {
    const ids = [
      'email_spelled',
      'uk_nino_lower_case',
      'it_fiscal_code_lower_case',
      'immigration_number_after_name',
      'my_mykad',
      'ke_national_id',
      'az_fin',
      'tw_id_lower_case',
      'age_over_89',
      'payee_name_nl',
      'one_time_code',
    ];
    for (const id of ids) {
      const at = detectors.findIndex((x) => x.id === id);
      const d = detectors[at]!;
      const keywords = d.keywords ?? [];
      const label = fc.constantFrom(
        '',
        ...keywords,
        ...keywords.map((k) => k.toUpperCase().replace(/\s+/g, '_')),
        ...keywords.flatMap((k) => k.split(/\s+/).filter((w) => w.length > 0)),
        'number',
        'code',
        'name',
      );
      const sep = fc.constantFrom('', ' ', ': ', ' is ', '\n', ' # ');
      const value = fc.constantFrom(d.example, d.example.toLowerCase(), d.example.replace(/[^0-9]/g, ''));
      const noise = fc.constantFrom('', 'hi ', 'Ärger ', 'your ', 'the info ');
      expect(gateOpenWhereFound(at, fc.tuple(noise, label, sep, value, noise), `${id} `), id).toBeGreaterThan(30);
    }
  });
});

describe('ValueDetector.requires', () => {
  // The engine skips a detector without testing its prefilter when the string lacks the shared
  // condition it names; that is only sound if the prefilter implies the condition.
  it('every prefilter implies the condition its detector requires', () => {
    const required = detectors.filter((d) => d.requires !== undefined);
    expect(required.length).toBeGreaterThan(10);
    const samples = [
      ...detectors.map((d) => d.example),
      ...detectors.map((d) => `id ${d.example} and more`),
      'AB 12 34 56 C',
      'GB82 WEST 1234 5698 7654 32',
      '4111111111111111',
      '1HGCM82633A004352',
    ];
    const check = (text: string) => {
      const scan = new TextScan(text);
      for (const d of required) {
        if (!d.prefilter(new TextScan(text))) continue;
        const holds = d.requires === 'numeric' ? scan.numeric : scan.capitalDigit;
        expect(holds, `${d.id} on ${JSON.stringify(text)}`).toBe(true);
      }
    };
    for (const text of samples) check(text);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('1', '9', '0', ' ', '-', '.', '/', '(', '+', 'A', 'Z', 'x', '2A', 'bc1', '@'), { maxLength: 40 }),
        (chars) => check(chars.join('')),
      ),
      { seed: 20261128, numRuns: 3000 },
    );
  });
});

/**
 * Generated texts of the pieces' tuples (seeded): wherever detector `at` reports a span, its gate
 * is open. Returns how many texts it reported in (the callers ask for enough of them).
 */
function gateOpenWhereFound(at: number, pieces: fc.Arbitrary<string[]>, label: string): number {
  const d = detectors[at]!;
  let reported = 0;
  fc.assert(
    fc.property(pieces, (xs) => {
      const t = xs.join('');
      const out: Span[] = [];
      d.find(new TextScan(t), out, 0);
      if (out.length === 0) return;
      reported++;
      expect(activated(index, t, index.slots), `${label}${JSON.stringify(t)}`).toContain(at);
    }),
    { seed: 20261206, numRuns: 3000 },
  );
  return reported;
}

describe('ValueDetector.prefilter', () => {
  // The engine calls `find` only when `prefilter` says yes: a prefilter stricter than its pattern
  // would hide matches. Checked on every example, embedded in text, and on generated text.
  it('is true wherever find reports a span', () => {
    const check = (text: string) => {
      for (const [i, d] of detectors.entries()) {
        const out: Span[] = [];
        d.find(new TextScan(text), out, i);
        if (out.length > 0) expect(d.prefilter(new TextScan(text)), `${d.id} on ${JSON.stringify(text)}`).toBe(true);
      }
    };
    for (const d of detectors) {
      check(d.example);
      check(`note: ${d.example}, done`);
      check(d.example.toUpperCase());
    }
    const examples = detectors.map((d) => d.example);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...examples),
            fc.constantFrom('1', '9', ' ', '-', '/', '.', 'A', 'Z', 'x', ':', '=', '@', 'swift ', 'aws secret '),
          ),
          {
            maxLength: 12,
          },
        ),
        (parts) => check(parts.join('')),
      ),
      { seed: 20261128, numRuns: 300 },
    );
  });

  // A prefilter that asks `indexOf(c) > 0` is false on a text whose first `c` opens it, though
  // the pattern may match at a later `c` (`-E-1044|…|M162-5530-8817|IL` for a licence cell whose
  // gate asked for a dash past the start: stop 42). Each detector's example after a punctuation
  // mark or a break, alone and twice.
  it('is true wherever find reports a span in its example after a leading mark', () => {
    for (const [i, d] of detectors.entries()) {
      for (const lead of ['-', '.', ':', ': ', ' ', "'", '^', '\n', 's ', 'or ', ', ', '-\n']) {
        for (const text of [lead + d.example, `${lead}${d.example} ${lead}${d.example}`]) {
          const out: Span[] = [];
          d.find(new TextScan(text), out, i);
          if (out.length > 0) expect(d.prefilter(new TextScan(text)), `${d.id} on ${JSON.stringify(text)}`).toBe(true);
        }
      }
    }
  });

  // email_obfuscated gates on `at` (its keywords with a blank) and its prefilter asks for the
  // bracketed `at` of its pattern: checked on text built from its own pieces, blanks of every kind
  // and case included.
  it('email_obfuscated: the bracketed-at prefilter holds wherever find reports a span', () => {
    const d = detectors.find((x) => x.id === 'email_obfuscated')!;
    const blank = fc.constantFrom('', '', ' ', '\t', '\u00a0', '\u2003', '\n', '  ');
    const open = fc.constantFrom('(', '[', '{', '<', '');
    const close = fc.constantFrom(')', ']', '}', '>', '');
    const word = fc.constantFrom('at', 'AT', 'At', 'aT', 'dot', 'DOT', 'a t');
    const name = fc.constantFrom('jane', 'J.Doe', 'x_1', 'example', 'co', 'com', 'uk', 'mail-1');
    const sep = fc.tuple(blank, open, blank, word, blank, close, blank).map((xs) => xs.join(''));
    const noise = fc.constantFrom('', 'mail ', 'that was at ', '(', 'x.', '@');
    const text = fc
      .tuple(noise, name, sep, name, fc.oneof(fc.constant('.'), sep), name, fc.oneof(fc.constant('.'), sep), name, noise)
      .map((xs) => xs.join(''));
    let reported = 0;
    fc.assert(
      fc.property(text, (t) => {
        const out: Span[] = [];
        d.find(new TextScan(t), out, 0);
        if (out.length === 0) return;
        reported++;
        expect(d.prefilter(new TextScan(t)), JSON.stringify(t)).toBe(true);
      }),
      { seed: 20261204, numRuns: 5000 },
    );
    expect(reported).toBeGreaterThan(20);
    for (const text of ['jane(at)example(dot)com', 'jane [ AT ] example.org', 'jane{\tat\t}example.com', 'x <at> y.co']) {
      const out: Span[] = [];
      d.find(new TextScan(text), out, 0);
      expect(out.length, text).toBe(1);
      expect(d.prefilter(new TextScan(text)), text).toBe(true);
    }
    expect(d.prefilter(new TextScan('that was at the start'))).toBe(false);
  });
  // us_alien_number gates on what its finds need (an A before a digit, `#`, `number`, `a-no`,
  // `alien`), not on the letter `a` that its keyword `a #` gated on before: checked on text built
  // from its labels and values, that the gate is open wherever find reports a span.
  it('us_alien_number: a keyword occurs wherever find reports a span; plain prose does not open the gate', () => {
    const at = detectors.findIndex((x) => x.id === 'us_alien_number');
    const d = detectors[at]!;
    const label = fc.constantFrom(
      '',
      'a#',
      'A #',
      'a\t#',
      'A-number',
      'a number',
      'a-no.',
      'alien registration number',
      'a-file',
      'USCIS',
      'beneficiary',
      'case',
    );
    const sep = fc.constantFrom('', ' ', ': ', ' is ', '\n', ' ref ');
    const digits = fc.constantFrom(
      '214-583-907',
      '214583907',
      '2145839',
      'A214583907',
      'A-214583907',
      'a209-117-844',
      'A-209-117-844',
      '12345678',
    );
    const noise = fc.constantFrom('', 'client ', 'Ärger ', 'see ');
    expect(gateOpenWhereFound(at, fc.tuple(noise, label, sep, digits, noise), '')).toBeGreaterThan(100);
    for (const t of ['client file A-312-448-905 pending', 'A# 214-583-907', 'a no. 214583907 is not a label']) {
      const out: Span[] = [];
      d.find(new TextScan(t), out, 0);
      if (out.length > 0) expect(activated(index, t, index.slots), t).toContain(at);
    }
    expect(activated(index, 'a plain sentence about a cat and a dog, 2024', index.slots)).not.toContain(at);
  });
  // uk_nino_lower_case and uk_nino_words gate on `nino`, `insurance`, `number` and `ni`, not on
  // the `my` of `my ni` (every chat opened their search): the gate is open wherever find reports.
  it('uk_nino_lower_case, uk_nino_words: a keyword occurs wherever find reports a span; `my` alone does not open the gate', () => {
    for (const id of ['uk_nino_lower_case', 'uk_nino_words']) {
      const at = detectors.findIndex((x) => x.id === id);
      const label = fc.constantFrom(
        '',
        'my ni',
        'My NI',
        'my_ni',
        'myni',
        'my-ni is',
        'NINO',
        'national insurance',
        'NI number',
        'ni no.',
        'insurance number',
        'my',
      );
      const sep = fc.constantFrom(' ', ': ', ' is ', ' = ', '\n', ' <SECRET:abc> ');
      const value = fc.constantFrom(
        'qq123456c',
        'QQ 12 34 56 C',
        'ab 123 456 c',
        'Q Q one two three four five six C',
        'ab one 2 three 4 five 6 d',
        'jk12-34-56a',
      );
      const noise = fc.constantFrom('', 'hi ', 'Ärger ', 'so my ');
      expect(gateOpenWhereFound(at, fc.tuple(noise, label, sep, value, noise), `${id} `), id).toBeGreaterThan(100);
      expect(activated(index, 'my order 4521 is late, can you check my account today?', index.slots)).not.toContain(at);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASCII_SIGNATURE,
  SIG_ASCII_WHITESPACE,
  SIG_AT,
  SIG_BACKSLASH,
  SIG_COLON,
  SIG_DASH,
  SIG_DIGIT,
  SIG_DOT,
  SIG_EQUALS,
  SIG_HASH,
  SIG_LESS_THAN,
  SIG_LINE_FEED,
  SIG_NON_ASCII,
  SIG_OPEN_BRACKET,
  SIG_PIPE,
  SIG_PLUS,
  SIG_QUESTION,
  SIG_QUOTE,
  SIG_SPACE,
  SIG_UPPER,
  signatureMeets,
  signatureOf,
} from '../../../src/engine/detect/char-signature.js';
import { BUILTIN_SIGNATURE_NEEDS } from '../../../src/engine/detect/signature-needs.js';
import { TextScan } from '../../../src/engine/detect/types.js';
import { testEngine } from '../../helpers/engine.js';

// The character signature (detect/char-signature.ts) replaces single-character indexOf calls and
// lets the engine skip detectors without keywords whose prefilter cannot be true. Both are only
// sound if each bit answers exactly its character test and each declared need is implied by its
// detector's prefilter: checked here on generated text over an alphabet of every character that
// matters (the bits, white space, full-width at signs, accented capitals, Unicode spaces).
const BITS: [number, (s: string) => boolean][] = [
  [SIG_DIGIT, (s) => /\d/.test(s)],
  [SIG_UPPER, (s) => /[A-Z]/.test(s)],
  [SIG_AT, (s) => s.includes('@')],
  [SIG_COLON, (s) => s.includes(':')],
  [SIG_SPACE, (s) => s.includes(' ')],
  [SIG_ASCII_WHITESPACE, (s) => /[\t\n\v\f\r ]/.test(s)],
  [SIG_NON_ASCII, (s) => /[^\x00-\x7f]/.test(s)],
  [SIG_DASH, (s) => s.includes('-')],
  [SIG_DOT, (s) => s.includes('.')],
  [SIG_EQUALS, (s) => s.includes('=')],
  [SIG_QUESTION, (s) => s.includes('?')],
  [SIG_HASH, (s) => s.includes('#')],
  [SIG_PIPE, (s) => s.includes('|')],
  [SIG_LESS_THAN, (s) => s.includes('<')],
  [SIG_BACKSLASH, (s) => s.includes('\\')],
  [SIG_QUOTE, (s) => s.includes("'") || s.includes('"')],
  [SIG_PLUS, (s) => s.includes('+')],
  [SIG_OPEN_BRACKET, (s) => /[([{]/.test(s)],
  [SIG_LINE_FEED, (s) => s.includes('\n')],
];

const ALPHABET = [
  ...'abcdefxyzABCDEFXYZ0123456789',
  ...' \t\n\r\v\f@:-.=?#|<>\\\'"_/+,;()[]{}%&*!~`^$',
  '＠',
  '﹫',
  'é',
  'É',
  'Ā',
  'ß',
  '\u00a0',
  '\u2003',
  '\u3000',
  '用',
  '\u{1F600}',
];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((cs) => cs.join(''));

const engine = testEngine();
const detectors = engine.policy.detectors;
const examples = detectors.map((d) => d.example).filter((e): e is string => typeof e === 'string' && e.length > 0);
/** Examples, and examples in a sentence, with generated text around them. */
const textOrExample = fc.oneof(
  text,
  fc.tuple(text, fc.constantFrom(...examples), text).map(([a, e, b]) => `${a}${e}${b}`),
  fc.tuple(fc.constantFrom(...examples), fc.constantFrom('Contact ', 'Mr ', 'at ', 'lives at ', 'zip: ', '')).map(([e, p]) => `${p}${e}`),
);

describe('character signature', () => {
  it('each bit says exactly whether the text holds its characters', () => {
    fc.assert(
      fc.property(text, (s) => {
        const sig = signatureOf(s);
        for (const [bit, holds] of BITS) expect((sig & bit) !== 0, `${bit} in ${JSON.stringify(s)}`).toBe(holds(s));
      }),
      { numRuns: 2000 },
    );
    // Every ASCII code unit, alone.
    for (let c = 0; c < 128; c++) {
      const s = String.fromCharCode(c);
      for (const [bit, holds] of BITS) expect((ASCII_SIGNATURE[c]! & bit) !== 0, `${bit} for ${c}`).toBe(holds(s));
    }
  });

  it('the keyword pass reads the same signature as signatureOf', () => {
    const index = engine.policy.keywordIndex;
    const seen = new Uint8Array(index.slots);
    fc.assert(
      fc.property(textOrExample, (s) => {
        const scan = new TextScan(s);
        const active: number[] = [];
        index.activate(scan, seen, active);
        for (const i of active) seen[i] = 0;
        expect(scan.signature).toBe(signatureOf(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('hasDigit and capitalDigit answer the same with a known signature', () => {
    fc.assert(
      fc.property(textOrExample, (s) => {
        const known = new TextScan(s);
        known.knowSignature(signatureOf(s));
        const plain = new TextScan(s);
        expect(known.hasDigit).toBe(plain.hasDigit);
        expect(known.capitalDigit).toBe(plain.capitalDigit);
        expect(known.numeric).toBe(plain.numeric);
      }),
      { numRuns: 2000 },
    );
  });

  it('every declared need is implied by its detector’s prefilter', () => {
    const declared = detectors.filter((d) => BUILTIN_SIGNATURE_NEEDS.has(d.id));
    expect(declared.map((d) => d.id).sort()).toEqual([...BUILTIN_SIGNATURE_NEEDS.keys()].sort());
    fc.assert(
      fc.property(textOrExample, (s) => {
        const sig = signatureOf(s);
        for (const d of declared) {
          if (d.prefilter(new TextScan(s)))
            expect(signatureMeets(sig, BUILTIN_SIGNATURE_NEEDS.get(d.id)!), `${d.id} on ${JSON.stringify(s)}`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    // Each detector's own example passes its prefilter and so meets its need.
    for (const d of declared) {
      if (d.example && d.prefilter(new TextScan(d.example)))
        expect(signatureMeets(signatureOf(d.example), BUILTIN_SIGNATURE_NEEDS.get(d.id)!), d.id).toBe(true);
    }
  });

  it('stops 32–33’s detectors without keywords are asked only where their characters occur', () => {
    // Lower-case strings of a clean record (words, ids, paths) skip them without a call.
    const plain = ['user.login succeeded', 'agent-7f1786', 'session closed by peer', '/api/v1/items?page=2'];
    const ids = [
      'inverted_name_no_blank',
      'initial_hyphenated_surname',
      'pnl_name',
      'pnr_name',
      'filled_placeholder_name',
      'meeting_speaker_line',
    ];
    for (const id of ids) {
      for (const s of plain) {
        const d = detectors.find((x) => x.id === id)!;
        expect(d.prefilter(new TextScan(s)), `${id} on ${s}`).toBe(false);
        expect(signatureMeets(signatureOf(s), BUILTIN_SIGNATURE_NEEDS.get(id)!), `${id} on ${s}`).toBe(false);
      }
    }
    // Their finds still meet the need: `GARCIA,MARIA`, `T. Garcia-Lopez`, a `{{name}}` filled in.
    expect(signatureMeets(signatureOf('approved for GARCIA,MARIA status=ok'), BUILTIN_SIGNATURE_NEEDS.get('inverted_name_no_blank')!)).toBe(
      true,
    );
    expect(signatureMeets(signatureOf('respondent T. Garcia-Lopez'), BUILTIN_SIGNATURE_NEEDS.get('initial_hyphenated_surname')!)).toBe(
      true,
    );
    expect(signatureMeets(signatureOf('Hi {{first_name}}'), BUILTIN_SIGNATURE_NEEDS.get('filled_placeholder_name')!)).toBe(true);
  });

  it('a need fails when one of its characters is missing', () => {
    expect(signatureMeets(signatureOf('jane at example'), { all: SIG_AT })).toBe(false);
    expect(signatureMeets(signatureOf('a@b'), { all: SIG_AT })).toBe(true);
    expect(signatureMeets(signatureOf('Jane\tDoe'), { any: [SIG_ASCII_WHITESPACE | SIG_NON_ASCII, SIG_UPPER | SIG_NON_ASCII] })).toBe(true);
    expect(signatureMeets(signatureOf('jane doe'), { any: [SIG_ASCII_WHITESPACE | SIG_NON_ASCII, SIG_UPPER | SIG_NON_ASCII] })).toBe(false);
  });
});

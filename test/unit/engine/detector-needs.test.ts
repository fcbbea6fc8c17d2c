import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../../../src/engine/detect/catalog.js';
import {
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
  type SignatureNeed,
  signatureMeets,
  signatureOf,
} from '../../../src/engine/detect/char-signature.js';
import { BUILTIN_SIGNATURE_NEEDS, signatureNeedOf } from '../../../src/engine/detect/signature-needs.js';
import { TextScan, type ValueDetector } from '../../../src/engine/detect/types.js';
import { testEngine } from '../../helpers/engine.js';

/**
 * A detector without keywords may declare the characters its prefilter needs (ValueDetector.needs,
 * stop 43): the engine builds its per-signature lists of such detectors from the field, so a text
 * without them skips the call. Sound only if every declared need is implied by the prefilter and
 * the engine puts each such detector in exactly the lists of the signatures that meet its need:
 * both are checked here for every detector that declares one, a new one included.
 */
const ALL = builtinDetectors({ phoneRegions: ['US', 'GB', 'DE'] });
const DECLARING = ALL.filter((d) => d.needs !== undefined);

/** Each bit's characters (char-signature.ts), to take out of a text. */
const CHARACTERS: [number, RegExp][] = [
  [SIG_DIGIT, /\d/g],
  [SIG_UPPER, /[A-Z]/g],
  [SIG_AT, /@/g],
  [SIG_COLON, /:/g],
  [SIG_SPACE, / /g],
  [SIG_ASCII_WHITESPACE, /[\t\n\v\f\r ]/g],
  [SIG_NON_ASCII, /[^\x00-\x7f]/g],
  [SIG_DASH, /-/g],
  [SIG_DOT, /\./g],
  [SIG_EQUALS, /=/g],
  [SIG_QUESTION, /\?/g],
  [SIG_HASH, /#/g],
  [SIG_PIPE, /\|/g],
  [SIG_LESS_THAN, /</g],
  [SIG_BACKSLASH, /\\/g],
  [SIG_QUOTE, /['"]/g],
  [SIG_PLUS, /\+/g],
  [SIG_OPEN_BRACKET, /[([{]/g],
  [SIG_LINE_FEED, /\n/g],
];
/** `text` without the characters of any bit of `mask`. */
function without(text: string, mask: number): string {
  let out = text;
  for (const [bit, chars] of CHARACTERS) if ((mask & bit) !== 0) out = out.replace(chars, '');
  return out;
}
/** The masks of a need, each of which a text must meet (`all` bit by bit, each `any` group whole). */
function masks(need: SignatureNeed): number[] {
  const out: number[] = [];
  for (let bit = 1; bit <= (need.all ?? 0); bit <<= 1) if (((need.all ?? 0) & bit) !== 0) out.push(bit);
  return [...out, ...(need.any ?? [])];
}
function passes(d: ValueDetector, text: string): boolean {
  const scan = new TextScan(text);
  scan.knowSignature(signatureOf(text));
  return d.prefilter(scan);
}

const ALPHABET = [...'abcxyzABCNMPTXYZ0123456789', ...' \t\n@:-.=?#|<>\\\'"_/+,;()[]{}&', 'é', 'É', '\u00a0', '用'];
const generated = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((cs) => cs.join(''));
const examples = ALL.map((d) => d.example).filter((e): e is string => typeof e === 'string' && e.length > 0);
const textOrExample = fc.oneof(
  generated,
  fc.tuple(generated, fc.constantFrom(...examples), generated).map(([a, e, b]) => `${a}${e}${b}`),
  fc.constantFrom(...examples),
);

describe('needs declared by detectors without keywords', () => {
  it('are declared only where the engine reads them, once', () => {
    expect(DECLARING.length).toBeGreaterThanOrEqual(15);
    for (const d of DECLARING) {
      expect(d.keywords ?? [], d.id).toEqual([]);
      expect(d.requires, d.id).toBeUndefined();
      // One source per detector: its own need or the older table's.
      expect(BUILTIN_SIGNATURE_NEEDS.has(d.id), d.id).toBe(false);
      expect(signatureNeedOf(d)).toBe(d.needs);
    }
  });

  it('are implied by each prefilter on generated text and examples', () => {
    fc.assert(
      fc.property(textOrExample, (s) => {
        const sig = signatureOf(s);
        for (const d of DECLARING) if (passes(d, s)) expect(signatureMeets(sig, d.needs!), `${d.id} on ${JSON.stringify(s)}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('fail each prefilter when the characters of one of their parts are taken out of a passing text', () => {
    let checked = 0;
    for (const d of DECLARING) {
      const passing = examples.filter((e) => passes(d, e));
      for (const e of passing) {
        for (const mask of masks(d.needs!)) {
          expect(passes(d, without(e, mask)), `${d.id} on ${JSON.stringify(without(e, mask))}`).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('put each detector in exactly the engine’s lists of the signatures that meet its need', () => {
    // Prefilters wrapped before the engine is built (it keeps the functions): each call's signature noted.
    const calls = new Map<string, number[]>();
    const saved = DECLARING.map((d) => d.prefilter);
    for (const d of DECLARING) {
      const prefilter = d.prefilter;
      calls.set(d.id, []);
      d.prefilter = (scan) => {
        calls.get(d.id)!.push(scan.signature);
        return prefilter(scan);
      };
    }
    try {
      const engine = testEngine();
      const texts = [
        'plain lower words',
        'user.login succeeded',
        'Alice Smith',
        'order 12345 shipped',
        'a@b c',
        'x (1) y',
        'line one\nline TWO 2',
        'Hosted Organizations/Contoso',
        ...DECLARING.map((d) => d.example),
      ];
      for (const t of texts) engine.maskText(t);
      for (const d of DECLARING) {
        const sigs = calls.get(d.id)!;
        for (const sig of sigs) expect(signatureMeets(sig, d.needs!), d.id).toBe(true);
        // Called on every text that meets the need (each is scanned at least once, as a whole).
        const meeting = texts.filter((t) => signatureMeets(signatureOf(t), d.needs!)).length;
        expect(sigs.length, d.id).toBeGreaterThanOrEqual(Math.min(1, meeting));
      }
    } finally {
      DECLARING.forEach((d, k) => {
        d.prefilter = saved[k]!;
      });
    }
  });
});

/**
 * Numbers and addresses written with characters the plain detectors do not read (red-team round
 * 10): full-width digits and punctuation typed with a Japanese, Chinese or Korean input method
 * (`０９０－１２３４－５６７８`), Arabic-Indic, Persian and Devanagari digits (`٠٥٠١٢٣٤٥٦٧`,
 * `८१२३४ ५६७८९`), no-break, thin and ideographic spaces and Unicode dashes as separators (`5555 5555…`
 * with U+2009, `090‐1234−5678`), and invisible characters inside a value (a zero-width space or a
 * soft hyphen in `anna@exa\u200Bmple.com`, `4111\u00AD1111…`).
 *
 * The text is folded to the ASCII spelling (each such character to its ASCII counterpart, the
 * invisible ones dropped), the inner detectors read the folded text, and each span they find that
 * holds a folded character is reported at the original characters it covers, with the inner
 * detector's entity, id and normalized value: the same value written either way gets one token.
 * Text without one of these characters costs one test of its signature's non-ASCII bit and, for
 * non-ASCII text, one regex search.
 */
import { SIG_NON_ASCII } from '../char-signature.js';
import { type Span, TextScan, type ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';

/** One of the characters FOLDABLE looks for: the prefilter (one character-class search). */
const RARE =
  /[\u00a0\u00ad\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u17e0-\u17e9\u1810-\u1819\u2007\u2009-\u200d\u2010-\u2013\u202f\u2060\u2212\u3000\ufeff\uff0d\uff10-\uff19]/;
/** A character this fold rewrites, next to what makes it matter (a digit or a word character). */
const FOLDABLE =
  /[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u17e0-\u17e9\u1810-\u1819]|[\d][\u00a0\u2007\u2009\u202f\u3000\u2010-\u2013\u2212\uff0d\u00ad\u200b-\u200d\u2060\ufeff]\d|\w[\u00ad\u200b-\u200d\u2060\ufeff]\w/;

/** The zero of each other script's decimal digits (Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian). */
const OTHER_DIGIT_ZEROS = [
  0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810,
];

/** The ASCII code unit a character folds to; -1 when it is dropped; 0 when it stays as it is. */
function foldOf(c: number): number {
  if (c < 0xa0) return 0;
  // Full-width digits, letters and the characters of numbers and addresses (＋ （ ） － ． ＠); not
  // full-width colons and commas, which stand between a label and its value in CJK text.
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return c - 0xfee0;
  if (c === 0xff0b || c === 0xff08 || c === 0xff09 || c === 0xff0d || c === 0xff0e || c === 0xff20) return c - 0xfee0;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 48; // Arabic-Indic digits
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 48; // Extended Arabic-Indic (Persian, Urdu)
  if (c >= 0x0966 && c <= 0x096f) return c - 0x0966 + 48; // Devanagari digits
  // The decimal digits of the other Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer and
  // Mongolian (red-team round 17): Bengali ০১২, Tamil ௦௧௨, Thai ๐๑๒, Myanmar ၀၁၂, Khmer ០១២…
  if (c >= 0x09e6 && c <= 0x1819) {
    for (const zero of OTHER_DIGIT_ZEROS) if (c >= zero && c <= zero + 9) return c - zero + 48;
  }
  if (c === 0x00a0 || c === 0x2007 || c === 0x2009 || c === 0x202f || c === 0x3000) return 32;
  if ((c >= 0x2010 && c <= 0x2013) || c === 0x2212) return 45;
  if (c === 0x00ad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) return -1;
  return 0;
}

/** The folded text and, per folded code unit, the index of the original one. */
function fold(text: string): { folded: string; origin: Int32Array } {
  const origin = new Int32Array(text.length);
  let folded = '';
  let from = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const f = foldOf(text.charCodeAt(i));
    if (f === 0) {
      origin[n++] = i;
      continue;
    }
    folded += text.slice(from, i);
    from = i + 1;
    if (f > 0) {
      folded += String.fromCharCode(f);
      origin[n++] = i;
    }
  }
  folded += text.slice(from);
  return { folded, origin };
}

/** A detector that runs `inner` over the ASCII folding of texts that need one. */
export function unicodeDigitsDetector(inner: readonly ValueDetector[]): ValueDetector {
  return {
    ...detectorFields({
      id: 'unicode_folded',
      entity: 'PHONE',
      description:
        'Cards, phones, e-mail addresses, IBANs and national ids written with full-width, Arabic-Indic, Persian, Devanagari or other Indic, Thai, Myanmar, Khmer or Mongolian digits, Unicode spaces and dashes, or invisible characters inside',
      validation:
        'the text folded to ASCII (invisible characters dropped) passes the plain detector; the span and token are that detector’s',
      context: false,
      example: '０９０－１２３４－５６７８',
      prefilter: (s) => (s.signature & SIG_NON_ASCII) !== 0 && RARE.test(s.text),
    }),
    find(scan: TextScan, out: Span[], priority: number): void {
      const text = scan.text;
      if (!FOLDABLE.test(text)) return;
      const { folded, origin } = fold(text);
      const foldedScan = new TextScan(folded);
      const found: Span[] = [];
      for (const d of inner) if (d.prefilter(foldedScan)) d.find(foldedScan, found, priority);
      for (const span of found) {
        const start = origin[span.start]!;
        const end = origin[span.end - 1]! + 1;
        // Only what the fold changed: the plain detectors already read the rest.
        if (end - start === span.end - span.start && text.slice(start, end) === folded.slice(span.start, span.end)) continue;
        out.push({ ...span, start, end });
      }
    },
  };
}

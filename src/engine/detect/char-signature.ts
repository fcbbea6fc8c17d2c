/**
 * A string's character signature: one bit per telling character (or class) it holds at all,
 * whatever the count or position. It is read in the keyword automaton's pass over the string (one
 * table read and an OR per character, next to the automaton's own step), so the detectors' and
 * structure handlers' first tests — "is there an `@`", "a digit", "a space", "an `=`" — cost a bit
 * test instead of a native call each. A test of a signature bit answers exactly what the
 * `indexOf` or single-class regex it replaces answers.
 */

/** `0-9` (what `/\d/` finds). */
export const SIG_DIGIT = 1 << 0;
/** `A-Z`. */
export const SIG_UPPER = 1 << 1;
export const SIG_AT = 1 << 2;
export const SIG_COLON = 1 << 3;
/** The space character U+0020. */
export const SIG_SPACE = 1 << 4;
/** ASCII white space as `/\s/` reads it (tab, LF, VT, FF, CR, space); other `\s` are non-ASCII. */
export const SIG_ASCII_WHITESPACE = 1 << 5;
/** Any code unit of 128 or more. */
export const SIG_NON_ASCII = 1 << 6;
export const SIG_DASH = 1 << 7;
export const SIG_DOT = 1 << 8;
export const SIG_EQUALS = 1 << 9;
export const SIG_QUESTION = 1 << 10;
export const SIG_HASH = 1 << 11;
export const SIG_PIPE = 1 << 12;
export const SIG_LESS_THAN = 1 << 13;
export const SIG_BACKSLASH = 1 << 14;
/** `'` or `"`. */
export const SIG_QUOTE = 1 << 15;
export const SIG_PLUS = 1 << 16;
/** `(`, `[` or `{`: an opening bracket. */
export const SIG_OPEN_BRACKET = 1 << 17;
/**
 * A line feed (U+000A). SIG_ASCII_WHITESPACE holds the space too, so it does not tell prose from
 * lines: the structure readers of line-based text (CSV, text tables, dataframes, transcripts) ask this.
 */
export const SIG_LINE_FEED = 1 << 18;
/**
 * An ASCII information separator (FS, GS, RS, US: U+001C–U+001F), which no prose holds: the cell
 * separator of FEC electronic filings (`.fec`) and of other machine exports.
 */
export const SIG_INFO_SEPARATOR = 1 << 19;

/** By ASCII code: its signature bits. */
export const ASCII_SIGNATURE: Uint32Array = (() => {
  const table = new Uint32Array(128);
  for (let c = 48; c <= 57; c++) table[c] = SIG_DIGIT;
  for (let c = 65; c <= 90; c++) table[c] = SIG_UPPER;
  for (const c of [9, 10, 11, 12, 13]) table[c] = SIG_ASCII_WHITESPACE;
  table[10] = SIG_ASCII_WHITESPACE | SIG_LINE_FEED;
  for (let c = 28; c <= 31; c++) table[c] = SIG_INFO_SEPARATOR;
  const single: [string, number][] = [
    [' ', SIG_SPACE | SIG_ASCII_WHITESPACE],
    ['@', SIG_AT],
    [':', SIG_COLON],
    ['-', SIG_DASH],
    ['.', SIG_DOT],
    ['=', SIG_EQUALS],
    ['?', SIG_QUESTION],
    ['#', SIG_HASH],
    ['|', SIG_PIPE],
    ['<', SIG_LESS_THAN],
    ['\\', SIG_BACKSLASH],
    ["'", SIG_QUOTE],
    ['"', SIG_QUOTE],
    ['+', SIG_PLUS],
    ['(', SIG_OPEN_BRACKET],
    ['[', SIG_OPEN_BRACKET],
    ['{', SIG_OPEN_BRACKET],
  ];
  for (const [ch, bits] of single) table[ch.charCodeAt(0)] = bits;
  return table;
})();

/** The signature of `text`, read character by character (when no keyword pass read it). */
export function signatureOf(text: string): number {
  let sig = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    sig |= c < 128 ? ASCII_SIGNATURE[c]! : SIG_NON_ASCII;
  }
  return sig;
}

/**
 * A necessary condition on a string's signature: every bit of `all`, and for each mask of `any`
 * at least one of its bits. (signature-needs.ts gives one per detector, so the engine can skip it without a call.)
 */
export interface SignatureNeed {
  all?: number;
  any?: readonly number[];
}

export function signatureMeets(sig: number, need: SignatureNeed): boolean {
  const all = need.all ?? 0;
  if ((sig & all) !== all) return false;
  for (const mask of need.any ?? []) if ((sig & mask) === 0) return false;
  return true;
}

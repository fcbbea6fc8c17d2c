/**
 * A string's digit-run profile: which lengths its maximal runs of ASCII digits have, and whether an
 * ASCII letter stands right before one. The numeric detectors' patterns are bounded by
 * look-arounds that forbid a digit (or any word character) on either side, so every match is made
 * of whole digit runs of fixed lengths (an SSN is a run of 9, or runs of 3, 2 and 4): a string
 * whose runs have none of the lengths a detector's shapes need cannot hold its match, and the
 * engine skips that detector without a call (digit-run-needs.ts declares the needs; a property
 * test holds each to its detector's pattern). A date `2026-11-05` has runs of 4 and 2, a 19-digit
 * id one run of 19: most numeric detectors need neither.
 *
 * Bits: bit n (1 ≤ n ≤ 30) a run of exactly n digits; bit 31 a run of 31 or more; bit 0 an ASCII
 * letter right before a digit (`gb82…`, `DE89…`: the IBAN shapes).
 */

/** An ASCII letter right before a digit. */
export const RUN_AFTER_LETTER = 1 << 0;
/** A run of 31 digits or more. */
export const RUN_LONG = 1 << 31;
/** Every bit: what a text too long to profile answers, so that no detector is skipped there. */
export const ALL_RUNS = -1;
/**
 * Longer texts are not profiled (ALL_RUNS): long texts meet most needs anyway, and the profile's
 * cost grows with the text.
 */
export const MAX_PROFILED_LENGTH = 512;

/** The bit of a run of `n` digits (n ≥ 1). */
export function runBit(n: number): number {
  return n >= 31 ? RUN_LONG : 1 << n;
}

/** The bits of runs of every length from `min` to `max` digits (for "any run of 1–15 digits"). */
export function runBits(min: number, max: number): number {
  let bits = 0;
  for (let n = min; n <= max; n++) bits |= runBit(n);
  return bits;
}

/**
 * The digit-run profile of `text` (ALL_RUNS when it is longer than MAX_PROFILED_LENGTH). Measured
 * here: on short values (ids, times, versions) a loop over the characters is the faster (about
 * 0.1 µs less on 20–40 characters dense with digits); on longer text with a few numbers one native
 * search per run is (1.3 ns a character against 3.5).
 */
export function digitRunsOf(text: string): number {
  const n = text.length;
  if (n > MAX_PROFILED_LENGTH) return ALL_RUNS;
  return n <= SHORT_TEXT ? runsByLoop(text) : runsBySearch(text);
}
const SHORT_TEXT = 48;

function runsByLoop(text: string): number {
  let runs = 0;
  let len = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 57 && c >= 48) {
      if (len === 0 && isAsciiLetter(text.charCodeAt(i - 1))) runs |= RUN_AFTER_LETTER;
      len++;
    } else if (len !== 0) {
      runs |= runBit(len);
      len = 0;
    }
  }
  return len === 0 ? runs : runs | runBit(len);
}

function runsBySearch(text: string): number {
  let runs = 0;
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m !== null; m = DIGITS.exec(text)) {
    runs |= runBit(m[0].length);
    if (isAsciiLetter(text.charCodeAt(m.index - 1))) runs |= RUN_AFTER_LETTER;
  }
  return runs;
}
const DIGITS = /\d+/g;

/** A–Z or a–z; false for NaN (charCodeAt before the start: NaN | 0x20 is 32). */
function isAsciiLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 97 && lower <= 122;
}

/**
 * A necessary condition for a detector's match, one alternative per family of its shapes. The
 * need is met when one alternative is: every run bit of `all` and at least one of `some` (when
 * given) in the text's digit-run profile, and every bit of `sig` in its character signature
 * (char-signature.ts).
 */
export interface DigitRunNeed {
  readonly any: readonly DigitRunAlternative[];
}
export interface DigitRunAlternative {
  readonly all?: number;
  readonly some?: number;
  readonly sig?: number;
}

export function digitRunsMeet(runs: number, sig: number, need: DigitRunNeed): boolean {
  for (const alt of need.any) {
    const all = alt.all ?? 0;
    const s = alt.sig ?? 0;
    if ((runs & all) === all && (sig & s) === s && (alt.some === undefined || (runs & alt.some) !== 0)) return true;
  }
  return false;
}

/**
 * A string's digit-run profile: which lengths its maximal runs of ASCII digits have, and what
 * stands right before them. The numeric detectors' patterns are bounded by look-arounds that
 * forbid a digit (or any word character) on either side, so every match is made of whole digit
 * runs of fixed lengths (an SSN is a run of 9, or runs of 3, 2 and 4): a string whose runs have
 * none of the lengths a detector's shapes need cannot hold its match, and the engine skips that
 * detector without a call (digit-run-needs.ts declares the needs; a property test holds each to
 * its detector's pattern). A date `2026-11-05` has runs of 4 and 2, a 19-digit id one run of 19,
 * and every run of `ip-10-0-5-43` follows a dash: most numeric detectors need none of these.
 *
 * Bits: bit n (1 ≤ n ≤ 29) a run of exactly n digits; bit 30 a run of 30 or more; bit 0 an ASCII
 * letter right before a run (`gb82…`, `DE89…`: the IBAN shapes); bit 31 a run that starts the
 * text or follows a character other than an ASCII letter or digit, `_`, `.`, `,`, `/` or `-` (the
 * shapes whose look-behind forbids all of those must start one).
 */

/** An ASCII letter right before a run. */
export const RUN_AFTER_LETTER = 1 << 0;
/** A run of 30 digits or more. */
export const RUN_LONG = 1 << 30;
/** A run at the start of the text or after a character other than `[A-Za-z0-9_.,/-]`. */
export const RUN_OPEN = 1 << 31;
/** Every bit: what a text too long to profile answers, so that no detector is skipped there. */
export const ALL_RUNS = -1;
/**
 * Longer texts are not profiled (ALL_RUNS), which bounds the profile's cost on a long text dense
 * with digits (about 3 ns a character there, where every need is met anyway). Texts up to this
 * length are: a 5 KB prompt that holds one phone number costs about 3 µs to profile and so skips
 * the ten or so numeric detectors whose runs it lacks (each a regex pass over the whole text,
 * 3–4 µs; stop 30).
 */
export const MAX_PROFILED_LENGTH = 16384;

/** The bit of a run of `n` digits (n ≥ 1). */
export function runBit(n: number): number {
  return n >= 30 ? RUN_LONG : 1 << n;
}

/** The bits of runs of every length from `min` to `max` digits (for "any run of 1–15 digits"). */
export function runBits(min: number, max: number): number {
  let bits = 0;
  for (let n = min; n <= max; n++) bits |= runBit(n);
  return bits;
}

/**
 * What one pass over a string's digits reads: its digit-run profile, and the most digits in one
 * maximal stretch of digits, spaces and dashes (TextScan.digitRun, which the card, SSN and
 * national-id prefilters ask for: read here at no extra pass).
 */
export interface DigitProfile {
  runs: number;
  /** Most digits in one maximal stretch of digits, spaces and dashes (exact; 0 without a digit). */
  stretch: number;
  /** Index of the first ASCII digit (the text's length without one). */
  first: number;
  /** Index after the last ASCII digit (0 without one). */
  last: number;
}

/**
 * Reads the digit profile of `text` into `into`; false (and `into` untouched) when the text is
 * longer than MAX_PROFILED_LENGTH, which is then not profiled. Measured here: on short values
 * (ids, times, versions) a loop over the characters is the faster (about 0.1 µs less on 20–40
 * characters dense with digits); on longer text with a few numbers one native search per run is
 * (1.3 ns a character against 3.5).
 */
export function readDigitProfile(text: string, into: DigitProfile): boolean {
  const n = text.length;
  if (n > MAX_PROFILED_LENGTH) return false;
  if (n <= SHORT_TEXT) profileByLoop(text, into);
  else profileBySearch(text, into);
  return true;
}
const SHORT_TEXT = 48;

/** The digit-run profile of `text` alone (ALL_RUNS when it is too long to profile). */
export function digitRunsOf(text: string): number {
  const profile = { runs: 0, stretch: 0, first: 0, last: 0 };
  return readDigitProfile(text, profile) ? profile.runs : ALL_RUNS;
}

function profileByLoop(text: string, into: DigitProfile): void {
  let runs = 0;
  let len = 0;
  let stretch = 0;
  let best = 0;
  let first = text.length;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 57 && c >= 48) {
      if (len === 0) {
        runs |= runStartBits(text.charCodeAt(i - 1));
        if (i < first) first = i;
      }
      len++;
      stretch++;
      continue;
    }
    if (len !== 0) {
      runs |= runBit(len);
      len = 0;
      last = i;
    }
    if (c !== 32 && c !== 45) {
      if (stretch > best) best = stretch;
      stretch = 0;
    }
  }
  if (len !== 0) {
    runs |= runBit(len);
    last = text.length;
  }
  into.runs = runs;
  into.stretch = stretch > best ? stretch : best;
  into.first = first;
  into.last = last;
}

function profileBySearch(text: string, into: DigitProfile): void {
  let runs = 0;
  let stretch = 0;
  let best = 0;
  let lastEnd = -1;
  let first = -1;
  const n = text.length;
  // Each run's first digit by one native search (a test, which builds no match array), its end
  // read in JavaScript: runs are short, and exec's match and string cost more than the loop.
  FIRST_DIGIT.lastIndex = 0;
  while (FIRST_DIGIT.test(text)) {
    const start = FIRST_DIGIT.lastIndex - 1;
    if (first < 0) first = start;
    let end = start + 1;
    while (end < n && isAsciiDigit(text.charCodeAt(end))) end++;
    FIRST_DIGIT.lastIndex = end;
    const len = end - start;
    runs |= runBit(len);
    runs |= runStartBits(text.charCodeAt(start - 1));
    // The stretch goes on when only spaces and dashes stand between this run and the last.
    if (lastEnd >= 0 && onlySpacesAndDashes(text, lastEnd, start)) stretch += len;
    else {
      if (stretch > best) best = stretch;
      stretch = len;
    }
    lastEnd = end;
  }
  into.runs = runs;
  into.stretch = stretch > best ? stretch : best;
  into.first = first < 0 ? n : first;
  into.last = lastEnd < 0 ? 0 : lastEnd;
}
const FIRST_DIGIT = /\d/g;

function isAsciiDigit(c: number): boolean {
  return c <= 57 && c >= 48;
}

function onlySpacesAndDashes(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45) return false;
  }
  return true;
}

/** The bits a run gets from the character before it (`before`: NaN at the start of the text). */
function runStartBits(before: number): number {
  if (!(before < 128)) return RUN_OPEN; // NaN (start of the text) or non-ASCII
  return RUN_START_BITS[before]!;
}
const RUN_START_BITS: Int32Array = (() => {
  const table = new Int32Array(128).fill(RUN_OPEN);
  for (const ch of '0123456789_.,/-') table[ch.charCodeAt(0)] = 0;
  for (let c = 65; c <= 90; c++) {
    table[c] = RUN_AFTER_LETTER;
    table[c + 32] = RUN_AFTER_LETTER;
  }
  return table;
})();

/**
 * A necessary condition for a detector's match, one alternative per family of its shapes. The
 * need is met when one alternative is: every run bit of `all` and at least one of `some` (when
 * not 0) in the text's digit-run profile, and every bit of `sig` in its character signature
 * (char-signature.ts). Build it with `digitRunNeed`, which gives every alternative the same
 * three fields (one object shape: the engine tests needs on every numeric string).
 */
export interface DigitRunNeed {
  readonly any: readonly DigitRunAlternative[];
}
export interface DigitRunAlternative {
  readonly all: number;
  readonly some: number;
  readonly sig: number;
}

export function digitRunNeed(...alternatives: { all?: number; some?: number; sig?: number }[]): DigitRunNeed {
  return { any: alternatives.map((a) => ({ all: a.all ?? 0, some: a.some ?? 0, sig: a.sig ?? 0 })) };
}

export function digitRunsMeet(runs: number, sig: number, need: DigitRunNeed): boolean {
  for (const alt of need.any) {
    if ((runs & alt.all) === alt.all && (sig & alt.sig) === alt.sig && (alt.some === 0 || (runs & alt.some) !== 0)) return true;
  }
  return false;
}

import { SIG_DIGIT, SIG_NON_ASCII, SIG_UPPER, type SignatureNeed, signatureOf } from './char-signature.js';
import { ALL_RUNS, type DigitProfile, readDigitProfile } from './digit-runs.js';
/** A sensitive stretch of a string: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  entity: string;
  /** The detector or rule id, as shown in evidence (`email`, `rule:ticket`). */
  detector: string;
  /** Canonical form of the value, input of the deterministic token (so `A@X.com` = `a@x.com`). */
  normalized: string;
  /** Lower wins when two spans overlap. */
  priority: number;
}

/**
 * One string under inspection, shared by the detectors so that views of the text are computed at
 * most once per string, and only when a prefilter asks.
 *
 * Cost model (measured on these machines): a native call such as `indexOf` or a short regex test
 * costs about as much per string as JSON.parse spends on ten characters, and a JavaScript loop over
 * the characters costs several times more than a regex (about 10 ns a character: 40 µs on a 4 KB
 * prompt). So prefilters use `text.indexOf` / `includes` of a literal, the length, then the native
 * passes (`numeric`, `hasDigit`, `digitRun`, `capitalDigit`) or a short regex of their own. There is
 * deliberately no per-character count here: the counts it used to offer cost more than the
 * detectors they gated.
 */
export class TextScan {
  /** The string under inspection (read-only for detectors; the engine moves it on with `reset`). */
  text: string;
  #signature = -1;
  #lower: string | undefined;
  /** The word whose positions #positions holds (positionsInLower), undefined when none yet. */
  #positionsOf: string | undefined;
  #positions: number[] = [];
  #numeric: boolean | undefined;
  #digitRun = -1;
  /** The digit profile, read by one pass (detect/digit-runs.ts) when first asked; -1: not read yet. */
  readonly #digits: DigitProfile = { runs: 0, stretch: -1, first: 0, last: 0 };
  #hasDigit: boolean | undefined;
  #capitalDigit: boolean | undefined;
  /**
   * For a detector that reads its keyword hits (ValueDetector.readsKeywordHits), set by the engine
   * around its `prefilter` and `find`: by index in its `keywords`, 0 where the keyword cannot occur.
   * Undefined elsewhere (every keyword may occur).
   */
  keywordHits: Uint8Array | undefined = undefined;
  constructor(text: string) {
    this.text = text;
  }
  /**
   * Starts over on another string, forgetting every view of the previous one, and returns this.
   * The engine reuses one TextScan per engine instead of allocating one per string; a detector must
   * not keep a TextScan beyond its `prefilter`/`find` call.
   */
  reset(text: string): this {
    this.text = text;
    this.#signature = -1;
    this.#lower = undefined;
    this.#positionsOf = undefined;
    this.#numeric = undefined;
    this.#digitRun = -1;
    this.#digits.stretch = -1;
    this.#hasDigit = undefined;
    this.#capitalDigit = undefined;
    return this;
  }
  /**
   * The text's character signature (detect/char-signature.ts): given by the keyword pass, which
   * reads every character anyway, or computed on first use.
   */
  get signature(): number {
    if (this.#signature < 0) this.#signature = signatureOf(this.text);
    return this.#signature;
  }
  /** Records the signature of this text, read by a pass over it (KeywordIndex.activate). */
  knowSignature(sig: number): void {
    this.#signature = sig;
  }
  /** The text in lower case, computed on first use. */
  lower(): string {
    if (this.#lower === undefined) this.#lower = this.text.toLowerCase();
    return this.#lower;
  }
  /**
   * Every position of `word` (lower case, a word no suffix of which starts it, so that no two
   * occurrences overlap: `cust`) in the lower-cased text, in order, found by one `indexOf` loop on
   * first use and kept for the next reader asking for the same word (the last word asked is kept).
   * person_name_unlisted_lower and person_name_payment_note both read the `cust` of a prompt that
   * says `customer` throughout. A text without capitals and letters outside ASCII is searched as
   * it is (its own lower-cased form), without lowering it.
   */
  positionsInLower(word: string): readonly number[] {
    if (this.#positionsOf !== word) {
      const lower = (this.signature & (SIG_UPPER | SIG_NON_ASCII)) === 0 ? this.text : this.lower();
      // A new list each time: a reader may still hold the last one.
      const positions: number[] = [];
      for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + word.length)) positions.push(i);
      this.#positions = positions;
      this.#positionsOf = word;
    }
    return this.#positions;
  }
  /**
   * Whether a reader of a few characters of the lower-cased text should lower just those
   * (`text.slice(a, b).toLowerCase()`, the same string as `lower().slice(a, b)` here): the text is
   * longer than LOWER_WHOLE_UP_TO, holds only ASCII (each character lowers to one, in place) and
   * has not been lower-cased yet. A context check reads 40 characters; lowering a 5 KB prompt for
   * it cost about 0.9 µs. A short text is lowered whole, once, for every reader after. Asked only
   * of a signature known already (the keyword pass's): reading one costs more than the lowering.
   */
  get lowersInPlace(): boolean {
    return (
      this.#lower === undefined && this.#signature >= 0 && this.text.length > LOWER_WHOLE_UP_TO && (this.#signature & SIG_NON_ASCII) === 0
    );
  }
  /**
   * True when the text holds seven or more digits in one stretch of digits and the separators
   * ` ().+/-` (cards, SSNs, phones, IBAN tails, IPv4 addresses, numeric dates): the shared gate of
   * the numeric detectors.
   */
  get numeric(): boolean {
    if (this.#numeric === undefined) this.#numeric = this.hasDigit && NUMERIC_RUN.test(this.text);
    return this.#numeric;
  }
  /**
   * A capital letter next to a digit (or `AB 1`): one native search, remembered. Prose rarely has
   * one; identifiers and addresses (NINO, VIN, IBAN, Base58) almost always do.
   */
  get capitalDigit(): boolean {
    // Every shape of UPPER_DIGIT holds an A–Z: without one in the signature, no regex pass.
    if (this.#capitalDigit === undefined)
      this.#capitalDigit = this.hasDigit && (this.#signature < 0 || (this.#signature & SIG_UPPER) !== 0) && UPPER_DIGIT.test(this.text);
    return this.#capitalDigit;
  }
  /**
   * True when the text holds an ASCII digit (one native search that stops at the first digit,
   * remembered). `numeric` and `capitalDigit` need a digit, so text without one (most prose and
   * names) costs this one pass instead of one per gate.
   */
  get hasDigit(): boolean {
    if (this.#hasDigit === undefined) this.#hasDigit = this.#signature >= 0 ? (this.#signature & SIG_DIGIT) !== 0 : DIGIT.test(this.text);
    return this.#hasDigit;
  }
  /**
   * Most digits in one stretch of digits, spaces and dashes (card numbers, SSNs, account numbers),
   * exact when 7 or more; 0 otherwise (and 0 without `numeric`, which every stretch of 7 digits
   * passes). Read in the same pass as the digit-run profile (detect/digit-runs.ts), which the
   * engine reads anyway for every numeric string; a text too long to profile is searched for its
   * stretches instead.
   */
  get digitRun(): number {
    if (this.#digitRun < 0) {
      if (!this.numeric) this.#digitRun = 0;
      else {
        const stretch = this.#readDigits() ? this.#digits.stretch : longestDigitRun(this.text);
        this.#digitRun = stretch >= 7 ? stretch : 0;
      }
    }
    return this.#digitRun;
  }
  /**
   * The digit-run profile (detect/digit-runs.ts): which lengths the text's runs of digits have,
   * computed on first use. The engine reads it once per string that passes `numeric`, to skip the
   * numeric detectors whose shapes need runs the text does not have (digit-run-needs.ts).
   */
  get digitRuns(): number {
    return this.#readDigits() ? this.#digits.runs : ALL_RUNS;
  }
  /**
   * Where a search for matches that start with a digit may begin: the first ASCII digit when the
   * digit profile has been read already (the engine reads it for every numeric text up to
   * MAX_PROFILED_LENGTH), else 0. Never reads the profile itself: a search for the first digit
   * costs about as much a character as the pattern it would shorten.
   */
  get digitsFrom(): number {
    return this.#digits.stretch >= 0 ? this.#digits.first : 0;
  }
  /**
   * Index after the last ASCII digit when the digit profile has been read already, else the
   * text's length: a match that starts with a digit starts before it.
   */
  get digitsTo(): number {
    return this.#digits.stretch >= 0 ? this.#digits.last : this.text.length;
  }
  /** Reads the digit profile once; false when the text is too long to profile. */
  #readDigits(): boolean {
    const digits = this.#digits;
    if (digits.stretch === -1 && !readDigitProfile(this.text, digits)) digits.stretch = -2;
    return digits.stretch !== -2;
  }
}

/** Texts up to this length are lowered whole for any reader of their lower-case form (TextScan.lowersInPlace). */
const LOWER_WHOLE_UP_TO = 512;
const NUMERIC_RUN = /\d[\d ().+/-]{5,}\d/;
const DIGIT = /\d/;
const UPPER_DIGIT = /[A-Z]\d|\d[A-Z]|[A-Z]{2} \d/;
/**
 * From the first to the last digit of a stretch of digits, spaces and dashes, when that spans 7
 * characters or more (a stretch with 7 digits does). Matching from the left starts at the first
 * digit of each stretch and runs greedily to its last digit.
 */
const DIGIT_STRETCH = /\d[\d -]{5,}\d/g;

/** Most digits in one stretch of digits, spaces and dashes, when 7 or more; else 0. */
function longestDigitRun(text: string): number {
  let best = 0;
  DIGIT_STRETCH.lastIndex = 0;
  for (let m = DIGIT_STRETCH.exec(text); m !== null; m = DIGIT_STRETCH.exec(text)) {
    const end = m.index + m[0].length;
    let digits = 0;
    for (let i = m.index; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c <= 57 && c >= 48) digits++;
    }
    if (digits > best) best = digits;
  }
  return best >= 7 ? best : 0;
}

/**
 * O(1)-ish test for the shapes that fill audit records and never hold an entity, as a whole value:
 * an ISO-8601 timestamp (`2026-11-02T09:14:03.512Z`), a UUID, and a hexadecimal id of a usual
 * length (span and trace ids, Mongo ObjectIds, MD5/SHA-1/SHA-256 digests: 16, 24, 32, 40 or 64
 * hex digits in one case, at least one of them a letter, so a number is never taken for one).
 * Checked by fixed positions first, then by an anchored pattern, so other strings cost a few
 * character reads. Skipping hex ids also keeps a digit run inside one from passing for a card.
 */
export function isBenignShape(s: string): boolean {
  const n = s.length;
  if (n === 36) return s.charCodeAt(8) === 45 && s.charCodeAt(13) === 45 && s.charCodeAt(23) === 45 && UUID.test(s);
  if (n === 16 || n === 24 || n === 32 || n === 40 || n === 64) {
    if (isHexDigit(s.charCodeAt(0)) && isHexDigit(s.charCodeAt(n - 1)) && HEX_ID.test(s) && HEX_LETTER.test(s)) return !isHexOfText(s);
  }
  if (n >= 19 && n <= 35) {
    return s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && s.charCodeAt(13) === 58 && ISO_TIMESTAMP.test(s);
  }
  return false;
}
/**
 * A 16- or 19-digit string that starts with 1: a Unix time in microseconds or nanoseconds up to
 * 2033 (OTLP's `timeUnixNano` is such a string in every log record). No built-in detector can
 * match it whole or in part: no card network issues 16- or 19-digit numbers starting with 1
 * (UATP's are 15 digits), no national id or phone number has 16 or 19 digits, and the identifier
 * windows never split a run of digits. A property test checks this against the whole catalog.
 * Without this test such a string costs several microseconds: every numeric detector tries it.
 * Custom rules may match anything, so the engine applies it only to policies without them.
 */
export function isEpochDigits(s: string): boolean {
  const n = s.length;
  return (n === 19 || n === 16) && s.charCodeAt(0) === 49 && ALL_DIGITS.test(s);
}
const ALL_DIGITS = /^\d+$/;

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const HEX_ID = /^(?:[0-9a-f]+|[0-9A-F]+)$/;
const HEX_LETTER = /[a-fA-F]/;

/**
 * Whether upper-case hex spells printable ASCII text (auditd writes an argument so: `736B5F74…` is
 * `sk_t…`, stop 38): no hash or id, but text to read. A hash's bytes fail within a byte or two.
 */
function isHexOfText(s: string): boolean {
  const c0 = s.charCodeAt(0);
  if (c0 < 50 || c0 > 55) return false;
  for (let i = 0; i < s.length; i += 2) {
    const hi = s.charCodeAt(i);
    const lo = s.charCodeAt(i + 1);
    if (hi < 50 || hi > 55 || (lo >= 97 && lo <= 102)) return false;
    if (hi === 55 && lo === 70) return false;
  }
  return true;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

export type DetectorRequirement = 'numeric' | 'capital_digit';

/** Everything `auditmask rules` and docs/detectors.md say about a detector. */
export interface DetectorInfo {
  /** lower_snake id, used in policy `detectors:` and in evidence. */
  id: string;
  /** UPPER_SNAKE entity type; the token names it. */
  entity: string;
  description: string;
  /** How a candidate is confirmed (checksum, parser, structure). */
  validation: string;
  /** True when a keyword must stand near the match (the pattern alone is ambiguous). */
  context: boolean;
  /** A value this detector reports, for docs and tests. */
  example: string;
}

/**
 * A value detector: a cheap prefilter (false means `find` cannot match), then a pattern and a
 * validator. `find` appends spans to `out` and must run in time linear in the text length.
 * The engine calls `prefilter` and `find` as plain functions (without `this`): they must not use it.
 */
export interface ValueDetector extends DetectorInfo {
  /**
   * Lower-case literals of which at least one appears in every text this detector can match
   * (gitleaks' keywords: `ghp_`, `xoxb-`, `bearer`…). The engine finds every detector's keywords in
   * ONE regex pass over the lower-cased string (src/engine/detect/keyword-index.ts) and runs
   * `prefilter`/`find` only for detectors whose keyword occurred. Prefer this to a regex in the
   * prefilter: sixty prefilters each scanning the text cost more than JSON.parse.
   * A detector without keywords has its prefilter called on every string: keep that O(1), an
   * `indexOf` of a rare character, or a shared lazy field of TextScan (`numeric`).
   */
  keywords?: readonly string[];
  /**
   * The engine tells this detector which of its `keywords` may occur (TextScan.keywordHits, by
   * index in `keywords`: 0 when the keyword's gate word does not occur in the text, so neither does
   * the keyword), read in the keyword pass at no extra cost, so that a detector with many keywords
   * can search only for those. Outside the engine's pass `keywordHits` is undefined: search them all.
   */
  readsKeywordHits?: boolean;
  /**
   * For a detector without keywords (its prefilter called on every text its signature need
   * allows): words the keyword pass looks for on its behalf, so that its prefilter can skip a
   * search the pass has answered (TextScan.keywordHits, by index in `hints`: 0 when the word does
   * not occur in the lower-cased text). Outside the engine's pass `keywordHits` is undefined:
   * every word may occur.
   */
  hints?: readonly string[];
  /**
   * A shared necessary condition, tested once per string for every detector that names it, before
   * their prefilters: `numeric` (TextScan.numeric) or `capital_digit` (TextScan.capitalDigit). The
   * prefilter must imply it.
   */
  requires?: DetectorRequirement;
  /**
   * For a detector without keywords or `requires` (its prefilter called on every text): the
   * characters its prefilter needs, as bits of the text's signature (char-signature.ts). The engine
   * builds its per-signature lists of these detectors from this field (and signature-needs.ts'
   * older table), so a text that lacks them skips the call. The prefilter must imply it
   * (char-signature.test.ts checks every declared need on generated text).
   */
  needs?: SignatureNeed;
  prefilter(scan: TextScan): boolean;
  find(scan: TextScan, out: Span[], priority: number): void;
}

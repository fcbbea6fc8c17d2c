import type { TextScan } from './types.js';

/**
 * Builds a regex that finds any of `keywords` in lower-cased text. A keyword with spaces also
 * matches with `_`, `-`, `.` or nothing between its words (`date of birth`, `date_of_birth`,
 * `dateofbirth`), as the leading detection systems do. A keyword must start a word (`dob` is not
 * found in `adobe`).
 */
export function keywordRegex(keywords: readonly string[]): RegExp {
  const alts = keywords
    .map((k) =>
      k
        .toLowerCase()
        .split(/\s+/)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[ _.-]?'),
    )
    .sort((a, b) => b.length - a.length);
  // A keyword may start right after an escaped line break or TAB (`…Grüßen\nSteuer-ID 36 574 …`
  // in a mail body JSON-escaped twice: red-team round 63); any other letter before it starts a
  // longer word.
  return new RegExp(`(?:(?<![a-z])|(?<=\\\\[nrt]))(?:${alts.join('|')})`);
}

/** Default window, in characters before the match, in which a context keyword must stand. */
export const CONTEXT_WINDOW = 40;

/**
 * True when a keyword matching `re` ends within `window` characters before `index`. Tokens this
 * engine wrote (`<SECRET:…>`, `<US_SSN>`) and the names they were assigned to are not context:
 * they would otherwise make a second pass find what the first did not (masking is idempotent).
 */
export function contextBefore(scan: TextScan, index: number, re: RegExp, window = CONTEXT_WINDOW): boolean {
  const from = index > window ? index - window : 0;
  let before: string;
  let cut: boolean;
  // A word the window's start cuts is no keyword: `dob` of `patientdob` would count only when a
  // shorter value before it (a token, on a second pass) brought its tail into the window.
  if (scan.lowersInPlace) {
    // A long ASCII text: the window alone lowered (an ASCII letter lowers to a-z).
    before = scan.text.slice(from, index).toLowerCase();
    cut = from > 0 && isAsciiLetter(scan.text.charCodeAt(from - 1)) && isLowerLetter(before.charCodeAt(0));
  } else {
    const lower = scan.lower();
    before = lower.slice(from, index);
    cut = from > 0 && isLowerLetter(lower.charCodeAt(from - 1)) && isLowerLetter(before.charCodeAt(0));
  }
  if (cut) before = before.replace(WORD_HEAD, '');
  if (before.indexOf('>') !== -1) before = before.replace(LOWER_TOKEN, ' ');
  return re.test(before);
}
const WORD_HEAD = /^[a-z]+/;
function isLowerLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * A token as it reads in lower-cased text (TOKEN_PATTERN lower-cased) with the name it was assigned
 * to (`password = "<secret:…>"`, `--token <secret:…>`), or a token's cut-off tail at the window's
 * start. The name was the context of the value it stands before; after masking shortened that
 * value, the name would otherwise come within the window of what follows and count twice.
 */
const LOWER_TOKEN = /(?:[\w.-]*["']?\s{0,3}[:=]?\s{0,3}["']?)?<[a-z][a-z0-9_]{1,40}(?::[^<>\s]{1,320})?>|^[^<>\s]*>/g;

/**
 * How far a vendor word may stand from a context-gated candidate in the same sentence, beyond the
 * 40 characters before that always count: prose names the vendor at the start of a sentence
 * (`Datadog calls work again since I switched the worker to …`) or after the value (`Customer
 * pasted … while asking why Plaid rejects…`).
 */
const SENTENCE_BEFORE = 90;
const SENTENCE_AFTER = 60;
/** Where a sentence ends: a line break (raw or escaped) or a full stop, `!` or `?` before a blank. */
const SENTENCE_END = /\n|\\n|[.!?]\s/g;
/** A UUID is usually an id: beside a vendor word farther than 40 characters it is a key only when a key word is there too. */
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY_WORD = /(?<![a-z])(?:key|token|secret|api|credential)/;

/**
 * Whether a vendor word (`re`, on lower-cased text) names the candidate [start, end): within 40
 * characters before (CONTEXT_WINDOW), or elsewhere in the same sentence within SENTENCE_BEFORE
 * before or SENTENCE_AFTER after. A UUID needs a key word in that sentence as well.
 */
export function vendorNamed(scan: TextScan, start: number, end: number, re: RegExp): boolean {
  if (contextBefore(scan, start, re)) return true;
  const lower = scan.lower();
  let before = lower.slice(Math.max(0, start - SENTENCE_BEFORE), start);
  let after = lower.slice(end, end + SENTENCE_AFTER);
  SENTENCE_END.lastIndex = 0;
  let cut = -1;
  for (let m = SENTENCE_END.exec(before); m !== null; m = SENTENCE_END.exec(before)) cut = m.index + m[0].length;
  if (cut >= 0) before = before.slice(cut);
  SENTENCE_END.lastIndex = 0;
  const stop = SENTENCE_END.exec(after);
  if (stop !== null) after = after.slice(0, stop.index);
  // Tokens this engine wrote are no context (masking is idempotent; see contextBefore).
  let sentence = `${before} ${after}`;
  if (sentence.indexOf('>') !== -1) sentence = sentence.replace(LOWER_TOKEN, ' ');
  if (!re.test(sentence)) return false;
  return !UUID_SHAPE.test(scan.text.slice(start, end)) || KEY_WORD.test(sentence);
}

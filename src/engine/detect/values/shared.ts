import type { TextScan } from '../types.js';
import type { Span, ValueDetector } from '../types.js';
import { candidatePatterns, detectorFields, digitTrail, type RegexDetectorSpec, startsWithDigit, textUpTo } from './helpers.js';

/** Words too common in logs to gate a detector on their own (`nhs number` gates on `nhs`). */
const GENERIC_WORDS = new Set([
  'number',
  'no',
  'num',
  'code',
  'date',
  'card',
  'of',
  'the',
  'id',
  'type',
  'name',
  'key',
  'bank',
  'tax',
  'thru',
  'through',
  'until',
]);

export interface ContextKeywords {
  /** Finds a keyword at a word start (the exact check, in the window before a candidate). */
  re: RegExp;
  /** Literals for the engine's keyword index. */
  keywords: string[];
}

/**
 * Context keywords of a detector: `re` finds any of them at a word start in lower-cased text (the
 * exact check, made in the window before a candidate), and `keywords` are the literals for the
 * engine's keyword index, which runs the detector only on strings containing one. The index is a
 * gate, not the check, so a multi-word keyword contributes only its longest word (`account number`
 * → `account`, which also covers `account_number` and `accountnumber`), and a literal that
 * contains another is dropped: fewer, shorter alternatives keep the one-pass search cheap.
 */
export function contextKeywords(list: readonly string[]): ContextKeywords {
  const singles = new Set(list.filter((k) => !/\s/.test(k)).map((k) => k.toLowerCase()));
  const literals = new Set<string>();
  for (const k of list) {
    const words = k.toLowerCase().split(/\s+/);
    if (words.length > 1 && words.some((w) => singles.has(w))) continue; // `nhs number` is covered by `nhs`
    const telling = words.filter((w) => !GENERIC_WORDS.has(w));
    literals.add((telling.length > 0 ? telling : words).reduce((a, b) => (b.length > a.length ? b : a)));
  }
  const all = [...literals];
  const keywords = all.filter((k) => !all.some((o) => o !== k && k.includes(o)));
  return { re: shortWholeWords(list), keywords };
}

/** Keywords of more than 4 letters that must also end a word (shortWholeWords). */
const WHOLE_WORD_KEYWORDS = new Set(['conta']);

/**
 * Like keywordRegex (a keyword starts a word; multi-word keywords also match joined by `_`, `-`,
 * `.` or nothing), and in addition a keyword of at most 4 letters must also END a word: `lat` is
 * not found in `latency`, `exp` not in `expected`, `sin` not in `single`.
 */
function shortWholeWords(list: readonly string[]): RegExp {
  // Longer keywords that start common words of their own: Portuguese `conta` (account) starts
  // `contacto`, `contato`, `contact` (red-team round 22: `Teléfono de contacto … Pedido 4500012345`).
  const alts = list
    .map((k) => {
      const body = k
        .toLowerCase()
        .split(/\s+/)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[ _.-]?');
      return k.length <= 4 || WHOLE_WORD_KEYWORDS.has(k) ? `${body}(?![a-z])` : body;
    })
    .sort((a, b) => b.length - a.length);
  // Right after an escaped line break or TAB too, as keywordRegex reads (detect/context.ts).
  return new RegExp(`(?:(?<![a-z])|(?<=\\\\[nrt]))(?:${alts.join('|')})`);
}

/** Count of distinct character classes (lower, upper, digit, other) in `s`. */
export function charClasses(s: string): number {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}

/** Separators dropped and letters upper-cased: the canonical form of an identifier. */
export function compactId(v: string): string {
  return v.replace(/[\s./-]/g, '').toUpperCase();
}

/**
 * True when the text holds a run of 8+ upper-case letters, digits, spaces and dashes with at least
 * two digits: the shared gate of the letter-and-digit identifiers (NINO, PAN, NRIC, NIE, codice
 * fiscale, VIN). The windows it computes are the ones those detectors then search.
 */
export function hasUpperCode(scan: TextScan): boolean {
  return capitalNextToDigit(scan) && upperWindows(scan).some((w) => w.digits >= 2 && w.end - w.start > w.digits);
}

/** A capital letter next to a digit (TextScan.capitalDigit). */
export function capitalNextToDigit(scan: TextScan): boolean {
  return scan.capitalDigit;
}

/** True when `ch` occurs at least `n` times in `text` (native indexOf, stops at the n-th). */
export function hasAtLeast(text: string, ch: string, n: number): boolean {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(ch, at + 1);
    if (at < 0) return false;
  }
  return true;
}

/** A stretch of the text where an identifier may stand: [start, end) and its digit count. */
export interface Window {
  start: number;
  end: number;
  digits: number;
}

function memoWindows(pattern: RegExp): (scan: TextScan) => Window[] {
  const digitFirst = startsWithDigit(pattern);
  const trail = digitFirst ? digitTrail(pattern) : -1;
  // Keyed on the scan AND its text: the engine reuses one TextScan from string to string
  // (TextScan.reset), and the windows depend on the text alone.
  let last: TextScan | undefined;
  let lastText = '';
  let windows: Window[] = [];
  return (scan) => {
    const text = scan.text;
    if (scan === last && text === lastText) return windows;
    last = scan;
    lastText = text;
    windows = [];
    // Searched from the first digit to the last one when the digit profile says where they are
    // (regexDetector does the same): the numeric windows' pattern starts with a digit.
    // The search reads a slice that ends `trail` past the last digit (helpers.ts digitTrail).
    pattern.lastIndex = digitFirst ? scan.digitsFrom : 0;
    const stop = digitFirst ? scan.digitsTo : text.length + 1;
    const hay = digitFirst ? textUpTo(scan, trail) : text;
    for (let m = pattern.lastIndex < stop ? pattern.exec(hay) : null; m !== null; m = pattern.lastIndex < stop ? pattern.exec(hay) : null) {
      let digits = 0;
      const end = m.index + m[0].length;
      for (let i = m.index; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) digits++;
      }
      windows.push({ start: m.index, end, digits });
    }
    return windows;
  };
}

// Each window pattern may start only where its run starts (the look-behind), so a failed attempt
// costs one character test, not a counted repetition retried at every position. (A loop over char
// codes in JavaScript is several times slower than these native passes on these machines.)

/** Runs of 8+ characters of digits and the separators ` . / -` (shared by the numeric identifiers). */
export const numericWindows = memoWindows(/(?<!\d)\d[\d ./-]{6,}\d/g);
/** Runs of 8+ upper-case letters, digits, spaces and dashes (NINO, PAN, NRIC, NIE, codice fiscale, VIN). */
export const upperWindows = memoWindows(/(?<![A-Z0-9])[A-Z0-9][A-Z0-9 -]{6,}[A-Z0-9]/g);

/** Characters kept on each side of a window so that the pattern's look-behind and look-ahead see real neighbours. */
const MARGIN = 3;

export interface WindowedSpec extends Omit<RegexDetectorSpec, 'group'> {
  /** Where candidates can stand; the pattern runs only there. */
  windows(scan: TextScan): readonly Window[];
  /** Fewest digits a window must hold. */
  minDigits: number;
}

/**
 * Like regexDetector, but the pattern runs only inside windows that a shared pass found (one
 * regex over the text serves every detector of a family), instead of over the whole text: in a
 * kilobyte of prose a pattern costs microseconds even when nothing matches.
 */
export function windowedDetector(spec: WindowedSpec): ValueDetector {
  const { pattern, validate, windows, minDigits } = spec;
  if (!pattern.global) throw new Error(`detector ${spec.id}: pattern must be global`);
  // The same pattern anchored where it is put (sticky), for the rechecks on the full text.
  const anchored = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  const detector: ValueDetector = {
    ...detectorFields(spec),
    find(scan: TextScan, out: Span[], priority: number): void {
      const text = scan.text;
      let lastEnd = 0;
      for (const w of windows(scan)) {
        if (w.digits < minDigits) continue;
        const a = w.start > MARGIN ? w.start - MARGIN : 0;
        const sub = text.slice(a, w.end + MARGIN);
        pattern.lastIndex = 0;
        for (let m = pattern.exec(sub); m !== null; m = pattern.exec(sub)) {
          if (m[0].length === 0) {
            pattern.lastIndex++;
            continue;
          }
          const start = a + m.index;
          if (start < lastEnd) continue;
          let value = m[0];
          // A match touching a cut edge was judged on a cut: its look-behind or look-ahead saw the
          // cut instead of the real neighbour, and it may be part of something longer. The pattern
          // is run again on the full text at the same place, and what that finds (if anything) counts.
          if ((m.index === 0 && a > 0) || (m.index + value.length === sub.length && a + sub.length < text.length)) {
            anchored.lastIndex = start;
            const full = anchored.exec(text);
            if (full === null || full[0].length === 0) continue;
            value = full[0];
          }
          const normalized = validate(value, scan, start);
          if (normalized !== undefined) {
            out.push({ start, end: start + value.length, entity: spec.entity, detector: spec.id, normalized, priority });
            lastEnd = start + value.length;
          }
        }
      }
    },
  };
  candidatePatterns.set(detector, [pattern]);
  return detector;
}

/**
 * Whether the text before `start` ends in an AWS ARN's `…:123456789012:secret:`
 * (`arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf`): what follows is the
 * secret's name, not its value.
 */
const ARN_SECRET_BEFORE = /arn:aws[\w-]*:[\w-]+:[\w-]*:\d{12}:secret:$/;
export function afterArnSecretPrefix(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 58 && ARN_SECRET_BEFORE.test(text.slice(Math.max(0, start - 120), start));
}

/**
 * Stripe's documented test tokens and PaymentMethods (`tok_visa`, `tok_mastercard`, `tok_amex`,
 * `pm_card_visa`, `pm_card_chargeDeclined` written in lower case): fixed names that every Stripe
 * test account accepts and that charge nothing, where a live object id is `tok_` and 24 random
 * letters and digits (red-team round 70 and its leftovers: a traceback's locals, Sentry frame vars).
 */
const STRIPE_TEST_TOKEN = /^['"]?(?:tok|pm|src|btok)_[a-z]{3,}(?:_[a-z]{2,}){0,3}['"]?$/;
export function isStripeTestToken(value: string): boolean {
  return value.length <= 40 && STRIPE_TEST_TOKEN.test(value);
}

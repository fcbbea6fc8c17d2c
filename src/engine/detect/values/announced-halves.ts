/**
 * A number typed in two parts where the first part is announced as such (red-team round 24:
 * `area code 303` then `555 0188`, `backup code first half 8412` then `second half 5903`, `first
 * 6: 601111 … the middle is 111111`, `account first part 4417 then 90236`, `début de mon numéro
 * de sécu : 1 85 12 75` then `la suite 056 007 18`). Each part alone is too short for any
 * detector; read together (in one text, or in two consecutive turns joined by
 * structure/split-pieces.ts answerPieces) they are one value, from the first part to the second.
 * The entity is named by the words around them: no such word, no finding.
 */
import type { Span, TextScan, ValueDetector } from '../types.js';

/** The announcement of a first part (lower-cased text). */
const FIRST =
  /\b(?:first (?:half|part|(?:6|six|4|four|5|five)(?: digits)?)|area code|d[ée]but|premi[eè]re partie|primera parte|erste h[äa]lfte)\b[^\d\n]{0,32}?(\d(?:[ .-]?\d){2,15})(?![\d])/g;
/** The announcement of the next part right before it (lower-cased text, sticky after a filler). */
const NEXT =
  /\b(?:then|second half|second part|(?:the )?rest(?: is)?|(?:the )?middle(?: digits)?(?: is)?|la suite|ensuite|luego|el resto|dann|der rest)\b[\s:,=-]*(?:is\s*:?\s*)?(\d(?:[ .-]?\d){2,15})(?![\d])/g;
/** What stands between the two parts at most (`last 4: 1117 and the`). */
const BETWEEN = 40;
const YEAR = /^(?:19|20)\d\d$/;

/** The entity a part's words name, or undefined (checked in this order). */
const ENTITIES: readonly [RegExp, string][] = [
  [/\barea code\b|\bphone\b|\bmobile\b/, 'PHONE'],
  [/\bcard\b|\bfirst (?:6|six)\b|\bmiddle\b/, 'CREDIT_CARD'],
  [/\biban\b|\baccount\b|\bacct\b|\brouting\b|\bcompte\b|\bcuenta\b|\bkonto\b/, 'BANK_ACCOUNT'],
  [/\bs[ée]cu\b|\bssn\b|\bsocial security\b|\binsurance\b|\bnir\b/, 'NATIONAL_ID'],
  [/\b(?:backup|recovery|verification|security|login|access|confirmation|sms) codes?\b|\botp\b|\bpin\b|\bpasscode\b/, 'SECRET'],
];

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export const announcedHalves: ValueDetector = {
  id: 'announced_halves',
  entity: 'NATIONAL_ID',
  description:
    'A number typed in two parts, the first announced as such (area code, first half / part / 6 digits, début) and the next after then / second half / the rest / the middle / la suite',
  validation:
    'two groups of 3–16 digits at most 40 characters apart, 6 or more digits in all (7 for a phone), neither a year alone; the entity named by a word of the text (area code / phone: a phone; card / first 6 / middle: a card; account / iban / routing: a bank account; sécu / ssn / insurance: a national id; a backup / verification / security … code, otp, pin: a secret), none: no finding',
  context: true,
  example: 'area code 303 then 555 0188',
  keywords: [
    'first half',
    'first part',
    'first 6',
    'first six',
    'first 4',
    'first four',
    'first 5',
    'first five',
    'area code',
    'début',
    'debut',
    'première partie',
    'premiere partie',
    'primera parte',
    'erste hälfte',
    'erste halfte',
  ],
  prefilter: (s) => s.hasDigit,
  find(scan: TextScan, out: Span[], priority: number): void {
    const lower = scan.lower();
    // Only a text whose length is kept by lower-casing: offsets of `lower` are offsets of the text.
    if (lower.length !== scan.text.length) return;
    FIRST.lastIndex = 0;
    for (let m = FIRST.exec(lower); m !== null; m = FIRST.exec(lower)) {
      const first = m[1]!;
      const start = m.index + m[0].length - first.length;
      NEXT.lastIndex = start + first.length;
      const n = NEXT.exec(lower);
      if (n === null || n.index - (start + first.length) > BETWEEN) continue;
      const second = n[1]!;
      const end = n.index + n[0].length;
      if (YEAR.test(first) || YEAR.test(second)) continue;
      const words = lower.slice(Math.max(0, m.index - 48), end);
      let entity: string | undefined;
      for (const [re, e] of ENTITIES) {
        if (re.test(words)) {
          entity = e;
          break;
        }
      }
      if (entity === undefined) continue;
      const digits = digitCount(first) + digitCount(second);
      if (digits < (entity === 'PHONE' ? 7 : 6)) continue;
      out.push({ start, end, entity, detector: 'announced_halves', normalized: scan.text.slice(start, end), priority });
      FIRST.lastIndex = end;
    }
  },
};

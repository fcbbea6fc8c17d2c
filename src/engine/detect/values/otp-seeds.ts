import type { TextScan } from '../types.js';
import { regexDetector } from './helpers.js';

/**
 * A TOTP / HOTP seed written as authenticator set-up pages display it for typing by hand: base32
 * (RFC 4648: letters and the digits 2–7) in groups of four separated by single blanks, all lower
 * case or all upper case (Google's "Can't scan it?" key, Microsoft Authenticator's "Secret key",
 * Keycloak's "Unable to scan?" page; red-team round 65, left65). A help-desk note or chat that
 * quotes it gives the second factor away. Four to eight groups, after a key / secret / seed word on
 * the same line within 48 characters; and a digit in a group, or half the groups without a vowel
 * (`gezd gnbv gy3t qojq`, `kvkf krcp nzqu ymlx`): four-letter words of prose (`this code will
 * help`) stay, and so do hex or decimal groups (`2001 0db8`: 0, 1, 8, 9 are no base32 digits).
 */
const LABEL_BEFORE = /\b(?:key|secret|seed|clave|schl[uü]ssel)\b/i;
const VOWEL = /[aeiouAEIOU]/;
const DIGIT = /[2-7]/;

function otpSeedGroups(value: string, scan: { text: string }, start: number): string | undefined {
  const lineStart = scan.text.lastIndexOf('\n', start - 1) + 1;
  if (!LABEL_BEFORE.test(scan.text.slice(Math.max(lineStart, start - 48), start))) return undefined;
  const groups = value.split(' ');
  if (DIGIT.test(value)) return value;
  let vowelless = 0;
  for (const g of groups) if (!VOWEL.test(g)) vowelless++;
  return vowelless * 2 >= groups.length ? value : undefined;
}

/**
 * The label words of LABEL_BEFORE, case-blind as it is (`schl` for both spellings of Schlüssel),
 * without its word bounds: every accepted seed starts at most 48 characters after one.
 */
const LABEL_WORD = /key|secret|seed|clave|schl/gi;

/** The next label word at or after `from` (RegexDetectorSpec.anchors). */
function nextLabelWord(scan: TextScan, from: number): number {
  LABEL_WORD.lastIndex = from;
  return LABEL_WORD.exec(scan.text)?.index ?? -1;
}

export const otpSeedInGroups = regexDetector({
  id: 'otp_seed_groups',
  entity: 'SECRET',
  description: 'A TOTP seed in base32 written in groups of four after a key / secret word (`secret key: kvkf krcp nzqu ymlx`)',
  validation:
    'four to eight groups of four base32 characters (a–z or A–Z and 2–7, one case), after key / secret / seed on the same line; a digit, or half the groups without a vowel',
  context: false,
  example: 'Secret key: gezd gnbv gy3t qojq',
  keywords: ['key', 'secret', 'seed', 'clave', 'schlüssel', 'schlussel'],
  prefilter: (s) => s.text.length >= 24,
  // Searched only from each label word to 48 characters after it (LABEL_BEFORE), not over a whole
  // prompt that says `key` (a match reads at most 39 characters and one after them).
  anchors: { next: nextLabelWord, before: 0, after: 48, reach: 88 },
  pattern: /(?<![\w-])(?:[a-z2-7]{4}(?: [a-z2-7]{4}){3,7}|[A-Z2-7]{4}(?: [A-Z2-7]{4}){3,7})(?![\w-])/dg,
  group: 0,
  validate: otpSeedGroups,
});

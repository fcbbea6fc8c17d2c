/**
 * Russian INN and SNILS named by the word AFTER them, as people dictate them in chats and call
 * notes: `1234 5678 9047 — это налоговый` (the tax number), `11223344595 — пенсионный` (the
 * pension, i.e. insurance, number: SNILS), `… страховой`. ru_inn and ru_snils read them after their
 * word. Runs only where the keyword index found `налогов`, `пенсион` or `страхов`; the word must
 * follow the number with only separators and a pronoun or two between (`— это`, `, мой`), and
 * the check digits decide.
 */
import { ruInnPersonValid, ruSnilsValid } from '../validators-national.js';
import { digitsOnly } from '../validators.js';
import { regexDetector } from './helpers.js';

const L = '(?<![\\w.,/+-])';
const R = '(?![\\w]|[.,/-]\\d)';
const AFTER = 32;

/** Whether `word` follows `end` in the lower-cased text, after separators and a pronoun or two. */
function wordAfter(lower: string, end: number, word: RegExp): boolean {
  return word.test(lower.slice(end, end + AFTER));
}
const BETWEEN = '^[\\s,:—–-]{0,4}(?:(?:это|мой|моя|мое|моё|его|её|ее|тоже|и|а)\\s+){0,2}';
const TAX_WORD = new RegExp(`${BETWEEN}налогов`);
const PENSION_WORD = new RegExp(`${BETWEEN}(?:пенсион|страхов)`);

export const ruInnWordAfter = regexDetector({
  id: 'ru_inn_word_after',
  entity: 'RU_INN',
  description: 'Russia personal taxpayer numbers (ИНН) named by a word after them (налоговый)',
  validation: '12 digits, bare or 4-4-4, the ru_inn check digits; `налогов…` right after (separators, `это`, `мой` between)',
  context: true,
  example: '1234 5678 9047 — это налоговый',
  keywords: ['налогов'],
  prefilter: (s) => s.digitRun >= 4,
  pattern: new RegExp(`${L}(?:\\d{12}|\\d{4} \\d{4} \\d{4})${R}`, 'g'),
  validate: (v, scan, start) => (ruInnPersonValid(v) && wordAfter(scan.lower(), start + v.length, TAX_WORD) ? digitsOnly(v) : undefined),
});

export const ruSnilsWordAfter = regexDetector({
  id: 'ru_snils_word_after',
  entity: 'RU_SNILS',
  description: 'Russia insurance account numbers (СНИЛС) named by a word after them (пенсионный, страховой)',
  validation:
    '11 digits, bare or grouped NNN-NNN-NNN NN, the ru_snils check number; `пенсион…` / `страхов…` right after (separators, `это`, `мой` between)',
  context: true,
  example: '11223344595 — пенсионный',
  keywords: ['пенсион', 'страхов'],
  prefilter: (s) => s.digitRun >= 3,
  pattern: new RegExp(`${L}\\d{3}([ -]?)\\d{3}\\1\\d{3}[ -]?\\d{2}${R}`, 'g'),
  validate: (v, scan, start) => (ruSnilsValid(v) && wordAfter(scan.lower(), start + v.length, PENSION_WORD) ? digitsOnly(v) : undefined),
});

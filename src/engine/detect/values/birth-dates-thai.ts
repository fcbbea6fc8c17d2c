import { contextBefore, keywordRegex } from '../context.js';
import { plausibleBirthDate } from '../validators.js';
import { regexDetector } from './helpers.js';

/**
 * Thai dates of birth as Thai records and chats write them: day, Thai month name (full or
 * abbreviated), year of the Buddhist era (พ.ศ., CE + 543) or CE, in ASCII or Thai digits
 * (`เกิดวันที่ ๑๒ เมษายน ๒๕๒๘`, `วันเกิด 3 ม.ค. 2530`). Read only after a Thai birth word
 * (เกิด: born, วันเกิด: birthday) within 40 characters before the date; the keyword index finds
 * เกิด first, so text without it costs nothing here. Reported as the CE date (YYYY-MM-DD): one
 * token with the same date written elsewhere.
 */
const THAI_MONTHS: readonly (readonly string[])[] = [
  ['มกราคม', 'ม.ค.'],
  ['กุมภาพันธ์', 'ก.พ.'],
  ['มีนาคม', 'มี.ค.'],
  ['เมษายน', 'เม.ย.'],
  ['พฤษภาคม', 'พ.ค.'],
  ['มิถุนายน', 'มิ.ย.'],
  ['กรกฎาคม', 'ก.ค.'],
  ['สิงหาคม', 'ส.ค.'],
  ['กันยายน', 'ก.ย.'],
  ['ตุลาคม', 'ต.ค.'],
  ['พฤศจิกายน', 'พ.ย.'],
  ['ธันวาคม', 'ธ.ค.'],
];
const MONTH_OF = new Map(THAI_MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const MONTH = [...MONTH_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/\./g, '\\.'))
  .join('|');
// ASCII digits only: a date in Thai digits (`๑๒ เมษายน ๒๕๒๘`) is read through the shared digit
// folding (unicode-digits.ts), which the catalog runs this detector under as well.
const THAI_DATE = new RegExp(`(?<!\\d)(\\d{1,2}) ?(${MONTH}) ?(?:(?:พ\\.ศ\\.|ค\\.ศ\\.|พศ|คศ) ?)?(\\d{4})(?!\\d)`, 'g');
const BIRTH_WORDS = ['เกิด'];
const BIRTH_CONTEXT = keywordRegex(BIRTH_WORDS);
/** The Buddhist era runs 543 years ahead of the common era. */
const BUDDHIST_ERA_OFFSET = 543;

function parseThaiDate(v: string): string | undefined {
  const m = new RegExp(THAI_DATE.source).exec(v);
  if (m === null) return undefined;
  const day = Number(m[1]);
  const month = MONTH_OF.get(m[2]!) ?? 0;
  const written = Number(m[3]);
  const year = written > 2400 ? written - BUDDHIST_ERA_OFFSET : written;
  return plausibleBirthDate(year, month, day) ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
}

export const dateOfBirthThai = regexDetector({
  id: 'date_of_birth_thai',
  entity: 'DATE_OF_BIRTH',
  description:
    'Dates of birth with a Thai month name, in the Buddhist or the common era, in ASCII or Thai digits (folded by unicode_folded)',
  validation:
    'a calendar date that exists, year 1900–now after taking 543 from a Buddhist-era year, day and Thai month name (full or abbreviated); the birth word เกิด within 40 characters before',
  context: true,
  example: 'เกิดวันที่ 12 เมษายน 2528',
  keywords: BIRTH_WORDS,
  prefilter: (s) => s.text.length >= 12,
  pattern: THAI_DATE,
  validate: (v, scan, start) => (contextBefore(scan, start, BIRTH_CONTEXT) ? parseThaiDate(v) : undefined),
});

/**
 * National identifiers of Central Asia, the Balkans, South and West Asia written in records of
 * their own languages (red-team round 17): Kazakhstan ЖСН / ИИН, Bulgaria ЕГН and ЛНЧ, the
 * ex-Yugoslav ЈМБГ / ЕМБГ, Pakistan CNIC, Iran کد ملی, Bangladesh NID, Georgia's personal number
 * and Mongolia's register number. Each is digits with one check digit or none, which too many
 * other numbers pass alone, so each runs only where the engine's keyword index found one of its
 * words (Latin or local script) and reports a candidate only when that word ends within 40
 * characters before it. Persian, Urdu and Bengali digits reach them through values/unicode-digits.ts.
 */
import { allSameChar, digitsOnly } from '../validators.js';
import { keywordGatedDetector } from './gated.js';

const L = '(?<![\\w.,/+-])';
const R = '(?![\\w]|[.,/-]\\d)';

const digitAt = (d: string, i: number) => d.charCodeAt(i) - 48;
const weighted = (d: string, weights: readonly number[]) => weights.reduce((sum, w, i) => sum + w * digitAt(d, i), 0);

/** A day 1–31 and a month 1–12 (no calendar check: the check digit does the rest). */
function dayMonthPlausible(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** Kazakhstan IIN: YYMMDD, century-and-sex digit 1–6, 4 digits, check digit (weights 1..11, then 3..11,1,2). */
export function kzIinValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 12 || !dayMonthPlausible(Number(d.slice(4, 6)), Number(d.slice(2, 4)))) return false;
  const century = digitAt(d, 6);
  if (century < 1 || century > 6) return false;
  let check = weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11;
  if (check === 10) check = weighted(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11;
  return check !== 10 && check === digitAt(d, 11);
}

/** Bulgaria EGN: YYMMDD (month +20 for the 1800s, +40 for the 2000s), 3 digits, check digit mod 11 (10 → 0). */
export function bgEgnValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 10) return false;
  const month = Number(d.slice(2, 4)) % 20;
  if (!dayMonthPlausible(Number(d.slice(4, 6)), month) || Number(d.slice(2, 4)) > 52) return false;
  return (weighted(d, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10 === digitAt(d, 9);
}

/** Bulgaria personal number of a foreigner (ЛНЧ): 9 digits and a check digit (weights 21,19,17,13,11,9,7,3,1 mod 10). */
export function bgPnfValid(raw: string): boolean {
  const d = digitsOnly(raw);
  return d.length === 10 && !allSameChar(d) && weighted(d, [21, 19, 17, 13, 11, 9, 7, 3, 1]) % 10 === digitAt(d, 9);
}

/** JMBG / EMBG / EMŠO: DDMMYYY, region, serial, check digit 11 − (Σ weights 7..2,7..2 mod 11), 10 and 11 → 0. */
export function jmbgValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 13 || !dayMonthPlausible(Number(d.slice(0, 2)), Number(d.slice(2, 4)))) return false;
  const m = 11 - (weighted(d, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return (m > 9 ? 0 : m) === digitAt(d, 12);
}

/** Iran national code (کد ملی): 10 digits, check digit from Σ digit × 10..2 mod 11 (r < 2 → r, else 11 − r). */
export function irNationalCodeValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 10 || allSameChar(d)) return false;
  const r = weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return (r < 2 ? r : 11 - r) === digitAt(d, 9);
}

/** Pakistan CNIC: 13 digits (5 locality, 7 serial, 1 sex), the province digit 1–7. No check digit. */
function pkCnicPlausible(raw: string): boolean {
  const d = digitsOnly(raw);
  return d.length === 13 && d[0]! >= '1' && d[0]! <= '7' && !allSameChar(d.slice(5, 12));
}

/** Bangladesh NID: 10 digits (smart card), 13 digits, or 17 digits starting with the birth year. */
function bdNidPlausible(raw: string): boolean {
  const d = digitsOnly(raw);
  if (allSameChar(d)) return false;
  if (d.length === 17) return d.startsWith('19') || d.startsWith('20');
  return d.length === 10 || d.length === 13;
}

/** Mongolia register number: two letters (Cyrillic, or their Latin transliteration), YYMMDD (month +20 after 1999), 2 digits. */
function mnRegisterPlausible(raw: string): boolean {
  const d = raw.slice(2);
  return dayMonthPlausible(Number(d.slice(4, 6)), Number(d.slice(2, 4)) % 20);
}

export const kzIin = keywordGatedDetector({
  id: 'kz_iin',
  entity: 'KZ_IIN',
  description: 'Kazakhstan individual identification numbers (ЖСН / ИИН)',
  validation: 'YYMMDD, century-and-sex digit 1–6, check digit (weights 1..11, then 3..11,1,2, mod 11); a keyword (жсн, иин, iin) before',
  example: 'ЖСН 791028302728',
  // "My number" in Kazakh (Cyrillic and the Latin alphabet of 2021) introduces the IIN in chats.
  keywords: [
    'жсн',
    'иин',
    'iin',
    'жеке сәйкестендіру нөмірі',
    'индивидуальный идентификационный номер',
    'менің нөмірім',
    'meniń nómirim',
    'menin nomirim',
  ],
  gate: ['жсн', 'иин', 'iin', 'сәйкестендіру', 'идентификационный', 'нөмірім', 'nómirim', 'nomirim'],
  prefilter: (s) => s.digitRun >= 12,
  pattern: new RegExp(`${L}\\d{12}${R}`, 'g'),
  valid: kzIinValid,
});

export const bgEgn = keywordGatedDetector({
  id: 'bg_egn',
  entity: 'BG_EGN',
  description: 'Bulgaria unified civil numbers (ЕГН)',
  validation:
    'YYMMDD with the century in the month, 3 digits, check digit (weights 2,4,8,5,10,9,7,3,6 mod 11); a keyword (егн, egn) before',
  example: 'ЕГН 8032056031',
  keywords: ['егн', 'egn', 'единен граждански номер'],
  prefilter: (s) => s.digitRun >= 6,
  pattern: new RegExp(`${L}\\d{6} ?\\d{3} ?\\d${R}`, 'g'),
  valid: bgEgnValid,
});

export const bgPnf = keywordGatedDetector({
  id: 'bg_pnf',
  entity: 'BG_PNF',
  description: 'Bulgaria personal numbers of foreigners (ЛНЧ)',
  validation: '9 digits and a check digit (weights 21,19,17,13,11,9,7,3,1 mod 10); a keyword (лнч, lnch) before',
  example: 'ЛНЧ 7111 042 925',
  keywords: ['лнч', 'lnch', 'личен номер на чужденец'],
  prefilter: (s) => s.digitRun >= 3,
  pattern: new RegExp(`${L}\\d{4} ?\\d{3} ?\\d{3}${R}`, 'g'),
  valid: bgPnfValid,
});

export const jmbg = keywordGatedDetector({
  id: 'jmbg',
  entity: 'JMBG',
  description: 'Unique master citizen numbers of Serbia, North Macedonia, Bosnia, Montenegro and Slovenia (ЈМБГ, ЕМБГ, EMŠO)',
  validation: 'DDMMYYY, region, serial, check digit 11 − (Σ weights 7..2 twice mod 11); a keyword (јмбг, jmbg, ембг, emšo) before',
  example: 'ЈМБГ 0101006500006',
  keywords: ['јмбг', 'jmbg', 'ембг', 'embg', 'emšo', 'emso', 'матични број', 'матичен број'],
  // Also as typed in prose, DDMMYY-RRSSSS-C (`EMŠO je 010100-650000-6`).
  prefilter: (s) => s.digitRun >= 6,
  pattern: new RegExp(`${L}(?:\\d{13}|\\d{6}-\\d{6}-\\d)${R}`, 'g'),
  valid: jmbgValid,
});

export const pkCnic = keywordGatedDetector({
  id: 'pk_cnic',
  entity: 'PK_CNIC',
  description: 'Pakistan computerised national identity card numbers (CNIC, قومی شناختی کارڈ)',
  validation: '13 digits written 5-7-1 or bare, province digit 1–7 (no check digit); a keyword (cnic, شناختی) before',
  example: 'CNIC 34201-0891231-8',
  keywords: ['cnic', 'nicop', 'شناختی', 'شناختی کارڈ', 'قومی شناختی کارڈ'],
  prefilter: (s) => s.digitRun >= 5,
  pattern: new RegExp(`${L}(?:\\d{5}-\\d{7}-\\d|\\d{13})${R}`, 'g'),
  valid: pkCnicPlausible,
});

export const irNationalCode = keywordGatedDetector({
  id: 'ir_national_code',
  entity: 'IR_NATIONAL_CODE',
  description: 'Iran national codes (کد ملی, code melli)',
  validation: '10 digits, check digit from Σ digit × 10..2 mod 11; a keyword (کد ملی, شماره ملی, code melli) before',
  example: 'کد ملی 0499370899',
  keywords: ['کد ملی', 'کدملی', 'شماره ملی', 'code melli', 'melli code', 'national code'],
  gate: ['ملی', 'melli', 'national code'],
  prefilter: (s) => s.digitRun >= 10,
  pattern: new RegExp(`${L}\\d{10}${R}`, 'g'),
  valid: irNationalCodeValid,
});

export const bdNid = keywordGatedDetector({
  id: 'bd_nid',
  entity: 'BD_NID',
  description: 'Bangladesh national identity card numbers (জাতীয় পরিচয়পত্র, NID)',
  validation: '10, 13 or 17 digits (17: the birth year first), no check digit; a keyword (nid, জাতীয় পরিচয়পত্র, এনআইডি) before',
  example: 'NID 19902692817000123',
  keywords: ['nid', 'nid no', 'জাতীয় পরিচয়পত্র', 'এনআইডি'],
  prefilter: (s) => s.digitRun >= 10,
  pattern: new RegExp(`${L}(?:\\d{17}|\\d{13}|\\d{10})${R}`, 'g'),
  valid: bdNidPlausible,
});

export const gePersonalNumber = keywordGatedDetector({
  id: 'ge_personal_number',
  entity: 'GE_PERSONAL_NUMBER',
  description: 'Georgia personal numbers (პირადი ნომერი)',
  validation: '11 digits, not one repeated digit (no check digit); a keyword (პირადი ნომერი, პ/ნ) before',
  example: 'პირადი ნომერი 01024054321',
  keywords: ['პირადი ნომერი', 'პირადი', 'პ/ნ'],
  gate: ['პირადი', 'პ/ნ'],
  prefilter: (s) => s.digitRun >= 11,
  pattern: new RegExp(`${L}\\d{11}${R}`, 'g'),
  valid: (v) => !allSameChar(digitsOnly(v)),
});

export const mnRegisterNumber = keywordGatedDetector({
  id: 'mn_register_number',
  entity: 'MN_REGISTER_NUMBER',
  description: 'Mongolia civil register numbers (регистрийн дугаар): two letters and 8 digits',
  validation: 'two Cyrillic letters (or their Latin transliteration), YYMMDD, 2 digits; a keyword (регистр, registr) before',
  example: 'Регистрийн дугаар УБ90010112',
  keywords: ['регистр', 'регистрийн дугаар', 'registr', 'register number'],
  gate: ['регистр', 'registr', 'register number'],
  prefilter: (s) => s.digitRun >= 8,
  pattern: /(?<![\p{L}\d])[А-ЯЁӨҮA-Z]{2}\d{8}(?![\p{L}\d])/gu,
  valid: mnRegisterPlausible,
});

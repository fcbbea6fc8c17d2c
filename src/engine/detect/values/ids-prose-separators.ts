/**
 * National identifiers as people type them in chats and transcripts, with separators or casing the
 * documents' own detectors do not read (red-team round 20), each after its word within 40
 * characters (values/gated.ts) and, where the id has one, its check digit:
 *
 * - Latvia personas kods `161175 19997` / `161175-19997` (DDMMYY, 4 digits, check digit);
 * - Ireland PPS lower-case or with a space, `6433435 f` (the PPS check letter);
 * - Peru DNI with its check character, `10117410-2` (SUNAT / RENIEC check digit or letter);
 * - Paraguay / Colombia cédula with dots, `3.456.789` (no check digit: only after `cédula` / `C.I.`);
 * - Rwanda NID in its printed groups, `1 1990 8 0012345 0 12` (citizen class, birth year, sex 7/8);
 * - Azerbaijan FIN, `5ZK7R2A` (7 capitals and digits, both present, after `FIN kod`);
 * - Slovenia davčna številka in groups, `SI 5022 3054` (8 digits, mod-11 check digit).
 */
import { allSameChar, digitsOnly } from '../validators.js';
import { iePpsValid } from '../validators-national.js';
import { keywordGatedDetector } from './gated.js';

const L = '(?<![\\w.,/+-])';
const R = '(?![\\w]|[.,/-]\\d)';

const weightedSum = (d: string, weights: readonly number[]): number => weights.reduce((sum, w, i) => sum + w * Number(d[i]), 0);

/**
 * Latvia personas kods (python-stdnum lv.pvn): 11 digits, check digit (1 + Σ weights
 * 10,5,8,4,2,1,6,3,7,9) mod 11 mod 10; the codes issued since 2017 start with 32 and carry no date.
 */
export function lvPersonalCodeValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 11 || allSameChar(d)) return false;
  if (!d.startsWith('32')) {
    const day = Number(d.slice(0, 2));
    const month = Number(d.slice(2, 4));
    if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  }
  return ((1 + weightedSum(d, [10, 5, 8, 4, 2, 1, 6, 3, 7, 9])) % 11) % 10 === Number(d[10]);
}

/** Peru DNI with its check character (python-stdnum pe.cui): Σ weights 3,2,7,6,5,4,3,2 mod 11 indexes `65432110987` or `KJIHGFEDCBA`. */
export function peDniCheckValid(raw: string): boolean {
  const m = /^(\d{8})-?([0-9A-Ka-k])$/.exec(raw);
  if (!m || allSameChar(m[1]!)) return false;
  const r = weightedSum(m[1]!, [3, 2, 7, 6, 5, 4, 3, 2]) % 11;
  const check = m[2]!.toUpperCase();
  return '65432110987'[r] === check || 'KJIHGFEDCBA'[r] === check;
}

export const lvPersonalCode = keywordGatedDetector({
  id: 'lv_personal_code',
  entity: 'NATIONAL_ID',
  description: 'Latvia personal codes (personas kods) in prose, with a dash, a space or none',
  validation:
    'DDMMYY (or 32…), 5 digits, check digit (1 + Σ weights 10,5,8,4,2,1,6,3,7,9) mod 11 mod 10; personas kods within 40 characters before',
  example: 'personas kods 161175 19997',
  keywords: ['personas kods', 'personas kodu', 'personas koda'],
  gate: ['personas'],
  prefilter: (s) => s.digitRun >= 5,
  pattern: new RegExp(`${L}\\d{6}[- ]?\\d{5}${R}`, 'g'),
  valid: lvPersonalCodeValid,
});

/** The PPS as typed: a space before the check letter, or the letters in lower case (upper-case compact PPS is ie_pps). */
export const iePpsTyped = keywordGatedDetector({
  id: 'ie_pps_typed',
  entity: 'IE_PPS',
  description: 'Ireland PPS numbers typed lower-case or with a space before the letters',
  validation: 'the PPS check letter (weights 8..2, plus 9 × a second letter A, B or H, mod 23); pps within 40 characters before',
  example: 'my PPS is 6433435 f',
  keywords: ['pps', 'ppsn'],
  prefilter: (s) => s.digitRun >= 7,
  pattern: /(?<![\w-])\d{7}(?: [A-Wa-w][ABHWTXabhwtx]?|[a-w][abhwtx]?)(?![\w])/g,
  valid: (v) => iePpsValid(v.replace(' ', '')),
});

export const peDniChecked = keywordGatedDetector({
  id: 'pe_dni_checked',
  entity: 'NATIONAL_ID',
  description: 'Peru DNI numbers written with their check character (NNNNNNNN-C)',
  validation: '8 digits, a dash, the check digit or letter (Σ weights 3,2,7,6,5,4,3,2 mod 11); dni within 40 characters before',
  example: 'DNI 10117410-2',
  keywords: ['dni', 'd.n.i'],
  prefilter: (s) => s.digitRun >= 8,
  pattern: /(?<![\w.,/+-])\d{8}-[0-9A-Ka-k](?![\w]|[.,/-]\d)/g,
  valid: peDniCheckValid,
});

export const cedulaDotted = keywordGatedDetector({
  id: 'cedula_dotted',
  entity: 'NATIONAL_ID',
  description: 'Identity card numbers (cédula de identidad: Paraguay, Colombia, Venezuela) written with dots',
  validation:
    '7 or 8 digits as N.NNN.NNN or NN.NNN.NNN, not one repeated digit (no check digit); cédula or C.I. within 40 characters before',
  example: 'cédula 3.456.789',
  keywords: ['cédula', 'cedula', 'c.i.', 'c.i'],
  gate: ['cédula', 'cedula', 'c.i'],
  prefilter: (s) => s.numeric,
  pattern: new RegExp(`${L}\\d{1,2}\\.\\d{3}\\.\\d{3}${R}`, 'g'),
  valid: (v) => !allSameChar(digitsOnly(v)),
});

export const rwNid = keywordGatedDetector({
  id: 'rw_nid',
  entity: 'NATIONAL_ID',
  description: 'Rwanda national id numbers (indangamuntu), compact or in their printed groups',
  validation:
    '16 digits: class 1–3, birth year 19xx/20xx, sex 7 or 8, 7-digit serial, issue digit, 2 digits; indangamuntu or nid within 40 characters before',
  example: 'indangamuntu 1 1990 8 0012345 0 12',
  keywords: ['indangamuntu', 'nid', 'national id', 'irangamuntu'],
  gate: ['indangamuntu', 'nid', 'national', 'irangamuntu'],
  prefilter: (s) => s.digitRun >= 4,
  pattern: /(?<![\w.,/+-])[1-3]( ?)(?:19|20)\d{2}\1[78]\1\d{7}\1\d\1\d{2}(?![\w]|[.,/-]\d)/g,
  valid: (v) => !allSameChar(digitsOnly(v).slice(6, 13)),
});

/** A FIN has both letters and digits; a word of 7 capitals or a 7-digit number is something else. */
const FIN_MIXED = /^(?=.*\d)(?=.*[A-Z])[0-9A-Z]{7}$/;

export const azFin = keywordGatedDetector({
  id: 'az_fin',
  entity: 'NATIONAL_ID',
  description: 'Azerbaijan personal identification codes (FİN kod) in prose',
  validation: '7 capitals and digits, both present; FİN / FIN kod within 40 characters before',
  example: 'FİN kodum 5ZK7R2A',
  // `FİN` lower-cases to `fi` + U+0307 (combining dot above) + `n`.
  keywords: ['fin kod', 'fi\u0307n kod', 'fin code'],
  gate: ['fin kod', 'fi\u0307n kod', 'fin code'],
  prefilter: (s) => s.capitalDigit,
  pattern: /(?<![\w-])[0-9A-Z]{7}(?![\w-])/g,
  valid: (v) => FIN_MIXED.test(v),
});

/** Slovenia tax number (python-stdnum si.ddv): 8 digits, first not 0, check 11 − (Σ weights 8..2 mod 11), 10 → 0, 11 invalid. */
export function siTaxNumberValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 8 || d[0] === '0') return false;
  const c = 11 - (weightedSum(d, [8, 7, 6, 5, 4, 3, 2]) % 11);
  return c !== 11 && (c === 10 ? 0 : c) === Number(d[7]);
}

export const siTaxNumberGrouped = keywordGatedDetector({
  id: 'si_tax_number_grouped',
  entity: 'NATIONAL_ID',
  description: 'Slovenia tax numbers (davčna številka) written in groups of four, with or without SI',
  validation: '8 digits as NNNN NNNN, first not 0, mod-11 check digit; davčna within 40 characters before',
  example: 'davčna SI 5022 3054',
  keywords: ['davčna', 'davcna', 'davčna številka', 'ddv'],
  gate: ['davčna', 'davcna', 'ddv'],
  prefilter: (s) => s.digitRun >= 7,
  pattern: /(?<![\w.,/+-])(?:SI ?)?\d{4} \d{4}(?![\w]|[ .,/-]\d)/g,
  valid: siTaxNumberValid,
});

/**
 * National identifiers of the Americas, Asia, Africa and the Middle East (besides those in
 * national-ids.ts and us-ids.ts), UK driving licences and passports of any country. Identifiers
 * with letters in fixed places (CURP, RFC, Taiwan, MBI, UK licence) or a long dated structure with
 * a check digit (China) are found alone; digit-only numbers with one check digit, or none, need a
 * context word.
 */
import { contextBefore } from '../context.js';
import {
  aeEmiratesIdValid,
  arCuitValid,
  clRutValid,
  cnResidentIdValid,
  hkIdValid,
  grAmkaValid,
  idNikValid,
  ilIdValid,
  jpMyNumberValid,
  mxCurpValid,
  mxRfcValid,
  ruInnPersonValid,
  ruSnilsValid,
  thIdValid,
  twIdValid,
  uaRnokppValid,
  ukDrivingLicenceValid,
  usMbiValid,
  vnCccdValid,
  zaIdValid,
} from '../validators-national.js';
import { allSameChar, digitsOnly, luhnValid } from '../validators.js';
import { keywordGatedDetector } from './gated.js';
import { regexDetector } from './helpers.js';
import { compactId, contextKeywords, hasUpperCode, numericWindows, upperWindows, windowedDetector } from './shared.js';

const L = '(?<![\\w.,/+-])';
const R = '(?![\\w]|[.,/-]\\d)';

/** A number with no check digit: only not one repeated digit. */
const notRepeated = (v: string) => !allSameChar(digitsOnly(v));

export const ilId = keywordGatedDetector({
  id: 'il_id',
  entity: 'IL_ID',
  description: 'Israel identity numbers (Teudat Zehut)',
  validation: 'up to 9 digits (zero-padded), Luhn-style check digit (weights 1, 2 with digit sums)',
  example: 'teudat zehut 039337423',
  // Round 23: with the article (`מספר תעודת הזהות שלי`) and as the form labels it (`מספר זהות`).
  keywords: ['teudat zehut', 'zehut', 'israeli id', 'israel id', 'תעודת זהות', 'תעודת הזהות', 'מספר זהות', 'ת.ז', 'ת"ז'],
  // Leftovers of round 23: `tz` (teudat zehut) as the column of a SQL condition or a form field
  // (`WHERE tz = '039337423'`, `tz: …`); the check digit does the rest. Not `tz` in prose (a time zone).
  label: { re: /(?<![\w.])tz\s{0,2}(?:==?|:)\s{0,2}['"]?$/, keywords: ['tz'] },
  prefilter: (s) => s.digitRun >= 8,
  pattern: new RegExp(`${L}(?:\\d{7,8}-\\d|\\d{8,9})${R}`, 'g'),
  valid: ilIdValid,
});

export const zaId = keywordGatedDetector({
  id: 'za_id',
  entity: 'ZA_ID',
  description: 'South Africa identity numbers',
  validation:
    'YYMMDD a real date, gender sequence, citizenship 0 or 1, Luhn; a keyword (id, id number, sa id) within 40 characters before, or a subject= / ref: label right before',
  example: 'ID number 7503305044089',
  // A bare `ID` too (`Hi, ID 8804125123080 here`): the date, the citizenship digit and Luhn decide.
  keywords: ['south african id', 'rsa id', 'sa id', 'za id', 'id', 'id number', 'identity number', 'id no', 'identity no'],
  gate: ['african', 'rsa', 'number', 'id'],
  // A bureau client's or a verification log's `subject=` / `ref:` label (leftovers of red-team
  // round 28: `enquiry ok subject=9507160151085`): no keyword in prose, but a member's label.
  label: { re: /(?<![\w.])(?:subject|subject_ref|subjectref|reference|ref)\s{0,2}[=:]\s{0,2}['"]?$/i, keywords: ['subject', 'ref'] },
  prefilter: (s) => s.digitRun >= 13,
  pattern: new RegExp(`${L}\\d{6}( ?)\\d{4}\\1\\d{3}${R}`, 'g'),
  valid: zaIdValid,
});

export const ngNin = keywordGatedDetector({
  id: 'ng_nin',
  entity: 'NG_NIN',
  description: 'Nigeria National Identification Numbers',
  validation: '11 digits, not one repeated digit (no published check digit); a keyword (nin, nimc) within 40 characters before',
  example: 'NIN 12345678901',
  keywords: ['nin', 'nimc', 'national identification number'],
  prefilter: (s) => s.digitRun >= 11,
  pattern: new RegExp(`${L}\\d{11}${R}`, 'g'),
  valid: notRepeated,
});

/**
 * Nigeria Bank Verification Numbers (CBN): 11 digits, no published check digit, the same shape as
 * a NIN, so read only after `bvn` (red-team round 20: `My BVN na 22154839076` in a support chat).
 * NATIONAL_ID, as the field name `bvn` is.
 */
export const ngBvn = keywordGatedDetector({
  id: 'ng_bvn',
  entity: 'NATIONAL_ID',
  description: 'Nigeria Bank Verification Numbers (BVN)',
  validation: '11 digits, not one repeated digit (no published check digit); a keyword (bvn) within 40 characters before',
  example: 'BVN 22154839076',
  keywords: ['bvn', 'bank verification number'],
  prefilter: (s) => s.digitRun >= 11,
  pattern: new RegExp(`${L}\\d{11}${R}`, 'g'),
  valid: notRepeated,
});

export const mxCurp = windowedDetector({
  id: 'mx_curp',
  entity: 'MX_CURP',
  description: 'Mexico CURP (Clave Única de Registro de Población)',
  validation:
    '4 letters, YYMMDD a real date, sex H/M/X, state code, 3 consonants, homoclave, check digit (weighted mod 10 over 0–9A–N&O–Z)',
  context: false,
  example: 'BOXW310820HNERXN09',
  windows: upperWindows,
  minDigits: 7,
  requires: 'capital_digit',
  prefilter: (s) => s.text.length >= 18 && hasUpperCode(s),
  pattern: /(?<![\w-])[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d(?![\w])/g,
  validate: (v) => (mxCurpValid(v) ? v : undefined),
});

const RFC = contextKeywords(['rfc', 'registro federal de contribuyentes']);

export const mxRfc = windowedDetector({
  id: 'mx_rfc',
  entity: 'MX_RFC',
  description: 'Mexico tax ids (RFC)',
  validation:
    '3 (companies) or 4 (people) letters, YYMMDD a real date, 2-character homoclave, check character mod 11; alone when the check character is right, with a keyword (rfc) nearby when it is not (older RFCs)',
  context: false,
  example: 'GODE561231GR8',
  windows: upperWindows,
  minDigits: 6,
  requires: 'capital_digit',
  prefilter: (s) => hasUpperCode(s),
  pattern: /(?<![\w-])[A-Z&]{3,4}[ -]?\d{6}[ -]?[0-9A-Z]{2}[0-9A](?![\w])/g,
  validate: (v, scan, start) => {
    const compact = compactId(v);
    if (mxRfcValid(compact)) return compact;
    if (!/^[A-Z&]{3,4}\d{6}[0-9A-Z]{3}$/.test(compact) || !contextBefore(scan, start, RFC.re)) return undefined;
    const d = compact.slice(-9, -3);
    const month = Number(d.slice(2, 4));
    const day = Number(d.slice(4, 6));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? compact : undefined;
  },
});

export const arDni = keywordGatedDetector({
  id: 'ar_dni',
  entity: 'AR_DNI',
  description: 'Argentina national identity document numbers (DNI)',
  validation: '7 or 8 digits (NN.NNN.NNN), not one repeated digit (no check digit); a keyword (dni, documento) within 40 characters before',
  example: 'DNI 20.123.456',
  keywords: ['dni', 'd.n.i', 'documento nacional', 'documento'],
  prefilter: (s) => s.numeric,
  pattern: new RegExp(`${L}\\d{1,2}(\\.?)\\d{3}\\1\\d{3}${R}`, 'g'),
  valid: notRepeated,
});

const CUIT = contextKeywords(['cuit', 'cuil', 'cdi']);

export const arCuit = windowedDetector({
  id: 'ar_cuit',
  entity: 'AR_CUIT',
  description: 'Argentina tax and labour ids (CUIT / CUIL)',
  validation:
    'prefix 20, 23, 24, 27, 30, 33 or 34, 8 digits, mod-11 check digit; written NN-NNNNNNNN-N alone, 11 bare digits with a keyword (cuit, cuil) nearby',
  context: false,
  example: '20-05536168-2',
  windows: numericWindows,
  minDigits: 11,
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 11,
  pattern: new RegExp(`${L}(?:\\d{2}-\\d{8}-\\d|\\d{11})${R}`, 'g'),
  validate: (v, scan, start) => {
    if (!arCuitValid(v)) return undefined;
    if (!v.includes('-') && !contextBefore(scan, start, CUIT.re)) return undefined;
    return digitsOnly(v);
  },
});

const RUT = contextKeywords(['rut', 'run', 'rol único tributario', 'rol unico tributario', 'rol único nacional']);

export const clRut = windowedDetector({
  id: 'cl_rut',
  entity: 'CL_RUT',
  description: 'Chile RUT / RUN',
  validation:
    '7–8 digits, a dash and a check character (mod 11, 10 = K); written NN.NNN.NNN-C alone, NNNNNNNN-C with a keyword (rut, run) nearby',
  context: false,
  example: '12.531.909-2',
  windows: numericWindows,
  minDigits: 7,
  requires: 'numeric',
  // Every accepted form has the dash before the check character.
  prefilter: (s) => s.numeric && s.text.includes('-'),
  pattern: /(?<![\w.,/+-])(?:\d{1,2}\.\d{3}\.\d{3}-[\dkK]|\d{7,8}-[\dkK])(?![\w]|[.,/-]\d)/g,
  validate: (v, scan, start) => {
    if (!clRutValid(v)) return undefined;
    if (!/^\d{1,2}\.\d{3}\.\d{3}-[\dkK]$/.test(v) && !contextBefore(scan, start, RUT.re)) return undefined;
    return compactId(v);
  },
});

export const cnResidentId = windowedDetector({
  id: 'cn_resident_id',
  entity: 'CN_RESIDENT_ID',
  description: 'China resident identity card numbers',
  validation: 'province code (GB/T 2260), YYYYMMDD a real date from 1900, 3-digit sequence, ISO 7064 MOD 11-2 check character (X = 10)',
  context: false,
  example: '360426199101010071',
  windows: numericWindows,
  minDigits: 17,
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 17,
  pattern: new RegExp(`${L}[1-9]\\d{16}[\\dXx]${R}`, 'g'),
  validate: (v) => (cnResidentIdValid(v) ? v.toUpperCase() : undefined),
});

/**
 * A resident id written in its three parts, region 6-8-4 date-sequence (`440304 19870612 4532`, as
 * people type it into chats and forms; red-team round 38): the region code, the real date and the
 * MOD 11-2 check character over the compacted number prove it without a word.
 */
export const cnResidentIdGrouped = regexDetector({
  id: 'cn_resident_id_grouped',
  entity: 'CN_RESIDENT_ID',
  description: 'China resident identity card numbers written 6-8-4 with blanks or dashes',
  validation:
    'region 6 digits, YYYYMMDD a real date from 1900, 3 digits and the check character, one blank or dash between the parts; cn_resident_id checks over the compacted number',
  context: false,
  example: '360426 19910101 0071',
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 8 && s.text.length >= 20,
  pattern: /(?<![\w.,/+-])[1-9]\d{5}([ -])(?:19|20)\d{6}\1\d{3}[\dXx](?![\w]|[.,/-]\d)/g,
  validate: (v) => {
    const compact = v.replace(/[ -]/g, '');
    return cnResidentIdValid(compact) ? compact.toUpperCase() : undefined;
  },
});

export const jpMyNumber = keywordGatedDetector({
  id: 'jp_my_number',
  entity: 'JP_MY_NUMBER',
  description: 'Japan Individual Numbers (My Number)',
  validation: '12 digits, check digit (−Σ weights 6..2,7..2 mod 11) mod 10',
  example: 'My Number 6214 9832 0257',
  keywords: ['my number', 'mynumber', 'individual number', 'マイナンバー', '個人番号', 'kojin bango'],
  gate: ['number', 'マイナンバー', '個人番号', 'kojin'],
  // Leftovers of round 23: the bare `番号` ("number") as the label of a tax or payroll form line
  // (`氏名=鈴木一郎,番号=…`); not after another word of its compound (`電話番号`, `会員番号`).
  label: { re: /(?<![\p{L}\p{M}])番号\s{0,2}[=:：]\s{0,2}$/u, keywords: ['番号'] },
  prefilter: (s) => s.digitRun >= 12,
  pattern: new RegExp(`${L}\\d{4}([ -]?)\\d{4}\\1\\d{4}${R}`, 'g'),
  valid: jpMyNumberValid,
});

export const twId = windowedDetector({
  id: 'tw_id',
  entity: 'TW_ID',
  description: 'Taiwan national identification numbers',
  validation:
    'region letter, 1 or 2 (8 or 9 for residents), 8 digits; the letter as two digits, weights 1, 9, 8..1, 1, sum divisible by 10',
  context: false,
  example: 'A123456789',
  windows: upperWindows,
  minDigits: 9,
  requires: 'capital_digit',
  prefilter: (s) => hasUpperCode(s),
  pattern: /(?<![\w-])[A-Z][1289]\d{8}(?![\w])/g,
  validate: (v) => (twIdValid(v) ? v : undefined),
});

export const hkHkid = regexDetector({
  id: 'hk_hkid',
  entity: 'HK_HKID',
  description: 'Hong Kong identity card numbers, check character in brackets',
  validation: '1–2 letters, 6 digits, check character 0–9 or A in brackets (Σ weights 9..2 + check ≡ 0 mod 11)',
  context: false,
  example: 'A123456(3)',
  requires: 'capital_digit',
  prefilter: (s) => s.capitalDigit && s.text.includes('('),
  pattern: /(?<![\w-])[A-Z]{1,2}\d{6}\([0-9A]\)/g,
  validate: (v) => (hkIdValid(v) ? compactId(v).replace(/[()]/g, '') : undefined),
});

export const hkHkidBare = keywordGatedDetector({
  id: 'hk_hkid_bare',
  entity: 'HK_HKID',
  description: 'Hong Kong identity card numbers written without brackets',
  validation: '1–2 letters, 6 digits, check character 0–9 or A (mod 11)',
  example: 'HKID A1234563',
  keywords: ['hkid', 'hong kong id', 'hong kong identity', '身份證'],
  prefilter: (s) => s.capitalDigit,
  pattern: /(?<![\w-])[A-Z]{1,2}\d{6}[0-9A](?![\w])/g,
  valid: hkIdValid,
});

const THAI = contextKeywords(['thai id', 'national id', 'id card', 'citizen id', 'เลขประจำตัวประชาชน', 'บัตรประชาชน', 'เลขบัตร']);

export const thId = windowedDetector({
  id: 'th_id',
  entity: 'TH_ID',
  description: 'Thailand personal identification numbers',
  validation:
    '13 digits, first 1–8, check digit (11 − Σ weights 13..2 mod 11) mod 10; written N-NNNN-NNNNN-NN-N alone, other forms with a keyword nearby',
  context: false,
  example: '1-2345-45678-78-1',
  windows: numericWindows,
  minDigits: 13,
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 13,
  pattern: new RegExp(`${L}(?:\\d-\\d{4}-\\d{5}-\\d{2}-\\d|\\d{13}|\\d( )\\d{4}\\1\\d{5}\\1\\d{2}\\1\\d)${R}`, 'g'),
  validate: (v, scan, start) => {
    if (!thIdValid(v)) return undefined;
    if (!v.includes('-') && !contextBefore(scan, start, THAI.re)) return undefined;
    return digitsOnly(v);
  },
});

export const phPhilsys = keywordGatedDetector({
  id: 'ph_philsys',
  entity: 'PH_PHILSYS',
  description: 'Philippines PhilSys numbers (PSN)',
  validation: '16 digits (4-4-4-4), not one repeated digit; a keyword (philsys, psn, philid) within 40 characters before',
  example: 'PhilSys 1234-5678-9012-3456',
  keywords: ['philsys', 'psn', 'philid'],
  prefilter: (s) => s.digitRun >= 16,
  pattern: new RegExp(`${L}\\d{4}([ -]?)\\d{4}\\1\\d{4}\\1\\d{4}${R}`, 'g'),
  valid: notRepeated,
});

export const phUmid = keywordGatedDetector({
  id: 'ph_umid',
  entity: 'PH_UMID',
  description: 'Philippines UMID common reference numbers (CRN)',
  validation: '12 digits (4-7-1), not one repeated digit; a keyword (umid, crn) within 40 characters before',
  example: 'UMID CRN 0028-1234567-9',
  keywords: ['umid', 'crn'],
  prefilter: (s) => s.digitRun >= 12,
  pattern: new RegExp(`${L}\\d{4}([ -]?)\\d{7}\\1\\d${R}`, 'g'),
  valid: notRepeated,
});

export const phSss = keywordGatedDetector({
  id: 'ph_sss',
  entity: 'PH_SSS',
  description: 'Philippines Social Security System numbers',
  validation: '10 digits (2-7-1), not one repeated digit; a keyword (sss) within 40 characters before',
  example: 'SSS no. 34-1234567-8',
  keywords: ['sss'],
  prefilter: (s) => s.digitRun >= 10,
  pattern: new RegExp(`${L}\\d{2}([ -]?)\\d{7}\\1\\d${R}`, 'g'),
  valid: notRepeated,
});

export const phTin = keywordGatedDetector({
  id: 'ph_tin',
  entity: 'PH_TIN',
  description: 'Philippines taxpayer identification numbers (BIR TIN)',
  validation:
    '9 digits and a 3–5 digit branch code (NNN-NNN-NNN-NNN), not one repeated digit; a keyword (bir tin) within 40 characters before',
  example: 'BIR TIN 123-456-789-000',
  keywords: ['bir tin', 'tin no', 'tin'],
  prefilter: (s) => s.digitRun >= 12,
  pattern: new RegExp(`${L}\\d{3}([ -]?)\\d{3}\\1\\d{3}\\1\\d{3,5}${R}`, 'g'),
  valid: notRepeated,
});

export const idNik = keywordGatedDetector({
  id: 'id_nik',
  entity: 'ID_NIK',
  description: 'Indonesia population identity numbers (NIK, on the KTP)',
  validation:
    'province code 11–94, regency and district codes, DDMMYY a real date (women: day + 40), serial not 0000; a keyword (nik, ktp) within 40 characters before',
  example: 'NIK 3171011708450001',
  keywords: ['nik', 'ktp', 'nomor induk kependudukan', 'e-ktp'],
  prefilter: (s) => s.digitRun >= 16,
  pattern: new RegExp(`${L}\\d{16}${R}`, 'g'),
  valid: idNikValid,
});

// `member` too (round 30): payers' eligibility replies name the beneficiary the member
// (`for member 1EG4TE5MK73`); the layout's fixed letter and digit places keep words out.
const MBI = contextKeywords(['mbi', 'medicare', 'beneficiary', 'member']);

export const usMbi = windowedDetector({
  id: 'us_mbi',
  entity: 'US_MBI',
  description: 'US Medicare Beneficiary Identifiers',
  validation:
    'CMS format: 11 characters, digit 1–9, letters and digits in fixed places, no S, L, O, I, B, Z; written NNNN-NNN-NNNN alone, 11 bare characters with a keyword (mbi, medicare) nearby',
  context: false,
  example: '1EG4-TE5-MK73',
  windows: upperWindows,
  minDigits: 5,
  requires: 'capital_digit',
  prefilter: (s) => hasUpperCode(s),
  // Also right after a percent escape (`…/sid/us-mbi%7C1EG4TE5MK73`, a FHIR token in a URL).
  pattern: /(?:(?<=%[0-9A-Fa-f]{2})|(?<![\w-]))[1-9][A-Z][A-Z0-9]\d(-?)[A-Z][A-Z0-9]\d\1[A-Z]{2}\d{2}(?![\w])/g,
  validate: (v, scan, start) => {
    if (!usMbiValid(v)) return undefined;
    if (!v.includes('-') && !contextBefore(scan, start, MBI.re)) return undefined;
    return compactId(v);
  },
});

export const ukDrivingLicence = windowedDetector({
  id: 'uk_driving_licence',
  entity: 'DRIVER_LICENSE',
  description: 'UK (Great Britain) driving licence numbers',
  validation:
    'DVLA structure: 5 surname characters (9-padded), decade, month (+50 for women), day, year digit a real date, 2 initials, a digit, 2 check letters; run together or in the printed groups 5 / 6 / 5',
  context: false,
  example: 'MORGA753116SM9IJ',
  windows: upperWindows,
  minDigits: 7,
  requires: 'capital_digit',
  prefilter: (s) => s.text.length >= 16 && hasUpperCode(s),
  // Also in the three groups the card prints (`MORGA 753116 SM9IJ`, red-team rounds 47 and 48).
  pattern: /(?<![\w-])[A-Z][A-Z9]{4}( ?)\d{6}\1[A-Z][A-Z9]\d[A-Z]{2}(?:\d{2})?(?![\w])/g,
  validate: (v) => {
    const compact = v.replace(/ /g, '').slice(0, 16);
    return ukDrivingLicenceValid(compact) ? compact : undefined;
  },
});

export const passport = keywordGatedDetector({
  id: 'passport',
  entity: 'PASSPORT',
  description: 'Passport numbers of other countries (UK, DE, FR, ES, IT, IN, CN, CA, …)',
  validation:
    'national book-number shapes (9 digits, or 8 within 12 characters after the passport word on its line; 1–3 letters and 6–8 digits; 2 digits, 2 letters, 5 digits; the German 9-character serial; the Dutch 2 letters, 6 letters or digits and a digit; at least 2 digits); a keyword (passport, reisepass, passeport, pasaporte…) within 40 characters before',
  example: 'Reisepass C01X00T47',
  keywords: [
    'passport',
    'reisepass',
    'passnummer',
    'passeport',
    'pasaporte',
    'passaporto',
    'paspoort',
    'passaporte',
    'pass-nr',
    'पासपोर्ट',
    '护照',
    '旅券',
  ],
  prefilter: (s) => s.hasDigit,
  // Round 55: the letters and the seven digits of a book apart by a blank right after the passport
  // word (`my passport no is EA 1234567`), as travellers type them.
  // Round 41: Swedish, Finnish and Danish books are 8 digits (only close after the passport word,
  // on its line: a CSV header's PASSPORT_NO is not the label of the next row's confirmation
  // number), Dutch ones two letters, six letters or digits and a digit (the specimen SPECI2014).
  pattern:
    /(?<![\w-])(?:[A-Z]{1,3}\d{6,8}|\d{9}|(?<=(?:[Pp]ass(?:port)?|PASS(?:PORT)?|[Pp]aspoort|[Pp]asseport|[Pp]asaporte|[Pp]assaporto|[Rr]eisepass)[^\n\d]{0,12})\d{8}|\d{2}[A-Z]{2}\d{5}|[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}|[A-Z]{2}[A-Z0-9]{6}\d|(?<=(?:[Pp]assport|PASSPORT)(?: (?:no\.?|number|#))?(?: is|:)? )[A-Z]{1,2} \d{7})(?![\w]|-\d)/g,
  valid: (v) => /\d.*\d/.test(v) && notRepeated(v),
});

// Identifiers of records written in Russian, Ukrainian, Greek, Arabic and Vietnamese (red-team
// round 10): digit-only numbers whose check digits (or structure) pass too many other numbers
// alone, so a keyword in Latin or local script must stand before them.

export const ruInn = keywordGatedDetector({
  id: 'ru_inn',
  entity: 'RU_INN',
  description: 'Russia personal taxpayer numbers (ИНН of a person)',
  validation:
    '12 digits, bare or in 4-4-4 groups, two check digits (weights 7,2,4,10,3,5,9,4,6,8 and 3,7,2,4,10,3,5,9,4,6,8, mod 11 mod 10); a keyword (инн, inn) within 40 characters before',
  example: 'ИНН 123456789047',
  keywords: ['инн', 'inn', 'идентификационный номер налогоплательщика', 'taxpayer number'],
  prefilter: (s) => s.digitRun >= 4,
  // Dictated or copied from a card, the number comes in 4-4-4 groups too (`ИНН 1234 5678 9047`).
  pattern: new RegExp(`${L}(?:\\d{12}|\\d{4} \\d{4} \\d{4})${R}`, 'g'),
  valid: ruInnPersonValid,
});

export const ruSnils = keywordGatedDetector({
  id: 'ru_snils',
  entity: 'RU_SNILS',
  description: 'Russia insurance account numbers (СНИЛС)',
  validation:
    '9 digits and a 2-digit check number (Σ digit × 9..1, mod 101, 100 → 00), written NNN-NNN-NNN NN or bare; a keyword (снилс, snils) within 40 characters before',
  example: 'СНИЛС 112-233-445 95',
  keywords: ['снилс', 'snils', 'страховой номер'],
  prefilter: (s) => s.digitRun >= 11,
  pattern: new RegExp(`${L}\\d{3}([ -]?)\\d{3}\\1\\d{3}[ -]?\\d{2}${R}`, 'g'),
  valid: ruSnilsValid,
});

export const uaRnokpp = keywordGatedDetector({
  id: 'ua_rnokpp',
  entity: 'UA_RNOKPP',
  description: 'Ukraine individual taxpayer numbers (РНОКПП, ex-ІПН)',
  validation:
    '10 digits, check digit from the weights −1,5,7,9,4,6,10,5,7 (mod 11 mod 10); a keyword (рнокпп, іпн, rnokpp) within 40 characters before',
  example: 'РНОКПП 1759013776',
  keywords: ['рнокпп', 'іпн', 'ипн', 'rnokpp', 'ідентифікаційний код', 'ідентифікаційний номер'],
  prefilter: (s) => s.digitRun >= 2,
  // Dictated, the number comes in pairs too (python-stdnum ua.rntrc format: `25 30 41 40 71`).
  pattern: new RegExp(`${L}(?:\\d{10}|\\d{2}(?: \\d{2}){4})${R}`, 'g'),
  valid: uaRnokppValid,
});

export const grAmka = keywordGatedDetector({
  id: 'gr_amka',
  entity: 'GR_AMKA',
  description: 'Greece social security numbers (ΑΜΚΑ)',
  validation: 'DDMMYY a real date, 4 digits, Luhn; a keyword (amka, αμκα) within 40 characters before',
  example: 'ΑΜΚΑ 01013099997',
  keywords: ['amka', 'αμκα', 'α.μ.κ.α'],
  prefilter: (s) => s.digitRun >= 11,
  pattern: new RegExp(`${L}\\d{11}${R}`, 'g'),
  valid: grAmkaValid,
});

export const vnCccd = keywordGatedDetector({
  id: 'vn_cccd',
  entity: 'VN_CCCD',
  description: 'Vietnam citizen identity numbers (CCCD, 12 digits)',
  validation:
    'province code 001–096, century/sex digit, birth year, serial (no check digit); a keyword (cccd, căn cước, cmnd) within 40 characters before',
  example: 'CCCD 001090012345',
  keywords: ['cccd', 'căn cước', 'can cuoc', 'cmnd', 'số định danh'],
  prefilter: (s) => s.digitRun >= 12,
  pattern: new RegExp(`${L}\\d{12}${R}`, 'g'),
  valid: vnCccdValid,
});

const EMIRATES = contextKeywords(['emirates id', 'emirates identity', 'eid', 'هوية', 'الهوية', 'رقم الهوية']);

/**
 * Saudi Arabia national id (citizens, first digit 1) and iqama (residents, 2): 10 digits whose last
 * is a Luhn check digit over the first nine (the check Absher and the NIC apply), after a word for
 * the id within 40 characters (`رقم الهوية`, `الإقامة`, `السجل المدني`, `iqama`). Masked as
 * NATIONAL_ID, the entity of those words as field names, so a value gets one token either way.
 */
export const saNationalId = keywordGatedDetector({
  id: 'sa_national_id',
  entity: 'NATIONAL_ID',
  description: 'Saudi Arabia national id and iqama numbers',
  validation:
    '10 digits, 1 (citizen) or 2 (resident) first, Luhn check digit; a keyword (هوية, إقامة, السجل المدني, iqama) within 40 characters before',
  example: 'iqama 2045678915',
  keywords: ['هوية', 'الهوية', 'رقم الهوية', 'إقامة', 'الإقامة', 'اقامة', 'الاقامة', 'السجل المدني', 'iqama', 'saudi id'],
  prefilter: (s) => s.digitRun >= 10,
  pattern: new RegExp(`${L}[12]\\d{9}${R}`, 'g'),
  valid: (v) => luhnValid(v) && !allSameChar(v.slice(1)),
});

/** Egypt's governorate codes, digits 8–9 of the national number (Civil Status Organization; 88 born abroad). */
const EG_GOVERNORATES = new Set('01 02 03 04 11 12 13 14 15 16 17 18 19 21 22 23 24 25 26 27 28 29 31 32 33 34 35 88'.split(' '));
/**
 * Egypt national number (الرقم القومي): 14 digits, the century (2 for 1900s, 3 for 2000s), the birth
 * date YYMMDD, the governorate of birth, a 4-digit serial (odd for men) and a check digit whose rule
 * is not published; the date and the governorate are checked.
 */
export function egNationalIdValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 14 || (d[0] !== '2' && d[0] !== '3')) return false;
  const month = Number(d.slice(3, 5));
  const day = Number(d.slice(5, 7));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && EG_GOVERNORATES.has(d.slice(7, 9));
}

export const egNationalId = keywordGatedDetector({
  id: 'eg_national_id',
  entity: 'NATIONAL_ID',
  description: 'Egypt national numbers (الرقم القومي)',
  validation:
    '14 digits: century 2 or 3, a real month and day, a governorate code; a keyword (الرقم القومي, رقم قومي, national id) within 40 characters before',
  example: 'الرقم القومي 29003070123457',
  keywords: ['الرقم القومي', 'الرقم القومى', 'رقم قومي', 'القومي', 'القومى', 'national id', 'egyptian id'],
  gate: ['قومي', 'قومى', 'national', 'egyptian'],
  prefilter: (s) => s.digitRun >= 14,
  pattern: new RegExp(`${L}[23]\\d{13}${R}`, 'g'),
  valid: egNationalIdValid,
});

/**
 * Russian internal passport series and number after the word (`паспорт 4510 654321`, `паспорт
 * 45 10 654321`, `4508123456`): 4 digits of series (region and year of issue) and 6 of number, no
 * check digit, so only within 40 characters after `паспорт` / `серия и номер`.
 */
export const ruPassport = keywordGatedDetector({
  id: 'ru_passport',
  entity: 'PASSPORT',
  description: 'Russia internal passport series and numbers after their word',
  validation:
    '4-digit series (as 4, 2 2 or bare) and 6-digit number, not one repeated digit; a keyword (паспорт, серия и номер) within 40 characters before',
  example: 'паспорт 4510 654321',
  keywords: ['паспорт', 'паспорта', 'паспортные данные', 'серия и номер'],
  gate: ['паспорт', 'серия'],
  // `4011 № 123456` has no stretch of 7 digits and blanks: any digit, after the keyword.
  prefilter: (s) => s.hasDigit,
  pattern: new RegExp(`${L}\\d{2} ?\\d{2} ?(?:№ ?)?\\d{6}${R}`, 'g'),
  valid: notRepeated,
});

/** Greece ΑΦΜ (python-stdnum gr.vat): 9 digits, Σ digit × 2^(8−i) over the first 8, mod 11 mod 10. */
export function grAfmValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 9 || allSameChar(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * 2 ** (8 - i);
  return (sum % 11) % 10 === Number(d[8]);
}

export const grAfm = keywordGatedDetector({
  id: 'gr_afm',
  entity: 'NATIONAL_ID',
  description: 'Greece taxpayer numbers (ΑΦΜ) after their word',
  validation: '9 digits, mod-11 check digit (weights 2^8…2); a keyword (αφμ, afm) within 40 characters before',
  example: 'ΑΦΜ 094259216',
  keywords: ['αφμ', 'α.φ.μ', 'afm'],
  prefilter: (s) => s.digitRun >= 9,
  pattern: new RegExp(`${L}\\d{9}${R}`, 'g'),
  valid: grAfmValid,
});

/**
 * Russia ОМС policy numbers (единый номер полиса, 16 digits since 2011), bare or in groups of four,
 * after `полис` / `ОМС` / `ЕНП`; the check digit's rule is not public, so only the word decides.
 */
export const ruOmsPolicy = keywordGatedDetector({
  id: 'ru_oms_policy',
  entity: 'INSURANCE_POLICY_NUMBER',
  description: 'Russia compulsory health insurance (ОМС) policy numbers after their word',
  validation: '16 digits, bare or 4-4-4-4, not one repeated digit; a keyword (полис, омс, енп) within 40 characters before',
  example: 'полис ОМС 7798 8908 2200 0159',
  keywords: ['полис', 'омс', 'енп'],
  prefilter: (s) => s.digitRun >= 4,
  pattern: new RegExp(`${L}\\d{4}( ?)\\d{4}\\1\\d{4}\\1\\d{4}${R}`, 'g'),
  valid: notRepeated,
});

/** India ABHA numbers (Ayushman Bharat Health Account, ABDM): 14 digits written 2-4-4-4, after their word. */
export const inAbha = keywordGatedDetector({
  id: 'in_abha',
  entity: 'NATIONAL_ID',
  description: 'India ABHA health account numbers after their word',
  validation:
    '14 digits, 2-4-4-4 with dashes or blanks or bare, not one repeated digit; a keyword (abha, आभा, health id) within 40 characters before',
  example: 'ABHA 91-2345-6789-0123',
  keywords: ['abha', 'आभा', 'health id'],
  prefilter: (s) => s.digitRun >= 2,
  pattern: new RegExp(`${L}\\d{2}([- ]?)\\d{4}\\1\\d{4}\\1\\d{4}${R}`, 'g'),
  valid: notRepeated,
});

export const aeEmiratesId = windowedDetector({
  id: 'ae_emirates_id',
  entity: 'AE_EMIRATES_ID',
  description: 'UAE Emirates ID numbers',
  validation:
    '784 (UAE), the birth year, a 7-digit serial, Luhn check digit; written 784-YYYY-NNNNNNN-C alone, 15 bare digits with a keyword (emirates id, eid, هوية) nearby',
  context: false,
  example: '784-1968-6570305-0',
  windows: numericWindows,
  minDigits: 15,
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 15 && s.text.indexOf('784') !== -1,
  pattern: new RegExp(`${L}784(?:-\\d{4}-\\d{7}-\\d|\\d{12})${R}`, 'g'),
  validate: (v, scan, start) => {
    if (!aeEmiratesIdValid(v)) return undefined;
    if (!v.includes('-') && !contextBefore(scan, start, EMIRATES.re)) return undefined;
    return digitsOnly(v);
  },
});

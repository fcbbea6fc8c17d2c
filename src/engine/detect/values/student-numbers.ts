/**
 * National learner numbers that carry their own check (red-team round 38): England's Unique Pupil
 * Number (UPN, DfE), the Unique Learner Number of the Learning Records Service (ULN) and
 * Australia's Unique Student Identifier (USI). The UPN's check letter and local-authority prefix
 * let it stand alone (school census rows, common transfer files); the ULN and the USI have only a
 * check digit, so they need their word before them.
 */
import { keywordGatedDetector } from './gated.js';
import { regexDetector } from './helpers.js';

/** UPN check letters: A–Z without I, O and S, valued 0–22. */
const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * England UPN (DfE "Unique pupil numbers" guidance): a check letter, the 3-digit local-authority
 * number (201 and up), the 4-digit establishment number, 2 digits of the year and a 3-digit
 * serial; the letter is Σ digit × weight (2..13) mod 23. Temporary UPNs (a letter at the end) are
 * not read.
 */
export function gbUpnValid(raw: string): boolean {
  if (!/^[A-Z]\d{12}$/.test(raw) || Number(raw.slice(1, 4)) < 201) return false;
  let sum = 0;
  for (let i = 1; i < 13; i++) sum += Number(raw[i]) * (i + 1);
  return UPN_LETTERS[sum % 23] === raw[0];
}

/** ULN (LRS): 10 digits, the first not 0; the last is 10 − (Σ digit × weight 10..2 mod 11), never 10. */
export function gbUlnValid(raw: string): boolean {
  if (!/^[1-9]\d{9}$/.test(raw)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(raw[i]) * (10 - i);
  const check = 10 - (sum % 11);
  return check <= 9 && check === Number(raw[9]);
}

/** USI characters: digits 2–9 and A–Z without I and O (32 symbols). */
const USI_CHARS = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** USI (USI Registry): 10 characters of USI_CHARS with a letter and a digit; Luhn mod 32 check character. */
export function auUsiValid(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[2-9A-HJ-NP-Z]{10}$/.test(s) || !/\d/.test(s) || !/[A-Z]/.test(s)) return false;
  const n = USI_CHARS.length;
  let sum = 0;
  let factor = 1;
  for (let i = s.length - 1; i >= 0; i--) {
    let v = factor * USI_CHARS.indexOf(s[i]!);
    v = Math.floor(v / n) + (v % n);
    sum += v;
    factor = factor === 1 ? 2 : 1;
  }
  return sum % n === 0;
}

export const gbUpn = regexDetector({
  id: 'gb_upn',
  entity: 'STUDENT_ID',
  description: 'England Unique Pupil Numbers (UPN)',
  validation: 'a check letter (no I, O, S), a local-authority number from 201, 9 more digits; the letter is Σ digit × weight 2..13 mod 23',
  context: false,
  example: 'B801200005001',
  requires: 'capital_digit',
  prefilter: (s) => s.digitRun >= 12 && s.capitalDigit,
  pattern: /(?<![\w-])[A-HJ-NP-RT-Z]\d{12}(?![\w])/g,
  validate: (v) => (gbUpnValid(v) ? v : undefined),
});

/** A UPN and a separator, at the end of what it is tested on. */
const UPN_BEFORE = /(?<![\w-])([A-HJ-NP-RT-Z]\d{12})[ \t]*[/,;|\t][ \t]*$/;

/**
 * A ULN written right after a pupil's UPN (`B801200005001 / 2739405188`, `…,H330204519117,6350182943`):
 * school MIS transfer logs and awarding-body entry files pair the two without their words. The
 * valid UPN before is the word; the ULN's own check digit decides.
 */
export const gbUlnAfterUpn = regexDetector({
  id: 'gb_uln_after_upn',
  entity: 'STUDENT_ID',
  description: 'UK Unique Learner Numbers (ULN) written right after an England UPN',
  validation:
    '10 digits, mod-11 check digit (weights 10..2), right after a valid UPN and one separator (/ , ; | or a tab, blanks around it)',
  context: true,
  example: 'B801200005001 / 9123456786',
  requires: 'capital_digit',
  prefilter: (s) => s.digitRun >= 12 && s.capitalDigit,
  pattern: /(?<![\w-])[A-HJ-NP-RT-Z]\d{12}[ \t]*[/,;|\t][ \t]*([1-9]\d{9})(?!\w)/dg,
  group: 1,
  validate: (v, scan, start) => {
    if (!gbUlnValid(v)) return undefined;
    const upn = UPN_BEFORE.exec(scan.text.slice(Math.max(0, start - 24), start));
    return upn !== null && gbUpnValid(upn[1]!) ? v : undefined;
  },
});

export const gbUln = keywordGatedDetector({
  id: 'gb_uln',
  entity: 'STUDENT_ID',
  description: 'UK Unique Learner Numbers (ULN) after their word',
  validation: '10 digits, mod-11 check digit (weights 10..2); a keyword (uln, unique learner number) within 40 characters before',
  example: 'ULN 9123456786',
  keywords: ['uln', 'unique learner number'],
  gate: ['uln', 'learner'],
  prefilter: (s) => s.digitRun >= 10,
  pattern: /(?<![\w.,/+-])[1-9]\d{9}(?![\w]|[.,/-]\d)/g,
  valid: gbUlnValid,
});

export const auUsi = keywordGatedDetector({
  id: 'au_usi',
  entity: 'STUDENT_ID',
  description: 'Australia Unique Student Identifiers (USI) after their word',
  validation:
    '10 characters of 2–9 and A–Z without I and O, a letter and a digit, Luhn mod 32 check character; a keyword (usi, unique student identifier) within 40 characters before',
  example: 'USI BNGH7C75FN',
  keywords: ['usi', 'unique student identifier'],
  gate: ['usi', 'student identifier'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w-])[2-9A-HJ-NP-Za-hj-np-z]{10}(?![\w])/g,
  valid: auUsiValid,
});

/**
 * Student Finance England / SLC's Customer Reference Number (red-team round 80: `crn 31470582963`
 * in a support chat, `Customer Reference Number: …` in a letter): 11 digits, no public check
 * rule, so the word is the evidence. `crn` also names a Philippine UMID (12 digits), a UK company
 * number (8 characters) and a Korean business number (10 digits); only 11 digits are read here.
 */
export const gbSlcCrn = keywordGatedDetector({
  id: 'gb_slc_crn',
  entity: 'STUDENT_ID',
  description: 'Student Finance (SLC) Customer Reference Numbers after their word',
  validation: '11 digits, not one repeated digit; a keyword (crn, customer reference number) within 40 characters before',
  example: 'CRN 31470582963',
  keywords: ['crn', 'customer reference number', 'customer reference no'],
  gate: ['crn', 'customer reference'],
  prefilter: (s) => s.digitRun >= 11,
  pattern: /(?<![\w.,/+-])\d{11}(?![\w]|[.,/-]\d)/g,
  valid: (v) => !/^(\d)\1{10}$/.test(v),
});

/**
 * A student's institutional number written after its word in tickets, chats and agent traces:
 * `student_number 100462190`, `Student ID: S-2027-00419`, `Banner ID A00417723` (Ellucian),
 * `UCAS Personal ID 1234567890`, `SAT reg number is 5038812371`. The id: 5–15 letters, digits or
 * dashes with a digit, after an optional `is`, `:`, `=`, `#` or `no.`.
 */
export const studentIdInText = regexDetector({
  id: 'student_id_in_text',
  entity: 'STUDENT_ID',
  description: 'Student numbers written after their word (student id / number, Banner ID, UCAS Personal ID, SAT / ACT registration number)',
  validation:
    'student id / student number / student no / student #, banner id, sis id, emplid, ucas (personal) id, sat / act / psat registration number (any case, any separator), then an identifier of 5–15 letters, digits or dashes with at least one digit',
  context: true,
  example: 'Banner ID A00417723',
  // Literals every match contains; not `sis` (analysis, basis) or `reg` (region, register) alone.
  keywords: [
    'student',
    'banner',
    'sis id',
    'sis_id',
    'sis-id',
    'sisid',
    'emplid',
    'ucas',
    'sat reg',
    'act reg',
    'sat_reg',
    'act_reg',
    'sat-reg',
    'act-reg',
  ],
  prefilter: (s) => s.hasDigit,
  pattern:
    /(?<![A-Za-z])(?:student[ _-]?(?:id|number|no\.?|#)|banner[ _-]?id|sis[ _-]?id|emplid|ucas(?: personal)? id|(?:sat|act|psat) reg(?:istration)?[ _-]?(?:number|no\.?|#))(?:[ \t]?(?:is|:|=|#|no\.?))?[ \t]?([A-Z0-9][A-Z0-9-]{4,14})(?![\w-])/dgi,
  group: 1,
  validate: (v) => (/\d/.test(v) ? v : undefined),
});

/**
 * France's identifiant national étudiant (INE, 11 characters: 9 digits, a digit or letter, a
 * letter) after its word; it has no public check rule, so the word is the evidence.
 */
export const frIne = keywordGatedDetector({
  id: 'fr_ine',
  entity: 'STUDENT_ID',
  description: 'France student national identifiers (INE) after their word',
  validation:
    '9 digits, a digit or letter, a letter (INE-RNIE / INE-BEA layouts); a keyword (ine, identifiant national étudiant) within 40 characters before',
  example: 'INE 0923418765K',
  keywords: ['ine', 'identifiant national etudiant', 'identifiant national étudiant'],
  gate: ['ine', 'identifiant national'],
  prefilter: (s) => s.digitRun >= 9,
  pattern: /(?<![\w-])\d{9}[0-9A-Za-z][A-Za-z](?![\w])/g,
  valid: () => true,
});

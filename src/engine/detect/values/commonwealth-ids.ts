/**
 * Health and national identifiers of Commonwealth countries that no other detector reads (red-team
 * round 28): New Zealand NHI, Australia IHI, Ontario health cards with their version code, Ghana
 * Card PINs, India ABHA addresses, Malaysian MyKad numbers, Kenyan KRA PINs of individuals and
 * Singapore NRIC / FIN numbers typed in lower case. Each is gated by a literal or a keyword the
 * engine's keyword index finds, so strings without one pay nothing.
 */
import { contextBefore } from '../context.js';
import { nhsValid, sgNricValid } from '../validators-ids.js';
import { digitsOnly, luhnValid } from '../validators.js';
import { keywordGatedDetector } from './gated.js';
import { regexDetector } from './helpers.js';
import { contextKeywords } from './shared.js';

/** NHI letters: A–Z without I and O, valued 1–24 (Ministry of Health NHI validation rules). */
const NHI_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * New Zealand National Health Index, the format issued until 2019 (AAANNNC): three letters without
 * I or O, three digits, a check digit: Σ value × (7,6,5,4,3,2) mod 11, not 0; 11 − it, 10 read as 0.
 */
export function nzNhiValid(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[A-HJ-NP-Z]{3}\d{4}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const c = s[i]!;
    const v = i < 3 ? NHI_LETTERS.indexOf(c) + 1 : Number(c);
    sum += v * (7 - i);
  }
  const rest = sum % 11;
  if (rest === 0) return false;
  return (11 - rest) % 10 === Number(s[6]);
}

export const nzNhi = keywordGatedDetector({
  id: 'nz_nhi',
  entity: 'NATIONAL_ID',
  description: 'New Zealand National Health Index numbers after their word',
  validation:
    'three letters (no I or O), three digits and a mod-11 check digit (the format issued until 2019), any case; a keyword (nhi, national health index) within 40 characters before',
  example: 'NHI ZZZ0016',
  keywords: ['nhi', 'national health index'],
  // Not `national` (the longest word of the phrase) for the keyword index: prose is full of it.
  gate: ['nhi', 'health index'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w-])[A-Za-z]{3}\d{4}(?![\w])/g,
  valid: nzNhiValid,
});

/**
 * New Zealand IRD (Inland Revenue) number, 8 or 9 digits: between 10,000,000 and 150,000,000, its
 * last digit Σ digit × (3,2,7,6,5,4,3,2) mod 11 read as 11 − rest (0 at 0), with the second
 * weights (7,4,3,2,5,2,7,6) where the first give 10 (Inland Revenue's validation rules, as
 * python-stdnum nz.ird implements them).
 */
export function nzIrdValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 8 && d.length !== 9) return false;
  const n = Number(d);
  if (!(n > 10_000_000 && n < 150_000_000)) return false;
  const body = d.slice(0, -1).padStart(8, '0');
  const check = (weights: readonly number[]): number => {
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += weights[i]! * Number(body[i]);
    return (11 - (sum % 11)) % 11;
  };
  let c = check([3, 2, 7, 6, 5, 4, 3, 2]);
  if (c === 10) c = check([7, 4, 3, 2, 5, 2, 7, 6]);
  return c === Number(d[d.length - 1]);
}

/**
 * A New Zealand IRD number after its word (red-team round 67: a Xero contact's history note
 * `…; IRD 49-098-576`, a payroll note `ird no 136410133`): written 2-3-3 / 3-3-3 with dashes or
 * blanks, or bare.
 */
export const nzIrd = keywordGatedDetector({
  id: 'nz_ird',
  entity: 'NATIONAL_ID',
  description: 'New Zealand IRD (Inland Revenue) numbers after their word',
  validation:
    '8 or 9 digits between 10,000,000 and 150,000,000 with the mod-11 check digit (two weight sets); ird within 40 characters before',
  example: 'IRD 49-098-576',
  keywords: ['ird', 'inland revenue'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w.+-])(?:\d{2,3}([ -])\d{3}\1\d{3}|\d{8,9})(?![\w]|[.,/-]\d)/g,
  valid: nzIrdValid,
});

/**
 * Australia Individual Healthcare Identifiers: 16 digits, the issuer prefix 800360 (HPI-I and
 * HPI-O, providers' numbers, are 800361 / 800362), Luhn; bare or 4-4-4-4. The prefix is specific
 * enough to need no word: the IHI stands alone in My Health Record access logs and CSV rows.
 */
export const auIhi = regexDetector({
  id: 'au_ihi',
  entity: 'NATIONAL_ID',
  description: 'Australia Individual Healthcare Identifiers (IHI)',
  validation: '16 digits starting 800360 (bare or 4-4-4-4), Luhn check digit',
  context: false,
  example: '8003 6081 6669 0503',
  keywords: ['8003'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w.+/-])8003( ?)60\d\d\1\d{4}\1\d{4}(?![\w]|[.,/-]\d)/g,
  validate: (v) => {
    const d = digitsOnly(v);
    return luhnValid(d) ? d : undefined;
  },
});

const OHIP_WORDS = contextKeywords(['ohip', 'health card', 'health number', 'health no', 'health card number']).re;

/**
 * Ontario health card numbers (OHIP): 10 digits (4-3-3), Luhn, with or without the two-letter
 * version code printed after them (`4586-123-798-AB`), after a health-card word.
 */
export const caOhip = regexDetector({
  id: 'ca_ohip',
  entity: 'NATIONAL_ID',
  description: 'Ontario health card numbers, with their version code, after their word',
  validation:
    '10 digits (4-3-3 with blanks or dashes, or bare), Luhn, an optional two-letter version code; a keyword (ohip, health card, health number) within 40 characters before',
  context: true,
  example: 'health card 4586-123-798-AB',
  keywords: ['ohip', 'health'],
  prefilter: (s) => s.digitRun >= 3,
  pattern: /(?<![\w.,/+-])\d{4}([ -]?)\d{3}\1\d{3}(?:[ -]?[A-Za-z]{2})?(?![\w]|[.,/-]\d)/g,
  validate: (v, scan, start) => {
    const d = digitsOnly(v);
    if (d.length !== 10 || !luhnValid(d) || !contextBefore(scan, start, OHIP_WORDS)) return undefined;
    return v.toUpperCase().replace(/[ -]/g, '');
  },
});

/**
 * Ghana Card PINs (National Identification Authority): `GHA-` + 9 digits + `-` + a check digit,
 * also written without the dashes. The `GHA` prefix makes a word needless.
 */
export const ghCard = regexDetector({
  id: 'gh_card',
  entity: 'NATIONAL_ID',
  description: 'Ghana Card personal identification numbers',
  validation: 'GHA, 9 digits and a check digit, with or without the dashes (GHA-XXXXXXXXX-X)',
  context: false,
  example: 'GHA-712345678-3',
  keywords: ['gha'],
  prefilter: (s) => s.hasDigit && s.text.indexOf('GHA') !== -1,
  pattern: /(?<![\w-])GHA(?:-\d{9}-|\d{9})\d(?![\w])/g,
  validate: (v) => v.replace(/-/g, ''),
});

/**
 * India ABHA addresses (ABDM health ids, `name@abdm`, `name@sbx` in the sandbox): the handle is the
 * tell, as `@okicici` is a UPI id's.
 */
export const inAbhaAddress = regexDetector({
  id: 'in_abha_address',
  entity: 'NATIONAL_ID',
  description: 'India ABHA addresses (name@abdm)',
  validation: '3 to 32 letters, digits, dots or underscores, then @abdm or @sbx, not inside a longer address',
  context: false,
  example: 'meena.devi1978@abdm',
  keywords: ['@abdm', '@sbx'],
  prefilter: (s) => s.text.indexOf('@abdm') !== -1 || s.text.indexOf('@sbx') !== -1,
  pattern: /(?<![\w.@-])[A-Za-z0-9][A-Za-z0-9._]{2,31}@(?:abdm|sbx)(?![\w@-]|\.[A-Za-z])/g,
  validate: (v) => v.toLowerCase(),
});

/** MyKad place-of-birth codes (JPN): states 01–16, 21–59, foreign countries 60–68, 71–72, 74–79, 82–93, 98–99. */
function myPlaceCode(n: number): boolean {
  return (
    (n >= 1 && n <= 16) ||
    (n >= 21 && n <= 59) ||
    (n >= 60 && n <= 68) ||
    n === 71 ||
    n === 72 ||
    (n >= 74 && n <= 79) ||
    (n >= 82 && n <= 93) ||
    n === 98 ||
    n === 99
  );
}

/** A MyKad number: YYMMDD a real date (either century), a place-of-birth code, 4 digits. */
export function myMykadValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 12) return false;
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (day > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!) return false;
  return myPlaceCode(Number(d.slice(6, 8)));
}

export const myMykad = keywordGatedDetector({
  id: 'my_mykad',
  entity: 'NATIONAL_ID',
  description: 'Malaysia MyKad numbers after their word',
  validation:
    'YYMMDD a real date, a place-of-birth code (JPN list), 4 digits; 6-2-4 with dashes or bare; a keyword (mykad, nric, ic, kad pengenalan) within 40 characters before',
  example: 'MyKad 770305-02-1234',
  keywords: ['mykad', 'nric', 'ic no', 'ic number', 'i/c', 'kad pengenalan', 'no kp'],
  // Not a bare `ic` for the keyword index: it is inside most English sentences (`public`, `topic`).
  gate: ['mykad', 'nric', 'ic no', 'ic_no', 'ic number', 'i/c', 'kad pengenalan', 'no kp'],
  prefilter: (s) => s.digitRun >= 4,
  pattern: /(?<![\w.,/+-])\d{6}(-?)\d{2}\1\d{4}(?![\w]|[.,/-]\d)/g,
  valid: myMykadValid,
});

/** Kenya KRA PINs of individuals: `A`, 9 digits, a letter (non-individuals' start with `P`). */
export const keKraPin = keywordGatedDetector({
  id: 'ke_kra_pin',
  entity: 'NATIONAL_ID',
  description: 'Kenya KRA PINs of individuals after their word',
  validation: 'A, 9 digits, a letter, any case; a keyword (kra, pin, itax) within 40 characters before',
  example: 'KRA PIN A004416331M',
  keywords: ['kra', 'pin', 'itax'],
  // `pin` with what follows it for the keyword index (not `spinning`, `pinned`).
  gate: ['kra', 'itax', 'pin ', 'pin:', 'pin=', 'pin no', 'pin_no'],
  prefilter: (s) => s.digitRun >= 9,
  pattern: /(?<![\w-])[Aa]\d{9}[A-Za-z](?![\w])/g,
  valid: () => true,
});

const NRIC_WORDS = contextKeywords(['nric', 'fin', 'ic', 'ic no', 'uinfin', 'singpass']).re;

/**
 * Singapore NRIC / FIN numbers typed in lower or mixed case (`ic s7712398i`), after their word;
 * sg_nric reads the printed upper-case form.
 */
export const lowerCaseSgNric = regexDetector({
  id: 'sg_nric_lower_case',
  entity: 'SG_NRIC',
  description: 'Singapore NRIC/FIN numbers typed in lower or mixed case, after their word',
  validation:
    'the sg_nric check letter after upper-casing; at least one lower-case letter; a keyword (nric, fin, ic) within 40 characters before',
  context: true,
  example: 'nric s7712398i',
  // `fin` and `ic` with what follows them (not `final`, `public`) for the keyword index.
  keywords: ['nric', 'uinfin', 'singpass', 'fin ', 'fin:', 'fin=', ' ic ', 'ic:', 'ic=', 'ic no'],
  prefilter: (s) => s.digitRun >= 7,
  pattern: /(?<![\w-])[STFGMstfgm]\d{7}[A-Za-z](?![\w])/g,
  validate: (v, scan, start) => {
    if (!/[a-z]/.test(v)) return undefined;
    const upper = v.toUpperCase();
    return sgNricValid(upper) && contextBefore(scan, start, NRIC_WORDS) ? upper : undefined;
  },
});

/**
 * An NHS number as a patient resource's id in a URL path (red-team round 28: `GET
 * /api/v2/patients/2503894569/appointments`): GP system and PDS-style APIs address a patient by
 * it. Evidence required: the path segment `patient` / `patients` right before, 10 digits filling
 * the segment, and the NHS mod-11 check digit (10 never issued), which 1 in 11 other ids pass.
 */
export const ukNhsPatientPath = regexDetector({
  id: 'uk_nhs_patient_path',
  entity: 'UK_NHS',
  description: 'UK NHS numbers as the patient id of a URL path',
  validation: '10 digits filling the path segment after /patient/ or /patients/, NHS mod-11 check digit',
  context: true,
  example: 'GET /fhir/Patient/9434765919/$everything',
  keywords: ['patient/', 'patients/'],
  prefilter: (s) => s.digitRun >= 10,
  pattern: /(?<=\/[Pp]atients?\/)\d{10}(?=[/?#;\s"',]|$)/g,
  validate: (v) => (nhsValid(v) ? v : undefined),
});

const KE_ID_WORDS = contextKeywords(['id no', 'id number', 'id card', 'national id', 'huduma']);
/**
 * What says a record is Kenyan, anywhere in the text (lower case): a KRA PIN (`A` or `P`, 9
 * digits, a letter), the words KRA, Huduma, M-Pesa, Safaricom, KES / KSh, Kenya or its largest
 * cities.
 */
const KENYAN_RECORD =
  /(?<![\w-])[ap]\d{9}[a-z](?![\w])|(?<![a-z])(?:kenya|nairobi|mombasa|kisumu|nakuru|eldoret|huduma|kra|m-?pesa|safaricom|kes|ksh)(?![a-z])/;

/** A record's own id word (`claim id no`, `order id number`): the number is the record's. */
const RECORD_ID_BEFORE =
  /(?<![a-z])(?:claim|case|order|ticket|invoice|policy|transaction|txn|booking|tracking|request|session|device|merchant|store|batch|job|task|item|product)[ _.-]?id/;

/**
 * Kenyan national identity card numbers after an id word (red-team round 28: `client pin
 * a004416331m, id no 27654321, lives … Nairobi`): 7 or 8 digits with no check digit, so `id no`
 * alone would take claim and case numbers too. Evidence required: the id word within 40
 * characters before (not a record's, `claim id no`), and a sign anywhere in the text that the record is Kenyan (KENYAN_RECORD).
 */
export const keNationalId = regexDetector({
  id: 'ke_national_id',
  entity: 'NATIONAL_ID',
  description: 'Kenyan national id numbers after an id word in a Kenyan record',
  validation:
    '7–8 digits, not one repeated digit; id no / id number / national id / huduma within 40 characters before, and a KRA PIN or a Kenyan word (Kenya, Nairobi, KRA, M-Pesa, KES…) in the text',
  context: true,
  example: 'KRA PIN A123456789Z, ID no 31234567',
  // With the blank before `id` for the keyword index: `id no` is also the letters of `said nothing`.
  keywords: [' id no', ' id_no', ' id number', ' id card', 'national id', 'national_id', 'huduma'],
  prefilter: (s) => s.digitRun >= 7,
  pattern: /(?<![\w.,/-])\d{7,8}(?![\w]|[.,/-]\d)/g,
  validate: (v, scan, start) =>
    !/^(\d)\1+$/.test(v) &&
    contextBefore(scan, start, KE_ID_WORDS.re) &&
    !contextBefore(scan, start, RECORD_ID_BEFORE) &&
    KENYAN_RECORD.test(scan.lower())
      ? v
      : undefined,
});

import { SIG_SPACE } from '../char-signature.js';
import { contextBefore } from '../context.js';
import {
  aadhaarValid,
  auAbnValid,
  auMedicareValid,
  auTfnValid,
  brCnpjValid,
  brCpfValid,
  caSinValid,
  esNifValid,
  frNirValid,
  inPanValid,
  itFiscalCodeValid,
  krRrnValid,
  nhsValid,
  plPeselValid,
  sgNricValid,
  ukNinoValid,
} from '../validators-ids.js';
import { krRrnStructureValid } from '../validators-national.js';
import { digitsOnly } from '../validators.js';
import { regexDetector } from './helpers.js';
import { compactId, contextKeywords, hasUpperCode, numericWindows, upperWindows, windowedDetector } from './shared.js';

// Left and right edges of a digit group: not inside a longer number, word, or dotted/dashed run.
const L = '(?<![\\w.,/-])';
const R = '(?![\\w]|[.,/-]\\d)';

export const ukNino = windowedDetector({
  id: 'uk_nino',
  entity: 'UK_NINO',
  description: 'UK National Insurance numbers',
  validation: 'HMRC rules: prefix letters (not D, F, I, Q, U, V; second not O; not BG, GB, KN, NK, NT, TN, ZZ), 6 digits, suffix A–D',
  context: false,
  example: 'AB 12 34 56 C',
  windows: upperWindows,
  minDigits: 6,
  requires: 'capital_digit',
  prefilter: (s) => hasUpperCode(s),
  pattern: /(?<![\w-])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])/g,
  validate: (v) => (ukNinoValid(v) ? compactId(v) : undefined),
});

/**
 * UK National Insurance numbers dashed in pairs (`AB-12-34-56-C`, HR exports and CSV lines, round
 * 28): no capital stands next to a digit, so uk_nino's gate never opens for them; read where a
 * run of digits and dashes is (TextScan.numeric).
 */
export const ukNinoDashed = regexDetector({
  id: 'uk_nino_dashed',
  entity: 'UK_NINO',
  description: 'UK National Insurance numbers dashed in pairs',
  validation: 'the uk_nino HMRC rules on the letters and digits of AA-NN-NN-NN-A',
  context: false,
  example: 'AB-12-34-56-C',
  requires: 'numeric',
  prefilter: (s) => s.numeric,
  pattern: /(?<![\w-])[A-Z]{2}-\d{2}-\d{2}-\d{2}-[A-D](?![\w])/g,
  validate: (v) => {
    const compact = v.replace(/-/g, '');
    return ukNinoValid(compact) ? compact : undefined;
  },
});

const NHS = contextKeywords(['nhs', 'nhs number', 'nhs no', 'national health service', 'chi', 'chi number']);

export const ukNhs = regexDetector({
  id: 'uk_nhs',
  entity: 'UK_NHS',
  description: 'UK NHS numbers',
  validation:
    "10 digits (3-3-4), mod 11 check digit (10 never issued); a keyword (nhs, or chi: Scotland's CHI number has the same rule) within 40 characters before",
  context: true,
  example: 'NHS number 943 476 5919',
  // `chi` with what follows it for the keyword index (not `which`, `machine`).
  keywords: [...NHS.keywords.filter((k) => k !== 'chi'), 'chi ', 'chi:', 'chi=', 'chi_', 'chi-', 'chi number'],
  prefilter: (s) => s.digitRun >= 10,
  pattern: new RegExp(`${L}\\d{3}([ -]?)\\d{3}\\1\\d{4}${R}`, 'g'),
  validate: (v, scan, start) => (nhsValid(v) && contextBefore(scan, start, NHS.re) ? digitsOnly(v) : undefined),
});

const SIN = contextKeywords(['sin', 'social insurance', 'insurance number', 'nas', "numéro d'assurance sociale", 'assurance sociale']);

export const caSin = regexDetector({
  id: 'ca_sin',
  entity: 'CA_SIN',
  description: 'Canada Social Insurance Numbers',
  validation: '9 digits (3-3-3), Luhn, first digit not 0 or 8; a keyword (sin, social insurance) within 40 characters before',
  context: true,
  example: 'SIN 130 692 544',
  keywords: SIN.keywords,
  prefilter: (s) => s.digitRun >= 9,
  pattern: new RegExp(`${L}\\d{3}([ -]?)\\d{3}\\1\\d{3}${R}`, 'g'),
  validate: (v, scan, start) => (caSinValid(v) && contextBefore(scan, start, SIN.re) ? digitsOnly(v) : undefined),
});

const AADHAAR = contextKeywords(['aadhaar', 'aadhar', 'adhaar', 'uidai', 'uid', 'आधार']);

export const inAadhaar = regexDetector({
  id: 'in_aadhaar',
  entity: 'IN_AADHAAR',
  description: 'India Aadhaar numbers',
  validation: '12 digits (4-4-4), first digit 2–9, Verhoeff check digit (UIDAI); a keyword (aadhaar, uid) within 40 characters before',
  context: true,
  example: 'Aadhaar 2345 6789 0124',
  keywords: AADHAAR.keywords,
  prefilter: (s) => s.digitRun >= 12,
  pattern: new RegExp(`${L}[2-9]\\d{3}([ -]?)\\d{4}\\1\\d{4}${R}`, 'g'),
  validate: (v, scan, start) => (aadhaarValid(v) && contextBefore(scan, start, AADHAAR.re) ? digitsOnly(v) : undefined),
});

/**
 * An Aadhaar number as a whole value, printed as UIDAI prints it (`2341 2341 2346`: three groups
 * of four digits split by single blanks), with no keyword: the answer to a form's question under
 * an opaque question id (Google Forms `answers.<questionId>`, Microsoft Forms `r…` ids: red-team
 * round 79, left79). The first digit 2–9 and the Verhoeff check digit must hold; only a string
 * that is exactly this shape is read (ids, amounts and card numbers are not grouped 4-4-4 alone).
 */
export const inAadhaarPrintedValue = regexDetector({
  id: 'in_aadhaar_printed_value',
  entity: 'IN_AADHAAR',
  description: 'India Aadhaar numbers as a whole value, grouped 4-4-4 by blanks',
  validation: 'the whole string is 12 digits in three blank-separated groups of four, first digit 2–9, Verhoeff check digit (UIDAI)',
  context: false,
  example: '2341 2341 2346',
  // The prefilter's characters (blanks at 4 and 9): a text without them skips the call (stop 43).
  needs: { all: SIG_SPACE },
  prefilter: (s) => s.text.length === 14 && s.text.charCodeAt(4) === 32 && s.text.charCodeAt(9) === 32,
  pattern: /^[2-9]\d{3} \d{4} \d{4}$/g,
  validate: (v) => (aadhaarValid(v) ? digitsOnly(v) : undefined),
});

export const inPan = windowedDetector({
  id: 'in_pan',
  entity: 'IN_PAN',
  description: 'India Permanent Account Numbers',
  validation: '5 letters with a holder-type 4th letter (P, C, H, F, A, T, B, L, J, G), 4 digits, 1 letter',
  context: false,
  example: 'ABCPD1234E',
  windows: upperWindows,
  minDigits: 4,
  requires: 'capital_digit',
  prefilter: (s) => hasUpperCode(s),
  // A DigiLocker issued-document URI names the PAN card's document id after its doctype
  // (`in.gov.pan-PANCR-<PAN>`): the hyphen of that doctype may stand before the PAN.
  // Glued to an underscore of a file name (`ACUPA7085R_ITR-V.pdf`, `Form16_ACUPA7085R.pdf`) too.
  pattern: /(?:(?<=-PANCR-)|(?<![A-Za-z0-9-]))[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z](?![A-Za-z0-9])/g,
  validate: (v) => (inPanValid(v) ? v : undefined),
});

export const esNif = windowedDetector({
  id: 'es_nif',
  entity: 'ES_NIF',
  description: 'Spain DNI/NIF numbers',
  validation: '8 digits and the control letter at (number mod 23) of TRWAGMYFPDXBNJZSQVHLCKE',
  context: false,
  example: '12345678Z',
  windows: numericWindows,
  minDigits: 8,
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 8,
  // Also a whole path segment after a resource word (`/pacientes/45123987B/citas`, REST APIs of
  // appointment and HR systems); not inside a longer segment or a file name. A whole CSV cell
  // written with its hyphen (`…,54362315-K,…`, form-analytics and CRM exports; red-team round 34).
  // The VAT number of a natural person (autónomo), `ES` and the DNI (red-team round 36: VIES checks).
  pattern:
    /(?<![\w.,/-])\d{8}-?[A-Z](?![\w])|(?<=[a-z]\/)\d{8}[A-Z](?=[/?#\s"']|$)|(?<=,)\d{8}-[A-Z](?=[,\r\n]|$)|(?<=(?<![\w])ES)\d{8}[A-Z](?![\w])/g,
  validate: (v) => (esNifValid(v) ? compactId(v) : undefined),
});

export const esNie = windowedDetector({
  id: 'es_nie',
  entity: 'ES_NIE',
  description: 'Spain NIE numbers (foreigners)',
  validation: 'X, Y or Z (as 0, 1, 2), 7 digits, control letter mod 23',
  context: false,
  example: 'X1234567L',
  windows: upperWindows,
  minDigits: 7,
  requires: 'capital_digit',
  prefilter: (s) => hasUpperCode(s),
  pattern: /(?<![\w-])[XYZ]-?\d{7}-?[A-Z](?![\w])/g,
  validate: (v) => (esNifValid(v) ? compactId(v) : undefined),
});

export const itFiscalCode = windowedDetector({
  id: 'it_fiscal_code',
  entity: 'IT_FISCAL_CODE',
  description: 'Italy codice fiscale',
  validation:
    'surname/name letters, birth year, month letter, day, municipality, check letter from the odd/even tables mod 26 (omocodia letters accepted)',
  context: false,
  example: 'RSSMRA85T10A562S',
  windows: upperWindows,
  minDigits: 0,
  requires: 'capital_digit',
  prefilter: (s) => s.text.length >= 16 && hasUpperCode(s),
  // Also after `TINIT-`, the eIDAS / SPID `fiscalNumber` attribute's prefix (TIN, country, dash:
  // `TINIT-RSSMRA85T10A562S`; red-team round 67).
  pattern: /(?:(?<![\w-])|(?<=TINIT-))[A-Za-z]{6}[\dLMNP-V]{2}[A-Za-z][\dLMNP-V]{2}[A-Za-z][\dLMNP-V]{3}[A-Za-z](?![\w])/g,
  validate: (v) => (itFiscalCodeValid(v) ? v.toUpperCase() : undefined),
});

export const frNir = regexDetector({
  id: 'fr_nir',
  entity: 'FR_NIR',
  description: 'France social security numbers (NIR / numéro de sécurité sociale)',
  validation: 'sex digit, year, month (01–12 or 20+), department (2A/2B), commune, order, 2-digit key = 97 − (number mod 97)',
  context: false,
  example: '2 55 08 14 168 025 38',
  requires: 'numeric',
  prefilter: (s) => s.numeric && (s.digitRun >= 13 || s.text.includes('2A') || s.text.includes('2B')),
  // A comma may come right before unless a digit does (`1,295…` is a longer number): a field of a
  // list printed without blanks (a Scala case class `Employee(Ricci,2 95 10 99 126 111 93,…)`).
  pattern: /(?<![\w./-])(?<!\d,)[1-478] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w]|[.,/-]\d)/g,
  validate: (v) => (frNirValid(v) ? compactId(v) : undefined),
});

// A Brazilian consignee's or customer's `documento` / `doc` is their CPF when the 11 digits pass its
// two check digits (customs brokers' e-mails, short declaration exports; red-team round 42).
const CPF = contextKeywords(['cpf', 'cadastro de pessoas', 'documento', 'doc']);

export const brCpf = windowedDetector({
  id: 'br_cpf',
  entity: 'BR_CPF',
  description: 'Brazil CPF numbers',
  validation:
    'two mod-11 check digits, not one repeated digit; written 000.000.000-00 alone, 11 bare digits with a keyword (cpf, documento, doc) nearby',
  context: false,
  example: '529.982.247-25',
  windows: numericWindows,
  minDigits: 11,
  requires: 'numeric',
  prefilter: (s) => s.numeric,
  // The written form may also be a CSV cell (`cr_70441,Camila Souza,390.533.447-05,…`: red-team
  // round 62); its dots and dash set it apart from the numbers around.
  pattern: new RegExp(`${L}(?:\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}|\\d{11})${R}|(?<=,)\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}(?![\\w]|[./-]\\d)`, 'g'),
  validate: (v, scan, start) => {
    if (!brCpfValid(v)) return undefined;
    if (v.length === 11 && !contextBefore(scan, start, CPF.re)) return undefined;
    return digitsOnly(v);
  },
});

const CNPJ = contextKeywords(['cnpj']);

export const brCnpj = windowedDetector({
  id: 'br_cnpj',
  entity: 'BR_CNPJ',
  description: 'Brazil CNPJ company numbers',
  validation: 'two mod-11 check digits; written 00.000.000/0000-00 alone, 14 bare digits with a keyword (cnpj) nearby',
  context: false,
  example: '11.222.333/0001-81',
  windows: numericWindows,
  minDigits: 14,
  requires: 'numeric',
  prefilter: (s) => s.numeric,
  pattern: new RegExp(`${L}(?:\\d{2}\\.\\d{3}\\.\\d{3}/\\d{4}-\\d{2}|\\d{14})${R}`, 'g'),
  validate: (v, scan, start) => {
    if (!brCnpjValid(v)) return undefined;
    if (v.length === 14 && !contextBefore(scan, start, CNPJ.re)) return undefined;
    return digitsOnly(v);
  },
});

const TFN = contextKeywords(['tfn', 'tax file number', 'tax file']);

export const auTfn = regexDetector({
  id: 'au_tfn',
  entity: 'AU_TFN',
  description: 'Australia Tax File Numbers',
  validation: '8 or 9 digits, ATO weighted checksum mod 11; a keyword (tfn, tax file number) within 40 characters before',
  context: true,
  example: 'TFN 123 456 782',
  keywords: TFN.keywords,
  prefilter: (s) => s.digitRun >= 8,
  pattern: new RegExp(`${L}\\d{3}([ -]?)\\d{3}\\1\\d{2,3}${R}`, 'g'),
  validate: (v, scan, start) => (auTfnValid(v) && contextBefore(scan, start, TFN.re) ? digitsOnly(v) : undefined),
});

const ABN = contextKeywords(['abn', 'australian business number', 'business number']);

export const auAbn = regexDetector({
  id: 'au_abn',
  entity: 'AU_ABN',
  description: 'Australian Business Numbers',
  validation: '11 digits (2-3-3-3), ABR checksum mod 89; a keyword (abn) within 40 characters before',
  context: true,
  example: 'ABN 51 824 753 556',
  keywords: ABN.keywords,
  prefilter: (s) => s.digitRun >= 11,
  pattern: new RegExp(`${L}\\d{2}([ -]?)\\d{3}\\1\\d{3}\\1\\d{3}${R}`, 'g'),
  validate: (v, scan, start) => (auAbnValid(v) && contextBefore(scan, start, ABN.re) ? digitsOnly(v) : undefined),
});

const MEDICARE = contextKeywords(['medicare', 'medicare number', 'medicare card']);

export const auMedicare = regexDetector({
  id: 'au_medicare',
  entity: 'AU_MEDICARE',
  description: 'Australia Medicare card numbers',
  validation:
    '10 digits (11 with the individual reference), first 2–6, weighted check digit 9 (1,3,7,9) mod 10; a keyword (medicare) within 40 characters before',
  context: true,
  example: 'Medicare 2123 45670 1',
  keywords: MEDICARE.keywords,
  prefilter: (s) => s.digitRun >= 10,
  pattern: new RegExp(`${L}[2-6]\\d{3} ?\\d{5} ?\\d(?:[ /]?\\d)?${R}`, 'g'),
  validate: (v, scan, start) => (auMedicareValid(v) && contextBefore(scan, start, MEDICARE.re) ? digitsOnly(v) : undefined),
});

export const sgNric = windowedDetector({
  id: 'sg_nric',
  entity: 'SG_NRIC',
  description: 'Singapore NRIC/FIN numbers',
  validation: 'prefix S, T, F, G or M, 7 digits, check letter from the weighted sum (2,7,6,5,4,3,2) mod 11 with the prefix offset',
  context: false,
  example: 'S1234567D',
  windows: upperWindows,
  minDigits: 7,
  requires: 'capital_digit',
  prefilter: (s) => hasUpperCode(s),
  pattern: /(?<![\w-])[STFGM]\d{7}[A-Z](?![\w])/g,
  validate: (v) => (sgNricValid(v) ? v : undefined),
});

const PESEL = contextKeywords(['pesel']);

export const plPesel = regexDetector({
  id: 'pl_pesel',
  entity: 'PL_PESEL',
  description: 'Poland PESEL numbers',
  validation:
    '11 digits (also the birth date and the rest apart: 6 + 5), a real birth date (century in the month), weights 1,3,7,9 mod 10; a keyword (pesel) within 40 characters before',
  context: true,
  example: 'PESEL 44051401359',
  keywords: PESEL.keywords,
  // The birth date and the serial may be read apart (a recogniser's two words, red-team round 29).
  prefilter: (s) => s.digitRun >= 5,
  pattern: new RegExp(`${L}\\d{6} ?\\d{5}${R}`, 'g'),
  validate: (v, scan, start) => {
    const digits = v.length === 12 ? v.slice(0, 6) + v.slice(7) : v;
    return plPeselValid(digits) && contextBefore(scan, start, PESEL.re) ? digits : undefined;
  },
});

const RRN = contextKeywords(['rrn', 'resident registration', 'registration number', '주민등록번호', '주민번호']);

export const krRrn = windowedDetector({
  id: 'kr_rrn',
  entity: 'KR_RRN',
  description: 'South Korea resident registration numbers',
  validation:
    'YYMMDD a real date, sex/century digit (1–8; 9 and 0 for 1800–1899), check digit (11 − weighted sum mod 11) mod 10; written YYMMDD-NNNNNNN alone, 13 bare digits with a keyword (rrn) nearby; without the check digit (issued from October 2020) only with a keyword',
  context: false,
  example: '900101-1234568',
  windows: numericWindows,
  minDigits: 13,
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 13,
  pattern: new RegExp(`${L}\\d{6}-?\\d{7}${R}`, 'g'),
  validate: (v, scan, start) => {
    if (krRrnValid(v)) {
      if (v.length === 13 && !contextBefore(scan, start, RRN.re)) return undefined;
      return digitsOnly(v);
    }
    // Numbers issued from October 2020 carry no check digit: their structure and a keyword.
    return krRrnStructureValid(v) && contextBefore(scan, start, RRN.re) ? digitsOnly(v) : undefined;
  },
});

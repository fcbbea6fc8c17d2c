/**
 * National identifiers of European countries (besides those in national-ids.ts). The ones with a
 * distinctive written form (HETU's century sign, Belgium's dotted number, Switzerland's 756 prefix)
 * are found alone; numbers that are only digits with one check digit need a context word.
 */
import { contextBefore } from '../context.js';
import {
  atSvnrValid,
  beNationalNumberValid,
  chAhvValid,
  czBirthNumberValid,
  deIdCardValid,
  deKvnrValid,
  deRvnrValid,
  deTaxIdValid,
  dkCprValid,
  fiHetuValid,
  iePpsValid,
  nlBsnValid,
  noFodselsnummerValid,
  ptNifValid,
  sePersonnummerValid,
  roCnpValid,
  trTcknValid,
} from '../validators-national.js';
import { SIG_PLUS } from '../char-signature.js';
import type { TextScan } from '../types.js';
import { keywordGatedDetector } from './gated.js';
import { regexDetector } from './helpers.js';
import { compactId, contextKeywords, numericWindows, upperWindows, type Window, windowedDetector } from './shared.js';

// Left and right edges of a digit group: not inside a longer number, word, or dotted/dashed run.
const L = '(?<![\\w.,/+-])';
const R = '(?![\\w]|[.,/-]\\d)';

const HETU = contextKeywords([
  'henkilötunnus',
  'henkilotunnus',
  'hetu',
  'sotu',
  'personbeteckning',
  'personal identity code',
  'finnish id',
]);

export const fiHetu = windowedDetector({
  id: 'fi_hetu',
  entity: 'FI_HETU',
  description: 'Finland personal identity codes (henkilötunnus)',
  validation:
    'DDMMYY a real date, century sign (+, -, U–Y, A–F), individual number 002–999, check character (DDMMYYNNN mod 31); an all-digit code (DDMMYY-NNNN or DDMMYY+NNNN, like an order number) only with a keyword (henkilötunnus, hetu) nearby',
  context: false,
  example: '131052-308T',
  windows: hetuWindows,
  minDigits: 9,
  // A letter century sign or check character stands next to a digit (capitalDigit); without one
  // a code is all digits, `DDMMYY-NNNN` or `DDMMYY+NNNN`, so a dash or a `+` after six digits must
  // stand in the text (sixDigitsThen).
  prefilter: (s) =>
    s.hasDigit &&
    (s.capitalDigit || (s.digitRun >= 10 && sixDigitsThen(s.text, '-')) || ((s.signature & SIG_PLUS) !== 0 && sixDigitsThen(s.text, '+'))),
  pattern: /(?<![\w+-])\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![\w])/g,
  validate: (v, scan, start) => {
    if (!fiHetuValid(v)) return undefined;
    if (/^\d{6}[-+]\d{4}$/.test(v) && !contextBefore(scan, start, HETU.re)) return undefined;
    return v.toUpperCase();
  },
});

/**
 * Where a HETU can stand. Text with a capital next to a digit: the upper-case windows (computed for
 * the other letter-and-digit identifiers anyway); all-digit text: the numeric windows (computed for
 * the numeric identifiers). Neither holds a `+` (the 1800s century sign), so when the text has one,
 * each `+` with six digits before it and four characters after adds its own window, in order.
 */
function hetuWindows(s: TextScan): readonly Window[] {
  const shared = s.capitalDigit ? upperWindows(s) : numericWindows(s);
  if ((s.signature & SIG_PLUS) === 0) return shared;
  const plus = plusSignWindows(s.text);
  if (plus.length === 0) return shared;
  return [...shared, ...plus].sort((x, y) => x.start - y.start);
}

/** `DDMMYY+NNNC`: for each `+` with six digits before it and three digits and a character after. */
export function plusSignWindows(text: string): Window[] {
  const windows: Window[] = [];
  for (let k = text.indexOf('+', 6); k !== -1; k = text.indexOf('+', k + 1)) {
    if (k + 4 >= text.length) break;
    let ok = true;
    for (let d = 1; d <= 6 && ok; d++) ok = isAsciiDigit(text.charCodeAt(k - d));
    for (let d = 1; d <= 3 && ok; d++) ok = isAsciiDigit(text.charCodeAt(k + d));
    if (ok) windows.push({ start: k - 6, end: k + 5, digits: isAsciiDigit(text.charCodeAt(k + 4)) ? 10 : 9 });
  }
  return windows;
}

/**
 * Whether some `sign` (`-` or `+`) in `text` follows six digits: what an all-digit HETU
 * (`131052-3087`, `131052+3087`) needs. One native search per sign; times and dates
 * (`2026-11-05 10:22:33`) have at most four digits before a dash.
 */
export function sixDigitsThen(text: string, sign: '-' | '+'): boolean {
  for (let k = text.indexOf(sign, 6); k !== -1; k = text.indexOf(sign, k + 1)) {
    let d = 1;
    while (d <= 6 && isAsciiDigit(text.charCodeAt(k - d))) d++;
    if (d > 6) return true;
  }
  return false;
}
function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export const sePersonnummer = keywordGatedDetector({
  id: 'se_personnummer',
  entity: 'SE_PERSONNUMMER',
  description: 'Sweden personal identity and coordination numbers (personnummer, samordningsnummer)',
  validation: '[YY]YYMMDD a real date (coordination numbers: day + 60), Luhn over the last ten digits',
  example: 'personnummer 811228-9874',
  // A sole trader's (enskild firma) organisationsnummer is the owner's personnummer (Bolagsverket);
  // a company's (556…) is no real date and fails the check.
  keywords: ['personnummer', 'personnr', 'pnr', 'samordningsnummer', 'swedish id', 'orgnr', 'organisationsnummer', 'personal number'],
  prefilter: (s) => s.digitRun >= 10,
  pattern: new RegExp(`${L}(?:\\d{2})?\\d{6}[-+]?\\d{4}${R}`, 'g'),
  valid: sePersonnummerValid,
});

/**
 * A personnummer as a person resource's id in a URL path (red-team round 44: a Spelpaus or BankID
 * client's `GET /v1/persons/199304151237/status`): the segment `persons` / `person` / `people` /
 * `personnummer` right before, twelve digits (century 19 or 20) or six, a dash and four filling the
 * segment, a real date and the Luhn digit.
 */
export const sePersonnummerPath = regexDetector({
  id: 'se_personnummer_path',
  entity: 'SE_PERSONNUMMER',
  description: 'Sweden personal identity numbers as the person id of a URL path',
  validation:
    '12 digits (century 19 or 20) or YYMMDD-NNNN filling the path segment after /persons/, /person/, /people/ or /personnummer/; a real date, Luhn over the last ten digits',
  context: true,
  example: 'GET /v1/persons/196408233234/status',
  keywords: ['persons/', 'person/', 'people/', 'personnummer/'],
  prefilter: (s) => s.digitRun >= 6,
  pattern: /(?<=\/(?:[Pp]ersons?|[Pp]eople|[Pp]ersonnummer)\/)(?:(?:19|20)\d{10}|\d{6}-\d{4})(?=[/?#;\s"',]|$)/g,
  validate: (v) => (sePersonnummerValid(v) ? v : undefined),
});

export const dkCpr = keywordGatedDetector({
  id: 'dk_cpr',
  entity: 'DK_CPR',
  description: 'Denmark CPR numbers',
  validation: 'DDMMYY a real date and 4 digits (the mod-11 check is optional since 2007, so only the date is checked)',
  example: 'CPR-nr. 211062-5629',
  keywords: ['cpr', 'cpr-nr', 'cpr nummer', 'personnummer', 'personnr'],
  prefilter: (s) => s.digitRun >= 10,
  pattern: new RegExp(`${L}\\d{6}-?\\d{4}${R}`, 'g'),
  valid: dkCprValid,
});

export const noFodselsnummer = keywordGatedDetector({
  id: 'no_fodselsnummer',
  entity: 'NO_FODSELSNUMMER',
  description: 'Norway national identity numbers (fødselsnummer, D-nummer)',
  validation: 'DDMMYY a real date (D-number: day + 40, H-number: month + 40), two mod-11 check digits',
  example: 'fødselsnummer 151086 95088',
  keywords: ['fødselsnummer', 'fodselsnummer', 'foedselsnummer', 'fnr', 'd-nummer', 'personnummer', 'personal number'],
  prefilter: (s) => s.digitRun >= 11,
  pattern: new RegExp(`${L}\\d{6}[ -]?\\d{5}${R}`, 'g'),
  valid: noFodselsnummerValid,
});

export const nlBsn = keywordGatedDetector({
  id: 'nl_bsn',
  entity: 'NL_BSN',
  description: 'Netherlands citizen service numbers (BSN)',
  validation: '9 digits, elfproef (weights 9..2 and −1, sum divisible by 11)',
  example: 'BSN 111222333',
  keywords: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'citizen service number'],
  prefilter: (s) => s.numeric,
  pattern: new RegExp(`${L}(?:\\d{9}|\\d{3}([ .-])\\d{3}\\1\\d{3}|\\d{4}\\.\\d{2}\\.\\d{3})${R}`, 'g'),
  valid: nlBsnValid,
});

const BE_NN = contextKeywords([
  'rijksregisternummer',
  'rijksregister',
  'registre national',
  'numéro national',
  'numero national',
  'national number',
  'national register',
  'insz',
  'niss',
  'nn',
  // The country, in prose that does not name the number (`celui de mon conjoint belge …`).
  'belge',
  'belges',
  'belgian',
  'belgisch',
  'belgische',
  'belga',
]);
/**
 * A number word (`numéro`, `number`, `nummer`, `número`, `n°`) up to 80 characters before: prose
 * that says "my number is … and my partner's …". An 11-digit run passes the date and mod-97 checks
 * about once in 250, so the word is context enough.
 */
const NUMBER_WORD = /(?:^|[^\p{L}])(?:num[eé]ro|n[uú]mero|number|nummer|n°|nr\.?)(?![\p{L}])/u;
const NUMBER_WORD_WINDOW = 80;

export const beNationalNumber = windowedDetector({
  id: 'be_national_number',
  entity: 'BE_NATIONAL_NUMBER',
  description: 'Belgium national register numbers (rijksregisternummer / numéro national)',
  validation:
    'YYMMDD (month + 20/40 for bis numbers), 3-digit counter, key = 97 − (9 digits mod 97), with a 2 prefixed for births from 2000; written YY.MM.DD-NNN.CC alone, other forms with a keyword (rijksregisternummer, insz, belge) nearby or a number word (numéro, number) within 80 characters before',
  context: false,
  example: '85.07.30-033.28',
  windows: numericWindows,
  minDigits: 11,
  requires: 'numeric',
  // Bare or spaced: an 11-digit run; dotted: a dot and a dash (decimals and IP addresses have no dash).
  prefilter: (s) => s.numeric && (s.digitRun >= 11 || (s.text.includes('-') && s.text.includes('.'))),
  pattern: new RegExp(`${L}(?:\\d{2}\\.\\d{2}\\.\\d{2}-\\d{3}[. ]\\d{2}|\\d{2}( ?)\\d{2}\\1\\d{2}[ -]?\\d{3}[ .-]?\\d{2})${R}`, 'g'),
  validate: (v, scan, start) => {
    if (!beNationalNumberValid(v)) return undefined;
    if (
      !/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/.test(v) &&
      !contextBefore(scan, start, BE_NN.re) &&
      !contextBefore(scan, start, NUMBER_WORD, NUMBER_WORD_WINDOW)
    )
      return undefined;
    return compactId(v);
  },
});

export const deTaxId = keywordGatedDetector({
  id: 'de_tax_id',
  entity: 'DE_TAX_ID',
  description: 'Germany tax identification numbers (Steuer-ID / IdNr)',
  validation: '11 digits, first not 0, one digit of the first ten repeated 2 or 3 times and no other, ISO 7064 MOD 11,10',
  example: 'Steuer-ID 36 574 261 809',
  keywords: ['steuer-id', 'steuerid', 'steuer id', 'steueridentifikationsnummer', 'identifikationsnummer', 'idnr', 'steuernummer'],
  prefilter: (s) => s.digitRun >= 11,
  pattern: new RegExp(`${L}\\d{2}( ?)\\d{3}\\1\\d{3}\\1\\d{3}${R}`, 'g'),
  valid: deTaxIdValid,
});

/**
 * A German Steuernummer (the tax office's number of a taxpayer; a sole trader's stands on every
 * invoice) in a state's slashed format (BMF: Bavaria 181/815/08155, Berlin and Hamburg 2/3/5,
 * North Rhine-Westphalia 3/4/4, Baden-Württemberg 5/5), 10 or 11 digits, after its name
 * (red-team round 36: supplier master data, `StNr 181/815/08155`). No check digit is common to
 * all states, so the name must stand right before it (a file number further on is no tax number).
 */
const STEUERNUMMER_RIGHT_BEFORE = /(?:steuernummer|steuer-?nr\.?|st\.?-?nr\.?)\s{0,3}[:.#]?\s{0,3}$/;
export const deSteuernummer = regexDetector({
  id: 'de_steuernummer',
  entity: 'DE_TAX_ID',
  description: 'Germany tax numbers of the tax office (Steuernummer), slashed',
  validation:
    '2–5 digits, a slash, 3–5 digits, optionally a slash and 4–5 digits, 10 or 11 digits in all; right after steuernummer / stnr / st.-nr. (a colon between)',
  context: true,
  example: 'Steuernummer 181/815/08155',
  keywords: ['steuernummer', 'stnr', 'st.-nr', 'st-nr', 'steuer-nr', 'steuernr'],
  prefilter: (s) => s.hasDigit && s.text.indexOf('/') !== -1,
  pattern: new RegExp(`${L}\\d{2,5}/\\d{3,5}(?:/\\d{4,5})?${R}`, 'g'),
  validate: (v, scan, start) => {
    const n = v.length - (v.split('/').length - 1);
    return (n === 10 || n === 11) && STEUERNUMMER_RIGHT_BEFORE.test(scan.lower().slice(Math.max(0, start - 20), start))
      ? v.replace(/\//g, '')
      : undefined;
  },
});

export const deIdCard = keywordGatedDetector({
  id: 'de_id_card',
  entity: 'DE_ID_CARD',
  description: 'Germany identity card numbers (Personalausweis, since 2010)',
  validation:
    '9 characters of C F G H J K L M N P R T V W X Y Z and digits, then the ICAO 9303 check digit (weights 7, 3, 1); the 9 characters alone (as printed on the card) with three digits or more',
  example: 'Personalausweis T220001293',
  keywords: ['personalausweis', 'ausweisnummer', 'ausweis', 'id-karte'],
  prefilter: (s) => s.capitalDigit,
  pattern: /(?<![\w-])[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d?(?![\w])/g,
  valid: deIdCardValid,
});

/**
 * Germany Rentenversicherungsnummer (DEÜV, SV-Ausweis, Lohnabrechnung: `65 170839 J 003`) after
 * its word: 12 characters with a letter in the 9th place, written with or without blanks.
 */
export const deRvnr = keywordGatedDetector({
  id: 'de_rvnr',
  entity: 'DE_RVNR',
  description: 'Germany pension / social insurance numbers (Rentenversicherungsnummer, SV-Nummer)',
  validation:
    "area (2 digits), DDMMYY (day + 50 allowed), the birth name's initial, 2-digit serial, DRV check digit (letter as its position, weights 2 1 2 5 7 1 2 1 2 1 2 1, cross sums mod 10); a keyword (SV-Nummer, Versicherungsnummer, RVNR) within 40 characters before",
  example: 'SV-Nummer 65 170839 J 003',
  keywords: [
    'sv-nummer',
    'sv nummer',
    'sv-nr',
    'svnr',
    'versicherungsnummer',
    'versicherungsnr',
    'sozialversicherungsnummer',
    'rentenversicherungsnummer',
    'rvnr',
    'rv-nummer',
  ],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w-])\d{2} ?\d{6} ?[A-Za-z] ?\d{3}(?![\w])/g,
  valid: deRvnrValid,
});

/**
 * Germany Krankenversichertennummer (the eGK's KVNR, eRezept `kvid-10`: `A123456780`) after its
 * word. A letter and nine digits is an order or article number as often, so the word is required.
 */
export const deKvnr = keywordGatedDetector({
  id: 'de_kvnr',
  entity: 'DE_KVNR',
  description: 'Germany health insurance numbers (Krankenversichertennummer, KVNR of the eGK)',
  validation:
    'a letter and 9 digits, GKV check digit (letter as its position, weights 1 2 1 2…, cross sums mod 10); a keyword (Versichertennummer, KVNR, eGK) within 40 characters before',
  example: 'Versichertennummer A123456780',
  keywords: ['versichertennummer', 'versicherten-nr', 'versichertennr', 'krankenversichertennummer', 'kvnr', 'kvid', 'egk'],
  prefilter: (s) => s.capitalDigit,
  pattern: /(?<![\w-])[A-Z]\d{9}(?![\w])/g,
  valid: deKvnrValid,
});

/**
 * Czech and Slovak birth numbers (rodné číslo) after their word (red-team round 22): `RČ
 * 7801230008`, `rodné číslo 710319/2745`; ten digits with or without the slash, or nine for
 * births before 1954. Field names (`rodne_cislo`) are the key rules'.
 */
export const czBirthNumber = keywordGatedDetector({
  id: 'cz_birth_number',
  entity: 'NATIONAL_ID',
  description: 'Czech and Slovak birth numbers (rodné číslo) after their word',
  validation:
    'YYMMDD (month + 20, 50 or 70 allowed), then 3 digits (before 1954) or 4 with the whole number divisible by 11; a keyword (rodné číslo, RČ) within 40 characters before',
  example: 'rodné číslo 710319/2745',
  keywords: ['rodné číslo', 'rodne cislo', 'rodného čísla', 'rodneho cisla', 'rč', 'r.č.', 'birth number'],
  prefilter: (s) => s.hasDigit,
  pattern: new RegExp(`${L}\\d{6}/?\\d{3,4}${R}`, 'g'),
  valid: czBirthNumberValid,
});

export const atSvnr = keywordGatedDetector({
  id: 'at_svnr',
  entity: 'AT_SVNR',
  description: 'Austria social security numbers (Versicherungsnummer)',
  validation: '3-digit serial (first not 0), check digit = Σ weights 3,7,9,5,8,4,2,1,6 mod 11, DDMMYY',
  example: 'SVNR 1237 010180',
  keywords: ['svnr', 'sv-nr', 'sv-nummer', 'versicherungsnummer', 'sozialversicherungsnummer'],
  prefilter: (s) => s.digitRun >= 10,
  pattern: new RegExp(`${L}\\d{4} ?\\d{6}${R}`, 'g'),
  valid: atSvnrValid,
});

/**
 * A Swiss IBAN (`CH` + 2 check digits + 17 characters, blanks allowed) on the same line as a
 * run-together AHV number: a Swiss person's row of a header-less table (a vendor-master report,
 * red-team round 36), where no `AHV` word stands.
 */
const SWISS_IBAN = /\bCH\d{2}(?: ?[0-9A-Z]{4}){4} ?[0-9A-Z]\b/;
function swissIbanOnLine(text: string, start: number): boolean {
  const from = text.lastIndexOf('\n', start) + 1;
  let to = text.indexOf('\n', start);
  if (to < 0) to = text.length;
  if (to - from > 400) return false;
  const at = text.indexOf('CH', from);
  return at >= 0 && at < to && SWISS_IBAN.test(text.slice(from, to));
}

const AHV = contextKeywords(['ahv', 'avs', 'ahvn13', 'avs13', 'sozialversicherungsnummer', 'social security', 'sécurité sociale']);

export const chAhv = windowedDetector({
  id: 'ch_ahv',
  entity: 'CH_AHV',
  description: 'Switzerland social security numbers (AHV/AVS, 756…)',
  validation:
    '756, 9 digits, EAN-13 check digit; written 756.NNNN.NNNN.NN alone, other forms with a keyword (ahv, avs) nearby or a Swiss IBAN on the same line',
  context: false,
  example: '756.9217.0769.85',
  windows: numericWindows,
  minDigits: 13,
  requires: 'numeric',
  prefilter: (s) => s.numeric && s.text.includes('756'),
  pattern: new RegExp(`${L}756(?:\\.\\d{4}\\.\\d{4}\\.\\d{2}|( ?)\\d{4}\\1\\d{4}\\1\\d{2})${R}`, 'g'),
  validate: (v, scan, start) => {
    if (!chAhvValid(v)) return undefined;
    if (!v.includes('.') && !contextBefore(scan, start, AHV.re) && !swissIbanOnLine(scan.text, start)) return undefined;
    return compactId(v);
  },
});

export const ptNif = keywordGatedDetector({
  id: 'pt_nif',
  entity: 'PT_NIF',
  description: 'Portugal tax numbers (NIF / número de contribuinte)',
  validation: '9 digits, first 1–3, 5, 6, 7, 8 or 9, check digit 11 − (Σ weights 9..2 mod 11), 10 and 11 → 0',
  example: 'NIF 501 964 843',
  keywords: ['nif', 'contribuinte', 'nipc'],
  prefilter: (s) => s.digitRun >= 9,
  pattern: new RegExp(`${L}\\d{3}( ?)\\d{3}\\1\\d{3}${R}`, 'g'),
  valid: ptNifValid,
});

export const iePps = keywordGatedDetector({
  id: 'ie_pps',
  entity: 'IE_PPS',
  description: 'Ireland Personal Public Service numbers',
  validation: '7 digits, a check letter (weights 8..2, plus 9 × the 2013 second letter A, B or H, mod 23), an optional second letter',
  example: 'PPS 6433435OA',
  keywords: ['pps', 'ppsn'],
  prefilter: (s) => s.capitalDigit,
  pattern: /(?<![\w-])\d{7}[A-W][ABHWTX]?(?![\w])/g,
  valid: iePpsValid,
});

export const roCnp = keywordGatedDetector({
  id: 'ro_cnp',
  entity: 'RO_CNP',
  description: 'Romania personal numeric codes (CNP, cod numeric personal)',
  validation:
    '13 digits: sex/century digit 1–9, YYMMDD a real date, county 01–52 or 70, check digit from the weights 2,7,9,1,4,6,3,5,8,2,7,9 mod 11 (10 → 1); a keyword (cnp, cod numeric personal) within 40 characters before',
  example: 'CNP 1630615123457',
  keywords: ['cnp', 'cod numeric personal', 'codul numeric personal'],
  prefilter: (s) => s.digitRun >= 13,
  pattern: new RegExp(`${L}[1-9]\\d{12}${R}`, 'g'),
  valid: roCnpValid,
});

export const trTckn = keywordGatedDetector({
  id: 'tr_tckn',
  entity: 'TR_TCKN',
  description: 'Turkey identity numbers (T.C. Kimlik No)',
  validation: '11 digits, first not 0, d10 = (7 × odd-place sum − even-place sum) mod 10, d11 = sum of the first ten mod 10',
  example: 'TC Kimlik No 17291716060',
  keywords: ['tckn', 'kimlik', 't.c.', 'tcno'],
  prefilter: (s) => s.digitRun >= 11,
  // Also in the 3-3-3-2 groups of a form transcription (`172 917 160 60`, red-team round 10).
  pattern: new RegExp(`${L}(?:[1-9]\\d{10}|[1-9]\\d{2} \\d{3} \\d{3} \\d{2})${R}`, 'g'),
  valid: trTcknValid,
});

/**
 * Italy's electronic identity card (CIE 3.0, Ministero dell'Interno: `CA00000AA`, two letters, five
 * digits, two letters) after its word, also in the Italian prose of a rejected police guest report
 * (`numero documento CA12345AB non valido`, red-team round 41). The shape alone is a part or a
 * licence code as often, so a keyword must stand before it.
 */
/**
 * The number of a Polish identity card (dowód osobisty) in prose after its name (red-team round
 * 60, stop 37: `nr dowodu ABS123456`): three letters and six digits, the first digit a check
 * digit over the others (letters A=10…Z=35, weights 7 3 1 · 7 3 1 7 3, mod 10).
 */
export const plIdCard = keywordGatedDetector({
  id: 'pl_id_card',
  entity: 'NATIONAL_ID',
  description: 'Poland identity card numbers (dowód osobisty)',
  validation:
    'three letters and six digits, the first digit the check digit (weights 7 3 1 7 3 1 7 3, mod 10); a keyword (dowód osobisty, nr dowodu) within 40 characters before',
  example: 'nr dowodu ABS123456',
  keywords: ['dowód osobisty', 'dowod osobisty', 'dowodu osobistego', 'nr dowodu', 'numer dowodu', 'seria i numer dowodu'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w-])[A-Z]{3} ?\d{6}(?![\w])/g,
  valid: plIdCardValid,
});
const PL_ID_WEIGHTS = [7, 3, 1, 7, 3, 1, 7, 3];
function plIdCardValid(v: string): boolean {
  const c = v.replace(' ', '');
  let sum = 0;
  for (let i = 0, w = 0; i < 9; i++) {
    if (i === 3) continue;
    const code = c.charCodeAt(i);
    sum += (i < 3 ? code - 55 : code - 48) * PL_ID_WEIGHTS[w++]!;
  }
  return sum % 10 === c.charCodeAt(3) - 48;
}

export const itIdentityCard = keywordGatedDetector({
  id: 'it_identity_card',
  entity: 'NATIONAL_ID',
  description: 'Italy electronic identity card numbers (carta d’identità elettronica, CIE)',
  validation: 'two letters, five digits, two letters (CIE 3.0); a keyword (carta d’identità, cie, documento) within 40 characters before',
  example: 'carta d’identità CA00000AA',
  // `documento` alone too: a handover or an assistance note's `documento CA00000AA` (leftovers of red-team round 90).
  keywords: ["carta d'identità", 'carta d’identità', "carta d'identita", 'carta di identità', 'carta identità', 'cie', 'documento'],
  prefilter: (s) => s.capitalDigit,
  pattern: /(?<![\w-])[A-Z]{2}\d{5}[A-Z]{2}(?![\w])/g,
  valid: () => true,
});

import { contextBefore } from '../context.js';
import { deaValid, npiValid, usItinValid } from '../validators-ids.js';
import { digitsOnly } from '../validators.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields, regexDetector } from './helpers.js';
import { contextKeywords, numericWindows, windowedDetector } from './shared.js';

const ITIN = contextKeywords(['itin', 'taxpayer', 'individual taxpayer', 'tax id', 'tin']);

/**
 * The TIN field of an IRS bulk TIN matching line (Publication 2108A `2;912903456;NAME;…`: type 2 an
 * SSN or ITIN, 3 unknown) right before the digits (red-team round 36).
 */
const TIN_MATCHING_TYPE = /(?:^|\n)[23];$/;
function tinMatchingField(text: string, start: number): boolean {
  return start >= 2 && text.charCodeAt(start - 1) === 59 && TIN_MATCHING_TYPE.test(text.slice(Math.max(0, start - 3), start));
}

/** US ITIN: the 9xx area and group ranges set it apart from an SSN; bare 9 digits need a keyword. */
export const usItin = windowedDetector({
  id: 'us_itin',
  entity: 'US_ITIN',
  description: 'US Individual Taxpayer Identification Numbers',
  validation:
    'area 9xx, group 50–65, 70–88, 90–92 or 94–99 (IRS); written 9xx-xx-xxxx alone, bare 9 digits with a keyword (itin, taxpayer) nearby or in the TIN field of an IRS bulk TIN matching line',
  context: false,
  example: '912-70-1234',
  windows: numericWindows,
  minDigits: 9,
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 9,
  pattern: /(?<![\w.-])9\d{2}([- ]?)\d{2}\1\d{4}(?![\w]|-\d)/g,
  validate: (v, scan, start) => {
    if (!usItinValid(v)) return undefined;
    if (v.length === 9 && !contextBefore(scan, start, ITIN.re) && !tinMatchingField(scan.text, start)) return undefined;
    return digitsOnly(v);
  },
});

const PASSPORT = contextKeywords(['passport', 'passport no', 'passport number', 'passport#', 'passport num', 'travel document']);

export const usPassport = regexDetector({
  id: 'us_passport',
  entity: 'PASSPORT',
  description: 'US passport numbers (9 digits, or a letter and 8 digits)',
  validation: "shape of the State Department's book and next-generation numbers; a keyword (passport) within 40 characters before",
  context: true,
  example: 'passport no. A12345678',
  keywords: PASSPORT.keywords,
  prefilter: (s) => s.digitRun >= 8,
  pattern: /(?<![\w-])(?:[A-Z]\d{8}|\d{9})(?![\w]|-\d)/g,
  validate: (v, scan, start) => (contextBefore(scan, start, PASSPORT.re) && !/^(\d)\1+$/.test(v) ? v : undefined),
});

const LICENSE = contextKeywords([
  'driver license',
  'drivers license',
  "driver's license",
  'driving licence',
  'driver licence',
  "driver's licence",
  'dl',
  'dl#',
  'dl no',
  'license no',
  'license#',
  'licence#',
  'license number',
  'licence number',
  'licence no',
  'lic#',
  'lic no',
  'dln',
  // Ohio and other states print an operator's licence (`OL# SB482019`, `OLN`; red-team round 46).
  'ol#',
  'oln',
  // A vendor MVR print (`LICENSE: D1234567`). (`lic` alone would open the gate at every `public`.)
  'license:',
  // A commercial driver's licence in fleet and DVIR notes (`his CDL D482-5513-0917`; red-team round 76).
  'cdl',
  'cdl#',
  'cdl no',
  // A US licence named in Spanish by bilingual agency and service desks (`licencia de conducir
  // M120-447-81-993-0`, `licencia de manejo`; red-team round 83).
  'licencia de conducir',
  'licencia de manejo',
]);

/**
 * `licence` / `license` alone names a software licence as often as a driver's, so it counts only
 * before a number of the one-letter-and-seven-digits format several states print (California's
 * `B4827361`), right before it and not after a word for a product's licence (`software license
 * D1234567`): an ID-verification log (`extracted licence B4827361`,
 * red-team round 47).
 */
const BARE_LICENCE =
  /(?:^|[^a-z])(?<!(?:software|product|site|volume|user|seat|server|trial|oem|retail|subscription|enterprise|app|plugin) )licen[cs]e[ :#]{1,3}$/;
const LETTER_SEVEN_DIGITS = /^[A-Z]\d{7}$/;
/**
 * `licence` / `license` after a US state's postal code (`showed GA license 058123947`, a pharmacy
 * pickup note: red-team round 45) is a state-issued driver licence, whatever its format. Matched
 * on the text as written (the code in capitals).
 */
const STATE_LICENCE =
  /(?:^|[^A-Za-z])(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]) licen[cs]e[ :#]{1,3}$/;
/**
 * The second of two such numbers in one sentence (`extracted licence B4827361 differs from entered
 * B4827631`, an ID-verification mismatch; red-team round 47): a letter and seven digits after
 * `licence` and a number of that shape, after a word that compares or joins (`vs`, `entered`,
 * `typed`, `expected`, `instead of`, `and`, `or`, `/`) with no digit or sentence end between.
 */
const SECOND_LICENCE =
  /(?:^|[^a-z])(?<!(?:software|product|site|volume|user|seat|server|trial|oem|retail|subscription|enterprise|app|plugin) )licen[cs]e[ :#]{1,3}[a-z]\d{7}(?![\w])[^.;!?\n\d]{0,32}?(?<![a-z])(?:vs\.?|versus|entered|typed|submitted|provided|expected|declared|instead of|and|or|from|!=|≠|\/)[ :=]*$/;

/**
 * Keys that name no thing of their own (`number=`, `doc_no=`): the value is the document's the pair
 * before names (`doc=DL state=IL number=K123-4567-8901`, an ID-verification vendor's log; red-team
 * round 40, stop 34).
 */
const GENERIC_NUMBER_KEY = /^(?:number|num|no|nr|doc_?(?:number|num|no)|document_?(?:number|num|no)|id_?number)$/;
/** The key of a `key=value` pair, read back from its `=`. */
const OWN_KEY = /[a-z0-9_.-]+$/;

/** US driver licences: formats vary by state (1–2 letters and 4–14 digits, or digits only), so a keyword is required. */
export const usDriverLicense = regexDetector({
  id: 'us_driver_license',
  entity: 'DRIVER_LICENSE',
  description: 'US driver licence numbers',
  validation:
    'state formats (up to 2 letters, 5–14 digits, up to 2 letters; or as printed in groups: a letter and 3 digits then 2–4 dash groups, 8–14 digits in all, or 3-3-3 digits); a keyword (driver license, DL#…) within 40 characters before, a letter and 7 digits right after licence / license or after such a number and vs / entered / typed / expected / and / or later in its sentence, or any of these right after a US state code and licence (GA license …)',
  context: true,
  example: 'driver license: D1234567',
  keywords: LICENSE.keywords,
  prefilter: (s) => s.hasDigit,
  // Florida / Wisconsin / Illinois numbers are printed in dash groups (`W426-545-30-761-0`), New
  // York's in three blocks of three (`604 218 937`).
  pattern: /(?<![\w-])(?:[A-Z]{0,2}\d{5,14}[A-Z]{0,2}|[A-Z]\d{3}(?:-\d{1,4}){2,4}|\d{3} \d{3} \d{3})(?![\w]|-\d)/g,
  validate: (v, scan, start) => {
    if (v.length > 11 && v.includes('-')) {
      const digits = v.length - v.replace(/\d/g, '').length;
      if (digits < 8 || digits > 14) return undefined;
    }
    // A value under a key of its own (`…;buyer_dl=604 218 937;odo=61207`) is that key's: the
    // licence word of the pair before it does not reach it.
    if (start > 1 && scan.text.charCodeAt(start - 1) === 61) {
      const key = OWN_KEY.exec(scan.lower().slice(Math.max(0, start - 41), start - 1));
      if (key !== null && !LICENSE.re.test(key[0]) && !GENERIC_NUMBER_KEY.test(key[0])) return undefined;
    }
    if (contextBefore(scan, start, LICENSE.re)) return v;
    if (LETTER_SEVEN_DIGITS.test(v) && (contextBefore(scan, start, BARE_LICENCE, 24) || contextBefore(scan, start, SECOND_LICENCE, 72)))
      return v;
    return STATE_LICENCE.test(scan.text.slice(Math.max(0, start - 16), start)) ? v : undefined;
  },
});

const NPI = contextKeywords(['npi', 'national provider', 'provider id', 'provider number', 'prescriber']);

export const usNpi = regexDetector({
  id: 'us_npi',
  entity: 'US_NPI',
  description: 'US National Provider Identifiers',
  validation: '10 digits starting 1 or 2, Luhn over 80840 + the number (CMS); a keyword (npi, provider) within 40 characters before',
  context: true,
  example: 'NPI 1234567893',
  keywords: NPI.keywords,
  prefilter: (s) => s.digitRun >= 10,
  pattern: /(?<![\w.-])[12]\d{9}(?![\w]|[.-]\d)/g,
  validate: (v, scan, start) =>
    npiValid(v) && contextBefore(scan, start, NPI.re) && !PHARMACY_NPI_LABEL.test(scan.text.slice(Math.max(0, start - 16), start))
      ? v
      : undefined,
});
/**
 * A dispensing pharmacy's NPI right after its label (`pharmacy npi 1719563201` of a network audit;
 * red-team round 92): an organisation's registry number, as under `pharmacyNpi` (keys.ts).
 */
const PHARMACY_NPI_LABEL = /pharmacy[ _-]?npi[\s:#=]{0,3}$/i;

const DEA = contextKeywords(['dea', 'dea number', 'dea no', 'dea#', 'dea registration', 'prescriber']);

export const usDea = regexDetector({
  id: 'us_dea',
  entity: 'US_DEA',
  description: 'US DEA registration numbers',
  validation:
    'registrant letter, letter or 9, 7 digits with the DEA checksum ((d1+d3+d5) + 2·(d2+d4+d6) ends in d7); a keyword (dea) within 40 characters before',
  context: true,
  example: 'DEA# AB1234563',
  keywords: DEA.keywords,
  prefilter: (s) => s.numeric && s.capitalDigit,
  pattern: /(?<![\w-])[A-Z][A-Z9]\d{7}(?![\w]|-\d)/g,
  validate: (v, scan, start) => (deaValid(v) && contextBefore(scan, start, DEA.re) ? v : undefined),
});

/**
 * The data elements of a North American driving licence or ID card barcode (AAMVA DL/ID Card
 * Design Standard, PDF417 subfile `DL` / `ID`), as age-verification and rental-counter scanners
 * log the decoded text: after the `ANSI 636…` header, one element a line, a three-letter element
 * id then the value (`DAQD1234562`). The ids say what each value is: DAQ the licence number, DCS /
 * DAC / DAD / DCT the names, DBB the date of birth, DAG / DAH the street, DAK the postal code.
 * Lines may be joined by real or escaped (`\n`) line breaks.
 */
export const aamvaElements: ValueDetector = {
  ...detectorFields({
    id: 'aamva_elements',
    entity: 'DRIVER_LICENSE',
    description: 'Licence number, names, date of birth and address in decoded AAMVA driving-licence barcodes',
    validation: 'an ANSI 636 header, then lines starting DAQ, DCS, DAC, DAD, DCT, DBB, DAG, DAH or DAK',
    context: false,
    example: 'ANSI 636014090002DL00410278ZC03190008DLDAQD1234562\nDCSSAMPLE\nDACJOHN\nDBB08311977',
    keywords: ['ansi 636'],
    prefilter: (s) => s.text.length >= 24,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    const header = text.indexOf('ANSI 636');
    if (header < 0) return;
    AAMVA_ELEMENT.lastIndex = header;
    for (let m = AAMVA_ELEMENT.exec(text); m !== null; m = AAMVA_ELEMENT.exec(text)) {
      const entity = AAMVA_ENTITIES.get(m[1]!)!;
      const start = m.index + m[0].length - m[2]!.length;
      const value = m[2]!.trim();
      // A token of an earlier pass (`DAQ<DRIVER_LICENSE:…>`) is masked already.
      if (value.length === 0 || value === 'NONE' || value === 'unavl' || value.charCodeAt(0) === 60) continue;
      out.push({ start, end: start + m[2]!.length, entity, detector: 'aamva_elements', normalized: value, priority });
    }
  },
};
/** An element at a line start (after a real or escaped line break, or the `DL` subfile type). */
// A value ends at its line's end, or at the quote that closes a dump logged in a string (round 41:
// `raw="…DAK232690000  " decision=…`).
const AAMVA_ELEMENT = /(?:\n|\r|\\n|\\r|DL|ID)(DAQ|DCS|DAC|DAD|DCT|DBB|DAG|DAH|DAK)([^\n\r\\"]{1,60})/g;
const AAMVA_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['DAQ', 'DRIVER_LICENSE'],
  ['DCS', 'PERSON'],
  ['DAC', 'PERSON'],
  ['DAD', 'PERSON'],
  ['DCT', 'PERSON'],
  ['DBB', 'DATE_OF_BIRTH'],
  ['DAG', 'ADDRESS'],
  ['DAH', 'ADDRESS'],
  ['DAK', 'POSTCODE'],
]);

import { contextBefore } from '../context.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields, regexDetector } from './helpers.js';
import { contextKeywords } from './shared.js';

/**
 * Case and person identifiers of immigration systems, by the layouts the agencies publish. Each
 * names one applicant's case, so case-status logs, HR I-9 records, law-firm case notes and agent
 * traces carry them next to the person. Shop receipts, parcel tracking numbers and form numbers
 * (`I-765`) have none of these shapes.
 */

const WORD_OR_DASH = /[\w-]/;

/**
 * USCIS receipt numbers: a three-letter service-centre or office code then 10 digits
 * (`EAC`, `WAC`, `LIN`, `SRC`, `NBC`, `MSC`, `IOE`, `YSC`, `TSC`…; uscis.gov Case Status Online), also
 * written in groups (`IOE 092 341 8756`). The code list makes the shape specific enough alone.
 */
export const uscisReceiptNumber = regexDetector({
  id: 'uscis_receipt_number',
  entity: 'IMMIGRATION_CASE_NUMBER',
  description: 'USCIS receipt numbers (service-centre code and 10 digits)',
  validation: 'EAC, WAC, LIN, SRC, NBC, MSC, IOE, YSC, TSC, CSC, VSC, NSC then 10 digits, compact or grouped 3-3-4',
  context: false,
  example: 'EAC2190012345',
  prefilter: (s) => s.capitalDigit,
  pattern:
    /(?<![\w-])(?:EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC|TSC|CSC|VSC|NSC)(?:\d{10}|[ -]\d{3}[ -]\d{3}[ -]\d{4}|\d{3}[ -]\d{3}[ -]\d{4})(?![\w]|-\d)/g,
  validate: (v) => v,
});

/**
 * Other immigration case references whose layout is specific alone: UK visa GWF references (GWF
 * and 9 digits, gov.uk), E-Verify case numbers (a year, 9 digits and two letters, E-Verify user
 * manual), DS-160 confirmation numbers (AA00 and 6 letters or digits, travel.state.gov), SEVIS ids
 * (N00 and 8 digits, ICE SEVP), Australian ImmiAccount transaction references (EGO and 7).
 */
export const immigrationCaseReference = regexDetector({
  id: 'immigration_case_reference',
  entity: 'IMMIGRATION_CASE_NUMBER',
  description: 'UK GWF references, E-Verify case numbers, DS-160 confirmations, SEVIS ids, Australian ImmiAccount TRNs',
  validation:
    'GWF + 9 digits; 20yy + 9 digits + 2 capitals; AA00 + 6 capitals or digits (a letter among them); N00 + 8 digits; EGO + 7 capitals or digits (a digit among them)',
  context: false,
  example: 'GWF012345678',
  // Native look-ups first: a run of 13 digits (E-Verify) or one of the literal openings.
  prefilter: (s) =>
    s.capitalDigit &&
    (s.digitRun >= 13 ||
      s.text.indexOf('GWF') >= 0 ||
      s.text.indexOf('AA00') >= 0 ||
      s.text.indexOf('N00') >= 0 ||
      s.text.indexOf('EGO') >= 0),
  pattern: /(?:GWF\d{9}|20[0-3]\d{10}[A-Z]{2}|AA00[A-Z0-9]{6}|N00\d{8}|EGO[A-Z0-9]{7})(?![\w-])/g,
  validate: (v, scan, start) => {
    if (start > 0 && WORD_OR_DASH.test(scan.text[start - 1]!)) return undefined;
    if (v.startsWith('AA00') && !/[A-Z]/.test(v.slice(4))) return undefined;
    if (v.startsWith('EGO') && !/\d/.test(v.slice(3))) return undefined;
    return v;
  },
});

const A_NUMBER = contextKeywords([
  'a#',
  'a #',
  'a-number',
  'a number',
  'a-no',
  'alien number',
  'alien registration',
  'a-file',
  'uscis',
  'beneficiary',
]);
/** An A right before a digit, with or without a dash, lower-cased: the opening of every A-number written with its A. */
const A_DIGIT_KEYWORDS = ['', '-'].flatMap((dash) => [...'0123456789'].map((d) => `a${dash}${d}`));
/** Right before digits written without the A: `A# 214-583-907`, `A-number: 087654321`. */
const A_NUMBER_LABEL = /(?:\ba#|\ba ?#|\ba-?number|\balien (?:registration )?number|\ba-no\.?)\s*(?:is|:)?\s*$/;

/**
 * US alien registration numbers (A-numbers: A and 7 to 9 digits, Form I-9 instructions). Grouped
 * `A-209-117-844` / `A209-117-844` anywhere in a text that names A-numbers (its keywords gate the
 * search); `A214583907` with an immigration word before it; the
 * digits without the A right after their label (`A# is 214-583-907`).
 */
export const usAlienNumber = regexDetector({
  id: 'us_alien_number',
  entity: 'US_A_NUMBER',
  description: 'US alien registration numbers (A-numbers)',
  validation:
    'A and 3-3-3 grouped digits anywhere (A-209-117-844: the grouping is the evidence); A and 7–9 digits with a keyword (A#, A-number, alien, USCIS, beneficiary) within 40 characters before; 7–9 digits right after an A-number label',
  context: true,
  example: 'A-number: A123456789',
  // The gate is what a find needs, as literals: an A before a digit (`a0`…`a9`, `a-0`…`a-9`:
  // every A-number written with its A, found with or without a keyword as before) or a label
  // the bare digits need (`#` of `a#` / `a #`, `number`, `a-no`, `alien`). A keyword with a
  // blank gates on its longest word, so `a #` gated on the letter `a`: the keyword search then
  // stopped at every `a` of a text (a third of the search's time on prompts).
  keywords: [...A_DIGIT_KEYWORDS, '#', 'number', 'a-no', 'alien'],
  // Each shape holds 7 digits in a row or 3-3-3 with dashes: a numeric stretch (TextScan.numeric),
  // which the engine reads for every string anyway; `a0` opens on ids such as `agent-a00000`.
  prefilter: (s) => s.numeric,
  pattern: /(?<![\w-])(?:A-?\d{3}-\d{3}-\d{3}|A-?\d{7,9}|\d{3}-\d{3}-\d{3}|\d{7,9})(?![\w]|-\d)/g,
  validate: (v, scan, start) => {
    if (v.charCodeAt(0) === 65) return /^A-?\d{3}-/.test(v) || contextBefore(scan, start, A_NUMBER.re) ? v : undefined;
    const from = start > 24 ? start - 24 : 0;
    return A_NUMBER_LABEL.test(scan.lower().slice(from, start)) ? v : undefined;
  },
});

/** The fields of an NCIC message (NCIC 2000 operating manual): a mnemonic, a slash, the value. */
const NCIC_FIELD = /(?<![A-Z])(NAM|DOB|SOC|OLN|LIC|FBI|SID|MNU)\/([^./\n\r\\]{1,40}(?:\.(?=[A-Z] )[^./\n\r\\]{1,20})?)/g;
const NCIC_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['NAM', 'PERSON'],
  ['DOB', 'DATE_OF_BIRTH'],
  ['SOC', 'US_SSN'],
  ['OLN', 'DRIVER_LICENSE'],
  ['LIC', 'LICENSE_PLATE'],
  ['FBI', 'CRIMINAL_RECORD_NUMBER'],
  ['SID', 'CRIMINAL_RECORD_NUMBER'],
  ['MNU', 'NATIONAL_ID'],
]);

/**
 * Person and vehicle fields of NCIC / state-switch messages (`QW.AZ0072300.NAM/SMITH, JOHN.SEX/M.
 * DOB/19800101`, `QV.….LIC/ABC123.LIS/CA`, responses with `SOC/…`): the mnemonic says what the value
 * is. A field ends at the next `.`, `/`, or line end; a name's middle initial (`R.` before a space)
 * stays with it. Only in text that has a message key (`QW.`, `QV.`, `QR.`, `QH.`…) or two fields.
 */
export const ncicFields: ValueDetector = {
  ...detectorFields({
    id: 'ncic_fields',
    entity: 'PERSON',
    description: 'Names, dates of birth, SSNs, licence and plate numbers in NCIC-style query and response messages',
    validation: 'NAM/, DOB/, SOC/, OLN/, LIC/, FBI/, SID/ or MNU/ fields in text with a Q-message key or two such fields',
    context: false,
    example: 'QW.AZ0072300.NAM/DOE, JOHN.SEX/M.DOB/19800101',
    keywords: ['nam/', 'dob/', 'lic/', 'oln/', 'soc/'],
    prefilter: (s) => s.text.length >= 10 && s.text.indexOf('/') >= 0,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    if (!/(?:^|[\s"'.])Q[A-Z]\.|(?:NAM|DOB|LIC|OLN|SOC)\/[^/]{1,60}(?:NAM|DOB|LIC|OLN|SOC|SEX|RAC|LIS)\//.test(text)) return;
    NCIC_FIELD.lastIndex = 0;
    for (let m = NCIC_FIELD.exec(text); m !== null; m = NCIC_FIELD.exec(text)) {
      let value = m[2]!;
      const cut = value.search(/\s+(?:[A-Z]{3}\/|NO |SEX|RAC)/);
      if (cut >= 0) value = value.slice(0, cut);
      value = value.replace(/[\s,]+$/, '');
      if (value.length === 0 || value.charCodeAt(0) === 60) continue;
      const start = m.index + m[1]!.length + 1;
      out.push({
        start,
        end: start + value.length,
        entity: NCIC_ENTITIES.get(m[1]!)!,
        detector: 'ncic_fields',
        normalized: value,
        priority,
      });
    }
  },
};

const UCI = /(?<![a-z])(?:uci|unique client identifier)\W{0,3}$/;
const IRCC = contextKeywords(['ircc', 'work permit', 'study permit', 'permit extension', 'trv', 'application number', 'application no']);
const BRP = /(?<![a-z])(?:brp|residence permit)(?: number| no\.?)?\W{0,3}$/;
const GRANT = /(?<![a-z])(?:visa )?grant (?:no\.?|number|#)\W{0,3}$/;
/** CBP Form I-94 (arrival / departure record) words, anywhere in the 40 characters before the number. */
const I94 = /(?<![a-z0-9])(?:i-?94a?|admission (?:number|no\b|#)|arrival\/departure record)/;

/**
 * Immigration numbers whose layout alone is common, after the name that says what they are:
 * IRCC unique client identifiers (`UCI 1234-5678`, `UCI 12-3456-7890`: 8 or 10 digits, canada.ca),
 * IRCC application numbers (a letter and 9 digits) after an IRCC word, UK biometric residence
 * permit numbers (two letters, X or a digit, 6 digits) after `BRP`, Australian visa grant numbers
 * (13 digits) after `grant no`, CBP I-94 admission numbers (11 digits, or since 2013 9 digits, a
 * letter and a digit: cbp.gov) with an I-94 word before them in the sentence (red-team round 43:
 * `the I-94 we keyed (69384825032)`).
 */
export const immigrationNumberAfterName = regexDetector({
  id: 'immigration_number_after_name',
  entity: 'IMMIGRATION_CASE_NUMBER',
  description:
    'IRCC UCI and application numbers, UK BRP numbers, Australian visa grant numbers and US I-94 admission numbers after their name',
  validation:
    '8 or 10 digits right after UCI; a letter and 9 digits with an IRCC word (ircc, work / study permit, application number) within 40 characters before; 2 letters, X or a digit and 6 digits right after BRP; 13 digits right after grant no / number; 11 digits, or 9 digits, a letter and a digit, with I-94 or admission number within 40 characters before',
  context: true,
  example: 'UCI 1234-5678',
  keywords: [
    'uci',
    'ircc',
    'work permit',
    'study permit',
    'permit extension',
    'trv',
    'application number',
    'application no',
    'brp',
    'residence permit',
    'grant no',
    'grant number',
    'grant #',
    'i-94',
    'i94',
    'admission number',
  ],
  prefilter: (s) => s.hasDigit && s.text.length >= 12,
  pattern: /(?<![\w-])(?:\d{2}-?\d{4}-?\d{4}|\d{4}-?\d{4}|[A-Z]\d{9}|[A-Z]{2}[X\d]\d{6}|\d{13}|\d{11}|\d{9}[A-Z]\d)(?![\w]|-\d)/g,
  validate: (v, scan, start) => {
    if (v.length === 11 && /^\d{9}(?:\d|[A-Z])\d$/.test(v)) return contextBefore(scan, start, I94) ? v : undefined;
    const before = scan.lower().slice(Math.max(0, start - 40), start);
    if (/^[A-Z]\d{9}$/.test(v)) return contextBefore(scan, start, IRCC.re) ? v : undefined;
    if (/^[A-Z]{2}/.test(v)) return BRP.test(before) ? v : undefined;
    if (v.length === 13 && /^\d+$/.test(v)) return GRANT.test(before) ? v : undefined;
    return UCI.test(before) ? v : undefined;
  },
});

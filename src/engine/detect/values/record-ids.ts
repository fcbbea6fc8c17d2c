import { contextBefore } from '../context.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { gs1CheckValid } from './financial.js';
import { candidatePatterns, detectorFields, regexDetector } from './helpers.js';
import { contextKeywords } from './shared.js';

/**
 * Identifiers of tax, utility and patient records written in prose after their name (red-team
 * round 8): a US EIN in an IRS notice, a UK UTR as HMRC letters print it, a UK MPAN on a bill or
 * in a meter API path, a medical record number in a clinical note. Each shape alone is an ordinary
 * number, so each needs its name within 40 characters before; each is gated by that name in the
 * keyword index, so text without it costs nothing.
 */

/** IRS "How EINs are assigned and valid EIN prefixes": the campus and online prefixes in use. */
const EIN_PREFIXES = new Set(
  '01 02 03 04 05 06 10 11 12 13 14 15 16 20 21 22 23 24 25 26 27 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 71 72 73 74 75 76 77 80 81 82 83 84 85 86 87 88 90 91 92 93 94 95 98 99'.split(
    ' ',
  ),
);
const EIN = contextKeywords(['ein', 'fein', 'employer identification number', 'employer id number']);
/** `EIN` must be written in capitals: the lower-case word is German's indefinite article. */
const EIN_NAMED = /\bF?EIN\b|employer identification|employer id number/i;
const EIN_CAPITALS = /\bF?EIN\b/;

function einNamed(scan: TextScan, start: number): boolean {
  if (!contextBefore(scan, start, EIN.re)) return false;
  const before = scan.text.slice(Math.max(0, start - 40), start);
  const named = EIN_NAMED.exec(before);
  return named !== null && (!/^f?ein$/i.test(named[0]) || EIN_CAPITALS.test(before));
}

/** US Employer Identification Number, `NN-NNNNNNN`, after its name. */
export const usEin = regexDetector({
  id: 'us_ein',
  entity: 'US_EIN',
  description: 'US Employer Identification Numbers',
  validation:
    'NN-NNNNNNN with a prefix the IRS assigns; EIN / FEIN (in capitals) or "employer identification number" within 40 characters before',
  context: true,
  example: 'Employer Identification Number 98-7654321',
  keywords: EIN.keywords,
  prefilter: (s) => s.digitRun >= 7,
  pattern: /(?<![\w-])\d{2}-\d{7}(?![\w]|-\d)/g,
  validate: (v, scan, start) => (EIN_PREFIXES.has(v.slice(0, 2)) && einNamed(scan, start) ? v.replace('-', '') : undefined),
});

/**
 * An EIN as a cell of a LEDES 1998B e-billing line (LEDES Oversight Committee: fields split by
 * `|`, each line ending in `[]`; LAW_FIRM_ID holds the firm's tax id), with or without the header
 * line: `NN-NNNNNNN` with an assigned prefix, alone between two pipes, on a line of at least 15
 * pipes that ends with `[]`.
 */
export const ledesTaxId = regexDetector({
  id: 'ledes_tax_id',
  entity: 'US_EIN',
  description: 'US EINs in the cells of LEDES 1998B e-billing lines',
  validation: 'NN-NNNNNNN with an assigned prefix, a whole pipe-delimited cell, on a line of 15 or more pipes ending in []',
  context: false,
  example:
    '20250131|INV-1|C01|M-7|900.00|20250101|20250131|Services|1|F|2.0|0|900.00|20250110|L110|||A101|TK1|Review|12-3456789|450.00|Doe, Jan|PT|CM-1[]',
  keywords: ['[]'],
  prefilter: (s) => s.digitRun >= 7 && s.text.indexOf('|') >= 0,
  pattern: /(?<=\|)\d{2}-\d{7}(?=\|)/g,
  validate: (v, scan, start) => {
    if (!EIN_PREFIXES.has(v.slice(0, 2))) return undefined;
    const text = scan.text;
    const from = Math.max(text.lastIndexOf('\n', start) + 1, 0);
    let to = text.indexOf('\n', start);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).trimEnd();
    if (!line.endsWith('[]')) return undefined;
    let pipes = 0;
    for (let i = line.indexOf('|'); i >= 0 && pipes < 15; i = line.indexOf('|', i + 1)) pipes++;
    return pipes >= 15 ? v.replace('-', '') : undefined;
  },
});

/** HMRC UTR check (python-stdnum gb.utr): weights 6,7,8,9,10,5,4,3,2 over digits 2–10, the first digit from the remainder. */
export function ukUtrValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const weights = [6, 7, 8, 9, 10, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i + 1]) * weights[i]!;
  return '21987654321'[sum % 11] === digits[0];
}

const UTR = contextKeywords(['utr', 'unique taxpayer reference', 'taxpayer reference', 'self assessment reference']);

/** UK Unique Taxpayer Reference: 10 digits, or 5 and 5 as HMRC letters print it, after its name. */
export const ukUtr = regexDetector({
  id: 'uk_utr',
  entity: 'UK_UTR',
  description: 'UK Unique Taxpayer References (HMRC Self Assessment, Corporation Tax)',
  validation: '10 digits (or 5 + 5) with the HMRC check digit; UTR or "unique taxpayer reference" within 40 characters before',
  context: true,
  example: 'UTR 19558 39661',
  keywords: UTR.keywords,
  prefilter: (s) => s.digitRun >= 5,
  pattern: /(?<![\w-])\d{5} ?\d{5}(?![\w]|-\d)/g,
  validate: (v, scan, start) => {
    const digits = v.replace(' ', '');
    return ukUtrValid(digits) && contextBefore(scan, start, UTR.re) ? digits : undefined;
  },
});

/** MPAN core check digit (Elexon MRA): primes 3,5,7,13,…,43 over the first 12 digits, sum mod 11 mod 10. */
export function mpanCoreValid(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  const primes = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * primes[i]!;
  // The distributor id (first two digits, 10–29 in Great Britain) starts every core.
  return (sum % 11) % 10 === Number(digits[12]) && /^(1\d|2[0-9])/.test(digits);
}

const MPAN = contextKeywords(['mpan', 'meter point', 'supply number', 'supply point']);

/** UK electricity Meter Point Administration Number core: 13 digits (or 2 4 4 3 as a bill prints it), after its name. */
export const ukMpan = regexDetector({
  id: 'uk_mpan',
  entity: 'METER_POINT_ID',
  description: 'UK electricity meter point numbers (MPAN core)',
  validation:
    '13 digits (or grouped 2 4 4 3) with the MPAN check digit and a GB distributor id; MPAN or "meter point" within 40 characters before',
  context: true,
  example: 'MPAN 12 0001 2345 679',
  keywords: MPAN.keywords,
  prefilter: (s) => s.digitRun >= 4,
  pattern: /(?<![\w-])(?:\d{13}|\d{2} \d{4} \d{4} \d{3})(?![\w]|-\d)/g,
  validate: (v, scan, start) => {
    const digits = v.replace(/ /g, '');
    return mpanCoreValid(digits) && contextBefore(scan, start, MPAN.re, 60) ? digits : undefined;
  },
});

/**
 * An EU energy connection's EAN code (red-team round 44): the 18-digit GS1 number of a household's
 * electricity or gas connection, Dutch (`871…`, EDSN) and Belgian (`54…`, Atrias), on every
 * contract, switch and bill; GS1 check digit. Blanks between groups are allowed.
 */
export function energyEanValid(raw: string): boolean {
  const d = raw.length <= 24 ? raw.replace(/ /g, '') : '';
  return d.length === 18 && /^(?:87|54)\d{16}$/.test(d) && gs1CheckValid(d);
}

const ENERGY_EAN = contextKeywords(['ean', 'ean-code', 'eancode', 'aansluiting', 'ean nummer', 'ean-nummer']);

/** An EU energy connection's EAN code after its name (`EAN 871687…`, `EAN-code: 5414…`). */
export const euEnergyEan = regexDetector({
  id: 'eu_energy_ean',
  entity: 'METER_POINT_ID',
  description: 'EU (Dutch, Belgian) energy connection EAN codes',
  validation: '18 digits opening with 87 or 54, GS1 check digit; EAN or aansluiting within 40 characters before',
  context: true,
  example: 'EAN 871687120056723407',
  keywords: ENERGY_EAN.keywords,
  prefilter: (s) => s.digitRun >= 6,
  pattern: /(?<![\w-])(?:87|54)\d{16}(?![\w]|-\d)|(?<![\w-])(?:87|54)\d{2}(?: \d{2,6}){3,6}(?![\w]|-\d)/g,
  validate: (v, scan, start) => {
    const digits = v.replace(/ /g, '');
    return energyEanValid(digits) && contextBefore(scan, start, ENERGY_EAN.re) ? digits : undefined;
  },
});

const METER = contextKeywords(['mpan', 'mprn', 'meter point', 'smart meter', 'electricity meter', 'gas meter']);

/**
 * A UK electricity or gas meter's serial number (a meter is at one home): the path segment after
 * `/meters/` (Octopus Energy's `/electricity-meter-points/{mpan}/meters/{serial}/consumption/`)
 * or a `serial=` / `serial:` value, in a text that names the supply point or the meter within 80
 * characters before. A parking meter's or a device's serial without that context stays.
 */
export const meterSerial = regexDetector({
  id: 'meter_serial',
  entity: 'METER_POINT_ID',
  description: 'UK electricity and gas meter serial numbers in a meter API path or after serial=',
  validation:
    '6–14 capitals and digits with a digit, after /meters/ or serial= / serial:; MPAN, MPRN or "meter point" within 80 characters before',
  context: true,
  example: '/electricity-meter-points/1200012345679/meters/21L4381884/consumption/',
  keywords: ['/meters/', 'serial'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?:\/meters\/|(?<![A-Za-z])serial(?:[ _-]?(?:no|number))?[ \t]?[=:][ \t]?)([A-Z0-9]{6,14})(?![\w-])/dgi,
  group: 1,
  validate: (v, scan, start) => (/\d/.test(v) && /^[A-Z0-9]+$/.test(v) && contextBefore(scan, start, METER.re, 80) ? v : undefined),
});

/** A medical record number right after its name in a note (`MRN: 2000457781`, `MRN# E1234567`). */
export const mrnInText = regexDetector({
  id: 'mrn_in_text',
  entity: 'MEDICAL_RECORD_NUMBER',
  description: 'Medical record numbers written after MRN in clinical notes',
  validation: 'MRN (any case), then `:`, `#` or `no.`, then an identifier of 5–15 letters, digits or dashes with at least one digit',
  context: true,
  example: 'MRN: 2000457781',
  keywords: ['mrn'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![A-Za-z])MRN(?:[ \t]?(?:#|:|no\.?|number:?))?[ \t]?([A-Z0-9][A-Z0-9-]{4,14})(?![\w-])/dgi,
  group: 1,
  validate: (v) => (/\d/.test(v) ? v : undefined),
});

/**
 * A medical record number after the other labels of clinical notes and site logs (red-team round
 * 95): `med rec no.`, `medical records #`, `hosp#`, `hospital number` (the UK's name for it),
 * then an identifier with a digit, as mrn_in_text reads one after `MRN` (`medical record no.` /
 * `#` / `number` are medical_record_number_after_label's, care-ids.ts). The label must end in a
 * number word or `#` (a spelled-out `hospital` needs `no.` or `number`): `Hospital #12345` (a
 * facility's number) and a hospital's name stay.
 */
export const mrnLabelVariants = regexDetector({
  id: 'mrn_label_variants',
  entity: 'MEDICAL_RECORD_NUMBER',
  description: 'Medical record numbers after med rec no., medical records #, hosp# or hospital number',
  validation:
    'med rec / medical rec. / medical records / hosp (any case), then `#`, `no.`, `num` or `number` (hospital: `no.` or `number`), an optional `is`, then an identifier of 5–15 letters, digits or dashes with at least one digit',
  context: true,
  example: 'hospital number 30077314',
  keywords: ['med rec', 'medical rec', 'hosp'],
  prefilter: (s) => s.hasDigit,
  pattern:
    /(?<![A-Za-z])(?:(?:med\.? ?recs?(?:ords?)?|medical recs?\.?|medical records|hosp)\.?[ \t]?(?:#|no\.?|nr\.?|num(?:ber)?\.?)|hospital[ \t](?:no\.|num(?:ber)?\.?))[ \t]?:?[ \t]?(?:is[ \t])?([A-Z0-9][A-Z0-9-]{4,14})(?![\w-])/dgi,
  group: 1,
  validate: (v) => (/\d/.test(v) ? v : undefined),
});

/**
 * An e-mobility account id (eMAID, ISO 15118-2 Annex H / eMI3: country, 3-character provider id,
 * `C`, 8-character contract instance, optional check character), the contract id of one EV
 * driver's charging card or app, as OCPI `contract_id` carries it and support chats quote it:
 * `DE-ABC-C12345678-X`, `NL*TST*C12345678*S`. Written with its separators only: the bare
 * 14–15-character form is any code in prose.
 */
const EMAID_AT = /[A-Za-z]{2}([-*])[A-Za-z0-9]{3}\1[Cc][A-Za-z0-9]{8}(?:\1[A-Za-z0-9])?(?![A-Za-z0-9*-])/y;

function isIdChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 42 || c === 45;
}

/**
 * Found from each `-` / `*` followed by a `c` or `C` (the separator before the instance's `C`), the
 * pattern tried where the id would start: `-c` is common (UUIDs, `bash -c`), and a regex over the
 * whole of such a text would try every position; no lower-cased copy of the text is made (a UUID
 * with a `-c` group is in most records).
 */
export const emaId: ValueDetector = {
  ...detectorFields({
    id: 'emaid',
    entity: 'EMOBILITY_ACCOUNT_ID',
    description: 'E-mobility account ids (eMAID, ISO 15118 / eMI3) written with - or * separators',
    validation: 'country letters, provider id, C and an 8-character instance with a digit, optional check character, one kind of separator',
    context: false,
    example: 'DE-ABC-C12345678-X',
    keywords: ['-c', '*c'],
    prefilter: (s) => s.text.length >= 16,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    const from = out.length;
    for (const sep of [45, 42]) {
      const ch = String.fromCharCode(sep);
      for (let i = text.indexOf(ch, 6); i >= 0; i = text.indexOf(ch, i + 1)) {
        if ((text.charCodeAt(i + 1) | 0x20) !== 99) continue;
        const start = i - 6;
        if (text.charCodeAt(i - 4) !== sep || (start > 0 && isIdChar(text.charCodeAt(start - 1)))) continue;
        EMAID_AT.lastIndex = start;
        const m = EMAID_AT.exec(text);
        if (m === null || !/\d/.test(m[0].slice(8, 16))) continue;
        const value = m[0];
        out.push({
          start,
          end: start + value.length,
          entity: 'EMOBILITY_ACCOUNT_ID',
          detector: 'emaid',
          normalized: value.toUpperCase().replace(/\*/g, '-'),
          priority,
        });
      }
    }
    if (out.length - from > 1) out.push(...out.splice(from).sort((x, y) => x.start - y.start));
  },
};
candidatePatterns.set(emaId, [new RegExp(`(?<![A-Za-z0-9*-])(?:${EMAID_AT.source})`, 'g')]);

import { contextBefore } from '../context.js';
import { regexDetector } from './helpers.js';
import { mpanCoreValid } from './record-ids.js';
import { contextKeywords } from './shared.js';

/**
 * Energy supply points outside the UK electricity MPAN and the Dutch / Belgian EAN of
 * record-ids.ts (red-team round 71): each is the id of one household's supply on every switch,
 * move-in and meter-data record, and each is an ordinary number alone, so each needs its name
 * within a few words before (gated by that name in the keyword index):
 * - a Texas ESI ID (ERCOT: 17 or 22 digits opening with the distribution utility's DUNS number,
 *   `10443720…` Oncor, `1008901…` CenterPoint);
 * - a UK gas MPRN (Xoserve: 6–10 digits) right after its name;
 * - an Australian NMI (AEMO: 10 letters and digits without I and O, an optional 11th checksum
 *   digit by AEMO's algorithm);
 * - a German Marktlokations-ID (BDEW: 11 digits, the last a check digit over the first 10) and
 *   Messlokations-ID / Zählpunkt (`DE`, then 31 letters and digits);
 * - a UK MPAN core in a data-transfer flow file (Elexon DTC `ZHV|…` header, `288|<mpan>|`
 *   groups): a 13-digit cell with the MPAN check digit.
 */

const ESI_ID = contextKeywords(['esi id', 'esiid']);

/** A Texas Electric Service Identifier after its name (`ESI ID 10443720008812345`, `esiid=1008901…`). */
export const usEsiId = regexDetector({
  id: 'us_esi_id',
  entity: 'METER_POINT_ID',
  description: 'Texas (ERCOT) Electric Service Identifiers',
  validation: "17 or 22 digits opening with 10 (a distribution utility's DUNS number); ESI ID within 40 characters before",
  context: true,
  example: 'ESI ID 10443720008812345',
  keywords: ESI_ID.keywords,
  prefilter: (s) => s.digitRun >= 17,
  pattern: /(?<![\w-])10\d{15}(?:\d{5})?(?![\w]|-\d)/g,
  validate: (v, scan, start) => (contextBefore(scan, start, ESI_ID.re) ? v : undefined),
});

const MPRN = contextKeywords(['mprn', 'meter point reference']);

/** A UK gas Meter Point Reference Number right after its name (`gas mprn 7345021860`, `MPRN: 123456`). */
export const ukMprn = regexDetector({
  id: 'uk_mprn',
  entity: 'METER_POINT_ID',
  description: 'UK gas meter point reference numbers (MPRN)',
  validation: '6–10 digits, not one repeated digit; MPRN right before, with no other number between',
  context: true,
  example: 'gas MPRN 7345021860',
  keywords: MPRN.keywords,
  // digitRun is exact from 7 digits only: a 6-digit MPRN passes on hasDigit.
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w.,-])\d{6,10}(?![\w]|[.,-]\d)/g,
  validate: (v, scan, start) =>
    !/^(\d)\1+$/.test(v) &&
    contextBefore(scan, start, MPRN.re, 24) &&
    MPRN_RIGHT_BEFORE.test(scan.text.slice(Math.max(0, start - 40), start))
      ? v
      : undefined,
});
/** The name right before the number, no other number or line between (`mprn=… isbn=0306406152` is no MPRN). */
const MPRN_RIGHT_BEFORE = /(?:mprn|meter point reference)[^\d\n]{0,20}$/i;

/**
 * AEMO's NMI checksum ("National Metering Identifier Procedure", appendix): from the right, every
 * other character's ASCII code doubled, starting with the last; the digits of each added; the
 * checksum brings the sum to a multiple of 10.
 */
export function nmiChecksum(nmi: string): number {
  let sum = 0;
  let double = true;
  for (let i = nmi.length - 1; i >= 0; i--) {
    let v = nmi.charCodeAt(i);
    if (double) v *= 2;
    double = !double;
    while (v > 0) {
      sum += v % 10;
      v = Math.floor(v / 10);
    }
  }
  return (10 - (sum % 10)) % 10;
}

const NMI = contextKeywords(['nmi']);
const NMI_BODY = /^(?=[A-Z]*\d)[A-HJ-NP-Z0-9]{10}$/;

/** An Australian National Metering Identifier after its name (`NMI 4316854005`, `nmi: VAAA0000657`). */
export const auNmi = regexDetector({
  id: 'au_nmi',
  entity: 'METER_POINT_ID',
  description: 'Australian National Metering Identifiers (NMI)',
  validation:
    '10 capitals and digits without I or O, with a digit; an 11th character must be the AEMO checksum; NMI within 30 characters before',
  context: true,
  example: 'NMI 4316854005',
  keywords: NMI.keywords,
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w-])[A-HJ-NP-Z0-9]{10}\d?(?![\w-])/g,
  validate: (v, scan, start) => {
    const body = v.slice(0, 10);
    if (!NMI_BODY.test(body) || (v.length === 11 && nmiChecksum(body) !== Number(v[10]))) return undefined;
    return contextBefore(scan, start, NMI.re, 30) ? v : undefined;
  },
});

/** BDEW's Marktlokations-ID check digit: odd positions summed, even positions summed and doubled, to a multiple of 10. */
export function maloIdValid(id: string): boolean {
  if (!/^[1-9]\d{10}$/.test(id)) return false;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < 10; i++) {
    if (i % 2 === 0) odd += Number(id[i]);
    else even += Number(id[i]);
  }
  return (10 - ((odd + 2 * even) % 10)) % 10 === Number(id[10]);
}

const MALO = contextKeywords(['malo', 'marktlokation', 'marktlokations', 'market location']);

/** A German Marktlokations-ID after its name (`MaLo-ID 51238696781`, `Marktlokation: …`). */
export const deMaloId = regexDetector({
  id: 'de_malo_id',
  entity: 'METER_POINT_ID',
  description: 'German market location ids (Marktlokations-ID)',
  validation: '11 digits, not 0 first, the BDEW check digit; MaLo or Marktlokation within 40 characters before',
  context: true,
  example: 'MaLo-ID 51238696781',
  keywords: MALO.keywords,
  prefilter: (s) => s.digitRun >= 11,
  pattern: /(?<![\w-])[1-9]\d{10}(?![\w]|-\d)/g,
  validate: (v, scan, start) => (maloIdValid(v) && contextBefore(scan, start, MALO.re) ? v : undefined),
});

const MELO = contextKeywords(['melo', 'messlokation', 'messlokations', 'zählpunkt', 'zaehlpunkt', 'zahlpunkt', 'metering point']);

/** A German Messlokations-ID / Zählpunktbezeichnung after its name (`MeLo DE0004596400000000000000000123456`). */
export const deMeloId = regexDetector({
  id: 'de_melo_id',
  entity: 'METER_POINT_ID',
  description: 'German metering location ids (Messlokations-ID, Zählpunktbezeichnung)',
  validation: 'DE, then 31 capitals and digits with 11 digits or more; MeLo, Messlokation or Zählpunkt within 40 characters before',
  context: true,
  example: 'MeLo-ID DE0004596400000000000000000123456',
  keywords: MELO.keywords,
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w-])DE[0-9A-Z]{31}(?![\w-])/g,
  validate: (v, scan, start) => (v.replace(/\D/g, '').length >= 11 && contextBefore(scan, start, MELO.re) ? v : undefined),
});

/**
 * A UK MPAN core as a cell of an Elexon data-transfer flow file (`ZHV|…|D0150001|…` header, then
 * `288|1200023305963|20250201|`): a 13-digit cell between `|` with the MPAN check digit and a GB
 * distributor id, in a text that holds a `ZHV|` header line.
 */
export const ukDtcFlowMpan = regexDetector({
  id: 'uk_dtc_flow_mpan',
  entity: 'METER_POINT_ID',
  description: 'UK MPAN cores in the cells of Elexon data-transfer flow files (ZHV header)',
  validation: 'a 13-digit cell between | with the MPAN check digit and a GB distributor id, in a text holding a ZHV| header',
  context: true,
  example: 'ZHV|DF00412271|D0150001|…\n288|1200023305963|20250201|',
  keywords: ['zhv|'],
  prefilter: (s) => s.digitRun >= 13 && s.text.includes('ZHV|'),
  pattern: /(?<=\|)\d{13}(?=\|)/g,
  validate: (v) => (mpanCoreValid(v) ? v : undefined),
});

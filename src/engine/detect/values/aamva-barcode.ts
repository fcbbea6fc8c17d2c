import { normalizeForEntity } from '../../mask/normalize.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';

/**
 * The PDF417 barcode of a North American driver's licence or identity card, as identity-proofing,
 * age-verification and DMV systems log its decoded text (AAMVA DL/ID Card Design Standard, annex
 * D: data elements of three letters, each followed by its value up to a line feed, carriage return
 * or record separator; the first element of the DL subfile follows the subfile type `DL` / `ID`
 * directly). The holder's elements are masked: DAQ (the customer id: the licence number), DCS /
 * DAC / DAD / DCT / DAA / DAB (family, first, middle, given and full names), DBB (date of birth),
 * DAG / DAH (street) and DAK (postal code). Read only where at least three of them stand at an
 * element start, one of them DAQ or DBB, so a lone `DAC` or `DAG` of other text stays.
 */

/** Element id → the entity of its value. */
const ELEMENTS: Record<string, string> = {
  DAQ: 'DRIVER_LICENSE',
  DCS: 'PERSON',
  DAC: 'PERSON',
  DAD: 'PERSON',
  DCT: 'PERSON',
  DAA: 'PERSON',
  DAB: 'PERSON',
  DBB: 'DATE_OF_BIRTH',
  DAG: 'ADDRESS',
  DAH: 'ADDRESS',
  DAK: 'POSTCODE',
};

/**
 * An element at an element start: after a line break (real or escaped), a record separator, a
 * blank, the text's start or the subfile type; its value runs to the next break, separator,
 * backslash or quote.
 */
const ELEMENT = /(?:(?<=^|[\n\r\x1e\s]|\\[nr]|DL|ID))(DA[QCDABGHK]|DCS|DCT|DBB)([^\n\r\x1e\\"]{1,60})/g;

function findAamva(scan: TextScan, out: Span[], priority: number): void {
  const text = scan.text;
  const found: { start: number; end: number; entity: string; id: string }[] = [];
  const ids = new Set<string>();
  ELEMENT.lastIndex = 0;
  for (let m = ELEMENT.exec(text); m !== null; m = ELEMENT.exec(text)) {
    const id = m[1]!;
    const entity = ELEMENTS[id];
    if (entity === undefined) continue;
    const value = m[2]!.trimEnd();
    if (value.trim().length === 0 || value.toUpperCase() === 'NONE') continue;
    if (id === 'DBB' && !/^\d{8}$/.test(value)) continue;
    const start = m.index + 3;
    found.push({ start, end: start + value.length, entity, id });
    ids.add(id);
  }
  if (ids.size < 3 || !(ids.has('DAQ') || ids.has('DBB'))) return;
  for (const f of found) {
    const value = text.slice(f.start, f.end);
    out.push({
      start: f.start,
      end: f.end,
      entity: f.entity,
      detector: 'aamva_dl_barcode',
      normalized: normalizeForEntity(f.entity, value),
      priority,
    });
  }
}

export const aamvaDlBarcode: ValueDetector = {
  ...detectorFields({
    id: 'aamva_dl_barcode',
    entity: 'DRIVER_LICENSE',
    description:
      "Decoded PDF417 text of North American driver's licences and ID cards: licence number, names, birth date, street, postcode",
    validation:
      'AAMVA DL/ID data elements DAQ, DCS, DAC, DAD, DCT, DAA, DAB, DBB (8 digits), DAG, DAH, DAK at element starts; at least three of them, DAQ or DBB among them',
    context: false,
    example: 'DLDAQD1234562\nDCSPUBLIC\nDACJOHN\nDBB01311970\nDAG789 E OAK ST',
    keywords: ['dbb', 'daq'],
    prefilter: (s) => s.text.length >= 20 && s.text.includes('DA'),
  }),
  find: findAamva,
};

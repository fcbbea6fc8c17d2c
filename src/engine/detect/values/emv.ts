import { normalizeForEntity } from '../../mask/normalize.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { cardIssuer, luhnValid } from '../validators.js';
import { detectorFields, regexDetector } from './helpers.js';

/**
 * EMV card data as payment terminals and card apps log it (EMV Book 3, Annex A data elements;
 * BER-TLV coding per Annex B): tag 5A Application PAN (BCD, padded with F), 57 Track 2
 * Equivalent Data, 56 Track 1 Data, 9F6B Track 2 Data (contactless), 5F20 Cardholder Name (ans
 * 2–26). Two shapes:
 * - a whole TLV list as one hex string (`5A08476173…5F200F4341…9F2608…`, ISO 8583 DE55 or an
 *   app's `tlv` field): it is read as BER-TLV from its first character, and only a run that
 *   parses whole, to its last digit, is one; the values of the tags above are masked (the PAN as
 *   CREDIT_CARD when it passes Luhn with a known issuer, with the token the same number gets in
 *   clear; the name, hex-encoded ASCII, as PERSON; track data as CARD_TRACK_DATA). Tags and
 *   lengths, and every other tag (cryptograms, counters, amounts), stay;
 * - a kernel trace line `5F20 0F  CARDHOLDER/VISA` (tag, length in hex, the name as text): the
 *   name when its length is the one written. Tag 5A and 57 lines hold digits the card and track
 *   detectors read already.
 */

/** The tags whose values are masked, and as what. */
const SENSITIVE_TAGS: ReadonlyMap<string, string> = new Map([
  ['5A', 'CREDIT_CARD'],
  ['57', 'CARD_TRACK_DATA'],
  ['56', 'CARD_TRACK_DATA'],
  ['9F6B', 'CARD_TRACK_DATA'],
  ['5F20', 'PERSON'],
]);

/** Hex runs long enough to hold a tag, a length and a PAN (5A 06 + 12 digits = 16 characters). */
const HEX_RUN = /(?<![0-9A-Za-z])[0-9A-Fa-f]{16,4096}(?![0-9A-Za-z])/g;
/** `5F20 0F  NAME` in a TLV dump (optionally `5F20:` / `[0F]`). */
const NAME_LINE = /(?<![0-9A-Za-z])5F20[ \t]*:?[ \t]*\[?([0-9A-Fa-f]{2})\]?[ \t]+([A-Za-z][A-Za-z .'/-]{0,24}[A-Za-z.])(?![A-Za-z.'/-])/gi;

interface Tlv {
  tag: string;
  start: number;
  end: number;
}

/**
 * The primitive data objects of the BER-TLV list in `hex` (character offsets), descending into
 * constructed ones (templates 70, 77, 6F, A5…), or null when `hex` is not one TLV list to its end.
 */
export function parseTlv(hex: string, from = 0, to = hex.length, depth = 0, out: Tlv[] = []): Tlv[] | null {
  if ((to - from) % 2 !== 0 || depth > 4) return null;
  let i = from;
  while (i < to) {
    const first = byteAt(hex, i);
    if (first === 0x00 || first === 0xff) return null;
    let tagEnd = i + 2;
    if ((first & 0x1f) === 0x1f) {
      for (let more = true, k = 0; more; k++) {
        if (tagEnd >= to || k > 2) return null;
        more = (byteAt(hex, tagEnd) & 0x80) !== 0;
        tagEnd += 2;
      }
    }
    if (tagEnd >= to) return null;
    let length = byteAt(hex, tagEnd);
    let valueStart = tagEnd + 2;
    if (length === 0x81 || length === 0x82) {
      const bytes = length - 0x80;
      if (valueStart + bytes * 2 > to) return null;
      length = 0;
      for (let b = 0; b < bytes; b++) length = length * 256 + byteAt(hex, valueStart + b * 2);
      valueStart += bytes * 2;
    } else if (length > 0x7f) return null;
    const valueEnd = valueStart + length * 2;
    if (valueEnd > to) return null;
    const tag = hex.slice(i, tagEnd).toUpperCase();
    if ((first & 0x20) !== 0) {
      if (parseTlv(hex, valueStart, valueEnd, depth + 1, out) === null) return null;
    } else out.push({ tag, start: valueStart, end: valueEnd });
    i = valueEnd;
  }
  return out;
}

function byteAt(hex: string, i: number): number {
  return Number.parseInt(hex.slice(i, i + 2), 16);
}

function findEmv(scan: TextScan, out: Span[], priority: number): void {
  const text = scan.text;
  HEX_RUN.lastIndex = 0;
  for (let m = HEX_RUN.exec(text); m !== null; m = HEX_RUN.exec(text)) {
    const tlvs = parseTlv(m[0]);
    if (tlvs === null) continue;
    for (const t of tlvs) {
      const entity = SENSITIVE_TAGS.get(t.tag);
      if (entity === undefined || t.end === t.start) continue;
      const raw = m[0].slice(t.start, t.end);
      const start = m.index + t.start;
      // What the value is read as: the PAN without its F padding (Luhn and an issuer required), the
      // cardholder name decoded from hex, or the track data as written.
      let length = raw.length;
      let value: string;
      if (entity === 'CREDIT_CARD') {
        value = raw.replace(/[Ff]+$/, '');
        if (!/^\d{12,19}$/.test(value) || !luhnValid(value) || cardIssuer(value) === undefined) continue;
        length = value.length;
      } else if (entity === 'PERSON') {
        const name = Buffer.from(raw, 'hex').toString('latin1');
        if (!/^[\x20-\x7e]{2,26}$/.test(name)) continue;
        value = name.trim();
      } else value = raw.toUpperCase();
      out.push({ start, end: start + length, entity, detector: 'emv_card_data', normalized: normalizeForEntity(entity, value), priority });
    }
  }
  NAME_LINE.lastIndex = 0;
  for (let m = NAME_LINE.exec(text); m !== null; m = NAME_LINE.exec(text)) {
    const name = m[2]!;
    if (Number.parseInt(m[1]!, 16) !== name.length) continue;
    const start = m.index + m[0].length - name.length;
    out.push({
      start,
      end: start + name.length,
      entity: 'PERSON',
      detector: 'emv_card_data',
      normalized: normalizeForEntity('PERSON', name),
      priority,
    });
  }
}

export const emvCardData: ValueDetector = {
  ...detectorFields({
    id: 'emv_card_data',
    entity: 'CREDIT_CARD',
    description: 'EMV card data in TLV (tags 5A PAN, 56 / 57 / 9F6B track data, 5F20 cardholder name), as one hex string or a trace line',
    validation:
      'a hex run that parses whole as BER-TLV (EMV Book 3 Annex B): 5A a PAN with Luhn and a known issuer, 5F20 printable ASCII of 2–26 characters; or a `5F20 <length> NAME` line whose name has the length written',
    context: false,
    example: '5A0847617390010100105F2009434152442F56495341',
    // The PAN tag with the length of a 12–19 digit PAN, the track 2 tag with the lengths of one,
    // and the name tag: strings without one never read their hex runs.
    keywords: ['5a06', '5a07', '5a08', '5a09', '5a0a', '570f', '5710', '5711', '5712', '5713', '5f20'],
    prefilter: (s) => s.text.length >= 16,
  }),
  find: findEmv,
};

/**
 * The PIN block of an ISO 8583 message (DE52 "PIN data", 8 bytes: the encrypted PIN block of ISO
 * 9564) as jPOS logs a field (`<field id="52" value="9A3F1C7B2E5D4A60" type="binary"/>`) and card
 * switches print data elements (`DE052=[…]`, `DE52: …`). An encrypted PIN block is still the
 * PIN under a key the log does not hold for long (PCI PIN Security forbids logging it).
 */
export const iso8583PinBlock = regexDetector({
  id: 'iso8583_pin_block',
  entity: 'SECRET',
  description: 'ISO 8583 DE52 PIN blocks (jPOS <field id="52" value="…"/>, DE052=[…])',
  validation: 'field 52 of an ISO 8583 message: 16 hex digits (8 bytes)',
  context: false,
  example: '<field id="52" value="9A3F1C7B2E5D4A60" type="binary"/>',
  // No `de 52` keyword: `de ` begins many words of prose, and that keyword alone cost bench/prompts'
  // records about 15% in the keyword pass.
  keywords: ['id="52"', 'de052', 'de52'],
  prefilter: (s) => s.text.length >= 20,
  pattern: /(?:<field\s+id="52"\s+value="|(?<![\w])DE0?52[=:][ \t]*\[?)([0-9A-Fa-f]{16})(?![0-9A-Fa-f])/dgi,
  group: 1,
  validate: (v) => (/^(.)\1+$/.test(v) ? undefined : v.toUpperCase()),
});

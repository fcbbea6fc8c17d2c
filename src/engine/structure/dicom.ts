import { DICOM_IDENTITY_TAGS } from '../detect/dicom-tags.js';
import type { TextScan } from '../detect/types.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * DICOM headers as DCMTK's dcmdump prints them in PACS, router and modality logs, one attribute
 * a line: `(0010,0010) PN [Adams^John Robert Quincy]   #  24, 1 PatientName`: tag, VR, the value
 * in brackets (or after `=` for a UID's name), then length, multiplicity and the keyword. The
 * keyword comes after the value, so no key rule or context word stands before it; the tag number
 * does. The value of every attribute of detect/dicom-tags.ts (the identity attributes of PS3.15
 * Annex E) is masked whole as its entity, whatever it holds; other lines stay.
 */
const DCMDUMP_LINE = /\(([0-9A-Fa-f]{4}),([0-9A-Fa-f]{4})\) [A-Z]{2} (?:\[([^\]\r\n]*)\]|=(\S+))/g;

/** True when `text` may hold a dcmdump line of an identity attribute (every such tag starts with `(00`). */
export function mayHoldDcmdump(text: string): boolean {
  return text.indexOf('(00') >= 0;
}

export function dcmdumpSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  DCMDUMP_LINE.lastIndex = 0;
  for (let m = DCMDUMP_LINE.exec(text); m !== null; m = DCMDUMP_LINE.exec(text)) {
    const entity = DICOM_IDENTITY_TAGS.get(`${m[1]}${m[2]}`.toUpperCase());
    if (entity === undefined) continue;
    const value = m[3] ?? m[4]!;
    const start = m.index + m[0].length - value.length - (m[3] === undefined ? 0 : 1);
    pushSpan(ctx, text, start, start + value.length, entity, 'structure:dicom');
  }
}

import type { TextScan } from '../detect/types.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * GS1 unique device identifiers in human-readable form (FDA "UDI Basics", GS1 General
 * Specifications §3): `(01)` and the 14-digit GTIN (the device identifier, which names a model),
 * then production identifiers as `(AI)value`: `(10)` lot, `(11)` production date, `(17)` expiry,
 * `(21)` serial number. The serial (up to 20 characters of GS1's character set) names one device,
 * an implant in a patient: a HIPAA identifier. It is masked as DEVICE_ID; the GTIN, lot and dates
 * stay. Its copies elsewhere in the record (a `serialNumber` member beside the UDI) are masked with
 * it (mask/record-copies.ts). The caller gates on `(01)` in the text.
 */
export function gs1UdiSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  for (let at = text.indexOf('(01)'); at >= 0; at = text.indexOf('(01)', at + 4)) {
    let i = at + 4;
    if (!digitsAt(text, i, 14)) continue;
    i += 14;
    // `(AI)value` elements, each value up to the next `(` or a separator.
    while (text.charCodeAt(i) === 40) {
      const close = text.indexOf(')', i);
      if (close < i + 3 || close > i + 5 || !digitsAt(text, i + 1, close - i - 1)) break;
      const ai = text.slice(i + 1, close);
      let end = close + 1;
      while (end < text.length && end - close <= 20 && isElementChar(text.charCodeAt(end))) end++;
      if (end === close + 1) break;
      if (ai === '21') pushSpan(ctx, text, close + 1, end, 'DEVICE_ID', 'structure:gs1_udi');
      i = end;
    }
  }
}

function digitsAt(text: string, from: number, count: number): boolean {
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return false;
  }
  return true;
}

/** GS1 AI encodable set 82, as logs hold it, without `(` (the next element) and separators. */
function isElementChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 47 || c === 95;
}

import type { TextScan } from '../detect/types.js';
import { PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * PAN-OS syslog in its default CSV format (PAN-OS Administrator's Guide, "Syslog Field
 * Descriptions"): a headerless CSV line whose fields are known by position. TRAFFIC, THREAT and
 * GLOBALPROTECT logs open with FUTURE_USE, Receive Time, Serial Number (the firewall's), Type,
 * …, and hold the Source User at field 13 (1-based); TRAFFIC and THREAT the Destination User at
 * field 14. A user is written `domain\user` (or a bare login), often the person's name
 * (`acme\sven.larsen`): the part after the backslash is masked as PERSON (detector
 * `structure:panos`), the domain and every other field stay (the CSV handler needs a header row,
 * which syslog never has). The keyword pass gates on the type between commas (PANOS_KEYWORDS).
 */
export const PANOS_KEYWORDS: readonly string[] = [',traffic,', ',threat,', ',globalprotect,'];

/** Log types and the 0-based indexes of their user fields. */
const USER_FIELDS: ReadonlyMap<string, readonly number[]> = new Map([
  ['TRAFFIC', [12, 13]],
  ['THREAT', [12, 13]],
  ['GLOBALPROTECT', [12]],
]);

/** A firewall serial number (12 to 15 digits) or `no-serial` of Panorama-forwarded logs. */
const SERIAL = /^(?:\d{12,15}|no-serial)$/;

export function panosSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  for (const [type, userFields] of USER_FIELDS) {
    const marker = `,${type},`;
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) {
      const start = recordStart(text, at);
      if (start < 0) continue;
      const fields = readFields(text, start, 15);
      if (fields.length < 14 || !SERIAL.test(text.slice(fields[2]![0], fields[2]![1]))) continue;
      for (const f of userFields) {
        const [from, to] = fields[f]!;
        const slash = text.lastIndexOf('\\', to - 1);
        const userStart = slash >= from ? slash + 1 : from;
        const user = text.slice(userStart, to);
        if (user.length === 0 || PLACEHOLDER_VALUE.test(user)) continue;
        pushSpan(ctx, text, userStart, to, 'PERSON', 'structure:panos');
      }
    }
  }
}

/** Where the record whose Type field follows the comma at `typeComma` starts: two more commas back, at a line start or a blank. */
function recordStart(text: string, typeComma: number): number {
  let i = typeComma;
  for (let commas = 0; commas < 2; commas++) {
    i = text.lastIndexOf(',', i - 1);
    if (i < 0 || typeComma - i > 80) return -1;
  }
  // The FUTURE_USE field before it: up to 16 characters after a blank, a line break or the start.
  let s = i;
  while (s > 0 && i - s < 16) {
    const c = text.charCodeAt(s - 1);
    if (c === 32 || c === 10 || c === 13 || c === 9) break;
    s--;
  }
  return s === 0 || i - s < 16 ? s : -1;
}

/** The [start, end) ranges of the first `max` CSV fields from `start` (RFC 4180 quoting, one line). */
function readFields(text: string, start: number, max: number): [number, number][] {
  const fields: [number, number][] = [];
  let i = start;
  while (fields.length < max && i <= text.length) {
    if (text.charCodeAt(i) === 34) {
      let j = i + 1;
      while (j < text.length && !(text.charCodeAt(j) === 34 && text.charCodeAt(j + 1) !== 34)) j += text.charCodeAt(j) === 34 ? 2 : 1;
      fields.push([i + 1, j]);
      i = j + 2;
      continue;
    }
    let j = i;
    while (j < text.length && text.charCodeAt(j) !== 44 && text.charCodeAt(j) !== 10) j++;
    fields.push([i, j]);
    if (text.charCodeAt(j) !== 44) break;
    i = j + 1;
  }
  return fields;
}

import type { TextScan } from '../detect/types.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * multipart/form-data bodies (RFC 7578) in a log line, as WAFs, proxies and debug handlers print
 * them: each form field is a part whose header names it (`Content-Disposition: form-data;
 * name="email"`) and whose value follows a blank line. The value of a field whose name the key
 * rules call sensitive is masked whole as that entity, to the end of its line. A part with a
 * `filename` is a file: left to the value detectors. The body may be printed as is (CRLF) or
 * JSON-escaped inside a string (`\r\n` as four characters, `\"` around the name): both are read.
 */

/** The part header's field name (group 2), quoted plain or escaped (group 1 the backslashes), and a filename if any (group 3). */
const PART_NAME = /form-data; ?name=(\\{0,4})"([^"\\\r\n]{1,64})\1"(; ?filename=)?/g;
/** The blank line that ends a part header: CRLF CRLF or LF LF, plain or escaped. */
const BLANK_LINE = /(?:\r?\n\r?\n)|(?:\\{1,4}r)?\\{1,4}n(?:\\{1,4}r)?\\{1,4}n/y;

/** Whether `text` may hold a multipart body: the literal of a form field's part header. */
export function mayHoldMultipart(text: string): boolean {
  return text.indexOf('form-data; name=') >= 0 || text.indexOf('form-data;name=') >= 0;
}

export function multipartFormSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  PART_NAME.lastIndex = 0;
  for (let m = PART_NAME.exec(text); m !== null; m = PART_NAME.exec(text)) {
    if (m[3] !== undefined) continue;
    BLANK_LINE.lastIndex = m.index + m[0].length;
    const blank = BLANK_LINE.exec(text);
    if (blank === null) continue;
    const start = BLANK_LINE.lastIndex;
    const escaped = blank[0].charCodeAt(0) === 92;
    const end = valueEnd(text, start, escaped);
    if (end <= start) continue;
    const name = m[2]!;
    const entity = ctx.classifyKey(name);
    if (entity === null) continue;
    const value = text.slice(start, end);
    if (PLACEHOLDER_VALUE.test(value) || keptUnderKey(name, value, entity)) continue;
    pushSpan(ctx, text, start, end, entity, 'structure:key_value');
  }
}

/** Where a part's value ends: at its line break (`\r`, `\n`, or their escapes in escaped text), at most 2048 characters on. */
function valueEnd(text: string, start: number, escaped: boolean): number {
  const limit = Math.min(text.length, start + 2048);
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) return i;
    if (escaped && c === 92) {
      const next = text.charCodeAt(i + 1);
      if (next === 114 || next === 110) return i;
    }
  }
  return limit;
}

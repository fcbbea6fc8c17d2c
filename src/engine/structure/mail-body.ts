import type { Span } from '../detect/types.js';
import { type DecodedView, DecodedViewBuilder, decodeEscapeRun } from './decoded-view.js';

/**
 * E-mail bodies in a transfer encoding, read decoded (RFC 2045): a quoted-printable body breaks
 * an IBAN or a phone number over a soft line break (`DE89 3704 0044 0532 =\n0130 00`) and writes
 * non-ASCII letters as `=C3=BC`, so no detector sees the value whole; a base64url body (the Gmail
 * API's `payload.body.data`, RFC 4648 §5) hides the whole text. The engine scans the decoded
 * text with every detector and maps each span back onto the original string (mapDecodedSpans).
 */

/** The keyword that opens the quoted-printable reading (searched in the detectors' keyword pass). */
export const QUOTED_PRINTABLE_KEYWORDS: readonly string[] = ['quoted-printable'];

export type { DecodedView } from './decoded-view.js';

const HEADER = /content-transfer-encoding:[ \t]*quoted-printable/i;

/**
 * The text after a `Content-Transfer-Encoding: quoted-printable` header, decoded: soft line
 * breaks (`=` at a line's end) removed, `=XX` runs read as UTF-8 bytes. The text before the
 * header is kept as it is. Undefined when the string has no such header or nothing to decode.
 */
export function quotedPrintableView(s: string): DecodedView | undefined {
  const header = HEADER.exec(s);
  if (header === null) return undefined;
  const from = header.index + header[0].length;
  if (s.indexOf('=', from) < 0) return undefined;
  const out = new DecodedViewBuilder(s);
  out.copy(0, from);
  for (let i = from; i < s.length; ) {
    if (s.charCodeAt(i) !== 61) {
      out.copy(i, i + 1);
      i++;
      continue;
    }
    // A soft line break: `=` then CRLF or LF (blanks before the break are allowed by RFC 2045).
    let j = i + 1;
    while (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9) j++;
    if (s.charCodeAt(j) === 13 && s.charCodeAt(j + 1) === 10) {
      i = j + 2;
      continue;
    }
    if (s.charCodeAt(j) === 10) {
      i = j + 1;
      continue;
    }
    const next = decodeEscapeRun(s, i, s.length, 61, out);
    if (next > i) {
      i = next;
      continue;
    }
    out.copy(i, i + 1);
    i++;
  }
  return out.view();
}

/** Either alphabet (RFC 4648 §4 and §5); Node's decoder reads both. */
const BASE64_EITHER = /^[A-Za-z0-9+/_-]+={0,2}$/;
const PRINTABLE_TEXT = /^[\t\n\r\x20-\x7e\u00a0-\ufffc]+$/;
/** The shortest whole base64url string read as a body (30 bytes of text). */
const BASE64URL_MIN = 40;

/**
 * The text a whole base64 or base64url string (RFC 4648 §4, §5) decodes to, when it is printable
 * UTF-8 with a blank (prose, not an identifier or binary data), or with the separators of
 * structured text: `=` of a query string (a FHIR AuditEvent's `entity.query`:
 * `Patient?family=…&birthdate=…`), `|` of an HL7 v2 segment (an interface engine's encoded
 * message), a JSON object (`valueBase64Binary` of a request body: red-team round 61); else
 * undefined. The caller masks the whole string when the text holds anything.
 */
export function base64UrlText(s: string): string | undefined {
  if (s.length < BASE64URL_MIN || !BASE64_EITHER.test(s)) return undefined;
  // The blank is looked for in the bytes before they are decoded to text: a space character comes
  // only from a 0x20 byte, and the first one is at index 0 exactly when that byte is (bytes before
  // it decode to at least one character), so most identifiers stop here without a string. The
  // separators of structured text are looked for the same way; binary data that holds one fails
  // the printable test below.
  const bytes = Buffer.from(s, 'base64');
  if (bytes.indexOf(0x20) <= 0 && bytes.indexOf(0x3d) <= 0 && bytes.indexOf(0x7c) <= 0 && bytes[0] !== 0x7b) return undefined;
  const decoded = bytes.toString('utf8');
  return PRINTABLE_TEXT.test(decoded) ? decoded : undefined;
}

/** Spans found on a decoded view, mapped back onto the original string (each covers its whole source). */
export function mapDecodedSpans(view: DecodedView, spans: readonly Span[]): Span[] {
  return spans.map((span) => {
    const start = view.start[span.start]!;
    const end = span.end > span.start ? view.end[span.end - 1]! : start;
    return start === span.start && end === span.end ? span : { ...span, start, end };
  });
}

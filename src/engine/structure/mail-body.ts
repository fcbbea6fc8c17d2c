import type { Span } from '../detect/types.js';
import { type DecodedView, DecodedViewBuilder, decodeEscapeRun, hexByte } from './decoded-view.js';

/**
 * E-mail bodies in a transfer encoding, read decoded (RFC 2045): a quoted-printable body breaks
 * an IBAN or a phone number over a soft line break (`DE89 3704 0044 0532 =\n0130 00`) and writes
 * non-ASCII letters as `=C3=BC`, so no detector sees the value whole; a base64url body (the Gmail
 * API's `payload.body.data`, RFC 4648 §5) hides the whole text. The engine scans the decoded
 * text with every detector and maps each span back onto the original string (mapDecodedSpans).
 */

/**
 * The keywords that open the transfer-encoded reading (searched in the detectors' keyword pass):
 * quoted-printable, and a base64 part's header (`Content-Transfer-Encoding: base64`).
 */
export const QUOTED_PRINTABLE_KEYWORDS: readonly string[] = ['quoted-printable', 'transfer-encoding: base64', 'transfer-encoding:base64'];

export type { DecodedView } from './decoded-view.js';

const HEADER = /content-transfer-encoding:[ \t]*quoted-printable/i;

/**
 * The text after a `Content-Transfer-Encoding: quoted-printable` header, decoded: soft line
 * breaks (`=` at a line's end) removed, `=XX` runs read as UTF-8 bytes. The text before the
 * header is kept as it is. Undefined when the string has no such header or nothing to decode.
 */
export function quotedPrintableView(s: string): DecodedView | undefined {
  const header = HEADER.exec(s);
  if (header === null) return base64PartView(s);
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

const BASE64_HEADER = /content-transfer-encoding:[ \t]*base64[ \t]*\r?\n/gi;
/** A line of a base64 part: the alphabet and its padding (RFC 2045 §6.8 lines of at most 76). */
const BASE64_LINE = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * The text with each base64 part (RFC 2045 §6.8: a `Content-Transfer-Encoding: base64` header,
 * the part's other headers, a blank line, then lines of base64) decoded, as a mail body quoted
 * into a ticket or an e-mail log (ServiceNow `sys_email.body`, an approval reply pasted into a
 * comment) holds it: no detector reads inside base64. A part whose bytes are not printable UTF-8
 * text (an attachment) stays as it is. Each decoded character stands for the whole base64 run, so
 * a value found inside masks the run. Undefined when no part decodes to text.
 */
function base64PartView(s: string): DecodedView | undefined {
  let out: DecodedViewBuilder | undefined;
  let copied = 0;
  BASE64_HEADER.lastIndex = 0;
  for (let header = BASE64_HEADER.exec(s); header !== null; header = BASE64_HEADER.exec(s)) {
    // The part's remaining headers end at the first blank line (at most 1000 characters on).
    let at = header.index + header[0].length;
    const blank = s.indexOf('\n\n', at - 1);
    const blankCr = s.indexOf('\n\r\n', at - 1);
    const gap = blank < 0 ? blankCr : blankCr < 0 ? blank : Math.min(blank, blankCr);
    if (gap < 0 || gap - at > 1000) continue;
    at = s.indexOf('\n', gap + 1) + 1;
    // The base64 lines, up to a line of anything else (a blank line, a MIME boundary).
    const from = at;
    let end = at;
    let encoded = '';
    while (at < s.length) {
      let lineEnd = s.indexOf('\n', at);
      if (lineEnd < 0) lineEnd = s.length;
      const line = s.charCodeAt(lineEnd - 1) === 13 ? s.slice(at, lineEnd - 1) : s.slice(at, lineEnd);
      if (line.length === 0 || !BASE64_LINE.test(line)) break;
      encoded += line;
      end = at + line.length;
      at = lineEnd + 1;
    }
    if (encoded.length < BASE64_PART_MIN || encoded.length % 4 !== 0) continue;
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    if (!PRINTABLE_TEXT.test(decoded)) continue;
    out ??= new DecodedViewBuilder(s);
    out.copy(copied, from);
    out.replace(decoded, from, end);
    copied = end;
    BASE64_HEADER.lastIndex = end;
  }
  if (out === undefined) return undefined;
  out.copy(copied, s.length);
  return out.view();
}

/** The shortest base64 part read (12 bytes of text). */
const BASE64_PART_MIN = 16;

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
  const mapped: Span[] = [];
  for (const span of spans) {
    const start = view.start[span.start]!;
    const end = span.end > span.start ? view.end[span.end - 1]! : start;
    // Two values inside one decoded base64 run both stand for the whole run: it is masked once.
    const last = mapped[mapped.length - 1];
    if (last !== undefined && last.start === start && last.end === end) continue;
    mapped.push(start === span.start && end === span.end ? span : { ...span, start, end });
  }
  return mapped;
}

/** An RFC 2047 encoded-word: `=?charset?B?base64?=` or `=?charset?Q?text?=` (an optional `*language`). */
const ENCODED_WORD = /=\?([A-Za-z0-9_.:-]{1,40})(?:\*[A-Za-z-]{1,20})?\?([BbQq])\?([^?\s]{1,1000})\?=/g;

/** Whether `s` may hold an RFC 2047 encoded-word (the caller's gate: `?=` then the pattern). */
export function mayHoldEncodedWord(s: string): boolean {
  if (s.indexOf('?=') < 0) return false;
  ENCODED_WORD.lastIndex = 0;
  return ENCODED_WORD.test(s);
}

/**
 * The text with each RFC 2047 encoded-word decoded (a mail header as an archive, an e-discovery
 * export or a mail log keeps it: `From: =?UTF-8?B?…?=` holding a whole `Name <address>`, a
 * subject `=?ISO-8859-1?Q?Ren=E9e_…?=`; red-team round 68 and its leftovers): B is base64, Q is
 * quoted-printable with `_` for a blank; UTF-8 or, for any other charset, Latin-1 bytes. Each
 * decoded character stands for the whole encoded-word, so a value found inside masks the word.
 * Undefined when no word decodes to printable text.
 */
export function encodedWordView(s: string): DecodedView | undefined {
  let out: DecodedViewBuilder | undefined;
  let copied = 0;
  ENCODED_WORD.lastIndex = 0;
  for (let m = ENCODED_WORD.exec(s); m !== null; m = ENCODED_WORD.exec(s)) {
    const [, charset, encoding, payload] = m as unknown as [string, string, string, string];
    let bytes: Buffer;
    if (encoding === 'B' || encoding === 'b') {
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(payload)) continue;
      bytes = Buffer.from(payload, 'base64');
    } else {
      const b: number[] = [];
      for (let i = 0; i < payload.length; i++) {
        const c = payload.charCodeAt(i);
        const byte = c === 61 ? hexByte(payload, i + 1) : -1;
        if (byte >= 0) {
          b.push(byte);
          i += 2;
        } else b.push(c === 95 ? 32 : c);
      }
      bytes = Buffer.from(b);
    }
    const decoded = bytes.toString(/^utf-?8$/i.test(charset) ? 'utf8' : 'latin1');
    if (decoded.length === 0 || !PRINTABLE_TEXT.test(decoded)) continue;
    out ??= new DecodedViewBuilder(s);
    out.copy(copied, m.index);
    out.replace(decoded, m.index, m.index + m[0].length);
    copied = m.index + m[0].length;
  }
  if (out === undefined) return undefined;
  out.copy(copied, s.length);
  return out.view();
}

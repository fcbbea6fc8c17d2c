import type { DecodedView } from './mail-body.js';

/**
 * URL-encoded form bodies logged whole (`application/x-www-form-urlencoded`, WHATWG URL
 * "application/x-www-form-urlencoded parsing"): CPaaS webhooks are form posts (a Twilio status
 * callback `…&From=%2B1…&Body=Hi+this+is+<name>%2C+my+code+is+…`), and web servers and gateways
 * log the posted body as one run. Written with `+` for a blank and `%XX` for other characters, its
 * prose, names and codes reach no detector. The engine scans such a string decoded with every
 * detector and maps each span back onto the original (mapDecodedSpans), as for a mail body.
 *
 * A run is a form body when it holds at least three `name=value` pairs joined by `&` and some
 * value with a `+` or a `%XX` escape. Only such runs are decoded; `%26` (`&`), `%3D` (`=`) and
 * `%25` (`%`) stay as written, so the pairs keep their bounds (`carrier=AT%26T`).
 */

/** A whitespace- and quote-free run of three or more `name=value` pairs joined by `&`. */
const FORM_RUN = /[A-Za-z_][\w.[\]-]{0,63}=[^\s&"'<>=]*(?:&[A-Za-z_][\w.[\]-]{0,63}=[^\s&"'<>=]*){2,}/g;
/** A value written in the form encoding: a `+` between two characters, or an escape. */
const ENCODED_VALUE = /=[^&]*(?:[^\s&=+]\+[^\s&+]|%[0-9A-Fa-f]{2})/;

/**
 * Whether `s` may hold a form body: the caller has seen `=` and `+` in its signature; this asks
 * for a `&` first (one native search), the run after.
 */
export function mayHoldFormBody(s: string): boolean {
  const amp = s.indexOf('&');
  return amp > 0 && s.indexOf('=', amp) > 0 && s.indexOf('=') < amp;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Escapes kept as written (they would move the bounds of a pair). */
function keptEscape(byte: number): boolean {
  return byte === 0x26 || byte === 0x3d || byte === 0x25;
}

/** `s` with its form-body runs decoded, or undefined when it has none (or nothing to decode). */
export function formBodyView(s: string): DecodedView | undefined {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let copied = 0;
  let found = false;
  const copy = (from: number, to: number) => {
    text += s.slice(from, to);
    for (let i = from; i < to; i++) {
      start.push(i);
      end.push(i + 1);
    }
  };
  FORM_RUN.lastIndex = 0;
  for (let m = FORM_RUN.exec(s); m !== null; m = FORM_RUN.exec(s)) {
    const run = m[0];
    if (!ENCODED_VALUE.test(run)) continue;
    found = true;
    copy(copied, m.index);
    const runEnd = m.index + run.length;
    for (let i = m.index; i < runEnd; ) {
      const c = s.charCodeAt(i);
      if (c === 43) {
        text += ' ';
        start.push(i);
        end.push(i + 1);
        i++;
        continue;
      }
      if (c !== 37) {
        text += s[i];
        start.push(i);
        end.push(i + 1);
        i++;
        continue;
      }
      // A run of `%XX` escapes, decoded together (a UTF-8 letter spans two or more bytes).
      const bytes: number[] = [];
      let k = i;
      while (k < runEnd && s.charCodeAt(k) === 37) {
        const hi = hexValue(s.charCodeAt(k + 1));
        const lo = hexValue(s.charCodeAt(k + 2));
        if (hi < 0 || lo < 0 || keptEscape(hi * 16 + lo)) break;
        bytes.push(hi * 16 + lo);
        k += 3;
      }
      if (bytes.length === 0) {
        const to = keptEscape(hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2))) ? i + 3 : i + 1;
        copy(i, Math.min(to, runEnd));
        i = Math.min(to, runEnd);
        continue;
      }
      const decoded = Buffer.from(bytes).toString('utf8');
      for (let d = 0; d < decoded.length; d++) {
        start.push(i);
        end.push(k);
      }
      text += decoded;
      i = k;
    }
    copied = runEnd;
  }
  if (!found) return undefined;
  copy(copied, s.length);
  return { text, start, end };
}

import { type DecodedView, DecodedViewBuilder, decodeEscapeRun, hexByte } from './decoded-view.js';

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

/** Escapes kept as written (they would move the bounds of a pair). */
function keptEscape(byte: number): boolean {
  return byte === 0x26 || byte === 0x3d || byte === 0x25;
}

/** `s` with its form-body runs decoded, or undefined when it has none (or nothing to decode). */
export function formBodyView(s: string): DecodedView | undefined {
  const out = new DecodedViewBuilder(s);
  let copied = 0;
  let found = false;
  FORM_RUN.lastIndex = 0;
  for (let m = FORM_RUN.exec(s); m !== null; m = FORM_RUN.exec(s)) {
    const run = m[0];
    if (!ENCODED_VALUE.test(run)) continue;
    found = true;
    out.copy(copied, m.index);
    const runEnd = m.index + run.length;
    for (let i = m.index; i < runEnd; ) {
      const c = s.charCodeAt(i);
      if (c === 43) {
        out.replace(' ', i, i + 1);
        i++;
        continue;
      }
      if (c !== 37) {
        out.copy(i, i + 1);
        i++;
        continue;
      }
      const next = decodeEscapeRun(s, i, runEnd, 37, out, keptEscape);
      if (next > i) {
        i = next;
        continue;
      }
      // An escape left as written: a kept one whole, a stray `%` alone.
      const to = Math.min(keptEscape(hexByte(s, i + 1)) ? i + 3 : i + 1, runEnd);
      out.copy(i, to);
      i = to;
    }
    copied = runEnd;
  }
  if (!found) return undefined;
  out.copy(copied, s.length);
  return out.view();
}

import { type DecodedView, DecodedViewBuilder, decodeEscapeRun, hexByte } from './decoded-view.js';

/**
 * URL-encoded form bodies logged whole (`application/x-www-form-urlencoded`, WHATWG URL
 * "application/x-www-form-urlencoded parsing"): CPaaS webhooks are form posts (a Twilio status
 * callback `…&From=%2B1…&Body=Hi+this+is+<name>%2C+my+code+is+…`), and web servers and gateways
 * log the posted body as one run. Written with `+` for a blank and `%XX` for other characters, its
 * prose, names and codes reach no detector. The engine scans such a string decoded with every
 * detector and maps each span back onto the original (mapDecodedSpans), as for a mail body.
 *
 * A run is a form body when it holds at least three `name=value` pairs joined by `&` (two when a
 * value holds prose written with `%20`) and some value with a `+` or a `%XX` escape. Only such runs are decoded; `%26` (`&`), `%3D` (`=`) and
 * `%25` (`%`) stay as written, so the pairs keep their bounds (`carrier=AT%26T`).
 */

/** A whitespace- and quote-free run of three or more `name=value` pairs joined by `&`. */
const FORM_RUN = /[A-Za-z_][\w.[\]-]{0,63}=[^\s&"'<>=]*(?:&[A-Za-z_][\w.[\]-]{0,63}=[^\s&"'<>=]*){1,}/g;
/**
 * Prose percent-encoded in a value (`comment=please%20also%20invite%20my%20neighbor%20…`): three
 * blanks written `%20` between letters. A run of two pairs is a form body only with such a value
 * (a web form's comment logged with the field after it; leftovers of red-team round 102).
 */
const ENCODED_PROSE = /=[^&]*?[A-Za-z]%20[A-Za-z][^&]*?[A-Za-z]%20[A-Za-z][^&]*?[A-Za-z]%20[A-Za-z]/;
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

/** The `name=value` pairs of a run (its `&`s and one). */
function pairCount(run: string): number {
  let n = 1;
  for (let i = run.indexOf('&'); i !== -1 && n < 3; i = run.indexOf('&', i + 1)) n++;
  return n;
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
    if (pairCount(run) < 3 && !ENCODED_PROSE.test(run)) continue;
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

/**
 * A form body URL-encoded again into one value (red-team round 99: a webhook relay's access log
 * `POST /hooks/typeform 200 body=form_id%3DnCl2025%26owner_name%3DCressida%2BMontague-Ibarra%26…`,
 * a body forwarded as a parameter of another request): its pairs are joined by `%26` and `%3D`,
 * its blanks written `%2B`, its own escapes `%25XX`, so neither formBodyView nor any detector reads
 * them. A value holding at least three `%3D` pairs joined by `%26` is decoded both times at once
 * (the inner `&`, `=` and `%` stay as written, as formBodyView keeps them), and spans map back
 * onto the original (mapDecodedSpans).
 */
const NESTED_FORM_VALUE =
  /(?<![\w.[\]-])[A-Za-z_][\w.[\]-]{0,63}=([A-Za-z_][\w.-]{0,63}%3[Dd][^\s&"'<>=%]*(?:%(?!26)[0-9A-Fa-f]{2}[^\s&"'<>=%]*)*(?:%26[A-Za-z_][\w.-]{0,63}%3[Dd][^\s&"'<>=%]*(?:%(?!26)[0-9A-Fa-f]{2}[^\s&"'<>=%]*)*){2,})/g;

/** Whether `s` may hold a form body encoded into one value (the caller has seen `=`): `%26` and `%3D`, two native searches. */
export function mayHoldNestedFormBody(s: string): boolean {
  const amp = s.indexOf('%26');
  return amp > 0 && (s.indexOf('%3D') > 0 || s.indexOf('%3d') > 0);
}

/** `s` with each form body encoded into one value decoded twice, or undefined when it has none. */
export function nestedFormBodyView(s: string): DecodedView | undefined {
  let out: DecodedViewBuilder | undefined;
  let copied = 0;
  NESTED_FORM_VALUE.lastIndex = 0;
  for (let m = NESTED_FORM_VALUE.exec(s); m !== null; m = NESTED_FORM_VALUE.exec(s)) {
    const value = m[1]!;
    const from = m.index + m[0].length - value.length;
    const to = from + value.length;
    out ??= new DecodedViewBuilder(s);
    out.copy(copied, from);
    // The outer decoding: each character of the inner body and the original range it came from.
    const inner: { c: string; from: number; to: number }[] = [];
    for (let i = from; i < to; ) {
      const byte = s.charCodeAt(i) === 37 ? hexByte(s, i + 1) : -1;
      if (byte >= 0) {
        inner.push({ c: String.fromCharCode(byte), from: i, to: i + 3 });
        i += 3;
      } else {
        inner.push({ c: s[i]!, from: i, to: i + 1 });
        i++;
      }
    }
    // The inner decoding: `+` a blank, `%XX` runs as UTF-8 (`&`, `=`, `%` kept as written).
    for (let k = 0; k < inner.length; ) {
      const ch = inner[k]!;
      if (ch.c === '+') {
        out.replace(' ', ch.from, ch.to);
        k++;
        continue;
      }
      const bytes: number[] = [];
      let j = k;
      while (j + 2 < inner.length && inner[j]!.c === '%') {
        const byte = hexByte(inner[j + 1]!.c + inner[j + 2]!.c, 0);
        if (byte < 0 || keptEscape(byte)) break;
        bytes.push(byte);
        j += 3;
      }
      if (bytes.length > 0) {
        out.replace(Buffer.from(bytes).toString('utf8'), ch.from, inner[j - 1]!.to);
        k = j;
        continue;
      }
      out.replace(ch.c, ch.from, ch.to);
      k++;
    }
    copied = to;
  }
  if (out === undefined) return undefined;
  out.copy(copied, s.length);
  return out.view();
}

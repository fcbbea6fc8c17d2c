import type { Span } from '../detect/types.js';
import { DecodedViewBuilder } from './decoded-view.js';
import type { WrappedView } from './wrapped-lines.js';

/**
 * A credential cut by a wrap: a CI runner or a terminal wraps its output at a column (GitHub
 * Actions and Azure Pipelines prefix the continuation with a timestamp and a `##[debug]` marker),
 * a mail body wraps at 76 columns behind a quoted-printable soft break `=`, a CRI runtime writes a
 * long line as a partial line (`P`) and its final line (`F`), each with its own timestamp and
 * stream. Neither piece is a whole value for a detector (`AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG`
 * then `/bPxRfiCYEXAMPLEKEY` on the next line; `key sk_test_4eC39Hq` then `LyjWDarjtT1zdp7dc`).
 *
 * The view joins a break, with the next line's log prefix, where the line before is at least
 * WRAP_COLUMN characters long and ends in a run of token characters holding a letter and a digit,
 * and the next line, after its prefix, starts with a run that looks like the rest of a token (a
 * letter and a digit, or a capital after a small letter, and no `key=` or `label:` of its own). A
 * CRI partial line always joins its next line. Only a credential found across a joined break
 * stands (crossingCredentials), masked in its two pieces: the break and the next line's prefix stay.
 */

/** The shortest line a wrap cuts: runners, terminals and mail wrap at 64, 72, 76, 80 or 132. */
const WRAP_COLUMN = 40;

/** Characters of a token's run: letters, digits and the punctuation of keys and passwords. */
function isTokenChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 || // _
    c === 45 || // -
    c === 43 || // +
    c === 47 || // /
    c === 46 || // .
    c === 126 || // ~
    c === 33 || // !
    c === 35 || // #
    c === 37 || // %
    c === 42 || // *
    c === 61 // =
  );
}

/** A line's log prefix: a timestamp, a CRI stream and tag, a runner's `##[debug]` marker, blanks. */
const LINE_PREFIX =
  /[ \t]*(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?[ \t]+)?(?:(?:stdout|stderr)[ \t]+([PF])[ \t]+)?(?:##\[[a-z]{1,16}\][ \t]*)?/y;

/** The end of the next line's prefix from `at`, and whether the line it starts is a CRI partial line. */
function prefixEnd(s: string, at: number): number {
  LINE_PREFIX.lastIndex = at;
  const m = LINE_PREFIX.exec(s);
  return m === null ? at : at + m[0].length;
}

/** A CRI partial line starts at `at`: `<timestamp> stdout P `. */
const CRI_PARTIAL = /\d{4}-\d\d-\d\dT[\d:.]{8,18}(?:Z|[+-]\d\d:?\d\d)[ \t]+(?:stdout|stderr)[ \t]+P[ \t]/y;

/** Where the line holding `i` starts (after the previous break, raw or escaped). */
function lineStart(s: string, i: number): number {
  const raw = s.lastIndexOf('\n', i - 1);
  const escaped = s.lastIndexOf('\\n', i - 2);
  return Math.max(raw + 1, escaped >= 0 ? escaped + 2 : 0);
}

/** Whether `[from, to)` holds a letter and a digit, or a capital right after a small letter. */
function tokenLike(s: string, from: number, to: number): boolean {
  let letter = false;
  let digit = false;
  let camel = false;
  let prevLower = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    if (upper || lower) letter = true;
    else if (c >= 48 && c <= 57) digit = true;
    if (upper && prevLower) camel = true;
    prevLower = lower;
  }
  return letter && (digit || camel);
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/;

/**
 * The end of the token run that starts the next line at `at`, or -1: at least 4 token characters
 * (2 after a soft break `=`, which only a quoted-printable body writes), no `=` but a base64 tail's,
 * not a `label:` / `key =`, not a UUID (an id of its own line).
 */
function continuationEnd(s: string, at: number, soft: boolean): number {
  let end = at;
  while (end < s.length && isTokenChar(s.charCodeAt(end))) end++;
  if (end - at < (soft ? 2 : 4)) return -1;
  const run = s.slice(at, end);
  const eq = run.indexOf('=');
  if (eq >= 0 && !/^=+$/.test(run.slice(eq))) return -1;
  // A name of its own line (`ListenPort = 51820`, `Host: …`) starts a new member: no continuation.
  let after = end;
  while (s.charCodeAt(after) === 32 || s.charCodeAt(after) === 9) after++;
  if (s.charCodeAt(after) === 58 || s.charCodeAt(after) === 61 || UUID.test(run)) return -1;
  return tokenLike(s, at, end) ? end : -1;
}

/** Cheap gate: a line break (raw or escaped) after at least WRAP_COLUMN characters. */
export function mayHoldWrappedToken(s: string): boolean {
  if (s.length < WRAP_COLUMN + 5) return false;
  const raw = s.indexOf('\n', WRAP_COLUMN);
  if (raw > 0) return true;
  return s.indexOf('\\n', WRAP_COLUMN) > 0;
}

/** The line breaks of `s` from WRAP_COLUMN on, raw or escaped, as [start, length] pairs in order. */
function breaksOf(s: string): number[] {
  const out: number[] = [];
  let raw = s.indexOf('\n', WRAP_COLUMN);
  let esc = s.indexOf('\\n', WRAP_COLUMN);
  while (raw !== -1 || esc !== -1) {
    if (esc === -1 || (raw !== -1 && raw < esc)) {
      const cr = s.charCodeAt(raw - 1) === 13;
      out.push(cr ? raw - 1 : raw, cr ? 2 : 1);
      raw = s.indexOf('\n', raw + 1);
    } else {
      const cr = esc >= 2 && s.startsWith('\\r', esc - 2);
      out.push(cr ? esc - 2 : esc, cr ? 4 : 2);
      esc = s.indexOf('\\n', esc + 2);
    }
  }
  return out;
}

/** The text with each wrapped token's break (and the next line's prefix) joined, or undefined. */
export function wrappedTokenView(s: string): WrappedView | undefined {
  let out: DecodedViewBuilder | undefined;
  const breaks: number[] = [];
  let copied = 0;
  const all = breaksOf(s);
  for (let k = 0; k < all.length; k += 2) {
    const i = all[k]!;
    const len = all[k + 1]!;
    if (i < copied || i + len >= s.length) continue;
    const line = lineStart(s, i);
    // A soft break: `=` right before the break, after a token character.
    let from = i;
    if (s.charCodeAt(i - 1) === 61 && isTokenChar(s.charCodeAt(i - 2)) && s.charCodeAt(i - 2) !== 61) from = i - 1;
    let joins: boolean;
    CRI_PARTIAL.lastIndex = line;
    const to = prefixEnd(s, i + len);
    if (CRI_PARTIAL.test(s)) joins = to < s.length;
    else {
      if (from - line < WRAP_COLUMN || !isTokenChar(s.charCodeAt(from - 1))) continue;
      let runStart = from;
      while (runStart > line && isTokenChar(s.charCodeAt(runStart - 1))) runStart--;
      joins = from - runStart >= 6 && tokenLike(s, runStart, from) && continuationEnd(s, to, from < i) !== -1;
    }
    if (!joins) continue;
    out ??= new DecodedViewBuilder(s);
    out.copy(copied, from);
    out.replace('', from, to);
    breaks.push(from, to);
    copied = to;
  }
  if (out === undefined) return undefined;
  out.copy(copied, s.length);
  return { ...out.view(), breaks };
}

/** Entities of credentials: a secret, a key, a token, a password, a credential. */
const CREDENTIAL_ENTITY = /(?:^SECRET|TOKEN|KEY|SECRET|PASSWORD|CREDENTIALS?|JWT|PASSWORD_HASH)$/;

/**
 * The findings of the view (original offsets) that cross a joined break, cut at it: each piece
 * masked on its own line. On a CRI partial line any entity stands (the runtime split one line);
 * elsewhere a credential only.
 */
export function crossingCredentials(view: WrappedView, s: string, found: readonly Span[]): Span[] {
  const out: Span[] = [];
  const b = view.breaks;
  for (const d of found) {
    let crossed = -1;
    for (let k = 0; k < b.length; k += 2) {
      if (d.start < b[k]! && d.end > b[k + 1]!) {
        crossed = k;
        break;
      }
    }
    if (crossed === -1) continue;
    CRI_PARTIAL.lastIndex = lineStart(s, b[crossed]!);
    if (!CRI_PARTIAL.test(s) && !CREDENTIAL_ENTITY.test(d.entity)) continue;
    let start = d.start;
    for (let k = 0; k < b.length; k += 2) {
      if (b[k]! <= start || b[k]! >= d.end) continue;
      if (b[k]! > start) out.push({ ...d, start, end: b[k]! });
      start = b[k + 1]!;
    }
    if (start < d.end) out.push({ ...d, start, end: d.end });
  }
  return out;
}

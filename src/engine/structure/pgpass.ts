import type { TextScan } from '../detect/types.js';
import { PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * PostgreSQL password files (`~/.pgpass`, `PGPASSFILE`; PostgreSQL docs "The Password File"): one
 * connection a line, `hostname:port:database:username:password`, each of the first four fields a
 * literal or `*`, a `:` or `\` inside a field written `\:` / `\\`, lines starting with `#`
 * comments. An agent's `cat ~/.pgpass` prints them with no name beside the password, so no key
 * rule sees it. The password (the rest of the line after the fourth unescaped colon) is masked as
 * SECRET; host, port, database and user stay.
 *
 * What counts as such a file, so that a log line with four colons is not one: every line that is
 * not blank or a comment has the shape (a host of host-name characters or `*`, a port of digits or
 * `*`, a user with a letter or `*`), and one of them has a port number; or the text names
 * `.pgpass` (`$ cat ~/.pgpass` before the lines, a `==> .pgpass <==` header), and then each line of
 * the shape is one, whatever the other lines are.
 */

/** One line: host, port, database, user, password (escapes inside fields). */
const PGPASS_LINE =
  /^((?:[A-Za-z0-9._\-[\]%]|\\.){1,253}|\*):(\d{1,5}|\*):((?:[^:\\\s]|\\.){1,63}|\*):((?:[^:\\\s]|\\.){1,63}|\*):(\S.{0,255}?)[ \t\r]*$/;
const HAS_LETTER = /[A-Za-z*]/;
const MAX_LINES = 200;

/**
 * Cheap test before pgpassSpans: a line's first colon (native indexOf) comes after a host with
 * no blank and before a port number or `*` and another colon, and three more colons follow. A
 * log line's time (`2024-05-02 09:30:00`) has a blank before its first colon.
 */
export function mayHoldPgpass(text: string): boolean {
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    if (!firstOnLineAfterHost(text, at)) continue;
    const c = text.charCodeAt(at + 1);
    let i = at + 1;
    if (c === 42) i++;
    else while (i < text.length && i - at <= 5 && isDigit(text.charCodeAt(i))) i++;
    if (i > at + 1 && text.charCodeAt(i) === 58) return hasColons(text, i, 2);
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether the colon at `at` is its line's first unescaped one, after 1 to 253 characters with no blank. */
function firstOnLineAfterHost(text: string, at: number): boolean {
  let i = at - 1;
  for (; i >= 0 && at - i <= 254; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 32 || c === 9 || c === 13 || (c === 58 && text.charCodeAt(i - 1) !== 92)) return false;
  }
  return i < at - 1 && (i < 0 || text.charCodeAt(i) === 10);
}

function hasColons(text: string, from: number, n: number): boolean {
  let at = from;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(':', at + 1);
    if (at < 0) return false;
  }
  return true;
}

export function pgpassSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const named = scan.lower().indexOf('.pgpass') >= 0;
  const found: [number, number][] = [];
  let numericPort = false;
  let lines = 0;
  for (let start = 0; start < text.length && lines < MAX_LINES; lines++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const m = line.length <= 600 ? PGPASS_LINE.exec(line) : null;
    if (m !== null && HAS_LETTER.test(m[4]!)) {
      if (m[2] !== '*') numericPort = true;
      const password = m[5]!;
      const passwordStart = start + m[1]!.length + m[2]!.length + m[3]!.length + m[4]!.length + 4;
      if (!PLACEHOLDER_VALUE.test(password)) found.push([passwordStart, passwordStart + password.length]);
    } else if (!named && line.trim().length > 0 && line.charCodeAt(0) !== 35) {
      return;
    }
    start = end + 1;
  }
  if (found.length === 0 || !(named || numericPort)) return;
  for (const [s, e] of found) pushSpan(ctx, text, s, e, 'SECRET', 'structure:pgpass');
}

import type { TextScan } from '../detect/types.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * PHP `serialize()` output written into a log or a database column (red-team round 80: Moodle's
 * `logstore_standard_log.other` on sites from before JSON, `a:2:{s:8:"username";s:12:"jdoe";…}`;
 * WordPress options and user meta, Drupal's `data` columns, Laravel queued jobs). Arrays `a:N:{…}`
 * and objects `O:L:"Class":N:{…}` hold key / value pairs; a string is `s:<bytes>:"…";`, its length
 * counted in UTF-8 bytes, so a value may hold quotes and semicolons. The reader parses from each
 * array or object opening, pair by pair (nested arrays and objects too, up to MAX_DEPTH), and a
 * string value under a string key the key rules call sensitive is masked as that key's entity
 * (detector `structure:php_serialized`); values keptUnderKey keeps (system accounts, placeholders)
 * stay. Text that breaks the grammar ends the reading of that opening: nothing is guessed.
 */

/** Cheap test: an array or object whose first key is a string (`a:2:{s:`, `…:2:{s:`). */
export function mayHoldPhpSerialized(text: string): boolean {
  return text.indexOf(':{s:') > 0;
}

const OPENING = /(?<![\w])(?:a:\d{1,5}:\{|O:\d{1,3}:"[A-Za-z_\\][\w\\]{0,127}":\d{1,5}:\{)/g;
const MAX_DEPTH = 8;
const MAX_STRING = 65_536;
const DETECTOR = 'structure:php_serialized';

interface Reader {
  text: string;
  ctx: SpanContext;
  /** Where the reading stands. */
  at: number;
}

/** Reads a run of digits (with an optional leading `-`) at `r.at`; returns its value or -1. */
function readCount(r: Reader): number {
  const { text } = r;
  let i = r.at;
  let n = 0;
  while (i < text.length && i - r.at < 7) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
    i++;
  }
  if (i === r.at) return -1;
  r.at = i;
  return n;
}

/** Whether `text` at `r.at` starts with `s`; then moves past it. */
function expect(r: Reader, s: string): boolean {
  if (!r.text.startsWith(s, r.at)) return false;
  r.at += s.length;
  return true;
}

/**
 * Reads a string's content (`s:<bytes>:"` already read): `bytes` UTF-8 bytes, then `";`. Returns
 * its start, or -1; `r.at` ends past the `;`.
 */
function readStringBody(r: Reader, bytes: number): number {
  const { text } = r;
  const start = r.at;
  let i = start;
  let n = 0;
  while (n < bytes && i < text.length) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : 3;
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  if (n !== bytes || text.charCodeAt(i) !== 34 || text.charCodeAt(i + 1) !== 59) return -1;
  r.at = i + 2;
  return start;
}

/**
 * Reads one value at `r.at`. Returns the string's [start, end) for a string, [-1, -1] for any
 * other value, or null when the text breaks the grammar.
 */
function readValue(r: Reader, depth: number): readonly [number, number] | null {
  const { text } = r;
  const kind = text[r.at];
  if (kind === 'N') return expect(r, 'N;') ? NOT_STRING : null;
  if (text.charCodeAt(r.at + 1) !== 58) return null;
  r.at += 2;
  if (kind === 's') {
    const bytes = readCount(r);
    if (bytes < 0 || bytes > MAX_STRING || !expect(r, ':"')) return null;
    const start = readStringBody(r, bytes);
    return start < 0 ? null : [start, r.at - 2];
  }
  if (kind === 'i' || kind === 'b' || kind === 'd') {
    const end = text.indexOf(';', r.at);
    if (end < 0 || end - r.at > 32) return null;
    r.at = end + 1;
    return NOT_STRING;
  }
  if (kind === 'a' || kind === 'O') {
    if (depth >= MAX_DEPTH) return null;
    if (kind === 'O') {
      const nameLength = readCount(r);
      if (nameLength < 0 || nameLength > 128 || !expect(r, ':"')) return null;
      r.at += nameLength;
      if (!expect(r, '":')) return null;
    }
    return readPairs(r, depth + 1) ? NOT_STRING : null;
  }
  return null;
}

const NOT_STRING = [-1, -1] as const;

/** Reads `N:{` and N key / value pairs and `}` at `r.at`, masking sensitive string members. */
function readPairs(r: Reader, depth: number): boolean {
  const count = readCount(r);
  if (count < 0 || !expect(r, ':{')) return false;
  for (let i = 0; i < count; i++) {
    const key = readValue(r, MAX_DEPTH);
    if (key === null) return false;
    const value = readValue(r, depth);
    if (value === null) return false;
    if (key[0] < 0 || value[0] < 0 || value[1] <= value[0]) continue;
    const name = r.text.slice(key[0], key[1]);
    if (name.length === 0 || name.length > 64) continue;
    const entity = r.ctx.classifyKey(name);
    if (entity === null) continue;
    const v = r.text.slice(value[0], value[1]);
    if (PLACEHOLDER_VALUE.test(v) || keptUnderKey(name, v, entity)) continue;
    pushSpan(r.ctx, r.text, value[0], value[1], entity, DETECTOR);
  }
  return expect(r, '}');
}

export function phpSerializedSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m !== null; m = OPENING.exec(text)) {
    const r: Reader = { text, ctx, at: m.index };
    // Read from the opening as one value; a nested opening is read again by the search only when
    // its parent broke the grammar before it.
    if (readValue(r, 0) !== null) OPENING.lastIndex = Math.max(OPENING.lastIndex, r.at);
  }
}

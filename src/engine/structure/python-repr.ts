import type { TextScan } from '../detect/types.js';
import { isBareName, isPersonNameShaped, personSiblingOf } from './bare-name-columns.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * Python dicts printed with `repr()` / `str()` / `logging`'s `%s` (`owner fetched: {'names':
 * ['Alberta Charleson'], 'phone_numbers': [{'data': '1112224444', 'type': 'work'}], 'active':
 * True, 'note': None}`): Python writes strings in single quotes (double quotes when the string
 * holds a single quote), `True` / `False` / `None`, tuples in parentheses. Such text is no JSON,
 * so the JSON handlers never open it; here it is read as the nested structure it is. A string or
 * number under a member whose name the key rules call sensitive is masked as that name's entity,
 * and so is every string and number nested below it (`'phone_numbers': [{'data': …}]` is all
 * phone data), as the JSON walk masks a sensitive member's whole value. Other values are left to
 * the value detectors.
 *
 * Reading starts at each `{'` (a dict whose first key is a string); a constructor's repr
 * (`Decimal('12.50')`, `datetime.date(1990, 5, 17)`) is read as a tuple under its member and an
 * object's default repr `<…>` is passed over; reading stops at the first character that is not
 * Python literal syntax, keeping what it found until then. The caller gates on a `:` in the text
 * and on `{'` (the keyword pass). This is the one reader of Python dicts: structure/object-dumps.ts
 * reads the other printers' members (unquoted names) and leaves quoted identifiers to it.
 */
export function pythonReprSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  for (let at = text.indexOf("{'"); at >= 0; at = text.indexOf("{'", at + 1)) {
    at = readDict(text, at, ctx);
  }
}

/** Deepest nesting read; deeper text stops the reading. */
const MAX_DEPTH = 32;
/** Longest string literal read (a longer one stops the reading). */
const MAX_STRING = 4096;

interface Frame {
  /** `}` for a dict, `]` for a list, `)` for a tuple. */
  close: number;
  /** The entity every value below this container is masked as, or null. */
  entity: string | null;
  /** In a dict: the key of the value being read, or null while a key is expected. */
  key: string | null;
  /**
   * In a dict: where a person-shaped string under a bare `name` stands, and what its siblings say
   * of a person (personSiblingOf, summed): `{'name': 'Jo Bloggs', 'tel': …}` is a person's record,
   * as the JSON walk decides for a bare `name` member beside a phone (red-team round 59).
   */
  nameAt?: number;
  nameEnd?: number;
  kin?: number;
}

/** Reads the Python literal that opens with the `{` at `open`; returns where reading stopped. */
function readDict(text: string, open: number, ctx: SpanContext): number {
  const stack: Frame[] = [{ close: 125, entity: null, key: null }];
  let i = open + 1;
  const n = text.length;
  while (i < n && stack.length > 0) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 44) {
      i++;
      continue;
    }
    const frame = stack[stack.length - 1]!;
    const isDict = frame.close === 125;
    if (c === frame.close) {
      stack.pop();
      if (frame.nameAt !== undefined && (frame.kin ?? 0) >= 1)
        pushSpan(ctx, text, frame.nameAt, frame.nameEnd!, 'PERSON', 'structure:python_repr');
      i++;
      continue;
    }
    if (isDict && frame.key === null) {
      // A key: a string, then a colon.
      const end = stringEnd(text, i);
      if (end < 0) return i;
      const colon = skipBlanks(text, end + 1);
      if (text.charCodeAt(colon) !== 58) return i;
      frame.key = text.slice(i + 1, end);
      i = colon + 1;
      continue;
    }
    // A value, in a dict (under frame.key) or a list / tuple.
    const key = frame.key;
    const entity = frame.entity ?? (key === null ? null : ctx.classifyKey(key));
    frame.key = null;
    if (isDict && frame.entity === null && key !== null) frame.kin = (frame.kin ?? 0) + personSiblingOf(entity, key);
    if (c === 123 || c === 91 || c === 40) {
      if (stack.length >= MAX_DEPTH) return i;
      stack.push({ close: c === 123 ? 125 : c === 91 ? 93 : 41, entity, key: null });
      i++;
      continue;
    }
    if (c === 39 || c === 34 || ((c === 98 || c === 117) && (text.charCodeAt(i + 1) === 39 || text.charCodeAt(i + 1) === 34))) {
      const q = c === 39 || c === 34 ? i : i + 1;
      const end = stringEnd(text, q);
      if (end < 0) return i;
      if (entity !== null && end > q + 1) maskValue(ctx, text, q + 1, end, key ?? undefined, entity);
      else if (isDict && key !== null && isBareName(key) && isPersonNameShaped(text.slice(q + 1, end))) {
        frame.nameAt = q + 1;
        frame.nameEnd = end;
      }
      i = end + 1;
      continue;
    }
    // An object's default repr (`<User object at 0x7f…>`, `<Status.ACTIVE: 1>`): passed over.
    if (c === 60) {
      const close = text.indexOf('>', i);
      if (close < 0 || close - i > MAX_STRING) return i;
      i = close + 1;
      continue;
    }
    // A bare value: a number, True / False / None, or anything else up to a separator.
    let end = i;
    while (end < n && !endsBare(text.charCodeAt(end))) end++;
    if (end === i) return i;
    if (entity !== null && isNumber(text, i, end)) maskValue(ctx, text, i, end, key ?? undefined, entity);
    i = end;
    // A constructor's repr (`Decimal('12.50')`, `datetime.date(1990, 5, 17)`, `UUID('…')`): its
    // arguments are read as a tuple under the same member.
    if (text.charCodeAt(i) === 40) {
      if (stack.length >= MAX_DEPTH) return i;
      stack.push({ close: 41, entity, key: null });
      i++;
    }
  }
  return i;
}

function maskValue(ctx: SpanContext, text: string, start: number, end: number, key: string | undefined, entity: string): void {
  const value = text.slice(start, end);
  if (PLACEHOLDER_VALUE.test(value) || keptUnderKey(key, value, entity)) return;
  pushSpan(ctx, text, start, end, entity, 'structure:python_repr');
}

/** The index of the closing quote of the Python string whose opening quote is at `q`, or -1. */
function stringEnd(text: string, q: number): number {
  const quote = text.charCodeAt(q);
  if (quote !== 39 && quote !== 34) return -1;
  for (let i = q + 1; i < text.length && i - q <= MAX_STRING; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === quote) return i;
    else if (c === 10) return -1;
  }
  return -1;
}

function skipBlanks(text: string, i: number): number {
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/** A bare Python value ends at a blank, a separator, a bracket or a call's parenthesis. */
function endsBare(c: number): boolean {
  return c <= 32 || c === 44 || c === 58 || c === 125 || c === 93 || c === 40 || c === 41 || c === 123 || c === 91 || c === 39 || c === 34;
}

/** Digits with an optional sign and decimal point (`1112224444`, `-33.86`): not `True`, `None`, a word. */
function isNumber(text: string, start: number, end: number): boolean {
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (!(c === 46 || ((c === 45 || c === 43) && i === start))) return false;
  }
  return digits > 0;
}

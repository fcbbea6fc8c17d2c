import type { TextScan } from '../detect/types.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isFullNameLogin, isSystemAccount } from '../detect/values/login-names.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { GIVEN, nameKind, RARE, SURNAME } from '../detect/values/person-names.js';
import { cellsOf, separatorOf, threeOfAnySeparator } from './bare-cells.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * A person's login as a cell of a row printed without its header (stop 38, red-team rounds 57, 65
 * and 66 name it: an IdP, SaaS admin or code host's audit export line pasted into a ticket or a
 * log, `2024-…,user.session.start,SUCCESS,jane.doe,…`): no column name says the cell is a user,
 * so only a cell that spells a full name is read, `given.family` or `given_family` in lower case,
 * both parts in the name lists and neither an everyday word (login-names.ts isFullNameLogin; a
 * PERSON, as login_name_value masks such a whole value). In a row that holds one, a cell of one
 * initial and a surname the lists know (`jdoe`-style: an admin beside its target) is a login too
 * (USERNAME), unless it is an everyday word or a system account. Event names (`user.session.start`,
 * three parts), hosts, file names, system accounts (`svc_backup`, `jenkins`) stay.
 *
 * A row is a line of 4 cells or more split by one separator (bare-cells.ts). Gated by a separator
 * three times and a `.` or `_`; a cell is tested only when it opens with a lower-case letter and
 * holds one.
 */
const MIN_CELLS = 4;
const INITIAL_SURNAME = /^[a-z][a-z]{4,19}$/;

export function mayHoldLoginCells(text: string): boolean {
  if (text.length < 20 || (text.indexOf('.') < 0 && text.indexOf('_') < 0)) return false;
  return threeOfAnySeparator(text);
}

/** Whether a cell is one initial and a surname the lists know (`mkowalski`), no word and no system account. */
function initialSurname(cell: string): boolean {
  if (!INITIAL_SURNAME.test(cell) || isSystemAccount(cell)) return false;
  const rest = cell.slice(1);
  if (isEverydayWord(cell) || isNameStopWord(cell) || isEverydayWord(rest) || isNameStopWord(rest)) return false;
  // The whole cell a name itself (`jenkins`, `morgan`) is no initial and surname.
  if (nameKind(cell) !== 0) return false;
  const kind = nameKind(rest);
  return (kind & SURNAME) !== 0 && (kind & (GIVEN | RARE)) === 0;
}

export function loginCellSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const lineEnd = to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to;
    if (lineEnd - from >= 20) {
      const sep = separatorOf(text, from, lineEnd);
      if (sep >= 0) {
        const cells = cellsOf(text, from, lineEnd, sep);
        if (cells.length >= MIN_CELLS) readLogins(ctx, text, cells);
      }
    }
    from = to + 1;
  }
}

/** An e-mail cell's local part of two names (`halina.kowalewska@…`): group 1 the given name, group 2 the family name. */
const NAMED_EMAIL = /^([a-z]{2,20})[._]([a-z]{2,24}(?:-[a-z]{2,24})?)@[a-z0-9.-]{3,63}$/;

/**
 * The logins a row's e-mail spells (`hkowalewska`, `kowalewskah` beside `halina.kowalewska@…`):
 * the initial and the family name, either way round, or null when no cell is such an e-mail
 * (red-team round 70: a trace-analytics export row of `enduser.id` and `user.email`).
 */
function emailLogins(text: string, cells: readonly [number, number][]): Set<string> | null {
  let logins: Set<string> | null = null;
  for (const [a, b] of cells) {
    if (b - a < 8 || b - a > 120 || text.indexOf('@', a) >= b) continue;
    const m = NAMED_EMAIL.exec(text.slice(a, b));
    if (m === null) continue;
    logins ??= new Set();
    logins.add(m[1]![0]! + m[2]!);
    logins.add(m[2]! + m[1]![0]!);
  }
  return logins;
}

function readLogins(ctx: SpanContext, text: string, cells: readonly [number, number][]): void {
  const spelled = emailLogins(text, cells);
  if (spelled !== null) {
    for (const [a, b] of cells) {
      if (b - a >= 5 && b - a <= 46 && spelled.has(text.slice(a, b))) pushSpan(ctx, text, a, b, 'USERNAME', 'login_cells');
    }
  }
  let found = false;
  for (const [a, b] of cells) {
    if (b - a < 5 || b - a > 46) continue;
    const c = text.charCodeAt(a);
    if (c < 97 || c > 122) continue;
    const cell = text.slice(a, b);
    if ((cell.indexOf('.') > 0 || cell.indexOf('_') > 0) && isFullNameLogin(cell)) {
      pushSpan(ctx, text, a, b, 'PERSON', 'login_cells');
      found = true;
    }
  }
  if (!found) return;
  for (const [a, b] of cells) {
    if (b - a < 5 || b - a > 20) continue;
    const c = text.charCodeAt(a);
    if (c < 97 || c > 122) continue;
    const cell = text.slice(a, b);
    if (initialSurname(cell)) pushSpan(ctx, text, a, b, 'USERNAME', 'login_cells');
  }
}

/**
 * An activity line's user column: `12/03 14:22 | jmorales | lft msg w/ bwr …` (a collections or
 * servicing system's account history, a DMS or CRM activity export; red-team round 93): a line
 * that opens with a date and a time cell, then ` | ` and a cell of one lower-case word, then ` | `.
 * The word is a login when it is one initial and a surname the lists know (`jmorales`, as
 * loginCellSpans reads it beside a full-name login) or one initial and two such surnames joined by
 * a dash (`tnakashima-reyes`). System accounts, everyday words and names alone stay.
 */
const ACTIVITY_TIME_CELL = /^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?Z? \| /;
const ACTIVITY_LOGIN = /^[a-z]{5,30}(?:-[a-z]{3,20})?$/;

/** Whether `text` may hold such lines: it opens with a digit and holds ` | `. Native calls only. */
export function mayHoldActivityLogins(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57 && text.length >= 20 && text.indexOf(' | ', 8) !== -1;
}

export function activityLoginSpans(text: string, ctx: SpanContext): void {
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const c = text.charCodeAt(from);
    if (c >= 48 && c <= 57) activityLogin(text, from, to, ctx);
    from = to + 1;
  }
}

function activityLogin(text: string, from: number, to: number, ctx: SpanContext): void {
  const bar = text.indexOf(' | ', from);
  if (bar < 0 || bar > from + 26 || bar >= to) return;
  const time = ACTIVITY_TIME_CELL.exec(text.slice(from, bar + 3));
  if (time === null) return;
  const a = bar + 3;
  const b = text.indexOf(' | ', a);
  if (b < 0 || b >= to || b - a > 51) return;
  const cell = text.slice(a, b);
  if (!ACTIVITY_LOGIN.test(cell) || isSystemAccount(cell)) return;
  const dash = cell.indexOf('-');
  const ok = dash < 0 ? initialSurname(cell) : initialSurname(cell.slice(0, dash)) && knownSurname(cell.slice(dash + 1));
  if (ok) pushSpan(ctx, text, a, b, 'USERNAME', 'login_cells');
}

/** A surname the lists know that is no given name, everyday word or stop word (`reyes`). */
function knownSurname(word: string): boolean {
  if (isEverydayWord(word) || isNameStopWord(word)) return false;
  return (nameKind(word) & SURNAME) !== 0;
}

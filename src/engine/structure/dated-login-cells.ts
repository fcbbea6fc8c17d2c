import { isInitialSurnameLogin } from '../detect/values/ediscovery-names.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isSystemAccount } from '../detect/values/login-names.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { nameKind, SURNAME } from '../detect/values/person-names.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * The user column of a bare pipe row right after its date: a review platform's coding export
 * (`ACME0005120|2025-11-04T11:02:19Z|hbrandt-oyelaran|Responsive|…`), a time-entry export
 * (`2025-11-12|svillanueva-ortiz|M-2025-0388|1.3|…`), a hold system's nightly sync (red-team round
 * 96). No header says the cell is a user: a cell of one lower-case initial and a surname the lists
 * know (`jmorales`), a second surname joined by a dash allowed (`hbrandt-oyelaran`: ediscovery-names.ts
 * isInitialSurnameLogin), right after a cell that is a date or a timestamp.
 * System accounts, everyday words and names alone stay. Rows split by `|` without blanks (the ` | `
 * rows are activityLoginSpans').
 */
const DATE_CELL = /^(?:\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?)?|\d{1,2}\/\d{1,2}\/\d{4})$/;

/** Whether `text` may hold such rows: two `|` with no blank around the first. Native calls only. */
export function mayHoldDatedLogins(text: string): boolean {
  const bar = text.indexOf('|', 8);
  return bar !== -1 && text.charCodeAt(bar + 1) !== 32 && text.charCodeAt(bar - 1) !== 32 && text.indexOf('|', bar + 1) !== -1;
}

export function datedLoginSpans(text: string, ctx: SpanContext): void {
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    datedLogins(text, from, to, ctx);
    from = to + 1;
  }
}

function datedLogins(text: string, from: number, to: number, ctx: SpanContext): void {
  let prevDate = false;
  for (let a = from; a < to; ) {
    let b = text.indexOf('|', a);
    if (b < 0 || b > to) b = to;
    if (b - a <= 35) {
      const c = text.charCodeAt(a);
      if (prevDate && c >= 97 && c <= 122 && isInitialSurnameLogin(text.slice(a, b))) pushSpan(ctx, text, a, b, 'USERNAME', 'login_cells');
      prevDate = c >= 48 && c <= 57 && DATE_CELL.test(text.slice(a, b));
    } else prevDate = false;
    a = b + 1;
  }
}

/**
 * A person's login as the last cell of a bare CSV or pipe row of five cells or more: the
 * technician who received, imaged or took over a device in a chain-of-custody or intake log
 * (`EV-19,Samsung Galaxy S23,R58T40…,<custodian>,<phone>,m.delacroix-mensah`, `CoC|EV-…|…|TRANSFER|
 * Evidence Locker B|r.castellanos`; red-team round 96 and its leftovers). No header names the
 * column; the login's shape does: one lower-case initial, a dot and a surname, a second surname
 * joined by a dash (`j.achterberg-roux`). A surname alone must be one the lists know; no part may
 * be an everyday or stop word, nor the whole a system account (`svc-ftk-imager`, `pending`,
 * `forensics-team`, `a.out` stay).
 */
const DOTTED_LOGIN = /^[a-z]\.[a-z]{2,24}(?:-[a-z]{2,24})?$/;

/** Whether `text` may hold such a row: a dot and a `,` or `|`. Native calls only. */
export function mayHoldLastCellLogin(text: string): boolean {
  return text.length >= 16 && text.indexOf('.') > 0 && (text.indexOf(',') > 0 || text.indexOf('|') > 0);
}

export function lastCellLoginSpans(text: string, ctx: SpanContext): void {
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const next = to + 1;
    if (to > from && text.charCodeAt(to - 1) === 13) to--;
    if (to - from >= 16) lastCellLogin(text, from, to, ctx);
    from = next;
  }
}

function lastCellLogin(text: string, from: number, to: number, ctx: SpanContext): void {
  const c = text.charCodeAt(to - 1);
  if (c < 97 || c > 122) return;
  const comma = text.lastIndexOf(',', to - 1);
  const bar = text.lastIndexOf('|', to - 1);
  const sep = comma > bar ? comma : bar;
  if (sep < from || to - sep > 50 || text.charCodeAt(sep + 2) !== 46) return;
  const login = text.slice(sep + 1, to);
  if (!DOTTED_LOGIN.test(login) || !isDottedSurnameLogin(login)) return;
  const mark = text.charCodeAt(sep);
  let cells = 1;
  for (let i = from; i < sep; i++) if (text.charCodeAt(i) === mark) cells++;
  if (cells >= 4) pushSpan(ctx, text, sep + 1, to, 'USERNAME', 'login_cells');
}

function isDottedSurnameLogin(login: string): boolean {
  if (isSystemAccount(login)) return false;
  const parts = login.slice(2).split('-');
  for (const p of parts) if (isEverydayWord(p) || isNameStopWord(p)) return false;
  return parts.length === 2 || (parts[0]!.length >= 4 && (nameKind(parts[0]!) & SURNAME) !== 0);
}

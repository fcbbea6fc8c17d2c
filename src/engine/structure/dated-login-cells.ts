import { isInitialSurnameLogin } from '../detect/values/ediscovery-names.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isPersonLoginShape, isSystemAccount } from '../detect/values/login-names.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { foldName, nameKind, SURNAME } from '../detect/values/person-names.js';
import { listedGivenName } from '../detect/values/registrant-names.js';
import { cellsOf, ROW_STREET, separatorOf, threeOfAnySeparator } from './bare-cells.js';
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
 * The user cell of an audit-trail row printed without its header, between the time and the action
 * (leftovers of red-team round 95): LibreClinica's `audit_log_event`, Castor and Viedoc audit
 * exports, REDCap's logging export pasted into a ticket (`2025-11-01 08:12\tbtrevelyan\tUpdate
 * record 2044\t…`, `AUD-7781,2025-11-02T10:01:00Z,bkaminski,Changed,HOMEPHONE,…`), split by `|`,
 * `,`, TAB or `;`. Who changed what when: a cell that is a date or a timestamp, then a login that
 * reads as a person's by its shape (login-names.ts isPersonLoginShape: no system, service or team
 * account, no everyday word), then a cell that names a change of data (`Item data value updated`,
 * `Field value changed`, `Modification`, `Wijziging`). A daemon's line (`…|dnsmasq|DHCPACK…`) names
 * no change and stays.
 */
const AUDIT_ACTION_WORDS = new Set(
  (
    'update updated updates change changed changes create created creates modify modified modification delete deleted ' +
    'deletion insert inserted edit edited enter entered entry export exported import imported sign signed verify verified ' +
    'lock locked unlock unlocked freeze frozen mark marked complete completed remove removed add added save saved ' +
    'wijziging gewijzigd aangemaakt verwijderd änderung geändert erstellt gelöscht modifié créé supprimé ' +
    'modificación modificado creado eliminado modifica modificato creato eliminato alteração alterado criado excluído'
  ).split(' '),
);
const AUDIT_ACTION_CELL = /^[\p{L}][\p{L}'-]*(?: [\p{L}\d_.'-]+){0,7}$/u;

function isAuditActionCell(cell: string): boolean {
  if (cell.length < 4 || cell.length > 64 || !AUDIT_ACTION_CELL.test(cell)) return false;
  for (const w of cell.toLowerCase().split(' ')) if (AUDIT_ACTION_WORDS.has(w)) return true;
  return false;
}

/** Whether `text` may hold such rows: a `-` or `/` of a date and a separator three times. Native calls only. */
export function mayHoldAuditRows(text: string): boolean {
  if (text.length < 24 || (text.indexOf('-') < 0 && text.indexOf('/') < 0)) return false;
  return threeOfAnySeparator(text);
}

/**
 * Whether a cell right after a separator opens like a phone (nine digits or more among digits,
 * blanks, dashes, dots and brackets before the next separator) or a street (digits, a blank, a
 * capital): where labelledChanges can find a value. One pass over the text's characters.
 */
function hasPhoneOrStreetCell(text: string): boolean {
  for (const sep of SEPARATORS) {
    for (let i = text.indexOf(sep); i !== -1; i = text.indexOf(sep, i + 1)) if (phoneOrStreetAt(text, i + 1)) return true;
  }
  return false;
}
const SEPARATORS: readonly string[] = [',', '|', '\t', ';'];

function phoneOrStreetAt(text: string, at: number): boolean {
  const n = text.length;
  let j = at;
  if (text.charCodeAt(j) === 32) j++;
  const c = text.charCodeAt(j);
  if (c === 40 || c === 43) j++;
  else if (c < 48 || c > 57) return false;
  let d = 0;
  let k = j;
  for (; k < n && k - j < 22; k++) {
    const e = text.charCodeAt(k);
    if (e >= 48 && e <= 57) d++;
    else if (e === 32 && d > 0 && d <= 6) {
      const f = text.charCodeAt(k + 1);
      if (f >= 65 && f <= 90 && d === k - j) return true;
      if (!(f >= 48 && f <= 57)) return false;
    } else if (e !== 45 && e !== 46 && e !== 40 && e !== 41 && e !== 32) break;
  }
  return d >= 9 && (k >= n || isSeparator(text.charCodeAt(k)) || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13);
}

/**
 * Whether an ISO date (a time may follow) stands as a whole cell with a lower-case letter opening
 * the next one (`2025-11-01 08:12<TAB>b…`, `…,2025-11-02T10:01:00Z,b…`): where a bare audit row's
 * user cell can stand. Reads the text's first 16 dashes at most.
 */
function hasDatedLowerCell(text: string): boolean {
  let i = text.indexOf('-', 4);
  for (let k = 0; i !== -1 && k < 16; k++, i = text.indexOf('-', i + 1)) {
    if (text.charCodeAt(i + 3) !== 45 || !digits(text, i - 4, i) || !digits(text, i + 1, i + 3) || !digits(text, i + 4, i + 6)) continue;
    let j = i + 6;
    const c = text.charCodeAt(j);
    if ((c === 84 || c === 32) && digits(text, j + 1, j + 3) && text.charCodeAt(j + 3) === 58) {
      j += 4;
      while (j < text.length && j - i < 34 && !isSeparator(text.charCodeAt(j)) && text.charCodeAt(j) !== 32) j++;
    }
    if (isSeparator(text.charCodeAt(j))) {
      const l = text.charCodeAt(j + 1);
      if (l >= 97 && l <= 122) return true;
    }
  }
  return false;
}
function digits(text: string, from: number, to: number): boolean {
  if (from < 0) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
function isSeparator(c: number): boolean {
  return c === 44 || c === 124 || c === 9 || c === 59;
}

/**
 * The user cells and the labelled phones and streets of bare audit rows (one split of each line
 * for both), in a text that has a date cell before a lower-case cell, or several lines and a cell
 * that opens like a phone or a street: a one-line log with commas pays a search of its dashes.
 */
export function auditRowSpans(text: string, ctx: SpanContext): void {
  const dated = hasDatedLowerCell(text);
  // The labelled values only in a row after such a date cell or in rows of several lines.
  const labelled = (dated || text.indexOf('\n') !== -1) && hasPhoneOrStreetCell(text);
  if (!dated && !labelled) return;
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const lineEnd = to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to;
    if (lineEnd - from >= 20) {
      const sep = separatorOf(text, from, lineEnd);
      if (sep >= 0) {
        const cells = cellsOf(text, from, lineEnd, sep);
        if (dated) auditRowLogins(text, cells, ctx);
        if (labelled) labelledChanges(text, cells, ctx);
      }
    }
    from = to + 1;
  }
}

function auditRowLogins(text: string, cells: readonly [number, number][], ctx: SpanContext): void {
  for (let i = 0; i + 2 < cells.length; i++) {
    const [a, b] = cells[i]!;
    const c = text.charCodeAt(a);
    if (b - a < 10 || b - a > 35 || c < 48 || c > 57 || !DATE_CELL.test(text.slice(a, b))) continue;
    const [la, lb] = cells[i + 1]!;
    const l = text.charCodeAt(la);
    if (lb - la < 5 || lb - la > 40 || l < 97 || l > 122) continue;
    const login = text.slice(la, lb);
    if (!isPersonLoginShape(login)) continue;
    const [xa, xb] = cells[i + 2]!;
    if (isAuditActionCell(text.slice(xa, xb))) pushSpan(ctx, text, la, lb, 'USERNAME', 'login_cells');
  }
}

/**
 * The old and new values of a person's phone or street in a bare audit or contact-change row, right
 * after the cell that names the field (leftovers of red-team round 95: `…,Changed,HOMEPHONE,
 * 608-555-0131,608-555-0178`, `HEL-041,mobile,262-555-0144,262-555-0190,…`, `…,STREET1,88
 * Thistledown Rd,412 Cobblestone Ave`). The phone patterns take no number right after a comma (lists
 * of amounts stay) and a street after a comma reads as an amount's; here the field's name says
 * what the next one or two cells are. A cell is read only when its whole text has the shape: a
 * phone's digits and punctuation (nine digits or more), a street of bare-cells.ts ROW_STREET.
 */
const PHONE_FIELD =
  /^(?:home|work|cell|day|evening|alt|primary|contact|emergency|subj|pt|patient)?[_ .-]?(?:phone|tel|telephone|telefoon|telefon|telefono|portable|mobile|mobil|cell|gsm)(?:[_ .-]?(?:no|num|number|nr|\d))?$/i;
const ADDRESS_FIELD =
  /^(?:home|mail|mailing|subj|pt|patient)?[_ .-]?(?:addr|address|street|straat|adresse|strasse|direccion|indirizzo|endereco)(?:[_ .-]?(?:line)?[_ .-]?\d)?$/i;
const PHONE_CELL = /^\+?\(?\d[\d .()-]{7,18}\d$/;

function labelledChanges(text: string, cells: readonly [number, number][], ctx: SpanContext): void {
  for (let i = 0; i + 1 < cells.length; i++) {
    const [a, b] = cells[i]!;
    if (b - a < 3 || b - a > 24) continue;
    const c = text.charCodeAt(a) | 32;
    if (c < 97 || c > 122) continue;
    const field = text.slice(a, b);
    const phone = PHONE_FIELD.test(field);
    if (!phone && !ADDRESS_FIELD.test(field)) continue;
    for (let j = i + 1; j <= i + 2 && j < cells.length; j++) {
      const [va, vb] = cells[j]!;
      const value = text.slice(va, vb);
      if (phone ? !isPhoneCell(value) : vb - va > 60 || !ROW_STREET.test(value)) break;
      pushSpan(ctx, text, va, vb, phone ? 'PHONE' : 'ADDRESS', 'bare_cells');
    }
  }
}

function isPhoneCell(value: string): boolean {
  if (value.length < 9 || value.length > 21 || !PHONE_CELL.test(value)) return false;
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const d = value.charCodeAt(i);
    if (d >= 48 && d <= 57) digits++;
  }
  return digits >= 9 && digits <= 15;
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

/** A date cell of a dispensing row: ISO, US `12/01/2025` or European `05.12.2025`. */
const ROW_DATE_CELL = /^(?:\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?Z?)?|\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\.\d{1,2}\.\d{4})$/;
/** Two capitalised words, the first a surname (a hyphen allowed), the second a given name. */
const SURNAME_GIVEN_CELL = /^([\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?) ([\p{Lu}][\p{Ll}]+)$/u;

/**
 * Whether `text` may hold dispensing rows: it opens with a digit (a row's date) and a separator
 * stands three times. Native calls only.
 */
export function mayHoldDispenserRows(text: string): boolean {
  const c = text.charCodeAt(0);
  return text.length >= 24 && c >= 48 && c <= 57 && threeOfAnySeparator(text);
}

/**
 * The owner and the dispenser of a controlled-drug log's rows printed without a header (leftovers
 * of red-team round 99: `2025-11-28|Hydromorphone 2 mg/mL|0.3 mL|Waffles|Dunleavy Marguerite|
 * jkowalski|Surgery`, comma rows of a Cornerstone-style export, a German BtM book's `05.12.2025;
 * Ketamin 10%;0,4 ml;Krümel;Oberhuber Walburga;skrause`): in a row that opens with a date, a cell
 * of a surname and a given name the lists know (`Last First`, as the log's owner column writes
 * it), right before a cell that is a person's login by its shape (login-names.ts
 * isPersonLoginShape, strict). The login beside the name proves the row names people: a drug's,
 * a shelf's or a pet's cell (`Pharmacy Shelf|120`, `Controlled Safe`) stays.
 */
export function dispenserRowSpans(text: string, ctx: SpanContext): void {
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const end = to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to;
    dispenserRow(text, from, end, ctx);
    from = to + 1;
  }
}

function dispenserRow(text: string, from: number, to: number, ctx: SpanContext): void {
  let sep = '';
  for (const s of ['|', ';', '\t', ',']) {
    let n = 0;
    for (let i = text.indexOf(s, from); i !== -1 && i < to; i = text.indexOf(s, i + 1)) n++;
    if (n >= 4) {
      sep = s;
      break;
    }
  }
  if (sep === '') return;
  const cells: [number, number][] = [];
  for (let a = from; a <= to; ) {
    let b = text.indexOf(sep, a);
    if (b < 0 || b > to) b = to;
    cells.push([a, b]);
    a = b + 1;
  }
  if (!ROW_DATE_CELL.test(text.slice(cells[0]![0], cells[0]![1]))) return;
  for (let k = 1; k + 1 < cells.length; k++) {
    const [a, b] = cells[k]!;
    if (b - a < 7 || b - a > 48) continue;
    const m = SURNAME_GIVEN_CELL.exec(text.slice(a, b));
    if (m === null || !listedGivenName(m[2]!)) continue;
    const surname = m[1]!;
    if (surname.split('-').some((w) => isNameStopWord(foldName(w)) || isEverydayWord(foldName(w)))) continue;
    const [c, d] = cells[k + 1]!;
    if (!isPersonLoginShape(text.slice(c, d), true)) continue;
    pushSpan(ctx, text, a, b, 'PERSON', 'login_cells');
    pushSpan(ctx, text, c, d, 'USERNAME', 'login_cells');
  }
}

import {
  isBareName,
  isRolePersonName,
  personNameColumns,
  namePartnerColumns,
  eventLoginColumns,
  personRoleColumns,
  planMemberColumns,
  ROLE_PERSON,
  unnameLoginRoleColumns,
} from './bare-name-columns.js';
import { isCompanyName } from './company-name.js';
import { CREW_STAFF_COLUMN, crewStaffColumns, isCrewStaffCell, isWhoColumn, isWhoLogin } from './crew-columns.js';
import { isNameMember, isTypedAnswerMember, isValueMember } from './siblings.js';
import type { TextScan } from '../detect/types.js';
import { isWordUnderDigitName } from './kv.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * CSV and TSV text with a header row (an export pasted in a prompt, an agent's tool result, a
 * report attached to an audit event): the column name stands on the first line, far from the
 * value (`id,name,email,phone\n1,Taro Yamada,taro@example.jp,090-1234-5678`), so a detector that
 * needs its keyword nearby misses the value. Each non-empty cell of a column whose header the key
 * rules call sensitive is masked whole as that column's entity; other cells are left to the value
 * detectors.
 *
 * What counts as a table: one of the text's first three lines (a sentence or a code fence may
 * come before it: `Here is the export:\n`) is a header of at least 2 fields separated by
 * `,`, `;`, TAB or `|` (the one the header holds; a header holding two of them is not one), each field a
 * column name of letters (of any script: `Straße`, `teléfono`, `電話`), digits, `_`, `-`, `.`,
 * `(`, `)`, `/`, `#`, `*` and spaces (at most 4 words, 8 when quoted, 64 characters), optionally quoted; the next record has as many fields.
 * The first such line with a sensitive column whose next record fits is the header. Records are read by RFC 4180 (`"a,b"`,
 * `""` inside quotes, line breaks inside quotes, CRLF or LF ends); a later record with another
 * number of fields is skipped (its values stay for the detectors) and reading goes on. One pass,
 * no regular expression over the text: linear in its length.
 *
 * Change logs exported as tables name the changed field in a cell of each row and hold its values
 * in others: SAP change documents (CDPOS `FNAME`, `VALUE_OLD`, `VALUE_NEW`, as SE16 downloads write
 * them with `|`), Workday and BambooHR audit reports (`Field`, `Prior Value`, `New Value`),
 * Salesforce field history (`Field`, `Old Value`, `New Value`). A header with a name column (the
 * name members of structure/siblings.ts: `field`, `fname`, `attribute`, `column name`…) and value
 * columns (`value_new`, `old value`, `prior value`, `from`, `to`…) is a table too: in each row the
 * value cells are masked as the field the name cell names (`NACHN`, `Date of Birth`), when the key
 * rules call it sensitive (red-team round 63).
 */

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const SEMICOLON = 59;
const PIPE = 124;

const MAX_NAME = 64;
const MAX_WORDS = 4;
/**
 * A quoted column name may be longer: REDCap's logging export quotes its header and names its last
 * column `List of Data Changes OR Fields Exported` (red-team round 95); a sentence is not quoted so.
 */
const MAX_QUOTED_WORDS = 8;
const MAX_COLUMNS = 512;

/** Lines a header may follow: a sentence and a code fence (`Here is the export:`, a fence line). */
const MAX_LINES_BEFORE = 2;

/**
 * Whether `text` may hold a CSV header on one of its first three lines: a separator before the
 * line break that ends the third line. Cheap (native indexOf).
 */
export function mayHoldCsv(text: string): boolean {
  let nl = text.indexOf('\n');
  if (nl < 0) return false;
  for (let k = 0; k < MAX_LINES_BEFORE; k++) {
    const next = text.indexOf('\n', nl + 1);
    if (next < 0) break;
    nl = next;
  }
  if (nl < 3) return false;
  const comma = text.indexOf(',');
  if (comma >= 0 && comma < nl) return true;
  const pipe = text.indexOf('|');
  if (pipe >= 0 && pipe < nl) return true;
  const tab = text.indexOf('\t');
  if (tab >= 0 && tab < nl) return true;
  const semicolon = text.indexOf(';');
  return semicolon >= 0 && semicolon < nl;
}

/**
 * Letters, digits, `_ - .`, blanks, `( ) /` of qualified names (ADP's `Tax ID (SSN)`, `ABA /
 * Account`), `#` of numbered ones (ShipStation's `Order #`, `Phone #`) and `*` of required ones
 * (Workday EIB and import templates: `Worker*`, `Date of Birth*`).
 */
function isNameChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    isLetter(c) ||
    c === 95 ||
    c === 45 ||
    c === 46 ||
    c === SPACE ||
    c === 40 ||
    c === 41 ||
    c === 47 ||
    c === 35 ||
    c === 42
  );
}

/** A-Z, a-z, or a character beyond Latin-1's symbols (`ß`, `é`, `電`): a letter of a column name. */
function isLetter(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x2bff) && (c < 0x3000 || c > 0x303f) && (c < 0xff00 || c > 0xff0f))
  );
}

/** The header's separator and column names, or undefined when the line starting at `start` is not a header. */
function readHeader(text: string, start: number): { sep: number; names: string[]; end: number } | undefined {
  const n = text.length;
  let sep = -1;
  // First pass: the line's end and its separator; any other character ends the attempt.
  let end = start;
  for (; end < n; end++) {
    const c = text.charCodeAt(end);
    if (c === LF || c === CR) break;
    if (c === COMMA || c === SEMICOLON || c === TAB || c === PIPE) {
      if (sep === -1) sep = c;
      else if (sep !== c) return undefined;
    } else if (c !== QUOTE && !isNameChar(c)) return undefined;
    if (end - start > (MAX_NAME + 3) * MAX_COLUMNS) return undefined;
  }
  if (sep === -1 || end === n) return undefined;
  // A line that ends in `-` was wrapped inside a value (`…, SIN 123-456-` then `782, start …`: a
  // number cut by a line break, stop 41): a header's last name never ends so.
  if (text.charCodeAt(end - 1) === 45) return undefined;
  const names: string[] = [];
  let from = start;
  for (;;) {
    let to = text.indexOf(String.fromCharCode(sep), from);
    if (to < 0 || to > end) to = end;
    // pandas `to_csv()` writes its index column with an empty name (`,name,email`).
    const name = names.length === 0 && isBlankRange(text, from, to) ? '' : columnName(text, from, to);
    if (name === undefined) return undefined;
    names.push(name);
    if (to === end) break;
    from = to + 1;
  }
  if (names.length < 2 || names.length > MAX_COLUMNS) return undefined;
  return { sep, names, end };
}

/** The name in `text[from, to)`: trimmed, unquoted, with a letter, at most MAX_WORDS words; undefined if not a name. */
function columnName(text: string, from: number, to: number): string | undefined {
  while (from < to && text.charCodeAt(from) === SPACE) from++;
  while (to > from && text.charCodeAt(to - 1) === SPACE) to--;
  let maxWords = MAX_WORDS;
  if (to - from >= 2 && text.charCodeAt(from) === QUOTE && text.charCodeAt(to - 1) === QUOTE) {
    from++;
    to--;
    maxWords = MAX_QUOTED_WORDS;
  }
  if (to <= from || to - from > MAX_NAME) return undefined;
  let letter = false;
  let spaces = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return undefined;
    if (c === SPACE) spaces++;
    else if (isLetter(c)) letter = true;
  }
  if (!letter || spaces >= maxWords) return undefined;
  return text.slice(from, to);
}

/** One cell of a record: the range of its value (inside the quotes) and, when quoted with `""`, its unescaped value. */
interface Cell {
  start: number;
  end: number;
  unescaped: string | undefined;
}

export function csvSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  tableSpans(text.startsWith('LEDES') && text.indexOf('[]') > 0 ? ledesView(text) : text, ctx);
}

/**
 * LEDES 1998B / 1998BI e-billing files (LEDES Oversight Committee specification): a `LEDES1998B[]`
 * line, then a header of `|`-separated field names and one record per line, each line ended by
 * `[]` (`…|TIMEKEEPER_NAME|TIMEKEEPER_CLASSIFICATION|CLIENT_MATTER_ID[]`), which no column name or
 * cell holds. Read through a view of the same length in which a line's closing `[]` is two blanks,
 * so the header is one (`TIMEKEEPER_NAME` holds `Surname, Given`; leftovers of red-team round 96).
 */
const LEDES_LINE_END = /\[\](?=\r?\n|$)/g;
function ledesView(text: string): string {
  return text.replace(LEDES_LINE_END, '  ');
}

/**
 * A CSV export held in a string that was JSON-escaped twice (a tool result logged inside a JSON
 * string inside another): once unescaped, the text holds the two characters `\n` where the lines
 * break, and no line break. It is read through a view of the same length in which `\n` is CR LF,
 * `\r` two blanks and `\t` a blank then a TAB (an escaped backslash `\\` stays), so the offsets
 * of the cells found are theirs in the text. Only for a text without a real line break.
 */
export function escapedCsvSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  // A real line break: csvSpans read the text already (or it is no table).
  if (text.indexOf('\n') >= 0 || text.indexOf('\\n') < 0) return;
  const view = escapedBreaksView(text);
  if (mayHoldCsv(view)) tableSpans(view, ctx);
}

function escapedBreaksView(text: string): string {
  let out = '';
  let from = 0;
  for (let i = text.indexOf('\\'); i >= 0 && i + 1 < text.length; i = text.indexOf('\\', i + 2)) {
    const c = text.charCodeAt(i + 1);
    const replacement = c === 110 ? '\r\n' : c === 114 ? '  ' : c === 116 ? ' \t' : undefined;
    if (replacement === undefined) continue;
    out += text.slice(from, i) + replacement;
    from = i + 2;
  }
  return out + text.slice(from);
}

/** The spans of the table in `text` (the scan's text, or a view of it of the same length). */
function tableSpans(text: string, ctx: SpanContext): void {
  let at = 0;
  for (let k = 0; k <= MAX_LINES_BEFORE && at < text.length; k++) {
    let table = sensitiveHeader(text, at, ctx);
    if (table === undefined) {
      // A log line's own words before the header (`export customers.csv (3 rows): id,email`,
      // `rows=name\tssn`): the header starts after the last `: ` or `=` before the first separator.
      const labelEnd = afterLabel(text, at);
      if (labelEnd > at) table = sensitiveHeader(text, labelEnd, ctx);
    }
    let read = table === undefined ? NOT_A_TABLE : maskTable(text, table, ctx);
    if (read !== NOT_A_TABLE) {
      // A second table's header where a record was expected (two exports in one text): its
      // columns from there on. Each table starts after the last one's header: linear.
      while (read >= 0 && (table = sensitiveHeader(text, read, ctx)) !== undefined) {
        read = maskTable(text, table, ctx);
      }
      return;
    }
    const nl = text.indexOf('\n', at);
    if (nl < 0) return;
    at = nl + 1;
  }
}

/** Where the header starts after a label on the line at `at` (`…: `, `…=`) before its first separator; `at` if none. */
function afterLabel(text: string, at: number): number {
  let first = -1;
  for (let i = at; i < text.length && i - at <= MAX_NAME * 2; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return at;
    if (c === COMMA || c === SEMICOLON || c === TAB || c === PIPE) {
      first = i;
      break;
    }
  }
  if (first < 0) return at;
  const colon = text.lastIndexOf(': ', first);
  const equals = text.lastIndexOf('=', first);
  const end = Math.max(colon >= at ? colon + 2 : -1, equals >= at ? equals + 1 : -1);
  return end > at ? end : at;
}

interface SensitiveHeader {
  header: { sep: number; names: string[]; end: number };
  entities: (string | null)[];
  /** A change log's columns: the one naming each row's field (-1: none) and those holding its values. */
  fieldColumn: number;
  valueColumns: readonly number[];
}

/**
 * The name column and the value columns of a change log's header (see the file's comment), or
 * undefined when it has not both. `date` and `text` are no value columns here: beside a field
 * name they say when and why the change was made.
 */
function changeLogColumns(names: readonly string[]): { fieldColumn: number; valueColumns: number[] } | undefined {
  let fieldColumn = -1;
  const valueColumns: number[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (name === '') continue;
    if (fieldColumn === -1 && isNameMember(name)) fieldColumn = i;
    else if (isValueMember(name) && !isTypedAnswerMember(name)) valueColumns.push(i);
  }
  return fieldColumn >= 0 && valueColumns.length > 0 ? { fieldColumn, valueColumns } : undefined;
}

/** The header on the line at `at` and its columns' entities, if it has a sensitive column. */
function sensitiveHeader(text: string, at: number, ctx: SpanContext): SensitiveHeader | undefined {
  const header = readHeader(text, at);
  if (header === undefined) return undefined;
  // Which columns are sensitive, and as what; a line without one is not the header sought.
  const entities: (string | null)[] = header.names.map((name) => (name === '' ? null : ctx.classifyKey(name)));
  streetColumns(header.names, entities);
  unnameLoginRoleColumns(header.names, entities);
  personNameColumns(header.names, entities);
  namePartnerColumns(header.names, entities);
  personRoleColumns(header.names, entities);
  crewStaffColumns(header.names, entities);
  eventLoginColumns(header.names, entities);
  planMemberColumns(header.names, entities);
  pushIdentifierColumns(header.names, entities);
  animalPatientColumns(header.names, entities);
  const changeLog = changeLogColumns(header.names);
  if (changeLog !== undefined) return { header, entities, ...changeLog };
  return entities.some((e) => e !== null) ? { header, entities, fieldColumn: -1, valueColumns: [] } : undefined;
}

/**
 * A device export's bare `identifier` column (OneSignal "View Users" CSV: `id,identifier,…,
 * device_os,device_type,device_model,ad_id,…`; red-team round 88) holds the subscription's push
 * token (APNs hex, an FCM token), or its e-mail or phone: one person's device or address. Read so
 * only beside a device column; alone, `identifier` names any record's id. Sets it to DEVICE_ID.
 */
function pushIdentifierColumns(names: readonly string[], entities: (string | null)[]): void {
  const at = names.indexOf('identifier');
  if (at === -1 || entities[at] !== null) return;
  if (names.some((n) => n === 'device_type' || n === 'device_model' || n === 'device_os')) entities[at] = 'DEVICE_ID';
}

/** A species or breed column of a veterinary export's header. */
const ANIMAL_COLUMN = /^(?:species|breed)$/i;
/** A patient's id or name column (`Patient ID`, `Patient #`, `patient_name`, `Patient`). */
const PATIENT_COLUMN = /^patient(?:[ _-]?(?:id|#|no|number|name))?$/i;
/**
 * In a veterinary practice's export (IDEXX Cornerstone, AVImark: `…,Patient ID,Patient,Species,
 * Breed,…`; red-team round 99) the patient is the animal: beside a species or breed column, the
 * patient's id and name columns are no person's record number or name. Clears their entity.
 */
function animalPatientColumns(names: readonly string[], entities: (string | null)[]): void {
  if (!names.some((n) => n.length <= 7 && ANIMAL_COLUMN.test(n))) return;
  for (let i = 0; i < names.length; i++)
    if (entities[i] !== null && names[i]!.length <= 14 && PATIENT_COLUMN.test(names[i]!)) entities[i] = null;
}

/** maskTable's answer when the first record does not fit the header; ALL_READ when the text ended. */
const NOT_A_TABLE = -2;
const ALL_READ = -1;

/** Column names of a postal address's parts other than the street (any case, blanks or `_` between words). */
const ADDRESS_PART = /^(?:city|town|state|province|region|county|zip|zip ?code|postal ?code|postcode|country)$/;
/** A street column named only `Address` (or `Address 1`, `Street`): which address, the other columns say. */
const STREET_COLUMN = /^(?:address(?: ?(?:line)? ?1)?|street(?: address)?)$/;

/**
 * A column named only `Address` or `Street` is a street address when the header also has two
 * other parts of a postal address (City, State, ZIP: the IRS 1099 bulk-upload layout, mailing
 * lists): alone, `address` may be an e-mail, IP or wallet address, which the key rules leave to
 * the value detectors. Sets those columns' entity to ADDRESS in `entities`.
 */
export function streetColumns(names: readonly string[], entities: (string | null)[]): void {
  const lower = names.map((n) => n.toLowerCase().replace(/[_-]+/g, ' ').trim());
  if (lower.filter((n) => ADDRESS_PART.test(n)).length < 2) return;
  for (let i = 0; i < lower.length; i++) if (entities[i] === null && STREET_COLUMN.test(lower[i]!)) entities[i] = 'ADDRESS';
}

/**
 * Masks the sensitive columns of the table under `header`. Returns NOT_A_TABLE (and masks
 * nothing) when its first record does not have as many fields as the header; else ALL_READ, or
 * the start of the first later line that does not fit but is a header with a sensitive column
 * (another table follows).
 */
function maskTable(text: string, table: SensitiveHeader, ctx: SpanContext): number {
  const { header, entities, fieldColumn, valueColumns } = table;
  const { sep, names } = header;
  const n = text.length;
  let pos = lineAfter(text, header.end);
  // Set once a quote was found without its closing quote: from there on quotes are read as
  // characters, so that no later cell searches to the end of the text again (linear).
  let unclosedQuotes = false;
  const cells: Cell[] = [];
  let first = true;
  while (pos < n) {
    const lineStart = pos;
    cells.length = 0;
    // One record: cells until a line break outside quotes.
    for (;;) {
      let start = pos;
      let end: number;
      let unescaped: string | undefined;
      if (!unclosedQuotes && text.charCodeAt(pos) === QUOTE) {
        const close = closingQuote(text, pos + 1);
        if (close < 0) {
          unclosedQuotes = true;
          end = unquotedEnd(text, pos, sep);
          pos = end;
        } else {
          start = pos + 1;
          end = close;
          const inside = text.slice(start, end);
          if (inside.indexOf('"') >= 0) unescaped = inside.replaceAll('""', '"');
          pos = close + 1;
          // Characters between the closing quote and the separator (not RFC 4180) join the cell.
          const after = unquotedEnd(text, pos, sep);
          if (after > pos) {
            end = after;
            unescaped = undefined;
            pos = after;
          }
        }
      } else {
        end = unquotedEnd(text, pos, sep);
        pos = end;
      }
      if (cells.length <= MAX_COLUMNS) cells.push({ start, end, unescaped });
      if (pos < n && text.charCodeAt(pos) === sep) {
        pos++;
        continue;
      }
      break;
    }
    pos = lineAfter(text, pos);
    if (cells.length !== names.length) {
      // The first record decides whether the text is a table at all.
      if (first) return NOT_A_TABLE;
      if (sensitiveHeader(text, lineStart, ctx) !== undefined) return lineStart;
      continue;
    }
    first = false;
    for (let i = 0; i < cells.length; i++) {
      const entity = entities[i];
      if (entity === null || entity === undefined) continue;
      maskCell(ctx, text, cells[i]!, names[i]!, entity);
    }
    if (fieldColumn >= 0) maskChangedValues(ctx, text, cells, fieldColumn, valueColumns);
  }
  return first ? NOT_A_TABLE : ALL_READ;
}

/** The value cells of a change log's row, masked as the field its name cell names (when the key rules call it sensitive). */
function maskChangedValues(
  ctx: SpanContext,
  text: string,
  cells: readonly Cell[],
  fieldColumn: number,
  valueColumns: readonly number[],
): void {
  const cell = cells[fieldColumn]!;
  const field = (cell.unescaped ?? text.slice(cell.start, cell.end)).trim();
  if (field.length === 0 || field.length > MAX_NAME) return;
  const entity = ctx.classifyKey(field);
  if (entity === null) return;
  for (const i of valueColumns) maskCell(ctx, text, cells[i]!, field, entity);
}

function maskCell(ctx: SpanContext, text: string, cell: Cell, name: string, entity: string): void {
  let { start, end } = cell;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  const value = cell.unescaped ?? text.slice(start, end);
  if (entity === ROLE_PERSON) {
    // A sign-out sheet's `who` holds a login as often as a name (structure/crew-columns.ts).
    if (isRolePersonName(value)) entity = 'PERSON';
    else if (isWhoColumn(name) && isWhoLogin(value)) entity = 'USERNAME';
    else return;
  } else if (entity === CREW_STAFF_COLUMN) {
    if (!isCrewStaffCell(value)) return;
    entity = 'EMPLOYEE_ID';
  }
  if (PLACEHOLDER_VALUE.test(value) || keptUnderKey(name, value, entity) || isWordUnderDigitName(value, entity)) return;
  if (entity === 'PERSON' && isBareName(name) && isCompanyName(value)) return;
  pushSpan(ctx, text, start, end, entity, 'structure:csv', cell.unescaped);
}

function isBlankRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** Index of the quote closing a quoted cell whose content starts at `from` (`""` is a quote inside), or -1. */
function closingQuote(text: string, from: number): number {
  for (let i = text.indexOf('"', from); i >= 0; i = text.indexOf('"', i + 2)) {
    if (text.charCodeAt(i + 1) !== QUOTE) return i;
  }
  return -1;
}

/** Where an unquoted cell starting at `from` ends: at the separator or a line break. */
function unquotedEnd(text: string, from: number, sep: number): number {
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === sep || c === LF || c === CR) break;
    i++;
  }
  return i;
}

/** The start of the next line when `at` is on a line break (CRLF, LF or CR); `at` otherwise. */
function lineAfter(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === CR) return text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
  if (c === LF) return at + 1;
  return at;
}

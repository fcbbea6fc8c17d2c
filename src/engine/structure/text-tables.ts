import {
  isBareName,
  isDnaMatchColumn,
  isLowerCaseMatchName,
  isRolePersonName,
  personNameColumns,
  eventLoginColumns,
  personRoleColumns,
  planMemberColumns,
  ROLE_PERSON,
} from './bare-name-columns.js';
import { CREW_STAFF_COLUMN, crewStaffColumns, isCrewStaffCell, isWhoColumn, isWhoLogin } from './crew-columns.js';
import { isCompanyName } from './company-name.js';
import { streetColumns } from './csv.js';
import type { TextScan } from '../detect/types.js';
import { isWordUnderDigitName } from './kv.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * Query results and dataframes as database clients and notebooks print them into logs and agent
 * traces: the column name stands on the header line, far from the value, so a detector that needs
 * its keyword nearby misses it (`| ssn | … |` over `| 078-05-1120 | … |`). Each non-empty cell of
 * a column whose header the key rules call sensitive is masked whole as that column's entity (the
 * CSV reader's rule, structure/csv.ts); other cells are left to the value detectors. Three forms:
 * - bar tables: psql aligned output, mysql / Spark `show()` / `bq query` / snowsql `+---+`
 *   tables, markdown tables, duckdb / Polars / clickhouse-client box drawing (`│ ┆ ┃ ║`): the
 *   header is a line of column names between bars, confirmed by a rule line (`---+---`,
 *   `+----+`, `|---|`, `├───┼`) just above it or within the three lines below it (duckdb and
 *   Polars print a type row first); clickhouse-client PrettyCompact writes the names inside its
 *   top border (`┌─name─┬─email─┐`). Rule lines and type rows (`varchar`, `str`, `<chr>`) are
 *   skipped; a row is a line with as many cells as the header;
 * - underlined tables (SQL Server sqlcmd, sqlite3 `.mode column`): a header line over a line of
 *   dash runs (`---- -------`), whose runs give the columns' extents; a row is cut at them and
 *   fits when a blank stands before each column's start;
 * - pg_dump's `COPY table (a, b, c) FROM stdin;` block: TAB-separated rows up to `\.`.
 * A table ends at the first line that is not a row. Each line is read a bounded number of times:
 * linear in the text's length.
 */

const SPACE = 32;
const TAB = 9;
const DASH = 45;

const MAX_COLUMNS = 256;
/** Lines below a bar header in which its rule line must stand (duckdb: type row, then rule). */
const RULE_REACH = 3;

/** A column name: letters (any script), digits, `_ - . ( ) / # ? °` and blanks; at most 4 words, 64 characters. */
const COLUMN_NAME = /^(?=[^ ]*(?: [^ ]*){0,3}$)(?=.*\p{L})[\p{L}\p{N}_\-.()/#?° ]{1,64}$/u;

/** The type row duckdb, Polars and R tibbles print under the names (`varchar`, `str`, `<chr>`, `decimal(10,2)`, `---`). */
const TYPE_CELL =
  /^(?:<[a-z]{2,8}>|-{3}|(?:var)?char(?:\(\d+\))?|str(?:ing)?|utf8|text|bool(?:ean)?|date(?:time)?(?:\[[a-zμ]{1,3}(?:, ?[\w/]+)?\])?|time(?:stamp)?(?:\[[a-zμ]{1,3}\])?|(?:big|small|tiny)?int(?:eger)?(?:8|16|32|64|128)?|u?int(?:8|16|32|64)|[iuf](?:8|16|32|64)|float|double|real|decimal\(\d+, ?\d+\)|numeric|object|null|list\[\w+\]|uuid|blob|json)$/i;

/** `|`, `│`, `┃`, `┆`, `║`: a column boundary of a bar table. */
function isBar(c: number): boolean {
  return c === 124 || c === 0x2502 || c === 0x2503 || c === 0x2506 || c === 0x2551;
}

/** Characters of a rule line: `- + = : |`, blanks and the box-drawing block. */
function isRuleChar(c: number): boolean {
  return (
    c === DASH || c === 43 || c === 61 || c === 58 || c === SPACE || c === TAB || c === 124 || c === 13 || (c >= 0x2500 && c <= 0x257f)
  );
}

/**
 * Whether `text` may hold a printed table: a line break and a bar table's rule (`-|`, `|-`, `-+`,
 * `- |`, `|:`), a box-drawing bar, an underline's dash runs (`- -`) or pg_dump's `FROM stdin;`.
 * Native indexOf calls only.
 */
export function mayHoldTextTable(text: string): boolean {
  if (text.indexOf('\n') < 0) return false;
  if (text.indexOf('|') >= 0) {
    if (
      text.indexOf('-|') >= 0 ||
      text.indexOf('|-') >= 0 ||
      text.indexOf('-+') >= 0 ||
      text.indexOf('- |') >= 0 ||
      text.indexOf('|:') >= 0 ||
      text.indexOf(':|') >= 0
    )
      return true;
  }
  return (
    text.indexOf('│') >= 0 ||
    text.indexOf('┆') >= 0 ||
    text.indexOf('┃') >= 0 ||
    text.indexOf('║') >= 0 ||
    text.indexOf('- -') >= 0 ||
    text.indexOf('-  -') >= 0 ||
    text.indexOf(' FROM stdin;') >= 0 ||
    (text.indexOf('|') >= 0 && (text.indexOf('select ') >= 0 || text.indexOf('SELECT ') >= 0))
  );
}

interface Cell {
  start: number;
  end: number;
}

/** A table being read: how its rows are cut and which columns are sensitive. */
interface Table {
  kind: 'bar' | 'underline' | 'copy';
  names: string[];
  entities: (string | null)[];
  /** Underline tables: each column's first character, as an offset in its line. */
  starts?: number[];
  /** Whether a data row was read (type rows are skipped only before one). */
  rows: boolean;
}

export function textTableSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const n = text.length;
  let table: Table | undefined;
  let previousRule = false;
  const cells: Cell[] = [];
  for (let start = 0; start < n; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    const next = end + 1;
    let lineEnd = end;
    if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const rule = isRuleLine(text, start, lineEnd);
    if (table !== undefined) {
      if (table.kind === 'copy' && lineEnd - start === 2 && text.startsWith('\\.', start)) table = undefined;
      else if (rule) {
        // A rule between header and rows (an underline too), or a table's bottom border.
      } else if (rowCells(table, text, start, lineEnd, cells)) {
        if (!table.rows && table.kind === 'bar' && cells.every((c) => isTypeCell(text, c))) {
          // duckdb / Polars / tibble type row.
        } else {
          table.rows = true;
          maskRow(ctx, text, table, cells);
        }
      } else table = undefined;
    }
    // clickhouse's top border holds the names (`┌─name─┬─email─┐`), so it is no rule line.
    if (table === undefined && !rule)
      table = headerAt(text, start, lineEnd, next, previousRule, ctx) ?? clickhouseHeader(text, start, lineEnd, ctx);
    else if (table === undefined && rule) table = clickhouseHeader(text, start, lineEnd, ctx);
    previousRule = rule;
    start = next;
  }
}

/** Whether `text[start, end)` is a rule line: at least 3 characters, all rule characters, with a dash or a box-drawing one. */
function isRuleLine(text: string, start: number, end: number): boolean {
  let s = start;
  while (s < end && text.charCodeAt(s) === SPACE) s++;
  if (end - s < 3) return false;
  let line = false;
  for (let i = s; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isRuleChar(c)) return false;
    if (c === DASH || c === 61 || (c >= 0x2500 && c <= 0x257f && !isBar(c))) line = true;
  }
  return line;
}

/** The table whose header is the line `text[start, end)`, or undefined. */
function headerAt(text: string, start: number, end: number, next: number, previousRule: boolean, ctx: SpanContext): Table | undefined {
  if (end - start < 3) return undefined;
  if (text.startsWith('COPY ', start)) return copyHeader(text, start, end, ctx);
  const select = selectHeader(text, start, end, next, ctx);
  if (select !== undefined) return select;
  const bar = barCells(text, start, end, []);
  if (bar !== undefined && bar.length >= 2) {
    if (!previousRule && !ruleBelow(text, next)) return undefined;
    return sensitiveTable(
      'bar',
      bar.map((c) => text.slice(c.start, c.end).trim()),
      ctx,
    );
  }
  // An underline below: `---- -------`.
  let uEnd = text.indexOf('\n', next);
  if (uEnd < 0) uEnd = text.length;
  if (uEnd > next && text.charCodeAt(uEnd - 1) === 13) uEnd--;
  const starts = dashRuns(text, next, uEnd);
  if (starts === undefined) return undefined;
  const names: string[] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = start + starts[i]!;
    const to = i + 1 < starts.length ? start + starts[i + 1]! : end;
    if (from >= end) return undefined;
    names.push(text.slice(from, Math.min(to, end)).trim());
  }
  const table = sensitiveTable('underline', names, ctx);
  if (table !== undefined) table.starts = starts;
  return table;
}

/** Whether one of the RULE_REACH lines from `at` is a rule line. */
function ruleBelow(text: string, at: number): boolean {
  for (let k = 0; k < RULE_REACH && at < text.length; k++) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (isRuleLine(text, at, end)) return true;
    at = end + 1;
  }
  return false;
}

/**
 * The offsets (in the line) where the dash runs of an underline start, when `text[start, end)`
 * is made of at least two runs of dashes separated by blanks; undefined otherwise.
 */
function dashRuns(text: string, start: number, end: number): number[] | undefined {
  if (end - start < 3) return undefined;
  const starts: number[] = [];
  let inRun = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DASH) {
      if (!inRun) {
        if (starts.length >= MAX_COLUMNS) return undefined;
        starts.push(i - start);
      }
      inRun = true;
    } else if (c === SPACE) inRun = false;
    else return undefined;
  }
  return starts.length >= 2 ? starts : undefined;
}

/** clickhouse-client PrettyCompact: the names inside the top border, `┌─name─┬─email─┐`. */
function clickhouseHeader(text: string, start: number, end: number, ctx: SpanContext): Table | undefined {
  let s = start;
  while (s < end && text.charCodeAt(s) === SPACE) s++;
  if (text.charCodeAt(s) !== 0x250c || text.charCodeAt(s + 1) !== 0x2500) return undefined;
  const names: string[] = [];
  let from = s + 1;
  for (let i = from; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x2510;
    if (c === 0x252c || c === 0x2510) {
      names.push(text.slice(from, i).replace(/─/g, ' ').trim());
      from = i + 1;
      if (c === 0x2510) break;
    }
  }
  if (names.length < 2 || names.every((x) => x === '')) return undefined;
  return sensitiveTable('bar', names, ctx);
}

/**
 * sqlite3's `.mode list` (and `mysql -B` / `psql -A` unaligned) print rows with `|` between the
 * fields and no header: the statement echoed on the line before names the columns (`sqlite>
 * select name, login, pass from accounts;` then `Jorge Souza|jsouza|hunter2`). A plain column
 * list only (`t.col`, `col AS alias`); `*`, expressions and functions give no names. Read only
 * when the next line has a `|`.
 */
const SELECT_LINE = /^(?:[a-z]{2,8}[>=#] ?)?select\s+(.+?)\s+from\s/i;

function selectHeader(text: string, start: number, end: number, next: number, ctx: SpanContext): Table | undefined {
  const c = text.charCodeAt(start);
  if (c !== 115 && c !== 83 && (c < 97 || c > 122)) return undefined;
  const m = SELECT_LINE.exec(text.slice(start, Math.min(end, start + 512)));
  if (m === null) return undefined;
  const nextEnd = text.indexOf('\n', next);
  if (text.slice(next, nextEnd < 0 ? text.length : nextEnd).indexOf('|') < 0) return undefined;
  const names: string[] = [];
  for (const part of m[1]!.split(',')) {
    const column = /^\s*(?:[A-Za-z_]\w*\.)?([A-Za-z_]\w*)(?:\s+(?:as\s+)?([A-Za-z_]\w*))?\s*$/i.exec(part);
    if (column === null) return undefined;
    names.push(column[2] ?? column[1]!);
  }
  const table = sensitiveTable('bar', names, ctx);
  // Rows follow the statement directly: no rule line between.
  if (table !== undefined) table.rows = true;
  return table;
}

/** pg_dump: `COPY [schema.]table (a, b, c) FROM stdin;`. */
function copyHeader(text: string, start: number, end: number, ctx: SpanContext): Table | undefined {
  const line = text.slice(start, end);
  if (!line.endsWith(' FROM stdin;')) return undefined;
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const names = line
    .slice(open + 1, close)
    .split(',')
    .map((x) => x.trim().replace(/^"(.*)"$/, '$1'));
  return sensitiveTable('copy', names, ctx);
}

/** A table with these column names if one of them is sensitive; names that are not column names end the attempt. */
function sensitiveTable(kind: Table['kind'], names: string[], ctx: SpanContext): Table | undefined {
  if (names.length < 2 || names.length > MAX_COLUMNS) return undefined;
  let named = 0;
  for (const name of names) {
    if (name === '') continue;
    if (!COLUMN_NAME.test(name)) return undefined;
    named++;
  }
  if (named < 2) return undefined;
  const entities = names.map((name) => (name === '' ? null : ctx.classifyKey(name)));
  streetColumns(names, entities);
  personNameColumns(names, entities);
  personRoleColumns(names, entities);
  crewStaffColumns(names, entities);
  eventLoginColumns(names, entities);
  planMemberColumns(names, entities);
  return entities.some((e) => e !== null) ? { kind, names, entities, rows: false } : undefined;
}

/**
 * The cells of a bar line (outer bars dropped), filled into `out`; undefined when the line holds
 * no bar. Any of the bar characters separates (Polars: `│` outside, `┆` inside).
 */
function barCells(text: string, start: number, end: number, out: Cell[]): Cell[] | undefined {
  let s = start;
  let e = end;
  while (s < e && (text.charCodeAt(s) === SPACE || text.charCodeAt(s) === TAB)) s++;
  while (e > s && (text.charCodeAt(e - 1) === SPACE || text.charCodeAt(e - 1) === TAB)) e--;
  let bars = 0;
  if (s < e && isBar(text.charCodeAt(s))) {
    s++;
    bars++;
  }
  if (e > s && isBar(text.charCodeAt(e - 1))) {
    e--;
    bars++;
  }
  out.length = 0;
  let from = s;
  for (let i = s; i < e; i++) {
    if (isBar(text.charCodeAt(i))) {
      out.push({ start: from, end: i });
      from = i + 1;
      if (++bars > MAX_COLUMNS) return undefined;
    }
  }
  if (bars === 0) return undefined;
  out.push({ start: from, end: e });
  return out;
}

/** Cuts a line into `out` as a row of `table`; false when it is not one. */
function rowCells(table: Table, text: string, start: number, end: number, out: Cell[]): boolean {
  const columns = table.names.length;
  if (table.kind === 'bar') {
    const cells = barCells(text, start, end, out);
    return cells !== undefined && cells.length === columns;
  }
  if (table.kind === 'copy') {
    out.length = 0;
    let from = start;
    for (let i = text.indexOf('\t', start); i >= 0 && i < end; i = text.indexOf('\t', i + 1)) {
      out.push({ start: from, end: i });
      from = i + 1;
      if (out.length > columns) return false;
    }
    out.push({ start: from, end });
    return out.length === columns;
  }
  const starts = table.starts!;
  const length = end - start;
  if (length <= starts[1]! || text.charCodeAt(start) === 40) return false;
  out.length = 0;
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    if (from >= length) {
      out.push({ start: end, end });
      continue;
    }
    if (i > 0) {
      const before = text.charCodeAt(start + from - 1);
      if (before !== SPACE && before !== TAB) return false;
    }
    const to = i + 1 < starts.length ? Math.min(starts[i + 1]!, length) : length;
    out.push({ start: start + from, end: start + to });
  }
  return true;
}

function isTypeCell(text: string, cell: Cell): boolean {
  const value = text.slice(cell.start, cell.end).trim();
  return value === '' || TYPE_CELL.test(value);
}

const NBSP_ENTITY = /&nbsp;|&#160;|&#xa0;/gi;

function maskRow(ctx: SpanContext, text: string, table: Table, cells: readonly Cell[]): void {
  for (let i = 0; i < cells.length; i++) {
    let entity = table.entities[i];
    if (entity === null || entity === undefined) continue;
    let { start, end } = cells[i]!;
    while (start < end && (text.charCodeAt(start) === SPACE || text.charCodeAt(start) === TAB)) start++;
    while (end > start && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB)) end--;
    if (end <= start) continue;
    const value = text.slice(start, end);
    const name = table.names[i]!;
    if (entity === ROLE_PERSON) {
      // HTML cells write the blank between names as `&nbsp;` (`<td>Martha&nbsp;Rivera</td>`).
      if (
        isRolePersonName(value.indexOf('&') < 0 ? value : value.replace(NBSP_ENTITY, ' ')) ||
        (isDnaMatchColumn(name) && isLowerCaseMatchName(value))
      )
        entity = 'PERSON';
      // A sign-out sheet's `who` holds a login as often as a name (structure/crew-columns.ts).
      else if (isWhoColumn(name) && isWhoLogin(value)) entity = 'USERNAME';
      else continue;
    } else if (entity === CREW_STAFF_COLUMN) {
      if (!isCrewStaffCell(value)) continue;
      entity = 'EMPLOYEE_ID';
    }
    // A URI (`postgres://user:pass@host/db` under `dsn`): the URL readers mask its credentials only.
    if (
      value === '\\N' ||
      value.indexOf('://') >= 0 ||
      PLACEHOLDER_VALUE.test(value) ||
      keptUnderKey(name, value, entity) ||
      isWordUnderDigitName(value, entity)
    )
      continue;
    if (entity === 'PERSON' && isBareName(name) && isCompanyName(value)) continue;
    pushSpan(ctx, text, start, end, entity, 'structure:table');
  }
}

/**
 * Whether `text` may hold an HTML table (an e-mailed report, a page a tool fetched): `<td` or
 * `<th` in any case. Native indexOf calls on the lower-cased text, which the scan keeps.
 */
export function mayHoldHtmlTable(scan: TextScan): boolean {
  const lower = scan.lower();
  return lower.indexOf('<td') >= 0 || lower.indexOf('<th') >= 0;
}

/**
 * HTML tables: a row of `<th>` cells (or a first row without any) whose cells are column names
 * with a sensitive one is the header; the cells of later rows under a sensitive name are masked,
 * each as the text between its tags (`<td><b>Pat</b></td>`: the longest text piece). Before a
 * header, a row of two cells not both `<th>` whose first names a sensitive field (`<th>Email</th>
 * <td>…</td>`, a form-like report) masks its second. A table ends at `</table>`, after which a
 * new header is looked for. One pass over the cell tags; the search for closing tags only moves
 * forward.
 */
export function htmlTableSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const lower = scan.lower();
  let table: Table | undefined;
  let row: Cell[] = [];
  let tableEnd = lower.indexOf('</table');
  // Header cells (`<th`) in the row being read, and whether it is the table's first row.
  let headerCells = 0;
  let firstRow = true;
  const flush = () => {
    if (row.length === 0) return;
    const allHeader = headerCells === row.length;
    if (table !== undefined) {
      if (row.length === table.names.length) maskRow(ctx, text, table, row);
    } else {
      // Only a row of <th>, or a first row without any, may be the header.
      if (allHeader || (firstRow && headerCells === 0))
        table = sensitiveTable(
          'bar',
          row.map((c) => decodeName(text.slice(c.start, c.end))),
          ctx,
        );
      if (table === undefined && row.length === 2 && !allHeader) formRow(ctx, text, row);
    }
    firstRow = false;
    row = [];
    headerCells = 0;
  };
  // The next closing `</t…` from the last search: the searches move forward only (linear even
  // when the closing tags are missing).
  let closing = -2;
  for (let at = nextCellOrRow(lower, 0); at >= 0; at = nextCellOrRow(lower, at + 3)) {
    if (tableEnd >= 0 && at > tableEnd) {
      flush();
      table = undefined;
      firstRow = true;
      tableEnd = lower.indexOf('</table', at);
    }
    if (lower.charCodeAt(at + 2) === 114) {
      // <tr: a new row.
      flush();
      continue;
    }
    const open = lower.indexOf('>', at);
    if (open < 0) break;
    if (closing !== -1 && closing < open) closing = lower.indexOf('</t', open);
    let close = closing < 0 ? text.length : closing;
    const nextCell = nextCellOrRow(lower, open);
    if (nextCell >= 0 && nextCell < close) close = nextCell;
    if (lower.charCodeAt(at + 2) === 104) headerCells++;
    row.push(textPiece(text, open + 1, close));
    at = open - 2;
  }
  flush();
}

/** A form-like row, `<th>Email</th><td>…</td>`: the first cell names the second. */
function formRow(ctx: SpanContext, text: string, row: Cell[]): void {
  const name = decodeName(text.slice(row[0]!.start, row[0]!.end));
  const entity = name.length <= 64 && COLUMN_NAME.test(name) ? ctx.classifyKey(name) : null;
  if (entity !== null) maskRow(ctx, text, { kind: 'bar', names: [name, name], entities: [null, entity], rows: true }, row);
}

/** The next `<td`, `<th` or `<tr` (as a tag: followed by `>`, a blank or `/`) at or after `from`, or -1. */
function nextCellOrRow(lower: string, from: number): number {
  for (let i = lower.indexOf('<t', from); i >= 0; i = lower.indexOf('<t', i + 2)) {
    const c = lower.charCodeAt(i + 2);
    const d = lower.charCodeAt(i + 3);
    if ((c === 100 || c === 104 || c === 114) && (d === 62 || d === SPACE || d === 47 || d === TAB || d === 10)) return i;
  }
  return -1;
}

/** The longest text piece between tags in `text[from, to)`, blanks trimmed. */
function textPiece(text: string, from: number, to: number): Cell {
  let best: Cell = { start: from, end: from };
  let s = from;
  while (s < to) {
    let e = text.indexOf('<', s);
    if (e < 0 || e > to) e = to;
    let a = s;
    let b = e;
    while (a < b && isHtmlBlank(text.charCodeAt(a))) a++;
    while (b > a && isHtmlBlank(text.charCodeAt(b - 1))) b--;
    if (b - a > best.end - best.start) best = { start: a, end: b };
    if (e >= to) break;
    const gt = text.indexOf('>', e);
    if (gt < 0 || gt >= to) break;
    s = gt + 1;
  }
  return best;
}

function isHtmlBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === 10 || c === 13 || c === 0xa0;
}

/** A header cell's text as a column name: `&nbsp;` and `&amp;` read, blanks collapsed. */
function decodeName(raw: string): string {
  return raw
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether `text` may hold a dataframe printed without rules: a pandas row 0 at a line's start
 * (`\n0 `, its default index) or an R tibble's caption. Native indexOf calls only.
 */
export function mayHoldDataFrame(text: string): boolean {
  return text.indexOf('\n0 ') >= 0 || text.indexOf('# A tibble') >= 0;
}

/**
 * Dataframes printed without rules. pandas `print(df)` / `to_string()`: a header of column names
 * after the index column's blanks, right-aligned over their values, then rows that start with
 * their index (`0`, `1`…); a cell ends where its name ends. R tibbles: under `# A tibble: n × m`,
 * names left-aligned over their values, a type row (`<chr>`), rows that start with their number; a
 * cell starts where its name starts. A row fits when each cell touches its edge and a blank stands
 * on the other side; the table ends at the first row that does not fit.
 */
export function dataFrameSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  for (let at = text.indexOf('\n0 '); at >= 0; at = text.indexOf('\n0 ', at + 1)) {
    const headerStart = text.lastIndexOf('\n', at - 1) + 1;
    let headerEnd = at;
    if (text.charCodeAt(headerEnd - 1) === 13) headerEnd--;
    // A wrapped frame's header ends with ` \`.
    if (text.charCodeAt(headerEnd - 1) === 92) headerEnd--;
    if (text.charCodeAt(headerStart) !== SPACE) continue;
    readAligned(text, headerStart, headerEnd, at + 1, 'right', ctx);
  }
  for (let at = text.indexOf('# A tibble'); at >= 0; at = text.indexOf('# A tibble', at + 1)) {
    const headerStart = text.indexOf('\n', at) + 1;
    if (headerStart === 0) return;
    let headerEnd = text.indexOf('\n', headerStart);
    if (headerEnd < 0) return;
    const rowsFrom = headerEnd + 1;
    if (text.charCodeAt(headerEnd - 1) === 13) headerEnd--;
    readAligned(text, headerStart, headerEnd, rowsFrom, 'left', ctx);
  }
}

function readAligned(
  text: string,
  headerStart: number,
  headerEnd: number,
  rowsFrom: number,
  align: 'left' | 'right',
  ctx: SpanContext,
): void {
  // The names and their edges (offsets in the line).
  const names: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = headerStart; i < headerEnd; ) {
    while (i < headerEnd && text.charCodeAt(i) === SPACE) i++;
    if (i >= headerEnd) break;
    const s = i;
    while (i < headerEnd && text.charCodeAt(i) !== SPACE) i++;
    names.push(text.slice(s, i));
    starts.push(s - headerStart);
    ends.push(i - headerStart);
    if (names.length > MAX_COLUMNS) return;
  }
  const table = sensitiveTable('bar', names, ctx);
  if (table === undefined) return;
  const cells: Cell[] = [];
  for (let start = rowsFrom; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const next = end + 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    if (align === 'left' && !table.rows && isTypeRow(text, start, end)) {
      start = next;
      continue;
    }
    if (!alignedRow(text, start, end, starts, ends, align, cells)) return;
    table.rows = true;
    maskRow(ctx, text, table, cells);
    start = next;
  }
}

/** A tibble's type row: blanks and `<chr>`-like words only. */
function isTypeRow(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).trim().split(/ +/);
  return words.length > 0 && words.every((w) => /^<[a-z]{2,8}>$/.test(w));
}

/** Cuts a row at the header's edges into `out`; false when a cell does not touch its edge. */
function alignedRow(
  text: string,
  start: number,
  end: number,
  starts: readonly number[],
  ends: readonly number[],
  align: 'left' | 'right',
  out: Cell[],
): boolean {
  const length = end - start;
  // The row's index (its first word) comes first, then the cells.
  if (length === 0 || text.charCodeAt(start) === SPACE) return false;
  out.length = 0;
  const at = (k: number) => (k < length ? text.charCodeAt(start + k) : SPACE);
  for (let k = 0; k < starts.length; k++) {
    if (align === 'right') {
      const e = ends[k]!;
      if (e > length || at(e - 1) === SPACE || at(e) !== SPACE) return false;
      const from = k === 0 ? 0 : ends[k - 1]!;
      out.push({ start: start + from, end: start + e });
    } else {
      const s = starts[k]!;
      if (s >= length || at(s) === SPACE || at(s - 1) !== SPACE) return false;
      const to = k + 1 < starts.length ? Math.min(starts[k + 1]!, length) : length;
      out.push({ start: start + s, end: start + to });
    }
  }
  if (align === 'right') {
    // The first cell holds the index too: drop the row's first word.
    const first = out[0]!;
    let i = start;
    while (i < first.end && text.charCodeAt(i) !== SPACE) i++;
    first.start = i;
  }
  return true;
}

/**
 * Fixed-width reports under a header of capitals, as dealer management systems, mainframes and
 * green screens print them (a DMS deal-file export `DEAL   STOCK   BUYER NAME   HOME PHONE   VIN`
 * over its rows; red-team round 93): the column names, capitals split by two blanks or more (a
 * name may hold one blank: `HOME PHONE`), on one line; a row holds each column's cell from the
 * name's first character (a blank before it) to the next column, or a blank cell there. No rule
 * line is needed: the capitals' header and every row's alignment are the evidence. Cells under a
 * name the key rules call sensitive are masked as the other tables' are; the table ends at the
 * first line that does not fit.
 */
const CAPITAL_HEADER =
  /^[A-Z][A-Z0-9#/._-]{0,30}(?: [A-Z0-9#/._-]{1,30}){0,3}(?: {2,}[A-Z][A-Z0-9#/._-]{0,30}(?: [A-Z0-9#/._-]{1,30}){0,3}){2,63} *$/;
/** Rows read under one header at most. */
const MAX_REPORT_ROWS = 2000;

/** Whether `text` may hold such a report: a line feed and three blanks in a row. Native indexOf calls only. */
export function mayHoldCapitalReport(text: string): boolean {
  return text.length >= 40 && text.indexOf('   ') !== -1;
}

export function capitalReportSpans(text: string, ctx: SpanContext): void {
  const n = text.length;
  const cells: Cell[] = [];
  for (let start = 0; start < n; ) {
    const end = text.indexOf('\n', start);
    if (end < 0) return;
    const c = text.charCodeAt(start);
    let lineEnd = end;
    if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    if (c >= 65 && c <= 90 && lineEnd - start >= 12) {
      const line = text.slice(start, lineEnd);
      if (line.indexOf('  ') > 0 && CAPITAL_HEADER.test(line)) {
        const read = reportRows(text, line, end + 1, cells, ctx);
        if (read > end + 1) {
          start = read;
          continue;
        }
      }
    }
    start = end + 1;
  }
}

/** Reads the rows under a capital header `line` from `from`; returns where the table ended (`from` when no row fit). */
function reportRows(text: string, line: string, from: number, cells: Cell[], ctx: SpanContext): number {
  const names: string[] = [];
  const starts: number[] = [];
  for (const m of line.matchAll(/[^ ]+(?: [^ ]+)*/g)) {
    names.push(m[0]);
    starts.push(m.index);
  }
  const table = sensitiveTable('underline', names, ctx);
  if (table === undefined) return from;
  let start = from;
  for (let rows = 0; start < text.length && rows < MAX_REPORT_ROWS; rows++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let lineEnd = end;
    if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    if (!reportRow(text, start, lineEnd, starts, cells)) break;
    maskRow(ctx, text, table, cells);
    start = end + 1;
  }
  return start;
}

/** Cuts a report row at the header's column starts into `out`; false when a cell does not start at its column. */
function reportRow(text: string, start: number, end: number, starts: readonly number[], out: Cell[]): boolean {
  const length = end - start;
  if (length === 0 || text.charCodeAt(start) === SPACE) return false;
  out.length = 0;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    const to = k + 1 < starts.length ? Math.min(starts[k + 1]!, length) : length;
    if (s >= length) {
      out.push({ start: end, end });
      continue;
    }
    if (k > 0 && text.charCodeAt(start + s - 1) !== SPACE) return false;
    if (text.charCodeAt(start + s) === SPACE) {
      // A blank cell: nothing up to the next column.
      for (let i = s; i < to; i++) if (text.charCodeAt(start + i) !== SPACE) return false;
    }
    out.push({ start: start + s, end: start + to });
  }
  return true;
}

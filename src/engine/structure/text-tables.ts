import { isBareName, personNameColumns } from './bare-name-columns.js';
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
    text.indexOf(' FROM stdin;') >= 0
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
    if (table === undefined && !rule) table = headerAt(text, start, lineEnd, next, previousRule, ctx);
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

function maskRow(ctx: SpanContext, text: string, table: Table, cells: readonly Cell[]): void {
  for (let i = 0; i < cells.length; i++) {
    const entity = table.entities[i];
    if (entity === null || entity === undefined) continue;
    let { start, end } = cells[i]!;
    while (start < end && (text.charCodeAt(start) === SPACE || text.charCodeAt(start) === TAB)) start++;
    while (end > start && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB)) end--;
    if (end <= start) continue;
    const value = text.slice(start, end);
    const name = table.names[i]!;
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

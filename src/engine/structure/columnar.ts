import { personNameColumns } from './bare-name-columns.js';
import { CredentialReading, type MemberReading } from './credential-objects.js';
import { isPositionalName, isUnnamedColumn, provenCells } from './unnamed-columns.js';

/**
 * Query results that carry their column names apart from their rows: each cell is read as if it
 * were a member named by its column (`ssn` masks its cell as US_SSN), so values that the value
 * detectors refuse alone (published sample SSNs, bare dates of birth, names) are masked. The
 * shapes, from each producer's documentation:
 *
 * - Trino / Presto client protocol and Cloudflare D1: `columns: [{name}…]` or `columns: ["…"]`
 *   beside `data` / `rows: [[…]…]`; Databricks Command API `results: {schema: [{name}], data}`.
 * - Snowflake SQL API: `resultSetMetaData.rowType[].name` beside `data: [[…]…]`.
 * - Databricks SQL Statement Execution: `manifest.schema.columns[].name` beside
 *   `result.data_array: [[…]…]`.
 * - BigQuery jobs.query / getQueryResults: `schema.fields[].name` beside `rows: [{f: [{v}…]}…]`.
 * - Athena GetQueryResults: `ResultSet: {ResultSetMetadata: {ColumnInfo: [{Name}]}, Rows:
 *   [{Data: [{VarCharValue}…]}…]}`; the first row of a SELECT repeats the column names.
 * - wal2json format 1: `columnnames` beside `columnvalues` (one row), and `oldkeys: {keynames,
 *   keyvalues}`.
 * - Google Sheets ValueRange: `{range, majorDimension: "ROWS", values: [[header…], [row…]…]}`.
 * - Excel-to-JSON exports as an A1 cell map: `cells: {A1: "Name", B1: "Steuer-ID", A2: …, B2: …}`
 *   (a sheet's cells by address, row 1 the header): cell `B2` is read under the name in `B1`.
 *
 * The walk asks only at a member whose name holds rows (isRowsMember) and whose value is an
 * array or object; the reading is built from the sibling members `sibling` returns (the record
 * walk reads the object, the text walk parses the sibling's text). A layout whose column names
 * give no entity returns null: the rows are then read as before.
 */

/** Member names that hold rows (or, for Databricks `result`, the object that holds them). */
const ROWS_MEMBERS = new Set(['data', 'rows', 'Rows', 'data_array', 'result', 'columnvalues', 'keyvalues', 'values', 'cells']);

/** Whether member `member` may hold the rows of a columnar result. */
export function isRowsMember(member: string): boolean {
  return ROWS_MEMBERS.has(member);
}

/** The sibling member names that may give a rows member its column names. */
export const COLUMN_SOURCES = [
  'columns',
  'schema',
  'resultSetMetaData',
  'manifest',
  'ResultSetMetadata',
  'columnnames',
  'keynames',
  'range',
  'majorDimension',
  'meta',
] as const;

/** Most columns read: a wider result is read as before. */
const MAX_COLUMNS = 512;

/** A reading given by a function of the member or element (CredentialReading's contract). */
class ComputedReading extends CredentialReading {
  readonly #of: (key: string | number) => MemberReading;
  constructor(of: (key: string | number) => MemberReading) {
    super(new Map(), '');
    this.#of = of;
  }
  override of(key: string | number): MemberReading {
    return this.#of(key);
  }
}

/** Column names from `[{name}…]`, `[{Name}…]` or `["…"…]`, or null when that is not the shape. */
function namesOf(list: unknown): string[] | null {
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_COLUMNS) return null;
  const names: string[] = [];
  for (const c of list) {
    if (typeof c === 'string') names.push(c);
    else if (typeof c === 'object' && c !== null) {
      const n = (c as Record<string, unknown>).name ?? (c as Record<string, unknown>).Name;
      if (typeof n !== 'string') return null;
      names.push(n);
    } else return null;
  }
  return names;
}

function member(o: unknown, name: string): unknown {
  return typeof o === 'object' && o !== null && !Array.isArray(o) ? (o as Record<string, unknown>)[name] : undefined;
}

/** One row as an array of cells: element j is read as a member named names[j]. */
function rowReading(entities: readonly (string | null)[]): CredentialReading {
  return new ComputedReading((j) => (typeof j === 'number' ? (entities[j] ?? null) : null));
}

/** One cell wrapped in an object (`{v}`, `{VarCharValue}`): its `field` is read as the column. */
function wrappedCells(entities: readonly (string | null)[], field: string): CredentialReading {
  const cells = entities.map((e) => (e === null ? null : new ComputedReading((k) => (k === field ? e : null))));
  return new ComputedReading((j) => (typeof j === 'number' ? (cells[j] ?? null) : null));
}

/** Rows: element i is read by `row`, except a header row 0. */
function rowsReading(row: CredentialReading, header: boolean): CredentialReading {
  return new ComputedReading((i) => (header && i === 0 ? null : row));
}

/**
 * The reading of the value of rows member `rows` (isRowsMember), from its siblings (`sibling(name)`
 * for a name of COLUMN_SOURCES: the decoded value, or undefined) and the value itself (`value()`,
 * decoded; read only for layouts whose header is its first row), with `entityOf` giving a column
 * name's entity. Null when the object is no columnar result or no column names an entity.
 */
export function columnarReading(
  rows: string,
  sibling: (name: string) => unknown,
  value: () => unknown,
  entityOf: (column: string) => string | null,
): CredentialReading | null {
  const named = (names: string[] | null): (string | null)[] | null => {
    if (names === null) return null;
    const out = names.map((n) => (n.length > 64 ? null : entityOf(n)));
    // A bare `name` or a role column (`Employee`) beside a person's column names the person, as in CSV.
    personNameColumns(names, out);
    return out;
  };
  const entities = (names: string[] | null): (string | null)[] | null => {
    const out = named(names);
    return out?.some((e) => e !== null) ? out : null;
  };
  /**
   * Rows read by their column names and, under columns named by nothing (unnamed-columns.ts), by
   * what a cell proves in a row of a person. `cellsOf(i)` gives row i's cells (null: no row);
   * `read(e)` builds one row's reading from its cells' entities.
   */
  const readRows = (
    names: string[] | null,
    header: boolean,
    cellsOf: () => readonly (readonly unknown[] | null)[],
    read: (e: readonly (string | null)[]) => CredentialReading,
  ): CredentialReading | null => {
    const e = named(names);
    if (names === null || e === null) return null;
    const any = e.some((x) => x !== null);
    const proven = e.includes(null) && names.some(isUnnamedColumn) ? provenCells(names, e, cellsOf()) : null;
    if (proven === null) return any ? rowsReading(read(e), header) : null;
    const readings = new Map<number, CredentialReading>();
    const plain = read(e);
    return new ComputedReading((i) => {
      if (typeof i !== 'number' || (header && i === 0)) return null;
      const p = proven[i];
      if (p === undefined || !p.some((x) => x !== null)) return plain;
      let r = readings.get(i);
      if (r === undefined) readings.set(i, (r = read(e.map((x, j) => x ?? p[j] ?? null))));
      return r;
    });
  };
  const arrayRows = (all: unknown, header: boolean) => () => {
    if (!Array.isArray(all)) return [];
    return all.map((r, i) => ((header && i === 0) || !Array.isArray(r) ? null : (r as unknown[])));
  };
  const wrappedRows = (all: unknown, under: string, field: string, header: boolean) => () => {
    if (!Array.isArray(all)) return [];
    return all.map((r, i) => {
      const cells = member(r, under);
      return (header && i === 0) || !Array.isArray(cells) ? null : cells.map((c) => member(c, field));
    });
  };
  switch (rows) {
    case 'data':
    case 'rows': {
      const fields = member(sibling('schema'), 'fields');
      if (rows === 'rows' && fields !== undefined) {
        // BigQuery: rows: [{f: [{v}…]}…].
        return readRows(namesOf(fields), false, wrappedRows(value(), 'f', 'v', false), (e) => rowCells(wrappedCells(e, 'v'), 'f'));
      }
      const names =
        namesOf(sibling('columns')) ??
        namesOf(sibling('schema')) ??
        namesOf(member(sibling('resultSetMetaData'), 'rowType')) ??
        // ClickHouse FORMAT JSONCompact: meta: [{name, type}] beside data: [[…]].
        namesOf(sibling('meta'));
      if (names === null) {
        const all = value();
        // Objects keyed by position (a sheet's letters `{A, B, C}`, Spark's `{_c0, _c1}`): no header.
        if (firstRowOf(all) === 'unnamed') return positionalRows(all as unknown[]);
        // Arrays of arrays whose first row is the header (SheetJS `sheet_to_json(…, {header: 1})`,
        // csv-parse without `columns`, an Excel export): column names first, then rows.
        const e = entities(headerRowNames(all));
        return e === null ? null : rowsReading(rowReading(e), true);
      }
      return readRows(names, false, () => arrayRows(value(), false)(), rowReading);
    }
    case 'result': {
      // Databricks SQL Statement Execution: manifest.schema.columns beside result.data_array.
      const names = namesOf(member(member(sibling('manifest'), 'schema'), 'columns'));
      const data = readRows(names, false, () => arrayRows(member(value(), 'data_array'), false)(), rowReading);
      return data === null ? null : new ComputedReading((k) => (k === 'data_array' ? data : null));
    }
    case 'Rows': {
      // Athena: the column names from the metadata, else from the first row; row 0 repeats them.
      const info = namesOf(member(sibling('ResultSetMetadata'), 'ColumnInfo'));
      let names = info;
      if (names === null) {
        const first = member((value() as unknown[] | undefined)?.[0], 'Data');
        names = Array.isArray(first) ? namesOf(first.map((c) => member(c, 'VarCharValue') ?? null)) : null;
      }
      if (names === null) return null;
      const header = info === null || firstRowRepeats(value(), info);
      return readRows(
        names,
        header,
        () => wrappedRows(value(), 'Data', 'VarCharValue', header)(),
        (e) => rowCells(wrappedCells(e, 'VarCharValue'), 'Data'),
      );
    }
    case 'columnvalues':
      return rowOrNull(entities(namesOf(sibling('columnnames'))));
    case 'keyvalues':
      return rowOrNull(entities(namesOf(sibling('keynames'))));
    case 'values': {
      // Google Sheets: a ValueRange by rows, the first row its header.
      if (typeof sibling('range') !== 'string' || sibling('majorDimension') === 'COLUMNS') return null;
      const all = value();
      const e = entities(Array.isArray(all) ? namesOf(all[0]) : null);
      return e === null ? null : rowsReading(rowReading(e), true);
    }
    case 'cells':
      return a1CellsReading(value(), entities);
    default:
      return null;
  }
}

/**
 * Rows that are objects keyed by position and no header (SheetJS `sheet_to_json(…, {header: "A"})`
 * writes `{A: …, B: …}`, Spark's `toJSON()` of a header-less CSV `{_c0: …}`, DuckDB `{column0: …}`):
 * the first row's keys are the columns, each cell read by what it proves (unnamed-columns.ts).
 */
function positionalRows(all: readonly unknown[]): CredentialReading | null {
  const names = Object.keys(all[0] as object);
  if (names.length < 2 || names.length > MAX_COLUMNS || !names.every(isPositionalName)) return null;
  const cells = all.map((r) =>
    typeof r === 'object' && r !== null && !Array.isArray(r) ? names.map((n) => (r as Record<string, unknown>)[n]) : null,
  );
  const proven = provenCells(
    names,
    names.map(() => null),
    cells,
  );
  if (proven === null) return null;
  return new ComputedReading((i) => {
    const p = typeof i === 'number' ? proven[i] : undefined;
    if (p === undefined) return null;
    return new ComputedReading((k) => (typeof k === 'string' ? (p[names.indexOf(k)] ?? null) : null));
  });
}

/** One row that is an object holding its cells under member `under` (`{f: […]}`, `{Data: […]}`). */
function rowCells(cells: CredentialReading, under: string): CredentialReading {
  return new ComputedReading((k) => (k === under ? cells : null));
}

/** A cell address: column letters and a row number (`B2`, `AA17`). */
const A1_ADDRESS = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
/** Most cells of an A1 map read. */
const MAX_CELLS = 4096;

/**
 * An A1 cell map (`{A1: "Name", B1: "Steuer-ID", A2: …}`): every member an address, row 1 holding
 * at least two column names (HEADER_CELL); each cell below is read under its column's name.
 */
function a1CellsReading(cells: unknown, entities: (names: string[] | null) => (string | null)[] | null): CredentialReading | null {
  if (typeof cells !== 'object' || cells === null || Array.isArray(cells)) return null;
  const header = new Map<string, string>();
  let count = 0;
  for (const address in cells) {
    const m = A1_ADDRESS.exec(address);
    if (m === null || ++count > MAX_CELLS) return null;
    if (m[2] !== '1') continue;
    const name: unknown = (cells as Record<string, unknown>)[address];
    if (typeof name !== 'string' || !HEADER_CELL.test(name)) return null;
    header.set(m[1]!, name);
  }
  if (header.size < 2 || header.size > MAX_COLUMNS) return null;
  const columns = [...header.keys()];
  const e = entities(columns.map((c) => header.get(c)!));
  if (e === null) return null;
  const byColumn = new Map(columns.map((c, i) => [c, e[i] ?? null]));
  return new ComputedReading((address) => {
    if (typeof address !== 'string') return null;
    const m = A1_ADDRESS.exec(address);
    return m === null || m[2] === '1' ? null : (byColumn.get(m[1]!) ?? null);
  });
}

/** A column name of a header row: letters first or after a digit, with `_ - . ( ) / #` and blanks; no `@`, no digits alone. */
const HEADER_CELL = /^(?=.*\p{L})[\p{L}\p{N}_\-.()/#° ]{1,64}$/u;

/**
 * The first row of `rows` when it reads as a header: an array of at least two strings, each a
 * column name (HEADER_CELL), with at least one more row after it; else null.
 */
function headerRowNames(rows: unknown): string[] | null {
  if (!Array.isArray(rows) || rows.length < 2) return null;
  const first: unknown = rows[0];
  if (!Array.isArray(first) || first.length < 2 || first.length > MAX_COLUMNS || !Array.isArray(rows[1])) return null;
  for (const cell of first) if (typeof cell !== 'string' || !HEADER_CELL.test(cell)) return null;
  return first as string[];
}

function rowOrNull(e: (string | null)[] | null): CredentialReading | null {
  return e === null ? null : rowReading(e);
}

/** Whether Athena's first row repeats the column names (a SELECT's result does). */
function firstRowRepeats(rows: unknown, names: readonly string[]): boolean {
  const first = member(Array.isArray(rows) ? rows[0] : undefined, 'Data');
  if (!Array.isArray(first) || first.length !== names.length) return false;
  return first.every((c, j) => member(c, 'VarCharValue') === names[j]);
}

/**
 * What the first element of a rows member's array is: `array` (a row of cells), `cells` (an
 * object whose first member is BigQuery's `f` or Athena's `Data`), `other` (anything else, or no
 * element). Read by the walk before asking for the column names: most `data` / `rows` members
 * hold objects, and cost this one test.
 */
export type FirstRow = 'array' | 'cells' | 'unnamed' | 'other';

/** Whether the value of rows member `k` can hold rows of one of the layouts above. */
export function rowsShapeFits(k: string, isArray: boolean, first: FirstRow): boolean {
  if (k === 'result' || k === 'cells') return !isArray;
  if (!isArray) return false;
  if (k === 'columnvalues' || k === 'keyvalues') return true;
  if (k === 'rows') return first !== 'other';
  if (k === 'Rows') return first === 'cells';
  return first === 'array' || (k === 'data' && first === 'unnamed');
}

/** FirstRow of a decoded value's first element. */
export function firstRowOf(value: unknown): FirstRow {
  if (!Array.isArray(value) || value.length === 0) return 'other';
  const first: unknown = value[0];
  if (Array.isArray(first)) return 'array';
  if (typeof first !== 'object' || first === null) return 'other';
  for (const k in first) return k === 'f' || k === 'Data' ? 'cells' : isPositionalName(k) ? 'unnamed' : 'other';
  return 'other';
}

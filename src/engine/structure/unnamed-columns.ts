import { luhnValid } from '../detect/validators.js';
import { sePersonnummerValid } from '../detect/validators-national.js';
import { classify, givenAndSurname, nameBits } from './bare-cells.js';

/**
 * Cells of a columnar query result whose column names say nothing (red-team round 21 and its
 * leftovers): the names a database gives an expression left without an alias — BigQuery `f0_`,
 * Trino / Presto / Athena `_col0`, Spark `_c0` (a CSV read without its header), Snowflake `$1`,
 * DuckDB `column0`, Azure Data Explorer `Column1`, Calcite `EXPR$0`, psql `?column?`, SQL Server
 * `(No column name)`, the expression itself (ClickHouse `concat(first_name, ' ', last_name)`) — and
 * abbreviations of one to three letters (`NM`, `PH`, `ref`). columnar.ts reads a cell under its
 * column's name; under such a name a cell is read by what its own text proves, as structure/
 * bare-cells.ts reads a row without a header, and only in a row of a person: a row that holds an
 * e-mail, a cell of a column whose name the key rules call sensitive, or a proven name:
 *
 * - a bare national id whose check proves it (a Danish CPR, a PESEL, an Aadhaar, a Swedish
 *   personnummer), a bare 10-digit NANP number or an international one without its `+`, an SSN
 *   written 3-2-4 (bare-cells.ts classify);
 * - a Canadian SIN written in three groups of three digits (blanks or dashes) with the Luhn check,
 *   a Swedish personnummer with its century (`YYYYMMDD-NNNN`, a real date and the Luhn check);
 * - a person's name: 2 to 4 capitalised words in a column where one cell (in any row) starts with
 *   a known given name and ends with a known surname or a name-shaped word (bare-cells.ts
 *   givenAndSurname), so `Zhang Wei` under `f0_` is read by `Nikki Wolf` above it.
 *
 * A row with no such evidence (counts, sums, epoch seconds, versions, hashes, products, hosts) is
 * left to the value detectors: a count that is a valid NANP number stays.
 */

/** Names a database gives an unaliased expression, or a header-less file's positions. */
const GENERATED_NAME =
  /^(?:_?c(?:ol)?_?\d{1,3}|f\d{1,3}_|\$\d{1,3}|(?:column|Column|COLUMN)_?\d{1,3}|(?:expr|EXPR)\$?\d{1,3}|\?column\?|\(No column name\)|\d{1,3})$/;
/** A short abbreviation (`NM`, `PH`, `tel`); not one that names a row's id, time or count. */
const ABBREVIATION = /^[A-Za-z]{1,3}$/;
const ROW_WORDS = new Set([
  'id',
  'uid',
  'pk',
  'ts',
  'seq',
  'qty',
  'amt',
  'sum',
  'avg',
  'max',
  'min',
  'cnt',
  'row',
  'key',
  'ver',
  'idx',
  'sku',
]);

/** Whether a column name says nothing of its cells: generated, an expression, or a short abbreviation. */
export function isUnnamedColumn(name: string): boolean {
  if (name.length > 64) return false;
  if (GENERATED_NAME.test(name)) return true;
  if (ABBREVIATION.test(name)) return !ROW_WORDS.has(name.toLowerCase());
  // An expression (`concat(a, ' ', b)`, `lower(mail)`): its own text names no column the key rules know.
  return name.indexOf('(') > 0 && name.endsWith(')');
}

/** A spreadsheet column's letters (`A`, `AB`). */
const SHEET_LETTERS = /^[A-Z]{1,2}$/;

/** Whether a member name is a position only: generated (`_c0`, `column1`, `f0_`) or a sheet's letters. */
export function isPositionalName(name: string): boolean {
  return name.length <= 24 && (SHEET_LETTERS.test(name) || GENERATED_NAME.test(name));
}

const SE_WITH_CENTURY = /^(?:19|20)\d{6}[-+]\d{4}$/;
const SIN_GROUPED = /^\d{3}([ -])\d{3}\1\d{3}$/;
const NAME_WORDS = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3}$/u;
const EMAIL_CELL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[A-Za-z]{2,24}$/;
/** Most rows and columns read. */
const MAX_ROWS = 2000;
const MAX_COLUMNS = 128;

/** Whether a cell is a full name the gazetteer proves: a known given name first, a surname (or a name-shaped word) last. */
function provenName(cell: string): boolean {
  if (cell.length > 60 || !NAME_WORDS.test(cell)) return false;
  const first = cell.indexOf(' ');
  const last = cell.lastIndexOf(' ');
  const x = nameBits(cell, 0, first);
  const y = nameBits(cell, last + 1, cell.length);
  return x !== 0 && y !== 0 && givenAndSurname(x, y);
}

/** What a digit-led cell proves itself to be, or null. */
function provenNumber(cell: string): string | null {
  const c0 = cell.charCodeAt(0);
  if (c0 < 48 || c0 > 57) return null;
  if (cell.length === 11 && SIN_GROUPED.test(cell)) return luhnValid(cell.replace(/\D/g, '')) ? 'CA_SIN' : null;
  // A Swedish personnummer with its century (`19880320-0016`, as Skatteverket's systems export it).
  if (cell.length === 13 && SE_WITH_CENTURY.test(cell)) return sePersonnummerValid(cell) ? 'SE_PERSONNUMMER' : null;
  return classify(cell, 0, false, false)?.entity ?? null;
}

/**
 * The entities of the cells of `rows` (each a row's cells, null for a row that is none, e.g. a
 * header) under the columns whose `named` entity is null and whose name `names[j]` says nothing
 * (isUnnamedColumn); null when no cell is proven. Row i's array gives cell j's entity or null.
 */
export function provenCells(
  names: readonly string[],
  named: readonly (string | null)[],
  rows: readonly (readonly unknown[] | null)[],
): (string | null)[][] | null {
  const n = names.length;
  if (n === 0 || n > MAX_COLUMNS || rows.length === 0 || rows.length > MAX_ROWS) return null;
  const open: number[] = [];
  for (let j = 0; j < n; j++) if (named[j] === null && isUnnamedColumn(names[j]!)) open.push(j);
  if (open.length === 0) return null;
  // A column is a person's when one of its cells is a proven name.
  const personColumn = new Set<number>();
  for (const j of open) {
    for (const row of rows) {
      const cell = row?.[j];
      if (typeof cell === 'string' && provenName(cell)) {
        personColumn.add(j);
        break;
      }
    }
  }
  let out: (string | null)[][] | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === null || row === undefined) continue;
    // The row's evidence of a person: an e-mail, a cell under a sensitive name, a proven name.
    let evidence = false;
    for (let j = 0; j < n && !evidence; j++) {
      const cell = row[j];
      if (typeof cell !== 'string' || cell.length === 0) continue;
      if (named[j] !== null || (personColumn.has(j) && provenName(cell)) || (cell.indexOf('@') > 0 && EMAIL_CELL.test(cell)))
        evidence = true;
    }
    if (!evidence) continue;
    for (const j of open) {
      const cell = row[j];
      if (typeof cell !== 'string' || cell.length < 3 || cell.length > 60) continue;
      const entity = personColumn.has(j) && NAME_WORDS.test(cell) ? 'PERSON' : provenNumber(cell);
      if (entity === null) continue;
      out ??= rows.map(() => new Array<string | null>(n).fill(null));
      out[i]![j] = entity;
    }
  }
  return out;
}

import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isSystemAccount } from '../detect/values/login-names.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { foldName } from '../detect/values/person-names.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * Columns of a header-less export whose kind one row proves for all (leftovers of red-team round
 * 87: a nurse-call report's `"KOWALCZYK, BRONISLAWA"` beside a row's `"FAIRWEATHER, OSWIN"`, an
 * EVV export's `ODUYA-BRANDT,PHILOMENA` beside `VELASQUEZ-ORR,CASIMIR`, and the answering staff's
 * login in the same rows). The rows of one text that share a separator and a number of cells are
 * one table: a column whose every cell is a name written surname first (`SURNAME, GIVEN`, or
 * `SURNAME,GIVEN` in a pipe or semicolon row), one of which the gazetteer knows (`known`), is a
 * column of people, each cell masked; in such a table, a column whose every cell is a lower-case
 * login (letters first, 4–32 characters of letters, digits, `.`, `_`, `-`) that is no system
 * account, no stop word and no everyday word is a column of the people's logins (USERNAME), and a
 * column whose every cell is 10 digits valid as a NANP number (`phone`) one of their phones.
 */

/** A cell written surname first: two words of letters joined by a comma (a blank after it or none), maybe a middle initial. */
const SURNAME_FIRST = /^[A-Z][A-Za-z'’-]{1,24}, ?[A-Z][A-Za-z'’-]{1,24}(?: [A-Z]\.?)?$/;
/** A login cell in lower case. */
const LOGIN_CELL = /^[a-z][a-z0-9._-]{3,31}$/;
const DETECTOR = 'bare_cells';

/** Whether every row's cell `j` passes `test`. */
function everyCell(text: string, rows: readonly (readonly [number, number][])[], j: number, test: (cell: string) => boolean): boolean {
  for (const cells of rows) if (!test(text.slice(cells[j]![0], cells[j]![1]))) return false;
  return true;
}

function loginCell(cell: string): boolean {
  if (!LOGIN_CELL.test(cell) || isSystemAccount(cell)) return false;
  // Four letters at least (`n/a`, `ok`, `tx1` are no one's), and no word of the language.
  if (!/[a-z]{4}/.test(cell)) return false;
  const key = foldName(cell);
  return !isNameStopWord(key) && !isEverydayWord(key);
}

/**
 * Pushes the cells of the name columns and login columns of `rows` (the header-less rows of one
 * text, all split by one separator); `known` says whether a surname-first cell is a name the
 * gazetteer knows (bare-cells.ts invertedNameCell, with the blank after the comma).
 */
export function nameColumns(
  ctx: SpanContext,
  text: string,
  rows: readonly (readonly [number, number][])[],
  known: (cell: string) => boolean,
  phone: (cell: string) => boolean,
): void {
  if (rows.length < 2) return;
  const width = rows[0]!.length;
  const table = rows.filter((r) => r.length === width);
  if (table.length < 2) return;
  const names: number[] = [];
  for (let j = 0; j < width; j++) {
    if (!everyCell(text, table, j, (cell) => SURNAME_FIRST.test(cell))) continue;
    let proven = false;
    for (const cells of table) {
      const cell = text.slice(cells[j]![0], cells[j]![1]);
      if (known(cell.indexOf(', ') >= 0 ? cell : cell.replace(',', ', '))) {
        proven = true;
        break;
      }
    }
    if (proven) names.push(j);
  }
  if (names.length === 0) return;
  for (const j of names) for (const cells of table) pushSpan(ctx, text, cells[j]![0], cells[j]![1], 'PERSON', DETECTOR);
  for (let j = 1; j < width; j++) {
    if (names.includes(j)) continue;
    const entity = everyCell(text, table, j, loginCell) ? 'USERNAME' : everyCell(text, table, j, phone) ? 'PHONE' : undefined;
    if (entity === undefined) continue;
    for (const cells of table) pushSpan(ctx, text, cells[j]![0], cells[j]![1], entity, DETECTOR);
  }
}

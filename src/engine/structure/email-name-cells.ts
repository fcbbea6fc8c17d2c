import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { foldName, nameKind } from '../detect/values/person-names.js';

/**
 * A person's name split over two neighbouring cells of a header-less row, proven by the row's
 * e-mail (red-team round 38: a OneRoster `users.csv` line `…,"Thao","Nguyen",…,"thao.nguyen31@…"`,
 * a Canvas SIS import row `…,Grace,Farrow,grace.farrow@…`, a Slate TSV chunk): the e-mail's local
 * part spells both words, joined by nothing, `.`, `_` or `-`, either order. Each cell is one
 * capitalised word (or one in capitals), not a stop word, and one of the two a given name or a
 * surname of the gazetteer that is not an everyday word, so a role mailbox beside its words
 * (`Support,Team,support.team@…`) and a product's (`Blue,Widget,bluewidget@…`) stay. Read by bare-cells.ts for rows that hold an `@`.
 */

const NAME_WORD = /^(?:[A-Z][a-z'’-]{1,24}|[A-Z][A-Z'’-]{1,24}|(?:Mc|Mac|De|Di|Le|Van)[A-Z][a-z]{1,20})$/;
const JOINERS = ['', '.', '_', '-'];

/** The local parts (lower case) of the cells that are e-mail addresses. */
function localParts(text: string, cells: readonly [number, number][]): string[] {
  const out: string[] = [];
  for (const [a, b] of cells) {
    const at = text.indexOf('@', a);
    if (at <= a || at >= b - 3 || b - a > 80) continue;
    const cell = text.slice(a, b);
    if (cell.indexOf(' ') < 0) out.push(text.slice(a, at).toLowerCase());
  }
  return out;
}

/** A given name or surname of the gazetteer that is not also an everyday word (`Grace`, `Blue`). */
function properName(folded: string): boolean {
  return nameKind(folded) !== 0 && !isEverydayWord(folded);
}

function spells(local: string, x: string, y: string): boolean {
  for (const j of JOINERS) if (local.includes(`${x}${j}${y}`) || local.includes(`${y}${j}${x}`)) return true;
  return false;
}

/** Indices `i` of the rows' cells such that cells `i - 1` and `i` are a name its e-mail spells. */
export function emailNamePairs(text: string, cells: readonly [number, number][]): number[] {
  const locals = localParts(text, cells);
  const pairs: number[] = [];
  if (locals.length === 0) return pairs;
  for (let i = 1; i < cells.length; i++) {
    const [pa, pb] = cells[i - 1]!;
    const [a, b] = cells[i]!;
    if (pb - pa < 2 || b - a < 2) continue;
    const first = text.slice(pa, pb);
    const second = text.slice(a, b);
    if (!NAME_WORD.test(first) || !NAME_WORD.test(second)) continue;
    const x = foldName(first);
    const y = foldName(second);
    if (x === y || isNameStopWord(x) || isNameStopWord(y) || !(properName(x) || properName(y))) continue;
    if (locals.some((local) => spells(local, x, y))) {
      pairs.push(i);
      i++;
    }
  }
  return pairs;
}

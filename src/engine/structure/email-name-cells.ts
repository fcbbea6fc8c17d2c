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

const CELL_NAME_WORD = /^\p{L}[\p{L}'’-]*$/u;

/**
 * A person's whole name in one cell of a header-less row, proven by the row's e-mail (red-team
 * round 68: a Zoom participant report pasted without its header `Tancredi Bellomo,tancredi.bellomo@…`,
 * a Slack `users.list` dump `U04…|ptregaskis|Perpetua Tregaskis|perpetua.tregaskis@…|…`, an
 * e-signature form export `…,Marijke van der Heijden,marijke.vdheijden@…`): two to four words,
 * any case, whose first and last words (three letters or more, neither a stop word nor an everyday
 * word) an e-mail's local part both holds, at different places. Returns the indices of such cells
 * and, with each, the index of a cell of the same row that is the person's login spelled from the
 * name (`ptregaskis`, `tancredib`, `perpetua.tregaskis`) or -1.
 */
export function emailNameCells(text: string, cells: readonly [number, number][]): [number, number][] {
  const locals = localParts(text, cells);
  const out: [number, number][] = [];
  if (locals.length === 0) return out;
  for (let i = 0; i < cells.length; i++) {
    const [a, b] = cells[i]!;
    if (b - a < 7 || b - a > 60 || text.indexOf(' ', a) >= b || text.indexOf(' ', a) < 0) continue;
    const words = text.slice(a, b).split(/ +/);
    if (words.length < 2 || words.length > 4 || !words.every((w) => CELL_NAME_WORD.test(w))) continue;
    const first = foldName(words[0]!);
    const last = foldName(words[words.length - 1]!).replace(/['’]/g, '');
    if (first.length < 3 || last.length < 3 || first === last) continue;
    if ([first, last].some((w) => isNameStopWord(w) || isEverydayWord(w))) continue;
    const lastPiece = last.slice(last.lastIndexOf('-') + 1);
    const spelled = locals.some((local) => {
      const f = local.indexOf(first);
      const l = local.indexOf(last) >= 0 ? local.indexOf(last) : lastPiece.length >= 3 ? local.lastIndexOf(lastPiece) : -1;
      return f >= 0 && l >= 0 && (l >= f + first.length || l + lastPiece.length <= f);
    });
    if (!spelled) continue;
    const plainLast = last.replace(/-/g, '');
    const logins = new Set([
      first[0] + plainLast,
      first + plainLast[0],
      first + plainLast,
      `${first}.${plainLast}`,
      `${first}_${plainLast}`,
      plainLast + first[0],
    ]);
    let login = -1;
    for (let k = 0; k < cells.length; k++) {
      const [c, d] = cells[k]!;
      if (k !== i && d - c >= 4 && d - c <= 40 && logins.has(text.slice(c, d).toLowerCase())) login = k;
    }
    out.push([i, login]);
  }
  return out;
}

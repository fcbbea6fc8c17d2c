import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName } from './person-names.js';

/**
 * Access-control events exported as rows without their header (Lenel OnGuard, Genetec Security
 * Center, Honeywell Pro-Watch, airport SIDA badge readers; red-team round 90 and its leftovers):
 * `time,reader,card,SURNAME,Given,GRANTED`, `door;Surname, Given;Credential 88120417;Access
 * granted`, TAB-separated `time reader card SURNAME Given VALID`. The row says it is an event of a
 * person at a door: a cell that is the reader's verdict (`granted`, `denied`, `Access Granted`,
 * `Access Denied - Expired`, `VALID`, `INVALID`) and a cell that holds a time of day. In such a row
 * the cardholder's name (two neighbouring one-word cells written as a name, or one `Surname,
 * Given` cell) is masked as PERSON (access_event_holder) and the card's number right before or
 * after the name (5–12 digits, or after `Credential` / `Card` / `Badge`) as SECRET, as a badge
 * number after its label is (access_event_card). A row without a name (`DOOR FORCED OPEN`,
 * `DOOR HELD OPEN`) masks nothing; readers, doors, times and verdicts stay.
 *
 * Crew lists exported the same way (IBS iFlight, AIMS, Sabre Crew Manager pairing rows:
 * `720418|SURNAME|GIVEN|FA|DUB|P7712`) say their kind by a crew rank cell (CP, CPT, CAPT, FO, FA,
 * PU, SO, FE, CCM, SCCM, PURSER) and a base cell (three capitals): the crew member's name is masked
 * as above, and the staff number right before it (5–8 digits) as EMPLOYEE_ID (crew_row_number),
 * as round 55 masks crew staff numbers in crew texts.
 */

/** The reader's verdict, a whole cell (trimmed). */
const VERDICT = /^(?:(?:access|entry) )?(?:granted|denied|rejected)(?:[ ,:-][^\t;|,]{0,40})?$|^(?:valid|invalid)(?: (?:card|badge|pin))?$/i;
/** A time of day somewhere in a cell. */
const TIME_OF_DAY = /\d{1,2}:\d{2}/;
/** One word written as a name part: capitalised or in capitals, double-barrelled too. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’]{1,30}(?:-\p{Lu}[\p{L}\p{M}'’]{1,30})?$/u;
/** A whole `Surname, Given` cell (not in a comma-separated row). */
const SURNAME_COMMA_GIVEN = /^\p{Lu}[\p{L}\p{M}'’-]{1,30}, \p{Lu}[\p{L}\p{M}'’-]{1,30}$/u;
/** A card's number: the digits alone or after its label. */
const CARD_CELL = /^(?:(?:credential|card|badge)(?: ?(?:no\.?|number|#))?[ :#]*)?(\d{5,12})$/i;

const VERDICT_WORDS = ['granted', 'denied', 'valid'];
/** A crew rank as a whole cell of a crew list. Not `CA` (a US state in address rows). */
const RANK_CELL = /^(?:CP|CPT|CAPT|FO|FA|PU|SO|FE|CCM|SCCM|PURSER)$/;
/** A crew base: an IATA airport code. */
const BASE_CELL = /^[A-Z]{3}$/;
/** A crew staff number cell. */
const STAFF_CELL = /^\d{5,8}$/;
/** The crew rank cells as keywords, between two separators of a row (`|fa|`, `,fo,`, `;pu;`). */
const RANK_KEYWORDS = ['cp', 'cpt', 'capt', 'fo', 'fa', 'pu', 'so', 'fe', 'ccm', 'sccm', 'purser'].flatMap((r) => [
  `|${r}|`,
  `,${r},`,
  `;${r};`,
]);
const ROW_KEYWORDS = [...VERDICT_WORDS, ...RANK_KEYWORDS];

/** A cell of a row: its bounds in the text, trimmed. */
interface Cell {
  a: number;
  b: number;
}

/** The names and cards found in the last text read (both detectors read one parse). */
let readText: string | undefined;
let readNames: number[] = [];
let readCards: number[] = [];
let readStaff: number[] = [];

function readRows(text: string, lower: string): void {
  if (text === readText) return;
  readText = text;
  readNames = [];
  readCards = [];
  readStaff = [];
  // A lower-cased text of another length (`İ`) has other offsets: not read.
  if (lower.length !== text.length) return;
  const lines = new Set<number>();
  for (const word of ROW_KEYWORDS) {
    for (let k = lower.indexOf(word); k !== -1; k = lower.indexOf(word, k + word.length)) {
      const from = text.lastIndexOf('\n', k) + 1;
      if (lines.has(from)) continue;
      lines.add(from);
      let to = text.indexOf('\n', k);
      if (to === -1) to = text.length;
      if (to - from > 400) continue;
      readRow(text, from, text.charCodeAt(to - 1) === 13 ? to - 1 : to);
    }
  }
}

/** The separator of the row between `from` and `to`: TAB, `;`, `|` or `,` (the first of them that occurs three times). */
function separatorOf(text: string, from: number, to: number): string | undefined {
  for (const sep of ['\t', ';', '|', ',']) {
    let n = 0;
    for (let i = text.indexOf(sep, from); i !== -1 && i < to; i = text.indexOf(sep, i + 1)) n++;
    if (n >= 3) return sep;
  }
  return undefined;
}

function readRow(text: string, from: number, to: number): void {
  const sep = separatorOf(text, from, to);
  if (sep === undefined) return;
  const cells: Cell[] = [];
  let a = from;
  for (;;) {
    let b = text.indexOf(sep, a);
    if (b === -1 || b > to) b = to;
    let s = a;
    let e = b;
    while (s < e && text.charCodeAt(s) === 32) s++;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    cells.push({ a: s, b: e });
    if (b >= to || cells.length > 24) break;
    a = b + 1;
  }
  if (cells.length < 4) return;
  const value = (c: Cell) => text.slice(c.a, c.b);
  let verdict = -1;
  let time = false;
  let rank = -1;
  let base = false;
  for (let i = 0; i < cells.length; i++) {
    const v = value(cells[i]!);
    if (verdict === -1 && VERDICT.test(v)) verdict = i;
    else if (!time && TIME_OF_DAY.test(v)) time = true;
    else if (rank === -1 && RANK_CELL.test(v)) rank = i;
    else if (BASE_CELL.test(v)) base = true;
  }
  const crew = verdict === -1 && rank !== -1 && base;
  if (verdict === -1 && !crew) return;
  // A verdict's row without a time says it is an event by the card's label (`Credential 88120417`).
  const labelled = verdict !== -1 && !time;
  if (crew) verdict = rank;
  // The holder: a `Surname, Given` cell, or two neighbouring name words.
  let first = -1;
  let last = -1;
  for (let i = 0; i < cells.length && first === -1; i++) {
    if (i === verdict) continue;
    const v = value(cells[i]!);
    if (sep !== ',' && SURNAME_COMMA_GIVEN.test(v) && nameWords(v.split(', '))) first = last = i;
    else if (i + 1 < cells.length && i + 1 !== verdict && NAME_WORD.test(v) && NAME_WORD.test(value(cells[i + 1]!))) {
      if (nameWords([v, value(cells[i + 1]!)])) {
        first = i;
        last = i + 1;
      }
    }
  }
  if (first === -1) return;
  if (crew) {
    for (let i = first; i <= last; i++) readNames.push(cells[i]!.a, cells[i]!.b);
    const before = cells[first - 1];
    if (before !== undefined && STAFF_CELL.test(value(before))) readStaff.push(before.a, before.b);
    return;
  }
  let card: Cell | undefined;
  let digits = '';
  for (const i of [first - 1, last + 1]) {
    if (i < 0 || i >= cells.length || i === verdict) continue;
    const m = CARD_CELL.exec(value(cells[i]!));
    if (m === null) continue;
    card = cells[i];
    digits = m[1]!;
    break;
  }
  if (labelled && (card === undefined || digits.length === card.b - card.a)) return;
  for (let i = first; i <= last; i++) readNames.push(cells[i]!.a, cells[i]!.b);
  if (card !== undefined) readCards.push(card.b - digits.length, card.b);
}

/** Whether every word of a holder's name is no everyday or stop word (`NORTH`, `DOOR`, `OPEN`). */
function nameWords(words: readonly string[]): boolean {
  for (const word of words) {
    for (const part of word.split('-')) {
      const key = foldName(part);
      if (key.length < 2 || isEverydayWord(key) || isNameStopWord(key)) return false;
    }
  }
  return true;
}

function accessEventDetector(
  id: string,
  entity: string,
  description: string,
  example: string,
  kind: 'names' | 'cards' | 'staff',
): ValueDetector {
  return {
    ...detectorFields({
      id,
      entity,
      description,
      validation:
        'a row of 4+ cells split by TAB, `;`, `|` or `,` with a verdict cell (granted, denied, rejected, Access Granted / Denied…, VALID, INVALID) and a time of day (or a card after its label), or with a crew rank cell and a base of three capitals; the holder two neighbouring one-word name cells (no everyday or stop word) or one `Surname, Given` cell; the card 5–12 digits (after Credential / Card / Badge too) right before or after the holder; the crew staff number 5–8 digits right before the name',
      context: true,
      example,
      keywords: ROW_KEYWORDS,
      prefilter: (s) => s.hasDigit && s.text.length >= 20,
    }),
    find(scan: TextScan, out: Span[], priority: number): void {
      readRows(scan.text, scan.lower());
      const found = kind === 'cards' ? readCards : kind === 'staff' ? readStaff : readNames;
      for (let i = 0; i < found.length; i += 2) {
        const start = found[i]!;
        const end = found[i + 1]!;
        const raw = scan.text.slice(start, end);
        out.push({ start, end, entity, detector: id, normalized: kind === 'names' ? foldName(raw) : raw, priority });
      }
    },
  };
}

export const accessEventHolder = accessEventDetector(
  'access_event_holder',
  'PERSON',
  "The cardholder's name in a header-less access-control event row (Lenel, Genetec, Pro-Watch exports)",
  '2025-12-10T05:02:11Z,GATE-A07,0417731,SMITH,Jane,GRANTED',
  'names',
);

export const accessEventCard = accessEventDetector(
  'access_event_card',
  'SECRET',
  "The access card's number beside the cardholder in a header-less access-control event row",
  '2025-12-10T05:02:11Z,GATE-A07,0417731,SMITH,Jane,GRANTED',
  'cards',
);

export const crewRowNumber = accessEventDetector(
  'crew_row_number',
  'EMPLOYEE_ID',
  "A crew member's staff number before the name in a header-less crew list row (a rank cell and a base cell)",
  '720418|SMITH|JANE|FA|DUB|P7712',
  'staff',
);

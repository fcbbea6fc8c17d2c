import type { TextScan } from '../detect/types.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * GEDCOM lineage-linked records (GEDCOM 5.5.1 and FamilySearch GEDCOM 7.0: the text genealogy
 * programs export and import, and that tree sites' import jobs, hints and errors quote; red-team
 * round 89). A line is `level [@xref@ ]TAG [value]`; a record opens at level 0 (`0 @I1@ INDI`,
 * `0 @SUBM1@ SUBM`, `0 HEAD`) and its structures nest by level. In a person's record (INDI, the
 * submitter's SUBM, or a fragment that opens below level 0):
 *
 * - `NAME` (`Given Names /Surname/ Suffix`): each part between the slashes as PERSON;
 *   `GIVN`, `SURN`, `NICK` and the married / alias names programs add (`_MARNM`, `_AKA`) as PERSON;
 * - the `DATE` of a `BIRT` with a day, a month and a year from 1900 on as DATE_OF_BIRTH, unless
 *   the record says the person died (`DEAT`, `BURI`, `CREM`): the living's birth dates are what a
 *   tree keeps private;
 * - `ADDR` / `ADR1` / `ADR2` with a house number as ADDRESS, `PHON` as PHONE, `EMAIL` as EMAIL.
 *
 * The header's product name (`HEAD` / `SOUR` / `NAME`), a repository's name and address, places,
 * cross-reference ids, other dates and tags stay (detector `structure:gedcom`). The keyword pass
 * gates on `indi`, `subm`, `givn`, `surn` (GEDCOM_KEYWORDS); the handler needs two lines of the
 * shape, one of them a person's tag.
 */
export const GEDCOM_KEYWORDS: readonly string[] = ['@ indi', '@ subm', 'givn', 'surn'];

const DETECTOR = 'structure:gedcom';
/** One GEDCOM line: level, optional cross-reference id, tag, optional value. */
const LINE = /^[ \t]*(\d{1,2}) (?:@[^@\s]{1,40}@ )?([A-Z_][A-Z0-9_]{0,31})(?: (.*))?$/;
/** Tags of a person's name pieces. */
const NAME_PIECES = new Set(['GIVN', 'SURN', 'NICK', '_MARNM', '_AKA', '_RUFNAME', '_BIRTHNAME']);
/** Record tags whose NAME is a person's. */
const PERSON_RECORDS = new Set(['INDI', 'SUBM']);
/** Events that say the person died. */
const DEATH_EVENTS = new Set(['DEAT', 'BURI', 'CREM']);
/** What a tree writes for a name it hides or does not know (`Living /Smith/`). */
const NO_NAME = /^(?:living|private|unknown|unnamed|baby|infant|stillborn|nn|n\.n\.|_+|\?+)$/i;
/** A GEDCOM date with day, month and year (optionally after ABT / EST / CAL …): `14 MAR 1986`. */
const FULL_DATE = /^(?:(?:ABT|EST|CAL|BEF|AFT|FROM|BET|INT)\s+)?(\d{1,2})\s+(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+(\d{4})\b/i;
const HOUSE_NUMBER = /\d/;
const PHONE_SHAPE = /^\+?[\d(][\d ()./-]{5,24}\s*$/;
const EMAIL_SHAPE = /^[^\s@]{1,64}@[^\s@]{1,255}\s*$/;
/** Another GEDCOM line inside a value (` 2 PLAC`, ` 1 EMAIL`): the wrapped-lines view joined two lines. */
const JOINED_LINE = /\s\d{1,2} (?:@[^@\s]{1,40}@ )?[A-Z_][A-Z0-9_]{2,31}(?:\s|$)/;
const LETTERS = /\p{L}{2}/u;

/** Whether `text` may hold GEDCOM lines (a line opening with a level digit and a blank). */
export function mayHoldGedcom(text: string): boolean {
  return (
    (text.indexOf('\n1 ') >= 0 || text.indexOf('\n2 ') >= 0 || text.indexOf('\\n1 ') >= 0) &&
    (text.indexOf(' INDI') >= 0 || text.indexOf(' NAME ') >= 0)
  );
}

export function gedcomSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const tags: string[] = [];
  let record = '';
  let lines = 0;
  let personTag = false;
  // Birth dates of the current record, pushed when the record ends without a death.
  let births: [number, number][] = [];
  let died = false;
  const pending: [number, number, string][] = [];
  const flush = () => {
    if (!died) for (const [s, e] of births) pending.push([s, e, 'DATE_OF_BIRTH']);
    births = [];
    died = false;
  };
  // Lines broken by an escaped `\n` (two characters) where the text has no real break: a GEDCOM
  // fragment quoted into a log line or a JSON string escaped once more.
  const escaped = text.indexOf('\n') < 0;
  const brk = escaped ? '\\n' : '\n';
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf(brk, at);
    if (end < 0) end = text.length;
    let lineEnd = end > at && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (escaped && lineEnd >= at + 2 && text.startsWith('\\r', lineEnd - 2)) lineEnd -= 2;
    const m = LINE.exec(text.slice(at, lineEnd));
    if (m !== null) {
      lines++;
      const level = Number(m[1]);
      const tag = m[2]!;
      tags.length = Math.min(tags.length, level);
      tags[level] = tag;
      if (level === 0) {
        flush();
        record = tag;
      }
      const value = m[3];
      const valueStart = lineEnd - (value?.length ?? 0);
      const inPerson = PERSON_RECORDS.has(record) || record === '';
      if (inPerson) {
        if (DEATH_EVENTS.has(tag) && level === 1) died = true;
        if (tag === 'INDI' || tag === 'SUBM' || tag === 'GIVN' || tag === 'SURN') personTag = true;
        // A value that holds another line's level and tag was joined across a break (the wrapped-lines view): skipped.
        if (value !== undefined && value.trim().length > 0 && !JOINED_LINE.test(value)) {
          if (tag === 'NAME' && tags[0] !== 'HEAD') {
            personTag = true;
            namePieces(text, valueStart, lineEnd, pending);
          } else if (NAME_PIECES.has(tag)) {
            const v = value.trim();
            if (!NO_NAME.test(v) && LETTERS.test(v)) pending.push([valueStart, valueStart + value.trimEnd().length, 'PERSON']);
          } else if (tag === 'DATE' && level >= 1 && tags[level - 1] === 'BIRT') {
            const d = FULL_DATE.exec(value);
            if (d !== null && Number(d[3]) >= 1900) births.push([valueStart, valueStart + d[0].length]);
          } else if (tag === 'ADDR' || tag === 'ADR1' || tag === 'ADR2') {
            if (HOUSE_NUMBER.test(value) && LETTERS.test(value)) pending.push([valueStart, valueStart + value.trimEnd().length, 'ADDRESS']);
          } else if (tag === 'PHON' && PHONE_SHAPE.test(value)) {
            pending.push([valueStart, valueStart + value.trimEnd().length, 'PHONE']);
          } else if (tag === 'EMAIL' && EMAIL_SHAPE.test(value)) {
            pending.push([valueStart, valueStart + value.trimEnd().length, 'EMAIL']);
          }
        }
      }
    }
    at = end + brk.length;
  }
  flush();
  if (lines < 2 || !personTag) return;
  for (const [s, e, entity] of pending) pushSpan(ctx, text, s, e, entity, DETECTOR);
}

/** The parts of a GEDCOM personal name (`Given /Surname/ Suffix`), each its own PERSON span. */
function namePieces(text: string, start: number, end: number, out: [number, number, string][]): void {
  let from = start;
  while (from < end) {
    let to = text.indexOf('/', from);
    if (to < 0 || to > end) to = end;
    let s = from;
    let e = to;
    while (s < e && text.charCodeAt(s) === 32) s++;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    const piece = text.slice(s, e);
    if (piece.length > 0 && LETTERS.test(piece) && !NO_NAME.test(piece)) out.push([s, e, 'PERSON']);
    from = to + 1;
  }
}

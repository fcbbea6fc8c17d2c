import { GIVEN, nameKind, SURNAME } from '../detect/values/person-names.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { LATEST_BIRTH_YEAR, usSsnValid } from '../detect/validators.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * Person rows of fixed-width files whose layout no rule here knows (ACORD AL3 name groups, FAFSA
 * ISIR records, carriers' and schools' extracts), as a download log or a parse error quotes them:
 * a surname and a given name in capitals, in one cell (`TREVINO MARISOL          `) or in two
 * padded cells (`LARKIN              JESSICA        `), then, on the same line, a compact birth date
 * (YYYYMMDD, a valid date at least 14 years old). The row proves its kind by both: the two words
 * are in the name gazetteer, one as a common given name, neither a stop word. Then the name, the
 * date, a 10-digit North American phone and a 9-digit SSN (valid by the SSA's rules, right before
 * the name, glued or not) of that row are masked (detector `structure:padded_person_row`). Names
 * in mixed case, rows without a birth date and codes in capitals (`ACCOUNT SUMMARY`) stay.
 *
 * The caller gates on capitals, a run of 8 digits and three blanks in a row.
 */
export function paddedPersonRowSpans(text: string, ctx: SpanContext): void {
  NAME_CELLS.lastIndex = 0;
  for (let m = NAME_CELLS.exec(text); m !== null; m = NAME_CELLS.exec(text)) {
    const first = m[1]!;
    const second = m[3]!;
    const k1 = nameKind(first.toLowerCase());
    const k2 = nameKind(second.toLowerCase());
    if (
      (k1 & (GIVEN | SURNAME)) === 0 ||
      (k2 & (GIVEN | SURNAME)) === 0 ||
      ((k1 | k2) & GIVEN) === 0 ||
      isNameStopWord(first.toLowerCase()) ||
      isNameStopWord(second.toLowerCase())
    ) {
      NAME_CELLS.lastIndex = m.index + first.length + 1;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    let lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0) lineEnd = text.length;
    const birth = birthDateAfter(text, end, Math.min(lineEnd, end + 160));
    if (birth < 0) {
      NAME_CELLS.lastIndex = m.index + first.length + 1;
      continue;
    }
    if (m[2] === ' ') pushSpan(ctx, text, start, end, 'PERSON', DETECTOR);
    else {
      pushSpan(ctx, text, start, start + first.length, 'PERSON', DETECTOR);
      pushSpan(ctx, text, end - second.length, end, 'PERSON', DETECTOR);
    }
    pushSpan(ctx, text, birth, birth + 8, 'DATE_OF_BIRTH', DETECTOR);
    ssnBefore(text, start, ctx);
    phonesBetween(text, end, birth, ctx);
    NAME_CELLS.lastIndex = birth + 8;
  }
}

const DETECTOR = 'structure:padded_person_row';
/** Two words in capitals, one blank or a padded run between them, padding after them. */
const NAME_CELLS = /(?<![A-Za-z'-])([A-Z][A-Z'-]{1,24})( | {2,30})([A-Z][A-Z'-]{1,24})(?= {3,})/g;
const COMPACT_DATE = /(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/g;
const OLDEST_BIRTH_YEAR = 1900;

/** The start of the first compact birth date in [from, to), or -1. */
function birthDateAfter(text: string, from: number, to: number): number {
  COMPACT_DATE.lastIndex = from;
  for (let m = COMPACT_DATE.exec(text); m !== null && m.index + 8 <= to; m = COMPACT_DATE.exec(text)) {
    const year = Number(m[1]);
    if (year >= OLDEST_BIRTH_YEAR && year <= LATEST_BIRTH_YEAR) return m.index;
  }
  return -1;
}

/** A 9-digit SSN right before the name (glued to it, or one blank between). */
function ssnBefore(text: string, name: number, ctx: SpanContext): void {
  const end = text.charCodeAt(name - 1) === 32 ? name - 1 : name;
  const start = end - 9;
  if (start < 0 || (start > 0 && isDigit(text.charCodeAt(start - 1)))) return;
  const digits = text.slice(start, end);
  if (/^\d{9}$/.test(digits) && usSsnValid(digits)) pushSpan(ctx, text, start, end, 'US_SSN', DETECTOR);
}

const NANP_PHONE = /(?<!\d)[2-9]\d\d[2-9]\d{6}(?!\d)/g;

/** 10-digit North American phone numbers between the name and the birth date. */
function phonesBetween(text: string, from: number, to: number, ctx: SpanContext): void {
  NANP_PHONE.lastIndex = from;
  for (let m = NANP_PHONE.exec(text); m !== null && m.index + 10 <= to; m = NANP_PHONE.exec(text)) {
    pushSpan(ctx, text, m.index, m.index + 10, 'PHONE', DETECTOR);
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

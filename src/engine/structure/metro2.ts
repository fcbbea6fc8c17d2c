import type { TextScan } from '../detect/types.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * CDIA Metro 2 base segments (the 426-character fixed-width record credit furnishers send to the
 * bureaus; Credit Reporting Resource Guide, Base Segment field positions), as furnisher jobs log
 * them. The record opens with its record descriptor word `0426` (the record length), then the
 * processing indicator and a 14-digit time stamp. The consumer's identity sits at documented
 * columns (1-based): surname 230–254, first name 255–274, middle name 275–294, SSN 296–304, date
 * of birth 305–312 (MMDDYYYY), telephone 313–322, first and second address lines 328–359 and
 * 360–391, city 392–411, postal code 414–422. They are masked by position, whatever they hold
 * (detector `structure:metro2`); the account data, amounts and status codes stay.
 *
 * A log that renders the segment with its fields separated by blanks (`seg=BASE line=0426 1 …`,
 * not 426 characters) keeps the identity fields' order: SSN (9 digits), date of birth (8),
 * telephone (10), ECOA code, country code, first address line. In a text that says BASE or
 * Metro 2, that run after the record descriptor word is masked too.
 *
 * The caller gates on a digit and `0426` in a text of 120 characters or more.
 */
export function metro2Spans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  for (let at = text.indexOf('0426'); at >= 0; at = text.indexOf('0426', at + 4)) {
    if (at > 0 && isDigit(text.charCodeAt(at - 1))) continue;
    if (at + 426 <= text.length && digitsAt(text, at + 5, 14)) {
      baseSegmentColumns(text, at, ctx);
      at += 425;
    } else if (MARKER.test(text)) {
      spacedIdentityRun(text, at, ctx);
    }
  }
}

/** A text that names the segment: `BASE` as a word, or Metro 2. */
const MARKER = /\bBASE\b|metro ?2/i;

/** The base segment's identity fields: 1-based first column, width, entity. */
const COLUMNS: readonly (readonly [number, number, string])[] = [
  [230, 25, 'PERSON'],
  [255, 20, 'PERSON'],
  [275, 20, 'PERSON'],
  [296, 9, 'US_SSN'],
  [305, 8, 'DATE_OF_BIRTH'],
  [313, 10, 'PHONE'],
  [328, 32, 'ADDRESS'],
  [360, 32, 'ADDRESS'],
  [392, 20, 'ADDRESS'],
  [414, 9, 'POSTCODE'],
];

function baseSegmentColumns(text: string, at: number, ctx: SpanContext): void {
  for (const [column, width, entity] of COLUMNS) {
    const start = at + column - 1;
    let end = start + width;
    // Fields are left-justified and blank-filled; zero-filled numbers mean "none".
    while (end > start && text.charCodeAt(end - 1) === 32) end--;
    const value = text.slice(start, end);
    if (value.length === 0 || /^0+$/.test(value)) continue;
    pushSpan(ctx, text, start, end, entity, 'structure:metro2');
  }
}

/**
 * SSN, date of birth (MMDDYYYY) and telephone with one blank or none between them, then the ECOA
 * code, the consumer information indicator if any, the country code and the first address line
 * (up to two blanks in a row).
 */
const IDENTITY_RUN =
  /(?<!\d)(\d{9})( ?)((?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d\d)\2(\d{10})\2[0-9A-Z](?: [0-9A-Z]{1,2})?? ?[A-Z]{2} ?([0-9A-Z][0-9A-Za-z.,#'/-]*(?: [0-9A-Za-z.,#'/-]+){0,7})/dg;

function spacedIdentityRun(text: string, at: number, ctx: SpanContext): void {
  IDENTITY_RUN.lastIndex = at + 4;
  const m = IDENTITY_RUN.exec(text);
  // The run belongs to this record: it starts within the record's length.
  if (m === null || m.index - at > 426) return;
  const entities = ['US_SSN', '', 'DATE_OF_BIRTH', 'PHONE', 'ADDRESS'];
  for (let g = 1; g <= 5; g++) {
    const range = m.indices![g];
    if (range === undefined || entities[g - 1] === '') continue;
    pushSpan(ctx, text, range[0], range[1], entities[g - 1]!, 'structure:metro2');
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function digitsAt(text: string, from: number, count: number): boolean {
  for (let i = from; i < from + count; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

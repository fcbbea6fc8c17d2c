import type { TextScan } from '../detect/types.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * HL7 v2 messages (ADT, ORU… as interface engines such as Mirth log them): segments one per line
 * (`\r` or `\n`), fields split by `|`, components by `^`, repetitions by `~`. The patient's data sit
 * at fixed field positions (HL7 v2.5 chapter 3, PID and NK1 field definitions), in upper case and
 * without any name beside them, so no key rule or detector sees them.
 *
 * PID-2/3/4 (patient identifiers): the id (first component of each repetition) is masked as
 * MEDICAL_RECORD_NUMBER, the assigning authority and type code stay; PID-5 name, PID-6 mother's
 * maiden name, PID-9 alias (PERSON), PID-7 birth date (DATE_OF_BIRTH), PID-11 address (ADDRESS),
 * PID-13/14 phones (PHONE), PID-18 account number (BANK_ACCOUNT), PID-19 SSN (US_SSN), PID-20
 * driver's licence (DRIVER_LICENSE) are masked whole; NK1-2 name, NK1-4 address, NK1-5/6 phones of
 * the next of kin likewise. Message control fields (MSH), codes and visit data stay.
 */

type FieldRule = { entity: string; firstComponent?: boolean };

const SEGMENTS: Readonly<Record<string, Readonly<Record<number, FieldRule>>>> = {
  PID: {
    2: { entity: 'MEDICAL_RECORD_NUMBER', firstComponent: true },
    3: { entity: 'MEDICAL_RECORD_NUMBER', firstComponent: true },
    4: { entity: 'MEDICAL_RECORD_NUMBER', firstComponent: true },
    5: { entity: 'PERSON' },
    6: { entity: 'PERSON' },
    7: { entity: 'DATE_OF_BIRTH' },
    9: { entity: 'PERSON' },
    11: { entity: 'ADDRESS' },
    13: { entity: 'PHONE' },
    14: { entity: 'PHONE' },
    18: { entity: 'BANK_ACCOUNT', firstComponent: true },
    19: { entity: 'US_SSN' },
    20: { entity: 'DRIVER_LICENSE', firstComponent: true },
  },
  NK1: {
    2: { entity: 'PERSON' },
    4: { entity: 'ADDRESS' },
    5: { entity: 'PHONE' },
    6: { entity: 'PHONE' },
  },
};

/**
 * A segment of interest at the start of the text or of a line (`\r`, `\n`, or a JSON-escaped `\r`),
 * whose first field is a set id (digits or empty) followed by at least two more fields: `PID|PPID|CMD`
 * of a process listing is not one.
 */
const SEGMENT_START = /(?:^|[\r\n]|\\r|\\n)(PID|NK1)\|(?=\d{0,4}\|[^|\r\n]*\|[^|\r\n]*\|)/g;

export function hl7Spans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  SEGMENT_START.lastIndex = 0;
  for (let m = SEGMENT_START.exec(text); m !== null; m = SEGMENT_START.exec(text)) {
    const rules = SEGMENTS[m[1]!]!;
    let field = 1;
    let start = m.index + m[0].length;
    for (let i = start; ; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 13;
      const endOfSegment = c === 13 || c === 10 || (c === 92 && (text[i + 1] === 'r' || text[i + 1] === 'n'));
      if (c === 124 || endOfSegment) {
        const rule = rules[field];
        if (rule !== undefined && i > start) fieldSpans(ctx, text, start, i, rule);
        if (endOfSegment) {
          SEGMENT_START.lastIndex = i;
          break;
        }
        field++;
        start = i + 1;
      }
    }
  }
}

/** The whole field, or the first component of each repetition (`id^^^authority^type~id2^…`). */
function fieldSpans(ctx: SpanContext, text: string, start: number, end: number, rule: FieldRule): void {
  if (!rule.firstComponent) {
    if (/[^\s^~&]/.test(text.slice(start, end))) pushSpan(ctx, text, start, end, rule.entity, 'structure:hl7');
    return;
  }
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 126;
    if (c === 126) {
      const caret = text.indexOf('^', from);
      const idEnd = caret >= 0 && caret < i ? caret : i;
      if (idEnd > from) pushSpan(ctx, text, from, idEnd, rule.entity, 'structure:hl7');
      from = i + 1;
    }
  }
}

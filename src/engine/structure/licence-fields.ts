import type { SpanContext } from './types.js';
import { pushSpan } from './types.js';

/**
 * The numbered fields of an EU driving licence (Directive 2006/126/EC, Annex I: the same numbers
 * on every member state's card, and on the UK's), as an OCR pass prints the card's front line by
 * line: `1.` surname, `2.` given names, `3.` date and place of birth, `4a.`–`4c.` issue, expiry
 * and authority, `5.` licence number, `8.` address. A text that holds the `4c.` field and the
 * `4b.` field with its date is such a card; then the lines `1.` and `2.` are the holder's names, the date that opens `3.`
 * the birth date, and line `8.` the holder's address (red-team round 31). Any other numbered list
 * stays.
 */
const FIELD_LINE = /(?:^|\n)[ \t]*([1238])\.[ \t]+([^\n]{2,120})/g;
const LEADING_DATE = /^\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d)/;
/** The expiry field with its date (`4b. 18.01.2027`). */
const EXPIRY_FIELD = /(?:^|\s)4b\.[ \t]+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)/;

/** Whether `text` may be a licence's fields (the caller's gate: `4c. ` in a text with digits and line breaks). */
export function mayHoldLicenceFields(text: string): boolean {
  return text.indexOf('4c. ') >= 0 && EXPIRY_FIELD.test(text);
}

export function licenceFieldSpans(text: string, ctx: SpanContext): void {
  FIELD_LINE.lastIndex = 0;
  for (let m = FIELD_LINE.exec(text); m !== null; m = FIELD_LINE.exec(text)) {
    const start = m.index + m[0].length - m[2]!.length;
    const line = m[2]!.trimEnd();
    // A field that runs into the next one on the same line (`3. 11.03.1976 4a. …`) ends before it.
    const next = line.search(/\s4[abcd]\.\s/);
    const end = start + (next >= 0 ? next : line.length);
    const field = m[1];
    if (field === '3') {
      const date = LEADING_DATE.exec(line);
      if (date !== null) pushSpan(ctx, text, start, start + date[0].length, 'DATE_OF_BIRTH', 'structure:licence_fields');
    } else pushSpan(ctx, text, start, end, field === '8' ? 'ADDRESS' : 'PERSON', 'structure:licence_fields');
  }
}

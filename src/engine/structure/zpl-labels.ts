import type { TextScan } from '../detect/types.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * Patient labels in Zebra ZPL (specimen tubes, wristbands, pharmacy bags) as print services and LIS
 * interfaces log the print job: each printed field is `^FD<data>^FS`, so a label word glued to
 * `^FD` (`^FDDOB: 04/11/1958`) has no word boundary before it and the name field stands alone
 * with no name before it (`^FDHALVORSEN, INGRID^FS`). Red-team round 45. On a label that names a
 * birth date or an MRN in one of its fields, the birth date after its label and the first field
 * shaped like a person's name (`SURNAME, GIVEN`, `Given Surname`, also in lower case, before a
 * `dob` in the same field) are masked (detector `structure:zpl_label`). Barcodes, accession
 * numbers, tube and test codes stay. The keyword pass gates on `^fd` (ZPL_KEYWORDS).
 */
export const ZPL_KEYWORDS: readonly string[] = ['^fd'];

const BIRTH_LABEL = /^(?:dob|d\.o\.b\.?|birth ?date|born)\s*[:.#]?\s*/i;
const DATE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d\d)|\d{4}-\d\d-\d\d|\d\d[A-Za-z]{3}\d{4})(?![\w/.-])/;
const IDENTITY_WORD = /\b(?:dob|mrn|d\.o\.b)\b/i;
/** Two or three words of letters, the first two maybe `SURNAME, GIVEN`; an initial may end it. */
const NAME_SHAPE = /^\p{L}[\p{L}'’-]+(?:, ?| )\p{L}[\p{L}'’-]+(?: \p{L}[\p{L}'’.-]*)?$/u;
/** Where a `dob` label starts inside a field that opens with the name. */
const NAME_THEN_BIRTH = /\s+(?:dob|d\.o\.b\.?|born)\b/i;

export function zplLabelSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  let identity = false;
  let nameStart = -1;
  let nameEnd = -1;
  for (let at = text.indexOf('^FD'); at >= 0; ) {
    const start = at + 3;
    let end = text.indexOf('^', start);
    if (end < 0) end = text.length;
    at = end < text.length ? text.indexOf('^FD', end) : -1;
    const field = text.slice(start, end);
    if (field.length < 3 || field.length > 120) continue;
    const label = BIRTH_LABEL.exec(field);
    if (label !== null) {
      const date = DATE.exec(field.slice(label[0].length));
      if (date !== null)
        pushSpan(ctx, text, start + label[0].length, start + label[0].length + date[0].length, 'DATE_OF_BIRTH', 'structure:zpl_label');
      identity = true;
      continue;
    }
    if (IDENTITY_WORD.test(field)) identity = true;
    if (nameStart >= 0) continue;
    const birth = NAME_THEN_BIRTH.exec(field);
    const name = (birth === null ? field : field.slice(0, birth.index)).trim();
    if (NAME_SHAPE.test(name)) {
      nameStart = start + field.indexOf(name);
      nameEnd = nameStart + name.length;
    }
  }
  if (identity && nameStart >= 0) pushSpan(ctx, text, nameStart, nameEnd, 'PERSON', 'structure:zpl_label');
}

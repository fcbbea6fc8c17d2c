import type { TextScan } from '../detect/types.js';
import { isCompanyName, isFacilityName } from './company-name.js';
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

/**
 * A shipping label's addressee field (`^FDSHIP TO:^FS`, `^FDDELIVER TO^FS`: UPS, FedEx and carrier
 * label templates; red-team round 42): the name shaped field right after it, or after the label in
 * the same field, is the recipient's, masked as PERSON unless it names a company; a field right
 * after it that opens with a house number and a word is the recipient's street (ADDRESS).
 */
const STREET_FIELD = /^\d{1,6}[A-Za-z]?(?:-\d{1,4})? \p{L}[\p{L}.'’ -]{2,60}$/u;
const ADDRESSEE_LABEL = /^(?:ship ?to|deliver ?to|recipient|consignee|attn|attention)\b\s*:?\s*/i;

/**
 * A child check-in label (Planning Center Check-Ins and Rock RMS print the child's first name large,
 * the last name under it, then the allergy, the parent or guardian and the pick-up code; red-team
 * round 98): on a label with such a field, the first two fields when they are single capitalised
 * words are the child's given name and surname (CHECKIN_NAME_FIELDS). A room, a code or a date is
 * no single word of letters.
 */
const CHECKIN_FIELD = /^(?:allerg(?:y|ies)|medical|parent|guardian|pick-?up)\b/i;
const SINGLE_NAME_WORD = /^\p{Lu}[\p{L}'’-]{1,40}$/u;
/** How many fields may open a check-in label with the child's name. */
const CHECKIN_NAME_FIELDS = 2;

export function zplLabelSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  let checkin = false;
  let fieldIndex = 0;
  const childName: number[] = [];
  let addressee = false;
  let street = false;
  let identity = false;
  let nameStart = -1;
  let nameEnd = -1;
  for (let at = text.indexOf('^FD'); at >= 0; ) {
    const start = at + 3;
    let end = text.indexOf('^', start);
    if (end < 0) end = text.length;
    at = end < text.length ? text.indexOf('^FD', end) : -1;
    const field = text.slice(start, end);
    if (fieldIndex++ < CHECKIN_NAME_FIELDS && childName.length === 2 * (fieldIndex - 1) && SINGLE_NAME_WORD.test(field))
      childName.push(start, end);
    if (field.length < 3 || field.length > 120) continue;
    if (CHECKIN_FIELD.test(field)) checkin = true;
    if (street) {
      street = false;
      if (STREET_FIELD.test(field)) {
        pushSpan(ctx, text, start, end, 'ADDRESS', 'structure:zpl_label');
        continue;
      }
    }
    const to = ADDRESSEE_LABEL.exec(field);
    if (to !== null || addressee) {
      const name = (to === null ? field : field.slice(to[0].length)).trim();
      addressee = to !== null && name.length === 0;
      if (name.length > 0 && NAME_SHAPE.test(name) && !isCompanyName(name) && !isFacilityName(name)) {
        const from = start + field.indexOf(name, to === null ? 0 : to[0].length);
        pushSpan(ctx, text, from, from + name.length, 'PERSON', 'structure:zpl_label');
        street = true;
      }
      if (to !== null) continue;
    }
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
  if (checkin)
    for (let i = 0; i < childName.length; i += 2) pushSpan(ctx, text, childName[i]!, childName[i + 1]!, 'PERSON', 'structure:zpl_label');
}

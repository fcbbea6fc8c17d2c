import { usSsnValid } from '../detect/validators.js';
import { PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * IAIABC EDI Release 3 first and subsequent reports of injury (FROI / SROI) logged as one line of
 * fields joined by `*` without labels, as state gateways and claims systems echo a rejected
 * record (`seg="FROI*00*TX-25-0091822*20250401*536904399*OYELARAN*THADDEUS*19850317*…"`;
 * leftovers of red-team round 75). The fields carry no names, so the employee's are read by their
 * order: a field that is a valid SSN (nine digits: usSsnValid), the one to three fields of letters
 * right after it (last, first and middle name or initial), and a compact birth date right after those
 * (CCYYMMDD, a plausible year). Codes, claim numbers, dates before the SSN and amounts stay; a
 * segment without a valid SSN is left alone (`SROI*IP*CA*04*EFT`).
 */
const SEGMENT = /(?<![A-Za-z0-9])[FS]ROI\*[^\s"'<>]{8,600}/g;
const NAME_FIELD = /^[A-Z][A-Z'’-]*[A-Z]$/;
const COMPACT_BIRTH_DATE = /^(?:19\d\d|20[0-2]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/** A name field: capitals (`-`, `'` inside) of 2–40 letters, or, third after the SSN, a middle initial. */
function isNameField(field: string, nth: number): boolean {
  if (field.length === 1) return nth === 3 && field >= 'A' && field <= 'Z';
  return field.length <= 40 && NAME_FIELD.test(field);
}

/** Whether `text` may hold such a segment: `ROI*`, read by the caller after its cheap gates. */
export function mayHoldInjuryReport(text: string): boolean {
  return text.indexOf('ROI*') > 0 || text.startsWith('FROI*') || text.startsWith('SROI*');
}

export function injuryReportSpans(text: string, ctx: SpanContext): void {
  SEGMENT.lastIndex = 0;
  for (let m = SEGMENT.exec(text); m !== null; m = SEGMENT.exec(text)) {
    const fields = m[0].split('*');
    let at = m.index;
    const starts: number[] = [];
    for (const f of fields) {
      starts.push(at);
      at += f.length + 1;
    }
    const ssn = fields.findIndex((f, k) => k > 0 && f.length === 9 && /^\d{9}$/.test(f) && usSsnValid(f));
    if (ssn < 0) continue;
    const push = (k: number, entity: string) => {
      const value = fields[k]!;
      if (!PLACEHOLDER_VALUE.test(value)) pushSpan(ctx, text, starts[k]!, starts[k]! + value.length, entity, 'structure:iaiabc');
    };
    push(ssn, 'US_SSN');
    let k = ssn + 1;
    while (k < fields.length && k <= ssn + 3 && isNameField(fields[k]!, k - ssn)) {
      // A middle initial is read past, not masked: one letter names no one.
      if (fields[k]!.length > 1) push(k, 'PERSON');
      k++;
    }
    if (k > ssn + 1 && k < fields.length && COMPACT_BIRTH_DATE.test(fields[k]!)) push(k, 'DATE_OF_BIRTH');
  }
}

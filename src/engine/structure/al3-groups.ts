import { isCompanyName } from './company-name.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * ACORD AL3 insured groups echoed by a download or translator error (`5BIS10 ABERNETHY-COLE
 * WINIFRED  77 LARCHMONT TER  AKRON OH44313`; leftovers of red-team round 75): the Basic Insured
 * Segment (`5BIS` and its length) lays out the insured's last and first names in fixed-width
 * fields padded with blanks, then the street. Read only when two name cells (capitals, one or two
 * words each) stand before a cell that opens with a house number: a commercial insured's name
 * (`ACME ROOFING LLC`, one cell of three words) and other groups (`6CVH` vehicle, `5LAG` location
 * codes) stay.
 */
const INSURED_GROUP =
  /(?<![A-Z0-9])5BIS\d{1,4} +([A-Z][A-Z'’-]*[A-Z](?: [A-Z][A-Z'’-]*[A-Z])?) {2,}([A-Z][A-Z'’-]*[A-Z](?: [A-Z]\.?)?) {2,}(\d{1,6} [A-Z0-9][A-Z0-9.'’ -]{1,40}?)(?= {2,}|$)/dg;

/** Whether `text` may hold such a group: `5BIS`, read by the caller after its cheap gates. */
export function mayHoldAl3Insured(text: string): boolean {
  return text.indexOf('5BIS') >= 0;
}

export function al3InsuredSpans(text: string, ctx: SpanContext): void {
  INSURED_GROUP.lastIndex = 0;
  for (let m = INSURED_GROUP.exec(text); m !== null; m = INSURED_GROUP.exec(text)) {
    if (isCompanyName(`${m[2]!} ${m[1]!}`)) continue;
    const [last, first, street] = [m.indices![1]!, m.indices![2]!, m.indices![3]!];
    pushSpan(ctx, text, last[0], last[1], 'PERSON', 'structure:al3');
    pushSpan(ctx, text, first[0], first[1], 'PERSON', 'structure:al3');
    pushSpan(ctx, text, street[0], street[1], 'ADDRESS', 'structure:al3');
  }
}

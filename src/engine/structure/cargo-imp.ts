import type { TextScan } from '../detect/types.js';
import { isCompanyName, isFacilityName } from './company-name.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * The party lines of IATA Cargo-IMP air waybill and house waybill messages (FWB, FHL: the
 * line-oriented text airlines, forwarders and customs brokers exchange and log), red-team round 42:
 * a party opens with its tag at a line's start (`SHP` shipper, `CNE` consignee, `NFY` notify), then
 * continuation lines each open with `/`:
 *
 *     CNE/ACCOUNT-OR-NAME        (FWB: an account number, the name on the next line; FHL: the name)
 *     /NAME
 *     /STREET ADDRESS
 *     /PLACE/STATE
 *     /CC/POSTCODE/TE/NUMBER     (contact id TE telephone, FX telefax, TL telex, then the number)
 *
 * The name (two to six words of letters) is masked as PERSON unless it names a company (a legal form, a facility's head word);
 * a consignee's or notify party's street always, a shipper's only beside a person's name, as
 * ADDRESS; the contact number as PHONE (detector `structure:cargo_imp`). Place, state, country and
 * postcode stay, as do the waybill, routing and goods lines. The keyword pass gates on `cne/`,
 * `shp/`, `nfy/` and the message ids `fwb/`, `fhl/` (a party without an account is `CNE` alone on
 * its line), and the handler on a line break (CARGO_IMP_KEYWORDS).
 */
export const CARGO_IMP_KEYWORDS: readonly string[] = ['cne/', 'shp/', 'nfy/', 'fwb/', 'fhl/'];

const DETECTOR = 'structure:cargo_imp';
const PARTY_LINE = /(?:^|\n)(SHP|CNE|NFY)(?:\/([^\n]*))?\r?\n/g;
/** An account number on the tag line (FWB): letters and digits without a blank, a digit in them. */
const ACCOUNT = /^(?=[^\s]*\d)[A-Z0-9-]{1,14}$/;
const CONTACT = /\/(?:TE|FX|TL)\/([+\d][\d ()-]{5,24})\s*$/;

export function cargoImpSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  PARTY_LINE.lastIndex = 0;
  for (let m = PARTY_LINE.exec(text); m !== null; m = PARTY_LINE.exec(text)) {
    const role = m[1]!;
    let at = m.index + m[0].length;
    let nameStart = -1;
    let nameEnd = -1;
    const onTag = m[2]?.replace(/\s+$/, '') ?? '';
    if (onTag.length > 0 && !ACCOUNT.test(onTag)) {
      nameStart = m.index + m[0].indexOf('/') + 1;
      nameEnd = nameStart + onTag.length;
    }
    // The continuation lines: name (unless on the tag line), street, place, contact.
    const lines: [number, number][] = [];
    while (at < text.length && text.charCodeAt(at) === 47 && lines.length < 5) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      lines.push([at + 1, text.charCodeAt(end - 1) === 13 ? end - 1 : end]);
      at = end + 1;
    }
    if (nameStart < 0 && lines.length > 0) [nameStart, nameEnd] = lines.shift()!;
    if (nameStart < 0 || nameEnd - nameStart < 3) continue;
    PARTY_LINE.lastIndex = Math.max(PARTY_LINE.lastIndex, at - 1);
    const name = text.slice(nameStart, nameEnd);
    const trimmed = name.trim();
    const person = NAME_SHAPE.test(trimmed) && !NO_PARTY.test(trimmed) && !isCompanyName(trimmed) && !isFacilityName(trimmed);
    if (person) pushSpan(ctx, text, nameStart, nameEnd, 'PERSON', DETECTOR);
    const street = lines[0];
    if (street !== undefined && (person || role !== 'SHP')) {
      const value = text.slice(street[0], street[1]);
      if (value.indexOf('/') < 0 && DIGIT.test(value) && LETTERS.test(value))
        pushSpan(ctx, text, street[0], street[1], 'ADDRESS', DETECTOR);
    }
    for (const [start, end] of lines) {
      const line = text.slice(start, end);
      const contact = CONTACT.exec(line);
      if (contact === null) continue;
      const number = contact[1]!.trimEnd();
      const from = start + line.lastIndexOf(number);
      pushSpan(ctx, text, from, from + number.length, 'PHONE', DETECTOR);
    }
  }
}
/** Two to six words of letters: a person's name as a waybill prints it (`AISHA RAHMAN`, `J. O'NEILL`). */
const NAME_SHAPE = /^\p{L}[\p{L}.'’-]*(?: \p{L}[\p{L}.'’-]*){1,5}$/u;
/** What stands in a party's name line instead of a party (`SAME AS CONSIGNEE`, `TO ORDER`). */
const NO_PARTY = /^(?:same as|as per|to (?:the )?order|see |notify|unknown|not applicable)/i;
const LETTERS = /\p{L}{2}/u;
const DIGIT = /\d/;

import { SIG_DASH, SIG_DIGIT, SIG_UPPER } from '../char-signature.js';
import type { TextScan } from '../types.js';
import { regexDetector } from './helpers.js';
import { US_STATE_CODES } from './person-names.js';

/**
 * Driver licences in fleet, dispatch and yard notes (red-team round 76 and its leftovers): drivers
 * and dispatchers type them in lower case after a short lead (`lic # f4826613`, `dl# k512-438-71-902-0`,
 * `license no. w425-0193-6624-07`, `lic: w425-0193-6624 il`) or after `lic.` and the issuing state
 * (`(lic. NY 612 904 337)` of an ELD edit annotation); and carriers' exports list them in header-less
 * rows beside the state cell (`E-1044|Wolstenholme|Cordelia|M162-5530-8817|IL|A`). Underwriting
 * and policy-service notes write a bare `dl` / `lic` before a number in a state's layout (`dl
 * b5502917 (ca)`, `lic 612 448 207 ny`), and AL3 downloads print the licence before the state in
 * fixed-width fields (`19911205 E236-118-91-445-0 FL`): red-team round 83.
 */

/** Words before `licence` that make it a product's (`software license no. …`). */
const PRODUCT_LICENCE_BEFORE =
  /(?:software|product|site|volume|user|seat|server|trial|oem|retail|subscription|enterprise|app|plugin|business|liquor|firearms?)[ \t]+$/;

/**
 * The lead and the number: `lic` / `licence` / `license` / `dl` / `cdl` with `#`, `no`, `nbr` or
 * `number` after it (any case), or `lic` with `.` or `:`; an optional state code; then a number in
 * a state's layout: up to 2 letters and 5–14 digits (up to 2 letters after), a letter and 3 digits
 * then 2–4 dash groups, or New York's 3-3-3 digits.
 */
const LEAD_LICENCE =
  /(?<![a-z0-9])(?:(?:(?:lic|licen[cs]e|c?dl)[ \t]?(?:#|no\.?|nbr\.?|num(?:ber)?)|lic[.:])[ \t]*[:#]?[ \t]*(?:([a-z]{2})[ \t]+)?([a-z]{0,2}\d{5,14}[a-z]{0,2}|[a-z]\d{3}(?:-\d{1,4}){2,4}|\d{3} \d{3} \d{3})|(?:lic|c?dl)[ \t]([a-z]\d{7}|[a-z]\d{3}(?:-\d{1,4}){2,4}|\d{3} \d{3} \d{3}))(?![\w]|-\d)/dgi;

/** The lead as LEAD_LICENCE reads it, at the end of the text before the number. */
const LEAD_BEFORE =
  /(?<![a-z0-9])(?:(?:(?:lic|licen[cs]e|c?dl)[ \t]?(?:#|no\.?|nbr\.?|num(?:ber)?)|lic[.:])[ \t]*[:#]?[ \t]*(?:([a-z]{2})[ \t]+)?|(?:lic|c?dl)[ \t])$/i;

function leadLicence(v: string, scan: TextScan, start: number): string | undefined {
  if (v.includes('-')) {
    const digits = v.length - v.replace(/\d/g, '').length;
    if (digits < 8 || digits > 14) return undefined;
  }
  // A number of one repeated digit is a placeholder.
  if (/^(\d)\1+$/.test(v.replace(/\D/g, ''))) return undefined;
  const before = scan.text.slice(Math.max(0, start - 48), start);
  const lead = LEAD_BEFORE.exec(before);
  if (lead === null) return undefined;
  // The state between the lead and the number (`lic. NY 612 904 337`) must be one.
  if (lead[1] !== undefined && !US_STATE_CODES.has(lead[1].toUpperCase())) return undefined;
  // `software license no. 12345678`: a product's licence.
  return PRODUCT_LICENCE_BEFORE.test(before.slice(0, lead.index).toLowerCase()) ? undefined : v;
}

/**
 * A driver licence after a short lead in any case (`lic # f4826613`, `dl# k512-438-71-902-0`,
 * `license no. w425-0193-6624-07`, `lic: w425-0193-6624`, `lic. NY 612 904 337`).
 */
export const driverLicenceShortLead = regexDetector({
  id: 'driver_licence_short_lead',
  entity: 'DRIVER_LICENSE',
  description: 'Driver licence numbers in any case after lic # / lic. / lic: / dl# / cdl# / license no., a state code optional between',
  validation:
    'the lead (lic, licence, license, dl or cdl with #, no, nbr or number; lic with . or :), an optional US state code, then a number in a state layout (up to 2 letters and 5–14 digits, a letter and 3 digits then dash groups of 8–14 digits in all, or 3-3-3 digits); or a bare lic / dl / cdl and a blank before a letter and 7 digits, a dash layout or 3-3-3 digits; not after software / product / site / volume words, no repeated digit',
  context: true,
  example: 'officer took lic # f4826613',
  keywords: ['lic', 'dl'],
  prefilter: (s) => s.hasDigit,
  pattern: LEAD_LICENCE,
  group: [2, 3],
  validate: leadLicence,
});

/** A state code as a whole cell right after the number's cell (`|IL|`, `,FL,`), or before it. */
// Or the next blank-separated field of a fixed-width row (ACORD AL3 `5DRV` groups as an agency
// download log prints them: `… 19911205 E236-118-91-445-0 FL`; red-team round 83).
const STATE_CELL_AFTER = /^(?:[ \t]*[|,;\t][ \t]*([A-Z]{2})[ \t]*(?:[|,;\t\r\n]|$)|[ \t]+([A-Z]{2})(?![\w-]))/;
const STATE_CELL_BEFORE = /(?:^|[|,;\t\n])[ \t]*([A-Z]{2})[ \t]*[|,;\t][ \t]*$/;

/**
 * A licence number in a state's dash layout (Illinois X999-9999-9999, Florida X999-999-99-999-9,
 * Wisconsin X999-9999-9999-99: a letter, then 10–13 digits in dash groups) as a whole cell of a
 * header-less pipe, CSV, semicolon or tab row, beside a cell that is a US state code: a driver
 * export or a qualification-file index pasted in a ticket, where no header names the column.
 */
export const driverLicenceStateCell = regexDetector({
  id: 'driver_licence_state_cell',
  entity: 'DRIVER_LICENSE',
  description: 'Driver licence numbers in dash layouts as a cell of a header-less row beside a US state code cell',
  validation:
    'a whole cell (between |, comma, ; or tab) of a letter and 3 digits then 2–4 dash groups, 11–14 digits in all, with the next or the previous cell a US state code, or a US state code as the next blank-separated field (a fixed-width row)',
  context: true,
  example: 'E-1044|Wolstenholme|Cordelia|M162-5530-8817|IL|A',
  // Its first dash follows a letter and three digits: searched from the fourth character on.
  // The prefilter's characters (capitalDigit (an A–Z and a digit) and a `-`): a text without them skips the call (stop 43).
  needs: { all: SIG_UPPER | SIG_DIGIT | SIG_DASH },
  prefilter: (s) => s.capitalDigit && s.text.indexOf('-', 4) !== -1,
  pattern: /(?<![^\n|,;\t ])[A-Z]\d{3}(?:-\d{1,4}){2,4}(?=[ \t]*(?:[|,;\t\r\n]|$)|[ \t]+[A-Z]{2}(?![\w-]))/g,
  validate: (v, scan, start) => {
    const digits = v.length - v.replace(/\d/g, '').length;
    if (digits < 11 || digits > 14) return undefined;
    const text = scan.text;
    const end = start + v.length;
    const after = STATE_CELL_AFTER.exec(text.slice(end, end + 12));
    if (after !== null && US_STATE_CODES.has((after[1] ?? after[2])!)) return v;
    const before = STATE_CELL_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    if (before !== null && US_STATE_CODES.has(before[1]!)) return v;
    return undefined;
  },
});

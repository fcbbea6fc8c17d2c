import { SIG_UPPER } from '../char-signature.js';
import { regexDetector } from './helpers.js';

/**
 * Advance Passenger Information in a PNR: the `SSR DOCS` element (IATA / GDS format, as airline
 * PNR histories and booking logs print it: `SSR DOCS BA HK1 P/GBR/503949273/GBR/12JUL82/M/20NOV29/
 * SMITH/JOHN/PAUL`, or dash-separated in the Amadeus entry `SRDOCS BA HK1-P-GBR-…`; a passenger
 * name list's `.R/DOCS HK1/P/…` remark has no airline). Everything from the document number on is the passenger's: document number, nationality, date of birth,
 * gender, expiry and names; the airline, status and issuing state before it stay.
 */
export const apisDocs = regexDetector({
  id: 'apis_docs',
  entity: 'TRAVEL_DOCUMENT',
  description: 'Passenger travel-document data in PNR SSR DOCS elements (APIS: passport number, date of birth, names)',
  validation:
    'DOCS, airline, status, document type and issuing state, then the document number, nationality, DDMMMYY birth date, gender, expiry and surname',
  context: false,
  example: 'SSR DOCS BA HK1 P/GBR/503949273/GBR/12JUL82/M/20NOV29/SMITH/JOHN',
  keywords: ['docs'],
  prefilter: (s) => s.text.length >= 40,
  pattern:
    /(?<![A-Za-z])(?:SR)?DOCS ?(?:[A-Z0-9]{2} ?)?HK\d[ /-]?[A-Z]{0,2}[/-][A-Z]{3}[/-]([A-Z0-9]{5,20}[/-][A-Z]{3}[/-]\d{2}[A-Z]{3}\d{2}[/-][MFU]I?[/-](?:\d{2}[A-Z]{3}\d{2})?[/-][A-Z][A-Z']{0,39}(?: [A-Z][A-Z']{0,39})?(?:[/-][A-Z][A-Z']{1,39}(?: [A-Z][A-Z']{0,39})?){0,2})/dg,
  group: 1,
  validate: (v) => v,
});

/**
 * The passenger name of an IATA Bar Coded Boarding Pass (Resolution 792 mandatory items, as gate
 * scanners and airline apps log the decoded barcode): `M1` and the number of legs, the 20-character
 * name field `SURNAME/GIVEN` padded with blanks, the electronic-ticket indicator, a 7-character
 * PNR code, the from / to airports and the carrier. The fixed positions are the evidence.
 */
export const boardingPassName = regexDetector({
  id: 'boarding_pass_name',
  entity: 'PERSON',
  description: 'Passenger names in IATA BCBP boarding-pass strings',
  validation:
    'M1–M4, a 20-character SURNAME/GIVEN field, E or blank, a 7-character PNR, two 3-letter airports and a carrier at their fixed positions',
  context: false,
  example: 'M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100',
  // `M1` is a capital next to a digit: the shared pass gates it (two-letter keywords would slow
  // the keyword pass on every string).
  requires: 'capital_digit',
  prefilter: (s) => s.text.length >= 60 && s.capitalDigit && s.text.indexOf('/') >= 0,
  pattern: /(?<![A-Za-z0-9])M[1-4]([A-Z][A-Z' -]{0,18}\/[A-Z' -]{0,18})[E ][A-Z0-9 ]{7}[A-Z]{3}[A-Z]{3}[A-Z0-9 ]{3}[0-9 ]{4}/dg,
  group: 1,
  validate: (v) => (v.length === 20 ? v.trimEnd() : undefined),
});

/**
 * A PNR name element's gate: a number, a dot, an optional passenger number and `SURNAME/` then a
 * capital. Read back from each `/` with native searches, so prose and URLs cost a few reads per
 * slash instead of a regex pass over the text.
 */
function pnrNameGate(t: string): boolean {
  for (let i = t.indexOf('/', 3); i !== -1; i = t.indexOf('/', i + 1)) {
    if (!isCapital(t.charCodeAt(i + 1))) continue;
    let j = i - 1;
    while (j >= 0 && i - j <= 36 && (isCapital(t.charCodeAt(j)) || t.charCodeAt(j) === 39 || t.charCodeAt(j) === 45)) j--;
    if (i - j < 3) continue;
    let k = j;
    while (k >= 0 && j - k < 2 && isDigit(t.charCodeAt(k))) k--;
    if (t.charCodeAt(k) === 46 && isDigit(t.charCodeAt(k - 1))) return true;
  }
  return false;
}
function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Passenger names of a PNR display (Amadeus `RT`: `  1.JOHNSON/SIMON MR`, several per line
 * apart by blanks; Sabre `*A`: ` 1.1ERIKSSON/ANNA MARIA MRS`): the element number, a dot,
 * `SURNAME/GIVEN NAMES` in capitals and the title. The title or Sabre's passenger number
 * (`1.1`) is the evidence, so a numbered `TKT/TIME LIMIT` stays.
 */
export const pnrName = regexDetector({
  id: 'pnr_name',
  entity: 'PERSON',
  description: 'Passenger names in GDS PNR displays (Amadeus, Sabre name elements)',
  validation:
    'at a line start or after two blanks: element number, dot, SURNAME/GIVEN in capitals, then a title (MR, MRS, MS, MSTR, MISS, DR, CHD, INF) or Sabre’s n.n passenger number',
  context: false,
  example: '  1.JOHNSON/SIMON MR   2.JOHNSON/ANNA MRS',
  prefilter: (s) => (s.signature & SIG_UPPER) !== 0 && pnrNameGate(s.text),
  pattern:
    /(?<=(?:^|\n)[ \t]{0,4}| {2})\d{1,2}\.(\d{1,2})?([A-Z][A-Z'-]{1,34}\/[A-Z][A-Z'-]{0,30}(?: [A-Z][A-Z'-]{0,30}){0,3}?)(?: (MRS|MR|MS|MISS|MSTR|DR|CHD|INF))?(?=[ \t]*(?:\r?\n|$)| {2})/dg,
  group: 2,
  validate: (v, scan, start) => {
    const at = scan.text.lastIndexOf('.', start);
    const sabre = at > 0 && start - at > 1;
    const rest = scan.text.slice(start + v.length, start + v.length + 6);
    return sabre || PNR_TITLE_AFTER.test(rest) ? v : undefined;
  },
});
const PNR_TITLE_AFTER = /^ (?:MRS|MR|MS|MISS|MSTR|DR|CHD|INF)(?![A-Z])/;

/**
 * Passenger names of an IATA passenger name list (PNL / ADL, as departure control systems
 * exchange them): the number of seats, `SURNAME/GIVEN` with the title glued on, then the
 * `.L/` (record locator) or `.R/` (remark) element.
 */
export const pnlName = regexDetector({
  id: 'pnl_name',
  entity: 'PERSON',
  description: 'Passenger names in IATA PNL / ADL lines',
  validation: 'at a line start: seat count, SURNAME/GIVEN in capitals (title glued on), then a .L/ or .R/ element',
  context: false,
  example: '1OKONKWO/CHIDIMR .L/ZK4P7N',
  // `.L/` and `.R/`: a needle that starts with a blank is slow to find in prose.
  prefilter: (s) => s.text.indexOf('.L/') !== -1 || s.text.indexOf('.R/') !== -1,
  pattern: /(?<=(?:^|\n)\d{1,2})([A-Z][A-Z'-]{1,34}\/[A-Z][A-Z' ]{0,40}?)(?:MRS|MR|MS|MISS|MSTR|CHD|INF)?(?= \.[LR]\/)/dg,
  group: 1,
  validate: (v) => v,
});

/**
 * The document of an `SSR FOID` element (form of identification: `SSR FOID SK HK1/PPL898902C3`,
 * Amadeus `SRFOID AA HK1-NIX1234567A/P1`): after the airline and status, the document type (PP
 * passport, NI national id, DL driving licence, ID, CC card, FF frequent flyer) and its number.
 */
export const pnrFoid = regexDetector({
  id: 'pnr_foid',
  entity: 'TRAVEL_DOCUMENT',
  description: 'Identity documents in PNR SSR FOID elements',
  validation: 'FOID, airline, HK status, then PP / NI / DL / ID / CC / FF and a 4–20 character number',
  context: false,
  example: 'SSR FOID SK HK1/PPL898902C3',
  keywords: ['foid'],
  prefilter: (s) => s.text.length >= 16,
  pattern: /(?<![A-Za-z])(?:SR|SSR )?FOID ?[A-Z0-9]{2} ?HK\d[ /-](?:PP|NI|DL|ID|CC|FF)([A-Z0-9]{4,20})(?![A-Za-z0-9])/dg,
  group: 1,
  validate: (v) => v,
});

/**
 * Frequent-flyer numbers of an `SSR FQTV` element (`SSR FQTV BA HK1 BA12345678`, Amadeus
 * `FFN`-built `SR FQTV LH HK/LH992003456789012`): after the airline and status, the programme's
 * airline code and the member number.
 */
export const pnrFqtv = regexDetector({
  id: 'pnr_fqtv',
  entity: 'LOYALTY_NUMBER',
  description: 'Frequent-flyer numbers in PNR SSR FQTV elements',
  validation: 'FQTV, airline, optional HK status, then an optional airline code and 5–17 digits',
  context: false,
  example: 'SSR FQTV BA HK1 BA12345678',
  keywords: ['fqtv'],
  prefilter: (s) => s.text.length >= 14,
  pattern: /(?<![A-Za-z])(?:SR|SSR )?FQTV ?[A-Z0-9]{2}(?: ?HK\d?)?[ /-]{1,2}((?:[A-Z]{2}|[A-Z]\d|\d[A-Z])?\d{5,17})(?![A-Za-z0-9])/dg,
  group: 1,
  validate: (v) => v,
});

/**
 * Phone elements of a PNR display: Amadeus `AP` lines (`3 AP LON 44 20 7946 0018 - H`: the city
 * code, the number, a type letter) and Sabre `PHONES` (`1.CPH46701234568-M`).
 */
export const pnrPhone = regexDetector({
  id: 'pnr_phone',
  entity: 'PHONE',
  description: 'Phone numbers in PNR contact elements (Amadeus AP, Sabre PHONES)',
  validation:
    'AP (or a Sabre PHONES item number), a 3-letter city code, then 7–15 digits in blank-separated groups ending in a - type letter or the line',
  context: false,
  example: '3 AP LON 44 20 7946 0018 - H',
  prefilter: (s) => s.hasDigit && (apElementGate(s.text) || s.text.indexOf('PHONES') !== -1),
  pattern:
    /(?:(?<![A-Za-z])AP[MHBA]? ?|(?<=(?:^|\n)[ \t]{0,4}\d{1,2}\.))[A-Z]{3} ?(\+?\d[\d ]{5,20}\d)(?= ?- ?[A-Z](?![A-Za-z0-9])|[ \t]*(?:\r?\n|$))/dg,
  group: 1,
  validate: (v) => {
    const digits = v.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15 ? v : undefined;
  },
});

/**
 * An Amadeus `AP` element somewhere: `AP` not after a letter, an optional type letter and blank,
 * then a capital (the city code). `API`, `APP` and `MAP` are passed over by two reads each.
 */
function apElementGate(t: string): boolean {
  for (let i = t.indexOf('AP'); i !== -1; i = t.indexOf('AP', i + 2)) {
    const before = i > 0 ? t.charCodeAt(i - 1) : 32;
    if ((before >= 65 && before <= 90) || (before >= 97 && before <= 122)) continue;
    let j = i + 2;
    if ('MHBA'.includes(t.charAt(j)) && t.charCodeAt(j + 1) === 32) j++;
    if (t.charCodeAt(j) === 32) j++;
    if (isCapital(t.charCodeAt(j)) && isCapital(t.charCodeAt(j + 1)) && isCapital(t.charCodeAt(j + 2))) return true;
  }
  return false;
}

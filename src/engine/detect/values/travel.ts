import { SIG_DIGIT, SIG_SPACE, SIG_UPPER } from '../char-signature.js';
import { afterNameDetector } from './after-name.js';
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
  // Any case (an agent's typed `srdocslhhk1-p-gbr-…`) and two- or three-letter country codes
  // (Travelport writes `P/SE/…/SE/…`; red-team round 55).
  pattern:
    /(?<![A-Za-z])(?:SR)?DOCS ?(?:[A-Z0-9]{2} ?)?HK\d[ /-]?[A-Z]{0,2}[/-][A-Z]{2,3}[/-]([A-Z0-9]{5,20}[/-][A-Z]{2,3}[/-]\d{2}[A-Z]{3}\d{2}[/-][MFU]I?[/-](?:\d{2}[A-Z]{3}\d{2})?[/-][A-Z][A-Z']{0,39}(?: [A-Z][A-Z']{0,39})?(?:[/-][A-Z][A-Z']{1,39}(?: [A-Z][A-Z']{0,39})?){0,2})/dgi,
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
  // The name field is exactly 20 characters: a given name may not run on into the indicator and
  // a PNR code that starts with E or a blank (`GRANDMAIRE/MELANIE  EDEF456`, red-team round 55).
  pattern: /(?<![A-Za-z0-9])M[1-4]([A-Z][A-Z'/ -]{19})[E ][A-Z0-9 ]{7}[A-Z]{3}[A-Z]{3}[A-Z0-9 ]{3}[0-9 ]{4}/dg,
  group: 1,
  validate: (v) => {
    const slash = v.indexOf('/');
    return slash > 0 && slash === v.lastIndexOf('/') && v.charCodeAt(slash + 1) !== 32 ? v.trimEnd() : undefined;
  },
});

/**
 * The passenger name of a BCBP string URL-encoded in a mobile boarding-pass link (`?d=M1DESMARAIS
 * %2FLUC%20%20…%20EABC123%20YULFRAAC%200834`, red-team round 55): the same mandatory items with `/`
 * written `%2F` and blanks `%20` or `+`. The encoded slash, the padding and the PNR, airports and
 * carrier after them are the evidence.
 */
export const boardingPassNameEncoded = regexDetector({
  id: 'boarding_pass_name_encoded',
  entity: 'PERSON',
  description: 'Passenger names in URL-encoded IATA BCBP boarding-pass strings (mobile boarding-pass links)',
  validation: 'M1–M4, SURNAME%2FGIVEN, blanks as %20 or +, E or a blank, a PNR code, two 3-letter airports and a carrier',
  context: false,
  example: 'pass?d=M1DESMARAIS%2FLUC%20%20%20%20%20%20%20EABC123%20YULFRAAC%200834',
  requires: 'capital_digit',
  prefilter: (s) => s.text.length >= 60 && s.capitalDigit && (s.text.indexOf('%2F') >= 0 || s.text.indexOf('%2f') >= 0),
  pattern:
    /(?<![A-Za-z0-9])M[1-4]([A-Z][A-Z'-]{0,19}(?:(?:%20|\+)[A-Z][A-Z'-]{0,19}){0,3}%2[Ff][A-Z][A-Z'-]{0,19}(?:(?:%20|\+)[A-Z][A-Z'-]{0,19}){0,3})(?:%20|\+){1,19}(?:E|%20|\+)[A-Z0-9]{5,7}(?:%20|\+){0,2}[A-Z]{6}[A-Z0-9]{2}(?:%20|\+)/dg,
  group: 1,
  validate: (v) => v,
});

/**
 * The name a Sabre entry is associated with, after its passenger number (`3CTCEBA/…-1FERREIRA/JOANA`,
 * `3DOCSA/DB/…-1.1SMITH/JOHN`; red-team round 55): an entry line that opens with `3` and a four-letter
 * SSR code ends in a dash, the passenger number and `SURNAME/GIVEN`. The entry is the evidence.
 */
export const sabreEntryName = regexDetector({
  id: 'sabre_entry_name',
  entity: 'PERSON',
  description: 'Passenger names at the end of Sabre SSR entries (3CTCE… -1SURNAME/GIVEN)',
  validation: 'a line opening with 3 and a four-letter SSR code, ending in -, a passenger number and SURNAME/GIVEN in capitals',
  context: false,
  example: '3CTCMBA/447400123456-1SMITH/JOHN',
  // The prefilter's characters (a `3` then capitals): a text without them skips the call (stop 43).
  needs: { all: SIG_UPPER | SIG_DIGIT },
  prefilter: (s) => (s.signature & SIG_UPPER) !== 0 && sabreEntryGate(s.text),
  pattern:
    /^[ \t]*3[A-Z]{4}[^\n]{0,160}?-\d{1,2}(?:\.\d{1,2})?([A-Z][A-Z'-]{1,34}\/[A-Z][A-Z'-]{1,30}(?: [A-Z][A-Z'-]{1,30}){0,2})[ \t]*$/dgm,
  group: 1,
  validate: (v) => v,
});
/** `3` and four capitals at a line's start (blanks before it aside), found with native searches. */
function sabreEntryGate(t: string): boolean {
  for (let i = t.indexOf('3'); i !== -1; i = t.indexOf('3', i + 1)) {
    let j = i - 1;
    while (j >= 0 && (t.charCodeAt(j) === 32 || t.charCodeAt(j) === 9)) j--;
    if ((j < 0 || t.charCodeAt(j) === 10) && isCapital(t.charCodeAt(i + 1)) && isCapital(t.charCodeAt(i + 4))) return true;
  }
  return false;
}

/**
 * A passenger named right after `pax` in a DCS or baggage log line, in GDS order without a title:
 * `pax "THORNTON LACHLAN"`, `pax=SANTOS/BEATRIZ` (red-team round 55). Capitals only, two to four
 * words, quoted or slash-separated; `pax 2`, `pax "2 ADT"`, `pax=ADT` stay.
 */
export const paxName = regexDetector({
  id: 'pax_name',
  entity: 'PERSON',
  description: 'Passenger names in capitals after pax in airline log lines (pax "SURNAME GIVEN", pax=SURNAME/GIVEN)',
  validation: 'the word pax, then a quoted SURNAME GIVEN in capitals or SURNAME/GIVEN, two to four words',
  context: false,
  example: 'BRS offload pax "SMITH JOHN" not boarded',
  keywords: ['pax'],
  prefilter: (s) => (s.signature & SIG_UPPER) !== 0,
  pattern:
    /(?<![A-Za-z0-9_])(?:pax|PAX|Pax)[=: ]\s{0,2}(?:"([A-Z][A-Z'-]{1,34}(?:[ /][A-Z][A-Z'-]{1,30}){1,3})"|([A-Z][A-Z'-]{1,34}\/[A-Z][A-Z'-]{1,30})(?![A-Za-z0-9/]))/dg,
  group: [1, 2],
  validate: (v) => (PAX_CODES.test(v) ? undefined : v),
});
/** Passenger-type and cabin words a `pax` value may be instead of a name. */
const PAX_CODES = /^(?:ADT|CHD|CNN|INF|INS|YTH|SRC|MIL|STU)(?:[ /]|$)/;

/**
 * The names of a Travelport Universal API traveller (`<com:BookingTravelerName Prefix="Mr"
 * First="Henrik" Last="…"/>`, red-team round 55): the `First`, `Middle` and `Last` attributes of a
 * `BookingTravelerName` element. Alone, `first` / `last` are a page's cursor or a range's ends.
 */
export const travelerNameAttributes = regexDetector({
  id: 'traveler_name_attributes',
  entity: 'PERSON',
  description: 'Traveller names in the First / Middle / Last attributes of Travelport BookingTravelerName elements',
  validation: 'a First, Middle or Last attribute inside a BookingTravelerName element, 1–60 characters without digits',
  context: false,
  example: '<com:BookingTravelerName Prefix="Mr" First="John" Last="Smith"/>',
  keywords: ['bookingtravelername'],
  prefilter: (s) => s.text.length >= 40,
  pattern: /(?<=<(?:[A-Za-z]{1,12}:)?BookingTravelerName\b[^<>]{0,300}?)\s(?:First|Middle|Last)=\\?"([^"<>\\\d]{1,60})\\?"/dg,
  group: 1,
  validate: (v) => v,
});

/**
 * A crew member's staff number right before the crew member's name in a crew-control or roster
 * message (`B7741203 (Rachel Ndlovu)`, `30418 T. Carvalho`; red-team round 55): in a text that says
 * crew, an optional one or two letters and 5–8 digits (a flight number has at most four), then a
 * capitalised name or an initial and a surname, in parentheses or not. Alone, an employee id stays.
 */
export const crewStaffNumber = regexDetector({
  id: 'crew_staff_number',
  entity: 'EMPLOYEE_ID',
  description: 'Crew staff numbers right before the crew member’s name in crew-control and roster messages',
  validation: 'the word crew in the text; one or two letters and 5–8 digits, then a capitalised given name or initial and a surname',
  context: false,
  example: 'Crew control: B7741203 (Jane Smith) swaps BA0285',
  keywords: ['crew'],
  prefilter: (s) => s.digitRun >= 5,
  pattern: /(?<![A-Za-z0-9-])[A-Z]{0,2}\d{5,8}(?![A-Za-z0-9-])(?= \(?(?:[A-Z]\. ?|[A-Z][a-z'’-]{1,20} )[A-Z][a-z'’-]{1,30}(?![A-Za-z]))/g,
  validate: (v) => v,
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
  // Sabre prints the groups with dashes too (`1.LHR44-20-7946-0958-H`, red-team round 55).
  pattern:
    /(?:(?<![A-Za-z])AP[MHBA]? ?|(?<=(?:^|\n)[ \t]{0,4}\d{1,2}\.))[A-Z]{3} ?(\+?\d[\d -]{5,20}\d)(?= ?- ?[A-Z](?![A-Za-z0-9])|[ \t]*(?:\r?\n|$))/dg,
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

/**
 * The free text of an SSR DOCS element without its header, as other systems carry it: Travelport
 * uAPI `<SSR Type="DOCS" FreeText="P/SE/88123456/SE/23NOV79/M/04JUN30/Lindqvist/Henrik"/>`,
 * PNRGOV `SSR+DOCS:HK:1:LO:::::/P/POL/…`, a DCS boarding message's `DOCS P/BRA/…` and a booking
 * tool's export column (red-team round 55). The fixed order is the evidence: document type,
 * issuing state, number, nationality, DDMMMYY birth date, gender, then the expiry and surname, or
 * the expiry alone (a DCS message names the passenger elsewhere). Gated on the gender element (`/M/`, `/F/`…), which prose and paths seldom hold.
 */
export const apisDocsFreeText = regexDetector({
  id: 'apis_docs_free_text',
  entity: 'TRAVEL_DOCUMENT',
  description: 'Passenger travel-document data in SSR DOCS free text without its element header (Travelport, PNRGOV, DCS)',
  validation:
    'document type and issuing state, then the document number, nationality, DDMMMYY birth date, M / F / U gender, expiry and surname (or the expiry alone), apart by /',
  context: false,
  example: 'P/SE/88123456/SE/23NOV79/M/04JUN30/LINDQVIST/HENRIK',
  requires: 'capital_digit',
  prefilter: (s) => s.text.length >= 30 && genderElementGate(s.text),
  pattern:
    /(?<![A-Za-z0-9])[A-Z]{1,2}\/[A-Z]{2,3}\/([A-Z0-9]{5,20}\/[A-Z]{2,3}\/\d{2}[A-Z]{3}\d{2}\/[MFU]I?(?:\/(?:\d{2}[A-Z]{3}\d{2})?\/[A-Z][A-Z']{0,39}(?: [A-Z][A-Z']{0,39})?(?:\/[A-Z][A-Z']{1,39}(?: [A-Z][A-Z']{0,39})?){0,2}|\/\d{2}[A-Z]{3}\d{2}(?![A-Za-z0-9])))/dgi,
  group: 1,
  validate: (v) => v,
});

/** `/M/`, `/F/`, `/U/`, `/MI/`, `/FI/` in either case: a few native searches. */
function genderElementGate(t: string): boolean {
  for (let i = t.indexOf('/'); i !== -1; i = t.indexOf('/', i + 1)) {
    const c = t.charCodeAt(i + 1) | 32;
    if (c !== 109 && c !== 102 && c !== 117) continue;
    const next = t.charCodeAt(i + 2);
    if (next === 47 || ((next | 32) === 105 && t.charCodeAt(i + 3) === 47)) return true;
  }
  return false;
}

/**
 * The document of an `SSR DOCO` element (other travel-related information): after the airline,
 * the status and the place of birth, the document type (K US Known Traveler Number, R DHS redress
 * number, V visa) and its number (`SSR DOCO UA HK1 //K/987654321///USA`, Amadeus `SRDOCO UA
 * HK1-//R/2345678///US`; red-team round 55).
 */
export const pnrDoco = regexDetector({
  id: 'pnr_doco',
  entity: 'TRAVEL_DOCUMENT',
  description: 'Known Traveler, redress and visa numbers in PNR SSR DOCO elements',
  validation: 'DOCO, airline, HK status, an optional place of birth, then K / R / V and a 4–25 character number',
  context: false,
  example: 'SSR DOCO UA HK1 //K/987654321///USA',
  keywords: ['doco'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![A-Za-z])(?:SR|SSR )?DOCO ?[A-Z0-9]{2} ?HK\d[ /-]{0,2}[^/\n]{0,35}[/-][KRV][/-]([A-Z0-9]{4,25})(?![A-Za-z0-9])/dg,
  group: 1,
  validate: (v) => (/\d/.test(v) ? v : undefined),
});

/**
 * The address of an `SSR DOCA` element (R residence, D destination): after the airline, status,
 * type and country, the street, city, state and postcode apart by `/` (`SSR DOCA UA HK1 D/USA/418 W
 * 56TH ST APT 3C/NEW YORK/NY/10019/P1`; red-team round 55). The passenger association after it stays.
 */
export const pnrDoca = regexDetector({
  id: 'pnr_doca',
  entity: 'ADDRESS',
  description: 'Residence and destination addresses in PNR SSR DOCA elements',
  validation: 'DOCA, airline, HK status, R or D, a country code, then street / city / state / postcode',
  context: false,
  example: 'SSR DOCA UA HK1 D/USA/418 W 56TH ST/NEW YORK/NY/10019',
  keywords: ['doca'],
  prefilter: (s) => s.text.length >= 20,
  pattern: /(?<![A-Za-z])(?:SR|SSR )?DOCA ?[A-Z0-9]{2} ?HK\d[ /-]?[RD][/-][A-Z]{2,3}[/-]([^/\n]{3,60}(?:\/(?!P\d)[^/\n]{0,35}){0,3})/dg,
  group: 1,
  validate: (v) => (/\d/.test(v) && /[A-Za-z]{2}/.test(v) ? v.replace(/\/+$/, '') : undefined),
});

/**
 * A GDS e-mail element written the IATA way, `@` as `//` (and `-` as `./`): `SSR CTCE LH HK1
 * EMMA.HARGREAVES//EXAMPLE.CO.UK`, Sabre `3CTCEBA/JOANA./FERREIRA//EXAMPLE.PT`, PNRGOV and lost-bag
 * files' `EA` lines (red-team round 55). GDS text is capitals: a lower-case `logs//app.log` stays.
 */
export const gdsEmail = regexDetector({
  id: 'gds_email',
  entity: 'EMAIL',
  description: 'E-mail addresses in GDS form (// for @) in PNR CTCE elements and airline messages',
  validation: 'capitals: a local part (./ for -), //, a domain with a dot and a 2–6 letter top-level domain',
  context: false,
  example: 'SSR CTCE LH HK1 EMMA.HARGREAVES//EXAMPLE.CO.UK',
  // The prefilter's characters (a capital after `//`): a text without them skips the call (stop 43).
  needs: { all: SIG_UPPER },
  prefilter: (s) => (s.signature & SIG_UPPER) !== 0 && gdsEmailGate(s.text),
  pattern:
    /(?<![A-Z0-9._%+-])[A-Z0-9][A-Z0-9_%+-]*(?:\.\/?[A-Z0-9_%+-]+)*\/\/[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?(?:\.[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?)*\.[A-Z]{2,6}(?![A-Za-z0-9])/g,
  validate: (v) => v,
});

/** `//` between a capital or digit and a capital: native searches from each `//`. */
function gdsEmailGate(t: string): boolean {
  for (let i = t.indexOf('//', 1); i !== -1; i = t.indexOf('//', i + 2)) {
    const before = t.charCodeAt(i - 1);
    if (isCapital(t.charCodeAt(i + 2)) && (isCapital(before) || isDigit(before))) return true;
  }
  return false;
}

/**
 * The phone of an `SSR CTCM` element (mobile contact: `SSR CTCM LH HK1 447400123456/P2`, Sabre
 * `3CTCMBA/447400123456`, PNRGOV `SSR+CTCM:HK:1:LO:::::/48601234567`; red-team round 55).
 */
export const pnrCtcm = regexDetector({
  id: 'pnr_ctcm',
  entity: 'PHONE',
  description: 'Mobile numbers in PNR SSR CTCM elements',
  validation: 'CTCM, airline and HK status (or Sabre’s airline and /), then 7–16 digits',
  context: false,
  example: 'SSR CTCM LH HK1 447400123456/P2',
  keywords: ['ctcm'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![A-Za-z])(?:SR|SSR )?CTCM(?: ?[A-Z0-9]{2} ?HK\d[ /-]?|[A-Z0-9]{2}\/|:HK:\d{1,2}:[A-Z0-9]{2}:*\/)(\+?\d{7,16})(?!\d)/dg,
  group: 1,
  validate: (v) => v,
});

/**
 * A passenger name in GDS form with its title, wherever it stands (a kiosk log's `pax="NAKAMURA/
 * HARUTO MR"`, a DCS message's `PAX OLIVEIRA/RAFAEL MR`, a lost-bag file's `NM BRENNAN/AOIFE MS`;
 * red-team round 55): `SURNAME/GIVEN NAMES` in capitals and a title. The title is the evidence.
 */
export const gdsTitledName = regexDetector({
  id: 'gds_titled_name',
  entity: 'PERSON',
  description: 'Passenger names in GDS form (SURNAME/GIVEN TITLE) in airline logs and messages',
  validation: 'SURNAME/GIVEN NAMES in capitals, then a title (MR, MRS, MS, MISS, MSTR, DR)',
  context: false,
  example: 'PAX OLIVEIRA/RAFAEL MR',
  // The prefilter's characters (capitals around `/`): a text without them skips the call (stop 43).
  needs: { all: SIG_UPPER },
  prefilter: (s) => (s.signature & SIG_UPPER) !== 0 && slashNameGate(s.text),
  pattern:
    /(?<![A-Za-z0-9/.])([A-Z][A-Z'-]{1,34}\/[A-Z][A-Z'-]{1,30}(?: [A-Z][A-Z'-]{0,30}){0,3}?) (?:MRS|MR|MS|MISS|MSTR|DR)(?![A-Za-z0-9])/dg,
  group: 1,
  validate: (v) => v,
});

/** `XX/X`: two capitals, a slash and a capital, read back from each `/`. */
function slashNameGate(t: string): boolean {
  for (let i = t.indexOf('/', 2); i !== -1; i = t.indexOf('/', i + 1)) {
    if (isCapital(t.charCodeAt(i + 1)) && isCapital(t.charCodeAt(i - 1)) && isCapital(t.charCodeAt(i - 2))) return true;
  }
  return false;
}

/**
 * A card number glued to its GDS form-of-payment code (Amadeus `FP CCVI4111111111111111/0829`,
 * Sabre remark `-VI4012888888881881¥0527`; red-team round 55): CC and a two-letter card code, or a
 * card code after a dash or at a word start, then 13–19 digits that pass the Luhn check.
 */
export const gdsFopCard = regexDetector({
  id: 'gds_fop_card',
  entity: 'CREDIT_CARD',
  description: 'Card numbers glued to a GDS form-of-payment card code (CCVI…, -AX…)',
  validation: 'CC or a dash or a word start, a card code (VI, CA, MC, AX, DC, DS, JC, TP, UP), then 13–19 digits with a valid Luhn check',
  context: false,
  example: 'FP CCVI4111111111111111/0829',
  requires: 'capital_digit',
  prefilter: (s) => s.capitalDigit && s.digitRun >= 13,
  pattern: /(?<=(?:^|[^A-Za-z0-9])(?:CC|-)?)(?:VI|CA|MC|AX|DC|DS|JC|TP|UP)(\d{13,19})(?!\d)/dg,
  group: 1,
  validate: (v) => (luhnValid(v) ? v : undefined),
});

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * The frequent-flyer number of a boarding pass's repeated conditional items (IATA BCBP, Resolution
 * 792: after the 13-digit document number, the selectee and document-verification indicators, the
 * marketing carrier and the frequent-flyer airline, 16 characters; red-team round 55).
 */
export const boardingPassFrequentFlyer = regexDetector({
  id: 'boarding_pass_frequent_flyer',
  entity: 'LOYALTY_NUMBER',
  description: 'Frequent-flyer numbers in the conditional items of IATA BCBP boarding-pass strings',
  validation:
    'a BCBP string (M1–M4 and a SURNAME/GIVEN field) with conditional items: 13 digits, two indicators, two carrier designators, then the 5–16 character number',
  context: false,
  example: 'M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 226F001A0025 14D>…2A0141234567890 1AC AC 1234567890123    20K',
  requires: 'capital_digit',
  // The `M1`–`M4` format code validate asks for is a capital before a digit: the prefilter says so,
  // as `requires` promises (a GEDCOM X fact's `/Birth">…1991` passed the rest).
  prefilter: (s) => s.text.length >= 90 && s.text.indexOf('>') !== -1 && s.text.indexOf('/') !== -1 && s.capitalDigit,
  pattern: /(?<![0-9])\d{13}[ 0-9][ 0-9][A-Z0-9]{2}[A-Z ][A-Z0-9]{2}[A-Z ]([A-Z0-9]{5,16})(?= |$)/dg,
  group: 1,
  validate: (v, scan) => (/\d{4}/.test(v) && /(?<![A-Za-z0-9])M[1-4][A-Z]/.test(scan.text) ? v : undefined),
});

/**
 * A US Known Traveler Number or DHS redress number after its name in prose (`my KTN 987654321`,
 * `redress # is 2345678`, `Known Traveler Number: TT1234567`; red-team round 55): 7–10 letters
 * and digits, at least five of them digits.
 */
export const knownTravelerAfterName = afterNameDetector({
  id: 'known_traveler_after_name',
  entity: 'TRAVEL_DOCUMENT',
  description: 'US Known Traveler and DHS redress numbers after their name in prose',
  validation:
    'right after KTN / Known Traveler (number, no., #, id) / redress (number, no., #), maybe `is` or `:`: 7–10 letters and digits, 5 or more digits',
  context: true,
  example: 'KTN 987654321',
  keywords: ['ktn', 'known travel', 'redress'],
  prefilter: (s) => s.hasDigit,
  names: ['KTN', 'ktn', 'Known Travel', 'known travel', 'KNOWN TRAVEL', 'redress', 'Redress', 'REDRESS'],
  pattern:
    /(?:ktn|known travell?er(?:[ _-]?(?:number|no\.?|#|id))?|redress(?:[ _-]?(?:control )?(?:number|no\.?|#))?)\s{0,2}(?:#\s{0,2})?(?:is\s{1,2}|[:=]\s{0,2})?([A-Z0-9]{7,10})(?![\w-])/diy,
  validate: (v) => (v.replace(/\D/g, '').length >= 5 ? v : undefined),
});

/**
 * A frequent-flyer number after its programme's name in prose (`my Flying Blue 2090731846`, `my
 * LATAM Pass is 31726459`, `frequent flyer number BA 12345678`; red-team round 55): maybe a
 * number word and an airline code, then 6–16 letters and digits with at least five digits.
 */
export const frequentFlyerAfterName = afterNameDetector({
  id: 'frequent_flyer_after_name',
  entity: 'LOYALTY_NUMBER',
  description: 'Frequent-flyer numbers after their programme name in prose',
  validation:
    'right after frequent flyer / Flying Blue / LATAM Pass / SkyMiles / AAdvantage / MileagePlus / Miles & More (number, no., account, #, maybe `is` or `:`, maybe a 2-letter airline code): 6–16 letters and digits, 5 or more digits',
  context: true,
  example: 'Flying Blue 2090731846',
  keywords: ['flyer', 'flier', 'flying blue', 'latam pass', 'skymiles', 'aadvantage', 'mileageplus', 'mileage plus', 'miles & more'],
  prefilter: (s) => s.hasDigit,
  names: [
    'frequent fl',
    'Frequent Fl',
    'FREQUENT FL',
    'Flying Blue',
    'FLYING BLUE',
    'flying blue',
    'LATAM Pass',
    'LATAM PASS',
    'Latam Pass',
    'SkyMiles',
    'SKYMILES',
    'AAdvantage',
    'AADVANTAGE',
    'MileagePlus',
    'MILEAGEPLUS',
    'Mileage Plus',
    'Miles & More',
    'MILES & MORE',
  ],
  pattern:
    /(?:frequent fl[iy]er|flying blue|latam pass|skymiles|aadvantage|mileage ?plus|miles & more)(?:[ _-]?(?:number|no\.?|account|id|#))?\s{0,2}(?:is\s{1,2}|[:#=]\s{0,2})?(?:[A-Z][A-Z0-9] ?(?=[A-Z0-9]*\d{5}))?([A-Z0-9]{6,16})(?![\w-])/diy,
  validate: (v) => (v.replace(/\D/g, '').length >= 5 ? v : undefined),
});

/**
 * The phones of a WorldTracer-style baggage file (AHL / DPR / OHD, as airlines print and exchange
 * them): the passenger's permanent (`PN`), temporary (`TP`) and cell (`CP`) phone lines of a file
 * that also has its `NM` name line (red-team round 55).
 */
export const baggageFilePhone = regexDetector({
  id: 'baggage_file_phone',
  entity: 'PHONE',
  description: 'Passenger phones in the PN / TP / CP lines of WorldTracer-style baggage files',
  validation: 'a text with an NM name element; at a line start PN, TP or CP and a blank, then 7–15 digits (blanks, dashes, a leading +)',
  context: false,
  example: 'NM BRENNAN/AOIFE MS\nPN 353850123456',
  // `NM ` anywhere, not only at a line start: the prefilter must hold wherever find reports a span
  // (keyword-index.test.ts), and the pattern asks for the phone line only.
  // The prefilter's characters (a digit, `NM `): a text without them skips the call (stop 43).
  needs: { all: SIG_DIGIT | SIG_UPPER | SIG_SPACE },
  prefilter: (s) => s.hasDigit && s.text.includes('NM ') && (hasLine(s.text, 'PN ') || hasLine(s.text, 'TP ') || hasLine(s.text, 'CP ')),
  pattern: /(?<=(?:^|\n)(?:PN|TP|CP) )(\+?\d[\d -]{5,20}\d)(?=[ \t]*(?:\r?\n|$))/dg,
  group: 1,
  validate: (v) => {
    const digits = v.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15 ? v : undefined;
  },
});

/** Whether a line of the text starts with `head`. */
function hasLine(t: string, head: string): boolean {
  return t.startsWith(head) || t.indexOf(`\n${head}`) !== -1;
}

import { regexDetector } from './helpers.js';

/**
 * Advance Passenger Information in a PNR: the `SSR DOCS` element (IATA / GDS format, as airline
 * PNR histories and booking logs print it: `SSR DOCS BA HK1 P/GBR/503949273/GBR/12JUL82/M/20NOV29/
 * SMITH/JOHN/PAUL`, or dash-separated in the Amadeus entry `SRDOCS BA HK1-P-GBR-…`). Everything
 * from the document number on is the passenger's: document number, nationality, date of birth,
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
    /(?<![A-Za-z])(?:SR)?DOCS ?[A-Z0-9]{2} ?HK\d[ /-]?[A-Z]{0,2}[/-][A-Z]{3}[/-]([A-Z0-9]{5,20}[/-][A-Z]{3}[/-]\d{2}[A-Z]{3}\d{2}[/-][MFU]I?[/-](?:\d{2}[A-Z]{3}\d{2})?[/-][A-Z][A-Z']{0,39}(?: [A-Z][A-Z']{0,39})?(?:[/-][A-Z][A-Z']{1,39}(?: [A-Z][A-Z']{0,39})?){0,2})/dg,
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

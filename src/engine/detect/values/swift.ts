import { regexDetector } from './helpers.js';

/**
 * SWIFT MT customer transfers (MT103, MT101, MT202 COV): fields 50K / 50F (ordering customer) and
 * 59 / 59F (beneficiary customer) hold an optional `/account` line, then up to four lines of 35
 * characters with the customer's name and address (`ERIKA MUSTERMANN` / `HEIDESTRASSE 17`), in
 * capitals, where free-text name and address detectors do not look. The lines up to the next
 * `:tag:` are masked as one span; the account line is left to the IBAN and account detectors.
 * Options A (a BIC) are not personal.
 */
const PARTY_FIELD =
  /^:(?:50[KF]|59F?):(?:\/[^\r\n]{1,34}\r?\n)?((?!:\d{2}[A-Z]?:|-\})[^\r\n]{1,35}(?:\r?\n(?!:\d{2}[A-Z]?:|-\})[^\r\n]{1,35}){0,3})/dgm;

export const swiftMtParty = regexDetector({
  id: 'swift_mt_party',
  entity: 'PERSON',
  description: 'Ordering and beneficiary customers (name and address lines) in SWIFT MT payment messages',
  validation:
    'the name and address lines (up to 4 × 35 characters) of field 50K, 50F, 59 or 59F, after the optional /account line, up to the next :tag:',
  context: false,
  example: ':59:/GB29NWBK60161331926819\nJOHN SMITH\n1 CHURCHILL PLACE\n:71A:SHA',
  keywords: [':50k:', ':50f:', ':59:', ':59f:'],
  prefilter: () => true,
  pattern: PARTY_FIELD,
  group: 1,
  validate: (v) => {
    return /\p{L}/u.test(v) ? v.toUpperCase() : undefined;
  },
});

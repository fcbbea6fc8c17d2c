import { isCompanyName } from '../../structure/company-name.js';
import { isSystemAccount } from './login-names.js';
import { regexDetector } from './helpers.js';

/**
 * SWIFT MT customer transfers (MT103, MT101, MT202 COV): fields 50K / 50F (ordering customer) and
 * 59 / 59F (beneficiary customer) hold an optional `/account` line, then up to four lines of 35
 * characters with the customer's name and address (`ERIKA MUSTERMANN` / `HEIDESTRASSE 17`), in
 * capitals, where free-text name and address detectors do not look. The lines up to the next
 * `:tag:` are masked as one span; the account line is left to the IBAN and account detectors.
 * Options A (a BIC) are not personal.
 */
// At a line's start, or after a `|` where a repair queue or a screening export writes the field
// into one delimited row (red-team round 69).
const PARTY_FIELD =
  /(?:^|\|):(?:50[KF]|59F?):(?:\/[^\r\n]{1,34}\r?\n)?((?!:\d{2}[A-Z]?:|-\})[^\r\n]{1,35}(?:\r?\n(?!:\d{2}[A-Z]?:|-\})[^\r\n]{1,35}){0,3})/dgm;

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

/**
 * The `/account` line of the same fields: an IBAN is the IBAN detector's, but a domestic account
 * (`:59:/000123456789`, a US or UK account number after the slash) is read by no other detector.
 * At least six digits; a BIC-only option A has no such line.
 */
const PARTY_ACCOUNT = /(?:^|\|):(?:50[KF]|59F?):\/([A-Za-z0-9][A-Za-z0-9 -]{4,33})\r?$/dgm;

export const swiftMtPartyAccount = regexDetector({
  id: 'swift_mt_party_account',
  entity: 'BANK_ACCOUNT',
  description: 'The account line of the ordering and beneficiary customers in SWIFT MT payment messages',
  validation: 'the /account line right after the tag of field 50K, 50F, 59 or 59F, holding six digits or more',
  context: false,
  example: ':59:/000123456789\nJOHN SMITH\n:71A:SHA',
  keywords: [':50k:', ':50f:', ':59:', ':59f:'],
  prefilter: () => true,
  pattern: PARTY_ACCOUNT,
  group: 1,
  validate: (v) => ((v.match(/\d/g)?.length ?? 0) >= 6 ? v : undefined),
});

/**
 * The counterparty of an MT940 statement line, in field 86's sub-fields: the structured SEPA
 * layout of Dutch and Belgian banks (`/TRTP/SEPA OVERBOEKING/IBAN/…/BIC/…/NAME/J DE VRIES/REMI/…`)
 * and the German DFÜ-Abkommen layout (`?32` and `?33`: the name of the payer or payee, 2 × 27
 * characters). Companies' names (a legal form at the end) stay, as elsewhere (red-team round 69).
 */
const MT940_NAME = /(?:\/NAME\/([^/\r\n]{2,70})|\?3[23]([^?\r\n]{1,27}))/dg;

export const mt940CounterpartyName = regexDetector({
  id: 'mt940_counterparty_name',
  entity: 'PERSON',
  description: "The counterparty's name in an MT940 statement line's field 86 (SEPA /NAME/ or DFÜ ?32 / ?33)",
  validation:
    'the text after /NAME/ up to the next slash, or after ?32 / ?33 up to the next ?, in a text with an :86: tag; a company (legal form at the end) stays',
  context: false,
  example: ':86:/TRTP/SEPA OVERBOEKING/NAME/J DE VRIES/REMI/HUUR',
  keywords: ['/name/', '?32', '?33'],
  prefilter: (s) => s.text.indexOf(':86:') >= 0,
  pattern: MT940_NAME,
  group: [1, 2],
  validate: (v) => {
    const name = v.trim();
    return /\p{L}/u.test(name) && !isCompanyName(name) ? name : undefined;
  },
});

/**
 * The operators of a Temenos Transact (T24) record, as its audit fields and OFS messages write
 * them: `INPUTTER=12_JSMITH_OFS_BROWSERTC`, `AUTHORISER=3_MPATEL__OFS_TCIB` (the record's current
 * number, the user's sign-on id, then the channel). The sign-on id is a person's login (red-team
 * round 69); `INPUTTER=1_OFSUSER…` and the other system ids stay by isSystemAccount.
 */
const T24_OPERATOR = /\b(?:INPUTTER|AUTHORISER|AUTHORIZER)[:=](?:\d{1,4}:)?\d{1,6}_([A-Z][A-Z0-9.]{1,19})_/dgi;

export const t24Operator = regexDetector({
  id: 't24_operator',
  entity: 'USERNAME',
  description: 'The sign-on id in a Temenos Transact (T24) INPUTTER / AUTHORISER field',
  validation: 'INPUTTER= or AUTHORISER=, the record number and an underscore, then the user id up to the next underscore',
  context: false,
  example: 'INPUTTER=1_JSMITH_OFS_BROWSERTC',
  keywords: ['inputter', 'authoriser', 'authorizer'],
  prefilter: () => true,
  pattern: T24_OPERATOR,
  group: 1,
  validate: (v) => (isSystemAccount(v) || /^OFS/i.test(v) ? undefined : v),
});

/**
 * The counterparty's account in the German DFÜ layout of field 86 (`?31`, after the bank code in
 * `?30`): an IBAN or a domestic account number glued to the sub-field's digits, where the IBAN and
 * account detectors find no word boundary (red-team round 69).
 */
const MT940_ACCOUNT = /\?31([A-Z]{2}\d{2}[A-Z0-9]{10,30}|\d{6,12})(?=\?|\r?$)/dgm;

export const mt940CounterpartyAccount = regexDetector({
  id: 'mt940_counterparty_account',
  entity: 'BANK_ACCOUNT',
  description: "The counterparty's account in an MT940 statement line's field 86 (DFÜ ?31)",
  validation: 'an IBAN shape or 6 to 12 digits after ?31, up to the next ? sub-field, in a text with an :86: tag',
  context: false,
  example: ':86:166?00GUTSCHRIFT?30COBADEFFXXX?31DE89370400440532013000?32MAX MUSTERMANN',
  keywords: ['?31'],
  prefilter: (s) => s.text.indexOf(':86:') >= 0,
  pattern: MT940_ACCOUNT,
  group: 1,
  validate: (v) => v,
});

/**
 * What public libraries' systems write about their patrons (red-team round 104): the library card
 * number, SIP2 self-check messages, e-resource proxy logs.
 *
 * - A library card number is the patron's barcode: 14 digits in the Codabar layout libraries print
 *   on their cards (a type digit, 2 for a patron and 3 for an item, a 4-digit institution code,
 *   8 digits and a check digit). A patron's number (first digit 2) is masked where a library's words
 *   stand in the text (patron, library, borrower, carné, Ausweis, a SIP2 `|AA` field, overdue…)
 *   or a card word stands right before it (`card`, `user`, `barcode`, a Shoutbomb keyword `RHL` /
 *   `RA`); an item's barcode (first digit 3) stays, so does a 14-digit date and time stamp.
 * - SIP2 (3M Standard Interchange Protocol 2.00) messages carry the patron in `|`-separated fields
 *   with two-letter identifiers: `AA` patron identifier, `AD` patron password, `CO` login password,
 *   `AE` personal name, `BD` home address, `BF` home phone. A field is read only in a text that is
 *   a SIP2 message (an `AO` institution id or an `AY` / `AZ` sequence and checksum); the
 *   institution, item, terminal location and the kiosk's `CN` login stay.
 * - The Common Log Format (`%h %l %u %t`, Apache httpd mod_log_config; OCLC EZproxy's default
 *   LogFormat) names the authenticated user in its third field: a library's proxy writes the
 *   patron's barcode or login there, and many put EZproxy's session id (`%{ezproxy-session}i`) in
 *   the second. EZproxy's audit log writes `Login.Success`, IP, user and session as tab-separated
 *   columns.
 */
import { regexDetector } from './helpers.js';
import { isPersonLoginShape } from './login-names.js';

/** A 14-digit run that reads as a date and time stamp (`20251203101522`). */
function isDateTimeStamp(v: string): boolean {
  const y = +v.slice(0, 4);
  const mo = +v.slice(4, 6);
  const d = +v.slice(6, 8);
  const h = +v.slice(8, 10);
  const mi = +v.slice(10, 12);
  const s = +v.slice(12, 14);
  return y >= 1970 && y <= 2099 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && s < 61;
}

/**
 * A library's patron barcode standing alone (a member's whole value): 14 digits, the first 2, not
 * a date and time stamp.
 */
export function isPatronBarcode(value: string): boolean {
  return value.length === 14 && value.charCodeAt(0) === 50 && /^\d{14}$/.test(value) && !isDateTimeStamp(value);
}

/** A library's own words anywhere in the text. */
const LIBRARY_TEXT = /patron|librar|borrower|biblio|diath|carn[eé]|ausweis|\|aa|overdue|ezproxy|overdrive|koha|sip2|hold shelf/;
/** A card word right before the number (within the same line), or a Shoutbomb keyword. */
const CARD_LEAD = /(?:card|carn[eé]|carte|ausweis|user|barcode|login|member|(?:^|[\s"'(])r(?:hl|a|l)\s+)[^\n]{0,24}$/;

/** A cell separator of a header-less row. */
function isCellSeparator(c: number): boolean {
  return c === 44 || c === 124 || c === 9 || c === 59;
}

/**
 * Whether the 14 digits at `start` are a whole cell of a header-less row (`,`, `|`, TAB or `;`
 * around them) whose line also holds an e-mail address: a patron export's or an ILL report's row
 * (`21987000881234,Kaczmarek,Bronisława,…,b.kaczmarek@example.com,…`).
 */
function patronRowCell(text: string, start: number): boolean {
  const end = start + 14;
  const before = start > 0 ? text.charCodeAt(start - 1) : 10;
  const after = end < text.length ? text.charCodeAt(end) : 10;
  if (!((before === 10 || before === 32 || isCellSeparator(before)) && (after === 10 || after === 13 || isCellSeparator(after))))
    return false;
  if (!isCellSeparator(before) && !isCellSeparator(after)) return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const at = text.indexOf('@', lineStart);
  return at >= 0 && at < lineEnd;
}

export const libraryCardNumber = regexDetector({
  id: 'library_card_number',
  entity: 'LOYALTY_NUMBER',
  description: "A library patron's card number (14-digit Codabar patron barcode) in a library's text",
  validation:
    "14 digits, the first 2 (a patron's barcode; an item's begins with 3), not a date and time stamp; in a text with a library's words (patron, library, borrower, carné, Ausweis, a SIP2 `|AA` field, overdue, EZproxy, OverDrive, Koha) or after card / user / barcode / login / member or a Shoutbomb keyword (RHL, RA) on the same line, or a whole cell of a header-less row (`,` `|` TAB `;`) whose line holds an e-mail address",
  context: true,
  example: 'Hi, my card is 21234009912345 and it says blocked',
  keywords: [
    'card',
    'carn',
    'carte',
    'ausweis',
    'patron',
    'librar',
    'borrower',
    'biblio',
    'barcode',
    'user',
    'login',
    'member',
    'rhl',
    'ra ',
    '|aa',
    'overdue',
    'ezproxy',
    'overdrive',
    'koha',
    'sip2',
    'hold shelf',
    'diath',
    '@',
  ],
  prefilter: (s) => s.text.length >= 14 && s.digitRun >= 14,
  pattern: /(?:(?<=\|[Aa]{2})|(?<![\w.+]))2\d{13}(?!\w|\.\d)/g,
  validate: (v, scan, start) => {
    if (isDateTimeStamp(v)) return undefined;
    const lower = scan.lower();
    if (CARD_LEAD.test(lower.slice(Math.max(0, start - 28), start))) return v;
    return LIBRARY_TEXT.test(lower) || patronRowCell(scan.text, start) ? v : undefined;
  },
});

/** A SIP2 message in the text: an institution id field or a sequence number before a checksum. */
const SIP2_MESSAGE = /(?:^|\d|\|)AO[^|]{0,30}\||\|AY\dAZ[0-9A-F]{4}|\|ay\daz[0-9a-f]{4}|(?:^|\d|\|)ao[^|]{0,30}\|/;

function sip2Field(id: string, entity: string, codes: string, description: string, example: string) {
  const upper = codes.toUpperCase();
  return regexDetector({
    id,
    entity,
    description,
    validation: `a SIP2 field ${upper.split('|').join(' / ')} after \`|\` in a SIP2 message (an AO institution id field, or an AY sequence number and AZ checksum); any case`,
    context: true,
    example,
    keywords: upper
      .toLowerCase()
      .split('|')
      .map((c) => `|${c}`),
    prefilter: (s) => s.text.length >= 12 && SIP2_MESSAGE.test(s.text),
    pattern: new RegExp(`\\|(?:${upper}|${upper.toLowerCase()})([^|\\r\\n"]{1,120})`, 'dg'),
    group: 1,
    // The message test again: find keeps the prefilter's contract on its own (a `|CO…` cell of a plain row is no SIP2 field).
    validate: (v, scan) => (v.trim().length === 0 || !SIP2_MESSAGE.test(scan.text) ? undefined : v),
  });
}

export const sip2PatronIdentifier = sip2Field(
  'sip2_patron_identifier',
  'LOYALTY_NUMBER',
  'AA',
  "The patron identifier (the library card's barcode) in a SIP2 self-check message (`|AA…`)",
  '63001202512031015210000000000000000000000AOMAIN|AA21234009871236|AC|AD6153|BP1|BQ5|AY1AZE9B7',
);
export const sip2Password = sip2Field(
  'sip2_password',
  'SECRET',
  'AD|CO',
  'The patron password (PIN, `|AD…`) or the login password (`|CO…`) in a SIP2 message',
  '63001202512031015210000000000000000000000AOMAIN|AA21234009871236|AC|AD6153|BP1|BQ5|AY1AZE9B7',
);
export const sip2PersonalName = sip2Field(
  'sip2_personal_name',
  'PERSON',
  'AE',
  "The patron's personal name in a SIP2 patron status or information response (`|AE…`)",
  '24              00120251203    104455AOMAIN|AA21234003310987|AERomero-Whitlock, Ines|BLY|AY2AZ4C1D',
);
export const sip2HomeAddress = sip2Field(
  'sip2_home_address',
  'ADDRESS',
  'BD',
  "The patron's home address in a SIP2 patron information response (`|BD…`)",
  '64              00120251203    101522000000000002000000000000AOMAIN|AA21234001234567|BD1420 Lakeview Terrace, Ames IA 50010|AY3AZD8F2',
);
export const sip2HomePhone = sip2Field(
  'sip2_home_phone',
  'PHONE',
  'BF',
  "The patron's home phone in a SIP2 patron information response (`|BF…`)",
  '64              00120251203    101522000000000002000000000000AOMAIN|AA21234001234567|BF515-555-0124|AY3AZD8F2',
);

/**
 * A proxy user who is a person: a library card's digits (8–16, a PIN glued after a `-` in a failed
 * login too) or a person's login by its shape; a system, service or team account stays.
 */
function isProxyUser(v: string): boolean {
  return /^\d{8,16}(?:-\d{4,8})?$/.test(v) || isPersonLoginShape(v);
}

/** A Common Log Format line's first four fields: host, identd (`%l`), user (`%u`), `[time]`. */
const CLF_HEAD = /\[\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\]/;

export const accessLogUser = regexDetector({
  id: 'access_log_user',
  entity: 'USERNAME',
  description: 'The authenticated user (`%u`) of a Common / Combined Log Format line (web servers, EZproxy)',
  validation:
    "the third blank-separated field of a line that opens with host, identd, user and a bracketed `[dd/Mon/yyyy:hh:mm:ss ±zzzz]` time: a person's login by its shape (no system, service or team account) or a card's 8–16 digits",
  context: false,
  example: '198.51.100.23 - 21234001239901 [03/Dec/2025:10:41:07 -0600] "GET https://www.jstor.org:443/stable/2937954 HTTP/1.1" 200 4821',
  keywords: [' ['],
  prefilter: (s) => s.text.length >= 40 && CLF_HEAD.test(s.text),
  pattern: /^[^\s[\]]{1,64} [^\s[\]]{1,128} ([^\s[\]]{1,128}) \[\d{2}\/[A-Z][a-z]{2}\/\d{4}:/dgm,
  group: 1,
  validate: (v) => (isProxyUser(v) ? v : undefined),
});

/** A session id's shape: 12–64 letters and digits, both. */
const SESSION_SHAPE = /^(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{12,64}$/;

export const accessLogSession = regexDetector({
  id: 'access_log_session',
  entity: 'SESSION_COOKIE',
  description: "A session id in a Common Log Format line's identd field (EZproxy's `%{ezproxy-session}i` in place of `%l`)",
  validation:
    'the second blank-separated field of a line that opens with host, identd, user and a bracketed `[dd/Mon/yyyy:hh:mm:ss ±zzzz]` time: 12–64 letters and digits, both',
  context: false,
  example:
    '203.0.113.54 Q7mZp2RkX9wL4tNv mcortez [03/Dec/2025:11:02:44 -0600] "GET https://search.ebscohost.com:443/login.aspx HTTP/1.1" 302 0',
  keywords: [' ['],
  prefilter: (s) => s.text.length >= 40 && CLF_HEAD.test(s.text),
  pattern: /^[^\s[\]]{1,64} ([A-Za-z0-9]{12,64}) [^\s[\]]{1,128} \[\d{2}\/[A-Z][a-z]{2}\/\d{4}:/dgm,
  group: 1,
  validate: (v) => (SESSION_SHAPE.test(v) ? v : undefined),
});

/** An EZproxy audit line's event, IP, user, session: `Login.Success\t198.51.100.23\trdoe\t4t5eLJ0g…`. */
const AUDIT_HEAD = /Login\.[A-Z][A-Za-z.]{1,30}\t[0-9A-Fa-f.:]{3,45}\t/;

export const ezproxyAuditUser = regexDetector({
  id: 'ezproxy_audit_user',
  entity: 'USERNAME',
  description: 'The user of an EZproxy audit log line (`Login.Success`, `Login.Failure`: date, time, event, IP, user, session)',
  validation:
    "the tab-separated column after a `Login.…` event and an IP address: a person's login by its shape (no system, service or team account: `guest`) or a card's 8–16 digits (with a PIN glued after `-`)",
  context: false,
  example: '2025-12-03 10:40:59\tLogin.Success\t198.51.100.23\trkowalski\tk2Fq8Lm3Xz9RpW4d',
  keywords: ['login.'],
  prefilter: (s) => s.text.length >= 20 && AUDIT_HEAD.test(s.text),
  pattern: /Login\.[A-Z][A-Za-z.]{1,30}\t[0-9A-Fa-f.:]{3,45}\t([^\t\r\n]{1,128})/dg,
  group: 1,
  validate: (v) => (isProxyUser(v) ? v : undefined),
});

export const ezproxyAuditSession = regexDetector({
  id: 'ezproxy_audit_session',
  entity: 'SESSION_COOKIE',
  description: 'The session id of an EZproxy audit log line (the column after the user)',
  validation: 'the tab-separated column after a `Login.…` event, an IP address and a user: 8–64 letters and digits',
  context: false,
  example: '2025-12-03 10:40:59\tLogin.Success\t198.51.100.23\trkowalski\tk2Fq8Lm3Xz9RpW4d',
  keywords: ['login.'],
  prefilter: (s) => s.text.length >= 20 && AUDIT_HEAD.test(s.text),
  pattern: /Login\.[A-Z][A-Za-z.]{1,30}\t[0-9A-Fa-f.:]{3,45}\t[^\t\r\n]{0,128}\t([A-Za-z0-9]{8,64})(?![A-Za-z0-9])/dg,
  group: 1,
  validate: (v) => v,
});

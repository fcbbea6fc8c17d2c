import { SIG_LINE_FEED } from '../char-signature.js';
import { isCompanyName } from '../../structure/company-name.js';
import { isSystemAccount } from './login-names.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { regexDetector } from './helpers.js';

/**
 * SWIFT MT customer transfers (MT103, MT101, MT202 COV): fields 50K / 50F (ordering customer) and
 * 59 / 59F (beneficiary customer) hold an optional `/account` line, then up to four lines of 35
 * characters with the customer's name and address (`ERIKA MUSTERMANN` / `HEIDESTRASSE 17`), in
 * capitals, where free-text name and address detectors do not look. The name line and the address
 * lines after it are masked as two spans; the account line is left to the IBAN and account
 * detectors. Options A (a BIC) are not personal, nor is a company (a legal form at the end of the
 * name line). The name line's other copies in the same text (field 70's `GIFT FROM ERIKA
 * MUSTERMANN`, field 72's `/BNF/ON BEHALF OF …`) are masked too, and the engine follows the name to
 * the record's other members (a screening alert's `matchedName`: engine.ts NAME_COPY_DETECTORS).
 *
 * The same content is read where a tool wrote it without its tag line (leftovers of red-team
 * round 69):
 * - flattened onto one line, often in lower case (`{4: :20:… :50k:/nl91… jan de vries keizersgracht
 *   1 amsterdam :59:/… :70:… -}`, a message pasted into a ticket): up to the next ` :tag:` or `-}`;
 * - as a delimited row's cell after a cell holding the tag (a screening engine's export
 *   `ALR-1|FT…|59|/ES91… NAME STREET TOWN|OFAC-SDN|0.91`), the cell starting with the account;
 * - as a whole string (swift_field_content below): a parser's tag map (`"50K": "/…\nNAME\n…"`,
 *   Prowide's `{name: "50K", value}`), a screening alert's hit text.
 */
// At a line's start, or after a `|` where a repair queue or a screening export writes the field
// into one delimited row (red-team round 69); a `|` (outside SWIFT's character set) ends it.
const PARTY_FIELD =
  /(?:^|\|):(?:50[KF]|59F?):(?:\/[^\r\n|]{1,34}\r?\n)?((?!:\d{2}[A-Z]?:|-\})[^\r\n|]{1,35}(?:\r?\n(?!:\d{2}[A-Z]?:|-\})[^\r\n|]{1,35}){0,3})/dgm;
/** One line of a flattened message: the tag after a blank or `{`, any case, up to the next ` :tag:`, `-}` or the line's end. */
const FLAT_PARTY_FIELD =
  /(?<=[ {]):(?:50[KF]|59F?):(?:\/[A-Za-z0-9]{6,34} )?([^\r\n:|;]{2,140}?)(?= :\d{2}[A-Za-z]?:| ?-\}|[ \t]*(?:\r?\n|$))/dgi;
/** A delimited row's cell after the tag's cell: the account first, then the name and address. */
const CELL_PARTY_FIELD = /(?:^|[|;\t])(?:50[KF]|59F?)[|;\t]\/[A-Za-z0-9]{6,34}[ ]([^|;\t\r\n]{2,140})/dgim;

/** Legal forms SWIFT name lines end with beyond isCompanyName's (`HOLLANDSE VLOT BV`, `FIRMA AB`); `SA` / `AS` are surnames too. */
const MORE_LEGAL_FORMS = / (?:BV|B\.V\.|NV|N\.V\.|KG|SE|AB|OY|OYJ|ASA|SPA|S\.P\.A\.|SRL|SARL|SAS|LDA|SL|S\.L\.|SP\. Z O\.O\.|KFT|AS\.)$/i;

/** Whether a party's name line names a company (a legal form at its end), which stays. */
function isCompanyLine(line: string): boolean {
  const name = line.trim();
  return isCompanyName(name) || MORE_LEGAL_FORMS.test(name);
}

/** A 50F line's number (`1/NAME`, `2/STREET`, `3/DE/BERLIN`). */
const NUMBERED_LINE = /^[1-8]\//;

/** At least this many characters for a name line's other copies to be searched (as record copies: MIN_RECORD_COPY). */
const MIN_ECHO = 8;

/**
 * Pushes the spans of one party field's content `text[start, end)`: its first line (the name, a
 * 50F line number kept out) and the lines after it, unless the name is a company's. Returns the
 * name line, or undefined.
 */
function pushPartyLines(text: string, start: number, end: number, id: string, out: Span[], priority: number): string | undefined {
  const content = text.slice(start, end);
  if (!/\p{L}/u.test(content)) return undefined;
  let nl = content.indexOf('\n');
  if (nl < 0) nl = content.length;
  let nameStart = start;
  if (NUMBERED_LINE.test(content)) nameStart += 2;
  let nameEnd = start + nl;
  if (text.charCodeAt(nameEnd - 1) === 13) nameEnd--;
  while (nameEnd > nameStart && text.charCodeAt(nameEnd - 1) === 32) nameEnd--;
  const name = text.slice(nameStart, nameEnd);
  if (isCompanyLine(name)) return undefined;
  if (/\p{L}/u.test(name))
    out.push({ start: nameStart, end: nameEnd, entity: 'PERSON', detector: id, normalized: name.toUpperCase(), priority });
  const rest = start + nl + 1;
  if (rest < end) {
    let restEnd = end;
    while (restEnd > rest && /\s/.test(text[restEnd - 1]!)) restEnd--;
    const lines = text.slice(rest, restEnd);
    if (/\p{L}|\d/u.test(lines))
      out.push({ start: rest, end: restEnd, entity: 'PERSON', detector: id, normalized: lines.toUpperCase(), priority });
  }
  return name.length >= MIN_ECHO && /\p{L}/u.test(name) ? name : undefined;
}

/** Pushes the other copies of `names` in `text` that stand alone and overlap none of `from`'s spans after index `first`. */
function pushEchoes(text: string, names: Set<string>, out: Span[], first: number, id: string, priority: number): void {
  const found = out.length;
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (/[\p{L}\d]/u.test(text[at - 1] ?? '') || /[\p{L}\d]/u.test(text[end] ?? '')) continue;
      let inside = false;
      for (let k = first; k < found && !inside; k++) inside = out[k]!.start < end && at < out[k]!.end;
      if (!inside) out.push({ start: at, end, entity: 'PERSON', detector: id, normalized: name.toUpperCase(), priority });
    }
  }
}

function partyFind(scan: TextScan, out: Span[], priority: number): void {
  const text = scan.text;
  const first = out.length;
  const names = new Set<string>();
  for (const pattern of [PARTY_FIELD, FLAT_PARTY_FIELD, CELL_PARTY_FIELD]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const range = m.indices?.[1];
      if (range === undefined) continue;
      // Each field once: a flattened tag already read as a line's field is skipped.
      let seen = false;
      for (let k = first; k < out.length && !seen; k++) seen = out[k]!.start <= range[0] && range[0] < out[k]!.end;
      if (seen) continue;
      // A flattened field without its account line only inside a message's text block (`{4:`):
      // prose that names a tag (`the field :59: holds the beneficiary`) is no message.
      if (pattern === FLAT_PARTY_FIELD && m[0].charCodeAt(m[0].indexOf(':', 1) + 1) !== 47 && text.indexOf('{4:') < 0) continue;
      const name = pushPartyLines(text, range[0], range[1], SWIFT_MT_PARTY, out, priority);
      if (name !== undefined && pattern === PARTY_FIELD) names.add(name);
    }
  }
  if (names.size > 0) pushEchoes(text, names, out, first, SWIFT_MT_PARTY, priority);
}

const SWIFT_MT_PARTY = 'swift_mt_party';

export const swiftMtParty: ValueDetector = {
  id: SWIFT_MT_PARTY,
  entity: 'PERSON',
  description: 'Ordering and beneficiary customers (name and address lines) in SWIFT MT payment messages',
  validation:
    'the name and address lines (up to 4 × 35 characters) of field 50K, 50F, 59 or 59F, after the optional /account line, up to the next :tag: (a flattened message: up to the next " :tag:" or "-}"; a delimited row: the cell after the tag\'s, from its /account); a company (legal form) stays; the name\'s other copies in the text too',
  context: false,
  example: ':59:/GB29NWBK60161331926819\nJOHN SMITH\n1 CHURCHILL PLACE\n:71A:SHA',
  keywords: [':50k:', ':50f:', ':59:', ':59f:', '|50k|', '|50f|', '|59|', '|59f|', ';50k;', ';50f;', ';59;', ';59f;', '\t50k\t', '\t59\t'],
  prefilter: () => true,
  find: partyFind,
};

/**
 * A SWIFT party field's content as a whole string, without its tag (leftovers of red-team round
 * 69): a parser's map keyed by the tag (`"50K": "/DE89…\nERIKA MUSTERMANN\nHEIDESTRASSE 17"`,
 * Prowide's `{name: "59", value}`, a FLEXCUBE `F50F`), a screening alert's hit text
 * (`fieldContent`, `hit.text`). The shape alone says what it is: an `/account` line (6 to 34
 * letters and digits, 6 digits or more) and one to four lines of at most 35 characters in SWIFT's
 * character set, without lower-case letters, the first one holding letters (a 50F `1/` name). The
 * same spans as swift_mt_party.
 */
const FIELD_CONTENT = /^\/([A-Za-z0-9]{6,34})\r?\n((?:[1-8]\/)?[A-Z0-9/?:().,'+ -]{2,35}(?:\r?\n[A-Z0-9/?:().,'+ -]{1,35}){0,3})\s*$/d;

/**
 * Whether a whole value is a SWIFT party field's content with its account line and a person's name
 * line (swift_field_content reads it): under a party's key (`50K`, `ordering_customer`) it is read
 * by that detector rather than masked whole, so its name line alone is followed to its copies
 * (structure/types.ts keptUnderKey).
 */
export function isSwiftPartyContent(value: string): boolean {
  if (value.charCodeAt(0) !== 47 || value.length > 200) return false;
  const m = FIELD_CONTENT.exec(value);
  if (m === null || (m[1]!.match(/\d/g)?.length ?? 0) < 6) return false;
  const name = m[2]!.split('\n')[0]!;
  return (name.match(/[A-Z]/g)?.length ?? 0) >= 4 && !isCompanyLine(name.replace(/^[1-8]\//, ''));
}

export const swiftFieldContent: ValueDetector = {
  id: 'swift_field_content',
  entity: 'PERSON',
  description: "A SWIFT party field's content without its tag: the /account line, then the name and address lines",
  validation:
    "a whole string of an /account line (6 digits or more) and 1 to 4 lines of at most 35 capitals, digits and SWIFT punctuation, the first holding letters; a company (legal form) stays; the name's other copies too",
  context: false,
  example: '/DE89370400440532013000\nERIKA MUSTERMANN\nHEIDESTRASSE 17\n51147 KOELN',
  // The prefilter's characters (a line feed after the first line): a text without one skips the call (stop 43).
  needs: { all: SIG_LINE_FEED },
  prefilter: (s) => s.text.charCodeAt(0) === 47 && s.text.length <= 200 && s.text.indexOf('\n') > 6,
  find(scan: TextScan, out: Span[], priority: number): void {
    const m = FIELD_CONTENT.exec(scan.text);
    const range = m?.indices?.[2];
    if (m === null || range === undefined || (m[1]!.match(/\d/g)?.length ?? 0) < 6) return;
    // A name line of four letters or more (`/1234567\nOK` is no party).
    if ((m[2]!.split('\n')[0]!.match(/[A-Z]/g)?.length ?? 0) < 4) return;
    const first = out.length;
    const name = pushPartyLines(scan.text, range[0], range[1], 'swift_field_content', out, priority);
    if (name !== undefined) pushEchoes(scan.text, new Set([name]), out, first, 'swift_field_content', priority);
  },
};

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
 * The domestic account on the first line of the same tagless content (`"59": "/000123456789\nJOHN
 * SMITH\nAUSTIN TX"`): 6 to 34 digits after the slash, a name line in capitals after it. An IBAN
 * there is the IBAN detector's.
 */
const FIELD_CONTENT_ACCOUNT = /^\/(\d{6,34})\r?\n(?:[1-8]\/)?[A-Z][A-Z0-9/?:().,'+ -]{1,34}(?:\r?\n|$)/dg;

export const swiftFieldContentAccount = regexDetector({
  id: 'swift_field_content_account',
  entity: 'BANK_ACCOUNT',
  description: "The domestic account line of a SWIFT party field's content written without its tag",
  validation: 'a string that starts with / and 6 to 34 digits on its own line, then a name line in capitals',
  context: false,
  example: '/000123456789\nJOHN SMITH\nAUSTIN TX',
  // The prefilter's characters (a line feed after the first line): a text without one skips the call (stop 43).
  needs: { all: SIG_LINE_FEED },
  prefilter: (s) => s.text.charCodeAt(0) === 47 && s.text.length <= 200 && s.text.indexOf('\n') > 6,
  pattern: FIELD_CONTENT_ACCOUNT,
  group: 1,
  // A field's content is short (four lines of 35): the length bound is the rule's, not only the
  // prefilter's, so `find` and `prefilter` agree (keyword-index.test.ts).
  validate: (v, scan) => (scan.text.length <= 200 ? v : undefined),
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
 * A Temenos Transact (T24) record's name and address fields as OFS messages and the audit trail
 * write them, each value after its field name and multi-value position (`NAME.1:1:1=Jan de Vries`,
 * `SHORT.NAME:1:1=`, `STREET:1:1=`, `BEN.CUSTOMER:2:1=Keizersgracht 1`, `BEN.ADDRESS:1:1=`,
 * `ORDERING.CUST:1:1=`; Temenos OFS guide, CUSTOMER / BENEFICIARY / FUNDS.TRANSFER), up to the next
 * `,` (leftovers of red-team round 69). Codes (`SECTOR`, `TRANSACTION.TYPE`), amounts, accounts
 * (read by the account detectors) and the payment details stay. A company (legal form) stays.
 */
const T24_PARTY_FIELD =
  /(?:^|[,\s])(?:NAME\.[12]|SHORT\.NAME|STREET|ADDRESS|TOWN\.COUNTRY|BEN\.CUSTOMER|BEN\.SHORT\.NAME|BEN\.NAME|BEN\.ADDRESS|ORDERING\.CUST|ORDERING\.CUSTOMER|ACCOUNT\.TITLE\.[12]):\d{1,3}(?::\d{1,3})?=([^,\r\n"]{2,70})/dg;

export const t24PartyField = regexDetector({
  id: 't24_party_field',
  entity: 'PERSON',
  description: "A customer's or a beneficiary's name and address fields in a Temenos Transact (T24) OFS message",
  validation:
    'NAME.1, SHORT.NAME, STREET, ADDRESS, TOWN.COUNTRY, BEN.CUSTOMER, BEN.NAME, BEN.ADDRESS, ORDERING.CUST or ACCOUNT.TITLE.1 with its :m:s= position, in a text with an OFS marker (/I/PROCESS, /I/VALIDATE, INPUTT/); the value up to the next comma, holding letters; a company stays',
  context: false,
  example: 'CUSTOMER,/I/PROCESS//0,INPUTT/******,100918,NAME.1:1:1=Jan de Vries,STREET:1:1=Keizersgracht 1',
  keywords: ['/i/process', '/i/validate', 'inputt/'],
  prefilter: (s) => s.text.indexOf(':1=') >= 0,
  pattern: T24_PARTY_FIELD,
  group: 1,
  validate: (v) => {
    const value = v.trim();
    return /\p{L}{2}/u.test(value) && !isCompanyLine(value) ? value : undefined;
  },
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

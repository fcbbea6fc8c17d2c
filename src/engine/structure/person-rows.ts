import type { CountryCode } from 'libphonenumber-js/max';
import { SIG_INFO_SEPARATOR } from '../detect/char-signature.js';
import type { TextScan } from '../detect/types.js';
import { phoneNumberLibrary } from '../detect/phone-lib.js';
import {
  abaRoutingValid,
  caSinValid,
  usItinValid,
  esNifValid,
  frNirValid,
  itFiscalCodeValid,
  nhsValid,
  plPeselValid,
  ukNinoValid,
} from '../detect/validators-ids.js';
import { ukUtrValid } from '../detect/values/record-ids.js';
import { nzIrdValid } from '../detect/values/commonwealth-ids.js';
import {
  atSvnrValid,
  balticPersonalCodeValid,
  chAhvValid,
  czBirthNumberValid,
  deTaxIdValid,
  dkCprValid,
  fiHetuValid,
  iePpsValid,
  noFodselsnummerValid,
  realDate,
  roCnpValid,
  sePersonnummerValid,
  zaIdValid,
} from '../detect/validators-national.js';
import { LATEST_BIRTH_YEAR, usSsnValid, weighted } from '../detect/validators.js';
import { accountTitleOwnerOf } from '../detect/values/account-titles.js';
import { brokerageAccountShaped } from '../detect/values/banking.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isFullNameLogin, isSystemAccount } from '../detect/values/login-names.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE, SURNAME, US_STATE_CODES, WORDLIKE_GIVEN } from '../detect/values/person-names.js';
import { birthDateOf, cellsOf, recordIdColumns, separatorOf } from './bare-cells.js';
import { isCompanyName } from './company-name.js';
import { compactTaxIdEntity, rowAccountCells } from './row-accounts.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * A row is evidence about its cells; rows come in runs (stop 39: header-less rows of HR, payroll,
 * CRM, shop, payment and identity exports pasted into logs and tickets without their header line:
 * a BambooHR directory TSV, a Workday census CSV, a Mailchimp / Shopify / Klaviyo export row, a
 * Nordic, Baltic or South African payroll row, a Keycloak user list). One weak cell alone (a
 * capitalised word pair, a number that passes a check digit, a date) is as often a product, an id
 * or an event's; so a cell is read for what it looks like only when its row or its column says
 * the row is a person's:
 *
 * - row evidence: a row holding two kinds of personal cells, one of them a person's name, an
 *   e-mail or a national id, is a person's row: a name (a given name and a surname-shaped word in
 *   neighbouring cells, one of them in the name lists; a whole-cell name of two or three words
 *   with its first word a given name or its last a surname of the lists; a name written surname
 *   first), an e-mail, a phone (an international number, a national one with its trunk 0, or a
 *   mobile without it right after the name), a date that could be a birth (the oldest one), a
 *   national id that passes its own check (and its date where it holds one), a street cell, a
 *   postcode or a state and its postcode. In such a row the name, the id, the phone, the oldest
 *   birth-plausible date, the street and the postcode are masked; two neighbouring name-shaped
 *   cells none of the lists knows count as a name beside a national id only;
 * - a login spelled from the row's name (`h.achterberg`, `dmarchet`: initial or given name and
 *   surname, a Salesforce alias cut at 8) is the person's (USERNAME), and proves the name;
 * - column runs: lines of the same separator and cell count are a table; a column holding a name
 *   in at least two rows and half of them (one of them known to the lists) is a name column for
 *   every row, a column of check-digit ids or phones in two rows and half likewise, and a column
 *   holding a full-name login in one row holds logins in every row (system accounts stay);
 * - a lower-case whole-cell name whose both words the lists know as a given name and a surname
 *   (`marisol quintero`) is a name alone.
 *
 * Kept: ids, codes, counts, amounts, timestamps, event dates (only the oldest plausible birth
 * date of a person's row), product, department, company and place names (one-word cells pair up
 * only with a name of the lists, neither an everyday word), system accounts. A row is a line of 4
 * cells or more (3 in a run of such lines) split by one of `,` `;` TAB `|`. Gated by a separator
 * twice and a capital letter or a digit; each line is split once and each cell read by its first
 * character and length before any list or check.
 */

const K_NAME = 1;
const K_EMAIL = 2;
const K_PHONE = 4;
const K_DOB = 8;
const K_NID = 16;
const K_STREET = 32;
const K_POST = 64;
const K_LOGIN = 128;
const K_BARE_PHONE = 256;
const K_NAME_SHAPE = 512;
const K_LOWER_NAME = 1024;
/** A whole-cell name none of whose words the lists know: a name only in a row of two other kinds (an address row). */
const K_WHOLE_SHAPE = 2048;
/**
 * A name in capitals one of whose end words the lists know (`QUILLFEATHER ROSAMUND`,
 * `WINTERBOTHAM ALDOUS`: surname first, as carriers' batch files write it): a name in a row that
 * holds a carrier's policy or contract cell, or in a column of such cells (leftovers of round 83).
 */
const K_CAPS_SHAPE = 4096;
/**
 * A vital record's event as a cell of its own (`BIRTH`, `DEATH`, `MARRIAGE`: a registrar's
 * fulfilment or index row), or a second `SURNAME, GIVEN` name of the same row (a marriage index
 * row's two parties): evidence that the row is about people (leftovers of red-team round 89).
 */
const K_VITAL = 8192;
/**
 * A bank account by the bank code beside it or its own check (row-accounts.ts: a sort code or a
 * BSB and the account after it, an IFSC cell and the account's digits, a compact NZ account), or a
 * compact tax number right beside the row's name: evidence of a payroll or a payment row.
 */
const K_ACCOUNT = 16384;
/**
 * A national id after its label inside one cell (`NI: QQ 12 34 56 C`, `PPSN 6433435F`, `SIN
 * 046 454 286`): evidence that the row is a person's, never masked here (the id's own detectors
 * mask it after its label; the label stays).
 */
const K_LABELLED_ID = 32768;
/** Kinds that make a row a person's when one of them is among its two kinds. */
const PERSONAL = K_NAME | K_EMAIL | K_NID | K_LABELLED_ID;
const EVIDENCE = K_NAME | K_EMAIL | K_PHONE | K_DOB | K_NID | K_STREET | K_POST | K_VITAL | K_ACCOUNT | K_LABELLED_ID;
/** A vital record's event cell (K_VITAL). */
const VITAL_EVENT_CELL = /^(?:BIRTH|DEATH|MARRIAGE|DIVORCE|FETAL DEATH|STILLBIRTH|Birth|Death|Marriage|Divorce)$/;
/** Two words in capitals (GIVEN_NAMES_CAPITALS's cell). */
const GIVEN_NAMES_CAPITALS = /^([A-ZÀ-ÖØ-Þ]{2,20}) ([A-ZÀ-ÖØ-Þ]{2,20})$/;
/** Two capitalised given names joined by `&` or `and` (COUPLE_GIVEN_NAMES's cell). */
const COUPLE_GIVEN_NAMES = /^([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{1,20}) (?:&|and) ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{1,20})$/;
/** A word the lists know as a given name, no stop word. */
function givenWord(word: string): boolean {
  const f = foldName(word);
  return (nameKind(f) & GIVEN) !== 0 && !isNameStopWord(f);
}
/** A given name and a middle initial (`JUNIPER A`, `Odalys M.`): the given-name cell of a row written surname first. */
const GIVEN_INITIAL = /^([A-ZÀ-ÖØ-Þ][A-Za-zß-öø-ÿ'’-]{1,24}) [A-Z]\.?$/;

interface Cell {
  a: number;
  b: number;
  kind: number;
  entity: string;
  normalized?: string;
  /** A date's value (YYYYMMDD) when the cell is a birth-plausible date. */
  born: number;
  /** A one-word cell: SHAPED (name-shaped) with the lists' bits (GIVEN, SURNAME, RARE), 0 for any other cell. */
  word: number;
  /** A phone cell whose number is a mobile's. */
  mobile: boolean;
  /** An account title's owner (`ASHDOWN CORWIN` of `ASHDOWN CORWIN IRA`): the cell ends before the registration type. */
  title?: boolean;
}

interface Row {
  from: number;
  sep: number;
  cells: Cell[];
  /** Evidence kinds gathered from cells, pairs and columns. */
  kinds: number;
  /** Cells to mask as PERSON (pairs, whole names, names of a name column). */
  names: Set<number>;
  /** Cells of an id / phone column, and login cells of a login column. */
  columnHits: Map<number, string>;
  /** The record-id columns the header line above names (bare-cells.ts recordIdColumns). */
  ids?: readonly number[];
}

const MAX_CELL = 60;
const MAX_LINES = 400;
const ONE_WORD = /^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{1,24}|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{1,24}|(?:Mac|Mc|O')[A-Z][a-zß-öø-ÿ]{1,20})$/;
const DOUBLE_BARRELLED = /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{1,20}-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{1,20}$/;
/** A whole name: two or three capitalised words, Dutch and German particles between. */
const WHOLE_NAME =
  /^([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{1,20}(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{1,20})?)(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{1,20})?(?: (?:van der|van den|van de|van|von|de la|de|der|den|ter|ten|da|di|del|du|dos|le|la))? ((?:Mac|Mc|O')?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{1,24}(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{1,24})?)$/;
const PARTICLE_SURNAME = /^(?:van der|van den|van de|van|von|de la|de|da|di|du|dos|ter|ten|le|la) [A-Z][a-zß-öø-ÿ'’]{2,24}$/;
/** Places written like names (`Den Haag`, `San Sebastián`, `Bad Homburg`): a particle or a place word first. */
const PLACE_FIRST =
  /^(?:Den|De|La|Le|Les|Los|Las|El|Al|San|Santa|Santo|São|Sankt|St|Saint|Sainte|Sint|Port|Porto|Bad|Mount|Mont|Fort|New|North|South|East|West|Upper|Lower|Great|Little|Villa|Castel|Monte|Puerto|Ciudad|Nieuw|Neu|Alt) /;
const LOWER_NAME = /^([a-z]{3,15}) (?:o'|o’)?([a-z]{3,20})$/;
const INVERTED_NAME = /^([A-ZÀ-ÖØ-Þ][A-Za-zß-öø-ÿ'’-]{1,24}), ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{1,24})(?: [A-Z]\.?)?$/;
/** `LAST, FIRST` in capitals (`CALLOWAY, BRONWEN`, `VANTERPOOL, INGEBORG M`): a lapse or mortgagee batch's insured. */
const INVERTED_CAPITALS = /^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{1,24}), ([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]{2,24})(?: [A-Z]\.?)?$/;
/**
 * An HL7-style name `FAMILY^GIVEN` (a middle name or initial may follow) as a cell of a row that
 * is no segment (an EHR pre-screening hit list `30091124|QUINLAN^MARGUERITE|19640829|…`:
 * red-team round 95); texts with HL7 segments are hl7.ts's (personRowSpans).
 */
const CARET_NAME = /^([A-ZÀ-ÖØ-Þ][A-Za-zß-öø-ÿ'’-]{1,24})\^([A-ZÀ-ÖØ-Þ][A-Za-zß-öø-ÿ'’]{1,24})(?:\^[A-Za-z.]{0,20}){0,3}$/;
/** Two or three words in capitals, the first one may be double-barrelled (`DELACROIX-ABERNATHY EVANGELINE`, `SAOIRSE NIC AODHA`). */
const CAPITALS_WORDS = /^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{1,24}(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{1,24}){1,2}$/;
const EMAIL_CELL = /^[^\s@]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
/** A whole name in capitals (`FEARGHAL DUNNE`): two or three words. */
const CAPITALS_NAME = /^([A-ZÀ-ÖØ-Þ]{2,20})(?: [A-ZÀ-ÖØ-Þ]{2,20})? ([A-ZÀ-ÖØ-Þ'’-]{2,24})$/;
const LOGIN_CELL = /^[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,3}$/;

const INTERNATIONAL = /^\+\d[\d ()-]{6,18}\d$/;
/** A national number with its trunk 0: grouped by blanks or dashes, or 10–11 digits unbroken (a 12-digit serial is no phone). */
const TRUNK_NATIONAL = /^(?:0[1-9](?=[\d -]*[ -])[\d -]{6,13}\d|0[1-9]\d{8,9})$/;
const BARE_MOBILE = /^[1-9]\d{7,10}$/;
/** A country code (not North America's `1`) and a national number, 11–13 digits without the `+`. */
const INTERNATIONAL_BARE = /^[2-9]\d{10,12}$/;
/** Regions dialled with a trunk 0 whose national writing is read. */
const TRUNK_REGIONS: readonly CountryCode[] = [
  ...['GB', 'FI', 'AU', 'NZ', 'ZA', 'IN', 'IE', 'FR', 'DE', 'NL', 'BE', 'AT', 'CH', 'SE', 'IT'],
  // Nigeria, Kenya, Ghana and Malaysia write their mobiles with the trunk 0 too (`0802 123 4567`,
  // `0712 123456`: courier, SACCO and mobile-money rows; leftovers of red-team round 28).
  ...['NG', 'KE', 'GH', 'MY'],
] as CountryCode[];
/** Regions whose mobiles are written without a trunk prefix (a bare cell right after a name). */
const BARE_REGIONS: readonly CountryCode[] = ['PT', 'CZ', 'NO', 'DK', 'ES', 'PL', 'SK', 'SG'];
/**
 * Ten bare digits of a North American number (area code and exchange not starting 0 or 1), as
 * dialers, QA exports and IVR call rows write the caller's number (red-team round 84): read as
 * the other bare mobiles, so masked only right after the row's name.
 */
const NANP_BARE = /^[2-9]\d{2}[2-9]\d{6}$/;
const NANP_REGIONS: readonly CountryCode[] = ['US'];
const PERSONAL_LINES = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE', 'PERSONAL_NUMBER']);
const PHONE_TYPES = new Set(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'PERSONAL_NUMBER']);

const DATE_CELL = /^(?:\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2}|(?:19|20)\d{6})$/;

const STREET_EN =
  /^\d{1,5}[A-Za-z]? (?:[A-Z][A-Za-z'’.-]+ ){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Crescent|Cres|Terrace|Tce|Parade|Pde|Close|Court|Ct|Place|Pl|Way|Grove|Mews|Gardens|Gdns|Row|Square|Sq|Rise|Boulevard|Blvd|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Walk|Hill|Green)\.?(?: (?:Apt|Unit|Suite|Flat|#) ?[A-Za-z0-9-]{1,6})?$/;
const STREET_FR =
  /^\d{1,4}(?: ?(?:bis|ter))?,? (?:rue|avenue|av\.|boulevard|bd|place|allée|impasse|chemin|quai|cours|route) [A-Za-zÀ-ÿ' -]{2,40}$/i;
const STREET_LATIN = /^(?:Via|Viale|Piazza|Corso|Calle|Avenida|Rua|Travessa|Carrer|Paseo|Plaza) [A-Za-zÀ-ÿ' .]{2,40} \d{1,4}[A-Za-z]?$/;
const STREET_WORD =
  /^[A-Z][a-zäöüßéè]{2,24}(?:laan|straat|weg|gracht|plein|kade|singel|dijk|steeg|straße|strasse|gasse|allee|damm|ufer|vej|gade|gatan|vägen|veien|gata)(?: \d{1,4}[a-z]?)?$/;
const STREET_DE =
  /^(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Unter den|Hinter der) [A-ZÄÖÜ][a-zäöüß]{2,24}(?: [A-ZÄÖÜ][a-zäöüß]{2,24})? \d{1,4}[a-z]?$/;
const UK_POSTCODE = /^[A-PR-UWYZ](?:[A-HK-Y]?\d[A-Z\d]?|\d[A-HJKPSTUW]) \d[ABD-HJLNP-UW-Z]{2}$/;
const NL_POSTCODE = /^[1-9]\d{3} ?[A-Z]{2}$/;
const AU_STATES = new Set(['NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT', 'NT']);
const ZIP = /^\d{5}(?:-\d{4})?$/;
const FOUR_DIGITS = /^\d{4}$/;
const FIVE_DIGITS = /^\d{5}$/;
const TOWN = /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,24}$/;
/** A cell naming a phone channel (an MFA or callback export's method column). */
const CHANNEL = /^(?:sms|SMS|voice|call|mobile|phone|whatsapp|WhatsApp|text)$/;
const IAM_USER_ARN = /^arn:aws:iam::\d{12}:user\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{2,64})$/;

/** Whether text may hold person rows: a separator twice on a line of 20 characters or more. */
export function mayHoldPersonRows(scan: TextScan): boolean {
  const t = scan.text;
  if (t.length < 20) return false;
  return (
    twoOf(t, ',') ||
    twoOf(t, ';') ||
    twoOf(t, '\t') ||
    twoOf(t, '|') ||
    // FEC `.fec` lines, split by FS (bare-cells.ts separatorOf): a bit of the signature gates the search.
    ((scan.signature & SIG_INFO_SEPARATOR) !== 0 && twoOf(t, '\x1c'))
  );
}

function twoOf(t: string, c: string): boolean {
  const i = t.indexOf(c);
  return i >= 0 && t.indexOf(c, i + 1) >= 0;
}

export function personRowSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  // HL7 v2 segments are hl7.ts's to read, by field position.
  if (text.indexOf('MSH|') >= 0 || text.indexOf('PID|') >= 0) return;
  // One line whose separator stands at most twice (a user agent's `(Windows NT 10.0; Win64;
  // x64)`, a sentence with two commas) holds at most three cells (cellsOf starts a cell after each
  // separator only): a run of one row under four cells is not read, so its cells are not classified.
  if (separatorOf(text, 0, text.length, 3) < 0 && text.indexOf('\n') < 0) return;
  const rows: Row[] = [];
  let ids: number[] | undefined;
  let from = 0;
  for (let n = 0; from < text.length && n < MAX_LINES; n++) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const end = to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to;
    const sep = end - from >= 12 ? separatorOf(text, from, end, 2) : -1;
    // A header line (every cell letters, no digit) is csv.ts's to read, no row of a table.
    if (sep >= 0 && !(n === 0 && headerLine(text, from, end))) {
      const row = readCells(text, from, end, sep);
      if (ids !== undefined) row.ids = ids;
      rows.push(row);
    } else if (sep >= 0 && n === 0) ids = recordIdColumns(text, cellsOf(text, from, end, sep));
    from = to + 1;
  }
  if (rows.length === 0) return;
  // Runs: consecutive rows of one separator and cell count.
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && rows[j]!.sep === rows[i]!.sep && rows[j]!.cells.length === rows[i]!.cells.length) j++;
    const run = rows.slice(i, j);
    if (run.length >= 2) readColumns(text, run);
    for (const row of run) if (run.length >= 2 || row.cells.length >= 4) readRow(ctx, text, row);
    i = j;
  }
}

/** A line with no digit (`lineAfter`: and a line after it, as a header has). */
function headerLine(text: string, from: number, to: number, lineAfter = true): boolean {
  if (lineAfter && text.indexOf('\n', to) < 0) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
  }
  return true;
}

function readCells(text: string, from: number, to: number, sep: number): Row {
  // A prefix before the first cell (`credential report row: …`) is cut at its last blank.
  const spans = cellsOf(text, from, to, sep);
  const first = spans[0]!;
  const colon = text.lastIndexOf(': ', first[1] - 1);
  if (colon >= first[0]) first[0] = colon + 2;
  const cells = spans.map(([a, b]) => classify(text, a, b));
  // Not a line without a digit: that is a header's column words (`nom,prenom,email,telephone` in a
  // terminal's output; red-team round 79), no lower-cased record.
  const lowerPlace = lowerLine(text, from, to) && !headerLine(text, from, to, false) && lowerCells(text, cells);
  const row: Row = { from, sep, cells, kinds: lowerPlace ? K_POST : 0, names: new Set(), columnHits: new Map() };
  pairNames(text, row);
  let named = false;
  for (const c of cells) {
    row.kinds |= c.kind;
    if (c.word !== 0) named = true;
  }
  // A NI number in lower case is one only beside a birth date (`ab123456c` alone may be any code).
  if ((row.kinds & K_DOB) === 0 && cells.some((c) => c.entity === 'UK_NINO' && text.charCodeAt(c.a) >= 97)) {
    let ids = 0;
    for (const c of cells) {
      if (c.entity === 'UK_NINO' && text.charCodeAt(c.a) >= 97) [c.kind, c.entity] = [0, ''];
      ids |= c.kind & K_NID;
    }
    row.kinds = (row.kinds & ~K_NID) | ids;
  }
  if (named || row.kinds & (K_NAME | K_NAME_SHAPE | K_WHOLE_SHAPE)) {
    // One row's numbers are of one numbering plan: beside a bare NANP number (`4705550102`), an
    // 8-digit cell read as a Nordic or Singapore line is the row's id (a CRM lead export's
    // `91822201,TrueCar,…`; red-team round 93), not a second phone.
    const nanp = cells.some((c) => c.entity === 'BARE' && NANP_BARE.test(text.slice(c.a, c.b)));
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i]!;
      if (c.entity === 'BARE_INTERNATIONAL') {
        const e164 = i === 0 ? undefined : internationalMobile(text.slice(c.a, c.b));
        if (e164 !== undefined) {
          [c.kind, c.entity, c.normalized, c.mobile] = [K_PHONE, 'PHONE', e164, true];
          row.kinds |= K_PHONE;
        } else c.entity = '';
        continue;
      }
      if (c.entity !== 'BARE') continue;
      const value = text.slice(c.a, c.b);
      const us = NANP_BARE.test(value);
      if (nanp && !us) continue;
      // The row's first cell of 8–9 bare digits is its record number (a 311 export's `Unique Key`
      // 59128803 before the caller's name: red-team round 94), not a mobile without its trunk 0.
      if (i === 0 && !us) continue;
      const e164 = phoneIn(value, us ? NANP_REGIONS : BARE_REGIONS, PERSONAL_LINES);
      if (e164 !== undefined) [c.kind, c.entity, c.normalized] = [K_BARE_PHONE, 'PHONE', e164];
    }
  }
  spelledLogins(text, row);
  accountOwnerCells(text, row);
  if (named || row.kinds & (K_NAME | K_WHOLE_SHAPE)) payrollCells(text, row);
  return row;
}

/** A line without a capital letter (a matching script's or a notebook's lower-cased export). */
function lowerLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215)) return false;
  }
  return true;
}

const LOWER_WORD = /^[a-zß-öø-ÿ][a-zß-öø-ÿ'’]{1,24}(?:-[a-zß-öø-ÿ][a-zß-öø-ÿ'’]{1,20})?$/;
/** `surname, given` in lower case, a middle initial and a generational suffix maybe (an FEC bulk row's NAME lower-cased). */
const LOWER_INVERTED = /^([a-zß-öø-ÿ][a-zß-öø-ÿ'’-]{1,24}), ([a-zß-öø-ÿ][a-zß-öø-ÿ'’]{1,24})(?: [a-z]\.?)?(?: (?:jr|sr|ii|iii|iv)\.?)?$/;

function titled(word: string): string {
  return word.replace(/(^|[-'’])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

/**
 * The one-word cells and `surname, given` cells of a row written all in lower case (a voter file
 * or an FEC bulk row lower-cased by a matching script: `…,szczepanski,marguerite,ilse,…`,
 * `…|delacroix-mbeki, theodora j|…`; leftovers of red-team round 102) are read as the same cells
 * capitalised: a one-word cell gets the lists' bits (the pairs, the columns and the row's evidence
 * decide as for a capitalised row), an inverted name whose given name the lists know is a name.
 * Multi-word cells (`rivera for texas`, `registered nurse`) keep their lower-case reading.
 */
function lowerCells(text: string, cells: Cell[]): boolean {
  let place = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell.kind !== 0 || cell.word !== 0 || cell.b - cell.a < 2) continue;
    const value = text.slice(cell.a, cell.b);
    const c = value.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      if (cell.b - cell.a >= 8 && LOWER_STREET.test(value)) cell.kind = K_STREET;
      continue;
    }
    if (c < 97 || c > 122) continue;
    // A state and its ZIP (`…,beaumont,tx,77706,…`): evidence of an address, as in a capitalised row.
    const next = cells[i + 1];
    if (value.length === 2 && next !== undefined && US_STATE_CODES.has(value.toUpperCase()) && ZIP.test(text.slice(next.a, next.b))) {
      place = true;
      continue;
    }
    if (LOWER_WORD.test(value)) {
      cell.word = wordBits(titled(value));
      continue;
    }
    const m = value.indexOf(',') > 0 ? LOWER_INVERTED.exec(value) : null;
    if (
      m !== null &&
      knownName(m[2]!, GIVEN | RARE) &&
      m[1]!.split('-').every(notWord) &&
      notWord(m[2]!) &&
      !WORDLIKE_GIVEN.has(foldName(m[2]!))
    )
      cell.kind = K_NAME;
  }
  return place;
}

/** A house number, a direction maybe, one to three words and a US street suffix, in lower case (`2817 nw 39th ter`). */
const LOWER_STREET =
  /^\d{1,5}[a-z]? (?:[nsew]{1,2} )?(?:[a-z0-9][a-z0-9'’.-]+ ){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|place|pl|way|terrace|ter|boulevard|blvd|circle|cir|parkway|pkwy|highway|hwy|trail|trl)\.?(?: (?:apt|unit|ste|#) ?[a-z0-9-]{1,6})?$/;

/**
 * A payroll or a payment row's account and tax number (row-accounts.ts): an account by the bank
 * code beside it or its own check, and a compact IRD, SIN or TFN right beside a whole-cell name
 * (`kiwisaver,<name>,49098576,…`, `DEI,136410133,<name>,…`), marked K_ACCOUNT with their entity.
 */
function payrollCells(text: string, row: Row): void {
  const cells = row.cells;
  const values = cells.map((c) => text.slice(c.a, c.b));
  for (const i of rowAccountCells(values)) {
    const c = cells[i]!;
    if (c.kind & (K_PHONE | K_NID | K_DOB)) continue;
    [c.kind, c.entity] = [K_ACCOUNT, 'BANK_ACCOUNT'];
    row.kinds |= K_ACCOUNT;
  }
  const wholeName = (k: number) => k >= 0 && k < cells.length && (cells[k]!.kind & (K_NAME | K_WHOLE_SHAPE)) !== 0 && cells[k]!.word === 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if ((c.kind & ~K_BARE_PHONE) !== 0 || c.b - c.a < 8 || c.b - c.a > 9) continue;
    const beside = wholeName(i - 1) ? i - 1 : wholeName(i + 1) ? i + 1 : -1;
    if (beside < 0) continue;
    const entity = compactTaxIdEntity(values[i]!);
    if (entity === null) continue;
    [c.kind, c.entity] = [K_ACCOUNT, entity];
    // The checked number proves a name the lists do not know (`Aroha Ngata`) beside it.
    cells[beside]!.kind |= K_NAME;
    row.kinds |= K_ACCOUNT | K_NAME;
  }
}

/** A mobile number written in international form without its `+`, as E.164, or undefined. */
function internationalMobile(value: string): string | undefined {
  const key = `+${value}`;
  const known = phoneVerdicts.get(key);
  if (known !== undefined) return known ?? undefined;
  const parsed = phoneNumberLibrary().parsePhoneNumberFromString(key);
  const found = parsed?.isValid() && PERSONAL_LINES.has(parsed.getType() ?? '') ? parsed.number : null;
  if (phoneVerdicts.size >= 4096) phoneVerdicts.clear();
  phoneVerdicts.set(key, found);
  return found ?? undefined;
}

/** A registration type as a cell of its own (`ROTH IRA`, `JTWROS`, `INDIVIDUAL`). */
const REGISTRATION_CELL =
  /^(?:(?:ROTH |SEP |SIMPLE |ROLLOVER |INHERITED |BENE |TRAD(?:ITIONAL)? )?IRA|JTWROS|JT TEN|TEN COM|TRUST|TOD|UTMA|UGMA|CUST|INDIVIDUAL|JOINT|401K|403B)$/;

/**
 * A brokerage row's owner (leftovers of red-team round 82): an OMS audit or blotter export
 * (`…|7T4-228190|ASHDOWN CORWIN IRA|kvanderhoek|…`), a custodian's account list
 * (`4WB-301882,TREMAYNE ISOLDE,ROTH IRA,ACTIVE,…`), a 1099 import row (`Z83-551902,LINDQVIST
 * PERPETUA,912903456,…`). A name in capitals that the lists need not know is the owner when the
 * cell before or after it is an account in a custodian's layout (banking.ts brokerageAccountShaped)
 * and the cell on its other side is a registration type or nine digits that pass the SSN's rules;
 * an account title (classify) is one by itself. The login right after an account title (the user
 * who acted on the owner's order: a login's shape, no everyday word, no system account) is a
 * login. A fund's or a product's line (`VANGUARD TOTAL BOND ETF,921937835`) has no account beside it.
 */
function accountOwnerCells(text: string, row: Row): void {
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.title === true) {
      const next = cells[i + 1];
      if (next !== undefined && next.kind === 0 && loginAfterTitle(text.slice(next.a, next.b))) {
        next.kind = K_LOGIN;
        next.entity = 'USERNAME';
      }
      continue;
    }
    // A capitals shape (K_CAPS_SHAPE) is read here too: its account and registration prove it.
    if ((c.kind & ~K_CAPS_SHAPE) !== 0 || c.b - c.a < 5 || c.b - c.a > 50) continue;
    const value = text.slice(c.a, c.b);
    const caps = CAPITALS_NAME.exec(value);
    if (caps === null || isCompanyName(value) || !value.split(/[ -]/).every(notWord)) continue;
    const prev = cells[i - 1];
    const next = cells[i + 1];
    if (prev === undefined || next === undefined) continue;
    const account = (x: Cell) => brokerageAccountShaped(text.slice(x.a, x.b));
    const other = (x: Cell) => {
      const v = text.slice(x.a, x.b);
      return REGISTRATION_CELL.test(v) || (NINE_DIGITS.test(v) && (usSsnValid(v) || usItinValid(v))) || x.entity === 'US_SSN';
    };
    if ((account(prev) && other(next)) || (account(next) && other(prev))) {
      c.kind = K_NAME;
      row.names.add(i);
    }
  }
}

const LOGIN_AFTER_TITLE = /^[a-z][a-z0-9._-]{3,23}$/;
function loginAfterTitle(value: string): boolean {
  return LOGIN_AFTER_TITLE.test(value) && !isSystemAccount(value) && !isEverydayWord(value) && /[a-z]{3}/.test(value);
}

function classify(text: string, a: number, b: number): Cell {
  const cell: Cell = { a, b, kind: 0, entity: '', born: 0, word: 0, mobile: false };
  const n = b - a;
  if (n < 2 || n > MAX_CELL) return cell;
  const c = text.charCodeAt(a);
  const value = text.slice(a, b);
  if (value.indexOf('@') > 0) {
    if (EMAIL_CELL.test(value)) cell.kind = K_EMAIL;
    return cell;
  }
  if (c === 43 || (c >= 48 && c <= 57)) return numericCell(value, cell);
  // A UK NI number as a cell, in either case (a payroll tool's FPS validation rows write it in
  // lower case: `P0193,qq123456c,…`; red-team round 63, stop 41).
  if (n === 9 && NINO_CELL.test(value)) {
    if (ukNinoValid(value)) [cell.kind, cell.entity] = [K_NID, 'UK_NINO'];
    return cell;
  }
  if ((c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215)) return capitalCell(value, cell);
  if (c >= 97 && c <= 122) {
    if (value.indexOf(' ') > 0) {
      const m = LOWER_NAME.exec(value);
      if (m !== null && lowerName(m[1]!, m[2]!)) cell.kind = K_LOWER_NAME;
      // A surname after its particles (`van der Merwe`, `de Groot`): a name-shaped cell.
      else if (PARTICLE_SURNAME.test(value)) cell.kind = K_WHOLE_SHAPE;
    } else if ((value.indexOf('.') > 0 || value.indexOf('_') > 0) && n >= 5 && n <= 46 && isFullNameLogin(value)) cell.kind = K_LOGIN;
  }
  return cell;
}

function lowerName(given: string, family: string): boolean {
  if ([given, family].some((w) => isEverydayWord(w) || isNameStopWord(w)) || WORDLIKE_GIVEN.has(given)) return false;
  return (nameKind(given) & (GIVEN | RARE)) !== 0 && (nameKind(family) & SURNAME) !== 0;
}

function numericCell(value: string, cell: Cell): Cell {
  const n = value.length;
  // An Irish PPSN's letters in lower case too (`E207|6433435f|…`: stop 41).
  if ((n === 8 || n === 9) && PPS.test(value)) {
    if (iePpsValid(value.toUpperCase())) [cell.kind, cell.entity] = [K_NID, 'IE_PPS'];
    return cell;
  }
  if (value.charCodeAt(0) === 43) {
    if (INTERNATIONAL.test(value)) {
      const parsed = phoneNumberLibrary().parsePhoneNumberFromString(value);
      if (parsed?.isValid() && PHONE_TYPES.has(parsed.getType() ?? '')) {
        cell.kind = K_PHONE;
        cell.entity = 'PHONE';
        cell.normalized = parsed.number;
      }
    }
    return cell;
  }
  if (DATE_CELL.test(value)) {
    const born = birthDateOf(value.replace(/\./g, '/'));
    if (born !== 0) {
      cell.kind = K_DOB;
      cell.born = born;
    }
    return cell;
  }
  if (n >= 12 && n <= 14 && NANP_WRITTEN.test(value)) {
    const parsed = phoneNumberLibrary().parsePhoneNumberFromString(value, 'US');
    if (parsed?.isValid()) [cell.kind, cell.entity, cell.normalized] = [K_PHONE, 'PHONE', parsed.number];
    return cell;
  }
  if (value.charCodeAt(0) === 48 && TRUNK_NATIONAL.test(value)) {
    const mobile = phoneIn(value, TRUNK_REGIONS, PERSONAL_LINES);
    if (mobile !== undefined) {
      [cell.kind, cell.entity, cell.normalized, cell.mobile] = [K_PHONE, 'PHONE', mobile, true];
      return cell;
    }
  }
  const id = nationalId(value);
  if (id !== undefined) {
    cell.kind = K_NID;
    cell.entity = id;
    return cell;
  }
  if (value.charCodeAt(0) === 48 && TRUNK_NATIONAL.test(value)) {
    const e164 = phoneIn(value, TRUNK_REGIONS, PHONE_TYPES);
    if (e164 !== undefined) {
      cell.kind = K_PHONE;
      cell.entity = 'PHONE';
      cell.normalized = e164;
      cell.mobile = phoneIn(value, TRUNK_REGIONS, PERSONAL_LINES) !== undefined;
    }
    return cell;
  }
  // A mobile in international form without its `+` (an M-Pesa B2C upload's `254712123456`),
  // parsed only in a row that holds a name (readCells), as the bare mobiles below.
  if (n >= 11 && n <= 13 && INTERNATIONAL_BARE.test(value)) {
    cell.entity = 'BARE_INTERNATIONAL';
    return cell;
  }
  // Parsed only in a row that holds a name (readCells): such digits are an id as often.
  if (n >= 8 && n <= 11 && BARE_MOBILE.test(value)) {
    cell.entity = 'BARE';
    return cell;
  }
  if (NL_POSTCODE.test(value)) cell.kind = K_POST;
  else if (STREET_EN.test(value) || STREET_FR.test(value)) cell.kind = K_STREET;
  return cell;
}

const phoneVerdicts = new Map<string, string | null>();

/** Whether a phone cell is written in groups (a blank or a dash between them). */
function groupedAsWritten(text: string, c: Cell): boolean {
  for (let i = c.a + 1; i < c.b - 1; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 32 || ch === 45) return true;
  }
  return false;
}

/** Digit groups of a text (`020 7946 0018` → `3,4,4`). */
function groups(text: string): string {
  return (text.match(/\d+/g) ?? []).map((g) => g.length).join(',');
}

/** The number (E.164) `value` is in the first of `regions` where it is valid and of `types`, remembered per cell text. */
function phoneIn(value: string, regions: readonly CountryCode[], types: ReadonlySet<string>): string | undefined {
  const key = `${regions[0]}${types.size}${value}`;
  const known = phoneVerdicts.get(key);
  if (known !== undefined) return known ?? undefined;
  const lib = phoneNumberLibrary();
  let found: string | null = null;
  for (const region of regions) {
    const parsed = lib.parsePhoneNumberFromString(value, region);
    // A number written in groups is grouped as the library formats it there (`04-2103594`, an EIN, is none).
    if (
      parsed?.isValid() &&
      types.has(parsed.getType() ?? '') &&
      (!/[ -]/.test(value) || groups(parsed.formatNational()) === groups(value))
    ) {
      found = parsed.number;
      break;
    }
  }
  if (phoneVerdicts.size >= 4096) phoneVerdicts.clear();
  phoneVerdicts.set(key, found);
  return found ?? undefined;
}

const NID_SHAPE =
  /^(?:\d{9,13}|\d{2}-\d{3}-\d{3}|\d{3}[ -]\d{3}[ -]\d{3,4}|\d{3}-\d{2}-\d{4}|\d{4} \d{6}|\d{6}[-+/A]\d{3,5}[0-9A-Z]?|\d{6} \d{5}|\d{8}-?[A-Z]|\d{13}\d{2}|\d \d{2} \d{2} \d{2} \d{3} \d{3} \d{2})$/;
const NANP_WRITTEN = /^(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}$/;

/** The entity of a cell that passes a national id's own check (and holds a real date where the id does). */
export function nationalId(value: string): string | undefined {
  if (!NID_SHAPE.test(value)) return undefined;
  const d = value.replace(/\D/g, '');
  const n = d.length;
  const spaced = value.indexOf(' ') > 0;
  const dashed = value.length === 11 && (value[6] === '-' || value[6] === '+');
  if (value.length === 11 && value[6] === 'A') return fiHetuValid(value) ? 'FI_HETU' : undefined;
  if (/[A-Z]$/.test(value) && n === 8) return esNifValid(value) ? 'ES_NIF' : undefined;
  if (n === 15) return frNirValid(d) ? 'FR_NIR' : undefined;
  if (value.length === 11 && value[3] === '-' && value[6] === '-') return usSsnValid(d) ? 'US_SSN' : undefined;
  if (/^\d{6}-\d{3}[0-9A-Z]$/.test(value) && fiHetuValid(value)) return 'FI_HETU';
  if (value.indexOf('/') === 6) return czBirthNumberValid(d) && n === 10 ? 'NATIONAL_ID' : undefined;
  // A New Zealand IRD number as Inland Revenue writes it, 2-3-3 or 3-3-3 with dashes (a KiwiSaver
  // deduction form's or an employment-information file's row: `KS2|047-179-025|…`,
  // `DTL,49-098-576,…`; leftovers of red-team round 82), after a Canadian SIN's check.
  if (n === 8) return value.length === 10 && value[2] === '-' && nzIrdValid(d) ? 'NATIONAL_ID' : undefined;
  if (n === 9) {
    if ((spaced || value.indexOf('-') > 0) && caSinValid(d)) return 'CA_SIN';
    if (value.length === 11 && value[3] === '-' && value[7] === '-' && nzIrdValid(d)) return 'NATIONAL_ID';
    return undefined;
  }
  if (n === 10) {
    if (spaced) {
      if (/^\d{3} \d{3} \d{4}$/.test(value)) return nhsValid(d) ? 'UK_NHS' : undefined;
      return atSvnrValid(d) && realDateEither(d.slice(4)) ? 'AT_SVNR' : undefined;
    }
    if (sePersonnummerValid(d)) return 'SE_PERSONNUMMER';
    if (dkCprValid(d) && weighted(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0) return 'DK_CPR';
    if (dashed) return undefined;
    if (atSvnrValid(d) && realDateEither(d.slice(4))) return 'AT_SVNR';
    return undefined;
  }
  if (n === 11) {
    if (noFodselsnummerValid(d)) return 'NO_FODSELSNUMMER';
    if (spaced || value.indexOf('-') > 0) return undefined;
    if (plPeselValid(d)) return 'PL_PESEL';
    if (balticPersonalCodeValid(d)) return 'NATIONAL_ID';
    if (deTaxIdValid(d)) return 'DE_TAX_ID';
    return undefined;
  }
  if (n === 13 && !spaced) {
    if (zaIdValid(d)) return 'ZA_ID';
    if (roCnpValid(d)) return 'RO_CNP';
    if (chAhvValid(d)) return 'CH_AHV';
  }
  return undefined;
}

/** Whether DDMMYY is a real date in either century. */
function realDateEither(ddmmyy: string): boolean {
  const day = Number(ddmmyy.slice(0, 2));
  const month = Number(ddmmyy.slice(2, 4));
  const yy = Number(ddmmyy.slice(4, 6));
  return realDate(1900 + yy, month, day) || realDate(2000 + yy, month, day);
}

const LETTER_ID = /^(?:[XYZ]\d{7}[A-Z]|[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z])$/;
const PPS = /^\d{7}[A-Wa-w][ABHWTXabhwtx]?$/;
const NINO_CELL = /^[A-Za-z]{2}\d{6}[A-Da-d]$/;
/** A UK Unique Taxpayer Reference: 10 digits with HMRC's check digit (masked only in a person's row). */
const UTR_CELL = /^\d{10}$/;

/** A national id's label and the id in one cell (K_LABELLED_ID): the label, then the id. */
const LABELLED_ID_CELL =
  /^(?:NI|NINO|NI No\.?|NI number|PPSN|PPS|PPS No\.?|SIN|TFN|IRD|IRD No\.?)(?::|#| -)? ?([0-9A-Za-z][0-9A-Za-z -]{6,15})$/;
function labelledIdCell(value: string): boolean {
  const m = LABELLED_ID_CELL.exec(value);
  if (m === null) return false;
  const id = m[1]!.replace(/[ -]/g, '');
  if (id.length === 9 && NINO_CELL.test(id)) return ukNinoValid(id.toUpperCase());
  if (PPS.test(id)) return iePpsValid(id.toUpperCase());
  return /^\d{8,9}$/.test(id) && compactTaxIdEntity(id) !== null;
}

function capitalCell(value: string, cell: Cell): Cell {
  const n = value.length;
  if (n >= 6 && n <= 8 && UK_POSTCODE.test(value)) {
    cell.kind = K_POST;
    return cell;
  }
  if (n >= 8 && n <= 16 && LETTER_ID.test(value)) {
    if (n === 16) {
      if (itFiscalCodeValid(value)) [cell.kind, cell.entity] = [K_NID, 'IT_FISCAL_CODE'];
    } else if (value.charCodeAt(0) >= 88 && esNifValid(value)) [cell.kind, cell.entity] = [K_NID, 'ES_NIE'];
    return cell;
  }
  if (STREET_WORD.test(value) || STREET_LATIN.test(value) || STREET_DE.test(value)) {
    cell.kind = K_STREET;
    return cell;
  }
  if (n <= 11 && VITAL_EVENT_CELL.test(value)) {
    cell.kind = K_VITAL;
    return cell;
  }
  if (n >= 10 && n <= 28 && labelledIdCell(value)) {
    cell.kind = K_LABELLED_ID;
    return cell;
  }
  if (value.indexOf('^') > 0) {
    const m = CARET_NAME.exec(value);
    if (
      m !== null &&
      knownName(m[2]!, GIVEN | RARE) &&
      m[1]!.split('-').every(notWord) &&
      notWord(m[2]!) &&
      !WORDLIKE_GIVEN.has(foldName(m[2]!))
    )
      cell.kind = K_NAME;
    return cell;
  }
  if (value.indexOf(' ') < 0 && value.indexOf(',') < 0) {
    cell.word = wordBits(value);
    return cell;
  }
  // A given name and its middle initial: a one-word given name to the pairs (pairNames).
  const initial = n <= 28 ? GIVEN_INITIAL.exec(value) : null;
  if (initial !== null) {
    const bits = wordBits(initial[1]!);
    if ((bits & (GIVEN | RARE)) !== 0) cell.word = bits;
    return cell;
  }
  // Two given names in capitals (`GRACE ELLEN`), not both everyday words: the given-name
  // cell of a row written surname first, a one-word given name to the pairs too.
  const givens = n <= 40 ? GIVEN_NAMES_CAPITALS.exec(value) : null;
  if (
    givens !== null &&
    givenWord(givens[1]!) &&
    givenWord(givens[2]!) &&
    !(isEverydayWord(foldName(givens[1]!)) && isEverydayWord(foldName(givens[2]!)))
  ) {
    cell.word = SHAPED | GIVEN;
    return cell;
  }
  // A couple's given names (`Gideon & Ingrid`, `Mary and Anselm`) beside their one surname: an HOA
  // directory's or a rent roll's given-name cell (red-team round 100), a one-word given name to
  // the pairs too.
  const couple = n <= 44 ? COUPLE_GIVEN_NAMES.exec(value) : null;
  if (
    couple !== null &&
    givenWord(couple[1]!) &&
    givenWord(couple[2]!) &&
    !isEverydayWord(foldName(couple[1]!)) &&
    !isEverydayWord(foldName(couple[2]!))
  ) {
    cell.word = SHAPED | GIVEN;
    return cell;
  }
  if (value.indexOf(',') > 0) {
    const m = INVERTED_NAME.exec(value);
    if (m !== null && knownName(m[1]!.split('-')[0]!, SURNAME | GIVEN) && notWord(m[1]!) && notWord(m[2]!)) cell.kind = K_NAME;
    // In capitals, the given name after the comma the lists know (`AUSTIN, TEXAS` is a place).
    const caps = m === null ? INVERTED_CAPITALS.exec(value) : null;
    if (
      caps !== null &&
      knownName(caps[2]!, GIVEN | RARE) &&
      notWord(caps[1]!) &&
      notWord(caps[2]!) &&
      !WORDLIKE_GIVEN.has(foldName(caps[2]!))
    )
      cell.kind = K_NAME;
    return cell;
  }
  // An account's title in capitals (`ASHDOWN CORWIN IRA`): its owner, the registration type kept.
  if (n >= 8 && n <= MAX_CELL) {
    const owner = accountTitleOwnerOf(value);
    if (owner !== undefined) {
      cell.kind = K_NAME;
      cell.b = cell.a + owner.length;
      cell.title = true;
      return cell;
    }
  }
  const caps = CAPITALS_NAME.exec(value);
  if (caps !== null) {
    const [first, last] = [caps[1]!, caps[2]!];
    if (notWord(first) && notWord(last) && !WORDLIKE_GIVEN.has(foldName(first)) && knownName(first, GIVEN) && knownName(last, SURNAME))
      cell.kind = K_NAME;
    else if (capitalsShape(value)) cell.kind = K_CAPS_SHAPE;
    return cell;
  }
  if (capitalsShape(value)) cell.kind = K_CAPS_SHAPE;
  const m = WHOLE_NAME.exec(value);
  // A firm with its legal form (`Acme Mining Pty` in a KYB row: round 73) is no whole name.
  if (m !== null && !PLACE_FIRST.test(value) && !isCompanyName(value) && !SITE_END.test(value)) {
    const first = m[1]!.split('-')[0]!;
    const last = m[2]!;
    const lastParts = last.split('-');
    if (notWord(first) && lastParts.every(notWord) && !WORDLIKE_GIVEN.has(foldName(first))) {
      cell.kind = knownName(first, GIVEN | RARE) || lastParts.some((p) => knownName(p, SURNAME | RARE)) ? K_NAME : K_WHOLE_SHAPE;
    }
  }
  return cell;
}

/**
 * Two or three words in capitals, none an everyday or stop word, no company, one end word a name
 * the lists know (either order: `WINTERBOTHAM ALDOUS`, `TREMAYNE OSWIN`), no word a wordlike given
 * name (`GRACE`, `MAY`).
 */
function capitalsShape(value: string): boolean {
  // A registration type (`ROTH IRA`, `JT TEN`) is an account's kind, no name.
  if (!CAPITALS_WORDS.test(value) || isCompanyName(value) || REGISTRATION_CELL.test(value)) return false;
  const words = value.split(' ');
  if (!words.every((w) => w.split('-').every(notWord) && !WORDLIKE_GIVEN.has(foldName(w)))) return false;
  return knownName(words[0]!.split('-')[0]!, GIVEN | SURNAME | RARE) || knownName(words[words.length - 1]!, GIVEN | SURNAME | RARE);
}

function notWord(word: string): boolean {
  const f = foldName(word);
  return f.length >= 2 && !isEverydayWord(f) && !isNameStopWord(f);
}

function knownName(word: string, bits: number): boolean {
  return (nameKind(foldName(word)) & bits) !== 0;
}

const SHAPED = 8;

/** A one-word cell: SHAPED and the lists' bits when it is name-shaped and no everyday word, 0 otherwise. */
function wordBits(value: string): number {
  if (DOUBLE_BARRELLED.test(value)) return value.split('-').every(notWord) ? SHAPED | SURNAME : 0;
  if (!ONE_WORD.test(value) || US_STATE_CODES.has(value) || AU_STATES.has(value)) return 0;
  // A short word in capitals is a code (`LÖN`, `PAYE`, `HR`) as often as a name.
  if (value.length <= 4 && value === value.toUpperCase()) return 0;
  const f = foldName(value);
  if (isEverydayWord(f) || isNameStopWord(f) || WORDLIKE_GIVEN.has(f)) return 0;
  return SHAPED | (nameKind(f) & (GIVEN | SURNAME | RARE));
}

/** Whether a one-word cell is written in capitals (`MARSH`), not capitalised (`Marsh`). */
function capitals(text: string, c: Cell): boolean {
  const second = text.charAt(c.a + 1);
  return second !== second.toLowerCase();
}

/** Two neighbouring one-word cells that are a name: a given name and any name-shaped word, or a rarer given name and a surname. */
function knownPair(x: number, y: number): boolean {
  if (x & GIVEN || y & GIVEN) return true;
  // A rarer given name and a surname, one of them only that (`Hilde|Bergen`: two words both lists
  // know as a surname and a rarer name are a name and a town as often).
  const rareOnly = (w: number) => (w & (RARE | SURNAME)) === RARE;
  const surnameOnly = (w: number) => (w & (RARE | SURNAME)) === SURNAME;
  if ((x & RARE) !== 0 && (y & SURNAME) !== 0 && (rareOnly(x) || surnameOnly(y))) return true;
  return (x & SURNAME) !== 0 && (y & RARE) !== 0 && (surnameOnly(x) || rareOnly(y));
}

/** Neighbouring one-word cells that are a name: both name-shaped, one known (K_NAME) or none (K_NAME_SHAPE). */
function pairNames(text: string, row: Row): void {
  const cells = row.cells;
  // Pairs the lists know first (`LÖN|Lindqvist-Bergh|Astrid`: the surname goes with the given name).
  // Pairs the lists know first (`LÖN|Lindqvist-Bergh|Astrid`), both cells written alike
  // (capitalised or in capitals: `CONTINGENT,Tobias,Lindqvist`, a status in capitals beside a
  // capitalised name, is no part of it).
  for (const known of [true, false]) {
    for (let i = 1; i < cells.length; i++) {
      const x = cells[i - 1]!;
      const y = cells[i]!;
      if (x.word === 0 || y.word === 0 || x.kind & (K_NAME | K_NAME_SHAPE) || y.kind & (K_NAME | K_NAME_SHAPE)) continue;
      if (capitals(text, x) !== capitals(text, y) || knownPair(x.word, y.word) !== known) continue;
      const kind = known ? K_NAME : K_NAME_SHAPE;
      x.kind |= kind;
      y.kind |= kind;
      i++;
    }
  }
  // Places: a US state and its ZIP, an Australian state and its postcode.
  for (let i = 0; i + 1 < cells.length; i++) {
    const s = text.slice(cells[i]!.a, cells[i]!.b);
    const next = text.slice(cells[i + 1]!.a, cells[i + 1]!.b);
    if ((US_STATE_CODES.has(s) && ZIP.test(next)) || (AU_STATES.has(s) && FOUR_DIGITS.test(next))) row.kinds |= K_POST;
    // A German, French or Italian postcode before its town (`79098|Freiburg`): evidence, not masked.
    else if (FIVE_DIGITS.test(s) && TOWN.test(next) && cells[i + 1]!.word !== 0) row.kinds |= K_POST;
  }
}

/**
 * A lower-case cell spelled from a name of the row (a whole-name cell or two name-shaped
 * neighbours): `f.last`, `flast`, `first.last`, `first_last`, `firstl`, `lastf`, and the first
 * eight letters of `flast` (a Salesforce alias). The login is the person's and proves the name.
 */
function spelledLogins(text: string, row: Row): void {
  const cells = row.cells;
  const names: [string, string, number[]][] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    // A whole-cell name the lists do not know counts too: a login spelled from it (`jferriday`
    // beside `Jolyon Ferriday` in a QA export; red-team round 84) confirms both.
    if ((c.kind & K_NAME && c.word === 0) || c.kind & K_WHOLE_SHAPE) {
      const words = text.slice(c.a, c.b).split(/,? +/);
      const inverted = text.slice(c.a, c.b).indexOf(',') > 0;
      const given = inverted ? words[1]! : words[0]!;
      const family = inverted ? words[0]! : words[words.length - 1]!;
      names.push([foldName(given), foldName(family).replace(/['’-]/g, ''), [i]]);
    }
    if (i > 0 && c.word !== 0 && cells[i - 1]!.word !== 0) {
      const x = foldName(text.slice(cells[i - 1]!.a, cells[i - 1]!.b));
      const y = foldName(text.slice(c.a, c.b));
      names.push([x, y.replace(/['’-]/g, ''), [i - 1, i]], [y, x.replace(/['’-]/g, ''), [i - 1, i]]);
    }
  }
  if (names.length === 0) return;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    const n = c.b - c.a;
    if (n < 4 || n > 40) continue;
    const ch = text.charCodeAt(c.a);
    if (ch < 97 || ch > 122) continue;
    const login = text.slice(c.a, c.b);
    if (!LOGIN_CELL.test(login) || isSystemAccount(login)) continue;
    for (const [given, family, at] of names) {
      if (given.length < 2 || family.length < 3) continue;
      const g = given[0]!;
      const spelled = [
        `${g}${family}`,
        `${g}.${family}`,
        `${g}_${family}`,
        `${given}.${family}`,
        `${given}_${family}`,
        `${given}${family}`,
        `${given}${family[0]}`,
        `${family}${g}`,
        `${g}${family}`.slice(0, 8),
      ];
      if (!spelled.includes(login)) continue;
      c.kind |= K_LOGIN;
      c.entity = 'USERNAME';
      for (const i of at) {
        cells[i]!.kind |= K_NAME;
        row.names.add(i);
      }
      row.kinds |= K_NAME;
      break;
    }
  }
}

/** Columns of a run: name, id, phone and login columns (see the module's comment). */
function readColumns(text: string, run: readonly Row[]): void {
  const width = run[0]!.cells.length;
  const half = (count: number) => count >= 2 && count * 2 >= run.length;
  const NAMED = K_NAME | K_NAME_SHAPE | K_LOWER_NAME | K_WHOLE_SHAPE | K_CAPS_SHAPE;
  const known: boolean[] = [];
  for (let j = 0; j < width; j++)
    known.push(
      run.some((row) => (row.cells[j]!.kind & (K_NAME | K_LOWER_NAME | K_CAPS_SHAPE)) !== 0 || (row.cells[j]!.word & GIVEN) !== 0),
    );
  for (let j = 0; j < width; j++) {
    let named = 0;
    let ids = 0;
    let phones = 0;
    let logins = 0;
    for (const row of run) {
      const c = row.cells[j]!;
      if (c.kind & NAMED || c.word & (GIVEN | SURNAME | RARE)) named++;
      if (c.kind & K_NID) ids++;
      if (c.kind & (K_PHONE | K_BARE_PHONE)) phones++;
      if (c.kind & K_LOGIN) logins++;
    }
    if (half(named) && (known[j] || known[j - 1] === true || known[j + 1] === true)) {
      for (const row of run) {
        const c = row.cells[j]!;
        if (c.kind & NAMED || c.word !== 0 || nameShaped(text.slice(c.a, c.b))) {
          row.names.add(j);
          row.kinds |= K_NAME;
        }
      }
    }
    if (half(ids)) {
      for (const row of run) {
        const c = row.cells[j]!;
        if (c.kind & K_NID) {
          row.columnHits.set(j, c.entity);
          row.kinds |= K_NID;
        }
      }
    }
    if (half(phones)) {
      for (const row of run) {
        const c = row.cells[j]!;
        if (c.kind & (K_PHONE | K_BARE_PHONE)) {
          row.columnHits.set(j, 'PHONE');
          row.kinds |= K_PHONE;
        }
      }
    }
    if (logins > 0) {
      for (const row of run) {
        const c = row.cells[j]!;
        const login = text.slice(c.a, c.b);
        if (
          c.kind & K_LOGIN ||
          (c.b - c.a >= 4 && LOGIN_CELL.test(login) && /[._]/.test(login) && !isSystemAccount(login) && !isEverydayWord(login))
        )
          row.columnHits.set(j, c.kind & K_LOGIN && c.entity !== 'USERNAME' ? 'PERSON' : 'USERNAME');
      }
    }
  }
}

/** A cell of a name column: one to three words of letters, capitalised or in capitals, none an everyday word, no company. */
function nameShaped(value: string): boolean {
  if (value.length < 2 || value.length > 50 || !/^\p{Lu}[\p{L}'’. -]*$/u.test(value)) return false;
  const words = value.split(/ +/);
  if (words.length > 3 || isCompanyName(value)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) && notWord(w));
}

/** A change row's first cell: a timestamp (`2025-05-20 10:02:44`, `2025-02-03T11:20:00Z`, `2025-03-14 09:41`). */
const TIMESTAMP_CELL = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/;
/** A field's name as an audit export writes it: letters, `_`, blanks (`nationalId`, `Legal Last Name`, `DATE_OF_BIRTH`). */
const FIELD_CELL = /^[A-Za-z][A-Za-z_ ]{2,40}$/;
const OBJECT_CELL = /^[A-Z][A-Za-z0-9_.]{1,40}$/;
/** An action in capitals (`COPY PASSWORD`, `VIEW`) is no field's name. */
const ACTION_CELL = /^[A-Z_]+ [A-Z ]+$/;

/**
 * A change-audit row exported without its header (SuccessFactors Audit Data Report, Workday audit
 * trail, Oracle HCM audit: timestamp, object, field, old value, new value, changed by…; red-team
 * round 63 and stop 41): the first cell a timestamp, a later cell a field name the key rules call
 * personal (`nationalId`, `Legal Last Name`, `NATIONAL_IDENTIFIER_NUMBER`), and the two cells
 * right after it its old and new values, masked as that field's entity. A field the rules do not
 * classify (`costCenter`, `jobCode`) leaves the row as it is.
 */
function changeRowCells(ctx: SpanContext, text: string, cells: readonly Cell[]): void {
  if (cells.length < 5 || !TIMESTAMP_CELL.test(text.slice(cells[0]!.a, cells[0]!.b))) return;
  // The changed object's name right after the timestamp (`PerNationalId`, `Worker`,
  // `PER_PERSONS`): a log line split at its commas (`…,402 INFO sqlalchemy… (name, email, …`) is no such row.
  if (!OBJECT_CELL.test(text.slice(cells[1]!.a, cells[1]!.b))) return;
  for (let i = 2; i + 2 < cells.length && i <= 3; i++) {
    const c = cells[i]!;
    const field = text.slice(c.a, c.b);
    if (!FIELD_CELL.test(field) || ACTION_CELL.test(field)) continue;
    let entity = ctx.classifyKey(field);
    if (entity === null) continue;
    // The object's name may classify too (`PerNationalId|nationalId|…`): the field is the last of them.
    while (i + 3 < cells.length) {
      const next = text.slice(cells[i + 1]!.a, cells[i + 1]!.b);
      const inner = FIELD_CELL.test(next) ? ctx.classifyKey(next) : null;
      if (inner === null) break;
      entity = inner;
      i++;
    }
    for (const k of [i + 1, i + 2]) {
      const v = cells[k]!;
      if (v.b > v.a) pushSpan(ctx, text, v.a, v.b, entity, 'person_rows');
    }
    return;
  }
}

/**
 * Words that end a site's name before its street (`Riverside Mall,100 Main St`, `Harbor Point,22
 * Bay Rd`: a store list, a depot's): such a cell is no customer's name.
 */
const SITE_WORDS = new Set(
  'mall plaza center centre point park square market store shop office branch depot warehouse hall church school station tower building campus club lodge inn hotel clinic hospital pharmacy bank cafe restaurant gym studio salon farm ranch yard dock terminal outlet works mill'.split(
    ' ',
  ),
);
/**
 * A cell that ends with a site's word no list holds as a surname (`Riverside Mall`, `Eastgate
 * Plaza`, `Northgate Depot`: a store or depot list's site before its street; `Park`, `Hall`,
 * `Church`, `Lodge`, `Mill`, `Banks` are surnames too and stay readable as names).
 */
const SITE_END =
  / (?:Mall|Plaza|Center|Centre|Square|Market|Store|Shop|Office|Branch|Depot|Warehouse|School|Station|Tower|Building|Campus|Club|Inn|Hotel|Clinic|Hospital|Pharmacy|Cafe|Restaurant|Gym|Studio|Salon|Ranch|Dock|Terminal|Outlet|Works)$/;
/** Two blank-parted words, the second no site's word. */
function siteLessPair(value: string): boolean {
  const blank = value.indexOf(' ');
  return blank > 0 && value.indexOf(' ', blank + 1) < 0 && !SITE_WORDS.has(value.slice(blank + 1).toLowerCase());
}

/** `SURNAME, GIVEN` or `Surname, Given` (a middle initial may end it), no word an everyday or a stop word. */
function invertedNameCell(value: string): boolean {
  if (value.length < 6 || value.length > 50 || value.indexOf(', ') < 0) return false;
  const m = INVERTED_CAPITALS.exec(value) ?? INVERTED_NAME.exec(value);
  return m !== null && m[1]!.split('-').every(notWord) && notWord(m[2]!) && !isCompanyName(value);
}

function readRow(ctx: SpanContext, text: string, row: Row): void {
  const cells = row.cells;
  changeRowCells(ctx, text, cells);
  let kinds = row.kinds & EVIDENCE;
  // Two `SURNAME, GIVEN` names in one row not split by commas (a marriage index row's parties,
  // `ML-2019-004471;ABERNATHY, COLE R;DUQUESNE, MARISOL;…`) are two people's names.
  if (row.sep !== 44) {
    const inverted = cells.filter((c) => c.kind === 0 || (c.kind & K_NAME) !== 0).filter((c) => invertedNameCell(text.slice(c.a, c.b)));
    if (inverted.length >= 2) {
      for (const c of inverted) c.kind |= K_NAME;
      kinds |= K_NAME | K_VITAL;
    }
  }
  // Two neighbouring name-shaped cells none of the lists knows are a name right before a national
  // id that passes its check (`00731;Aino;Kettunen-Laaksonen;131052-308T;…`: a Nordic payroll
  // row a robot logged; red-team round 79). After the id they are a town and a department as
  // often (`…;211062-5629;Aarhus;Lager`), and stay.
  if ((kinds & K_NID) !== 0 && (kinds & K_NAME) === 0 && (row.kinds & K_NAME_SHAPE) !== 0) {
    for (let i = 2; i < cells.length; i++) {
      const [x, y] = [cells[i - 2]!, cells[i - 1]!];
      if (cells[i]!.kind & K_NID && x.kind & K_NAME_SHAPE && y.kind & K_NAME_SHAPE) {
        x.kind |= K_NAME;
        y.kind |= K_NAME;
        kinds |= K_NAME;
      }
    }
  }
  // A whole-cell name none of whose words the lists know is a name beside two other kinds (a street and a postcode).
  const wholeShape = (row.kinds & K_WHOLE_SHAPE) !== 0 && (kinds & K_NAME) === 0 && popcount(kinds) >= 2;
  if (wholeShape) kinds |= K_NAME;
  const push = (c: Cell, entity: string, normalized?: string) => pushSpan(ctx, text, c.a, c.b, entity, 'person_rows', normalized);
  // A name in capitals in a carrier's row (a policy or contract cell beside it) is the insured's,
  // the producer's or the owner's (K_CAPS_SHAPE).
  if (row.kinds & K_CAPS_SHAPE && cells.some((c) => c.b - c.a <= 17 && policyCell(text.slice(c.a, c.b)))) {
    for (let i = 0; i < cells.length; i++) {
      if (cells[i]!.kind & K_CAPS_SHAPE) {
        cells[i]!.kind |= K_NAME;
        row.names.add(i);
        kinds |= K_NAME;
      }
    }
  }
  // A two-word whole-cell name one of whose words the lists know as any name part is a name
  // beside the row's phone or e-mail too (`Reinholt Brandauer|<phone>`).
  let besideContact = false;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (!(c.kind & K_WHOLE_SHAPE)) continue;
    const words = text.slice(c.a, c.b).split(' ');
    if (words.length !== 2 || !words.some((w) => knownName(w, GIVEN | SURNAME | RARE))) continue;
    for (const k of [i - 1, i + 1]) {
      if (k >= 0 && k < cells.length && cells[k]!.kind & (K_PHONE | K_EMAIL | K_BARE_PHONE)) {
        besideContact = true;
        c.kind |= K_NAME;
      }
    }
  }
  // A two-word whole-cell name none of whose words the lists know right before the row's street
  // cell: a route or a dispatch export's customer and service address (`2,Mbatha Sipho,4410 Birch
  // Arbor Ln,35.20468,…`: red-team round 97), columns that no header names in a header-less row.
  for (let i = 0; i + 1 < cells.length; i++) {
    const c = cells[i]!;
    if (c.kind & K_WHOLE_SHAPE && !(c.kind & K_NAME) && cells[i + 1]!.kind & K_STREET && siteLessPair(text.slice(c.a, c.b))) {
      besideContact = true;
      c.kind |= K_NAME;
    }
  }
  if (besideContact) kinds |= K_NAME;
  // A mobile without its trunk prefix counts right after the row's name.
  for (let i = 1; i < cells.length; i++) {
    if (cells[i]!.kind & K_BARE_PHONE && cells[i - 1]!.kind & K_NAME) kinds |= K_PHONE;
  }
  const wholeNames = wholeShape || besideContact;
  // An IAM user's name as a cell beside its ARN (an AWS credential report row): the user's login.
  iamUserCells(ctx, text, cells);
  // A mobile beside a cell naming its channel (`sms`, `voice`): an MFA or callback export's number.
  if (cells.some((c) => c.b - c.a <= 8 && CHANNEL.test(text.slice(c.a, c.b))))
    for (const c of cells) if (c.kind & K_PHONE && c.mobile) push(c, 'PHONE', c.normalized);
  // Alone: a lower-case whole name both of whose words the lists know; a column's logins.
  for (const c of cells) if (c.kind & K_LOWER_NAME) push(c, 'PERSON');
  for (const [j, entity] of row.columnHits) if (entity === 'USERNAME' || entity === 'PERSON') push(cells[j]!, entity);
  for (const c of cells) if (c.kind & K_LOGIN && c.entity === 'USERNAME') push(c, 'USERNAME');
  if ((kinds & K_NAME) !== 0 || row.names.size > 0) accountCells(text, cells, row, push);
  if ((kinds & PERSONAL) === 0 || popcount(kinds) < 2) {
    // A mobile written in its country's own groups (`0802 123 4567`, `0712 123456`) is one in
    // any row: no id or count is grouped so.
    for (const c of cells) if (c.kind & K_PHONE && c.mobile && groupedAsWritten(text, c)) push(c, 'PHONE', c.normalized);
    // A name column or a login spelled from the name still names its rows' people.
    for (const i of row.names) push(cells[i]!, 'PERSON');
    for (const [j, entity] of row.columnHits)
      if (entity !== 'USERNAME' && entity !== 'PERSON') push(cells[j]!, entity, cells[j]!.normalized);
    return;
  }
  let oldest = -1;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.kind & K_DOB && (oldest < 0 || c.born < cells[oldest]!.born)) oldest = i;
  }
  // A birth year in a cell of its own (a voter file's `birth_year`: bare-cells.ts birthYearCell)
  // makes the date a registration's or an election's.
  if (oldest >= 0 && hasBirthYearCell(text, cells, Math.floor(cells[oldest]!.born / 10000))) oldest = -1;
  const ukRow = cells.some((c) => c.entity === 'UK_NINO');
  // The surname of a row that holds a national id and a birth date, in its own cell between them
  // (HMRC RTI FPS / Irish payroll submission rows: `…,aa123456a,1478641088,Fotheringay,1981-02-17`,
  // `E207|6433435f|Ó Súilleabháin|Niamh|1986-09-30`; stop 41): one or two name-shaped words, none
  // an everyday word, a company or a code.
  if (oldest > 0 && (kinds & K_NAME) === 0) {
    const id = cells.findIndex((c) => (c.kind & K_NID) !== 0);
    if (id >= 0 && id < oldest) {
      for (let i = id + 1; i < oldest; i++) {
        const c = cells[i]!;
        if (c.kind === 0 && surnameCell(text.slice(c.a, c.b))) c.kind |= K_NAME;
      }
    }
  }
  // The first cell of an EHR hit list's row, 6–10 digits right before a `FAMILY^GIVEN` name and
  // with the row's birth date (`40028817|ABERCROMBIE^LETITIA|19590214|…`: a reporting workbench's
  // pre-screening export; leftovers of red-team round 95): the patient's MRN, as HL7 writes the
  // patient id before the name. Other rows' first ids (a payroll, member or hub id) stay.
  if (oldest > 1 && cells.length >= 4 && MRN_FIRST.test(text.slice(cells[0]!.a, cells[0]!.b))) {
    const name = cells[1]!;
    if (name.kind & K_NAME && CARET_NAME.test(text.slice(name.a, name.b))) push(cells[0]!, 'MEDICAL_RECORD_NUMBER');
  }
  const named: boolean[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    const value = text.slice(c.a, c.b);
    if (c.kind & K_NAME || row.names.has(i) || (wholeNames && c.kind & K_WHOLE_SHAPE)) named[i] = true;
    // A one-word name of the lists beside a whole-cell name (`Pennington-Hale|Rosalind Mae`); in a
    // vital record's row any one-word name-shaped surname before its given names (`MCALLISTER|GRACE ELLEN`).
    else if ((c.word & (GIVEN | SURNAME | RARE) || (kinds & K_VITAL && c.word !== 0)) && besideName(cells, i)) named[i] = true;
    // A surname before an empty suffix cell and the row's given-name pair (a voter extract's last,
    // suffix, first, middle: `…|kowalczyk-ibarra||desmond|paul|…`; leftovers of red-team round 102).
    else if (
      c.word & SURNAME &&
      i + 2 < cells.length &&
      cells[i + 1]!.a === cells[i + 1]!.b &&
      cells[i + 2]!.word !== 0 &&
      cells[i + 2]!.kind & K_NAME
    )
      named[i] = true;
    if (named[i]) push(c, 'PERSON');
    else if (c.kind & K_NID) push(c, c.entity);
    else if (c.kind & K_ACCOUNT) push(c, c.entity);
    // A UTR beside the row's NI number (an FPS / P45 row: payroll id, NINO, UTR, surname, birth
    // date; stop 41): ten digits with HMRC's check, read only in a person's row that holds a NINO.
    // (Ten bare digits may read as a North American number too: in a row with a NINO the UTR wins.)
    else if (ukRow && (c.kind & ~K_BARE_PHONE) === 0 && c.b - c.a === 10 && UTR_CELL.test(value) && ukUtrValid(value)) push(c, 'UK_UTR');
    else if (c.kind & K_PHONE || (c.kind & K_BARE_PHONE && ((i > 0 && cells[i - 1]!.kind & K_NAME) || row.columnHits.has(i))))
      push(c, 'PHONE', c.normalized);
    else if (i === oldest) push(c, 'DATE_OF_BIRTH');
    else if (c.kind & K_STREET) push(c, 'ADDRESS');
    else if (c.kind & K_POST && !UK_POSTCODE.test(value)) push(c, 'POSTCODE', value.replace(' ', ''));
  }
  // A caller's or a texter's login beside the contact's name or right after the contact's phone
  // (a call-log or an assignment export without its header: `Octavia,Brightwater-Osei,6145550178,
  // kfennimore,…`, `tx-gotv-early|t.valcourt|rosalind|…`; leftovers of red-team round 102).
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (named[i] || c.kind !== 0 || c.b - c.a < 5 || c.b - c.a > 24) continue;
    const ch = text.charCodeAt(c.a);
    if (ch < 97 || ch > 122) continue;
    const prev = cells[i - 1];
    const after = named[i - 1] === true || (prev !== undefined && prev.kind & (K_PHONE | K_BARE_PHONE) && named[i - 2] === true);
    if ((after || named[i + 1] === true) && callerLogin(text.slice(c.a, c.b))) push(c, 'USERNAME');
  }
}

/** An initial or two and a surname of the lists (`kfennimore`, `t.valcourt`), or letters and a number (`mquarshie2`). */
const CALLER_LOGIN = /^[a-z]{1,2}[._]?([a-z]{3,20})(\d{0,3})$/;

function callerLogin(value: string): boolean {
  const m = CALLER_LOGIN.exec(value);
  if (m === null || isSystemAccount(value) || isEverydayWord(value) || isNameStopWord(value) || nameKind(value) !== 0) return false;
  if (m[2] !== '') return !isEverydayWord(m[1]!);
  // The surname after one initial or two (`kfennimore`: `fennimore`, `dmcgarrity`: `mcgarrity`).
  const letters = value.replace(/[._]/, '');
  return [letters.slice(1), letters.slice(2)].some((tail) => tail.length >= 3 && (nameKind(tail) & SURNAME) !== 0 && !isEverydayWord(tail));
}

const NINE_DIGITS = /^\d{9}$/;
/** An MRN as a hit list's first cell: 6–10 digits, no leading zero. */
const MRN_FIRST = /^[1-9]\d{5,9}$/;
/**
 * A carrier's policy or annuity contract number as a cell: 1–4 capitals, maybe a digit (a form
 * code such as `HO3`), maybe a dash, then 8–12 digits, 9 digits or more in all (`HO3-7720419004`,
 * `AN-4410298802`, `FA7104431190`). A request or order id of fewer digits (`REQ-3310472`,
 * `TWN-88120441` of a VOE export), ids in dash groups (`SR-2025-1184476`), a member id of one
 * letter (`W884120357`) and a state's id after its postal code and zeros (a voter roll's
 * `OH-000482933`) are none.
 */
const POLICY_CELL = /^([A-Z]{2,4})(\d?)(?:-([A-Z]{2}))?-?(\d{8,12})$/;
/**
 * Two-letter line-of-business prefixes of policy and contract numbers (universal, whole and term
 * life, homeowners, dwelling, annuity, fixed annuity, life): after one of them 8 digits are a
 * policy's (`UL-44102217`, `TL-88104399`); after other letters 9 digits or more.
 */
/** An ActBlue receipt id: `AB` and 9 or 10 digits, no dash. */
const ACTBLUE_RECEIPT = /^AB\d{9,10}$/;
const LOB_PREFIX = new Set(['UL', 'WL', 'TL', 'HO', 'DP', 'AN', 'FA', 'LF', 'LI']);

/**
 * Whether a cell is a policy or contract number (POLICY_CELL): no state's code first (a voter
 * roll's `OH-000482933`), a state's code only as the second group (`HO-FL-5518820417`), zeros
 * first only after a form code (`HO5-0021883410`; an invoice's `INV-000123456` stays), no
 * ActBlue receipt id.
 */
function policyCell(value: string): boolean {
  const m = POLICY_CELL.exec(value);
  if (m === null || US_STATE_CODES.has(m[1]!)) return false;
  // An ActBlue receipt id (`AB311209874`: `AB` and its digits, the first cell of a contribution
  // export; red-team round 102) is a donation's, no carrier's.
  if (m[1] === 'AB' && ACTBLUE_RECEIPT.test(value)) return false;
  const [, prefix, form, state, digits] = m as unknown as [string, string, string, string | undefined, string];
  if (state !== undefined && !US_STATE_CODES.has(state)) return false;
  if (digits.charCodeAt(0) === 48 && form === '') return false;
  return form.length + digits.length >= 9 || (prefix.length === 2 && LOB_PREFIX.has(prefix));
}
/** A zero-padded account number (10–17 digits) and an amount with its cents. */
const ZERO_PADDED_ACCOUNT = /^0\d{9,16}$/;
const AMOUNT_CELL = /^-?\d{1,9}\.\d{2}$/;
/** An account number after its routing number: 4–17 digits. */
const ACCOUNT_DIGITS = /^\d{4,17}$/;

/**
 * The accounts and the bare SSN of a row that names a person (a transfer desk's ACATS reject row,
 * a 1099-B import row: `…|Z83-771406|PX2-018837|FULL|<name>|078051123|R05|…`; red-team round 82):
 * a cell in a custodian's account layout (banking.ts brokerageAccountShaped: `Z83-771406`,
 * `8812-4407`) is the person's account; nine bare digits right beside
 * the name that pass the SSN's rules are the person's SSN or ITIN. Nine digits elsewhere in the row
 * (a CUSIP `037833100`, an order number) stay. Insurance rows (red-team round 83: a mortgagee-change
 * batch, an annuity surrender batch, a commission chargeback row) add a carrier's policy or
 * contract number cell (POLICY_CELL: `HO3-7720419004`, `AN-4410298802`) and the account cell right
 * after a routing number that passes the ABA check (`…,111000025,000123456789`).
 */
function accountCells(text: string, cells: readonly Cell[], row: Row, push: (c: Cell, entity: string) => void): void {
  const isName = (k: number) => k >= 0 && k < cells.length && (cells[k]!.kind & K_NAME || row.names.has(k));
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    const n = c.b - c.a;
    if (n < 7 || n > 17) continue;
    const value = text.slice(c.a, c.b);
    if (NINE_DIGITS.test(value)) {
      // A record's id under its header's id column (`VANID`, `Donor ID`) is no SSN.
      if (row.ids?.includes(i)) continue;
      if ((isName(i - 1) || isName(i + 1)) && usSsnValid(value) && !fundBesideCapitals(cells, i, value, isName)) push(c, 'US_SSN');
      // A routing number and the account after it (an EFT pair of a commission or a refund row).
      else if (abaRoutingValid(value) && i + 1 < cells.length) {
        const next = cells[i + 1]!;
        if (ACCOUNT_DIGITS.test(text.slice(next.a, next.b))) push(next, 'BANK_ACCOUNT');
      } else if ((isName(i - 1) || isName(i + 1)) && usItinValid(value)) push(c, 'US_ITIN');
    } else if (n <= 13 && brokerageAccountShaped(value)) push(c, 'BANK_ACCOUNT');
    else if (n <= 17 && n - value.replace(/\d/g, '').length >= 8 && policyCell(value)) push(c, 'INSURANCE_POLICY_NUMBER');
    // A payee's account after the row's amounts (an annuity surrender or a refund batch:
    // `…|25000.00|2500.00|000123456789`): zero-padded digits, 10–17, right after an amount.
    else if (ZERO_PADDED_ACCOUNT.test(value) && i > 0 && AMOUNT_CELL.test(text.slice(cells[i - 1]!.a, cells[i - 1]!.b)))
      push(c, 'BANK_ACCOUNT');
  }
}

/** Whether a cell holds a birth year (1900 to LATEST_BIRTH_YEAR) other than `exceptYear` (bare-cells.ts birthYearCell). */
function hasBirthYearCell(text: string, cells: readonly Cell[], exceptYear: number): boolean {
  for (const c of cells) {
    if (c.b - c.a !== 4) continue;
    const cell = text.slice(c.a, c.b);
    if (!BIRTH_YEAR_CELL.test(cell)) continue;
    const year = Number(cell);
    if (year <= LATEST_BIRTH_YEAR && year !== exceptYear) return true;
  }
  return false;
}
const BIRTH_YEAR_CELL = /^(?:19|20)\d\d$/;

/**
 * A fund's CUSIP beside a name that only its shape, its column or the carrier's row made one
 * (an annuity valuation row: `VA-00441388|037833100|FAIRWEATHER-LOCKE HONORIA|…`): nine digits that
 * pass the CUSIP check there are the subaccount's, no SSN.
 */
function fundBesideCapitals(cells: readonly Cell[], i: number, value: string, isName: (k: number) => unknown): boolean {
  // Every name beside it one the lists alone did not make (a capitals shape, a name column's cell).
  const strong = (k: number) => isName(k) && (cells[k]!.kind & K_CAPS_SHAPE) === 0 && (cells[k]!.kind & K_NAME) !== 0;
  return !strong(i - 1) && !strong(i + 1) && cusipValid(value);
}

/** The CUSIP check digit (digits only): doubled at odd positions, digit sums added. */
function cusipValid(value: string): boolean {
  let sum = 0;
  for (let k = 0; k < 8; k++) {
    const v = (value.charCodeAt(k) - 48) * (k % 2 === 1 ? 2 : 1);
    sum += Math.floor(v / 10) + (v % 10);
  }
  return (10 - (sum % 10)) % 10 === value.charCodeAt(8) - 48;
}

/** A surname cell: one or two capitalised words (Irish `Ó`, particles), none an everyday or stop word, no company. */
const SURNAME_CELL = /^(?:[ÓO]['’ ]|Mac |Mc|Ní |Nic |Uí )?\p{Lu}[\p{Ll}'’]{2,24}(?:-\p{Lu}[\p{Ll}'’]{2,24})?$/u;
function surnameCell(value: string): boolean {
  if (!SURNAME_CELL.test(value) || isCompanyName(value)) return false;
  const last = value.split(/[ '’]/).pop()!;
  return notWord(last) && !isNameStopWord(foldName(last));
}

/** A one-word name right before a whole-cell name (a surname column), or a given name right after one. */
function besideName(cells: readonly Cell[], i: number): boolean {
  const next = cells[i + 1];
  if (next !== undefined && next.word === 0 && next.kind & K_NAME) return true;
  const prev = cells[i - 1];
  return prev !== undefined && prev.word === 0 && (prev.kind & K_NAME) !== 0 && (cells[i]!.word & GIVEN) !== 0;
}

function iamUserCells(ctx: SpanContext, text: string, cells: readonly Cell[]): void {
  for (const arn of cells) {
    if (arn.b - arn.a < 30 || text.charCodeAt(arn.a) !== 97 || !text.startsWith('arn:aws:iam::', arn.a)) continue;
    const m = IAM_USER_ARN.exec(text.slice(arn.a, arn.b));
    if (m === null || isSystemAccount(m[1]!)) continue;
    const user = m[1]!;
    const twin = cells.find((c) => c !== arn && text.slice(c.a, c.b) === user);
    if (twin === undefined) continue;
    pushSpan(ctx, text, twin.a, twin.b, 'USERNAME', 'person_rows');
    pushSpan(ctx, text, arn.b - user.length, arn.b, 'USERNAME', 'person_rows');
  }
}

function popcount(k: number): number {
  let n = 0;
  for (let x = k; x !== 0; x &= x - 1) n++;
  return n;
}

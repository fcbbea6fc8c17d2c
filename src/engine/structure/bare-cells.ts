import type { CountryCode } from 'libphonenumber-js/max';
import { phoneNumberLibrary } from '../detect/phone-lib.js';
import { phonePrecheck } from '../detect/phone-precheck.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { foldName, nameKind, US_STATE_CODES, WORDLIKE_GIVEN } from '../detect/values/person-names.js';
import { SIG_INFO_SEPARATOR } from '../detect/char-signature.js';
import type { TextScan } from '../detect/types.js';
import { aadhaarValid, abaRoutingValid, auTfnValid, imeiValid, imsiValid, plPeselValid } from '../detect/validators-ids.js';
import { beNationalNumberValid, deTaxIdValid, dkCprValid, sePersonnummerValid } from '../detect/validators-national.js';
import { LATEST_BIRTH_YEAR, luhnValid, plausibleBirthDate, SSA_SAMPLE_SSNS, usSsnValid, weighted } from '../detect/validators.js';
import { mpanCoreValid } from '../detect/values/record-ids.js';
import { isCompanyName } from './company-name.js';
import { emailNameCells, emailNamePairs } from './email-name-cells.js';
import { nameColumns } from './name-columns.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * Rows without column names (red-team rounds 21, 25, 26, 27): a CSV, semicolon, tab or pipe line
 * pasted without its header (an MSC call record `imsi,imei,calling,called,…`, an Asterisk cdr-csv
 * line, an Intune or attribution export line, a charging-session export), the cells of a
 * `mysqlbinlog -v` row event (`###   @3='…'`, no column names without `--print-table-metadata`)
 * and a row printed as a Postgres composite (`old=(9,"…","07400 123456",…)` of a trigger's
 * NOTICE). No name says what a cell holds, so a cell is masked only when its whole text has a
 * shape that proves it:
 *
 * - strong, masked wherever the row shape holds: an SSN written 3-2-4 with dashes (the SSA's
 *   structure; a published sample such as 078-05-1120 too in a binlog row event), a phone
 *   in its national writing with the grouping libphonenumber formats it in (`0412 345 678` in
 *   AU, `020 7946 0018` in GB), a 7-byte RFID / NFC UID of NXP (`04` and 12 hexadecimal digits,
 *   ISO/IEC 14443 double-size UID);
 * - weak, masked when the row holds a hit of another kind, two phones (a call's parties) or an
 *   e-mail: a 10-digit NANP number valid there,
 *   11 to 15 digits valid as an international number without its `+`, an IMEI (15 digits, Luhn),
 *   an IMSI (15 digits opening with a mobile country code of ITU-T E.212), an upper-case UUID
 *   (an IDFA as Apple prints it) in a row that names an Apple or Android device;
 * - a person's name split over two neighbouring cells (red-team round 37: a life e-app's
 *   beneficiary row `…,PRIMARY,Naomi,Baptiste,Daughter,455-83-2917,…`, a DMS deal export
 *   `…,Tamika,Reynolds,2917 Lakeview Ter,…`): one cell a given name of the gazetteer, the other a
 *   surname, either order, each one capitalised word or one word in capitals (a given name that
 *   is an everyday word, `Red`, `Grace`, counts as a surname at most); masked when the row
 *   holds a hit of another kind or an e-mail. In such a row a bare 9-digit cell that keeps the
 *   SSA's structure is read as an SSN too (weak): rows of people carry it unformatted.
 *
 * A row is a line of at least 4 cells split by one separator (the most frequent of `,` `;` TAB
 * `|`); a line whose cells are all names (a header) is skipped, as csv.ts reads tables with one.
 * Linear in the text; gated by a stretch of 9 digits (every shape but the RFID UID and the UUID
 * holds one; rows holding those hold a date or a number that has one too).
 */

const MIN_CELLS = 4;
const MAX_CELL = 40;

/** Regions whose national writing of a number is read (a trunk `0`, then the groups the library formats). */
// SE (round 44: a Swedish mobile `070-123 45 67` under `mobil`) last: its plan passes many short numbers, the grouping must match.
const NATIONAL_REGIONS: readonly CountryCode[] = ['GB', 'AU', 'IE', 'NZ', 'FR', 'DE', 'NL', 'BE', 'ES', 'IT', 'AT', 'CH', 'IN', 'ZA', 'SE'];
/** A person's line: not a company's toll-free, shared-cost or premium number (`0800 773 3838`). */
const PERSONAL_TYPES = new Set(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'PERSONAL_NUMBER']);
// A German mobile as the library groups it has a 7- or 8-digit subscriber group (`01512 3456789`, round 71).
const NATIONAL_SHAPE = /^0\d{1,5}(?:[ -]\d{2,8}){1,4}$/;
const STUDY_SITE_SUBJECT = /^0\d-\d{2,6}-\d{2,6}$/;
const SSN_SHAPE = /^\d{3}-\d{2}-\d{4}$/;
const DIGITS = /^\d{10,15}$/;
/** A Swedish personnummer as Skatteverket writes it: YYMMDD, `-` (or `+` at 100), NNNC. */
const SE_DASHED = /^\d{6}[-+]\d{4}$/;
const BE_NN_PRINTED = /^\d{2}\.\d{2}\.\d{2}-\d{3}[ .]\d{2}$/;
const RFID_NXP = /^04(?=[0-9A-F]*[A-F])(?=[0-9A-F]*[1-9][0-9A-F]*[1-9])[0-9A-F]{12}$/;
const UPPER_UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;
const DEVICE_CELL = /^(?:iPhone|iPad|iOS|Android|android|ios|Pixel|SM-)/;

const STRONG = 1;
const WEAK = 2;

export interface Hit {
  start: number;
  end: number;
  entity: string;
  normalized: string;
  strength: number;
}

const verdicts = new Map<string, string | null>();

/** The phone number `cell` is (E.164), remembered per cell text: the same numbers recur in a stream. */
function phoneOf(cell: string, compute: (c: string) => string | undefined): string | undefined {
  let v = verdicts.get(cell);
  if (v === undefined) {
    v = compute(cell) ?? null;
    if (verdicts.size >= 5000) verdicts.clear();
    verdicts.set(cell, v);
  }
  return v ?? undefined;
}

/** Digit groups of a text (`020 7946 0018` → `3,4,4`). */
function groups(text: string): string {
  return text
    .split(/\D+/)
    .filter((g) => g.length > 0)
    .map((g) => g.length)
    .join(',');
}

/** A national number written as its country writes it: valid there, and grouped as the library formats it. */
function nationalPhone(cell: string): string | undefined {
  const lib = phoneNumberLibrary();
  const shape = groups(cell);
  for (const region of NATIONAL_REGIONS) {
    const parsed = lib.parsePhoneNumberFromString(cell, region);
    if (parsed?.isValid() && PERSONAL_TYPES.has(parsed.getType() ?? '') && groups(parsed.formatNational()) === shape) return parsed.number;
  }
  return undefined;
}

/** Bare digits: a valid NANP number (10 digits), or a valid international number without its `+`. */
function barePhone(digits: string): string | undefined {
  const precheck = phonePrecheck();
  if (digits.length === 10) {
    if (digits.charCodeAt(0) < 50 || digits.charCodeAt(3) < 50) return undefined;
    const v = precheck.validIn(digits, 'US');
    if (v !== undefined) return v ?? undefined;
    const parsed = phoneNumberLibrary().parsePhoneNumberFromString(digits, 'US');
    return parsed?.isValid() ? parsed.number : undefined;
  }
  if (digits.charCodeAt(0) === 48) return undefined;
  const v = precheck.validInternational(digits);
  if (v !== undefined) return v ?? undefined;
  const parsed = phoneNumberLibrary().parsePhoneNumberFromString(`+${digits}`);
  return parsed?.isValid() ? parsed.number : undefined;
}

/**
 * A national id whose own check proves it, bare digits (red-team round 39: a loader's reject row):
 * a Danish CPR (DDMMYY a real date and the mod-11 check its older numbers carry), a PESEL (date
 * with the century in the month, check digit), an Aadhaar (first digit 2–9, Verhoeff), a Swedish
 * personnummer without its dash (date, Luhn). Weak: one in ten numbers passes a check digit, so the
 * row must hold another hit or an e-mail.
 */
function checkedId(cell: string, start: number, end: number): Hit | undefined {
  const n = cell.length;
  let entity: string | undefined;
  if (n === 10) {
    if (dkCprValid(cell) && mod11(cell)) entity = 'DK_CPR';
    else if (sePersonnummerValid(cell)) entity = 'SE_PERSONNUMMER';
  } else if (n === 11 && plPeselValid(cell)) entity = 'PL_PESEL';
  else if (n === 12 && aadhaarValid(cell)) entity = 'IN_AADHAAR';
  return entity === undefined ? undefined : { start, end, entity, normalized: cell, strength: WEAK };
}

/** The CPR's mod-11 check (weights 4,3,2,7,6,5,4,3,2,1): held by every number issued before 2007. */
function mod11(d: string): boolean {
  return weighted(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0;
}

/** What the whole cell proves itself to be, or undefined. `device`: the row names a device. */
export function classify(cell: string, start: number, device: boolean, samples: boolean): Hit | undefined {
  const n = cell.length;
  if (n < 10 || n > MAX_CELL) return undefined;
  const end = start + n;
  const c0 = cell.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) {
    if (n === 11 && SSN_SHAPE.test(cell)) {
      const d = cell.replace(/-/g, '');
      // us_ssn's structure rules; the SSA's published samples (which they reject) only where
      // `samples` says: in a binlog row event (a row of a person table), not in a line of text or
      // alone (`Failing row contains (1042, Kowalski, 219-09-9999, -1)`: round 18 keeps an
      // unlabelled sample in an error's row), as us_ssn keeps them.
      return usSsnValid(d) || (samples && SSA_SAMPLE_SSNS.has(d))
        ? { start, end, entity: 'US_SSN', normalized: d, strength: STRONG }
        : undefined;
    }
    if (DIGITS.test(cell)) {
      if (n === 15 && imeiValid(cell)) return { start, end, entity: 'IMEI', normalized: cell, strength: WEAK };
      if (n === 15 && imsiValid(cell)) return { start, end, entity: 'IMSI', normalized: cell, strength: WEAK };
      const e164 = phoneOf(`b${cell}`, () => barePhone(cell));
      if (e164 !== undefined) return { start, end, entity: 'PHONE', normalized: e164, strength: WEAK };
      return checkedId(cell, start, end);
    }
    if (n === 11 && SE_DASHED.test(cell) && sePersonnummerValid(cell))
      return { start, end, entity: 'SE_PERSONNUMMER', normalized: cell, strength: STRONG };
    // A Danish CPR as the CPR office writes it (DDMMYY-SSSS, a real date) with the mod-11 check of
    // the numbers issued before 2007 (stop 38: a payroll pipe row `…|K-2210|<CPR>|Aarhus|…`).
    if (n === 11 && SE_DASHED.test(cell) && cell.charCodeAt(6) === 45 && dkCprValid(cell) && mod11(cell.replace('-', '')))
      return { start, end, entity: 'DK_CPR', normalized: cell.replace('-', ''), strength: STRONG };
    // A Belgian national register number in its printed writing (YY.MM.DD-NNN CC or .CC, the
    // mod-97 key): the dots, the dash and the key prove it (stop 38: a social secretariat's row).
    if (n === 15 && BE_NN_PRINTED.test(cell) && beNationalNumberValid(cell))
      return { start, end, entity: 'BE_NATIONAL_NUMBER', normalized: cell.replace(/\D/g, ''), strength: STRONG };
    if (c0 === 48 && NATIONAL_SHAPE.test(cell)) {
      const e164 = phoneOf(`n${cell}`, nationalPhone);
      return e164 === undefined ? undefined : { start, end, entity: 'PHONE', normalized: e164, strength: STRONG };
    }
    if (n === 14 && RFID_NXP.test(cell)) return { start, end, entity: 'DEVICE_ID', normalized: cell.toLowerCase(), strength: STRONG };
  }
  if (device && n === 36 && UPPER_UUID.test(cell))
    return { start, end, entity: 'ADVERTISING_ID', normalized: cell.toLowerCase(), strength: WEAK };
  return undefined;
}

/**
 * A 10-digit cell that opens with the year of a date cell in the same row (`2026000418|…|20260301|…`,
 * a state vital-records file number: the year and a sequence; leftovers of red-team round 101) is
 * a record's number, no phone: its weak PHONE reading is dropped.
 */
function dropYearSequenceNumbers(text: string, cells: readonly [number, number][], hits: Hit[]): void {
  for (let k = hits.length - 1; k >= 0; k--) {
    const h = hits[k]!;
    if (h.entity !== 'PHONE' || h.strength !== WEAK || h.end - h.start !== 10) continue;
    const c = text.charCodeAt(h.start);
    if (c !== 49 && c !== 50) continue;
    const year = text.slice(h.start, h.start + 4);
    if (year !== '1999' && !(year >= '2000' && year <= '2099')) continue;
    const dated = cells.some(
      ([a, b]) => a !== h.start && (b - a === 8 || b - a === 10) && text.startsWith(year, a) && DATE_AFTER_YEAR.test(text.slice(a + 4, b)),
    );
    if (dated) hits.splice(k, 1);
  }
}
const DATE_AFTER_YEAR = /^(?:-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01]))$/;

/**
 * Cells of a person's row that the shapes above miss (red-team round 44: a GAMSTOP check line
 * `… | Harriet Pemberton | 30/04/1979 | BS3 4QT | h…@…`, a field-service export
 * `ENG-…;JOB-…;Bethany Cole;07400123464;HG1 5AB;…`):
 * - a full UK postcode alone in its cell (outward code, blank, inward digit and two letters of
 *   the Royal Mail's inward alphabet), strong;
 * - a national number written without blanks (`07400123464`), valid and personal in a region that
 *   dials a trunk 0, weak;
 * - a day-first or month-first date with a four-digit year at least 14 years back, weak: only a
 *   row that also holds an e-mail or another kind of hit reads it as a birth date.
 */
const UK_POSTCODE_CELL = /^[A-PR-UWYZ](?:[A-HK-Y]?\d[A-Z\d]?|\d[A-HJKPSTUW]) \d[ABD-HJLNP-UW-Z]{2}$/;
const UNSPACED_NATIONAL = /^0[1-9]\d{8,9}$/;
const SLASHED_DATE = /^\d{1,2}[/.]\d{1,2}[/.]\d{4}$/;
function shortCell(text: string, a: number, b: number): Hit | undefined {
  const n = b - a;
  if (n < 6) return undefined;
  const c = text.charCodeAt(a);
  if (c < 65 || c > 90) return undefined;
  const cell = text.slice(a, b);
  return UK_POSTCODE_CELL.test(cell)
    ? { start: a, end: b, entity: 'POSTCODE', normalized: cell.replace(' ', ''), strength: STRONG }
    : undefined;
}
function personCell(cell: string, start: number): Hit | undefined {
  const n = cell.length;
  const end = start + n;
  if (n <= 11 && UNSPACED_NATIONAL.test(cell)) {
    const e164 = phoneOf(`u${cell}`, unspacedNationalPhone);
    return e164 === undefined ? undefined : { start, end, entity: 'PHONE', normalized: e164, strength: WEAK };
  }
  if (n === 10 && SLASHED_DATE.test(cell)) {
    const born = birthDateOf(cell.replace(/\./g, '/'));
    return born === 0 ? undefined : { start, end, entity: 'DATE_OF_BIRTH', normalized: cell, strength: WEAK };
  }
  return undefined;
}
function unspacedNationalPhone(cell: string): string | undefined {
  const lib = phoneNumberLibrary();
  for (const region of NATIONAL_REGIONS) {
    const parsed = lib.parsePhoneNumberFromString(cell, region);
    if (parsed?.isValid() && PERSONAL_TYPES.has(parsed.getType() ?? '')) return parsed.number;
  }
  return undefined;
}

/**
 * A UK MPAN core alone in its cell (red-team round 44, stop 34: a header-less D0055-style switching row
 * `026|1900012833472|20260401|MRS …|LN2 4PX|…`): 13 digits with the MPAN check digit, weak, and
 * only in a row with a UK postcode cell (13 digits are a millisecond timestamp too, and one in ten
 * passes the check).
 */
function mpanCell(text: string, a: number, b: number): boolean {
  const cell = text.slice(a, b);
  return /^\d{13}$/.test(cell) && mpanCoreValid(cell);
}

/**
 * A UK street line in capitals alone in its cell (the same rows: `8 BEECH CRESCENT`), weak, and
 * only in a row with a UK postcode cell; a US one with its abbreviations too (`4102 GARRETT RD` of
 * a voter file's row), in a row with a ZIP or a person's name (readRow). The value detectors read
 * a street in capitals only with a comma or a town after it.
 */
const CAPITALS_STREET =
  /^\d{1,4}[A-Z]? [A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2} (?:STREET|ROAD|AVENUE|LANE|DRIVE|CLOSE|CRESCENT|COURT|PLACE|TERRACE|WAY|GARDENS|GROVE|MEWS|WALK|ROW|SQUARE|RISE|ST|RD|AVE|DR|LN|BLVD|CT|PL|CIR|PKWY|HWY|TER|TRL)$/;
function capitalsStreetCell(text: string, a: number, b: number): Hit | undefined {
  const c = text.charCodeAt(a);
  if (c < 48 || c > 57 || b - a > 40 || !CAPITALS_STREET.test(text.slice(a, b))) return undefined;
  return { start: a, end: b, entity: 'ADDRESS', normalized: text.slice(a, b), strength: WEAK };
}

/**
 * The separator a line's cells are split by: the most frequent of `,` `;` TAB `|` and the ASCII
 * field separator FS (0x1C: an FEC electronic filing's `.fec` lines since format 6, Schedule A's
 * `SA11AI␜C00…␜…␜IND␜␜Last␜First…`; red-team round 102), at least `min` times (MIN_CELLS - 1 here;
 * person-rows.ts asks its own minimum), or -1.
 */
export function separatorOf(text: string, from: number, to: number, min = MIN_CELLS - 1): number {
  let comma = 0;
  let semi = 0;
  let tab = 0;
  let pipe = 0;
  let fs = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) comma++;
    else if (c === 59) semi++;
    else if (c === 9) tab++;
    else if (c === 124) pipe++;
    else if (c === 28) fs++;
  }
  let best = 44;
  let most = comma;
  if (semi > most) {
    best = 59;
    most = semi;
  }
  if (tab > most) {
    best = 9;
    most = tab;
  }
  if (pipe > most) {
    best = 124;
    most = pipe;
  }
  if (fs > most) {
    best = 28;
    most = fs;
  }
  return most >= min ? best : -1;
}

/** Cells of `text[from, to)` split by `sep` (double quotes around a cell and blanks around it dropped). */
export function cellsOf(text: string, from: number, to: number, sep: number): [number, number][] {
  const cells: [number, number][] = [];
  let i = from;
  while (i <= to) {
    let a = i;
    let b: number;
    if (text.charCodeAt(a) === 34) {
      // A quoted cell: up to the quote before the next separator ("" inside stays inside).
      let j = a + 1;
      while (j < to && !(text.charCodeAt(j) === 34 && text.charCodeAt(j + 1) !== 34 && (j + 1 >= to || text.charCodeAt(j + 1) === sep))) {
        j += text.charCodeAt(j) === 34 ? 2 : 1;
      }
      a++;
      b = Math.min(j, to);
      i = j + 2;
    } else {
      let j = text.indexOf(String.fromCharCode(sep), a);
      if (j < 0 || j > to) j = to;
      b = j;
      i = j + 1;
    }
    while (a < b && text.charCodeAt(a) === 32) a++;
    while (b > a && text.charCodeAt(b - 1) === 32) b--;
    cells.push([a, b]);
    if (i > to) break;
  }
  return cells;
}

/** A cell of a name (a header's): a letter first, no digit. */
function isNameCell(text: string, a: number, b: number): boolean {
  if (a >= b) return false;
  const c = text.charCodeAt(a);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  for (let i = a; i < b; i++) {
    const d = text.charCodeAt(i);
    if (d >= 48 && d <= 57) return false;
  }
  return true;
}

// Latin-1 letters inside the word (`Sánchez`, `MÜLLER`: a Redshift load error's raw line, round 58).
const NAME_CELL = /^(?:[A-Z][a-zß-öø-ÿ'’-]{1,24}|[A-Z][A-ZÀ-ÖØ-Þ'’-]{1,24})$/;
const NINE_DIGITS = /^\d{9}$/;
/** nameKind's bits. */
const GIVEN_NAME = 1;
const SURNAME = 2;
const RARE_GIVEN = 4;
/** A name-shaped word no list knows (nameBits). */
const NAME_WORD = 8;

/** A double-barrelled surname (`Fitzgerald-Maru`, `Pryce-Jones`): two capitalised words joined by a hyphen. */
const DOUBLE_BARRELLED = /^[A-Z][a-zß-öø-ÿ'’]{1,20}-[A-Z][a-zß-öø-ÿ'’]{1,20}$/;

/** The gazetteer bits of a cell that is one name-shaped word, 0 otherwise. */
export function nameBits(text: string, a: number, b: number): number {
  if (b - a < 2 || b - a > 42) return 0;
  const c = text.charCodeAt(a);
  if (c < 65 || c > 90) return 0;
  const word = text.slice(a, b);
  // A double-barrelled word is a surname when a part of it is a name and neither is a word that
  // never names anyone (red-team round 67: an STP payee row `…|Fitzgerald-Maru|Keira|…`). An
  // everyday word may be the other part when one part is a name that is none (`Nakagawa-Price`,
  // `Lloyd-Hill`: a CE-credit import row; red-team round 98).
  if (DOUBLE_BARRELLED.test(word)) {
    const parts = foldName(word).split('-');
    if (parts.some((p) => isNameStopWord(p))) return 0;
    const named = (p: string) => (nameKind(p) & (GIVEN_NAME | SURNAME)) !== 0;
    return parts.some((p) => named(p) && !isEverydayWord(p)) ? SURNAME : 0;
  }
  if (b - a > 25 || !NAME_CELL.test(word)) return 0;
  const folded = foldName(word);
  if (isNameStopWord(folded)) return 0;
  const everyday = isEverydayWord(folded) || WORDLIKE_GIVEN.has(folded);
  const bits = nameKind(folded) & (GIVEN_NAME | SURNAME | RARE_GIVEN);
  // A name-shaped word the lists do not know (`Morcombe`, `Schwarzkopf`): a surname only beside a given name.
  if (bits === 0) return everyday || b - a < 3 ? 0 : NAME_WORD;
  // A given name that is also an everyday word (`Red`, `Grace`, `Will`) counts as a surname at most.
  return everyday ? bits & SURNAME : bits;
}

/**
 * Whether two neighbouring cells' bits spell a given name and a surname: a known given name (or a
 * rarer one of the lists: `Agnieszka`, `Elspeth`) beside a known surname or beside a name-shaped
 * word no list knows (red-team round 71: an IS-U partner row `…|Kowalczyk|Agnieszka|…`, a
 * change-of-tenancy row `…,MORCOMBE,ELSPETH,…`); two known given names or two unknown words do not.
 */
export function givenAndSurname(x: number, y: number): boolean {
  const given = (z: number) => (z & (GIVEN_NAME | RARE_GIVEN)) !== 0;
  const surname = (z: number) => (z & (SURNAME | NAME_WORD)) !== 0;
  if ((x & GIVEN_NAME && y & SURNAME) || (x & SURNAME && y & GIVEN_NAME)) return true;
  return (given(x) && surname(y) && (y & GIVEN_NAME) === 0) || (given(y) && surname(x) && (x & GIVEN_NAME) === 0);
}

/** One cell written surname first (`Bouchard, Anne-Sophie`, `Reyes, Ana M`): a roster's or an agent's client list. */
const INVERTED_NAME_CELL = /^([A-Z][A-Za-z'’-]{1,24}), ([A-Z][A-Za-z'’]{1,24})(?:-[A-Z][A-Za-z'’]{1,24})?(?: [A-Z]\.?)?$/;

/** Whether a cell is a name written surname first whose surname or given name the gazetteer knows, neither a stop word. */
function invertedNameCell(cell: string): boolean {
  const m = INVERTED_NAME_CELL.exec(cell);
  if (m === null) return false;
  const surname = foldName(m[1]!.split('-')[0]!);
  const given = foldName(m[2]!);
  if (isNameStopWord(surname) || isNameStopWord(given)) return false;
  return (nameKind(surname) & SURNAME) !== 0 || (nameKind(given) & GIVEN_NAME) !== 0;
}

/**
 * Pushes (weak) the neighbouring cells that spell a given name and a surname, and a cell that
 * holds both surname first (red-team round 67: a CRA Represent-a-Client row `…,<SIN>,"Bouchard,
 * Anne-Sophie",…`); whether there were any.
 */
function nameCells(text: string, cells: readonly [number, number][], hits: Hit[]): boolean {
  let found = false;
  let prev = 0;
  // Each cell's name bits, -1 once the cell is taken (an inverted name, one half of a pair).
  const bits: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const [a, b] = cells[i]!;
    if (b - a >= 6 && b - a <= 50 && text.charCodeAt(a) >= 65 && text.charCodeAt(a) <= 90 && invertedNameCell(text.slice(a, b))) {
      hits.push({ start: a, end: b, entity: 'PERSON', normalized: text.slice(a, b), strength: WEAK });
      found = true;
      prev = 0;
      bits.push(-1);
      continue;
    }
    // A US state code before a ZIP cell (`COLUMBUS,OH,43229`) is the place's, not a surname (`Oh`).
    const place = b - a === 2 && i + 1 < cells.length && US_STATES.has(text.slice(a, b)) && ZIP_CELL.test(text.slice(...cells[i + 1]!));
    const own = place ? 0 : nameBits(text, a, b);
    bits.push(own);
    if (i > 0 && own !== 0 && prev !== 0 && ((prev & GIVEN_NAME && own & SURNAME) || (prev & SURNAME && own & GIVEN_NAME))) {
      pushCells(text, cells, i - 1, i, hits);
      bits[i - 1] = -1;
      bits[i] = -1;
      found = true;
      prev = 0;
      continue;
    }
    prev = own;
  }
  // Then the looser pairs among the cells left (givenAndSurname): after the known pairs, so
  // `BENEFICIARY,Laura,Bianchi` pairs Laura with Bianchi. They corroborate nothing themselves.
  for (let i = 1; i < cells.length; i++) {
    const x = bits[i - 1]!;
    const y = bits[i]!;
    if (x > 0 && y > 0 && givenAndSurname(x, y) && !mailboxDisowns(text, cells, i - 1, x, y)) {
      pushCells(text, cells, i - 1, i, hits);
      bits[i] = -1;
    }
  }
  lowerNameCells(text, cells, bits, hits);
  return found;
}

/** A word in lower case of a name's letters (`tiberius`), and a double-barrelled one (`longbottom-ayodele`). */
const LOWER_NAME_WORD = /^[a-zß-öø-ÿ'’]{2,24}$/;
const LOWER_DOUBLE_BARRELLED = /^[a-zß-öø-ÿ'’]{2,20}-[a-zß-öø-ÿ'’]{2,20}$/;

/** nameBits of a word written in lower case: no everyday word, no stop word; a word no list knows is NAME_WORD from 4 letters. */
function lowerNameBits(word: string): number {
  if (LOWER_DOUBLE_BARRELLED.test(word)) {
    const parts = foldName(word).split('-');
    if (parts.some((p) => isNameStopWord(p))) return 0;
    return parts.some((p) => (nameKind(p) & (GIVEN_NAME | SURNAME)) !== 0 && !isEverydayWord(p)) ? SURNAME : 0;
  }
  if (!LOWER_NAME_WORD.test(word)) return 0;
  const folded = foldName(word);
  if (isNameStopWord(folded) || isEverydayWord(folded) || WORDLIKE_GIVEN.has(folded)) return 0;
  const bits = nameKind(folded) & (GIVEN_NAME | SURNAME | RARE_GIVEN);
  return bits === 0 ? (word.length >= 4 ? NAME_WORD : 0) : bits;
}

/** A lower-case given name of the lists (a rarer one too) then a surname or a name-shaped word that is no given name. */
function lowerGivenThenSurname(x: number, y: number): boolean {
  if ((y & GIVEN_NAME) !== 0 || (y & (SURNAME | NAME_WORD)) === 0) return false;
  return (x & (GIVEN_NAME | RARE_GIVEN)) !== 0;
}

/**
 * A person's name written in lower case in a row without its header (red-team round 103: an
 * intake export `int_…|ed-…|tiberius|longbottom-ayodele|1977-01-15|…@…|OH`, a scale gateway's
 * `…,98750,obadiah thornquist,615-555-0186`): two neighbouring cells, or one cell of two words, a
 * given name first and a surname, neither an everyday word. Weak: the row's other hit or e-mail
 * corroborates it, as for the pairs in capitals.
 */
function lowerNameCells(text: string, cells: readonly [number, number][], bits: readonly number[], hits: Hit[]): void {
  // Only a row that may corroborate a weak name reads its lower-case words: another hit, an
  // e-mail cell or a cell of a grouped phone's length (a row of lower-case words pays nothing more).
  if (hits.length === 0 && !cells.some(([a, b]) => b - a >= 12 && b - a <= 14)) {
    const at = text.indexOf('@', cells[0]![0]);
    if (at < 0 || at >= cells[cells.length - 1]![1]) return;
  }
  const before = hits.length;
  lowerNamePairs(text, cells, bits, hits);
  if (hits.length === before) return;
  // The row's person has the row's NANP phone written with its groups (`615-555-0186`), which
  // then corroborates the name.
  for (const [a, b] of cells) {
    if (b - a < 12 || b - a > 14) continue;
    const cell = text.slice(a, b);
    if (GROUPED_NANP_CELL.test(cell) && barePhone(cell.replace(/\D/g, '')) !== undefined)
      hits.push({ start: a, end: b, entity: 'PHONE', normalized: cell, strength: WEAK });
  }
}
const GROUPED_NANP_CELL = /^(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[-. ])[2-9]\d{2}[-. ]\d{4}$/;

function lowerNamePairs(text: string, cells: readonly [number, number][], bits: readonly number[], hits: Hit[]): void {
  let prev = 0;
  for (let i = 0; i < cells.length; i++) {
    const [a, b] = cells[i]!;
    const c = text.charCodeAt(a);
    if (bits[i] !== 0 || b - a < 2 || b - a > 50 || c < 97 || c > 122) {
      prev = 0;
      continue;
    }
    const cell = text.slice(a, b);
    const space = cell.indexOf(' ');
    if (space > 0) {
      prev = 0;
      if (
        cell.indexOf(' ', space + 1) < 0 &&
        lowerGivenThenSurname(lowerNameBits(cell.slice(0, space)), lowerNameBits(cell.slice(space + 1)))
      )
        hits.push({ start: a, end: b, entity: 'PERSON', normalized: cell, strength: WEAK });
      continue;
    }
    const own = lowerNameBits(cell);
    if (i > 0 && prev !== 0 && own !== 0 && lowerGivenThenSurname(prev, own)) {
      pushCells(text, cells, i - 1, i, hits);
      prev = 0;
      continue;
    }
    prev = own;
  }
}

/**
 * Whether the row's e-mail cell speaks against the weakest pair, a rarer given name beside a word no
 * list knows (`Scanner,Konica,scan-to-mail@…` of a directory export's device rows: stop 39): the row
 * holds an e-mail whose local part spells neither word nor their initials. A person's row
 * (`MORCOMBE,ELSPETH` alone, with `elspeth.morcombe@…` or `em@…`) keeps the pair.
 */
function mailboxDisowns(text: string, cells: readonly [number, number][], i: number, x: number, y: number): boolean {
  if ((x | y) & GIVEN_NAME || (x | y) & SURNAME) return false;
  const words = [text.slice(...cells[i]!).toLowerCase(), text.slice(...cells[i + 1]!).toLowerCase()];
  let mailbox = false;
  for (const [a, b] of cells) {
    const at = text.indexOf('@', a);
    if (at === -1 || at >= b) continue;
    mailbox = true;
    const local = text.slice(a, at).toLowerCase();
    if (words.some((w) => local.includes(w))) return false;
    // Initials (`mw@…` beside `Wisniewska|Malgorzata`).
    const letters = local.replace(/[^a-z]/g, '');
    if (letters.length <= 3 && words.every((w) => letters.includes(w.charAt(0)))) return false;
  }
  return mailbox;
}

/**
 * The account type of a direct-deposit cell (`C` / `S`, `CHK` / `SAV`, `DDA`, `checking` /
 * `savings`), as payroll and EVV agencies' deposit exports write it after the account.
 */
const ACCOUNT_TYPE = /^(?:CHK|SAV|DDA|CHECKING|SAVINGS|Checking|Savings|checking|savings|chk|sav)$/;
const ACCOUNT_TYPE_LETTER = /^[CS]$/;
const ACCOUNT_CELL = /^\d{6,17}$/;

/**
 * A person's bank account in a header-less direct-deposit row (leftovers of red-team round 87:
 * `20931|MARCHETTI|DONATELLA|536904399|000123456789|C|1284.50`, `…,011401533,1111222233330000,CHK,…`):
 * 6–17 digits before an account type cell (8 or more before a bare `C` / `S`), or after a routing
 * cell that passes the ABA check. Read in a row that names a person (the caller's).
 */
function depositAccounts(text: string, cells: readonly [number, number][], hits: Hit[]): void {
  for (let i = 1; i < cells.length; i++) {
    const [a, b] = cells[i]!;
    if (b - a < 6 || b - a > 17) continue;
    const cell = text.slice(a, b);
    if (!ACCOUNT_CELL.test(cell)) continue;
    const next = i + 1 < cells.length ? text.slice(...cells[i + 1]!) : '';
    const before = text.slice(...cells[i - 1]!);
    const typed = ACCOUNT_TYPE.test(next) || (b - a >= 8 && ACCOUNT_TYPE_LETTER.test(next));
    const routed = before.length === 9 && /^\d{9}$/.test(before) && abaRoutingValid(before);
    if (typed || routed) hits.push({ start: a, end: b, entity: 'BANK_ACCOUNT', normalized: cell, strength: WEAK });
  }
}

function pushCells(text: string, cells: readonly [number, number][], i: number, j: number, hits: Hit[]): void {
  for (const [a, b] of [cells[i]!, cells[j]!])
    hits.push({ start: a, end: b, entity: 'PERSON', normalized: text.slice(a, b), strength: WEAK });
}

const ELEVEN_DIGITS = /^[1-9]\d{10}$/;

/**
 * The national number a bare 9-digit cell of a person's row is, by the first check it passes: an
 * SSN (the SSA's structure), an Australian TFN (the ATO's weights) or a Canadian SIN (Luhn, not 0
 * or 8 first): payroll and tax-agent exports carry them unformatted beside the name (red-team
 * round 67: an STP payee line, a CRA Represent-a-Client row).
 */
function personRowNineDigits(cell: string): string | undefined {
  if (usSsnValid(cell)) return 'US_SSN';
  if (auTfnValid(cell)) return 'AU_TFN';
  const c = cell.charCodeAt(0);
  if (c !== 48 && c !== 56 && luhnValid(cell)) return 'CA_SIN';
  return undefined;
}

/** Classifies the cells of one row and pushes the hits the row's evidence allows. */
/**
 * The columns of a header line whose names end in `id` and name a record's id (`VANID`, `Voter File
 * VANID`, `Donor ID`, `contactId`: an EveryAction or VAN export; red-team round 102): nine digits
 * there are the record's, no SSN. A national, tax or government id's column is none of them.
 */
export function recordIdColumns(text: string, cells: readonly [number, number][]): number[] {
  const out: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const [a, b] = cells[i]!;
    if (b - a < 2 || b - a > 24) continue;
    const name = text
      .slice(a, b)
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    if (name.endsWith('id') && !PERSON_ID_COLUMN.test(name)) out.push(i);
  }
  return out;
}
const PERSON_ID_COLUMN = /(?:national|tax|taxpayer|gov|government|personal|citizen|social|ssn|sin|tin|nat|resident|identity|state)id$/;

function readRow(ctx: SpanContext, text: string, cells: readonly [number, number][], samples = false, idColumns?: readonly number[]): void {
  let device = false;
  let email = false;
  for (const [a, b] of cells) {
    if (b - a >= 3 && DEVICE_CELL.test(text.slice(a, Math.min(b, a + 8)))) device = true;
    const at = text.indexOf('@', a);
    if (at >= 0 && at < b) email = true;
  }
  const hits: Hit[] = [];
  for (const [a, b] of cells) {
    const hit =
      b - a < 10
        ? shortCell(text, a, b)
        : b - a === 13 && mpanCell(text, a, b)
          ? { start: a, end: b, entity: 'METER_POINT_ID', normalized: text.slice(a, b), strength: WEAK }
          : (classify(text.slice(a, b), a, device, samples) ?? personCell(text.slice(a, b), a) ?? capitalsStreetCell(text, a, b));
    if (hit !== undefined) hits.push(hit);
  }
  let emailNamed = false;
  if (email) {
    for (const i of emailNamePairs(text, cells)) {
      for (const [a, b] of [cells[i - 1]!, cells[i]!])
        hits.push({ start: a, end: b, entity: 'PERSON', normalized: text.slice(a, b), strength: WEAK });
    }
    // A whole name in one cell that the row's e-mail spells, and the login spelled from it.
    for (const [i, login] of emailNameCells(text, cells)) {
      const [a, b] = cells[i]!;
      hits.push({ start: a, end: b, entity: 'PERSON', normalized: text.slice(a, b), strength: WEAK });
      if (login >= 0) {
        const [c, d] = cells[login]!;
        hits.push({ start: c, end: d, entity: 'USERNAME', normalized: text.slice(c, d), strength: WEAK });
      }
      emailNamed = true;
    }
  }
  const named = nameCells(text, cells, hits);
  if (named || emailNamed) {
    for (let i = 0; i < cells.length; i++) {
      if (idColumns?.includes(i)) continue;
      const [a, b] = cells[i]!;
      const cell = text.slice(a, b);
      const entity =
        b - a === 9 && NINE_DIGITS.test(cell)
          ? personRowNineDigits(cell)
          : b - a === 11 && ELEVEN_DIGITS.test(cell) && deTaxIdValid(cell)
            ? 'DE_TAX_ID'
            : undefined;
      if (entity !== undefined) hits.push({ start: a, end: b, entity, normalized: cell, strength: WEAK });
    }
  }
  // A bank account beside its type or routing cell, in a row that names a person (a looser pair too).
  if (named || emailNamed || hits.some((h) => h.entity === 'PERSON')) depositAccounts(text, cells, hits);
  if (hits.length === 0) return;
  if (hits.some((h) => h.entity === 'DATE_OF_BIRTH')) dropRegistrationDates(text, cells, hits);
  composedIds(text, cells, hits);
  if (hits.some((h) => h.entity === 'PHONE')) dropYearSequenceNumbers(text, cells, hits);
  if (hits.length === 0) return;
  // Another kind of hit, two phones (a call's parties) or an e-mail in the row: one weak shape
  // alone (a 15-digit id that opens like an IMSI, a 10-digit number valid in the NANP) stays.
  let phones = 0;
  let kinds = false;
  for (const h of hits) {
    if (h.entity === 'PHONE') phones++;
    if (h.entity !== hits[0]!.entity) kinds = true;
  }
  const corroborated = email || kinds || phones >= 2;
  if (hits.length > 1) hits.sort((x, y) => x.start - y.start);
  for (const h of hits) {
    // A street cell in capitals stands beside a ZIP cell, or in a row that names its person (a voter
    // file's row without its header: `…|ABERNATHY-SOLIS|MARISOL|4102 GARRETT RD|DURHAM|…`; red-team round 102).
    if (
      (h.entity === 'METER_POINT_ID' || h.entity === 'ADDRESS') &&
      !hits.some((p) => p.entity === 'POSTCODE' || (h.entity === 'ADDRESS' && p.entity === 'PERSON'))
    )
      continue;
    if (h.strength === STRONG || corroborated) pushSpan(ctx, text, h.start, h.end, h.entity, 'bare_cells', h.normalized);
  }
}

/**
 * A cell of its own holding a birth year (four digits, 1900 to LATEST_BIRTH_YEAR), other than the
 * year of the date cell `except` (-1: any): a state voter file's `birth_year` / `Birthyear` column
 * (North Carolina `ncvoter`, Washington VRDB; red-team round 102), whose rows print a registration
 * or a last-voted date beside it. Returns the cell's index or -1.
 */
function birthYearCell(text: string, cells: readonly [number, number][], exceptYear: number): number {
  for (let i = 0; i < cells.length; i++) {
    const [a, b] = cells[i]!;
    if (b - a !== 4) continue;
    const c = text.charCodeAt(a);
    if (c !== 49 && c !== 50) continue;
    const cell = text.slice(a, b);
    if (!/^(?:19|20)\d\d$/.test(cell)) continue;
    const year = Number(cell);
    if (year <= LATEST_BIRTH_YEAR && year !== exceptYear) return i;
  }
  return -1;
}

/** Drops the birth-date hits of a row that holds the person's birth year in a cell of its own (birthYearCell). */
function dropRegistrationDates(text: string, cells: readonly [number, number][], hits: Hit[]): void {
  for (let h = hits.length - 1; h >= 0; h--) {
    const hit = hits[h]!;
    if (hit.entity !== 'DATE_OF_BIRTH') continue;
    const year = Math.floor(birthDateOf(text.slice(hit.start, hit.end).replace(/\./g, '/')) / 10000);
    if (birthYearCell(text, cells, year) >= 0) hits.splice(h, 1);
  }
}

/**
 * Drops a dashed number whose last two groups are cells of the same row: an id composed of the
 * row's own ids, not a phone (CDISC SDTM `USUBJID` = study, site and subject: `01-701-1023` beside
 * `SITEID` 701 and `SUBJID` 1023 in a header-less DM row; red-team round 45). Read on phone hits only.
 */
function composedIds(text: string, cells: readonly [number, number][], hits: Hit[]): void {
  for (let h = hits.length - 1; h >= 0; h--) {
    const hit = hits[h]!;
    if (hit.entity !== 'PHONE') continue;
    const parts = text.slice(hit.start, hit.end).split('-');
    if (parts.length < 3) continue;
    const last = parts[parts.length - 1]!;
    const middle = parts[parts.length - 2]!;
    let found = 0;
    for (const [a, b] of cells) {
      if (a === hit.start) continue;
      const cell = text.slice(a, b);
      if (cell === last) found |= 1;
      else if (cell === middle) found |= 2;
    }
    if (found === 3) hits.splice(h, 1);
  }
}

/**
 * A whole value that is a strong cell by itself: a field under a neutral custom name (Salesforce
 * `Alt_Contact__c`, a JSON Patch `/contacts/0/value`, JaVers `left` / `right`) holding a
 * national-format phone. (A published sample SSN alone stays, as columnar.test.ts pins: no name
 * says it is someone's.) Gated by the length (11 to 16 characters) and a digit first.
 */
export function mayBeWholeCell(text: string): boolean {
  const n = text.length;
  const c = text.charCodeAt(0);
  // A Norwegian mobile in its 3-2-3 grouping (`406 12 345`, no trunk prefix): 10 characters, a 4 or 9 first.
  if (n === 10) return (c === 52 || c === 57) && text.charCodeAt(3) === 32 && text.charCodeAt(6) === 32;
  if (n < 11 || n > 16) return false;
  return c >= 48 && c <= 57;
}

/** A Norwegian mobile as Nkom's plan groups it (round 60, stop 37: `mobil: 406 12 345`). */
const NO_MOBILE_SHAPE = /^[49]\d{2} \d{2} \d{3}$/;

export function wholeCellSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  if (text.length === 10) {
    const parsed = NO_MOBILE_SHAPE.test(text) ? phoneNumberLibrary().parsePhoneNumberFromString(text, 'NO') : undefined;
    if (parsed?.isValid() && parsed.getType() === 'MOBILE') pushSpan(ctx, text, 0, 10, 'PHONE', 'bare_cells', parsed.number);
    return;
  }
  const hit = classify(text, 0, false, false);
  // Two digits and two groups joined by dashes (`01-701-1015`: a CDISC USUBJID of study, site and
  // subject; red-team round 45) alone in a field are an id's parts, no Dublin number: a national
  // number alone is written with blanks (`01 701 1015`), a French one in five pairs, an Australian
  // mobile `0412-345-678`; a row's or a name's reading still finds one.
  if (hit?.entity === 'PHONE' && STUDY_SITE_SUBJECT.test(text)) return;
  // A dashed personnummer proves itself only among a row's cells (`240115-1234` alone may be an order's).
  if (hit !== undefined && hit.strength === STRONG && hit.entity !== 'DEVICE_ID' && hit.entity !== 'SE_PERSONNUMMER')
    pushSpan(ctx, text, hit.start, hit.end, hit.entity, 'bare_cells', hit.normalized);
}

/**
 * Whether a text may hold a row without names: a stretch of 9 digits, or an `@` (a row's e-mail,
 * email-name-cells.ts), and a separator (signature bits, then indexOf). Without the digits, a
 * text with an `@` needs what a row without them can be read from: a separator three times (a
 * row has 4 cells or more: a line, a composite row, an SQL tuple), or the binlog's `@1=` or a
 * fixed-width line's blanks (stop 34: a log line with an e-mail and a comma paid 1–2 µs of reads).
 */
export function mayHoldBareCells(scan: TextScan): boolean {
  if (scan.text.length < 20) return false;
  const t = scan.text;
  if (scan.digitRun < 9) {
    // A row of 4 cells or more with a run of 4 digits (a year, a date, an id: stop 38's rows of
    // people without a 9-digit number, `…|Fairweather, Odalys|1961-07-23|…`, a dashed CPR, a
    // Belgian national number written `85.07.30-033 28`).
    if (t.indexOf('@') < 0)
      return (
        scan.digitRun >= 4 &&
        (threeOf(t, ',') ||
          threeOf(t, ';') ||
          threeOf(t, '\t') ||
          threeOf(t, '|') ||
          ((scan.signature & SIG_INFO_SEPARATOR) !== 0 && threeOf(t, '\x1c')))
      );
    return (
      t.indexOf('@1=') >= 0 ||
      t.indexOf('#1(') >= 0 ||
      t.indexOf('   ') >= 0 ||
      threeOf(t, ',') ||
      threeOf(t, ';') ||
      threeOf(t, '\t') ||
      threeOf(t, '|') ||
      ((scan.signature & SIG_INFO_SEPARATOR) !== 0 && threeOf(t, '\x1c'))
    );
  }
  return (
    t.indexOf(',') >= 0 ||
    t.indexOf(';') >= 0 ||
    t.indexOf('\t') >= 0 ||
    t.indexOf('|') >= 0 ||
    t.indexOf('@1=') >= 0 ||
    t.indexOf('#1(') >= 0 ||
    t.indexOf('   ') >= 0 ||
    (scan.signature & SIG_INFO_SEPARATOR) !== 0
  );
}

/**
 * Whether one of a table's separators (`,` `|` tab `;`) occurs three times or more in `t`: the
 * gate login-cells.ts and dated-login-cells.ts put before their row readers. Native calls only.
 */
export function threeOfAnySeparator(t: string): boolean {
  return threeOf(t, ',') || threeOf(t, '|') || threeOf(t, '\t') || threeOf(t, ';');
}

/** Whether `c` occurs three times or more in `t`. */
function threeOf(t: string, c: string): boolean {
  const i = t.indexOf(c);
  if (i < 0) return false;
  const j = t.indexOf(c, i + 1);
  return j >= 0 && t.indexOf(c, j + 1) >= 0;
}

export function bareCellSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  // mysqlbinlog -v: `###   @N=value` lines; the cells of one row event are one row.
  if (text.indexOf('@1=') >= 0 && text.indexOf('### ') >= 0) binlogRows(ctx, text);
  // A Postgres composite row `=(…)`: one row between the brackets.
  for (let i = text.indexOf('=('); i >= 0; i = text.indexOf('=(', i + 2)) {
    const close = text.indexOf(')', i + 2);
    if (close < 0) break;
    const cells = cellsOf(text, i + 2, close, 44);
    if (cells.length >= MIN_CELLS) readRow(ctx, text, cells);
  }
  if (text.indexOf('   ') >= 0) fixedWidthPersons(ctx, text);
  if (text.indexOf('alues') >= 0 || text.indexOf('ALUES') >= 0) sqlValuesRows(ctx, text);
  if (text.indexOf('#1(') >= 0) oracleBindRow(ctx, text);
  const hl7 = text.indexOf('MSH|') >= 0 || text.indexOf('PID|') >= 0;
  // The rows split by the first row's separator, for the columns one row proves (name-columns.ts).
  const rows: [number, number][][] = [];
  let rowsSep = -1;
  // The record-id columns a header line above the rows names (recordIdColumns).
  let idColumns: number[] | undefined;
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const lineEnd = to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to;
    if (lineEnd - from >= 20) {
      const sep = separatorOf(text, from, lineEnd);
      // HL7 v2 segments are hl7.ts's to read, by field position.
      if (sep >= 0 && !(sep === 124 && hl7)) {
        const cells = cellsOf(text, from, lineEnd, sep);
        if (cells.length >= MIN_CELLS && !cells.every(([a, b]) => a === b || isNameCell(text, a, b))) {
          readRow(ctx, text, cells, false, idColumns);
          if (rowsSep === -1) rowsSep = sep;
          if (sep === rowsSep) rows.push(cells);
          if (cells.length >= 6) personRow(ctx, text, cells, idColumns);
          else if (cells.length === 5 && sep === 44) positivePayRow(ctx, text, cells);
          if (sep === 59 && cells.length <= 5) tinMatchingRow(ctx, text, cells);
        } else if (cells.length >= MIN_CELLS && rows.length === 0 && idColumns === undefined) idColumns = recordIdColumns(text, cells);
      }
    }
    from = to + 1;
  }
  if (rows.length >= 2) nameColumns(ctx, text, rows, invertedNameCell, bareNanpCell);
}

/** A TIN Matching payee name: letters, blanks and the punctuation of names (`O'NEIL`, `SMITH-JONES`, `JR.`). */
const TIN_MATCHING_NAME = /^[A-Za-z][A-Za-z '.&-]{1,39}$/;

/**
 * An IRS TIN Matching bulk file line (Publication 2108A: `TIN type;TIN;Name;Account number`, the
 * result file adding `;indicator` 0–8; red-team round 67: `2;<9 digits>;HOLLOWAY BRENNA;V-10044;0`):
 * with TIN type 2 (an SSN) the name is an individual payee's; type 1 (an EIN) names a business
 * and type 3 (unknown) either, so both stay. The TIN is read by the detectors as any number.
 */
function tinMatchingRow(ctx: SpanContext, text: string, cells: readonly [number, number][]): void {
  const [type, tin, name] = cells as [[number, number], [number, number], [number, number]];
  if (type[1] - type[0] !== 1 || text.charCodeAt(type[0]) !== 50) return;
  if (tin[1] - tin[0] !== 9 || !NINE_DIGITS.test(text.slice(tin[0], tin[1]))) return;
  if (cells.length === 5 && !/^[0-8]$/.test(text.slice(cells[4]![0], cells[4]![1]))) return;
  const value = text.slice(name[0], name[1]);
  if (!TIN_MATCHING_NAME.test(value)) return;
  pushSpan(ctx, text, name[0], name[1], 'PERSON', 'bare_cells', value);
}

const SQL_VALUES = /\bvalues\s*\(/gi;

/**
 * The tuples of an SQL `VALUES (…), (…)` (red-team round 39: a second INSERT without a column list
 * in a pgaudit line, a multi-row insert in a warehouse's query history): each tuple is a row,
 * its cells split at commas outside single-quoted literals ('' inside one stays inside), quotes
 * dropped. A tuple's cell is masked only by its own shape, as any header-less row's.
 */
function sqlValuesRows(ctx: SpanContext, text: string): void {
  SQL_VALUES.lastIndex = 0;
  for (let m = SQL_VALUES.exec(text); m !== null; m = SQL_VALUES.exec(text)) {
    let i = m.index + m[0].length;
    for (;;) {
      const cells: [number, number][] = [];
      let a = i;
      let quoted = false;
      let closed = false;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (quoted) {
          if (c === 39) {
            if (text.charCodeAt(i + 1) === 39) i++;
            else quoted = false;
          }
        } else if (c === 39) quoted = true;
        else if (c === 44 || c === 41) {
          cells.push(sqlCell(text, a, i));
          a = i + 1;
          if (c === 41) {
            closed = true;
            break;
          }
        } else if (c === 40 || c === 59 || c === 10) break;
      }
      if (!closed) break;
      if (cells.length >= MIN_CELLS) readRow(ctx, text, cells);
      // The next tuple of a multi-row insert: `, (`.
      let j = i + 1;
      while (text.charCodeAt(j) === 32) j++;
      if (text.charCodeAt(j) !== 44) break;
      j++;
      while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 10) j++;
      if (text.charCodeAt(j) !== 40) break;
      i = j + 1;
    }
    SQL_VALUES.lastIndex = Math.max(SQL_VALUES.lastIndex, i);
  }
}

/**
 * Oracle's bind values as unified audit writes them in `SQL_BINDS` (` #1(3):207 #2(6):Steven
 * #3(4):King …`: position, length, value; red-team round 58), the column names only in the
 * statement of another field: the values of one execution are one row, each `(n)` characters long
 * (up to the next ` #` when the length counts bytes of a wider character).
 */
const ORACLE_BIND = /#\d{1,3}\((\d{1,4})\):/g;

function oracleBindRow(ctx: SpanContext, text: string): void {
  const cells: [number, number][] = [];
  ORACLE_BIND.lastIndex = 0;
  for (let m = ORACLE_BIND.exec(text); m !== null; m = ORACLE_BIND.exec(text)) {
    const a = ORACLE_BIND.lastIndex;
    let b = a + Number(m[1]);
    if (b > text.length || (b < text.length && text.charCodeAt(b) !== 32 && text.charCodeAt(b) !== 10)) {
      b = text.indexOf(' #', a);
      if (b < 0) b = text.length;
    }
    cells.push([a, b]);
    ORACLE_BIND.lastIndex = b;
  }
  if (cells.length < MIN_CELLS) return;
  readRow(ctx, text, cells);
  if (cells.length >= 5) personRow(ctx, text, cells);
}

/** One SQL literal's extent: blanks around it and its single quotes dropped. */
function sqlCell(text: string, a: number, b: number): [number, number] {
  while (a < b && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 10)) a++;
  while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 10)) b--;
  if (b - a >= 2 && text.charCodeAt(a) === 39 && text.charCodeAt(b - 1) === 39) return [a + 1, b - 1];
  return [a, b];
}

const BINLOG_CELL = /^###\s+@\d+=(.*)$/gm;

function binlogRows(ctx: SpanContext, text: string): void {
  let row: [number, number][] = [];
  const flush = () => {
    if (row.length >= 2) readRow(ctx, text, row, true);
    row = [];
  };
  let last = -1;
  BINLOG_CELL.lastIndex = 0;
  for (let m = BINLOG_CELL.exec(text); m !== null; m = BINLOG_CELL.exec(text)) {
    // A line between two cells (`### WHERE`, `### SET`, the next statement) ends a row.
    if (last >= 0 && text.lastIndexOf('\n', m.index - 1) > last) flush();
    let a = m.index + m[0].length - m[1]!.length;
    let b = m.index + m[0].length;
    if (text.charCodeAt(b - 1) === 13) b--;
    if (text.charCodeAt(a) === 39 && text.charCodeAt(b - 1) === 39 && b - a >= 2) {
      a++;
      b--;
    }
    row.push([a, b]);
    // The next line break must be this cell's.
    const nl = text.indexOf('\n', m.index);
    last = nl < 0 ? text.length : nl;
  }
  flush();
}

/**
 * A person's row without its header (red-team rounds 33 and 35: an ADP or Workday EIB row quoted in
 * an import error, a jury system's pipe export): no name says what a cell holds, so the row must
 * prove it is a person's by two of these cells: an SSN (3-2-4, or nine digits valid by the SSA's
 * rules), a birth date (MM/DD/YYYY, YYYY-MM-DD or YYYYMMDD, a plausible one at least 14 years
 * back), a US state code followed by a ZIP cell, an e-mail. Then, besides what readRow masks:
 * the SSN and the birth date (the oldest date), one to three name cells right before the first of
 * them (`Ramanathan,Priya`; words of letters, or one cell surname first `OKONKWO, CHIDI`; a middle
 * initial right before is passed over), a NANP phone (10 digits, or 3-3-4 with its separators), a driver's licence cell (one
 * or two letters and 8–14 digits, not the row's first cell), a street line cell, and the account
 * next to a routing cell (nine digits with the ABA check digit), which stays. The first and last cells lose what
 * precedes or follows a quote or a blank (`row 14: "HBV000503`, `000123987654" (Zip …)`).
 */
const US_STATES = US_STATE_CODES;
const ZIP_CELL = /^\d{5}(?:-\d{4})?$/;
const ROW_SSN = /^(?:\d{3}-\d{2}-\d{4}|\d{9})$/;
const ROW_DATE = /^(?:(\d{1,2})\/(\d{1,2})\/(\d{4})|(\d{4})-(\d{2})-(\d{2})|((?:19|20)\d{2})(\d{2})(\d{2}))$/;
const ROW_NAME = /^[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’]*(?:[- ][A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’]*){0,2}$/;
/** A name cell written surname first (`OKONKWO, CHIDI`, `Reyes, Ana M`: a roster's or waitlist's). */
const ROW_INVERTED_NAME = /^[A-Z][A-Za-z'’-]+, [A-Z][A-Za-z'’]+(?: [A-Z]\.?)?$/;
/** A middle initial between the name cells and the birth date (`ELLISON|MARCUS|J|1984-07-08`). */
const ROW_INITIAL = /^[A-Z]\.?$/;
/** A NANP number written with its separators in its own cell (`614-555-0188`, `(317) 555-0129`); also evidence of a person row (round 45). */
const ROW_NANP = /^(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}$/;
const ROW_CODE = /^[A-Z]{2,4}-[A-Z]{2,4}$/;
const ROW_LICENCE = /^[A-Z]{1,2}\d{8,14}$/;
/** A passport number beside the birth date or before a three-letter nationality (an eTA export row: red-team round 55). */
const ROW_PASSPORT = /^[A-Z]{1,2}\d{6,7}$/;
const ROW_NATIONALITY = /^[A-Z]{3}$/;
/** Relationship and role cells of beneficiary, dependant and census rows. */
const ROW_RELATION =
  /^(?:self|spouse|wife|husband|son|daughter|child|stepchild|mother|father|parent|brother|sister|sibling|partner|estate|trust|grandson|granddaughter|grandchild|niece|nephew|dependent|dependant|employee|member|subscriber|insured|owner|beneficiary|other)$/i;
/**
 * A loan's or a deal's party by role in its own cell (Dealertrack, LendingPad and DMS exports:
 * `CO-APPLICANT`, `COSIGNER`, `GUARANTOR`, `PRIMARY`; red-team round 81 and its leftovers).
 */
const ROW_PARTY_ROLE =
  /^(?:co-?)?(?:applicant|borrower|signer|buyer|maker|owner)$|^(?:guarantor|cosigner|primary|secondary|joint|endorser|lessee|co-?lessee)$/i;
/**
 * An organisation's cell, by its head noun (`COUNTY SCHOOL DISTRICT`, `REGIONAL MEDICAL CENTER`,
 * `MOUNTAIN STATES HOSPITAL`, `ACME PLUMBING SUPPLY`: the employer of a verification of employment
 * export; red-team round 81 and its leftovers): two words or more, the last an institution's or a
 * company's word.
 */
const ROW_ORGANISATION =
  / (?:hospital|hospitals|district|center|centre|school|schools|university|college|supply|clinic|department|dept|inc|llc|corp|company|health|system|systems|services|group|authority)\.?$/i;
/** A street line alone in its cell (the value detectors want no comma right before a house number). */
export const ROW_STREET =
  /^\d{1,6}[A-Z]? (?:[NSEW]\.? )?(?:[A-Z][A-Za-z'’.-]*|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))(?: [A-Z][A-Za-z'’.-]*){0,3} (?:Street|St|Avenue|Ave?|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|STREET|ST|AVENUE|AVE?|ROAD|RD|BLVD|DRIVE|DR|LANE|LN|WAY|CT|PL|CIR|PKWY|HWY)\.?(?: (?:Apt|APT|Suite|STE|Ste|Unit|UNIT|#) ?[A-Za-z0-9-]{1,6})?$/;

/** The birth year of a date cell (as a sortable YYYYMMDD number), or 0 when it is no plausible birth date. */
export function birthDateOf(cell: string): number {
  const m = ROW_DATE.exec(cell);
  if (m === null) return 0;
  let y: number;
  let mo: number;
  let d: number;
  if (m[3] !== undefined) {
    y = Number(m[3]);
    mo = Number(m[1]);
    d = Number(m[2]);
    // DD/MM/YYYY when the first part cannot be a month.
    if (mo > 12) [mo, d] = [d, mo];
  } else if (m[4] !== undefined) [y, mo, d] = [Number(m[4]), Number(m[5]), Number(m[6])];
  else [y, mo, d] = [Number(m[7]), Number(m[8]), Number(m[9])];
  if (!plausibleBirthDate(y, mo, d) || y > LATEST_BIRTH_YEAR) return 0;
  return y * 10000 + mo * 100 + d;
}

/**
 * A person row's birth date cell (birthDateOf), or eight digits month first (`04151958`: HUD
 * TRACS MAT10 household records write MMDDYYYY; red-team round 100).
 */
function rowBirthDateOf(cell: string): number {
  const born = birthDateOf(cell);
  if (born !== 0 || cell.length !== 8 || !EIGHT_DIGITS.test(cell)) return born;
  return birthDateOf(`${cell.slice(4)}${cell.slice(0, 4)}`);
}
const EIGHT_DIGITS = /^\d{8}$/;

/** A one-word cell that is a relationship word, or an everyday word and no name of the gazetteer (`Daughter`, `Primary`). */
function isEverydayNonName(cell: string): boolean {
  if (cell.includes(' ') || cell.includes('-')) return false;
  if (ROW_RELATION.test(cell)) return true;
  const folded = foldName(cell);
  return (nameKind(folded) & (GIVEN_NAME | SURNAME)) === 0 && (isEverydayWord(folded) || isNameStopWord(folded));
}

/**
 * Whether the two cells before the birth date at cell `dob` are a surname and a given name in
 * columns of their own (`…|Trevelyan|Perpetua|1948-12-02|97205|…`, a Surescripts audit row without
 * its header: red-team round 45): one name-shaped word each, one of them in the gazetteer, neither
 * an everyday word. With a ZIP cell after the date, that is a person's demographics.
 */
function namedColumns(text: string, cells: readonly [number, number][], dob: number): boolean {
  let known = false;
  for (const i of [dob - 2, dob - 1]) {
    const [a, b] = cells[i]!;
    if (b - a < 2 || b - a > 25 || !NAME_CELL.test(text.slice(a, b))) return false;
    const folded = foldName(text.slice(a, b));
    if (isEverydayWord(folded) || isNameStopWord(folded)) return false;
    if (nameKind(folded) !== 0) known = true;
  }
  return known;
}

/** Whether the two cells before cell `dob` are name-shaped words, neither an everyday word nor a state code. */
function nameShapedBefore(text: string, cells: readonly [number, number][], dob: number): boolean {
  for (const i of [dob - 2, dob - 1]) {
    const cell = text.slice(...cells[i]!);
    if (cell.length < 2 || !NAME_CELL.test(cell) || US_STATES.has(cell) || isEverydayNonName(cell)) return false;
  }
  return true;
}

/** Whether a cell is 10 digits valid as a NANP number. */
function bareNanpCell(cell: string): boolean {
  return cell.length === 10 && /^[2-9]\d{2}[2-9]\d{6}$/.test(cell) && barePhone(cell) !== undefined;
}

/** Whether a cell holds 10 digits valid as a NANP number. */
function hasBareNanp(text: string, cells: readonly [number, number][]): boolean {
  for (const [a, b] of cells) {
    if (b - a !== 10) continue;
    const cell = text.slice(a, b);
    if (/^[2-9]\d{2}[2-9]\d{6}$/.test(cell) && barePhone(cell) !== undefined) return true;
  }
  return false;
}

function personRow(ctx: SpanContext, text: string, raw: readonly [number, number][], idColumns?: readonly number[]): void {
  const cells = raw.map(([a, b]) => [a, b] as [number, number]);
  const first = cells[0]!;
  const cut = Math.max(text.lastIndexOf('"', first[1] - 1), text.lastIndexOf(' ', first[1] - 1));
  if (cut >= first[0]) first[0] = cut + 1;
  const last = cells[cells.length - 1]!;
  for (let i = last[0]; i < last[1]; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 32) {
      last[1] = i;
      break;
    }
  }
  let ssn = -1;
  let dob = -1;
  let dobValue = Number.MAX_SAFE_INTEGER;
  let evidence = 0;
  let place = false;
  let email = false;
  let written = false;
  for (let i = 0; i < cells.length; i++) {
    const [a, b] = cells[i]!;
    const cell = text.slice(a, b);
    if (ssn < 0 && ROW_SSN.test(cell) && usSsnValid(cell.replace(/-/g, '')) && !(b - a === 9 && idColumns?.includes(i))) ssn = i;
    const born = rowBirthDateOf(cell);
    if (born !== 0 && born < dobValue) {
      dob = i;
      dobValue = born;
    }
    if (!place && b - a === 2 && US_STATES.has(cell) && i + 1 < cells.length && ZIP_CELL.test(text.slice(...cells[i + 1]!))) place = true;
    if (!email && cell.indexOf('@') > 0) email = true;
    if (!written && b - a <= 14 && ROW_NANP.test(cell)) written = true;
  }
  // A birth year in a cell of its own makes the date a registration's (birthYearCell).
  if (dob >= 0 && birthYearCell(text, cells, Math.floor(dobValue / 10000)) >= 0) dob = -1;
  if (written) evidence++;
  // Without the ZIP cell too (stop 38: a membership row `7730215;Henriksen;Solveig;<date of birth>;Oslo;…`):
  // a surname and a given name in columns of their own right before the date are the person's.
  if (dob >= 2 && namedColumns(text, cells, dob)) evidence++;
  // Leftovers of round 53: the person's name right before the birth date, surname first in one
  // cell (an audit export's `…,"Abernathy, Clyde",11/30/1952,…`) or in two name-shaped cells
  // beside a bare 10-digit NANP cell (a collections hand-off `…|OYELARAN|FUNMILAYO|1977-05-21|4045550198|…`).
  if (dob >= 1 && ROW_INVERTED_NAME.test(text.slice(...cells[dob - 1]!))) evidence++;
  else if (dob >= 2 && !written && nameShapedBefore(text, cells, dob) && hasBareNanp(text, cells)) evidence++;
  if (ssn >= 0) evidence++;
  if (dob >= 0) evidence++;
  if (place) evidence++;
  if (email) evidence++;
  if (evidence < 2) return;
  const push = (i: number, entity: string) => pushSpan(ctx, text, cells[i]![0], cells[i]![1], entity, 'bare_cells');
  if (ssn >= 0) push(ssn, 'US_SSN');
  if (dob >= 0) push(dob, 'DATE_OF_BIRTH');
  let anchor = Math.min(ssn < 0 ? cells.length : ssn, dob < 0 ? cells.length : dob);
  // Without an SSN or a birth date, the name cells are those right before the street line (a
  // clinic's client export `10452|McAllister|Fiona|66 Thornbury Rd|…|Maple|Canine|Beagle`: the
  // pet's name, species and breed at the end are no person's; leftovers of round 53).
  if (anchor === cells.length) {
    for (let i = 2; i < cells.length; i++) {
      if (ROW_STREET.test(text.slice(...cells[i]!))) {
        anchor = i;
        break;
      }
    }
  }
  // A published sample SSN (078-05-1120) in a row proven by other cells is the row's SSN all the
  // same, before the birth date or after it (a collections placement `case,SURNAME,GIVEN,<dob>,
  // 078-05-1120,<balance>`: red-team round 94).
  for (let i = 1; i < cells.length && ssn < 0; i++) {
    const [a, b] = cells[i]!;
    if (b - a === 11 && SSN_SHAPE.test(text.slice(a, b)) && SSA_SAMPLE_SSNS.has(text.slice(a, b).replace(/-/g, ''))) push(i, 'US_SSN');
  }
  for (let i = anchor - 1, n = 0; i >= 1 && n < 3; i--, n++) {
    const cell = text.slice(...cells[i]!);
    // A middle initial right before the birth date or SSN (round 46) is passed over.
    if (n === 0 && ROW_INITIAL.test(cell)) continue;
    // The row's e-mail or a dashed SSN-shaped cell between the name and the birth date (a Spark
    // reject `1004,Anne,Kretchmar,annek@…,078-05-1120,1984-03-12`, round 58) is passed over.
    if (cell.indexOf('@') > 0 || (cell.length === 11 && SSN_SHAPE.test(cell))) {
      n--;
      continue;
    }
    if (ROW_INVERTED_NAME.test(cell)) {
      push(i, 'PERSON');
      continue;
    }
    if (cell.length < 2 || !ROW_NAME.test(cell) || ROW_CODE.test(cell) || (cell.length === 2 && US_STATES.has(cell))) break;
    // An employer's cell before the person's name (`…,COUNTY SCHOOL DISTRICT,NAKASHIMA,ELOWEN,<SSN>`
    // of a verification of employment export) ends the name.
    if (ROW_ORGANISATION.test(cell) || isCompanyName(cell)) break;
    // A relationship or role cell between the name and the SSN (`…,Okafor,Daughter,…`) is no name,
    // nor is a party's role on a loan or a deal (`…,CO-APPLICANT,VANTERPOOL,…`).
    if (isEverydayNonName(cell) || ROW_PARTY_ROLE.test(cell)) continue;
    push(i, 'PERSON');
  }
  let account = -1;
  for (let i = 1; i < cells.length && account < 0; i++) {
    const cell = text.slice(...cells[i]!);
    if (cell.length !== 9 || i === ssn || !/^\d{9}$/.test(cell) || !abaRoutingValid(cell)) continue;
    if (i + 1 < cells.length && /^\d{6,17}$/.test(text.slice(...cells[i + 1]!))) account = i + 1;
    else if (i - 1 !== ssn && /^\d{6,17}$/.test(text.slice(...cells[i - 1]!))) account = i - 1;
  }
  if (account >= 0) push(account, 'BANK_ACCOUNT');
  for (let i = 1; i < cells.length; i++) {
    if (i === ssn || i === account) continue;
    const cell = text.slice(...cells[i]!);
    if (cell.length === 10 && /^[2-9]\d{2}[2-9]\d{6}$/.test(cell) && barePhone(cell) !== undefined) push(i, 'PHONE');
    else if (cell.length <= 14 && ROW_NANP.test(cell) && barePhone(cell.replace(/\D/g, '')) !== undefined) push(i, 'PHONE');
    // A licence is written after the person's name; a letter-and-digits cell before it is the
    // record's own id (a plan's member id `W…` before `SURNAME|GIVEN|<birth date>`, stop 38).
    else if (ROW_LICENCE.test(cell) && i >= anchor) push(i, 'DRIVER_LICENSE');
    else if (
      ROW_PASSPORT.test(cell) &&
      (i === dob + 1 || i === dob - 1 || (i + 1 < cells.length && ROW_NATIONALITY.test(text.slice(...cells[i + 1]!))))
    )
      push(i, 'PASSPORT');
    else if (ROW_STREET.test(cell)) push(i, 'ADDRESS');
  }
}

/**
 * A person in a fixed-width line of a booking, jail or census file (red-team round 35: a mainframe
 * booking line without field names): a surname in capitals padded with two blanks or more, a given
 * name in capitals, an optional middle initial, a birth date of 8 digits (YYYYMMDD or MMDDYYYY, a
 * plausible one at least 14 years back) and nine digits valid as an SSN, then optionally an FBI
 * number (7–9 capitals and digits holding both). The padding, the date and the SSN together prove
 * the layout; all five are masked.
 */
const FIXED_WIDTH_PERSON =
  /(?<![\w-])([A-Z][A-Z'-]{1,24}) {2,}([A-Z][A-Z'-]{1,20})(?: +[A-Z])? +(\d{8}) (\d{9})(?: ((?=[0-9A-Z]*[A-Z])(?=[0-9A-Z]*\d)[0-9A-Z]{7,9}))?(?![\w-])/dg;

function fixedWidthPersons(ctx: SpanContext, text: string): void {
  FIXED_WIDTH_PERSON.lastIndex = 0;
  for (let m = FIXED_WIDTH_PERSON.exec(text); m !== null; m = FIXED_WIDTH_PERSON.exec(text)) {
    const date = m[3]!;
    if (birthDateOf(date) === 0 && birthDateOf(`${date.slice(4)}${date.slice(0, 4)}`) === 0) continue;
    if (!usSsnValid(m[4]!)) continue;
    const d = m.indices!;
    pushSpan(ctx, text, d[1]![0], d[1]![1], 'PERSON', 'bare_cells');
    pushSpan(ctx, text, d[2]![0], d[2]![1], 'PERSON', 'bare_cells');
    pushSpan(ctx, text, d[3]![0], d[3]![1], 'DATE_OF_BIRTH', 'bare_cells');
    pushSpan(ctx, text, d[4]![0], d[4]![1], 'US_SSN', 'bare_cells');
    if (d[5] !== undefined) pushSpan(ctx, text, d[5][0], d[5][1], 'CRIMINAL_RECORD_NUMBER', 'bare_cells');
  }
}

/**
 * A positive-pay issue row of a bank's CSV upload layout without its header line (red-team round
 * 33: `account,check number,amount,issue date,payee`): 8–17 digits, a check serial of 3–10
 * digits, an amount with two decimals, a date (M/D/YYYY, YYYY-MM-DD or YYYYMMDD) and a payee
 * starting with a letter. The five cells in that order prove the layout; the account is masked
 * (the payee is the value detectors').
 */
const PP_ACCOUNT = /^\d{8,17}$/;
const PP_SERIAL = /^\d{3,10}$/;
const PP_AMOUNT = /^\d{1,9}\.\d{2}$/;
const PP_DATE = /^(?:\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}|(?:19|20)\d{6})$/;

function positivePayRow(ctx: SpanContext, text: string, cells: readonly [number, number][]): void {
  const cell = (i: number) => text.slice(cells[i]![0], cells[i]![1]);
  const payee = cell(4);
  if (!PP_ACCOUNT.test(cell(0)) || !PP_SERIAL.test(cell(1)) || !PP_AMOUNT.test(cell(2)) || !PP_DATE.test(cell(3))) return;
  if (!/^[A-Za-z]/.test(payee)) return;
  pushSpan(ctx, text, cells[0]![0], cells[0]![1], 'BANK_ACCOUNT', 'bare_cells');
}

import { abaRoutingValid } from '../detect/validators-ids.js';
import { usSsnValid } from '../detect/validators.js';
import { SIG_DIGIT } from '../detect/char-signature.js';
import { RUN_AFTER_LETTER, RUN_LONG, runBit, runBits } from '../detect/digit-runs.js';
import type { TextScan } from '../detect/types.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * Fixed-width records of payroll, tax-wage and banking files, whole or one record quoted in a log
 * or an error (`line 7: invalid record: 622…`). Each layout is known by a signature that a random
 * text does not hold (a routing number with its check digit at its columns, a record type with its
 * numeric fields at theirs); the person's fields are then masked by position, whatever they hold
 * (detector `structure:payment_records`). Codes, amounts, dates, trace numbers and routing /
 * sort codes (public bank identifiers) stay. Layouts (columns 1-based, as published):
 *
 * - NACHA entry detail (type 6, 94 characters; Operating Rules Appendix Three): transaction code
 *   2-3, RDFI routing 4-11 with its check digit 12, DFI account number 13-29, amount 30-39,
 *   individual identification number 40-54 (masked when it is an SSN), individual name 55-76.
 * - NACHA notification of change (addenda type 98): the corrected data 36-64 holds the new
 *   account number for change codes C01, C03, C06 and C07.
 * - SSA EFW2 employee wage record RW: SSN 3-11, first / middle / last name 12-61, location and
 *   delivery address 66-109.
 * - IRS Publication 1220 payee record B: type of TIN 11, payee TIN 12-20; for an individual (type 2)
 *   also the name lines 248-327 and the mailing address 328-367.
 * - ABA / Direct Entry detail (type 1, 120 characters): BSB 2-8 (`999-999`), account 9-17, title of
 *   account 31-62, trace account 88-96.
 * - Bacs Standard 18 payment record: destination account 7-14, originating account 22-29,
 *   destination account name 83-100.
 * - FEBRABAN CNAB 240 segment A (favoured party's account and name) and segment B (CPF / CNPJ and
 *   street).
 * - Payments Canada CPA-005 credit / debit logical records (C / D): in each 240-character segment
 *   the payee's account (positions 29-40 of the segment) and name (81-110).
 * - BAI2 account identifier records (`03,<account>,<currency>,<type code>,…`) at a line's start.
 * - Positive-pay issue records as banks' treasury guides lay them out: account 1-12, check serial
 *   13-22, amount 23-34, issue date YYYYMMDD 35-42 (a valid date), payee 43-82 (letters first).
 * - Employee census rows of payroll exports (red-team round 33, Paychex Flex style; no vendor
 *   publishes the layout, so the row proves its kind itself): employee number 1-6, an SSN 7-15
 *   valid by the SSA's rules, last name 16-35 and first name 36-50 in capitals padded with blanks,
 *   a valid birth date MMDDYYYY 51-58.
 */
export function paymentRecordSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const runs = scan.digitRuns;
  if ((runs & LONG_RUNS) !== 0) {
    nachaEntries(text, ctx);
    if (text.indexOf('798C') >= 0) nachaChanges(text, ctx);
    if (text.indexOf('-') >= 0) abaDetails(text, ctx);
    bacsRecords(text, ctx);
    cnabSegments(text, ctx);
    cpa005Records(text, ctx);
    positivePayIssues(text, ctx);
    censusRows(text, ctx);
  }
  if (text.startsWith('03,') || text.indexOf('\n03,') >= 0) bai2Accounts(text, ctx);
  if ((runs & RUN_AFTER_LETTER) !== 0) {
    if ((runs & runBit(9)) !== 0 && text.indexOf('RW') >= 0) efw2Employees(text, ctx);
    if ((runs & runBits(9, 10)) !== 0 && text.indexOf('B20') >= 0) fireRecords(text, ctx);
  }
}

/** Whether the text may hold one of these records: a run of 12 digits or more, or an RW / B record's TIN after its letters, with blank padding; or a BAI2 `03,` line. */
export function mayHoldPaymentRecord(scan: TextScan): boolean {
  // Every layout but BAI2 needs a run of 9 digits or more (so a `numeric` text, which the engine
  // has tested already, and whose digit profile it has read): a run of 12 or more, or an RW / B
  // record's TIN of 9 or 10 after its letters. Every fixed-width layout pads a field with blanks,
  // so a text without two blanks in a row (a JSON value with an epoch-millisecond time stamp) is
  // not searched; that search comes last, as it reads the whole of a prose text (each blank is a
  // candidate: about 2 µs on a 5 KB prompt).
  const text = scan.text;
  if (text.length < 30 || (scan.signature & SIG_DIGIT) === 0) return false;
  if (text.startsWith('03,') || text.indexOf('\n03,') >= 0) return true;
  if (text.length < 60 || !scan.numeric) return false;
  const runs = scan.digitRuns;
  // A positive-pay issue line is one run of 42 digits (account, serial, amount, date, all
  // zero-filled), often quoted without its payee's padding: a run of 30 or more needs no blanks.
  if ((runs & RUN_LONG) !== 0) return true;
  return ((runs & LONG_RUNS) !== 0 || ((runs & RUN_AFTER_LETTER) !== 0 && (runs & TIN_RUNS) !== 0)) && text.indexOf('  ') >= 0;
}

const LONG_RUNS = runBits(12, 30);
/** The TIN of an EFW2 RW (9 digits) or a FIRE B record (9 or 10) after its letters. */
const TIN_RUNS = runBits(9, 10);
const DETECTOR = 'structure:payment_records';

/** Masks the field [start, start + width) without its padding (blanks; zero-filled means none). */
function field(ctx: SpanContext, text: string, start: number, width: number, entity: string): void {
  let from = start;
  let end = Math.min(start + width, text.length);
  while (end > from && text.charCodeAt(end - 1) === 32) end--;
  while (from < end && text.charCodeAt(from) === 32) from++;
  if (from >= end || /^0+$/.test(text.slice(from, end))) return;
  pushSpan(ctx, text, from, end, entity, DETECTOR);
}

function hasLetter(value: string): boolean {
  return /[A-Za-z]/.test(value);
}

const NACHA_ENTRY = /(?<![0-9A-Za-z])6[2-5][1-9](\d{9})([ -~]{17})\d{10}([ -~]{15})([ -~]{22})/g;

function nachaEntries(text: string, ctx: SpanContext): void {
  NACHA_ENTRY.lastIndex = 0;
  for (let m = NACHA_ENTRY.exec(text); m !== null; m = NACHA_ENTRY.exec(text)) {
    if (!abaRoutingValid(m[1]!) || !/\d/.test(m[2]!)) {
      NACHA_ENTRY.lastIndex = m.index + 1;
      continue;
    }
    const at = m.index;
    field(ctx, text, at + 12, 17, 'BANK_ACCOUNT');
    const id = m[3]!.trim();
    if (/^\d{9}$/.test(id) && usSsnValid(id)) field(ctx, text, at + 39, 15, 'US_SSN');
    if (hasLetter(m[4]!)) field(ctx, text, at + 54, 22, 'PERSON');
  }
}

const NACHA_CHANGE = /(?<![0-9A-Za-z])798(C0[1367])\d{15} {6}\d{8}([ -~]{29})/g;
/** Where the account starts in the corrected data of each change code, and its width. */
const CHANGE_ACCOUNT: Readonly<Record<string, readonly [number, number]>> = {
  C01: [0, 17],
  C03: [12, 17],
  C06: [0, 17],
  C07: [9, 17],
};

function nachaChanges(text: string, ctx: SpanContext): void {
  NACHA_CHANGE.lastIndex = 0;
  for (let m = NACHA_CHANGE.exec(text); m !== null; m = NACHA_CHANGE.exec(text)) {
    const [offset, width] = CHANGE_ACCOUNT[m[1]!]!;
    field(ctx, text, m.index + 35 + offset, width, 'BANK_ACCOUNT');
  }
}

const ABA_DETAIL = /(?<![0-9A-Za-z])1\d{3}-\d{3}([ -~]{9})[ NWXY]\d{12}([ -~]{32})[ -~]{18}\d{3}-\d{3}([ -~]{9})/g;

function abaDetails(text: string, ctx: SpanContext): void {
  ABA_DETAIL.lastIndex = 0;
  for (let m = ABA_DETAIL.exec(text); m !== null; m = ABA_DETAIL.exec(text)) {
    if (!/^[ \d-]*\d[ \d-]*$/.test(m[1]!)) continue;
    const at = m.index;
    field(ctx, text, at + 8, 9, 'BANK_ACCOUNT');
    if (hasLetter(m[2]!)) field(ctx, text, at + 30, 32, 'PERSON');
    if (/\d/.test(m[3]!)) field(ctx, text, at + 87, 9, 'BANK_ACCOUNT');
  }
}

const BACS_18 = /(?<![0-9A-Za-z])\d{14}0(?:99|17|01|18|19|Z4|Z5)\d{14}[ -~]{4}\d{11}[ -~]{36}([ -~]{1,18})/g;

function bacsRecords(text: string, ctx: SpanContext): void {
  BACS_18.lastIndex = 0;
  for (let m = BACS_18.exec(text); m !== null; m = BACS_18.exec(text)) {
    const at = m.index;
    field(ctx, text, at + 6, 8, 'BANK_ACCOUNT');
    field(ctx, text, at + 23, 8, 'BANK_ACCOUNT');
    if (hasLetter(m[1]!)) field(ctx, text, at + 82, 18, 'PERSON');
  }
}

const CNAB_SEGMENT = /(?<![0-9A-Za-z])\d{7}3\d{5}([AB])/g;

function cnabSegments(text: string, ctx: SpanContext): void {
  CNAB_SEGMENT.lastIndex = 0;
  for (let m = CNAB_SEGMENT.exec(text); m !== null; m = CNAB_SEGMENT.exec(text)) {
    const at = m.index;
    if (m[1] === 'A') {
      // 14-16 movement, 18-20 clearing house, 21-23 bank, 24-28 agency + 29 digit, 30-41 account.
      if (!/^\d{3}\d{3}\d{3}\d{5}[ \dX]\d{12}/.test(text.slice(at + 14, at + 43))) continue;
      field(ctx, text, at + 29, 12, 'BANK_ACCOUNT');
      if (hasLetter(text.slice(at + 43, at + 73))) field(ctx, text, at + 43, 30, 'PERSON');
    } else {
      // 18 type of registration (1 CPF, 2 CNPJ), 19-32 its number, 33-62 street.
      const kind = text[at + 17];
      if ((kind !== '1' && kind !== '2') || !/^\d{14}$/.test(text.slice(at + 18, at + 32))) continue;
      if (kind === '1') {
        field(ctx, text, at + 18, 14, 'BR_CPF');
        field(ctx, text, at + 32, 30, 'ADDRESS');
      }
    }
  }
}

const EFW2_RW = /(?<![0-9A-Za-z])RW(\d{9})([ -~]{15})([ -~]{15})([ -~]{1,20})/g;

function efw2Employees(text: string, ctx: SpanContext): void {
  EFW2_RW.lastIndex = 0;
  for (let m = EFW2_RW.exec(text); m !== null; m = EFW2_RW.exec(text)) {
    if (!usSsnValid(m[1]!) || !hasLetter(m[2]! + m[4]!)) continue;
    const at = m.index;
    field(ctx, text, at + 2, 9, 'US_SSN');
    for (const [start, width] of [
      [11, 15],
      [26, 15],
      [41, 20],
    ] as const)
      field(ctx, text, at + start, width, 'PERSON');
    field(ctx, text, at + 65, 22, 'ADDRESS');
    field(ctx, text, at + 87, 22, 'ADDRESS');
  }
}

const FIRE_B = /(?<![0-9A-Za-z])B20\d\d[ GC][ -~]{4}([12 ])(\d{9})/g;

function fireRecords(text: string, ctx: SpanContext): void {
  FIRE_B.lastIndex = 0;
  for (let m = FIRE_B.exec(text); m !== null; m = FIRE_B.exec(text)) {
    const individual = m[1] === '2' || (m[1] === ' ' && usSsnValid(m[2]!));
    if (!individual) continue;
    const at = m.index;
    field(ctx, text, at + 11, 9, 'US_SSN');
    field(ctx, text, at + 247, 40, 'PERSON');
    field(ctx, text, at + 287, 40, 'PERSON');
    field(ctx, text, at + 327, 40, 'ADDRESS');
  }
}

/** A C (credit) or D (debit) logical record's head: type, record count, originator id, file creation number. */
const CPA005_RECORD = /(?<![0-9A-Za-z])[CD]\d{9}[ -~]{10}\d{4}/g;
/** A segment: transaction type, amount, due date 0YYDDD, institution 0IIITTTTT, then the account. */
const CPA005_SEGMENT = /^\d{3}\d{10}0\d{5}0\d{8}/;

function cpa005Records(text: string, ctx: SpanContext): void {
  CPA005_RECORD.lastIndex = 0;
  for (let m = CPA005_RECORD.exec(text); m !== null; m = CPA005_RECORD.exec(text)) {
    for (let seg = m.index + 24, k = 0; k < 6 && CPA005_SEGMENT.test(text.slice(seg, seg + 28)); seg += 240, k++) {
      field(ctx, text, seg + 28, 12, 'BANK_ACCOUNT');
      if (hasLetter(text.slice(seg + 80, seg + 110))) field(ctx, text, seg + 80, 30, 'PERSON');
    }
  }
}

const BAI2_ACCOUNT = /(?:^|\n)03,([^,/\n]{1,35}),(?:[A-Z]{3})?,\d{3},/g;

function bai2Accounts(text: string, ctx: SpanContext): void {
  BAI2_ACCOUNT.lastIndex = 0;
  for (let m = BAI2_ACCOUNT.exec(text); m !== null; m = BAI2_ACCOUNT.exec(text)) {
    if (!/\d{4}/.test(m[1]!)) continue;
    const start = m.index + m[0].indexOf('03,') + 3;
    field(ctx, text, start, m[1]!.length, 'BANK_ACCOUNT');
  }
}

const POSITIVE_PAY = /(?<![0-9A-Za-z])\d{34}((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([A-Z][A-Za-z0-9 &'.,-]{0,39})/g;

function positivePayIssues(text: string, ctx: SpanContext): void {
  POSITIVE_PAY.lastIndex = 0;
  for (let m = POSITIVE_PAY.exec(text); m !== null; m = POSITIVE_PAY.exec(text)) {
    const at = m.index;
    field(ctx, text, at, 12, 'BANK_ACCOUNT');
    field(ctx, text, at + 42, m[4]!.length, 'PERSON');
  }
}

const CENSUS_ROW =
  /(?<![0-9A-Za-z])\d{6}(\d{9})([A-Z][A-Z' .-]{19})([A-Z][A-Z' .-]{14})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:19|20)\d\d(?![A-Za-z])/g;

function censusRows(text: string, ctx: SpanContext): void {
  CENSUS_ROW.lastIndex = 0;
  for (let m = CENSUS_ROW.exec(text); m !== null; m = CENSUS_ROW.exec(text)) {
    // Both name columns padded: a name, then blanks to the column's end.
    if (!usSsnValid(m[1]!) || !m[2]!.endsWith(' ') || !/ $/.test(m[3]!)) continue;
    const at = m.index;
    field(ctx, text, at + 6, 9, 'US_SSN');
    field(ctx, text, at + 15, 20, 'PERSON');
    field(ctx, text, at + 35, 15, 'PERSON');
    field(ctx, text, at + 50, 8, 'DATE_OF_BIRTH');
  }
}

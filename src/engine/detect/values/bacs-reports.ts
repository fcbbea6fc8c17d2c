import { isCompanyName } from '../../structure/company-name.js';
import type { Span, TextScan, ValueDetector } from '../types.js';

/**
 * Bacs reports that a service user downloads after a Direct Debit run (Pay.UK Bacs Service User
 * Guide: ARUDD unpaid direct debits, AUDDIS instruction rejections, ADDACS instruction amendments
 * and cancellations, AWACS wrong-account advices, DDICA indemnity claims), in the two shapes they
 * reach logs and tickets in (leftovers of red-team round 69):
 *
 * - the report's XML (BACSDocument): the payer's account as attributes of one element,
 *   `<PayerAccount number="31926819" ref="…" name="MRS E SMITH" sortCode="601613" …/>`
 *   (`PayerNewDetails` of an ADDACS / AWACS the same): `number` is the account, `name` the payer,
 *   beside a `sortCode` of six digits;
 * - rows of the report flattened into delimited text without a header
 *   (`ARUDD,2024-12-03,601613,31926819,MRS E SMITH,45.00,0,REFER TO PAYER`): a sort code cell of
 *   six digits (`60-16-13` too) right before an account cell of 6 to 10 digits is a payer's
 *   account (AWACS rows hold the old and the new pair), and a name cell in capitals right after
 *   the last pair is the payer.
 *
 * The sort code (a bank branch's public code), references, amounts, dates, reason codes and texts
 * stay. A company as the payer (a legal form at its end) stays, as elsewhere.
 */
const REPORT_WORDS = ['arudd', 'auddis', 'addacs', 'awacs', 'ddica', 'arucs'];

/** One element whose attributes hold a `sortCode` of six digits. */
const ACCOUNT_ELEMENT = /<[A-Za-z][\w:.-]{0,31}\s[^<>]{0,400}?\bsortCode\s?=\s?\\?"\d{2}-?\d{2}-?\d{2}\\?"[^<>]{0,400}>/gi;
/** `number="…"` and `name="…"` in it (the quotes escaped in a JSON string too). */
const ACCOUNT_ATTRIBUTE = /\s(number|name)\s?=\s?\\?"([^"\\<>]{1,60})\\?"/dgi;

const SORT_CODE_CELL = /^\d{2}-?\d{2}-?\d{2}$/;
const ACCOUNT_CELL = /^\d{6,10}$/;
/** A payer's name as Bacs writes it: capitals, an optional title, initials and a surname (18 characters in Standard 18, longer in the reports). */
const PAYER_CELL = /^(?:(?:MR|MRS|MISS|MS|DR|MSTR|PROF|REV|SIR|LADY)\.? )?[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'&-]*){1,5}$/;
const DELIMITERS = [',', '|', ';', '\t'];

export interface BacsSpan {
  start: number;
  end: number;
  entity: 'BANK_ACCOUNT' | 'PERSON';
}

/** Whether the text may hold a Bacs report's rows or elements. */
function mayHoldReport(scan: TextScan): boolean {
  return scan.hasDigit;
}

/** The payer's accounts and names in a text holding a Bacs report's XML elements or rows. */
export function bacsReportSpans(text: string): BacsSpan[] {
  const out: BacsSpan[] = [];
  if (text.indexOf('ortCode') >= 0 || text.indexOf('ORTCODE') >= 0) {
    ACCOUNT_ELEMENT.lastIndex = 0;
    for (let m = ACCOUNT_ELEMENT.exec(text); m !== null; m = ACCOUNT_ELEMENT.exec(text)) {
      ACCOUNT_ATTRIBUTE.lastIndex = 0;
      for (let a = ACCOUNT_ATTRIBUTE.exec(m[0]); a !== null; a = ACCOUNT_ATTRIBUTE.exec(m[0])) {
        const range = a.indices![2]!;
        const value = a[2]!.trim();
        const number = a[1]!.toLowerCase() === 'number';
        if (number ? !ACCOUNT_CELL.test(value) : !/\p{L}/u.test(value) || isCompanyName(value)) continue;
        out.push({ start: m.index + range[0], end: m.index + range[1], entity: number ? 'BANK_ACCOUNT' : 'PERSON' });
      }
    }
  }
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    rowSpans(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function rowSpans(text: string, start: number, end: number, out: BacsSpan[]): void {
  const line = text.slice(start, end);
  const delimiter = DELIMITERS.find((d) => line.split(d).length >= 5);
  if (delimiter === undefined) return;
  const cells = line.split(delimiter);
  let at = start;
  const starts = cells.map((c) => {
    const s = at;
    at += c.length + 1;
    return s;
  });
  let lastPair = -1;
  for (let i = 0; i + 1 < cells.length; i++) {
    if (!SORT_CODE_CELL.test(cells[i]!.trim()) || !ACCOUNT_CELL.test(cells[i + 1]!.trim())) continue;
    const cell = cells[i + 1]!;
    const lead = cell.length - cell.trimStart().length;
    out.push({ start: starts[i + 1]! + lead, end: starts[i + 1]! + lead + cell.trim().length, entity: 'BANK_ACCOUNT' });
    lastPair = i + 1;
    i++;
  }
  const payer = lastPair >= 0 ? cells[lastPair + 1] : undefined;
  if (payer !== undefined && PAYER_CELL.test(payer.trim()) && !isCompanyName(payer.trim())) {
    const lead = payer.length - payer.trimStart().length;
    out.push({ start: starts[lastPair + 1]! + lead, end: starts[lastPair + 1]! + lead + payer.trim().length, entity: 'PERSON' });
  }
}

function reportDetector(id: string, entity: BacsSpan['entity'], description: string, validation: string, example: string): ValueDetector {
  return {
    id,
    entity,
    description,
    validation,
    context: false,
    example,
    keywords: [...REPORT_WORDS, 'sortcode='],
    prefilter: mayHoldReport,
    find(scan: TextScan, out: Span[], priority: number): void {
      for (const span of bacsReportSpans(scan.text)) {
        if (span.entity !== entity) continue;
        const value = scan.text.slice(span.start, span.end);
        out.push({ ...span, detector: id, normalized: entity === 'PERSON' ? value.toUpperCase() : value, priority });
      }
    },
  };
}

export const bacsReportAccount = reportDetector(
  'bacs_report_account',
  'BANK_ACCOUNT',
  "The payer's account in a Bacs report (ARUDD, AUDDIS, ADDACS, AWACS): an XML element's number beside its sortCode, or a row's account cell after its sort code",
  'in a text naming a Bacs report or with a sortCode attribute: number="6 to 10 digits" in an element with sortCode="six digits", or in a delimited row of 5 cells or more a cell of 6 to 10 digits right after a cell of six digits',
  'ARUDD,2024-12-03,601613,31926819,MRS E SMITH,45.00,0,REFER TO PAYER',
);

export const bacsReportPayer = reportDetector(
  'bacs_report_payer',
  'PERSON',
  "The payer's name in a Bacs report (ARUDD, AUDDIS, ADDACS, AWACS): an XML element's name beside its sortCode, or a row's name cell after its sort code and account",
  'in a text naming a Bacs report or with a sortCode attribute: name="…" in an element with sortCode="six digits", or the cell in capitals (an optional title, initials, a surname) right after the last sort code and account cells of a delimited row; a company stays',
  'ARUDD,2024-12-03,601613,31926819,MRS E SMITH,45.00,0,REFER TO PAYER',
);

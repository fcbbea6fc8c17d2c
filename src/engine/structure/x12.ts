import type { TextScan } from '../detect/types.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * ASC X12 health care transactions logged as text (837 claims, 270/271 eligibility, 834
 * enrolment, 276/277 status: clearinghouse and EDI gateway logs). Segments end with a terminator
 * (`~` by default), elements are split by a separator (`*`), composites by a component separator
 * (`:`); an interchange declares all three in its fixed-width ISA header (ISA04 position 3, ISA16
 * at 104, the terminator at 105). The elements that the 005010 implementation guides give to a
 * person's identity are masked by position, whatever they hold (HIPAA Safe Harbor, 45 CFR
 * 164.514(b)(2): names, street, city and ZIP, dates of birth, SSNs, member and account numbers):
 *
 * - NM1 (Individual or Organizational Name): for a person (NM102 = 1) the last, first and middle
 *   names and the suffix (NM103/04/05/07); the identification code NM109 when its qualifier NM108
 *   is a member id (MI), an SSN (34) or a unique health id (II), or when it names a person by any
 *   id other than an NPI (XX, a public registry number). An organisation (NM102 = 2: payer,
 *   billing provider, submitter) and its payer id, ETIN or NPI stay.
 * - N3 (address lines), N4 city (N401) and postal code (N403), DMG date of birth (DMG02), when the
 *   party they follow is a person (or when no NM1 precedes them: a fragment is read as a person's).
 * - REF whose qualifier holds a person's number: SY (SSN), 1W (member id), 0F (subscriber number),
 *   IG (insurance policy number), 23 (client number), EA (medical record number), Y4 (agency claim
 *   number), 6P (group number of a person's plan is not personal: kept), and the payer's
 *   provider numbers (EI, G2, LU…) stay.
 * - PER (contact): the name (PER02) and each communication number (PER04/06/08: phone, fax,
 *   e-mail by its qualifier).
 * - CLM01, the patient control (account) number, and its echo in an 835's CLP01.
 * - BPR (820 premium payment, 835 payment): the originating and receiving account numbers (BPR09
 *   and BPR15, after an account-type qualifier: DA demand deposit, SG savings); the DFI routing
 *   numbers (public bank ids) and the amount stay.
 *
 * Segment ids, qualifiers, codes, amounts, control numbers and the envelope stay readable.
 */

/** The qualifiers of REF02 that carry a person's number, with its entity. */
const REF_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['SY', 'US_SSN'],
  ['1W', 'HEALTH_PLAN_ID'],
  ['0F', 'HEALTH_PLAN_ID'],
  ['IG', 'HEALTH_PLAN_ID'],
  ['23', 'MEDICAL_RECORD_NUMBER'],
  ['EA', 'MEDICAL_RECORD_NUMBER'],
  ['Y4', 'MEDICAL_RECORD_NUMBER'],
]);
/** NM108 qualifiers whose NM109 is a person's number whoever the party is, with its entity. */
const NM1_ID_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['MI', 'HEALTH_PLAN_ID'],
  ['34', 'US_SSN'],
  ['II', 'HEALTH_PLAN_ID'],
]);
/** PER communication number qualifiers that are e-mail addresses; the others (TE, FX, EX, CP…) are phones, UR a URL (kept). */
const PER_EMAIL = 'EM';
const PER_URL = 'UR';

/**
 * Segment ids that start an X12 segment this module reads, or that a health care transaction
 * carries around them; a text without the ISA envelope must show at least MIN_KNOWN of them.
 */
const KNOWN_SEGMENTS = new Set([
  'ISA',
  'GS',
  'ST',
  'BHT',
  'NM1',
  'N3',
  'N4',
  'DMG',
  'REF',
  'PER',
  'HL',
  'SBR',
  'PAT',
  'CLM',
  'DTP',
  'HI',
  'LX',
  'SV1',
  'SV2',
  'PRV',
  'INS',
  'TRN',
  'EQ',
  'EB',
  'SE',
  'GE',
  'IEA',
  'BGN',
  'N1',
  'AMT',
  'CAS',
  'CLP',
  'NTE',
  'BPR',
  'ENT',
  'RMR',
  'HD',
]);
const MIN_KNOWN = 3;
/** NM101 an entity code, NM102 = 1 (a person), a last name: `IL*1*DOE*JOHN`. */
const LONE_PERSON_NM1 = /^[A-Z0-9]{2}[*|]1[*|][A-Za-z]/;
/** BPR01 a handling code, BPR02 an amount, BPR03 credit / debit, BPR04 a payment method: `C*1024.00*C*ACH`. */
const LONE_BPR = /^[A-Z]{1,2}\*\d+(?:\.\d{1,2})?\*[CD]\*[A-Z]{3}$/;

/**
 * One segment quoted alone (an error, a trace) carries its own proof: an NM1 of a person (entity
 * code, type 1, a name) or a BPR of a payment.
 */
function loneSegmentProof(text: string, s: Segment): boolean {
  if (s.starts.length < 5) return false;
  const head = text.slice(s.starts[1], s.ends[4]);
  return s.id === 'NM1' ? LONE_PERSON_NM1.test(head) : s.id === 'BPR' && LONE_BPR.test(head);
}

/** BPR account number qualifiers (DA demand deposit, SG savings, 03 checking, 11 other). */
const ACCOUNT_QUALIFIERS = new Set(['DA', 'SG', '03', '11']);

/** Where an ISA header whose element separator is not a letter, digit or blank starts, or -1. */
function isaAt(text: string): number {
  for (let at = text.indexOf('ISA'); at >= 0; at = text.indexOf('ISA', at + 3)) {
    const c = text.charCodeAt(at + 3);
    if (at + 106 <= text.length && c > 32 && c < 127 && !/\w/.test(text[at + 3]!)) return at;
  }
  return -1;
}

interface Delimiters {
  element: string;
  component: string;
  segment: string;
  /** Where the interchange starts (the I of ISA), or -1 without an envelope. */
  isa: number;
}

/**
 * The delimiters ISA declares (it is fixed width: 16 elements, ISA16 at 104, the terminator at
 * 105), or X12's usual `*`, `:` and `~` when the text has no ISA but has a `~`; null otherwise.
 */
function delimiters(text: string): Delimiters | null {
  const at = isaAt(text);
  if (at >= 0) {
    const element = text[at + 3]!;
    let separators = 0;
    for (let i = at + 3; i < at + 104; i++) if (text[i] === element) separators++;
    const component = text[at + 104]!;
    const segment = text[at + 105]!;
    if (separators === 16 && text[at + 103] === element && segment !== element && component !== element && !/[\w ]/.test(segment)) {
      return { element, component, segment, isa: at };
    }
  }
  if (text.indexOf('~') >= 0) return { element: '*', component: ':', segment: '~', isa: -1 };
  // Senders that configure `|` between elements and a line break between segments; one segment
  // quoted alone in an error (`invalid: "NM1*IL*1*…"`).
  if (text.indexOf('NM1|') >= 0 && text.indexOf('\n') >= 0) return { element: '|', component: ':', segment: '\n', isa: -1 };
  // The same with `*`: one segment a line, an NM1 starting its own line (a test harness or a
  // gateway that writes a line break as the terminator; red-team round 103).
  if (LINE_NM1.test(text)) return { element: '*', component: ':', segment: '\n', isa: -1 };
  if (text.indexOf('NM1*') >= 0 || text.indexOf('BPR*') >= 0) return { element: '*', component: ':', segment: '~', isa: -1 };
  return null;
}

/** An NM1 segment at the start of a line after another line: segments split by line breaks. */
const LINE_NM1 = /\n[ \t]*NM1\*/;

/** One segment: its id and the offsets of each element (index 1 = the first after the id). */
interface Segment {
  id: string;
  /** [start, end) of elements 1…n; `starts[0]` is the id's start. */
  starts: number[];
  ends: number[];
}

/**
 * The segments of the X12 text from `from`, each from after a terminator (blanks and raw or
 * escaped line breaks skipped) to the next. A piece that does not start with a segment id (2 or 3
 * capitals and digits) then the element separator is skipped; in the first piece the id may
 * follow other text (`sent: NM1*IL*…`).
 */
function segments(text: string, d: Delimiters, from: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  let first = true;
  while (at < text.length) {
    at = skipBreaks(text, at);
    let end = text.indexOf(d.segment, at);
    if (end < 0) end = text.length;
    let e = text.indexOf(d.element, at);
    if (first && e > at + 3 && e < end) {
      // The id right before the first separator, after a character that is not part of it.
      let idStart = e;
      while (idStart > at && e - idStart < 3 && /[A-Z0-9]/.test(text[idStart - 1]!)) idStart--;
      if (idStart > at && /[A-Za-z0-9]/.test(text[idStart - 1]!)) idStart = e;
      at = idStart;
    }
    first = false;
    if (e < 0 || e > end || !SEGMENT_ID.test(text.slice(at, e))) {
      at = end + 1;
      continue;
    }
    const starts: number[] = [at];
    const ends: number[] = [e];
    while (e < end) {
      let next = text.indexOf(d.element, e + 1);
      if (next < 0 || next > end) next = end;
      starts.push(e + 1);
      ends.push(next);
      e = next;
    }
    out.push({ id: text.slice(at, ends[0]), starts, ends });
    at = end + 1;
  }
  return out;
}
const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/;

function skipBreaks(text: string, at: number): number {
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === 10 || c === 13 || c === 32 || c === 9) at++;
    else if (c === 92 && (text.charCodeAt(at + 1) === 110 || text.charCodeAt(at + 1) === 114)) at += 2;
    else return at;
  }
}

/** Spans of the identity elements of the X12 segments in the text (see the module comment). */
export function x12Spans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const d = delimiters(text);
  if (d === null) return;
  const segs = segments(text, d, d.isa >= 0 ? d.isa : 0);
  if (d.isa < 0) {
    let known = 0;
    for (const s of segs) if (KNOWN_SEGMENTS.has(s.id) && ++known >= MIN_KNOWN) break;
    // Two or three segments quoted together (an 835's `CLP*…~NM1*QC*1*…` in a posting error) hold
    // the same proof in their person NM1 (red-team round 53).
    if (known < MIN_KNOWN && !(segs.length <= MIN_KNOWN && segs.some((s) => loneSegmentProof(text, s)))) return;
  }
  const element = (s: Segment, n: number): string => (n < s.starts.length ? text.slice(s.starts[n], s.ends[n]) : '');
  const mask = (s: Segment, n: number, entity: string): void => {
    if (n < s.starts.length) pushSpan(ctx, text, s.starts[n]!, s.ends[n]!, entity, 'structure:x12');
  };
  /** Whether the party of the last NM1 is a person (true before any NM1: fail closed). */
  let person = true;
  for (const s of segs) {
    switch (s.id) {
      case 'NM1': {
        person = element(s, 2) === '1';
        if (person) for (const n of [3, 4, 5, 7]) mask(s, n, 'PERSON');
        const qualifier = element(s, 8);
        const idEntity = NM1_ID_ENTITIES.get(qualifier) ?? (person && qualifier !== 'XX' ? 'MEDICAL_RECORD_NUMBER' : undefined);
        if (idEntity !== undefined) mask(s, 9, idEntity);
        break;
      }
      case 'N3':
        if (person) {
          mask(s, 1, 'ADDRESS');
          mask(s, 2, 'ADDRESS');
        }
        break;
      case 'N4':
        if (person) {
          mask(s, 1, 'ADDRESS');
          mask(s, 3, 'POSTCODE');
        }
        break;
      case 'DMG':
        if (person) mask(s, 2, 'DATE_OF_BIRTH');
        break;
      case 'REF': {
        const entity = REF_ENTITIES.get(element(s, 1));
        if (entity !== undefined) mask(s, 2, entity);
        break;
      }
      case 'PER':
        mask(s, 2, 'PERSON');
        for (const n of [3, 5, 7]) {
          const q = element(s, n);
          if (q.length === 0 || q === PER_URL) continue;
          mask(s, n + 1, q === PER_EMAIL ? 'EMAIL' : 'PHONE');
        }
        break;
      case 'CLM':
      // CLP01 of an 835 echoes the claim's patient control number (CLP07, the payer's claim
      // control number, stays).
      case 'CLP':
        mask(s, 1, 'MEDICAL_RECORD_NUMBER');
        break;
      case 'BPR':
        for (const n of [8, 14]) if (ACCOUNT_QUALIFIERS.has(element(s, n))) mask(s, n + 1, 'BANK_ACCOUNT');
        break;
    }
  }
}

/**
 * The keywords of the keyword pass that gate x12Spans: segments with identity elements as written
 * with X12's usual `*`, and an ISA header with `*` or `|` (an interchange may declare another
 * element separator; these two are the ones seen in practice).
 */
export const X12_KEYWORDS: readonly string[] = ['isa*', 'isa|', 'nm1*', 'nm1|', 'dmg*', 'n3*', 'bpr*'];

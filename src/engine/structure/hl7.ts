import type { TextScan } from '../detect/types.js';
import { usMbiValid } from '../detect/validators-national.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * HL7 v2 messages logged as text (interface engines, integration logs, `ADT^A01` in an audit
 * trail): the fields of a message that the HL7 v2.5 field definitions give to the patient's
 * identity are masked by position, whatever they hold, so a name spelled oddly or an MRN in a
 * local format does not escape a pattern. HIPAA's Safe Harbor list (45 CFR 164.514(b)(2)) is
 * the guide: names, street address, city and ZIP, dates of birth, phone numbers, SSNs, medical
 * record and health plan numbers, driver's licences.
 *
 * Reading: segments end at CR or LF (also the two-character `\r` / `\n` of a message logged in
 * escaped form); fields are split by the separator MSH declares (the character after `MSH`,
 * `|` when there is no MSH), components by MSH-2's first character (`^`), repetitions by its
 * second (`~`). Only the components that hold the identity are masked: the identifier of a CX
 * (not its assigning authority or type code), family/given/middle names of an XPN (not the
 * name type), street, other designation, city and ZIP of an XAD (not state or country), the
 * number and e-mail of an XTN (not its use or equipment codes). Segment and field ids, event
 * codes, clinical codes and the message structure stay readable. HL7's empty value `""` is kept.
 */

type Component = number;
/** What a field holds: its entity and the 1-based components to mask (all of them when absent). */
interface FieldRule {
  entity: string;
  components?: readonly Component[];
  /** Per component, an entity that differs from `entity` (the e-mail of an XTN). */
  componentEntity?: Readonly<Record<number, string>>;
}

const MRN = 'MEDICAL_RECORD_NUMBER';
const CX: FieldRule = { entity: MRN, components: [1] };
const XPN: FieldRule = { entity: 'PERSON', components: [1, 2, 3] };
const DOB: FieldRule = { entity: 'DATE_OF_BIRTH', components: [1] };
const XAD: FieldRule = { entity: 'ADDRESS', components: [1, 2, 3, 5], componentEntity: { 5: 'POSTCODE' } };
const XTN: FieldRule = { entity: 'PHONE', components: [1, 4, 5, 6, 7, 12], componentEntity: { 4: 'EMAIL' } };
/** An XCN (a clinician): the id stays (it is a public provider number), the names go. */
const XCN_NAMES: FieldRule = { entity: 'PERSON', components: [2, 3, 4] };
const SSN: FieldRule = { entity: 'US_SSN' };
const PLAN: FieldRule = { entity: 'HEALTH_PLAN_ID', components: [1] };

/** Field number → rule, per segment id (HL7 v2.5, chapters 3 and 6). */
const SEGMENTS: ReadonlyMap<string, ReadonlyMap<number, FieldRule>> = new Map(
  Object.entries({
    // Patient identification.
    PID: {
      2: CX,
      3: CX,
      4: CX,
      5: XPN,
      6: XPN,
      7: DOB,
      9: XPN,
      11: XAD,
      13: XTN,
      14: XTN,
      18: CX,
      19: SSN,
      20: { entity: 'DRIVER_LICENSE', components: [1] },
      21: CX,
      23: { entity: 'ADDRESS' },
    },
    // Next of kin / associated parties.
    NK1: { 2: XPN, 4: XAD, 5: XTN, 6: XTN, 16: DOB, 30: XPN, 31: XTN, 32: XAD, 33: CX, 37: SSN },
    // Guarantor.
    GT1: { 2: CX, 3: XPN, 4: XPN, 5: XAD, 6: XTN, 7: XTN, 8: DOB, 12: SSN, 19: CX },
    // Insurance: the insured's name, birth date, address, policy and member numbers.
    IN1: { 2: PLAN, 16: XPN, 18: DOB, 19: XAD, 36: PLAN, 49: CX },
    IN2: { 1: CX, 2: SSN, 6: PLAN, 8: PLAN },
    // Merge patient information: the prior identifiers and name.
    MRG: { 1: CX, 2: CX, 3: CX, 4: CX, 5: CX, 6: CX, 7: XPN },
    // Patient visit: the clinicians' names.
    PV1: { 7: XCN_NAMES, 8: XCN_NAMES, 9: XCN_NAMES, 17: XCN_NAMES, 52: XCN_NAMES },
    // Orders and results (chapter 4 and 7): who entered, verified and ordered (ORC-10 / 11 / 12),
    // the ordering provider and the copies-to of a result (OBR-16, OBR-28), as PV1's clinicians
    // (a reference lab's ORU^R01 names the ordering vet in OBR-16 only; red-team round 99).
    ORC: { 10: XCN_NAMES, 11: XCN_NAMES, 12: XCN_NAMES },
    OBR: { 16: XCN_NAMES, 28: XCN_NAMES },
  }).map(([id, fields]) => [id, new Map(Object.entries(fields).map(([n, rule]) => [Number(n), rule]))]),
);

/** Segment ids with identity fields, PID first (most messages carry one). */
const SEGMENT_IDS = [...SEGMENTS.keys()];
/** Segment ids this handler reads (MSH for the delimiters). */
const IDS = ['MSH', ...SEGMENT_IDS].join('|');
/**
 * A segment start: one of IDS after the text's start, a line break (raw, escaped, or the `<CR>`
 * that Cloverleaf and Mirth print between segments) or, loosely, after a blank, a quote, `:`, `=`
 * or `(` (segments flattened onto one line, a segment quoted in an ACK error or a CSV cell), then a
 * field separator. A loose start counts in a message that has an MSH, or when the segment itself
 * reads as HL7 (segmentHasComponents).
 */
const SEGMENT_START = new RegExp(`(^|\\r|\\n|\\\\r|\\\\n|<CR>|[ \\t"'=:(])(?:${IDS})[|^~#!]`, 'g');
const MSH = /(?:^|\r|\n|\\[rn]|[ \t])MSH(.)(.)(.)/;

/**
 * The cheap gate of hl7Spans, native searches only: a field separator (`|`, or any with an MSH)
 * and the id of a segment with identity fields.
 */
export function mayHoldHl7(text: string): boolean {
  if (text.indexOf('|') < 0 && text.indexOf('MSH') < 0) return false;
  for (const id of SEGMENT_IDS) if (text.indexOf(id) >= 0) return true;
  return false;
}

/** Spans of the identity fields of every HL7 v2 segment in the text (see the module comment). */
export function hl7Spans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  // Delimiters: from MSH when the message has one, else HL7's defaults.
  let fieldSep = '|';
  let componentSep = '^';
  let repetitionSep = '~';
  const msh = MSH.exec(text);
  if (msh !== null) {
    fieldSep = msh[1]!;
    if (msh[2] !== fieldSep) componentSep = msh[2]!;
    if (msh[3] !== fieldSep) repetitionSep = msh[3]!;
  }
  // Where each segment's id starts.
  const starts: number[] = [];
  /** The quote a segment was opened by (a segment in a CSV cell ends at its closing quote). */
  const quoteOf = new Map<number, string>();
  SEGMENT_START.lastIndex = 0;
  for (let m = SEGMENT_START.exec(text); m !== null; m = SEGMENT_START.exec(text)) {
    const loose = m[1]!.length === 1 && m[1] !== '\r' && m[1] !== '\n';
    const idAt = m.index + m[1]!.length;
    if (
      text.charAt(idAt + 3) === fieldSep &&
      looksLikeSegment(text, idAt, fieldSep, msh !== null) &&
      (!loose || msh !== null || segmentHasComponents(text, idAt, fieldSep, componentSep))
    ) {
      starts.push(idAt);
      quoteOf.set(idAt, m[1] === '"' || m[1] === "'" ? m[1] : '');
    }
    SEGMENT_START.lastIndex = idAt + 3;
  }
  for (let k = 0; k < starts.length; k++) {
    const idAt = starts[k]!;
    const rules = SEGMENTS.get(text.slice(idAt, idAt + 3));
    if (rules === undefined) continue; // MSH: only its delimiters were needed
    const fieldsStart = idAt + 4;
    let end = segmentEnd(text, fieldsStart);
    const quote = quoteOf.get(idAt);
    if (quote) {
      const close = text.indexOf(quote, fieldsStart);
      // A quote escaped in JSON text (`\"`) closes at its backslash.
      if (close >= 0 && close < end) end = text.charAt(close - 1) === '\\' ? close - 1 : close;
    }
    const following = starts[k + 1];
    if (following !== undefined && following - 1 < end) end = following - 1;
    // Field n starts after the n-th separator.
    let field = 1;
    let at = fieldsStart;
    while (at <= end) {
      let next = text.indexOf(fieldSep, at);
      if (next < 0 || next > end) next = end;
      const rule = rules.get(field);
      if (rule !== undefined && next > at) maskField(ctx, text, at, next, rule, componentSep, repetitionSep);
      else if (next - at === 11 && INSURANCE.has(text.slice(idAt, idAt + 3)) && wholeMbi(text.slice(at, next))) {
        // A Medicare Beneficiary Identifier in an insurance segment's field other than its own
        // (IN1-35 for IN1-36, IN1-3): the CMS layout of the whole field is the evidence.
        pushSpan(ctx, text, at, next, 'US_MBI', 'structure:hl7');
      }
      at = next + 1;
      field++;
    }
  }
}

/** Insurance segments, where a field that is a whole MBI is one wherever it stands (red-team round 61). */
const INSURANCE = new Set(['IN1', 'IN2']);
/** An MBI in capitals, as CMS prints it. */
function wholeMbi(field: string): boolean {
  return field.toUpperCase() === field && usMbiValid(field);
}

/** Segments whose first field is a set id (a number, often empty): PID-1, NK1-1, GT1-1, IN1-1, PV1-1. */
const SET_ID_FIRST = new Set(['PID', 'NK1', 'GT1', 'IN1', 'PV1']);

/**
 * Whether the segment at `idAt` reads as HL7 rather than as a pipe-separated listing that happens
 * to start with one of these ids (`PID|PPID|CMD` of a process table): in a message without MSH,
 * a set id (up to four digits, or empty) then at least two more fields; MRG and IN2, whose first
 * field is not a set id, only in a message with MSH.
 */
function looksLikeSegment(text: string, idAt: number, fieldSep: string, hasMsh: boolean): boolean {
  const id = text.slice(idAt, idAt + 3);
  if (id === 'MSH' || hasMsh) return true;
  if (!SET_ID_FIRST.has(id)) return false;
  let at = idAt + 4;
  let digits = 0;
  while (digits <= 4 && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) {
    at++;
    digits++;
  }
  if (digits > 4 || text.charAt(at) !== fieldSep) return false;
  const second = text.indexOf(fieldSep, at + 1);
  return second >= 0 && text.indexOf(fieldSep, second + 1) >= 0;
}

/**
 * Whether a segment met after a blank or a quote, in a text without MSH, reads as HL7: at least
 * four field separators and a component separator before its end (`PID|1||M0041^^^SJH^MR||DOE^JANE`),
 * which a listing that starts with a segment id does not have.
 */
function segmentHasComponents(text: string, idAt: number, fieldSep: string, componentSep: string): boolean {
  const end = segmentEnd(text, idAt + 4);
  let seps = 1;
  for (let at = text.indexOf(fieldSep, idAt + 4); at >= 0 && at < end && seps < 4; at = text.indexOf(fieldSep, at + 1)) seps++;
  if (seps < 4) return false;
  const c = text.indexOf(componentSep, idAt + 4);
  return c >= 0 && c < end;
}

/** End of the segment whose fields start at `from`: the next CR, LF, `\r`, `\n` or `<CR>`, or the text's end. */
function segmentEnd(text: string, from: number): number {
  let end = text.length;
  for (const stop of ['\r', '\n', '\\r', '\\n', '<CR>']) {
    const i = text.indexOf(stop, from);
    if (i >= 0 && i < end) end = i;
  }
  return end;
}

function maskField(
  ctx: SpanContext,
  text: string,
  start: number,
  end: number,
  rule: FieldRule,
  componentSep: string,
  repetitionSep: string,
): void {
  // Repetitions, each with its components.
  let rep = start;
  while (rep <= end) {
    let repEnd = text.indexOf(repetitionSep, rep);
    if (repEnd < 0 || repEnd > end) repEnd = end;
    let component = 1;
    let at = rep;
    while (at <= repEnd) {
      let next = text.indexOf(componentSep, at);
      if (next < 0 || next > repEnd) next = repEnd;
      if ((rule.components === undefined || rule.components.includes(component)) && next > at && !isHl7Null(text, at, next)) {
        pushSpan(ctx, text, at, next, rule.componentEntity?.[component] ?? rule.entity, 'structure:hl7');
      }
      at = next + 1;
      component++;
    }
    rep = repEnd + 1;
  }
}

/** HL7's explicit null, `""`. */
function isHl7Null(text: string, start: number, end: number): boolean {
  return end - start === 2 && text.charCodeAt(start) === 34 && text.charCodeAt(start + 1) === 34;
}

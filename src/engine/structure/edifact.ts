import type { TextScan } from '../detect/types.js';
import { PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * UN/EDIFACT interchanges (ISO 9735) in text: segments end with `'`, data elements are separated
 * by `+`, components by `:`, and `?` releases the next character (`O?'Brien`); a `UNA` service
 * string advice may set other characters. Two segments say by qualifier what a value is, whatever
 * it looks like (detector `structure:edifact`):
 * - `COM+number:qualifier` (communication contact, code list 3155): TE telephone, FX telefax,
 *   AL cellular phone as PHONE, EM electronic mail as EMAIL;
 * - `CTA+function+id:name` (contact information): the department or employee name as PERSON.
 * Names and addresses in NAD stay with the value detectors (a party may be a company), except in
 * a PAXLST passenger or crew list (advance passenger information, the UN/EDIFACT message airlines
 * send to border agencies, US CBP APIS implementation guide), whose segments are a traveller's:
 * - `NAD+FL+++SURNAME:GIVEN+STREET+CITY+STATE+POSTCODE+COUNTRY` (FL passenger, FM crew member):
 *   the names as PERSON, the street as ADDRESS, the postcode as POSTCODE;
 * - `DTM+329:YYMMDD` (date of birth) as DATE_OF_BIRTH;
 * - `DOC+P:110:111+NUMBER` (travel document, a letter code) as TRAVEL_DOCUMENT.
 * PNRGOV (the PNR push to border agencies) names its traveller in `TIF+SURNAME+GIVEN:type:ref`
 * (both as PERSON) and the frequent-flyer account in `FTI+AIRLINE:NUMBER` (as LOYALTY_NUMBER;
 * red-team round 55).
 */

/** Words of the keyword pass that gate edifactSpans: the message header and interchange header. */
export const EDIFACT_KEYWORDS: readonly string[] = ['unh+', 'unb+', 'nad+fl', 'nad+fm', 'tif+', 'fti+'];

const COM_QUALIFIERS = new Map([
  ['TE', 'PHONE'],
  ['FX', 'PHONE'],
  ['AL', 'PHONE'],
  ['EM', 'EMAIL'],
]);

interface Separators {
  component: number;
  element: number;
  release: number;
  terminator: number;
}

/** The separators of the interchange: from its `UNA` advice (UNA:+.? '), else the defaults. */
function separatorsOf(text: string): Separators {
  const una = text.indexOf('UNA');
  if (una >= 0 && una + 9 <= text.length && text.charCodeAt(una + 3) !== 43) {
    return {
      component: text.charCodeAt(una + 3),
      element: text.charCodeAt(una + 4),
      release: text.charCodeAt(una + 6),
      terminator: text.charCodeAt(una + 8),
    };
  }
  return { component: 58, element: 43, release: 63, terminator: 39 };
}

/** A component's offsets in the text. */
type Component = [number, number];

export function edifactSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const sep = separatorsOf(text);
  // Elements of the current segment, each a list of components.
  let elements: Component[][] = [[]];
  let componentStart = 0;
  const endComponent = (at: number) => {
    elements[elements.length - 1]!.push([componentStart, at]);
    componentStart = at + 1;
  };
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : sep.terminator;
    if (c === sep.release && i < text.length) {
      i++;
      continue;
    }
    if (c === sep.component) endComponent(i);
    else if (c === sep.element) {
      endComponent(i);
      elements.push([]);
    } else if (c === sep.terminator || c === 10 || c === 13) {
      endComponent(i);
      segmentSpans(text, elements, ctx);
      elements = [[]];
    }
  }
}

/** The segment tag (the first text of a log line may come before the first segment). */
const SEGMENT_COM = /(?:^|[^A-Z])COM$/;
const SEGMENT_CTA = /(?:^|[^A-Z])CTA$/;
const SEGMENT_NAD = /(?:^|[^A-Z])NAD$/;
const SEGMENT_DTM = /(?:^|[^A-Z])DTM$/;
const SEGMENT_DOC = /(?:^|[^A-Z])DOC$/;
const SEGMENT_TIF = /(?:^|[^A-Z])TIF$/;
const SEGMENT_FTI = /(?:^|[^A-Z])FTI$/;
/** PAXLST party functions of a traveller: FL passenger, FM crew member (code list 3035). */
const TRAVELLER_FUNCTIONS = new Set(['FL', 'FM']);
const TRAVEL_DOCUMENT_CODE = /^[A-Z]{1,2}$/;

function segmentSpans(text: string, elements: Component[][], ctx: SpanContext): void {
  const tag = elements[0]?.[0];
  if (tag === undefined) return;
  const name = text.slice(tag[0], tag[1]).trim();
  if (SEGMENT_COM.test(name)) {
    const contact = elements[1];
    const qualifier = contact?.[1];
    const entity = qualifier === undefined ? undefined : COM_QUALIFIERS.get(text.slice(qualifier[0], qualifier[1]));
    if (entity !== undefined) pushComponent(text, contact![0]!, entity, ctx);
  } else if (SEGMENT_CTA.test(name)) {
    const employee = elements[2]?.[1];
    if (employee !== undefined) pushComponent(text, employee, 'PERSON', ctx);
  } else if (SEGMENT_NAD.test(name)) {
    const fn = elements[1]?.[0];
    if (fn === undefined || !TRAVELLER_FUNCTIONS.has(text.slice(fn[0], fn[1]))) return;
    for (const part of elements[4] ?? []) pushComponent(text, part, 'PERSON', ctx);
    for (const line of elements[5] ?? []) pushComponent(text, line, 'ADDRESS', ctx);
    const postcode = elements[8]?.[0];
    if (postcode !== undefined) pushComponent(text, postcode, 'POSTCODE', ctx);
  } else if (SEGMENT_DTM.test(name)) {
    const qualifier = elements[1]?.[0];
    const date = elements[1]?.[1];
    if (qualifier !== undefined && date !== undefined && text.slice(qualifier[0], qualifier[1]) === '329')
      pushComponent(text, date, 'DATE_OF_BIRTH', ctx);
  } else if (SEGMENT_TIF.test(name)) {
    const surname = elements[1]?.[0];
    const given = elements[2]?.[0];
    if (surname !== undefined) pushComponent(text, surname, 'PERSON', ctx);
    if (given !== undefined) pushComponent(text, given, 'PERSON', ctx);
  } else if (SEGMENT_FTI.test(name)) {
    const account = elements[1]?.[1];
    if (account !== undefined && /\d/.test(text.slice(account[0], account[1]))) pushComponent(text, account, 'LOYALTY_NUMBER', ctx);
  } else if (SEGMENT_DOC.test(name)) {
    // A travel document's code is letters (P passport, V visa, I / A / C identity cards, code list
    // 1001 as PAXLST uses it); other messages' DOC segments name a document by a number (380 invoice).
    const code = elements[1]?.[0];
    const number = elements[2]?.[0];
    if (code !== undefined && number !== undefined && TRAVEL_DOCUMENT_CODE.test(text.slice(code[0], code[1])))
      pushComponent(text, number, 'TRAVEL_DOCUMENT', ctx);
  }
}

function pushComponent(text: string, [start, end]: Component, entity: string, ctx: SpanContext): void {
  const value = text.slice(start, end);
  if (value.trim().length === 0 || PLACEHOLDER_VALUE.test(value)) return;
  pushSpan(ctx, text, start, end, entity, 'structure:edifact');
}

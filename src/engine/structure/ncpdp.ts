import type { TextScan } from '../detect/types.js';
import { PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * NCPDP Telecommunication Standard D.0 pharmacy claims in text, as switches and pharmacy systems
 * log them: fields separated by the field separator (0x1C, logged as `<FS>`), segments by 0x1E
 * (`<RS>`), groups by 0x1D (`<GS>`); a segment opens with its id field `AM` + two digits, and each
 * other field is a two-character field id followed by its value (`CAMARGARET` = CA first name
 * MARGARET). The identity fields of the patient segment (AM01) and the insurance segment (AM04)
 * are masked by their id, whatever they hold (detector `structure:ncpdp`); the BIN / PCN header,
 * the claim, pricing and prescriber fields and codes (gender, person code, relationship) stay.
 * The keyword pass gates on `am01` / `am04` (NCPDP_KEYWORDS).
 */
export const NCPDP_KEYWORDS: readonly string[] = [
  'am01',
  'am04',
  // The response's patient (AM29) and insurance (AM25) segments of an E1 eligibility reply.
  'am29',
  'am25',
  // Fields printed with their full field ids (`310-CA=…`; NUMBERED_FIELD below).
  '302-c2',
  '310-ca',
  '311-cb',
  '304-c4',
];

/** Field ids of the patient segment (AM01) and the insurance segment (AM04), with their entity. */
const SEGMENT_FIELDS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    '01',
    new Map([
      ['CY', 'MEDICAL_RECORD_NUMBER'], // patient id
      ['C4', 'DATE_OF_BIRTH'],
      ['CA', 'PERSON'], // patient first name
      ['CB', 'PERSON'], // patient last name
      ['CM', 'ADDRESS'], // street address
      ['CN', 'ADDRESS'], // city
      ['CP', 'POSTCODE'],
      ['CQ', 'PHONE'],
      ['HN', 'EMAIL'],
    ]),
  ],
  [
    '04',
    new Map([
      ['C2', 'HEALTH_PLAN_ID'], // cardholder id
      ['CC', 'PERSON'], // cardholder first name
      ['CD', 'PERSON'], // cardholder last name
      ['2A', 'HEALTH_PLAN_ID'], // Medigap id
      ['N5', 'HEALTH_PLAN_ID'], // Medicaid id number
    ]),
  ],
  // The response segments of an E1 eligibility verification (red-team round 92): the response
  // insurance segment (AM25) echoes the cardholder id, the response patient segment (AM29) the
  // patient's names and birth date.
  ['25', new Map([['C2', 'HEALTH_PLAN_ID']])],
  [
    '29',
    new Map([
      ['CA', 'PERSON'],
      ['CB', 'PERSON'],
      ['C4', 'DATE_OF_BIRTH'],
    ]),
  ],
]);

/**
 * The identity fields by their full NCPDP field id (`302-C2` cardholder id, `310-CA` / `311-CB`
 * patient names, `304-C4` birth date, `322-CM` street…), as switch and adjudication logs print a
 * claim's fields one `id=value` pair at a time (`| 310-CA=MARISOL 311-CB=QUINTERO-HALE
 * 304-C4=19710422 |`; red-team round 92). The field id says what the value is, whatever segment
 * it sits in.
 */
const NUMBERED_FIELDS: ReadonlyMap<string, string> = new Map([
  ['302-C2', 'HEALTH_PLAN_ID'],
  ['312-CC', 'PERSON'],
  ['313-CD', 'PERSON'],
  ['359-2A', 'HEALTH_PLAN_ID'],
  ['115-N5', 'HEALTH_PLAN_ID'],
  ['332-CY', 'MEDICAL_RECORD_NUMBER'],
  ['304-C4', 'DATE_OF_BIRTH'],
  ['310-CA', 'PERSON'],
  ['311-CB', 'PERSON'],
  ['322-CM', 'ADDRESS'],
  ['323-CN', 'ADDRESS'],
  ['325-CP', 'POSTCODE'],
  ['326-CQ', 'PHONE'],
  ['350-HN', 'EMAIL'],
]);
/** A numbered field id and its `=` or `:` (the value follows). */
const NUMBERED_FIELD = /(?<![\w-])(\d{3}-[0-9A-Z]{2}) ?[=:] ?/gi;
/** Where a numbered field's value ends: the next field id, a separator, a quote or the line's end. */
const NUMBERED_VALUE_END = / \d{3}-[0-9A-Za-z]{2} ?[=:]|[|;,"\n\r\x1c\x1d\x1e]/g;

/**
 * NCPDP fields logged as a JSON map by segment (`segments: {AM01: {C4: '19850214', CA: 'PRIYA'}}`,
 * as claims adjudication clients log a claim or its response: red-team round 45): the same
 * identity fields, read by member name under a parent that names the patient or insurance segment
 * (`AM01`, `am04`, `seg_AM01`, `AM01_patient`). The engine's walks ask only for members whose name
 * is one of the field ids (structure/member-gate.ts isNcpdpMember).
 */
const NCPDP_MEMBERS: ReadonlySet<string> = new Set(
  [...SEGMENT_FIELDS.values()].flatMap((fields) => [...fields.keys()].flatMap((id) => [id, id.toLowerCase()])),
);
const SEGMENT_PARENT = /(?:^|[^A-Za-z0-9])AM0([14])(?![0-9])/i;

/** A member named as one of the identity field ids (`C4`, `CA`, `c2`). */
export function isNcpdpMember(member: string): boolean {
  return member.length === 2 && NCPDP_MEMBERS.has(member);
}

/** The entity of member `member` of an NCPDP segment map under `parent`, or null. */
export function ncpdpMemberEntity(parent: unknown, member: string): string | null {
  if (typeof parent !== 'string' || parent.length > 32 || !isNcpdpMember(member)) return null;
  const segment = SEGMENT_PARENT.exec(parent);
  if (segment === null) return null;
  return SEGMENT_FIELDS.get(`0${segment[1]}`)?.get(member.toUpperCase()) ?? null;
}

/**
 * A field, segment or group separator: the control character, its logged `<FS>` / `<RS>` / `<GS>`
 * form, or the `|` that some switches and pharmacy systems print in its place (red-team round 45).
 */
const SEPARATOR = /[\x1c\x1d\x1e|]|<(?:FS|RS|GS)>/g;

export function ncpdpSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  if (text.indexOf('-C', 3) !== -1 || text.indexOf('-c', 3) !== -1) numberedFieldSpans(text, ctx);
  let fields: ReadonlyMap<string, string> | undefined;
  let start = 0;
  SEPARATOR.lastIndex = 0;
  for (;;) {
    const sep = SEPARATOR.exec(text);
    const end = sep === null ? text.length : sep.index;
    fields = readField(text, start, end, fields, ctx);
    if (sep === null) return;
    start = end + sep[0].length;
  }
}

/**
 * Reads the field text[start, end): a segment id switches the segment (the field ids in force);
 * another field of the current segment is masked when its id is an identity field. Returns the
 * field ids in force after it.
 */
function readField(
  text: string,
  start: number,
  end: number,
  fields: ReadonlyMap<string, string> | undefined,
  ctx: SpanContext,
): ReadonlyMap<string, string> | undefined {
  const keyed = readKeyedSegment(text, start, end, ctx);
  if (keyed !== null) return keyed;
  // A segment id: `AM01` as the whole field, or at the end of the text before the first separator.
  if (
    end - start >= 4 &&
    text.charCodeAt(end - 4) === 65 &&
    text.charCodeAt(end - 3) === 77 &&
    isDigit(text, end - 2) &&
    isDigit(text, end - 1)
  ) {
    if (end - start === 4 || !isAlnum(text.charCodeAt(end - 5))) {
      // The last field of a segment and the next segment's id in one logged piece
      // (`CDWHITFIELD seg=AM01`): the field ends at the blank before the id.
      const blank = end - start > 4 && fields !== undefined ? text.lastIndexOf(' ', end - 5) : -1;
      if (blank > start) readField(text, start, blank, fields, ctx);
      return SEGMENT_FIELDS.get(text.slice(end - 2, end));
    }
  }
  if (fields === undefined || end - start < 3) return fields;
  const entity = fields.get(text.slice(start, start + 2));
  if (entity === undefined) return fields;
  const value = text.slice(start + 2, end).trim();
  if (value.length > 0 && !PLACEHOLDER_VALUE.test(value)) pushSpan(ctx, text, start + 2, end, entity, 'structure:ncpdp');
  return fields;
}

/** A segment id and the blank-separated `id=value` fields after it (`seg=AM01 C4=19880312 CA=JOHN`). */
const KEYED_SEGMENT = /(?:^|[^A-Za-z0-9])AM(\d\d) +(?=[A-Z0-9]{2}=)/;
const KEYED_FIELD = / ([A-Z0-9]{2})=/g;

/**
 * A segment logged as `id=value` pairs after its id, one blank apart (`seg=AM01 C4=19880312
 * CA=MATTHIAS CM=1702 CORDGRASS WAY | seg=AM07 …`, as some switches print a claim: red-team round
 * 75): each identity field's value runs to the next ` XX=` or the piece's end. Returns the
 * segment's field ids (for the pieces after it), or null when the piece is no such segment.
 */
function readKeyedSegment(text: string, start: number, end: number, ctx: SpanContext): ReadonlyMap<string, string> | undefined | null {
  if (end - start < 10) return null;
  const piece = text.slice(start, end);
  const segment = KEYED_SEGMENT.exec(piece);
  if (segment === null) return null;
  const fields = SEGMENT_FIELDS.get(segment[1]!);
  const from = segment.index + segment[0].length - 1;
  KEYED_FIELD.lastIndex = from;
  let field = KEYED_FIELD.exec(piece);
  while (field !== null) {
    const valueStart = field.index + field[0].length;
    const next = KEYED_FIELD.exec(piece);
    const entity = fields?.get(field[1]!);
    const valueEnd = next === null ? piece.trimEnd().length : next.index;
    if (entity !== undefined && valueEnd > valueStart) {
      const value = piece.slice(valueStart, valueEnd);
      if (!PLACEHOLDER_VALUE.test(value)) pushSpan(ctx, text, start + valueStart, start + valueEnd, entity, 'structure:ncpdp');
    }
    field = next;
  }
  return fields;
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The values of identity fields printed with their full field ids (NUMBERED_FIELDS). */
function numberedFieldSpans(text: string, ctx: SpanContext): void {
  NUMBERED_FIELD.lastIndex = 0;
  for (let m = NUMBERED_FIELD.exec(text); m !== null; m = NUMBERED_FIELD.exec(text)) {
    const entity = NUMBERED_FIELDS.get(m[1]!.toUpperCase());
    if (entity === undefined) continue;
    const start = m.index + m[0].length;
    NUMBERED_VALUE_END.lastIndex = start;
    const stop = NUMBERED_VALUE_END.exec(text);
    const end = stop === null ? text.length : stop.index;
    const value = text.slice(start, end).trimEnd();
    if (value.length > 0 && !PLACEHOLDER_VALUE.test(value)) pushSpan(ctx, text, start, start + value.length, entity, 'structure:ncpdp');
  }
}

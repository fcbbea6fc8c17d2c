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
export const NCPDP_KEYWORDS: readonly string[] = ['am01', 'am04'];

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
]);

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

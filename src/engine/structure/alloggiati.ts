import { pushSpan, type SpanContext } from './types.js';

/**
 * Italy's police guest reports: the "schedine alloggiati" an Italian hotel's PMS uploads to
 * Alloggiati Web (Polizia di Stato) as a text file, one fixed-width line per guest, with no field
 * names (the "tracciato record" of the service's manual). Columns, 0-based: type 0–2 (16 single
 * guest, 17 head of family, 18 group leader, 19 family member, 20 group member), arrival date
 * 2–12 (dd/mm/yyyy), days of stay 12–14, surname 14–64, given name 64–94, sex 94 (1 or 2), date
 * of birth 95–105, birth municipality 105–114, province 114–116, birth state 116–125,
 * citizenship 125–134, document type 134–139, document number 139–159, place of issue 159–168.
 * The surname, given name, date of birth and document number are masked by position (detector
 * `structure:alloggiati`); the codes (types, municipalities, states) and the arrival stay.
 *
 * A line counts only when its type, both dates, the days and the sex code sit at their columns,
 * so a log line that happens to start with a date is not read. The caller gates on a digit, a text
 * of 100 characters or more and `/` at columns 4 and 7 of the text or of a line
 * (mayHoldAlloggiati).
 */
export function alloggiatiSpans(text: string, ctx: SpanContext): void {
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end - at >= 105 && isRecord(text, at)) record(text, at, end, ctx);
    at = end + 1;
  }
}

/** Whether the text may hold a record: its first line, or a later one, has the arrival date's slashes at columns 4 and 7. */
export function mayHoldAlloggiati(text: string): boolean {
  if (text.length < 100) return false;
  if (slashesAt(text, 0)) return true;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) if (slashesAt(text, nl + 1)) return true;
  return false;
}

function slashesAt(text: string, at: number): boolean {
  return text.charCodeAt(at + 4) === 47 && text.charCodeAt(at + 7) === 47;
}

const HEAD = /^(?:1[6-9]|20)(?:0[1-9]|[12]\d|3[01])\/(?:0[1-9]|1[0-2])\/(?:19|20)\d\d[0-9 ]\d/;
const SEX_AND_BIRTH = /^[12](?:0[1-9]|[12]\d|3[01])\/(?:0[1-9]|1[0-2])\/(?:18|19|20)\d\d/;

function isRecord(text: string, at: number): boolean {
  return HEAD.test(text.slice(at, at + 14)) && SEX_AND_BIRTH.test(text.slice(at + 94, at + 105));
}

const DETECTOR = 'structure:alloggiati';

/** The document types of the service's table that name a passport or a driving licence; the rest are identity cards and permits. */
function documentEntity(type: string): string {
  if (type.startsWith('PAS')) return 'PASSPORT';
  if (type.startsWith('PAT')) return 'DRIVER_LICENSE';
  return 'NATIONAL_ID';
}

function record(text: string, at: number, end: number, ctx: SpanContext): void {
  field(text, at + 14, at + 64, end, 'PERSON', ctx);
  field(text, at + 64, at + 94, end, 'PERSON', ctx);
  field(text, at + 95, at + 105, end, 'DATE_OF_BIRTH', ctx);
  if (end - at > 139) field(text, at + 139, at + 159, end, documentEntity(text.slice(at + 134, at + 139)), ctx);
}

/** Masks [from, to) without its blank padding, within the line. */
function field(text: string, from: number, to: number, lineEnd: number, entity: string, ctx: SpanContext): void {
  let end = Math.min(to, lineEnd);
  let start = from;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  while (start < end && text.charCodeAt(start) === 32) start++;
  if (start < end) pushSpan(ctx, text, start, end, entity, DETECTOR);
}

import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isLoginShaped, isSystemAccount, loginDomainLength } from '../detect/values/login-names.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * The login cell of rows that security analysts paste without their header (red-team round 86 and
 * its leftovers), in three shapes whose other cells say which cell is the user's:
 *
 * - a SIEM alert, notable, offense or incident row (Splunk ES, QRadar, Elastic, Sentinel exports:
 *   `time|rule|urgency|owner|…`, `id|description|magnitude|assigned_to|…`): a title cell of two
 *   words or more, then a severity (`low` … `critical`, `informational`, or a magnitude of one or
 *   two digits), then a cell in lower case shaped as a login, the owner or the user the alert is
 *   about, in a row of five cells or more split by one separator (`|`, `;` or `,`);
 * - a TLN timeline row (Harlan Carvey's `Time|Source|Host|User|Description`: an epoch, a source in
 *   capitals, a host, the user);
 * - a plaso l2tcsv row (`date,time,timezone,MACB,source,sourcetype,type,user,host,…`: the eighth
 *   cell).
 *
 * System and service accounts (`SYSTEM`, `N/A`, `-`, `svc_…`, `admin`), everyday and stop words
 * (`open`, `new`, `enabled`) and cells with capitals (`SOC-Tier2`) stay. Masked as USERNAME
 * (detector `structure:alert_rows`).
 */
const SEVERITY_LOGIN =
  /([|;,])(?:[Ll]ow|LOW|[Mm]edium|MEDIUM|[Hh]igh|HIGH|[Cc]ritical|CRITICAL|[Ii]nformational|[Uu]rgent|\d{1,2})\1([a-z][a-z0-9._-]{2,31})(?=\1|$)/gm;
const TLN_ROW = /^\d{9,10}\|[A-Z][A-Z0-9_]{1,11}\|[^|\n]{1,64}\|([^|\n]{1,64})\|/gm;
const L2TCSV_ROW =
  /^\d{2}\/\d{2}\/\d{4},\d{2}:\d{2}:\d{2},[^,\n]{1,40},[MACB.]{4},[^,\n]{0,40},[^,\n]{0,80},[^,\n]{0,80},([^,\n]{1,64}),/gm;
/** A title cell: two words or more (`Multiple Login Failures`, `Threat - Phishing Link Clicked - Rule`). */
const TITLE_CELL = /[A-Za-z]{2,}[ ]+\S*[A-Za-z]/;
const ROW_WORDS = new Set(
  'open new closed active resolved assigned unassigned pending enabled disabled none true false yes no unknown allowed blocked denied success failure failed'.split(
    ' ',
  ),
);

/** A gate: one of the three shapes' anchors (native tests). */
export function mayHoldAlertRows(text: string): boolean {
  if (text.length < 24) return false;
  const pipe = text.indexOf('|') !== -1;
  if (!pipe && text.indexOf(';') === -1 && text.indexOf(',') === -1) return false;
  return SEVERITY_GATE.test(text) || (pipe && TLN_GATE.test(text)) || L2TCSV_GATE.test(text);
}
const SEVERITY_GATE = /([|;,])(?:[Ll]ow|LOW|[Mm]edium|MEDIUM|[Hh]igh|HIGH|[Cc]ritical|CRITICAL|[Ii]nformational|[Uu]rgent|\d{1,2})\1[a-z]/;
const TLN_GATE = /(?:^|\n)\d{9,10}\|[A-Z]/;
const L2TCSV_GATE = /(?:^|\n)\d{2}\/\d{2}\/\d{4},\d{2}:\d{2}:\d{2},/;

export function alertRowSpans(text: string, ctx: SpanContext): void {
  SEVERITY_LOGIN.lastIndex = 0;
  for (let m = SEVERITY_LOGIN.exec(text); m !== null; m = SEVERITY_LOGIN.exec(text)) {
    const sep = m[1]!;
    const login = m[2]!;
    const start = m.index + m[0].length - login.length;
    SEVERITY_LOGIN.lastIndex = start;
    if (!personLogin(login)) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd === -1) lineEnd = text.length;
    // The title cell right before the severity, and five cells or more in the row.
    const titleStart = text.lastIndexOf(sep, m.index - 1) + 1;
    if (titleStart < lineStart || !TITLE_CELL.test(text.slice(Math.max(titleStart, lineStart), m.index))) continue;
    if (separators(text, lineStart, lineEnd, sep.charCodeAt(0)) < 4) continue;
    pushSpan(ctx, text, start, start + login.length, 'USERNAME', 'structure:alert_rows');
  }
  if (text.indexOf('|') !== -1) cellRows(text, TLN_ROW, ctx);
  cellRows(text, L2TCSV_ROW, ctx);
}

function cellRows(text: string, row: RegExp, ctx: SpanContext): void {
  row.lastIndex = 0;
  for (let m = row.exec(text); m !== null; m = row.exec(text)) {
    const cell = m[1]!;
    const start = m.index + m[0].length - 1 - cell.length;
    const domain = loginDomainLength(cell);
    const login = cell.slice(domain);
    if (!isLoginShaped(login) || isSystemAccount(login) || isSystemAccount(cell)) continue;
    pushSpan(ctx, text, start + domain, start + cell.length, 'USERNAME', 'structure:alert_rows');
  }
}

/** Parts of a team's or a queue's name in lower case (`soc-tier2`, `ir-team`, `secops_l2`): no person's login. */
const TEAM_PARTS = new Set('soc noc ir csirt cert secops sec ops team tier l1 l2 l3 t1 t2 t3 desk triage analysts oncall queue'.split(' '));

function personLogin(login: string): boolean {
  if (isSystemAccount(login) || ROW_WORDS.has(login) || isEverydayWord(login) || isNameStopWord(login)) return false;
  for (const part of login.split(/[._-]/)) if (TEAM_PARTS.has(part) || TEAM_PARTS.has(part.replace(/\d+$/, ''))) return false;
  // A host or a domain (`mail.corp.local`), not a login of two parts.
  if (login.indexOf('.') !== login.lastIndexOf('.') || login.endsWith('.') || login.endsWith('-')) return false;
  return isLoginShaped(login);
}

function separators(text: string, from: number, to: number, sep: number): number {
  let n = 0;
  for (let i = text.indexOf(String.fromCharCode(sep), from); i !== -1 && i < to; i = text.indexOf(String.fromCharCode(sep), i + 1)) n++;
  return n;
}

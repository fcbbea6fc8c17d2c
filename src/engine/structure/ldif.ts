import type { TextScan } from '../detect/types.js';
import { PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * LDIF (RFC 2849), as `ldapsearch`, `slapcat` and directory sync jobs print entries and changes:
 * `attr: value`, `attr:: base64` (a value that is not a SAFE-STRING: non-ASCII, a leading blank,
 * or binary such as a hashed `userPassword`) and folded lines (a line starting with one space
 * continues the previous one, so a long value is cut at any character). The value of an attribute
 * the key rules call sensitive, or of a person attribute of RFC 4519 / RFC 2798 (below), is masked
 * as that entity on every physical line it spans, whichever spelling (detector `structure:ldif`).
 * `dn`, `objectClass`, `changetype` and other attributes stay; a `cn` is a person's name only in a
 * person's entry (its dn starts `uid=`, or it has `sn`, `givenName`, `mail` or a person object class).
 */

/** RFC 4519 / RFC 2798 (inetOrgPerson) attributes that hold a person's data or a credential, by lower-case name. */
const PERSON_ATTRIBUTES = new Map<string, string>([
  ['sn', 'PERSON'],
  ['surname', 'PERSON'],
  ['givenname', 'PERSON'],
  ['displayname', 'PERSON'],
  ['gecos', 'PERSON'],
  ['mail', 'EMAIL'],
  ['rfc822mailbox', 'EMAIL'],
  ['telephonenumber', 'PHONE'],
  ['homephone', 'PHONE'],
  ['hometelephonenumber', 'PHONE'],
  ['mobile', 'PHONE'],
  ['mobiletelephonenumber', 'PHONE'],
  ['pager', 'PHONE'],
  ['facsimiletelephonenumber', 'PHONE'],
  ['street', 'ADDRESS'],
  ['streetaddress', 'ADDRESS'],
  ['postaladdress', 'ADDRESS'],
  ['homepostaladdress', 'ADDRESS'],
  ['registeredaddress', 'ADDRESS'],
  ['userpassword', 'SECRET'],
  ['unicodepwd', 'SECRET'],
  // OpenLDAP cn=config (`olcRootPW` of a database) and Samba's password hashes.
  ['olcrootpw', 'SECRET'],
  ['sambantpassword', 'SECRET'],
  ['sambalmpassword', 'SECRET'],
]);
/** The common name, a person's name in a person's entry only (a group's `cn: Domain Admins` stays). */
const COMMON_NAMES = new Set(['cn', 'commonname']);
/** Attributes never read as data. */
const STRUCTURAL = new Set([
  'dn',
  'objectclass',
  'changetype',
  'version',
  'control',
  'add',
  'replace',
  'delete',
  'newrdn',
  'deleteoldrdn',
  'newsuperior',
]);

/** An attribute line: description (name and `;options`), then `:`, `::` or `:<`, then the value. */
const ATTRIBUTE_LINE = /^([A-Za-z][\w-]{0,63})(?:;[\w;-]{1,64})?(:[:<]?)[ ]?(.*)$/;
/** A person's entry. */
const PERSON_ENTRY =
  /^dn::? ?uid=|^(?:sn|givenname|mail|surname)::? |^objectclass: ?(?:inetorgperson|organizationalperson|person|user|posixaccount)\s*$/im;

/** Whether `text` may be LDIF: a line that starts with `dn:` (every entry and change record has one). */
export function mayHoldLdif(text: string): boolean {
  return text.startsWith('dn:') || text.indexOf('\ndn:') >= 0;
}

interface PhysicalLine {
  start: number;
  end: number;
}

export function ldifSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  // Entries are separated by blank lines; each is read on its own (a cn is a name only in a person's).
  let entryStart = 0;
  while (entryStart < text.length) {
    let entryEnd = text.indexOf('\n\n', entryStart);
    if (entryEnd < 0) entryEnd = text.length;
    entrySpans(text, entryStart, entryEnd, ctx);
    entryStart = entryEnd + 2;
  }
}

function entrySpans(text: string, from: number, to: number, ctx: SpanContext): void {
  const entry = text.slice(from, to);
  const person = PERSON_ENTRY.test(entry);
  // Logical lines: a physical line, then the lines that continue it (they start with one space).
  let logical: PhysicalLine[] = [];
  const flush = () => {
    if (logical.length > 0) attributeSpans(text, logical, person, ctx);
    logical = [];
  };
  for (let at = from; at < to; ) {
    let end = text.indexOf('\n', at);
    if (end < 0 || end > to) end = to;
    const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (text.charCodeAt(at) === 32 && logical.length > 0) logical.push({ start: at + 1, end: lineEnd });
    else {
      flush();
      if (text.charCodeAt(at) !== 35) logical.push({ start: at, end: lineEnd });
    }
    at = end + 1;
  }
  flush();
}

/** The spans of one logical attribute line (its first physical line and its continuations). */
function attributeSpans(text: string, lines: PhysicalLine[], person: boolean, ctx: SpanContext): void {
  const first = lines[0]!;
  const m = ATTRIBUTE_LINE.exec(text.slice(first.start, first.end));
  if (m === null || m[2] === ':<') return;
  const name = m[1]!.toLowerCase();
  if (STRUCTURAL.has(name)) return;
  const entity = PERSON_ATTRIBUTES.get(name) ?? (COMMON_NAMES.has(name) ? (person ? 'PERSON' : null) : ctx.classifyKey(m[1]!));
  if (entity === null || entity === undefined) return;
  const valueStart = first.end - m[3]!.length;
  const whole =
    text.slice(valueStart, first.end) +
    lines
      .slice(1)
      .map((l) => text.slice(l.start, l.end))
      .join('');
  if (whole.trim().length === 0 || PLACEHOLDER_VALUE.test(whole.trim())) return;
  // One span a physical line, each normalised to the whole value: the value gets one token.
  pushSpan(ctx, text, valueStart, first.end, entity, 'structure:ldif', whole);
  for (const l of lines.slice(1)) pushSpan(ctx, text, l.start, l.end, entity, 'structure:ldif', whole);
}

/** An attribute line whose value is base64 (`description:: …`), unfolded on one physical line. */
const BASE64_LINE = /^([A-Za-z][\w-]{0,63})(?:;[\w;-]{1,64})?:: ?([A-Za-z0-9+/]{8,}={0,2})\r?$/gm;
/** Printable text (a decoded value that is binary, a hashed password or a photo, is not read). */
const PRINTABLE_TEXT = /^[\t\n\r\x20-\x7e\u00a0-\ufffc]+$/;

/**
 * The base64 values of an LDIF text's attributes (RFC 2849 `attr:: base64`) on one physical line,
 * with their decoded text when it is printable UTF-8 with a blank (prose: a note, an address, a
 * name with an accent), except under the structural attributes (`dn::` names the entry, as a plain
 * `dn:` does). The engine scans the decoded texts and masks a value whole when anything is found.
 */
export function ldifBase64Values(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  BASE64_LINE.lastIndex = 0;
  for (let m = BASE64_LINE.exec(text); m !== null && out.length < 64; m = BASE64_LINE.exec(text)) {
    if (STRUCTURAL.has(m[1]!.toLowerCase())) continue;
    const value = m[2]!;
    // Folded onto the next line: the base64 is not whole here.
    const after = m.index + m[0].length;
    if (text.charCodeAt(after + 1) === 32 && text.charCodeAt(after) === 10) continue;
    if ((value.length & 3) !== 0) continue;
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    if (decoded.length < 3 || decoded.indexOf(' ') < 0 || !PRINTABLE_TEXT.test(decoded)) continue;
    const start = m.index + m[0].length - value.length - (m[0].endsWith('\r') ? 1 : 0);
    out.push({ start, end: start + value.length, text: decoded });
  }
  return out;
}

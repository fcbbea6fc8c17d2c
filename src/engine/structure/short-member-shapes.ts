import { LATEST_BIRTH_YEAR, plausibleBirthDate } from '../detect/validators.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { foldName, nameKind } from '../detect/values/person-names.js';

/**
 * Short generic member names that hold a person's data only in its shape (résumé parsers' custom
 * mappings: `addr`, `bd`; red-team round 43). Elsewhere `addr` is a listen address (Go's
 * `"addr": ":8080"`, `host:port`, a socket path, a wallet's `0x…`) and `bd` a business date or a
 * board: the name alone never flags the value, the value's shape does.
 */

/**
 * A street line: a word of three letters or more, a capital, a digit, a blank; no `:`, `/`, `@`, `=` (a host
 * and port, a path, a mailbox, a setting) and no dotted number (an IP address, a version).
 */
const STREET_LINE = /^(?=[^:/@=]{6,120}$)(?=.*\p{L}{3})(?=.*\p{Lu})(?=.*\d)(?!.*\d\.\d)\S+(?: \S+)+$/u;
// Written with separators only: a compact `20100423` under `bd` alone is as often a business date
// or a build number (stop 33's rule reads it beside name parts only: key:beside_partner).
const YEAR_FIRST = /^(\d{4})([-/.])(\d{2})\2(\d{2})$/;
const DAY_OR_MONTH_FIRST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;

/** A date written with separators (`1983-04-27`, `7/19/1968`, `14.02.1961`) that exists and is at least 14 years old. */
export function birthDateShape(value: string): boolean {
  let m = YEAR_FIRST.exec(value);
  if (m !== null) {
    const y = Number(m[1]);
    return y <= LATEST_BIRTH_YEAR && plausibleBirthDate(y, Number(m[3]), Number(m[4]));
  }
  m = DAY_OR_MONTH_FIRST.exec(value);
  if (m === null) return false;
  const y = Number(m[4]);
  const a = Number(m[1]);
  const b = Number(m[3]);
  return y <= LATEST_BIRTH_YEAR && (plausibleBirthDate(y, b, a) || plausibleBirthDate(y, a, b));
}

/**
 * A bare `patient` member holding a name written `Surname, Given` (a courier manifest's or a
 * specimen list's `{accession, patient: "Lattimore, Josephine", dob}`: red-team round 45). Alone,
 * `patient` holds an id, an object or a status as often; the inverted name's shape, with one part
 * in the gazetteer (neither an everyday word nor a stop word), says it is the patient's name.
 */
const PATIENT_MEMBERS: ReadonlySet<string> = new Set(['patient', 'Patient', 'PATIENT']);
const INVERTED_NAME = /^(\p{Lu}[\p{L}'’-]{1,30}), (\p{Lu}[\p{L}'’-]{1,30})(?: \p{Lu}\.?)?$/u;
function invertedPersonName(value: string): boolean {
  if (value.length > 70) return false;
  const m = INVERTED_NAME.exec(value);
  if (m === null) return false;
  let known = false;
  for (const part of [m[1]!, m[2]!]) {
    for (const word of part.split('-')) {
      const folded = foldName(word);
      if (nameKind(folded) !== 0 && !isEverydayWord(folded) && !isNameStopWord(folded)) known = true;
    }
  }
  return known;
}

/**
 * Whether a member is one shortMemberEntity reads (`addr` in any case, `bd`, `BD`, `patient`): the walks ask
 * this first, on the name alone, so other members' strings are not sliced out for it.
 */
export function isShortShapeMember(member: string): boolean {
  if (isRecipientListMember(member)) return true;
  if (member.length === 2) return member === 'bd' || member === 'BD';
  if (member.length === 7) return PATIENT_MEMBERS.has(member);
  return member.length === 4 && (member.charCodeAt(0) | 32) === 97 && member.toLowerCase() === 'addr';
}

/**
 * The entity of a member `member` (2 to 4 characters, the caller's gate) holding `value`, or null:
 * `addr` with a street line → ADDRESS, `bd` with a birth date → DATE_OF_BIRTH.
 */
export function shortMemberEntity(member: string, value: string): string | null {
  if (isRecipientListMember(member)) return recipientListItems(value).length > 0 ? 'PERSON' : null;
  if (member.length === 4) {
    if (member.toLowerCase() !== 'addr' || value.length < 6 || value.length > 120) return null;
    return STREET_LINE.test(value) ? 'ADDRESS' : null;
  }
  if (member.length === 7) return PATIENT_MEMBERS.has(member) && invertedPersonName(value) ? 'PERSON' : null;
  if (member.length === 2 && (member === 'bd' || member === 'BD'))
    return value.length <= 10 && birthDateShape(value) ? 'DATE_OF_BIRTH' : null;
  return null;
}

/**
 * An HL7 v2 person name (XPN: `Family^Given^Middle`) logged as the value of a pair named by a
 * person's role in a lab, screening or clinical line (`DONOR=Reyes^Carlos^J`, `PATIENT=…`;
 * red-team round 43). Letters only in each component, so an order code (`ADT^A01`, `718-7^Hemoglobin^LN`)
 * is none; the role name gates it, as `GLU^Glucose^L` has a name's shape.
 */
const PERSON_ROLE_KEY = /^(?:donor|patient|pt|subject|applicant|candidate|employee|insured|guarantor|examinee)(?:[_-]?name)?$/i;
const CARET_NAME = /^\p{L}[\p{L}'-]{1,30}\^\p{L}[\p{L}'-]{1,30}(?:\^[\p{L}.]{0,20}){0,3}$/u;

/** Whether `value`, under the pair name `key`, is an HL7 person name (gate: a `^` in the value). */
export function isCaretPersonName(key: string, value: string): boolean {
  return value.length <= 90 && key.length <= 16 && value.indexOf('^') > 0 && PERSON_ROLE_KEY.test(key) && CARET_NAME.test(value);
}

/**
 * A mail's or a meeting's people as one `;`-separated list under `to` / `cc` / `bcc` /
 * `recipients` / `attendees` / `participants` (an Everlaw-style `recipients` field, an EDRM XML
 * `<Tag TagName="#CC" TagValue="…"/>` read under its tag's name, a privilege log's CC cell:
 * `hartwig solberg &lt;hsolberg@…&gt;; imelda castellanos-roux`; red-team round 96 and its
 * leftovers). Alone such a member holds addresses, ids or a team as often, and one name is left
 * to the detectors: two items or more, each a person's name written out (two or three words of
 * letters, all capitalised or all in lower case but for particles, after it maybe its angle
 * address), no word a stop, everyday or organisation word, and one item with a word the name
 * lists know or a double-barrelled surname, make the list a list of people. `Finance Team; Legal`,
 * `attorney-client; work product` stay.
 */
const RECIPIENT_LIST_MEMBERS: ReadonlySet<string> = new Set(['to', 'cc', 'bcc', 'recipients', 'attendees', 'participants']);
export function isRecipientListMember(member: string): boolean {
  return member.length >= 2 && member.length <= 13 && RECIPIENT_LIST_MEMBERS.has(member.replace(/^#/, '').toLowerCase());
}
const LIST_NAME =
  /^(\p{L}[\p{L}'’-]{1,30}(?: (?:van|von|de|der|den|da|di|du|la|le) )?(?: \p{L}[\p{L}'’-]{1,30}){1,2})(?:[ \t]*(?:<[^<>;]{3,254}>|&lt;[^;]{3,254}?&gt;))?[ \t]*$/u;
const LIST_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le']);
const LIST_ORG_WORDS: ReadonlySet<string> = new Set(
  'team teams group legal finance sales marketing support operations department committee board counsel inc llc ltd corp'.split(' '),
);
/** The [start, end) offsets of the names of a `;`-separated list of people in `value`, or none. */
export function recipientListItems(value: string): number[] {
  if (value.length < 9 || value.length > 1000 || value.indexOf(';') < 0) return [];
  const found: number[] = [];
  let evidence = false;
  let lower = -1;
  for (let at = 0; at <= value.length; ) {
    let end = value.indexOf(';', at);
    // `&lt;` and `&gt;` hold a `;` of their own: the item goes on past them.
    while (end > 2 && (value.startsWith('&lt', end - 3) || value.startsWith('&gt', end - 3))) end = value.indexOf(';', end + 1);
    if (end < 0) end = value.length;
    let start = at;
    while (start < end && (value.charCodeAt(start) === 32 || value.charCodeAt(start) === 9)) start++;
    const m = LIST_NAME.exec(value.slice(start, end));
    if (m === null) return [];
    const name = m[1]!;
    let capitals = 0;
    let words = 0;
    for (const word of name.split(' ')) {
      if (LIST_PARTICLES.has(word)) continue;
      words++;
      if (word[0] !== word[0]!.toLowerCase()) capitals++;
      for (const part of word.split(/['’-]/)) {
        const f = foldName(part);
        if (f.length < 2 || isNameStopWord(f) || isEverydayWord(f) || LIST_ORG_WORDS.has(f)) return [];
        if (nameKind(f) !== 0) evidence = true;
      }
      if (word.indexOf('-') > 0) evidence = true;
    }
    // All capitalised or all in lower case, the same in every item.
    const style = capitals === 0 ? 0 : capitals === words ? 1 : -2;
    if (style < 0 || (lower >= 0 && lower !== style)) return [];
    lower = style;
    found.push(start, start + name.length);
    at = end + 1;
  }
  return found.length >= 4 && evidence ? found : [];
}

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
  if (member.length === 2) return member === 'bd' || member === 'BD';
  if (member.length === 7) return PATIENT_MEMBERS.has(member);
  return member.length === 4 && (member.charCodeAt(0) | 32) === 97 && member.toLowerCase() === 'addr';
}

/**
 * The entity of a member `member` (2 to 4 characters, the caller's gate) holding `value`, or null:
 * `addr` with a street line → ADDRESS, `bd` with a birth date → DATE_OF_BIRTH.
 */
export function shortMemberEntity(member: string, value: string): string | null {
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

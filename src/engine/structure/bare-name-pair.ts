import { foldName, nameKind } from '../detect/values/person-names.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { personNameExtent } from './kv-name-extent.js';

/**
 * A bare `NAME=` pair of a text line that is a person's name: legacy and mainframe-bridge logs
 * write a customer record as `key=value` pairs in capitals (`CUSTOMER-REC NAME=LAURA BIANCHI
 * EMAIL=… TEL=…`), where the name reader, which wants mixed case, does not see a name and the key
 * rules leave a bare `name` alone (a service, a cluster, a queue has one). The value is a person's
 * name when all three hold:
 * - it is two to four words, each capitalised or in capitals (personNameExtent), none a word that
 *   is never part of a name, and the first a given name of the gazetteer (`LAURA`; `PROD`,
 *   `BILLING`, a surname at most, do not start a person's name);
 * - the same line holds another pair whose key the key rules call an e-mail, phone or birth date:
 *   the record is a person's.
 * `NAME=PROD CLUSTER`, `NAME=LAURA` alone, `APP_NAME=BILLING API` (not a bare name) stay.
 */
/** nameKind's bit for a given name. */
const GIVEN_NAME = 1;
const PERSON_FIELDS = new Set(['EMAIL', 'PHONE', 'DATE_OF_BIRTH', 'US_SSN']);
/**
 * The bare keys read so: `name`, and the parties of a contract or an account (a document-generation
 * call's `owner=Harold%20Whitcomb&ownerSsn=…&ownerDob=…`, red-team round 37), which alone name a
 * team or a service as often.
 */
const PERSON_KEYS = new Set(['name', 'owner', 'holder', 'applicant', 'borrower', 'beneficiary']);
const FIRST_WORD = /^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F\u1EA0-\u1EF9'’.-]{0,30}$/;
/** The keys of the line's other pairs: a key right before `=`, not inside another word. */
const PAIR_KEY = /(?<![\w.-])([A-Za-z_][\w.-]{0,63})=/g;
/** A blank written as a form encoding does (`%20`, `+`), between two letters. */
const FORM_ENCODED_BLANK = /[A-Za-z\u00C0-\u024F](?:%20|\+)[A-Z\u00C0-\u00DE]/;
const FORM_ENCODED_SPLIT = /%20|\+/;

/**
 * Where the person's name that starts at `start` under the key `key` ends (the bare value read so
 * far ends at `end`), or -1 when the pair is no person's name.
 */
export function bareNamePersonEnd(
  text: string,
  key: string,
  start: number,
  end: number,
  classifyKey: (name: string) => string | null,
): number {
  if (key.length < 4 || key.length > 11 || !PERSON_KEYS.has(key.toLowerCase())) return -1;
  let first = text.slice(start, end);
  let nameEnd: number;
  let rest: string[];
  const encoded = FORM_ENCODED_BLANK.test(first);
  if (encoded) {
    // A form-encoded body or query (`name=Jenny%20Rosen&email=…`, `name=Jenny+Rosen`, HAR postData):
    // the words are parted by `%20` or `+` inside the one bare value (red-team round 34).
    const words = first.split(FORM_ENCODED_SPLIT);
    if (words.length < 2 || words.length > 4) return -1;
    first = words[0]!;
    rest = words.slice(1);
    for (const word of rest) if (!FIRST_WORD.test(word)) return -1;
    nameEnd = end;
  } else {
    nameEnd = personNameExtent(text, end);
    if (nameEnd === end) return -1;
    rest = text.slice(end + 1, nameEnd).split(' ');
  }
  if (!FIRST_WORD.test(first)) return -1;
  if ((nameKind(foldName(first)) & GIVEN_NAME) === 0) return -1;
  for (const word of rest) if (isNameStopWord(foldName(word))) return -1;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', nameEnd);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  PAIR_KEY.lastIndex = 0;
  for (let m = PAIR_KEY.exec(line); m !== null; m = PAIR_KEY.exec(line)) {
    if (lineStart + m.index + m[1]!.length === start - 1) continue; // the name's own pair
    const entity = classifyKey(m[1]!);
    if (entity !== null && PERSON_FIELDS.has(entity)) return nameEnd;
  }
  return -1;
}

/**
 * The two halves of a person's name under short keys that name a half only beside the other half
 * (red-team round 37): an ISO ClaimSearch-style query line `LN=OKAFOR FN=DEREK`, a vendor MVR order
 * URL `…&last=Okafor&first=Derek`, a lender form body `app_fname=Mateo&app_lname=Quispe`. Alone
 * `first=` / `last=` are a page's bounds and `fn=` a function: the key's last word (after `_`,
 * `.` or `-`) must be one of a pair and the line must hold the partner key; both values are one
 * capitalised word or one word in capitals that the name gazetteer holds and that is not everyday
 * English (`first=10`, `first=Next&last=Prev` stay).
 */
const HALF_PARTNERS: ReadonlyMap<string, string> = new Map([
  ['fn', 'ln'],
  ['ln', 'fn'],
  ['first', 'last'],
  ['last', 'first'],
  ['fname', 'lname'],
  ['lname', 'fname'],
]);
const HALF_VALUE = /^[A-Z\u00C0-\u00DE](?:[a-z\u00DF-\u00FF'’-]{1,30}|[A-Z\u00C0-\u00DE'’-]{1,30})$/;

/** Where a bare value of a line or a query ends. */
const HALF_END = /[\s&;,"'\n]/;

/** A capitalised or upper-case word of the gazetteer that is not an everyday English word. */
function isNameHalf(value: string): boolean {
  if (!HALF_VALUE.test(value)) return false;
  const folded = foldName(value);
  return nameKind(folded) !== 0 && !isNameStopWord(folded) && !isEverydayWord(folded);
}

/**
 * The surname halves, which a lookup also sends without the given name: a claimant search
 * `?ssn=…&last=Whitfield&dob=…` (red-team round 46). Beside a pair whose key the key rules call
 * an SSN or a birth date (ID_FIELDS), the line is a person's record and `last` its surname.
 */
const SURNAME_HALVES = new Set(['last', 'ln', 'lname']);
const ID_FIELDS = new Set(['US_SSN', 'DATE_OF_BIRTH']);

/** Whether the bare value `text[start, end)` under `key` is half of a person's name (see HALF_PARTNERS, SURNAME_HALVES). */
export function isNameHalfPair(
  text: string,
  key: string,
  start: number,
  end: number,
  classifyKey?: (name: string) => string | null,
): boolean {
  if (key.length > 16 || end - start < 2 || end - start > 31) return false;
  const cut = Math.max(key.lastIndexOf('_'), key.lastIndexOf('.'), key.lastIndexOf('-'));
  const half = (cut < 0 ? key : key.slice(cut + 1)).toLowerCase();
  const partner = HALF_PARTNERS.get(half);
  if (partner === undefined || !isNameHalf(text.slice(start, end))) return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).toLowerCase();
  if (classifyKey !== undefined && SURNAME_HALVES.has(half)) {
    PAIR_KEY.lastIndex = 0;
    for (let m = PAIR_KEY.exec(line); m !== null; m = PAIR_KEY.exec(line)) {
      const entity = classifyKey(m[1]!);
      if (entity !== null && ID_FIELDS.has(entity)) return true;
    }
  }
  const needle = `${partner}=`;
  for (let at = line.indexOf(needle); at !== -1; at = line.indexOf(needle, at + needle.length)) {
    const before = at === 0 ? 32 : line.charCodeAt(at - 1);
    // The partner is a whole key or its last word (`app_lname=`), not the tail of a word (`kiln=`),
    // and its value is a name's half too (`first=Derek&last=10` is no name).
    if ((before >= 97 && before <= 122) || (before >= 48 && before <= 57)) continue;
    const from = lineStart + at + needle.length;
    let to = from;
    while (to < text.length && to - from <= 31 && !HALF_END.test(text[to]!)) to++;
    if (isNameHalf(text.slice(from, to))) return true;
  }
  return false;
}

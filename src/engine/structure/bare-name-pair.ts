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
/** A role's name key of a form body (`lead_name`, `contact_name`, `signer_name`). */
const ROLE_NAME_KEY = /^[a-z]{3,12}_name$/i;

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
  if (key.length < 4 || key.length > 20) return -1;
  let first = text.slice(start, end);
  const encoded = FORM_ENCODED_BLANK.test(first);
  // In a form-encoded body a role's `…_name` too (a texting platform's inbound webhook
  // `lead_name=Marcellus%20Adeyemi-Crane&phone=…`: red-team round 102), beside a phone or an e-mail.
  if (!(key.length <= 11 && PERSON_KEYS.has(key.toLowerCase())) && !(encoded && ROLE_NAME_KEY.test(key))) return -1;
  let nameEnd: number;
  let rest: string[];
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

/** One lower-case word (a name half a sync job logged in lower case). */
const LOWER_HALF_VALUE = /^[a-z](?:[a-z'’-]{1,30})$/;
/**
 * The person a half's key names before the half (`client_last`, `owner_first`, `cust_fname`): a
 * log line written in lower case names its halves so too (`client_last=mcgillicuddy
 * client_first=ravenna` of a PIMS-to-CRM sync; red-team round 99), read as a capitalised half is.
 */
const PERSON_HALF_PREFIXES = new Set(['client', 'owner', 'cust', 'customer', 'patient', 'pt', 'member', 'guest', 'contact']);

/** A capitalised or upper-case word of the gazetteer that is not an everyday English word (`lower`: or one in lower case). */
function isNameHalf(value: string, lower = false): boolean {
  if (!HALF_VALUE.test(value) && !(lower && LOWER_HALF_VALUE.test(value))) return false;
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

/**
 * The French, Italian / Portuguese and Spanish word for a name as a form's key (`nom`, `nome`,
 * `nombre`; stop 47, leftovers of red-team round 101): alone a product's or a place's as often
 * (url.ts LOCAL_NAME_PARAM), but beside the key of the name's other half in the same line (a
 * condolence form's body `nom=Lacombe-Ribeiro&prenom=…`, `cognome=…&nome=…`, `nombre=…&apellidos=…`)
 * the half of a person's name: one capitalised word (a double-barrelled one too) or one in capitals
 * that is no stop or everyday word. The partner key is a person's field by itself, so the
 * gazetteer is not asked (a Basque or a double-barrelled name is not in it).
 */
const LOCAL_HALF_PARTNERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['nom', ['prenom', 'prénom', 'prenoms', 'prénoms']],
  ['nome', ['cognome', 'sobrenome', 'apelido']],
  ['nombre', ['apellidos', 'apellido', 'apellido1', 'primer_apellido']],
]);
const LOCAL_HALF_VALUE = /^\p{Lu}[\p{Ll}\p{M}'’]{1,30}(?:-\p{Lu}[\p{Ll}\p{M}'’]{1,30})?$|^\p{Lu}[\p{Lu}\p{M}'’-]{1,30}$/u;
function isLocalNameHalf(text: string, key: string, start: number, end: number): boolean {
  const partners = LOCAL_HALF_PARTNERS.get(key.toLowerCase());
  if (partners === undefined) return false;
  const value = text.slice(start, end);
  if (!LOCAL_HALF_VALUE.test(value)) return false;
  const folded = foldName(value);
  if (isNameStopWord(folded) || isEverydayWord(folded)) return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).toLowerCase();
  for (const partner of partners) {
    const needle = `${partner}=`;
    for (let at = line.indexOf(needle); at !== -1; at = line.indexOf(needle, at + needle.length)) {
      const before = at === 0 ? 38 : line.charCodeAt(at - 1);
      // A whole key after `&`, `?`, `;` or a blank, with a value after it.
      if ((before === 38 || before === 63 || before === 59 || before === 32) && HALF_VALUE_START.test(line.charAt(at + needle.length)))
        return true;
    }
  }
  return false;
}
const HALF_VALUE_START = /[\p{L}]/u;

/** Whether the bare value `text[start, end)` under `key` is half of a person's name (see HALF_PARTNERS, SURNAME_HALVES). */
export function isNameHalfPair(
  text: string,
  key: string,
  start: number,
  end: number,
  classifyKey?: (name: string) => string | null,
): boolean {
  if (key.length > 16 || end - start < 2 || end - start > 31) return false;
  if (key.length <= 6 && isLocalNameHalf(text, key, start, end)) return true;
  const cut = Math.max(key.lastIndexOf('_'), key.lastIndexOf('.'), key.lastIndexOf('-'));
  const half = (cut < 0 ? key : key.slice(cut + 1)).toLowerCase();
  const partner = HALF_PARTNERS.get(half);
  if (partner === undefined) return false;
  const lower = cut > 0 && PERSON_HALF_PREFIXES.has(key.slice(0, cut).toLowerCase());
  if (!isNameHalf(text.slice(start, end), lower)) return false;
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
    if (isNameHalf(text.slice(from, to), lower)) return true;
  }
  return false;
}

/**
 * A person's name in capitals or capitalised words right before the pairs of a lookup that failed
 * on them (red-team round 46: an identity-proofing log `resolution failed for FAKEY MCFAKERSON
 * dob=… ssn=…`): after `for`, `of` or a party word, two to four words, each a capital and letters
 * (an initial allowed), none a word that is never part of a name nor everyday English, then the
 * pair whose key the key rules call a birth date or an SSN. Read only at such a pair (kv.ts), so
 * a line without one costs nothing; `retry for TEST USER dob=` and `for SSN DOB ssn=` stay.
 */
const NAME_BEFORE_PAIR =
  /(?:^|[\s:(])(?:for|of|user|applicant|subject|claimant|customer|taxpayer)[ \t]+((?:[A-Z][A-Za-z'’-]{1,30}|[A-Z]\.?)(?:[ \t]+(?:[A-Z][A-Za-z'’-]{1,30}|[A-Z]\.?)){1,3})[ \t]+$/;
const ID_PAIR_FIELDS = new Set(['US_SSN', 'DATE_OF_BIRTH']);

/** The [start, end) of a person's name right before the pair whose key starts at `k` under `entity` (see NAME_BEFORE_PAIR), or null. */
export function nameBeforeIdPair(text: string, k: number, entity: string): readonly [number, number] | null {
  if (!ID_PAIR_FIELDS.has(entity) || k < 8) return null;
  const c = text.charCodeAt(k - 1);
  if (c !== 32 && c !== 9) return null;
  const from = Math.max(0, k - 140);
  const m = NAME_BEFORE_PAIR.exec(text.slice(from, k));
  if (m === null) return null;
  const words = m[1]!.split(/[ \t]+/);
  // Capitalised words start with a given name of the gazetteer; words in capitals are four
  // letters or more (`SSN DOB`, `STATE ID` are labels), or initials.
  const capitals = m[1] === m[1]!.toUpperCase();
  if (!capitals && (nameKind(foldName(words[0]!)) & GIVEN_NAME) === 0) return null;
  let long = 0;
  for (const word of words) {
    const letters = word.replace(/\.$/, '');
    const folded = foldName(letters);
    if (letters.length > 1 && letters.length < (capitals ? 4 : 2)) return null;
    if (letters.length > 1) long++;
    if (isNameStopWord(folded) || isEverydayWord(folded)) return null;
  }
  if (long < 2) return null;
  const start = from + m.index + m[0].length - m[1]!.length - (m[0].length - m[0].trimEnd().length);
  const end = start + m[1]!.length;
  return [start, end];
}

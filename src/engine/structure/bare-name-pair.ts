import { foldName, nameKind } from '../detect/values/person-names.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
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
const PERSON_FIELDS = new Set(['EMAIL', 'PHONE', 'DATE_OF_BIRTH']);
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
  if (key.length !== 4 || key.toLowerCase() !== 'name') return -1;
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

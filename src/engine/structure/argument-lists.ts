import { foldName, nameKind } from '../detect/values/person-names.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import type { TextScan } from '../detect/types.js';
import { keptUnderKey, pushSpan, type SpanContext } from './types.js';

/**
 * A person's name alone in a job's argument list: Resque (`Failed job: (Job{mailers} | SignupMailer
 * | ["Yusuf Demir", "yusuf.demir@example.com.tr"])`), Sidekiq and ActiveJob `args: [...]`, Hangfire
 * `SendInvoice("…", "…", 1299.00)` carry a mailer's arguments with no names, and the name reader
 * needs a lead word or a strong surname to take two capitalised words alone. A quoted string of a
 * bracketed or parenthesised list of literals (quoted strings, numbers, null / true / false) is
 * masked as PERSON (detector `structure:argument_list`) when:
 * - it is two to four capitalised words (or words in capitals), none a word that is never part of
 *   a name, the first a given name of the gazetteer (common or rare), or its first and last words
 *   both in the local part of an e-mail address of the list (`Yusuf Demir`, `yusuf.demir@…`);
 * - another string of the same list is an e-mail address or an international or NANP phone number:
 *   the arguments are a person's contact.
 * `["Billing Team", "ops@example.com"]`, `["Yusuf Demir"]` alone and prose in quotes stay.
 */
const LIST =
  /[[(][ \t]*((?:"(?:[^"\\\n]|\\.){0,256}"|'(?:[^'\\\n]|\\.){0,256}'|[-+]?\d[\d.]{0,31}|null|nil|None|true|false)(?:[ \t]*,[ \t]*(?:"(?:[^"\\\n]|\\.){0,256}"|'(?:[^'\\\n]|\\.){0,256}'|[-+]?\d[\d.]{0,31}|null|nil|None|true|false)){1,31})[ \t]*[\])]/g;
const QUOTED = /"((?:[^"\\\n]|\\.){0,256})"|'((?:[^'\\\n]|\\.){0,256})'/g;
const NAME_SHAPE =
  /^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F\u1EA0-\u1EF9'’-]{1,30}(?: [A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F\u1EA0-\u1EF9'’-]{1,30}){1,3}$/;
const EMAIL_SHAPE = /^[^\s@"']{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}$/;
const PHONE_SHAPE = /^(?:\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,5}|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4})$/;
/** nameKind's bits for a given name, common or rare. */
const GIVEN_NAME = 1 | 4;

/** Cheap gate: a quote right after a list's opening bracket or parenthesis. */
export function mayHoldArgumentList(text: string): boolean {
  return text.indexOf('["') >= 0 || text.indexOf('("') >= 0 || text.indexOf("['") >= 0 || text.indexOf("('") >= 0;
}

export function argumentListSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  LIST.lastIndex = 0;
  for (let m = LIST.exec(text); m !== null; m = LIST.exec(text)) {
    const items = m[1]!;
    const itemsAt = m.index + m[0].indexOf(items);
    const names: [number, string][] = [];
    const mailboxes: string[] = [];
    let contact = false;
    QUOTED.lastIndex = 0;
    for (let q = QUOTED.exec(items); q !== null; q = QUOTED.exec(items)) {
      const value = q[1] ?? q[2]!;
      if (EMAIL_SHAPE.test(value)) mailboxes.push(foldName(value.slice(0, value.indexOf('@'))));
      else if (PHONE_SHAPE.test(value)) contact = true;
      else if (NAME_SHAPE.test(value)) names.push([itemsAt + q.index + 1, value]);
    }
    if (!contact && mailboxes.length === 0) continue;
    for (const [at, value] of names) {
      if (isPersonName(value, mailboxes) && !keptUnderKey(undefined, value, 'PERSON'))
        pushSpan(ctx, text, at, at + value.length, 'PERSON', 'structure:argument_list');
    }
  }
}

/** A name-shaped string (NAME_SHAPE) that is a person's, the list's mailboxes' local parts folded. */
function isPersonName(value: string, mailboxes: readonly string[]): boolean {
  const words = value.split(' ').map(foldName);
  if (words.some(isNameStopWord)) return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return (nameKind(first) & GIVEN_NAME) !== 0 || mailboxes.some((m) => m.includes(first) && m.includes(last));
}

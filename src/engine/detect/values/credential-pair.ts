import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';

/**
 * The password of an `email:password`, `email | password` or `email / password` pair (and
 * `email;password` ending its line, combo lists' other separator: red-team round 86): the line format of credential
 * dumps, combo lists and phishing-kit logs, which incident tickets, threat-intel notes and DLP
 * incidents quote. The address is the email detector's; this masks what follows its separator.
 *
 * A password here has a letter and a digit or a symbol, no blank, no slash (`git@host:org/repo`,
 * `user@host:~/dir` are paths) and is 6–64 characters long; a port (`:8080`), a word (`| Active`)
 * and an ISO timestamp stay. Each `@` costs a scan of the domain after it.
 */
export const emailPasswordPair: ValueDetector = {
  ...detectorFields({
    id: 'email_password_pair',
    entity: 'SECRET',
    description:
      'Passwords in email:password, email | password and email / password pairs (credential dumps, phishing-kit logs, shared logins)',
    validation:
      'an e-mail address, then `:` (no blank), `;` (no blank, the pair ending its line), `|` (blanks allowed) or ` / ` (a blank each side), then 6–64 characters without blanks or slashes, with a letter and a digit or a symbol',
    context: false,
    example: 'erika.mustermann@example.de | Sommer2024!',
    prefilter: (s) => s.text.indexOf('@') !== -1,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
      if (at === 0 || !isLocalChar(text.charCodeAt(at - 1))) continue;
      const domainEnd = endOfDomain(text, at + 1);
      if (domainEnd < 0) continue;
      const start = passwordStart(text, domainEnd);
      if (start < 0) continue;
      let end = start;
      while (end < text.length && end - start <= 64 && !endsPassword(text.charCodeAt(end))) end++;
      const password = text.slice(start, end);
      // After ` / ` a second address is a list of two (`a@x.com / b@y.com`), not a login.
      if (!isPassword(password) || (text.charCodeAt(start - 2) === 47 && password.indexOf('@') >= 0)) continue;
      // After `;` (a combo list's other separator) only what ends the line: an address list
      // (`a@x.com;b@y.com`) and a `;`-separated row's next cell stay.
      if (text.charCodeAt(start - 1) === 59 && (password.indexOf('@') >= 0 || !endsLine(text, end))) continue;
      // After `|`, an address alone in the fourth cell or later of a pipe row is a log row's
      // (`time|event|result|ip|e-mail|device` of an auth service; red-team round 88): the next cell
      // is its device or status, not a password. Combo lists and stealer rows put the address first
      // or second; a labelled cell (`payeeEmail:…|altPhone:…`) is read as before.
      if (text.charCodeAt(passwordSeparator(text, start)) === 124 && opensPipeCell(text, at) && pipesBefore(text, at) >= 3) continue;
      out.push({ start, end, entity: 'SECRET', detector: 'email_password_pair', normalized: password, priority });
      at = end;
    }
  },
};

function isLocalChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45 || c === 43;
}

/** Where the domain that starts at `from` ends (it must hold a dot and end in a letter), or -1. */
function endOfDomain(text: string, from: number): number {
  let i = from;
  let dot = false;
  while (i < text.length && i - from <= 253) {
    const c = text.charCodeAt(i);
    if (c === 46) dot = true;
    else if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45)) break;
    i++;
  }
  const last = text.charCodeAt(i - 1);
  return dot && ((last >= 97 && last <= 122) || (last >= 65 && last <= 90)) ? i : -1;
}

/**
 * After the address: `:` right before the password, `|` with up to one blank each side, or ` / `
 * with one blank each side (`use my test login ana@example.com / Figma#Pass2024`, as people write
 * a login in a comment; without the blanks `/` starts a path).
 */
function passwordStart(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === 58 || first === 59) return text.charCodeAt(at + 1) > 32 ? at + 1 : -1;
  let i = at;
  if (text.charCodeAt(i) === 32) i++;
  const separator = text.charCodeAt(i);
  if (separator !== 124 && !(separator === 47 && i > at && text.charCodeAt(i + 1) === 32)) return -1;
  i++;
  if (text.charCodeAt(i) === 32) i++;
  return text.charCodeAt(i) > 32 ? i : -1;
}

/** Whether only blanks stand between `at` and the end of its line. */
function endsLine(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i >= text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

/** Blanks, quotes, `|`, `,`, `;`, `<`, `>` end the password. */
function endsPassword(c: number): boolean {
  return c <= 32 || c === 124 || c === 44 || c === 59 || c === 34 || c === 39 || c === 60 || c === 62;
}

const LETTER = /[A-Za-z]/;
const DIGIT_OR_SYMBOL = /[0-9!#$%^&*?+=~@]/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T/;

function isPassword(p: string): boolean {
  if (p.length < 6 || p.length > 64) return false;
  // A sentence's full stop after the pair is not part of it; a path or a URL is no password.
  if (p.indexOf('/') >= 0 || p.indexOf('\\') >= 0) return false;
  return LETTER.test(p) && DIGIT_OR_SYMBOL.test(p) && !ISO_TIME.test(p);
}

/** Where the separator before the password at `start` stands (blanks before `start` skipped). */
function passwordSeparator(text: string, start: number): number {
  let i = start - 1;
  while (i > 0 && text.charCodeAt(i) === 32) i--;
  return i;
}

/** How many `|` stand on the line before `at`, counting up to 3. */
function pipesBefore(text: string, at: number): number {
  let count = 0;
  for (let i = at - 1; i >= 0 && count < 3; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c === 124) count++;
  }
  return count;
}

/** Whether the address whose `@` is at `at` opens its pipe cell: a `|` (and blanks) right before its local part. */
function opensPipeCell(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 64 && isLocalChar(text.charCodeAt(i))) i--;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  return i >= 0 && text.charCodeAt(i) === 124;
}

/**
 * A person's name written as a Windows or directory login: `given.family` (`johanna.lorenz`,
 * `Nestor.Wilke`), optionally after a domain (`CONTOSO\miriam.graham`), as EDR, SIEM and Windows
 * Security events write UserName, TargetUserName, `Account Name:` and `User:` (red-team round 57).
 * Logins stay by default (README); this one is a full name, so it goes as a name does. Both parts
 * must be in the name lists (a given name, common or rare, then a surname), neither an everyday word: `jdoe`,
 * `svc_backup`, `mark.down`, `max.depth`, `index.html` stay.
 *
 * Two readers: the whole value of a short string (a JSON member `"UserName": "alex.wilber"`, whose
 * name the value does not carry; an O(1) length test first), and, in longer text, a value right
 * after a user or account label (`Account Name:\t\tjohanna.lorenz`, `User: CONTOSO\…`,
 * `usrName=…`, `<Data Name="User">…`).
 */
import { regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE, SURNAME, WORDLIKE_GIVEN } from './person-names.js';

function isLoginName(given: string, family: string): boolean {
  const g = foldName(given);
  const f = foldName(family);
  if ((nameKind(g) & (GIVEN | RARE)) === 0 || (nameKind(f) & SURNAME) === 0) return false;
  if (WORDLIKE_GIVEN.has(g) || isEverydayWord(g) || isEverydayWord(f) || isNameStopWord(g) || isNameStopWord(f)) return false;
  return true;
}

/** `given.family` in one case style: both lower case, or both capitalised. */
const PARTS = /^(?:([a-z]{2,20})\.([a-z]{2,25})|([A-Z][a-z]{1,19})\.([A-Z][a-z]{1,24}))$/;

function loginName(v: string): string | undefined {
  const p = PARTS.exec(v);
  if (p === null) return undefined;
  return isLoginName(p[1] ?? p[3]!, p[2] ?? p[4]!) ? v : undefined;
}

export const loginNameValue = regexDetector({
  id: 'login_name_value',
  entity: 'PERSON',
  description: 'A full name written as a login (`johanna.lorenz`, `CONTOSO\\nestor.wilke`) as a whole short value',
  validation: 'given name, a dot, surname, both in the name lists and neither an everyday word; after an optional DOMAIN\\',
  context: false,
  example: 'johanna.lorenz',
  prefilter: (s) => s.text.length >= 5 && s.text.length <= 48 && s.text.indexOf('.') > 0,
  pattern: /^(?:[A-Za-z][\w-]{0,14}\\)?([A-Za-z][a-z]{1,19}\.[A-Za-z][a-z]{1,24})$/dg,
  group: 1,
  validate: loginName,
});

export const loginNameAfterLabel = regexDetector({
  id: 'login_name_after_label',
  entity: 'PERSON',
  description: 'A full name written as a login after a user or account label (`Account Name: johanna.lorenz`, `User: CONTOSO\\…`)',
  validation:
    'after user / username / usrName / suser / duser / ruser / acct / account name / logname and `:`, `=` or `">`: given name, a dot, surname, both in the name lists',
  context: false,
  example: 'Account Name: johanna.lorenz',
  // With their `:` / `=` / `">`: a bare `user` opens on every prompt's `user` and `users` (a
  // chat transcript's `User:` still opens it).
  keywords: ['user:', 'user=', 'user">', 'username=', 'username:', 'account name:', 'usrname=', 'logname=', 'acct='],
  prefilter: (s) => s.text.indexOf('.') > 0,
  pattern:
    /(?<![\w-])(?:[sdr]?user(?:name)?|usrName|logname|acct|account[ _]?name)(?:\s*[:=]\s*["']?|">)(?:[A-Za-z][\w-]{0,14}\\{1,2})?([A-Za-z][a-z]{1,19}\.[A-Za-z][a-z]{1,24})(?![\w@.-]|\.\w)/dgi,
  group: 1,
  validate: loginName,
});

/**
 * A person's name written as a Windows or directory login: `given.family` (`johanna.lorenz`,
 * `Nestor.Wilke`), optionally after a domain (`CONTOSO\miriam.graham`), as EDR, SIEM and Windows
 * Security events write UserName, TargetUserName, `Account Name:` and `User:` (red-team round 57).
 * Other logins are USERNAME (loginAfterLabel below, keys.ts); this one is a full name, so it goes as a name does. Both parts
 * must be in the name lists (a given name, common or rare, then a surname), neither an everyday word: `jdoe`,
 * `svc_backup`, `mark.down`, `max.depth`, `index.html` stay.
 *
 * Two readers: the whole value of a short string (a JSON member `"UserName": "alex.wilber"`, whose
 * name the value does not carry; an O(1) length test first), and, in longer text, a value right
 * after a user or account label (`Account Name:\t\tjohanna.lorenz`, `User: CONTOSO\…`,
 * `usrName=…`, `<Data Name="User">…`).
 */
import type { Span, TextScan, ValueDetector } from '../types.js';
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
    'after user / username / usrName / suser / duser / ruser / acct / account name / logname and `:`, `=` or `">`, or after the word user / account and a blank: given name, a dot, surname, both in the name lists',
  context: false,
  example: 'Account Name: johanna.lorenz',
  // With their `:` / `=` / `">`: a bare `user` opens on every prompt's `user` and `users` (a
  // chat transcript's `User:` still opens it).
  // `Account camille.dubois also ran`, `user emma.larsen` in prose (stop 38): the word and a blank.
  keywords: ['user:', 'user=', 'user">', 'username=', 'username:', 'account name:', 'usrname=', 'logname=', 'acct=', 'account ', 'user '],
  prefilter: (s) => s.text.indexOf('.') > 0,
  pattern:
    /(?<![\w-])(?:(?:[sdr]?user(?:name)?|usrName|logname|acct|account[ _]?name)(?:\s*[:=]\s*["']?|">)|(?:account|user)[ \t]+)(?:[A-Za-z][\w-]{0,14}\\{1,2})?([A-Za-z][a-z]{1,19}\.[A-Za-z][a-z]{1,24})(?![\w@.-]|\.\w)/dgi,
  group: 1,
  validate: loginName,
});

/**
 * A person's login is personal data and is masked as USERNAME (stop 37) under a user-account
 * field (keys.ts: `TargetUserName`, `SamAccountName`, `UserName`, `user.name`, `login`, …) and
 * after a login label in text (loginAfterLabel). System, service and role accounts stay: this is
 * the one stop-list. Kept: Windows built-in principals (`SYSTEM`, `LOCAL SERVICE`, `NETWORK
 * SERVICE`, `ANONYMOUS LOGON`, `DWM-3`, `UMFD-0`), machine accounts ending in `$`, the Unix and
 * image accounts (`root`, `nobody`, `daemon`, `www-data`, `ec2-user`, `ubuntu`, `postgres`,
 * `mysql`, `jenkins`, `gitlab-runner`, …), role accounts (`admin`, `administrator`, `guest`),
 * service and database accounts (`svc_…`, `svc-…`, `…-svc`, `sa-…`, `app_…`, `…_app`,
 * `…_reader`, `…_writer`, `…_ro`, `…_rw`), bots (`dependabot[bot]`,
 * `github-actions`, `deploy-bot`), PyPI's `__token__`, `-` and empty values. A value without a
 * login's shape (digits, a UUID, an account id, an e-mail, text) is read as any text instead. The domain of
 * `DOMAIN\user` is not looked at (`NT AUTHORITY\SYSTEM` stays by its user part).
 */
const SYSTEM_ACCOUNTS = new Set([
  'system',
  'localsystem',
  'local service',
  'localservice',
  'network service',
  'networkservice',
  'anonymous logon',
  'anonymous',
  'root',
  'admin',
  'administrator',
  'administrators',
  'guest',
  'nobody',
  'daemon',
  'bin',
  'sys',
  'sync',
  'www-data',
  'www',
  'apache',
  'nginx',
  'httpd',
  'ec2-user',
  'ubuntu',
  'centos',
  'debian',
  'azureuser',
  'opc',
  'postgres',
  'mysql',
  'oracle',
  'redis',
  'mongodb',
  'elasticsearch',
  'kibana',
  'jenkins',
  'tomcat',
  'deploy',
  'deployer',
  'backup',
  'gitlab-runner',
  'git',
  'github-actions',
  '__token__',
  'sshd',
  'syslog',
  'postfix',
  'krbtgt',
  'defaultaccount',
  'wdagutilityaccount',
  'unknown',
  'n/a',
  'none',
  'null',
  'undefined',
  '-',
]);
const SYSTEM_ACCOUNT_SHAPE =
  /^(?:(?:dwm|umfd)-\d{1,3}|.*\$|(?:svc|sa|app|etl)[_-].*|.*[_-](?:svc|bot|service|app|reader|writer|readonly|ro|rw)|.*\[bot\])$/i;
/**
 * An account's id rather than its login, which stays too: a letter or two and digits first (Slack
 * `U024BE7LH`, `u_5521`, `u-7x9k2m`), a short prefix, a dash or underscore and digits (`B-00912277`,
 * `usr_88211`), or 12 or
 * more capitals and digits (`IR7VJHJ36JHINBFAD7V2T5MP3E`).
 */
const ACCOUNT_ID_SHAPE = /^(?:[A-Za-z]{1,2}[_-]?\d[A-Za-z0-9]*|[A-Za-z]{1,4}[_-]\d[\dA-Z]*|(?=[A-Z]*\d)[A-Z0-9]{12,})$/;

/** A login's shape (after its `DOMAIN\`): a letter, then letters, digits, `.`, `_`, `-`; an id's shape is none. */
export function isLoginShaped(login: string): boolean {
  return login.length <= 32 && /^[A-Za-z][\w.-]*\$?$/.test(login) && !ACCOUNT_ID_SHAPE.test(login);
}

/** Whether a login (without its `DOMAIN\`) is a system, service or role account, which stays. */
export function isSystemAccount(login: string): boolean {
  const v = login.trim();
  return v.length === 0 || SYSTEM_ACCOUNTS.has(v.toLowerCase()) || SYSTEM_ACCOUNT_SHAPE.test(v);
}

/** The length of a `DOMAIN\` (or `DOMAIN\\`) before a login, or 0: `CONTOSO\`, `NT AUTHORITY\`. */
export function loginDomainLength(value: string): number {
  const cut = value.indexOf('\\');
  if (cut <= 0 || cut > 24) return 0;
  const end = value.charCodeAt(cut + 1) === 92 ? cut + 2 : cut + 1;
  return end < value.length && /^[A-Za-z][\w .-]*$/.test(value.slice(0, cut)) && value.indexOf('\\', end) < 0 ? end : 0;
}

/**
 * A Windows account SID of a domain or machine user (`S-1-5-21-<three sub-authorities>-<RID>`,
 * RID 1000 or more: accounts created after install): the id of one person's account. Well-known
 * SIDs (`S-1-5-18`, `S-1-5-32-544`) and the built-in accounts and groups (RID 500–999:
 * Administrator, Guest, Domain Admins) stay.
 */
export const windowsAccountSid = regexDetector({
  id: 'windows_account_sid',
  entity: 'ACCOUNT_ID',
  description: 'A Windows account SID of a user (`S-1-5-21-…-1107`, RID 1000 or more)',
  validation: 'S-1-5-21-, three sub-authorities, then a relative id of 1000 or more; well-known SIDs and RIDs below 1000 stay',
  context: false,
  example: 'S-1-5-21-3623811015-3361044348-30300820-1013',
  keywords: ['s-1-5-21-'],
  prefilter: (s) => s.text.length >= 20,
  // After a blank, a quote, or a dash that glues it to a name (a scheduled task's `…Update
  // Task-S-1-5-21-…-1155`, stop 38).
  pattern: /(?<!\w)S-1-5-21-\d{1,10}-\d{1,10}-\d{1,10}-(\d{4,10})(?![\w-])/g,
  validate: (v) => (Number(v.slice(v.lastIndexOf('-') + 1)) >= 1000 ? v : undefined),
});

function personLogin(v: string): string | undefined {
  if (isSystemAccount(v) || !isLoginShaped(v) || loginName(v) !== undefined) return undefined;
  return v;
}

/**
 * A person's login in log text after a login label (stop 37): `Account Name:\t\tkoconnor`
 * (Windows rendered events), `user=` / `suser=` / `duser=` / `usrName=` / `logname=` / `acct=` /
 * ausearch's `AUID="…"` (key=value, LEEF, CEF, auditd), OpenSSH `Accepted password for …`, `Failed
 * publickey for invalid user …`, PAM `session opened for user …`, and sudo's `sudo[1]:  user : TTY=`.
 * The domain of `DOMAIN\user` stays. System and service accounts stay (isSystemAccount); a login
 * that is a full name is login_name_after_label's (a PERSON); a bare `User:` is no label here (a
 * chat transcript's speaker).
 */
export const loginAfterLabel = regexDetector({
  id: 'login_after_label',
  entity: 'USERNAME',
  description: 'A login after a login label in log text (`Account Name: kwilson`, `acct=kwilson`, sshd `Accepted password for kwilson`)',
  validation:
    'after Account Name:, user= / suser= / duser= / ruser= / username= / usrName= / logname= / acct=, a quoted auid= / uid= (ausearch -i), sshd `… for [invalid user]`, PAM `for user`, or sudo `name : TTY=`; not a system, service or role account',
  context: false,
  example: 'Accepted password for kwilson from 203.0.113.9 port 52144 ssh2',
  keywords: [
    'account name:',
    'user=',
    'username=',
    'usrname=',
    'logname=',
    'acct=',
    'uid="',
    'accepted password for',
    'failed password for',
    'accepted publickey for',
    'failed publickey for',
    'invalid user ',
    'opened for user ',
    'closed for user ',
    ' : tty=',
  ],
  prefilter: (s) => s.text.length >= 6,
  pattern:
    /(?:(?<![\w.-])(?:account[ _]?name:[ \t]*|(?:[sdr]?user|user[_-]?name|usrname|logname|acct)=["']?|(?:a|e|fs|s|o)?uid=["'])|(?:accepted|failed) (?:password|publickey|keyboard-interactive\/pam) for (?:invalid user |(?!invalid user ))|invalid user |session (?:opened|closed) for user |sudo(?:\[\d{1,10}\])?:[ \t]{1,4}(?=[^\s:]{1,64} : (?:TTY|PWD|USER|COMMAND)=))(?:[A-Za-z][\w-]{0,14}\\{1,2})?([A-Za-z](?:[\w.-]{0,62}[\w$])?)(?![\w@\\$/-]|\.\w)/dgi,
  group: 1,
  validate: personLogin,
});

/** Windows' own principals' "domains" (`NT AUTHORITY\`, `BUILTIN\`, `IIS APPPOOL\`) and registry hives, whose names stay. */
const NO_PERSON_DOMAIN = /^(?:BUILTIN|AUTHORITY|SERVICE|APPPOOL|MANAGER|HOST|MACHINE|WORKGROUP|HKLM|HKCU|HKU|HKCR|HKCC|HKEY)$/;
/** Folders written in capitals before a file or folder (`SRC\main`, `DOCS\readme`), no domains. */
const FOLDER_WORD =
  /^(?:SRC|DOCS?|BIN|OBJ|LIB|TEMP|TMP|DATA|LOGS?|APPS?|TOOLS|CONFIG|CONF|BUILD|DIST|OUT|TESTS?|SCRIPTS|FILES|BACKUPS?|SHARED?|PUBLIC|HOME|USERS|WINDOWS|SYSTEM32|DRIVERS|ETC|INCLUDE|ASSETS|RELEASE|DEBUG|X64|X86|ARM64)$/;
/** A file's extension after a login-shaped name (`main.ts`, `run.ps1`): a file, not a login. */
const FILE_EXTENSION =
  /\.(?:[a-z]{1,2}|ts|js|mjs|cjs|py|ps1|psm1|bat|cmd|vbs|exe|dll|sys|msi|lnk|txt|log|csv|tsv|xml|json|yaml|yml|ini|cfg|conf|md|pdf|docx?|xlsx?|pptx?|zip|tmp|dat|bak|iso|img|key|pem|pfx|cer|crt|sql|db|html?|png|jpe?g|gif)$/i;

function domainLogin(v: string, scan: { text: string }, start: number): string | undefined {
  if (!/[a-z]/.test(v) || isSystemAccount(v) || !isLoginShaped(v) || loginName(v) !== undefined) return undefined;
  // A capitalised word is a group's or a folder's name (`CORP\Finance`); a login is lower case or mixed (`GradyA`).
  if (/^[A-Z][a-z]+$/.test(v) || isEverydayWord(v.toLowerCase()) || FILE_EXTENSION.test(v)) return undefined;
  // An escape after the backslash (`…MR\rPV1|…` of an HL7 message logged escaped, `\nDone`).
  if (/^[nrtbfv][^a-z]/.test(v)) return undefined;
  const text = scan.text;
  let cut = start - 1;
  if (text.charCodeAt(cut - 1) === 92) cut--;
  let d = cut;
  while (d > 0 && cut - d < 16 && /[A-Z0-9-]/.test(text[d - 1]!)) d--;
  const domain = text.slice(d, cut);
  return NO_PERSON_DOMAIN.test(domain) || FOLDER_WORD.test(domain) ? undefined : v;
}

/**
 * A person's login after a NetBIOS domain, `CONTOSO\pgupta`, wherever it stands (stop 38): as EDR
 * and SIEM records write an account under names no rule reads (Sysmon `User`, Sentinel `Account`,
 * Sophos `source`, Cortex XDR `actor_effective_username`, Carbon Black `process_username`) and in
 * command lines and prose (`cmdkey /user:CONTOSO\GradyA`, `schtasks /u CORP\koconnor`, `launched by
 * user CORP\lmarchetti`). The domain is 2–15 capitals, digits or `-` where a word starts (not a
 * path's folder, not `C:`, `%APPDATA%`, `\\server`); the login has a lower-case letter and a
 * login's shape, and no folder or file goes on after it. Kept: Windows' own principals (`NT
 * AUTHORITY\SYSTEM`, `BUILTIN\Users`, `NT SERVICE\MSSQLSERVER`, `IIS APPPOOL\…`), registry keys
 * (`HKLM\Software`), system and service accounts, everyday words (`CORP\Finance`), machine
 * accounts (`WKS-01$`); a full name written as a login is login_name_value's (a PERSON).
 */
export const domainLoginDetector = regexDetector({
  id: 'domain_login',
  entity: 'USERNAME',
  description: 'A login after a Windows NetBIOS domain (`CONTOSO\\pgupta`) in any text',
  validation:
    'DOMAIN of 2–15 capitals, digits or `-` at a word start, one or two backslashes, a login of 3+ characters with a lower-case letter and no path after it; not NT AUTHORITY / BUILTIN / NT SERVICE / IIS APPPOOL, a registry hive, a system or service account or an everyday word',
  context: false,
  example: 'CONTOSO\\pgupta',
  prefilter: (s) => s.text.length >= 5 && s.text.indexOf('\\') > 1,
  pattern: /(?<![\w\\/.$%&-])[A-Z][A-Z0-9-]{1,14}\\{1,2}([A-Za-z][\w.-]{1,30}[A-Za-z0-9])(?![\w\\/$@-]|\.\w)/dg,
  group: 1,
  validate: domainLogin,
});

/** Whether `login` is made from `given` and `family` as directories make logins: `pgupta`, `tkovacs`, `gradya`, `okonkwoh`, `sabina.z`. */
export function loginOfName(login: string, given: string, family: string): boolean {
  const l = login
    .toLowerCase()
    .replace(/[._-]/g, '')
    .replace(/\d{1,4}$/, '');
  const g = foldName(given);
  const f = foldName(family);
  if (l.length < 3 || g.length < 2 || f.length < 2) return false;
  // An initial and the family name, either way round (`pgupta`, `guptap`), or the family name alone.
  if (l === f || l === g[0] + f || l === f + g[0] || (l.startsWith(g[0]!) && l.endsWith(f) && l.length <= f.length + 3)) return true;
  // The given name and the family name's first letters (`gradya`, `sabinaz`, `meganbowen`).
  return l.startsWith(g) && l.length > g.length && f.startsWith(l.slice(g.length));
}

/** A capitalised name of two words right before ` (` (`Pradeep Gupta (`), or in parentheses (`(Pradeep Gupta)`). */
const NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{Ll}'’-]{1,24}) (\p{Lu}[\p{Ll}'’-]{1,29}) \($/u;
const NAME_IN_PARENTHESES = /^ \((\p{Lu}[\p{Ll}'’-]{1,24}) (\p{Lu}[\p{Ll}'’-]{1,29})\)/u;
const LOGIN_IN_PARENTHESES = /^([a-z][a-z0-9._-]{1,30}[a-z0-9])\)/;

function isLoginChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45;
}

/** A person's login (`pgupta`), neither a system account nor a name's shape only. */
function personLoginBeside(login: string, given: string, family: string): boolean {
  return !isSystemAccount(login) && isLoginShaped(login) && loginOfName(login, given, family);
}

/**
 * A person's login written beside the person's name in an alert description or an analyst's note
 * (stop 38): `Pradeep Gupta (pgupta) on FIN-WS-22 …` (Defender for Identity), `szielinski (Sabina
 * Zielinski) failed …`. The login is masked as USERNAME only when it is made from that name (an
 * initial and the family name, the given name and the family name's first letters), so a ticket
 * number or a product in parentheses (`Jane Doe (ACME-1234)`, `Microsoft Teams (desktop)`) stays.
 * Read at each ` (` of the text (native indexOf), so prose costs one search per parenthesis.
 */
export const loginBesideNameDetector: ValueDetector = {
  id: 'login_beside_name',
  entity: 'USERNAME',
  description: 'A login beside the name it is made from (`Pradeep Gupta (pgupta)`, `pgupta (Pradeep Gupta)`)',
  validation:
    'a login in parentheses after a two-word capitalised name, or before one in parentheses; made from that name (initial + family name, given name + family initials)',
  context: false,
  example: 'Pradeep Gupta (pgupta) on FIN-WS-22',
  prefilter: (s) => s.text.length >= 10 && s.text.indexOf(' (') > 0,
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    for (let p = text.indexOf(' ('); p > 0; p = text.indexOf(' (', p + 2)) {
      // `Full Name (login)`.
      const inside = LOGIN_IN_PARENTHESES.exec(text.slice(p + 2, p + 36));
      if (inside !== null) {
        const name = NAME_BEFORE.exec(text.slice(Math.max(0, p - 56), p + 2));
        if (name !== null && personLoginBeside(inside[1]!, name[1]!, name[2]!)) {
          out.push({
            start: p + 2,
            end: p + 2 + inside[1]!.length,
            entity: 'USERNAME',
            detector: 'login_beside_name',
            normalized: inside[1]!,
            priority,
          });
          continue;
        }
      }
      // `login (Full Name)`.
      let b = p;
      while (b > 0 && p - b < 32 && isLoginChar(text.charCodeAt(b - 1))) b--;
      if (p - b < 3 || (b > 0 && /[\w.@\\/-]/.test(text[b - 1]!))) continue;
      const login = text.slice(b, p);
      if (!/^[a-z]/.test(login) || !/[a-z0-9]$/.test(login)) continue;
      const name = NAME_IN_PARENTHESES.exec(text.slice(p, p + 64));
      if (name !== null && personLoginBeside(login, name[1]!, name[2]!))
        out.push({ start: b, end: p, entity: 'USERNAME', detector: 'login_beside_name', normalized: login, priority });
    }
  },
};

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
import { SIG_COLON, SIG_DOT, SIG_EQUALS } from '../char-signature.js';
import { isCompanyName } from '../../structure/company-name.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE, SURNAME, WORDLIKE_GIVEN } from './person-names.js';

/** Whether a login's given part `g` or family part `f` (folded) reads as a word rather than a name. */
function eitherPartIsWord(g: string, f: string): boolean {
  return WORDLIKE_GIVEN.has(g) || isEverydayWord(g) || isEverydayWord(f) || isNameStopWord(g) || isNameStopWord(f);
}

/** Both parts in the name lists (a given name, common or rare, then a surname), neither a word. */
function isLoginName(given: string, family: string): boolean {
  const g = foldName(given);
  const f = foldName(family);
  return (nameKind(g) & (GIVEN | RARE)) !== 0 && (nameKind(f) & SURNAME) !== 0 && !eitherPartIsWord(g, f);
}

/** `given.family` in one case style: both lower case, or both capitalised. */
const PARTS = /^(?:([a-z]{2,20})\.([a-z]{2,25})|([A-Z][a-z]{1,19})\.([A-Z][a-z]{1,24}))$/;

function loginName(v: string): string | undefined {
  const p = PARTS.exec(v);
  if (p === null) return undefined;
  return isLoginName(p[1] ?? p[3]!, p[2] ?? p[4]!) ? v : undefined;
}

/** `given.family` or `given_family` in lower case (a login cell of a header-less export row), both parts in the name lists. */
const LOWER_PARTS = /^([a-z]{2,20})[._]([a-z]{2,25})$/;

/**
 * Whether a lower-case login spells a full name (`ingrid.solbakken`, `kwabena_asante`), for a cell
 * of a header-less row (structure/login-cells.ts): looser than isLoginName, which a short value
 * alone must pass, as the row's other cells vouch for it: a given name of the lists then any
 * surname, or any given name then a surname of the lists; neither part a word (`max.depth`,
 * `grace.period`, `user.name` stay).
 */
export function isFullNameLogin(v: string): boolean {
  const p = LOWER_PARTS.exec(v);
  if (p === null) return false;
  const g = p[1]!;
  const f = p[2]!;
  if (f.length < 3 || eitherPartIsWord(g, f)) return false;
  return (nameKind(g) & (GIVEN | RARE)) !== 0 || (nameKind(f) & SURNAME) !== 0;
}

/** Whether `value` is, whole, a full name written as a login (loginNameValue without a domain). */
export function isFullNameLoginValue(value: string): boolean {
  return value.length >= 5 && value.length <= 48 && loginName(value) !== undefined;
}

/** A letter as the login patterns' `[A-Za-z]` reads it, case-blind with `u` too (`ſ`, the Kelvin sign). */
function isPatternLetter(c: number): boolean {
  const l = c | 32;
  return (l >= 97 && l <= 122) || c === 0x17f || c === 0x212a;
}

/**
 * The next `.` at or after `from` between two letters (`given.family`): every match of the
 * after-label and after-by patterns holds one, its start at most 28 characters before it and its
 * look-aheads at most 28 characters after it (RegexDetectorSpec.anchors).
 */
function nextLoginDot(scan: TextScan, from: number): number {
  const text = scan.text;
  for (let d = text.indexOf('.', from > 0 ? from : 1); d !== -1; d = text.indexOf('.', d + 1))
    if (isPatternLetter(text.charCodeAt(d - 1)) && isPatternLetter(text.charCodeAt(d + 1))) return d;
  return -1;
}

/** `\s` as a pattern without the `u` flag reads it, or a label's `:`, `=`, `"`, `'`, `>`. */
function isLabelGap(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13) || c === 58 || c === 61 || c === 34 || c === 39 || c === 62) return true;
  return c >= 160 && /\s/.test(String.fromCharCode(c));
}

/**
 * How far before a login's dot `d` login_name_after_label's match may start: the given name (20)
 * and a `DOMAIN\\` (17) before the dot, then the label's blanks and `:` / `=` / quote / `">` (one
 * run of such characters, however long), then the label itself (12: `account name`).
 */
function labelLoginBefore(scan: TextScan, d: number): number {
  const text = scan.text;
  let q = d - 37;
  while (q > 0 && isLabelGap(text.charCodeAt(q - 1))) q--;
  return d - (q - 13);
}

export const loginNameValue = regexDetector({
  id: 'login_name_value',
  entity: 'PERSON',
  description: 'A full name written as a login (`johanna.lorenz`, `CONTOSO\\nestor.wilke`) as a whole short value',
  validation: 'given name, a dot, surname, both in the name lists and neither an everyday word; after an optional DOMAIN\\',
  context: false,
  example: 'johanna.lorenz',
  // The prefilter's characters (a `.`): a text without them skips the call (stop 43).
  needs: { all: SIG_DOT },
  prefilter: (s) => s.text.length >= 5 && s.text.length <= 48 && s.text.indexOf('.', 1) !== -1,
  pattern: /^(?:[A-Za-z][\w-]{0,14}\\)?([A-Za-z][a-z]{1,19}\.[A-Za-z][a-z]{1,24})$/dg,
  group: 1,
  validate: loginName,
});

export const loginNameAfterLabel = regexDetector({
  id: 'login_name_after_label',
  entity: 'PERSON',
  description: 'A full name written as a login after a user or account label (`Account Name: johanna.lorenz`, `User: CONTOSO\\…`)',
  validation:
    'after user / username / usrName / suser / duser / ruser / acct / account name / logname and `:`, `=` or `">`, after the word user / account and a blank, or after "login is" / "username is": given name, a dot, surname, both in the name lists',
  context: false,
  example: 'Account Name: johanna.lorenz',
  // With their `:` / `=` / `">`: a bare `user` opens on every prompt's `user` and `users` (a
  // chat transcript's `User:` still opens it).
  // `Account camille.dubois also ran`, `user emma.larsen` in prose (stop 38): the word and a blank.
  // A customer giving it in a chat (`my login is nikolai.voronov`, red-team round 72).
  keywords: [
    'user:',
    'user=',
    'user">',
    'username=',
    'username:',
    'account name:',
    'usrname=',
    'logname=',
    'acct=',
    'account ',
    'user ',
    'login is ',
    'username is ',
  ],
  prefilter: (s) => s.text.indexOf('.', 1) !== -1,
  // The label's blanks have no bound: each window starts where they run back to (labelLoginBefore).
  anchors: { next: nextLoginDot, before: labelLoginBefore, after: 0, reach: 30 },
  pattern:
    /(?<![\w-])(?:(?:[sdr]?user(?:name)?|usrName|logname|acct|account[ _]?name)(?:\s*[:=]\s*["']?|">)|(?:account|user)[ \t]+|(?:login|username) is[ \t]+)(?:[A-Za-z][\w-]{0,14}\\{1,2})?([A-Za-z][a-z]{1,19}\.[A-Za-z][a-z]{1,24})(?![\w@.-]|\.\w)/dgi,
  group: 1,
  validate: loginName,
});

/**
 * A login a person gives in a chat or a support message (`my login is mlindqvist88`, `her username
 * was j_okafor`; red-team round 88): after my / his / her / their / our / the and login / username
 * / userid, then is / was. Any login's shape with a digit, a dot, `_` or `-` in it
 * (`my login is blocked`, `the username is wrong` stay: words); a system or service account and a
 * file's name (`the login is config.yaml`) stay, and an e-mail is the e-mail detector's.
 */
export const loginGivenInChat = regexDetector({
  id: 'login_given_in_chat',
  entity: 'USERNAME',
  description: 'A login given in a chat or message (`my login is mlindqvist88`)',
  validation:
    'after my / his / her / their / our / the, login / username / userid and is / was: a login of 3–32 letters, digits, `.`, `_`, `-` with a digit or a separator, no system account, no e-mail',
  context: true,
  example: 'my login is mlindqvist88',
  // Not `user name is` / `user id is`: their gate word `user` is in half of all prompts.
  keywords: ['login is ', 'login was ', 'username is ', 'username was ', 'userid is ', 'userid was '],
  prefilter: (s) => s.text.length >= 14,
  // Anchored on the verb after a login word (nextLoginVerb): the possessive and the login word
  // stand at most 20 characters before it, the value and its look-ahead within 140 after.
  anchors: { next: nextLoginVerb, before: 20, after: 0, reach: 140 },
  pattern:
    /\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]he)[ \t]{1,3}(?:[Ll]ogin|LOGIN|[Uu]ser[Nn]ame|USERNAME|[Uu]ser[Ii][Dd]|USERID) (?:is|was)[ \t]{1,3}["'“‘]?([A-Za-z][\w-]{0,31}(?:\.[\w-]{1,31}){0,3})(?![\w@-]|\.\w)/dg,
  group: 1,
  validate: (v) =>
    v.length >= 3 && v.length <= 32 && /[\d._-]/.test(v) && isLoginShaped(v) && !isSystemAccount(v) && !FILE_NAME_END.test(v)
      ? v
      : undefined,
});
/** A file's name, not a login (`the login is config.yaml now`): a common file extension ends it. */
const FILE_NAME_END =
  /\.(?:ya?ml|json|txt|xml|csv|log|conf|cfg|ini|toml|env|sh|py|js|ts|md|html?|pdf|png|jpe?g|zip|gz|tar|exe|dll|plist|sql)$/i;
/** Login words as the text ends them right before ` is ` / ` was ` (the pattern's spellings, any case here). */
const LOGIN_WORD_BEFORE_VERB = /(?:login|username|userid)$/i;
/**
 * The next ` is ` / ` was ` (lower case, as the pattern reads them) right after a login word, at or
 * after `from` (-1 when none): a login word ends in n, e or d, tested before the word itself.
 */
function nextLoginVerb(scan: TextScan, from: number): number {
  const text = scan.text;
  let best = -1;
  for (const verb of [' is ', ' was ']) {
    for (let i = text.indexOf(verb, from); i !== -1 && (best === -1 || i < best); i = text.indexOf(verb, i + 1)) {
      const last = text.charCodeAt(i - 1) | 32;
      if (i >= 5 && (last === 110 || last === 101 || last === 100) && LOGIN_WORD_BEFORE_VERB.test(text.slice(Math.max(0, i - 9), i))) {
        best = i;
        break;
      }
    }
  }
  return best;
}

/**
 * A full name written as a login after "by" in a note (an audit event's comment or custom message:
 * `revoked by zainab.okoro`, Spanish `añadida por …`, French `par`, German `von`, Dutch `door`,
 * Polish `przez`, Swedish / Danish `av` / `af`; red-team round 66): both parts in the name lists,
 * as for loginNameValue.
 */
export const loginNameAfterBy = regexDetector({
  id: 'login_name_after_by',
  entity: 'PERSON',
  description: 'A full name written as a login after "by" in a note (`revoked by johanna.lorenz`, `por …`, `von …`)',
  validation: 'after by / por / par / von / door / przez / av / af: given name, a dot, surname, both in the name lists',
  context: false,
  example: 'revoked by johanna.lorenz',
  keywords: ['by ', 'por ', 'par ', 'von ', 'door ', 'przez ', 'av ', 'af '],
  prefilter: (s) => s.text.indexOf('.', 1) !== -1,
  // by / przez (5) and 3 blanks, a given name of 20: from 28 before the dot; 25 letters and two look-ahead characters after it.
  anchors: { next: nextLoginDot, before: 28, after: 0, reach: 30 },
  pattern: /(?<![\p{L}\d_-])(?:by|por|par|von|door|przez|av|af)[ \t]{1,3}([A-Za-z][a-z]{1,19}\.[A-Za-z][a-z]{1,24})(?![\w@.-]|\.\w)/dgiu,
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
 * `mysql`, `jenkins`, `gitlab-runner`, …), role and team accounts (`admin`, `administrator`,
 * `guest`, `ops`, `sysops`),
 * service and database accounts (`svc_…`, `svc-…`, `…-svc`, `sa-…`, `app_…`, `…_app`,
 * `…_reader`, `…_writer`, `…_ro`, `…_rw`; pipelines' accounts `ci-…`, `terraform-…`, `…-pipeline`,
 * `…-automation`, `…-deployer`, a department's admin account `hr-admin-07`: red-team round 66), bots (`dependabot[bot]`,
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
  // Oracle Utilities' (CC&B, C2M) system user, who writes a batch's and an integration's updates
  // (`updatedBy: SYSUSER`; red-team round 71, kept once `updated by` names a login: round 98).
  'sysuser',
  // Team accounts of operations staff (a Vault userpass `ops`, a PTA `suser=sysops`; red-team round 65).
  'ops',
  'sysops',
  'devops',
  'backup',
  'gitlab-runner',
  'git',
  'github-actions',
  '__token__',
  // The users that stand for a token in an HTTPS Git or registry URL (GitHub `x-access-token`,
  // GitLab `gitlab-ci-token` and `oauth2`, Bitbucket `x-token-auth`), GitHub's web-commit signer
  // `web-flow` and deleted-user placeholder `ghost`, its documentation and mascot accounts
  // `octocat` and `hubot`, and kubeadm's `kubernetes-admin` (red-team round 66).
  'x-access-token',
  'gitlab-ci-token',
  'oauth2',
  'x-token-auth',
  'web-flow',
  'ghost',
  'octocat',
  'hubot',
  'kubernetes-admin',
  // The MQTT users of home-automation and metrics integrations, as their docs name them (Home
  // Assistant's `homeassistant`, Telegraf's mqtt_consumer, Node-RED, Zigbee2MQTT, openHAB), in
  // Mosquitto logs and `mosquitto_sub -u` (red-team round 76).
  'homeassistant',
  'telegraf',
  'nodered',
  'node-red',
  'zigbee2mqtt',
  'openhab',
  'mosquitto',
  'sshd',
  'syslog',
  'postfix',
  'krbtgt',
  'defaultaccount',
  'wdagutilityaccount',
  // django-guardian's and authentik's user for requests without a login (`AnonymousUser`), and
  // CloudTrail's stand-in for the parameters it never logs (`HIDDEN_DUE_TO_SECURITY_REASONS` under
  // a Cognito `AdminCreateUser`'s `username`; red-team round 72).
  'anonymoususer',
  'hidden_due_to_security_reasons',
  'unknown',
  'n/a',
  'none',
  'null',
  'undefined',
  '-',
]);
// SAP background and interface users too (`HR_BATCH01`, `WF-BATCH`, `BATCH_PAYROLL`, `HR_RFC`:
// red-team round 63); the role word may follow a dot too (`gpp.recall.batch`, red-team round 69;
// a payment hub's work queues `payops.repair`, `ops.recon`, `sepa.desk`: its leftovers);
// Workday's integration system users (`ISU_Benefits_Sync`, left63); RPA robots' runner accounts
// (`bot_runner_hr02`, `rpa_unattended01`, `robot-ap-03`: Automation Anywhere and UiPath, red-team
// round 79); a loan origination system's queue workers (`uw.queue.processor`, `docs.scheduler`:
// red-team round 81); a gym's or a venue's self-service kiosk (`frontdesk.kiosk`, `kiosk-lobby2`:
// red-team round 85); an HR service desk's routing and integration users (`hr.case.router`,
// `hr.assignment.engine`, `workday.integration`, `svc.ethics.sync` in ServiceNow `sys_audit` rows:
// red-team round 74 and its leftovers); a product's admin account with its short
// prefix glued (`sfadmin`, `dbadmin`, `wpadmin`: leftovers of red-team round 82).
const SYSTEM_ACCOUNT_SHAPE =
  /^(?:(?:dwm|umfd)-\d{1,3}|(?:[a-z]{2,3}[_-]?)?admin(?:[_-]?\d{1,3})?|.*\$|(?:svc|sa|app|etl|batch|ci|cd|terraform|tf|isu|bot|rpa|robot|kiosk)[_-].*|svc\..*|.*[_.-](?:svc|bot|service|app|reader|writer|readonly|ro|rw|batch\d{0,3}|rfc|pipeline|automation|ci|cd|deployer|terraform|repair|queue|recon|desk|processor|scheduler|kiosk|router|engine|integration|sync)|.*\[bot\])$/i;
/**
 * An account's id rather than its login, which stays too: a letter or two and digits first (Slack
 * `U024BE7LH`, `u_5521`, `u-7x9k2m`), a short prefix, a dash or underscore and digits (`B-00912277`,
 * `usr_88211`), a typed id with a role word (`usr_recruiter_044`), or 12 or
 * more capitals and digits (`IR7VJHJ36JHINBFAD7V2T5MP3E`), or a Windows SID (`S-1-5-18` under M365's
 * `UserId`: read as any text, where windows_account_sid masks a user's RID of 1000 or more).
 */
const ACCOUNT_ID_SHAPE =
  /^(?:[A-Za-z]{1,2}[_-]?\d[A-Za-z0-9]*|[A-Za-z]{1,4}[_-]\d[\dA-Z]*|(?:usr|user|acct|uid)_[a-z]{2,20}_\d{2,}|(?=[A-Z]*\d)[A-Z0-9]{12,}|S-1-\d{1,3}(?:-\d{1,10}){1,14})$/;

/** A login's shape (after its `DOMAIN\`): a letter, then letters, digits, `.`, `_`, `-`; an id's shape is none. */
export function isLoginShaped(login: string): boolean {
  return login.length <= 32 && /^[A-Za-z][\w.-]*\$?$/.test(login) && !ACCOUNT_ID_SHAPE.test(login);
}

/** Whether a login (without its `DOMAIN\`) is a system, service or role account, which stays. */
export function isSystemAccount(login: string): boolean {
  const v = login.trim();
  return (
    v.length === 0 ||
    SYSTEM_ACCOUNTS.has(v.toLowerCase()) ||
    SYSTEM_ACCOUNT_SHAPE.test(v) ||
    ROLE_WORD_ACCOUNT.test(v) ||
    SHARED_DESK_ACCOUNT.test(v)
  );
}

/**
 * A team's role account named by the role it plays (`legal-ops-reviewer`, `pa.auditor`,
 * `claims_approver`: red-team rounds 77 and 92): the role word after a dot, a dash or an
 * underscore closes the login; no person is named so.
 */
const ROLE_WORD_ACCOUNT = /^[a-z][\w.-]*[_.-](?:reviewer|auditor|approver)$/i;

/**
 * A shared desk's or a ward's login, the desk word after a dot, a dash or an underscore and maybe
 * the desk's number (`gp-reception-12`, `ed.triage`, `pharmacy_kiosk-3`: the front desks of GP
 * practices and clinics share one login per workstation; leftovers of red-team round 28): no
 * person is named so.
 */
const SHARED_DESK_ACCOUNT = /^[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)*[_.-](?:reception|frontdesk|kiosk|triage)(?:[_.-]?\d{1,3})?$/i;

/**
 * A channel's prefix before a login in a policy-service or portal audit trail (`portal:`, `web:`,
 * `agentportal:`, `mobile:`, `csr:`; leftovers of red-team round 83): the login after it is the
 * person's; `system:`, `batch:`, `api:` name processes and are no channel.
 */
const CHANNEL_PREFIX =
  /^(?:[a-z]{0,12}portal|web|www|mobile|app|ivr|csr|agent|customer|member|broker|producer|online|selfservice|self-service):(?=[a-z0-9])/i;
/** The length of a channel's prefix before a login (`portal:`), or 0. */
export function loginChannelLength(value: string): number {
  if (value.length < 6 || value.indexOf(':') < 2) return 0;
  const m = CHANNEL_PREFIX.exec(value);
  return m === null ? 0 : m[0].length;
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

/**
 * From this length on, login_after_label's prefilter asks mayHoldLoginLabel before its pattern
 * reads the text (case-blind, a dozen first letters: about 20 µs a 4.5 KB prompt that says
 * `password`, a gate word of the sshd phrases).
 */
const LOGIN_PHRASE_FROM = 256;

/**
 * Whether login_after_label's pattern may match: every label ends in `:` or `=` but the sshd and
 * PAM phrases, and each of those holds (in any case, so in the lower-cased text) `invalid user ` or
 * `for ` after `password`, `publickey` or `/pam` or before `user `.
 */
function mayHoldLoginLabel(s: TextScan): boolean {
  if ((s.signature & (SIG_COLON | SIG_EQUALS)) !== 0) return true;
  const lower = s.lower();
  if (lower.indexOf('invalid user ') !== -1) return true;
  for (let k = lower.indexOf('for ', 4); k !== -1; k = lower.indexOf('for ', k + 4)) {
    // The letter after and the last letter before asked first (`for the`, `request for`: most are neither).
    const after = lower.charCodeAt(k + 4);
    const last = lower.charCodeAt(k - 2);
    if (
      (after === 117 && lower.startsWith('user ', k + 4)) ||
      (last === 100 && lower.endsWith('password ', k)) ||
      (last === 121 && lower.endsWith('publickey ', k)) ||
      (last === 109 && lower.endsWith('/pam ', k))
    )
      return true;
  }
  return false;
}

function personLogin(v: string): string | undefined {
  if (isSystemAccount(v) || !isLoginShaped(v) || loginName(v) !== undefined) return undefined;
  return v;
}

/**
 * A person's login in log text after a login label (stop 37): `Account Name:\t\tkoconnor`
 * (Windows rendered events), `user=` / `suser=` / `duser=` / `usrName=` / `logname=` / `acct=` /
 * ausearch's `AUID="…"` (key=value, LEEF, CEF, auditd), Delinea Secret Server's syslog `By User:`
 * (red-team round 65), OpenSSH `Accepted password for …`, `Failed
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
    'after Account Name:, By User:, user= / suser= / duser= / ruser= / username= / usrName= / logname= / acct=, a quoted auid= / uid= (ausearch -i), sshd `… for [invalid user]`, PAM `for user`, or sudo `name : TTY=`; not a system, service or role account',
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
    'by user:',
  ],
  prefilter: (s) => s.text.length >= 6 && (s.text.length < LOGIN_PHRASE_FROM || mayHoldLoginLabel(s)),
  pattern:
    /(?:(?<![\w.-])(?:account[ _]?name:[ \t]*|by user:[ \t]*|(?:[sdr]?user|user[_-]?name|usrname|logname|acct)=["']?|(?:a|e|fs|s|o)?uid=["'])|(?:accepted|failed) (?:password|publickey|keyboard-interactive\/pam) for (?:invalid user |(?!invalid user ))|invalid user |session (?:opened|closed) for user |sudo(?:\[\d{1,10}\])?:[ \t]{1,4}(?=[^\s:]{1,64} : (?:TTY|PWD|USER|COMMAND)=))(?:[A-Za-z][\w-]{0,14}\\{1,2})?([A-Za-z](?:[\w.-]{0,62}[\w$])?)(?![\w@\\$/-]|\.\w)/dgi,
  group: 1,
  // A bank form's `account name: ACME PTY LTD` names the account's holder, a company: its first
  // word is no login (left28's review).
  validate: (v, scan, start) => (holderIsCompany(scan.text, start) ? undefined : personLogin(v)),
});

/** Whether the words from `start` to the end of their cell or line are a company's name (`ACME PTY LTD`). */
function holderIsCompany(text: string, start: number): boolean {
  const limit = Math.min(text.length, start + 61);
  let end = start;
  for (; end < limit; end++) {
    const c = text.charCodeAt(end);
    if (c === 10 || c === 13 || c === 9 || c === 44 || c === 59 || c === 124 || c === 34) break;
  }
  const holder = text.slice(start, end).trimEnd();
  return holder.indexOf(' ') > 0 && isCompanyName(holder);
}

/**
 * What a `user id` holds when it is a record's id rather than a login: hex with a digit
 * (`8f3a91c2e7b64d10`), a run of four digits (`E40012`, `emp_10442`), a typed id (`usr_a81f`).
 * HR systems write the login there (Workday `User_ID`, SuccessFactors `username` beside a hex
 * `userId`); other systems write an id (left63).
 */
export const USER_ID_RECORD_ID = /^(?:(?=[a-f]*\d)[0-9a-f]{6,}|.*\d{4}.*|[A-Za-z]{1,6}_(?=[A-Za-z]*\d)[A-Za-z0-9]{3,})$/i;

/**
 * A person's login after a `User ID` label in report and audit text (Workday sign-on and
 * business-process reports: `User ID=kwilson`, `initiated by User_ID: kwilson`; left63). An id
 * there stays (USER_ID_RECORD_ID), as do system and integration accounts (isSystemAccount).
 */
export const loginAfterUserIdLabel = regexDetector({
  id: 'login_after_user_id_label',
  entity: 'USERNAME',
  description: 'A login after a `User ID` label in report text (`User ID=kwilson`, `User_ID: kwilson`)',
  validation:
    "after user id / user_id / userid and `:` or `=`: a login's shape, not hex, not four digits in a row, not a typed id, not a system account",
  context: false,
  example: 'Signons and Attempts: User ID=kwilson Session ID=6c1f0e9a4b2d48e7',
  keywords: ['user id=', 'user_id=', 'userid=', 'user id:', 'user_id:', 'userid:'],
  prefilter: (s) => s.text.length >= 9,
  pattern:
    /(?<![\w.-])user[ _]?id[ \t]{0,3}[:=][ \t]{0,3}["']?(?:[A-Za-z][\w-]{0,14}\\{1,2})?([A-Za-z](?:[\w.-]{0,62}[\w$])?)(?![\w@\\$/-]|\.\w)/dgi,
  group: 1,
  // A connection string's `User Id=hr_etl;` (ADO.NET, ODBC) is a database account, not a person's
  // login: a `;` right after the value leaves it to the key=value reader's rules.
  validate: (v, scan, start) => (USER_ID_RECORD_ID.test(v) || scan.text.charCodeAt(start + v.length) === 59 ? undefined : personLogin(v)),
});

/** A contact-centre dialer's or ACD's line: its disposition, campaign, lead or call fields (`disp=AM`, `campaign=…`, `lead_id=…`). */
const DIALER_LINE = /(?<![\w.-])(?:disp|disposition|campaign|lead_id|leadid|call_id|callid|list_id)=/i;

/**
 * An agent's login in a contact-centre dialer's key=value line (VICIdial / Five9-style
 * disposition logs: `campaign=COLL_EARLY lead_id=4478120 … disp=AM agent=jkowalczyk`, a PCI
 * pause line's `agt=pvasquez-lind`; red-team round 84). `agent=` names a software agent or a user
 * agent in other logs, so only in a text that holds a dialer's disposition, campaign, lead or call
 * field, and only a lower-case login of one or two parts; system accounts (`recovery-bot`) stay.
 */
export const dialerAgentLogin = regexDetector({
  id: 'dialer_agent_login',
  entity: 'USERNAME',
  description: "An agent's login after `agent=` / `agt=` in a dialer's disposition line (`disp=AM agent=jkowalczyk`)",
  validation:
    'after agent= or agt=, a lower-case login of one or two parts, in a text with disp= / disposition= / campaign= / lead_id= / call_id= / list_id=; not a system, service or role account',
  context: false,
  example: 'campaign=COLL_EARLY lead_id=4478120 disp=AM agent=tkowalski',
  keywords: ['agent=', 'agt='],
  prefilter: (s) => s.text.length >= 16 && DIALER_LINE.test(s.text),
  pattern: /(?<![\w.-])(?:agent|agt)=["']?([a-z][a-z0-9]{1,30}(?:[._-][a-z0-9]{2,30})?)(?![\w@./\\-])/dg,
  group: 1,
  validate: (v) => (isSystemAccount(v) ? undefined : v),
});

/**
 * A person's login alone on a `Username:` line (red-team round 86): the blocks of a stealer log's
 * `Passwords.txt` (`URL:` / `Username:` / `Password:` / `Application:`) and `UserInformation.txt`
 * (`UserName:` beside `Computer name:` and `HWID:`), which credential-leak monitors and intel notes
 * quote, and the same labels in Russian (`Логин:`) as some stealer families write them. The value
 * must end its line: `Username: the name you sign in with` in prose stays, as do system and service
 * accounts (isSystemAccount), ids and everyday words. An e-mail there is the e-mail detector's.
 */
export const loginOnUsernameLine = regexDetector({
  id: 'login_on_username_line',
  entity: 'USERNAME',
  description: 'A login alone on a `Username:` / `Логин:` line (stealer-log blocks, credential notes)',
  validation:
    'Username: / User name: / Логин: at the start of a line, then a login that ends the line; not a system, service or role account, an id or an everyday word',
  context: false,
  example: 'URL: https://accounts.example.org/signin\nUsername: kwilson\nPassword: …',
  keywords: ['username:', 'user name:', 'логин:'],
  prefilter: (s) => s.text.length >= 12,
  pattern:
    /(?:^|\n)[ \t]{0,8}(?:user[ _]?name|логин)[ \t]{0,3}:[ \t]{0,12}(?:[A-Za-z][\w-]{0,14}\\{1,2})?([A-Za-z][\w.-]{0,62}[\w$])[ \t]*(?=\r?\n|$)/dgi,
  group: 1,
  // A full-name login (`isadora.fenwick`) is masked here too: login_name_after_label knows no `Логин:`.
  validate: (v) => (isEverydayWord(v.toLowerCase()) || isSystemAccount(v) || !isLoginShaped(v) ? undefined : v),
});

/**
 * A login after a login label in German, French, Spanish, Dutch, Scandinavian, Polish or Italian
 * notes (red-team round 86: a DACH SOC's `Ihr Benutzername lautet hwassermann`, a French IR report's
 * `(identifiant emarchand)`): with `:` / `=`, after German `lautet`, or inside parentheses with the
 * login closing them. Without one of these the label's next word is prose (`l'identifiant est
 * invalide`, `el usuario no pudo`). System and service accounts stay.
 */
export const loginAfterNativeLabel = regexDetector({
  id: 'login_after_native_label',
  entity: 'USERNAME',
  description: 'A login after a login label in other languages (`Benutzername: …`, `Benutzername lautet …`, `(identifiant …)`)',
  validation:
    'Benutzername / Benutzerkennung / identifiant / nom d’utilisateur / usuario / nombre de usuario / gebruikersnaam / användarnamn / brukernavn / brugernavn / nazwa użytkownika / nome utente, then `:` or `=`, `lautet`, or a blank inside parentheses with `)` after the login; not a system, service or role account',
  context: false,
  example: 'Ihr Benutzername lautet kwilson.',
  keywords: [
    'benutzername',
    'benutzerkennung',
    'identifiant',
    'utilisateur',
    'usuario',
    'gebruikersnaam',
    'användarnamn',
    'brukernavn',
    'brugernavn',
    'użytkownika',
    'nome utente',
  ],
  prefilter: (s) => s.text.length >= 14,
  pattern:
    /(?<![\p{L}\p{N}])(?:benutzername|benutzerkennung|identifiant|nom d['’]utilisateur|nombre de usuario|usuario|gebruikersnaam|användarnamn|brukernavn|brugernavn|nazwa użytkownika|nome utente)(?:[ \t]{0,3}[:=][ \t]{0,3}|[ \t]{1,3}lautet[ \t]{1,3}|[ \t]{1,3}(?=[A-Za-z][\w.-]{0,62}\)))["'«„]?([A-Za-z](?:[\w.-]{0,62}[\w$])?)(?![\w@\\$/-]|\.\w)/dgiu,
  group: 1,
  validate: (v) => (isSystemAccount(v) || !isLoginShaped(v) || isEverydayWord(v.toLowerCase()) ? undefined : v),
});

/**
 * A login in a Windows event's insertion strings as plaso prints a Security.evtx record (`Strings:
 * ['S-1-0-0' '-' … 'S-1-5-21-…-1104' 'mbrandvold' 'CORP' …]`; red-team round 86): the string right
 * after a user's SID (a domain or local account, `S-1-5-21-…`) is that account's name in the
 * events of logons, processes and account changes (4624 TargetUserSid / TargetUserName, 4688
 * SubjectUserSid / SubjectUserName). Machine (`WKS-01$`) and system accounts stay.
 */
export const loginAfterSidInEventStrings = regexDetector({
  id: 'login_after_sid_in_event_strings',
  entity: 'USERNAME',
  description: "A login right after a user's SID in a Windows event's insertion strings (plaso `Strings: [… 'S-1-5-21-…' 'jdoe' …]`)",
  validation: 'a quoted S-1-5-21- SID, blanks or a comma, then a quoted login; not a machine, system or service account',
  context: false,
  example: "Strings: ['S-1-0-0' '-' '-' '0x0' 'S-1-5-21-3623811015-3361044348-30300820-1013' 'kwilson' 'CORP']",
  keywords: ['strings: ['],
  prefilter: (s) => s.text.length >= 40,
  pattern: /'S-1-5-21-\d{1,10}-\d{1,10}-\d{1,10}-\d{1,10}',?[ \t]{1,3}'([A-Za-z][\w.-]{0,62}[\w$]?)'/dg,
  group: 1,
  validate: (v) => (isSystemAccount(v) || !isLoginShaped(v) ? undefined : v),
});

/**
 * A person's login in the path of a HashiCorp Vault auth method (Vault API docs: userpass, LDAP,
 * Okta and RADIUS `POST /auth/<mount>/login/:username`, userpass `/auth/<mount>/users/:username`),
 * which the audit device writes in clear as `request.path` (`auth/userpass/login/jdoe`) while it
 * hashes the request's data (red-team round 65). System and service accounts stay; an e-mail there
 * is the e-mail detector's.
 */
export const vaultAuthPathLogin = regexDetector({
  id: 'vault_auth_path_login',
  entity: 'USERNAME',
  description: 'A login in a Vault auth-method path (`auth/userpass/login/jdoe`, `auth/ldap/users/jdoe`)',
  validation: 'auth/, a mount path, /login/ or /users/, then a login; not a system, service or role account',
  context: false,
  example: 'auth/userpass/login/kwilson',
  keywords: ['/login/', '/users/'],
  prefilter: (s) => s.text.indexOf('auth/') !== -1,
  pattern: /(?<![\w-])auth\/[\w.-]{1,64}\/(?:login|users)\/([A-Za-z](?:[\w.-]{0,62}[\w$])?)(?![\w@.$-]|\.\w)/dg,
  group: 1,
  validate: anyPersonLogin,
});

/** A person's login, a full name written as one (`jane.doe`) too: in a path or a cmdlet no name detector reads it. */
function anyPersonLogin(v: string): string | undefined {
  return isSystemAccount(v) || !isLoginShaped(v) ? undefined : v;
}

/** A login that spells a person's name with a dot or an underscore (`jane.doe`, `j_doe`): two runs of letters. */
const PERSONAL_LOGIN = /^[A-Za-z]{1,20}[._][A-Za-z]{2,25}$/;

/**
 * A person's login as the last part of an AWS IAM user or STS assumed-role ARN
 * (`arn:aws:iam::123456789012:user/jane.doe`, `arn:aws:sts::123456789012:assumed-role/Admin/jane.doe`:
 * the role session name, which SSO and federation set to the person's login or e-mail; AWS IAM
 * identifiers), as CloudTrail writes it in `userIdentity.arn` and in AccessDenied messages
 * (red-team round 65). Only a login that spells a name (`given.family`, `g_family`) is masked:
 * tool-made session names (`botocore-session-1700000000`, `i-0abc…`, `GitHubActions`) and service
 * users (`terraform`, `deploy-bot`) stay; an e-mail there is the e-mail detector's.
 */
export const awsArnPrincipalLogin = regexDetector({
  id: 'aws_arn_principal_login',
  entity: 'USERNAME',
  description: "A person's login ending an AWS IAM user or STS assumed-role ARN (`…:user/jane.doe`, `…:assumed-role/Admin/jane.doe`)",
  validation:
    'arn:aws…:iam:: or :sts::, a 12-digit account, user/[path/] or assumed-role/<role>/, then given.family or g_family; not a system or service account',
  context: false,
  example: 'arn:aws:iam::123456789012:user/jane.doe',
  keywords: [':user/', ':assumed-role/'],
  prefilter: (s) => s.text.indexOf('arn:aws') !== -1,
  pattern:
    /arn:aws[a-z-]{0,12}:(?:iam|sts)::\d{12}:(?:user\/(?:[\w+=,.@-]{1,64}\/){0,4}|assumed-role\/[\w+=,.@-]{1,64}\/)([A-Za-z][\w.]{1,46})(?![\w+=,.@-])/dg,
  group: 1,
  validate: (v) => (PERSONAL_LOGIN.test(v) && !isSystemAccount(v) ? v : undefined),
});

/**
 * A person's login after `-Identity` of the Active Directory user cmdlets (`Set-ADAccountPassword
 * -Identity jdoe -Reset …`, `Unlock-ADAccount -Identity jdoe`, `Get-ADUser -Identity jdoe`;
 * Microsoft Learn, ActiveDirectory module: -Identity takes a SamAccountName), as Script Block
 * Logging and privileged-session command logs record it (red-team round 65). Only the ADUser and
 * ADAccount cmdlets: `Add-ADGroupMember -Identity "Domain Admins"` names a group. System and
 * service accounts stay.
 */
export const adCmdletIdentityLogin = regexDetector({
  id: 'ad_cmdlet_identity_login',
  entity: 'USERNAME',
  description: 'A login after -Identity of an AD user cmdlet (`Set-ADAccountPassword -Identity jdoe`)',
  validation:
    'an *-ADUser / *-ADAccount* cmdlet, then -Identity and a login (optionally quoted, after DOMAIN\\) in the same statement; not a system or service account',
  context: false,
  example: 'Unlock-ADAccount -Identity kwilson',
  keywords: ['-identity'],
  prefilter: (s) => s.text.length >= 20,
  pattern:
    /\b[a-z]{2,10}-ad(?:user|account\w{0,24})\b[^\r\n;|]{0,120}?-identity[ \t]{1,4}["']?(?:[A-Za-z][\w-]{0,14}\\{1,2})?([A-Za-z](?:[\w.-]{0,62}[\w$])?)(?![\w@\\$/-]|\.\w)/dgi,
  group: 1,
  validate: anyPersonLogin,
});

/**
 * A person's name as the common name of a directory DN in a users container (`cn=keiko tanabe,
 * ou=users,dc=corp,dc=example,dc=com`, `CN=Jane Doe,CN=Users,DC=corp,DC=example,DC=com`: RFC 4514,
 * Active Directory's default `CN=Users`), as AD and LDAP connector errors quote the entry they
 * failed on, in any case (red-team round 65). Two to four words of letters; a one-word cn
 * (`Administrator`, `krbtgt`, a service) and a group's cn (`ou=groups`) stay.
 */
const DN_USER_CN_WORDS = /^\p{L}[\p{L}'-]{0,30}(?: \p{L}[\p{L}'-]{0,30}){1,3}$/u;
/** The last word of a group's or a container's cn (AD keeps `CN=Domain Admins` in `CN=Users` too). */
const DN_GROUP_WORD =
  /(?:^| )(?:admins|administrators|users|operators|owners|guests|groups?|servers|computers|controllers|publishers|readers|writers|members|managers|services?|accounts|team|staff|support|desk|helpdesk|everyone)$/i;
export const directoryUserCn = regexDetector({
  id: 'directory_user_cn',
  entity: 'PERSON',
  description: "A person's name as the cn of a DN in a users container (`cn=jane doe,ou=users,dc=…`)",
  validation:
    'cn= then two to four words of letters, not ending in a group word (Admins, Users, Operators…), then ,ou= / ,cn= users, people, staff, employees, accounts or persons',
  context: false,
  example: 'cn=jane doe,ou=users,dc=example,dc=com',
  keywords: ['cn='],
  prefilter: (s) => s.text.length >= 16,
  pattern: /(?<![\w-])cn=([^,=\\\r\n"<>]{3,80}),[ ]?(?:ou|cn)=(?:users|people|staff|employees|accounts|persons|personnel)(?![\w-])/dgi,
  group: 1,
  validate: (v) => (DN_USER_CN_WORDS.test(v) && !DN_GROUP_WORD.test(v) ? v : undefined),
});

/**
 * A person's login as the uid of a directory DN in a people or users container (`uid=jdoe,
 * ou=people,dc=example,dc=org`: RFC 4519 uid, the RDN of inetOrgPerson entries), as directory
 * servers' access logs (OpenLDAP slapd and 389 DS `BIND dn="uid=…"`), LDAP connector logs and
 * Keycloak's federation warnings quote the entry that bound or failed (red-team round 65, left65).
 * An LDIF record's own `dn:` line stays: it names the entry the record is about, as round 9 keeps
 * it. System and service accounts (`uid=admin,ou=system`, `uid=replicator`) stay.
 */
export const directoryUserUid = regexDetector({
  id: 'directory_user_uid',
  entity: 'USERNAME',
  description: 'A person\'s login as the uid of a DN in a people / users container (`BIND dn="uid=jdoe,ou=people,…"`)',
  validation:
    'uid= then a login, then ,ou= / ,cn= users, people, staff, employees, accounts or persons; not right after an LDIF `dn:`; not a system or service account',
  context: false,
  example: 'BIND dn="uid=jdoe,ou=people,dc=example,dc=org"',
  keywords: ['uid='],
  prefilter: (s) => s.text.length >= 16,
  pattern:
    /(?<!(?:^|\n)dn::?[ ]?)(?<![\w-])uid=([A-Za-z][\w.-]{0,63}),[ ]?(?:ou|cn)=(?:users|people|staff|employees|accounts|persons|personnel)(?![\w-])/dgi,
  group: 1,
  validate: anyPersonLogin,
});

/**
 * The login that started a CI job as the CI's own variables name it in an environment dump or a
 * step's `env:` listing (red-team round 66): GitHub Actions `GITHUB_ACTOR` and
 * `GITHUB_TRIGGERING_ACTOR`, GitLab CI `GITLAB_USER_LOGIN`, CircleCI `CIRCLE_USERNAME` (each CI's
 * documented built-in variables). Bots and service accounts stay (isSystemAccount).
 */
export const ciActorLogin = regexDetector({
  id: 'ci_actor_login',
  entity: 'USERNAME',
  description: 'The login that started a CI job in an environment dump (`GITHUB_ACTOR=…`, `GITLAB_USER_LOGIN=…`, `CIRCLE_USERNAME=…`)',
  validation:
    'after GITHUB_ACTOR, GITHUB_TRIGGERING_ACTOR, GITLAB_USER_LOGIN or CIRCLE_USERNAME and `=` or `:`; not a bot, system or service account',
  context: false,
  example: 'CIRCLE_USERNAME=mvanderberg',
  keywords: ['github_actor', 'github_triggering_actor', 'gitlab_user_login', 'circle_username'],
  prefilter: (s) => s.text.length >= 14,
  pattern:
    /(?<![\w-])(?:GITHUB_(?:TRIGGERING_)?ACTOR|GITLAB_USER_LOGIN|CIRCLE_USERNAME)(?:=|:[ \t]*)["']?([A-Za-z](?:[\w.[\]-]{0,38}[\w\]])?)(?![\w.@[\]-])/dgi,
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

/**
 * `text.indexOf(' (', from)`, found by its `(`: V8 searches a short literal by its first
 * character, and a blank stops it every few characters of prose, a parenthesis seldom.
 */
export function spaceParen(text: string, from: number): number {
  for (let q = text.indexOf('(', from + 1); q !== -1; q = text.indexOf('(', q + 1)) if (text.charCodeAt(q - 1) === 32) return q - 1;
  return -1;
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
  prefilter: (s) => s.text.length >= 10 && spaceParen(s.text, 0) > 0,
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    for (let p = spaceParen(text, 0); p > 0; p = spaceParen(text, p + 2)) {
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

/**
 * The parts of a team's, a queue's, a program's or a region's account (`kyc-ops-de`,
 * `pa-clinical-ops`, `network-audit-team`, `kyc.auto`, `intake-east`): a login with one of them as
 * a part names no person.
 */
const TEAM_LOGIN_PARTS = new Set(
  (
    'ops team teams queue queues desk bot bots auto automated automation svc sys system systems admin admins intake review reviews ' +
    'reviewer reviewers approver approvals clinical pharmacy audit audits auditor network support tier group groups pool shared ' +
    'central kyc aml qa qc mod mods moderation compliance portal gateway service services api web batch nightly daily rules rule ' +
    'engine workflow robot hub center centre unit dept office mailbox inbox noreply helpdesk frontdesk servicedesk east west north ' +
    'south emea apac amer latam global oncall agent agents staff user users test demo sandbox prod dev stage staging ' +
    'rx pa um cs hr it ar ap bi pm specialty pharma claims billing finance legal risk fraud triage escalation escalations care ' +
    'nurse nurses pharmacist pharmacists coordinator lead leads manager mgr supervisor tech techs member members appeals ' +
    'grievance grievances utilization operations'
  ).split(' '),
);

/**
 * Two letters that open no English word (`mw`, `tb`, `rs`, `hw`): a login opening so is an initial
 * glued to a surname (`mwhitcombe`, `tbrightwater`) rather than a program's or a product's name
 * (`filebeat`, `covermymeds`, `surescripts`: a vowel second, or an onset such as `fl`, `st`).
 */
const WORD_ONSETS = new Set(
  'bl br ch cl cr dr dw fl fr gh gl gn gr kl kn kr kw ph pl pn pr ps qu rh sc sh sk sl sm sn sp sq st sv sw sz th tr ts tw wh wr'.split(
    ' ',
  ),
);
function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
}

/**
 * Whether a display name under a login field is a team's or a department's label: every word a
 * word no name is made of (person-name-stop.ts: `Central Monitoring`, `Data Management`).
 */
export function isTeamDisplayName(value: string): boolean {
  const words = value.split(' ');
  if (words.length < 2) return false;
  for (const w of words) if (!isNameStopWord(foldName(w))) return false;
  return true;
}

/** Top-level domains that end host names written where a login may stand. */
const HOST_TLDS = new Set(
  'com org net edu gov io mil int biz info co us uk de fr eu ca au nl ch se no dk fi es it jp cn in br local internal lan corp'.split(' '),
);

/** A lower-case login of one to three letter-only parts joined by `.`, `_` or `-`, maybe ending in up to three digits. */
const PERSON_LOGIN_SHAPE = /^[a-z]{2,25}(?:[._-][a-z]{2,25}){0,2}\d{0,3}$/;

/**
 * Whether a login reads as a person's by its shape alone (for fields that hold a person's login or
 * a team's, a queue's or a service's account: a PA decision's `reviewer=`, `approvedBy`, a plain
 * `submittedBy`, a CRM case's `Agent:`, a chat transcript's `Member (login):`; red-team round 92
 * and its leftovers): lower case, no part a team's, a role's or an everyday word
 * (TEAM_LOGIN_PARTS, `kyc-ops-de`, `web-portal`, `supervisor.0417` stay), no system account, a part
 * of five letters or more; one part alone must be an initial and a surname (the lists' surname, or
 * a surname after two letters that open no word: `tbrightwater`), where `strict` asks the lists'
 * surname only (a bare `agent` names programs too: `pgbouncer`, `tcpdump`).
 */
export function isPersonLoginShape(login: string, strict = false): boolean {
  if (login.length < 5 || login.length > 40 || !PERSON_LOGIN_SHAPE.test(login) || isSystemAccount(login)) return false;
  const letters = login.replace(/\d+$/, '');
  const parts = letters.split(/[._-]/);
  // A host name (`ocsp.digicert.com` under an OCSP `responder`): a dotted name ending in a
  // top-level domain is no login (leftovers of red-team round 95).
  if (parts.length > 1 && login.includes('.') && HOST_TLDS.has(parts[parts.length - 1]!)) return false;
  let longest = 0;
  for (const p of parts) {
    if (TEAM_LOGIN_PARTS.has(p) || isEverydayWord(p) || isNameStopWord(p)) return false;
    if (p.length > longest) longest = p.length;
  }
  if (longest < 5) return false;
  if (parts.length > 1) return true;
  if ((nameKind(foldName(letters.slice(1))) & SURNAME) !== 0 && letters.length >= 5) return true;
  if (strict) return false;
  return letters.length >= 6 && !isVowel(letters[0]!) && !isVowel(letters[1]!) && !WORD_ONSETS.has(letters.slice(0, 2));
}

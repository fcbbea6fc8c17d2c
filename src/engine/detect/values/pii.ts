import type { CountryCode } from 'libphonenumber-js/max';
import { SIG_COLON, SIG_LESS_THAN, SIG_NON_ASCII, SIG_OPEN_BRACKET, SIG_PLUS } from '../char-signature.js';
import { CONTEXT_WINDOW, contextBefore, keywordRegex } from '../context.js';
import { phoneNumberLibrary } from '../phone-lib.js';
import { phonePrecheck } from '../phone-precheck.js';
import { LATEST_BIRTH_YEAR, plausibleBirthDate } from '../validators.js';
import { candidatePatterns, detectorFields, regexDetector, regexSpecs } from './helpers.js';
import type { Span, TextScan, ValueDetector } from '../types.js';

/**
 * Email addresses (RFC 5322 dot-atom local part, a domain with a letters-only TLD).
 *
 * `find` starts from each `@` instead of running EMAIL_PATTERN over the whole text: the pattern
 * tries a local part at every word of a prompt and costs about ten times more on prose. The result
 * is the same span for span (test/unit/engine/detectors/email.test.ts checks it against
 * EMAIL_PATTERN): the local part is the run of local characters that ends at the `@` (the
 * lookbehind makes the whole run the only start), 1–64 characters long, and the domain is matched
 * by the pattern's own domain part, anchored after the `@`. One difference: a guest UPN's local
 * part ends in `#EXT#` (see findEmails), which the pattern does not take.
 */
export const EMAIL_PATTERN =
  /(?<![\w.%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![\w-]|\.[A-Za-z0-9])/g;
const EMAIL_DOMAIN = /(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![\w-]|\.[A-Za-z0-9])/y;
const EMAIL_LOCAL_MAX = 64;

function isEmailLocalChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45 || c === 43 || c === 37;
}

/** The validator of EMAIL_PATTERN's matches: the normalized address, or undefined. */
export function normalizeEmail(v: string): string | undefined {
  const local = v.slice(0, v.indexOf('@'));
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return undefined;
  return v.toLowerCase();
}

export const email: ValueDetector = {
  ...detectorFields({
    id: 'email',
    entity: 'EMAIL',
    description: 'Email addresses',
    validation: 'dot-atom local part without leading, trailing or double dots; domain labels of letters, digits, dashes; alphabetic TLD',
    context: false,
    example: 'jane.doe@example.com',
    prefilter: (s) => s.text.indexOf('@') !== -1,
  }),
  find: findEmails,
};

/**
 * The users that git hosts and package registries document for a token in a URL's user-info
 * (GitHub Apps' `x-access-token`, `x-oauth-basic`, GitLab's `oauth2` and `gitlab-ci-token`,
 * Bitbucket's `x-token-auth`, PyPI's `__token__`, git's `git@` of `ssh://git@host/…`) and the
 * placeholders of such URLs: no person's login, and right after `://` no e-mail address
 * (leftovers of red-team round 86).
 */
export const URL_TOKEN_USERS: ReadonlySet<string> = new Set([
  'x-access-token',
  'x-oauth-basic',
  'x-token-auth',
  'oauth2',
  'oauth',
  'gitlab-ci-token',
  '__token__',
  'token',
  'git',
  'pat',
  'user',
  'username',
]);

function findEmails(scan: TextScan, out: Span[], priority: number): void {
  const text = scan.text;
  // No candidate may start before `from`: where the global pattern would resume its search (after
  // an accepted match; one character after the start of a rejected one).
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    // A Microsoft Entra guest's UPN (`jane.doe_example.com#EXT#@tenant.onmicrosoft.com`) ends its
    // local part, the guest's own address, in `#EXT#`: the whole UPN is the address.
    if (text.charCodeAt(at - 1) === 35 && text.startsWith('#EXT#', at - 5) && isEmailLocalChar(text.charCodeAt(at - 6))) start = at - 5;
    while (start > 0 && at - start <= EMAIL_LOCAL_MAX && isEmailLocalChar(text.charCodeAt(start - 1))) start--;
    if (start === at || at - start > EMAIL_LOCAL_MAX || start < from) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(text);
    if (domain === null) continue;
    const end = at + 1 + domain[0].length;
    if (text.charCodeAt(end) === 58 && isScpRemote(text, start, at, end)) continue;
    // `https://__token__@upload.pypi.org/`: a URL's token user, not an address.
    if (
      start >= 3 &&
      text.charCodeAt(start - 1) === 47 &&
      text.startsWith('://', start - 3) &&
      URL_TOKEN_USERS.has(text.slice(start, at).toLowerCase())
    ) {
      from = end;
      continue;
    }
    if (start >= 3 && text.charCodeAt(start - 1) === 58 && isTeamsConversationId(text, start, at, end)) {
      from = end;
      continue;
    }
    if (start > 0 && isSipCallId(text, start)) {
      from = end;
      continue;
    }
    // An automated sender's mailbox (`no-reply@…`, RFC 2142 `postmaster@…`) names a system, not a
    // person; nor does a mail's Message-ID (see isMessageId).
    if (
      (at - start <= 40 && (SYSTEM_LOCAL_PART.test(text.slice(start, at)) || isRoleMailbox(text.slice(start, at)))) ||
      isMessageId(text, start, at, end) ||
      isGoogleServiceAccount(text, end)
    ) {
      from = end;
      continue;
    }
    const normalized = normalizeEmail(text.slice(start, end));
    if (normalized === undefined) {
      from = start + 1;
      continue;
    }
    out.push({ start, end, entity: 'EMAIL', detector: 'email', normalized, priority });
    from = end;
  }
}

/**
 * A mail's Message-ID (RFC 5322 §3.6.4: `<id-left@id-right>`, made unique by the sending host), not
 * an address (red-team round 32): an id-left that starts with a timestamp of 14 or more digits
 * and holds a dot (`20130503182626.18666.16540@…` of Mailgun, `20260303101500.GA1234@…` of mutt
 * and Postfix), or, inside `<…>`, one that holds an `=` among base64 characters (Gmail's
 * `<CAKx6M1Lr0hP=v7k@mail.gmail.com>`), which the address pattern would cut at the `=`, or one of
 * 20+ characters of hex groups joined by `-` / `.` (Amazon SES, red-team round 57). A person's
 * address holds none of these (a phone number as the local part of an SMS gateway has no dot).
 */
const MESSAGE_ID_TIMESTAMP = /^\d{14,}\.[\w.$-]/;
const HEX_ID_LEFT = /^(?=[^@]*\d)[0-9a-f]{8,}(?:[-.][0-9a-f]{4,}){1,7}$/i;
function isMessageId(text: string, start: number, at: number, end: number): boolean {
  if (bracketedId(text, start, at, end)) return true;
  const c = text.charCodeAt(start);
  if (c >= 48 && c <= 57 && at - start >= 16 && MESSAGE_ID_TIMESTAMP.test(text.slice(start, at))) return true;
  if (text.charCodeAt(start - 1) === 60 && text.charCodeAt(end) === 62 && at - start >= 20 && HEX_ID_LEFT.test(text.slice(start, at)))
    return true;
  if (text.charCodeAt(start - 1) !== 61 || text.charCodeAt(end) !== 62) return false;
  let i = start - 2;
  while (i >= 0 && start - i <= 80 && isBase64IdChar(text.charCodeAt(i))) i--;
  // Gmail's shorter ids too (`<CAB1x=3pQ2@mail.gmail.com>`: five characters before the `=`;
  // red-team round 68).
  return i >= 0 && text.charCodeAt(i) === 60 && start - i > 5;
}
/**
 * A Message-ID by where it stands (stop 41, red-team round 63's leftovers): in `<…>` right after a
 * mail header that holds ids (`Message-ID:`, `In-Reply-To:`, `References:`, a log's `message-id=`,
 * `msgid=`), ids before it on the same header allowed; or, as a whole value, one id or a list of
 * them (a mail record's `message_id`, `In-Reply-To`, `References` members) whose id-left is made of
 * digits and dots (RFC 5322's `<1234@local.machine.example>`, `<20250611.1183@…>`; not 7–15 bare
 * digits, an SMS gateway's phone number) or holds a character no address uses in practice (`*`,
 * `$`, `%`: RFC 2392's `<foo4*foo1@bar.net>`). A person's address alone in brackets stays one.
 */
const ID_HEADER_BEFORE =
  /(?:message-?id|in-reply-to|references|msg-?id|x-ms-exchange-[a-z-]+id)["']?[ \t]*[:=][ \t]*["']?(?:<[^<>\s]{1,250}>[ \t]*)*<$/i;
const WHOLE_ID_LIST = /^[ \t]*<[^<>\s@]{1,200}@[^<>\s@]{1,200}>(?:[ \t\r\n]+<[^<>\s@]{1,200}@[^<>\s@]{1,200}>)*[ \t]*$/;
const ID_LEFT = /^(?:\d+(?:\.\d+)+|\d{1,6}|\d{16,}|[^@]*[*$%][^@]*)$/;
function bracketedId(text: string, start: number, at: number, end: number): boolean {
  if (text.charCodeAt(end) !== 62) return false;
  let lt = start - 1;
  while (lt >= 0 && start - lt <= 80 && text.charCodeAt(lt) !== 60 && text.charCodeAt(lt) > 32 && text.charCodeAt(lt) !== 62) lt--;
  if (lt < 0 || text.charCodeAt(lt) !== 60) return false;
  if (ID_HEADER_BEFORE.test(text.slice(Math.max(0, lt - 300), lt + 1))) return true;
  return text.length <= 2000 && ID_LEFT.test(text.slice(lt + 1, at)) && WHOLE_ID_LIST.test(text);
}
function isBase64IdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 95 || c === 61;
}

/**
 * `deploy@my-project.iam.gserviceaccount.com`, `123-compute@developer.gserviceaccount.com`: a Google
 * Cloud service account (a workload's identity, as Cloud Audit Logs write `principalEmail` and IAM
 * bindings `serviceAccount:…`), not a person's mailbox; no mail is delivered there (red-team round 51).
 */
const SERVICE_ACCOUNT_DOMAIN = 'gserviceaccount.com';
function isGoogleServiceAccount(text: string, end: number): boolean {
  const from = end - SERVICE_ACCOUNT_DOMAIN.length;
  return (
    (text.charCodeAt(from - 1) === 46 || text.charCodeAt(from - 1) === 64) && text.slice(from, end).toLowerCase() === SERVICE_ACCOUNT_DOMAIN
  );
}

/**
 * Local parts of automated senders' mailboxes: no-reply senders, bounce daemons, RFC 2142 postmaster,
 * and a reply or notification mailbox with up to three words joined by `-` or `_` before it (LinkedIn's
 * `inmail-hit-reply@`, `jobs-noreply@`, `notifications@`; red-team round 43). Not a VERP bounce
 * (`bounces+jane=example.com@`), whose local part holds a recipient's address.
 */
const SYSTEM_LOCAL_PART =
  /^(?:mailer-daemon|postmaster|(?:[a-z0-9]+[_-]){0,3}(?:no-?reply|do-?not-?reply|donotreply|reply|notifications?))$/i;

/**
 * A team's or a function's shared mailbox, whose local part is two or three words of a department
 * or a service joined by `.`, `_` or `-` (`hr.investigations@`, `employee.relations@`,
 * `ethics.hotline@`, `people.ops@`: the actors and recipients of HR case tools and hotline
 * portals; red-team round 74 and its leftovers; a virtual clinic's `rpm-nurses@`, `patient.care@`:
 * red-team round 103): it names a function, not a person. A word the
 * list does not hold (`hr.smith@`, `ethics.jdoe@`) leaves the address a person's.
 */
const ROLE_MAILBOX_WORDS = new Set(
  'hr people ops operations employee employees relations er ethics hotline compliance speakup speak up whistleblowing integrity investigations investigation legal privacy dpo payroll benefits careers recruiting recruitment talent onboarding support helpdesk servicedesk service desk it security info contact office team accounts finance billing sales facilities safety wellbeing grievances conduct audit risk cases intake concerns absence leave rpm nurse nurses nursing care clinic clinical pharmacy scheduling appointments telehealth triage patient patients'.split(
    ' ',
  ),
);
const ROLE_MAILBOX_SHAPE = /^[a-z]{2,16}(?:[._-][a-z]{2,16}){1,2}$/i;
function isRoleMailbox(local: string): boolean {
  if (!ROLE_MAILBOX_SHAPE.test(local)) return false;
  for (const word of local.toLowerCase().split(/[._-]/)) if (!ROLE_MAILBOX_WORDS.has(word)) return false;
  return true;
}

/**
 * `19:0b0f…@thread.skype`, `19:…@unq.gbl.spaces`: a Microsoft Teams conversation (thread) id, as
 * the Microsoft 365 audit log and Graph write TeamGuid / chatId / channel ids, not an address.
 * Told by the `19:` before the local part and the thread domain after the `@` (`@thread.v2` and
 * `@thread.tacv2` end in a digit, which no address's TLD does).
 */
const TEAMS_THREAD_DOMAINS = new Set(['thread.skype', 'unq.gbl.spaces']);
function isTeamsConversationId(text: string, start: number, at: number, end: number): boolean {
  return text.startsWith('19:', start - 3) && TEAMS_THREAD_DOMAINS.has(text.slice(at + 1, end).toLowerCase());
}

/**
 * `Call-ID: a84b4c76e66710@pc33.atlanta.example.com`: a SIP dialog identifier (RFC 3261 §8.1.1.4
 * and §20.8: a random string, `@` and the host that made it; compact form `i:`), not an address.
 * Told by the header name right before the value, so only a blank, a colon, `=` or a quote before
 * the local part costs a look back.
 */
/**
 * A record's number after its label and `#` / `No.` (`ORDER #: 0031122458`, `REPORT # 0048817721`,
 * `REF #: 0700012345` of a credit vendor's printed report: red-team round 81 and its leftovers):
 * digits that open with a 0 there are the order's, the report's or the file's id, zero-padded,
 * not a number dialled with its `00` or trunk prefix. A phone's own label (`Phone #:`, `Tel. No.`,
 * `Fax #`, `Cell #`) still leads a phone.
 */
const RECORD_NUMBER_LABEL_BEFORE = /(?:^|[^A-Za-z])([A-Za-z]{2,14})\.? ?(?:#|[Nn][Oo]\.|[Nn][Rr]\.) ?:? {0,3}$/;
const PHONE_LABEL_WORDS: ReadonlySet<string> = new Set(
  'phone telephone tel tele mobile mob cell cellphone fax contact whatsapp sms landline home work office direct ph'.split(' '),
);
function numberLabelBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c !== 32 && c !== 35 && c !== 58 && c !== 46) return false;
  const m = RECORD_NUMBER_LABEL_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return m !== null && !PHONE_LABEL_WORDS.has(m[1]!.toLowerCase());
}
const SIP_CALL_ID_BEFORE = /(?:(?:^|[^\w-])call-id|(?:^|[\r\n])[ \t]*i)["']?[ \t]*[:=][ \t]*["']?$/i;
function isSipCallId(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c !== 32 && c !== 9 && c !== 58 && c !== 61 && c !== 34 && c !== 39) return false;
  return SIP_CALL_ID_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/**
 * `git@github.com:org/repo.git`, `hg@host:path`: an scp-style SSH remote, not an address. Told by
 * the `:path` that follows the host, with the local part `git` (the forges' SSH user) or a path
 * that ends in `.git`. An address followed by `:password` (a leaked combo list) stays an address.
 */
const SCP_PATH = /^:[~\w.-]+(?:\/[\w.~-]+)*\/?/;
function isScpRemote(text: string, start: number, at: number, end: number): boolean {
  const path = SCP_PATH.exec(text.slice(end, end + 256));
  if (path === null) return false;
  const local = text.slice(start, at);
  return local === 'git' || local === 'hg' || path[0].endsWith('.git');
}

/**
 * Phone words of records in Japanese, Chinese, Korean, Russian, Ukrainian, Greek, Arabic, Hebrew,
 * Hindi, Thai, Vietnamese, Turkish and Polish (red-team round 10). Not a bare `тел`: it is inside
 * `отель`. After one of them a number is also tried in LOCAL_REGIONS.
 */
const LOCAL_PHONE_WORDS = [
  '電話',
  '携帯',
  '連絡先',
  '折返し',
  '手机',
  '电话',
  '手機',
  '联系方式',
  '전화',
  '휴대폰',
  '핸드폰',
  '연락처',
  'телефон',
  'тел.',
  'тел:',
  'моб.',
  'мобильный',
  'мобільний',
  'перезвоните',
  'τηλ',
  'κινητό',
  'هاتف',
  'الهاتف',
  'جوال',
  // Arabic "my number" (`ورقمي ٠٥٠…`, red-team round 29); a bare `رقم` is an order's number as often.
  'رقمي',
  'الجوال',
  'موبايل',
  'טלפון',
  'נייד',
  'मोबाइल',
  'फ़ोन',
  'फोन',
  'โทร',
  'เบอร์',
  'điện thoại',
  'sđt',
  'sdt',
  'cep',
  'komórka',
  'kom.',
  // Latin-script records of Latin America, Africa and Southeast Asia (red-team round 15):
  // Portuguese `ligar` (`pode me ligar no 11 9…`), Indonesian `hubungi` / `nomor HP`, Swahili
  // `nipigie` (call me), Tagalog `tawagan` / `telepono`; and WHOLE_PHONE_WORDS.
  'ligar',
  'hubungi',
  'nomor hp',
  'no. hp',
  'nipigie',
  'tawagan',
  'telepono',
  // Round 17: Marathi, Bengali (`নম্বর` "number", as wallet SMS write the sender's), Urdu, Persian,
  // Tamil, Telugu, Sinhala, Georgian, Armenian, Amharic, Burmese, Khmer and Mongolian words.
  'मोबाईल',
  'মোবাইল',
  'ফোন',
  'নম্বর',
  'موبائل',
  'فون',
  'تلفن',
  'موبایل',
  'شماره تماس',
  'கைபேசி',
  'தொலைபேசி',
  'ఫోన్',
  'దూరవాణి',
  'දුරකථන',
  'ტელ',
  'მობ',
  'հեռ',
  'ስልክ',
  'ဖုန်း',
  'ទូរស័ព្ទ',
  'утас',
  // Round 20: Croatian / Serbian / Bosnian, Icelandic, Irish, Maltese, Latvian, Estonian,
  // Afrikaans, Zulu, Somali, Malagasy, Haitian Creole, Fijian / Samoan, Kinyarwanda, Cebuano and
  // Hausa words for a phone or "my number" (`mobitel 091 234 5678`, `m'uimhir ghutháin is 086…`,
  // `helistas numbrilt 8 612 34567`, `akong numero kay 0918…`).
  'mobitel',
  'mobilni',
  'broj telefona',
  'sími',
  'símanúmer',
  'farsím',
  'guthán',
  'ghutháin',
  'mowbajl',
  'tālr',
  'talrunis',
  'mobiil',
  'helista',
  'selfoon',
  'selnommer',
  'inombolo',
  'taleefan',
  'finday',
  'nimewo',
  'telefòn',
  'talevoni',
  'numera telefoni',
  'nimero ya telefone',
  'akong numero',
  'numero nako',
  'lambar waya',
  // Round 23: Korean "my number" of chats and transcripts (`제 번호는 010 9876 5432예요`); a bare
  // `번호` is an order's or a ticket's number as often (`주문번호`).
  '제 번호',
  '내 번호',
  '폰번호',
];
/**
 * Phone words read only as whole words: Spanish `cel` (`cel 300 123 4567`; not `celui`, `celda`),
 * Swahili `simu` (not `simulation`), Indonesian `hp` / `no hp`, Portuguese `ligue` (not `ligue 1`
 * … still a word: a number must also be valid in a region).
 */
// E9-1-1 / CAD shorthand (round 35): `CALLBK` (callback), `ANI` (the caller's number); not `cb`,
// a URL's cache-buster (`cb=1733390000`) far more often than a dispatcher's callback.
// Portuguese `liguem` (`liguem no (11) 9…`, a survey's call-back request; red-team round 79).
const WHOLE_PHONE_WORDS = ['cel', 'simu', 'no hp', 'ligue', 'liguem', 'fixe', 'callbk', 'ani', 'unter'];
/**
 * Where a case's party is reached, right before the number (`witness: …, privat 0664 123456`,
 * `respondent home 078 123 45 67`, `thuis 06 …`, `zuhause: …`: HR case descriptions; red-team
 * round 74 and its leftovers): a phone word only when the number follows it at once (`/home?…&ts=
 * 1710238522` of a URL, `home 3 days` stay), and the number still valid in a region.
 */
const HOME_WORD_RIGHT_BEFORE = /(?<![a-z])(?:home|privat|privé|zuhause|thuis)[ \t]*:?[ \t]*$/i;
function homeWordRightBefore(scan: TextScan, start: number): boolean {
  return HOME_WORD_RIGHT_BEFORE.test(scan.text.slice(Math.max(0, start - 12), start));
}
/** Cyrillic phone words read only as whole words: a bare `тел` (`тел 8771…`; not `хотел`, `отель`, `тело`). */
const WHOLE_CYRILLIC_PHONE_WORDS = ['тел'];
/** keywordRegex(words) that also finds WHOLE_PHONE_WORDS and WHOLE_CYRILLIC_PHONE_WORDS, each standing as a word. */
function phoneWordRegex(words: readonly string[]): RegExp {
  return new RegExp(
    `${keywordRegex(words).source}|(?<![a-z])(?:${WHOLE_PHONE_WORDS.join('|')})(?![a-z])|(?<![а-яё])(?:${WHOLE_CYRILLIC_PHONE_WORDS.join('|')})(?![а-яё])`,
  );
}
const LOCAL_PHONE_CONTEXT = phoneWordRegex(LOCAL_PHONE_WORDS);
/**
 * The regions of those records, tried after their phone words only: trying them after every phone
 * word cost the unique bench records 5–10% (numbers valid nowhere are tried in every region).
 */
const LOCAL_REGIONS: readonly CountryCode[] = [
  ...['JP', 'CN', 'KR', 'RU', 'UA', 'TR', 'PL', 'GR', 'IL', 'AE', 'SA', 'TH', 'VN', 'MX'],
  // Round 15: Southeast Asia, Africa, Latin America and Portugal.
  ...['ID', 'PH', 'MY', 'NG', 'KE', 'ZA', 'CO', 'AR', 'CL', 'PE', 'PT'],
  // Round 17: South and Central Asia, the Caucasus, the Balkans, East Africa, Hong Kong, Taiwan.
  ...['IN', 'BD', 'PK', 'IR', 'LK', 'NP', 'MM', 'KH', 'MN', 'KZ', 'GE', 'AM', 'ET', 'EG', 'RS', 'BG', 'HK', 'TW'],
  // Round 20: the Baltics, the western Balkans, Iceland, Ireland, Malta, Luxembourg, Azerbaijan,
  // Uzbekistan, West, East and southern Africa, Madagascar, Haiti, the Pacific, Paraguay, Bolivia.
  ...['EE', 'LV', 'LT', 'SK', 'SI', 'HR', 'BA', 'ME', 'AL', 'IS', 'IE', 'MT', 'LU', 'AZ', 'UZ'],
  ...['GH', 'RW', 'UG', 'ZM', 'ZW', 'SN', 'SO', 'MG', 'HT', 'FJ', 'WS', 'TO', 'PY', 'BO'],
] as CountryCode[];

const PHONE_CONTEXT = phoneWordRegex([
  'phone',
  'tel',
  'telephone',
  'mobile',
  'cell',
  'call',
  'sms',
  'whatsapp',
  'fax',
  'contact',
  'msisdn',
  'dial',
  'text me',
  'reach me',
  'handy',
  'telefon',
  'téléphone',
  'tél',
  'portable',
  // Spanish, Portuguese, German, Dutch call-back phrases of support chats (`tel`, `cell` and
  // `telefon` already cover teléfono, telemóvel, cellulare, telefoon: the match is a word start).
  'móvil',
  'movil',
  'celular',
  // Portuguese and Spanish `contact` before a family's number (`Contato: Lucinda Tavares (11)
  // 96123-4567`, a mass notice: red-team round 101).
  'contato',
  'contacto',
  // A notice's `for information` before a family's number (`Informações: Cláudio … (11) 2345-6789`,
  // `Per info 02 1234 5678`: stop 47, leftovers of red-team round 101).
  'informações',
  'informacoes',
  'informaciones',
  'per info',
  'per informazioni',
  // A dialer's glued `ph#2015550169` (red-team round 84).
  'ph#',
  // Where a bank's or a fraud desk's note says the customer called from (`llamó desde el 612 34 56
  // 78`, `ha chiamato dal 312 345 6789`, `a rappelé depuis le 06 …`; leftovers of red-team round 69).
  'llamó desde',
  'llamo desde',
  'llamada desde',
  // A support macro's call-back promise (`el mensajero te llamará al 612 34 56 78`: red-team round 91).
  'llamar',
  'desde el',
  'chiamato dal',
  'chiamata dal',
  'rappelé depuis',
  'appelé depuis',
  // An Australian PayID (NPP) registered to a mobile number (`PayID 0412 345 678`).
  'payid',
  'rückruf',
  'anrufen',
  'erreichbar unter',
  // A summary's or a note's `can be reached on 01512 3456789` (an LLM summary of a safety report;
  // leftovers of red-team round 90).
  'reached on',
  'reached at',
  'reachable on',
  'reachable at',
  'bel me',
  'bel mij',
  'mobiel',
  'gsm',
  // Practice systems' glued field names in audit texts (Open Dental `WirelessPhone 6145550111`,
  // `HmPhone`, `WkPhone`; leftovers of red-team round 53): `phone` is no word start there.
  'wirelessphone',
  'homephone',
  'hmphone',
  'workphone',
  'wkphone',
  // Signature abbreviations (`M: 06 12345678`, `Mob. 07700 900123`) and "my / new number" in
  // chats (`meine neue Nummer ist 0151 23456789`); a bare "Nummer" is an order or ticket number
  // as often (red-team round 8).
  'm:',
  'mob',
  'my number',
  'my new number',
  // A third person's number in an agent's or a task's note (`her number is 0171 5550184`,
  // red-team round 14).
  'her number',
  'his number',
  'their number',
  'your number',
  'ihre nummer',
  'seine nummer',
  'meine nummer',
  'neue nummer',
  'mijn nummer',
  'nieuwe nummer',
  'mon numéro',
  'mi número',
  'mio numero',
  // The large EU markets (red-team round 22): French `joignable au`, Dutch `bereikbaar op`,
  // German `Rückfragen`, Portuguese `o meu número` and MB WAY, Swedish Swish (`Swisha till`),
  // Danish / Norwegian `tlf`, Finnish `puh.` / `puhelin`, Greek `kinito` / `tilefono` in Latin
  // letters. After any phone word a number is also tried in EU_REGIONS.
  'joignable',
  'bereikbaar',
  'rückfrage',
  'meu número',
  'meu numero',
  'mb way',
  'swish',
  'tlf',
  'puh.',
  'puhelin',
  'kinito',
  'tilefono',
  // Support chats about a third person and typed shorthand (red-team round 24: `reach her on
  // 07400 123456`, `ring me`, `my new # is`), and WhatsApp's click-to-chat link (`wa.me/1404…`).
  'reach her',
  'reach him',
  'reach us',
  'reach them',
  'ring me',
  'ring her',
  'ring him',
  // The same in Swedish, Danish and Norwegian (`Ring mig på 070-123 45 67`, red-team round 50).
  // A pupil's or a parent's own number in a tutor chat or a school note (`ring my house 085 012
  // 3456`, `ring my mum on …`; red-team round 80).
  'ring my',
  'ring us',
  'ring mig',
  'ring meg',
  'ring oss',
  'ringa mig',
  'text her',
  'text him',
  'my #',
  'new #',
  // Call notes (round 28: `best number is 0413 456 789`).
  'best number',
  'wa.me/',
  // Call-back phrases of speech transcripts and voicemails (red-team round 29): French `me
  // rappeler au` / `mon fixe`, Spanish `llámame al`, German `erreichen Sie mich unter`, Italian
  // `chiamami`, Portuguese `me liga`, Polish `mój numer`, Hindi-English `mera number`, and the
  // voicemail notice's `voicemail from` / `mensaje de voz de`.
  'rappeler',
  'rappelez',
  // A courier's or a customer's delivery note (red-team round 42: `Si absent appeler le 06 98 76 54 32`).
  'appeler',
  'appelez',
  'mon fixe',
  'llámame',
  'llamame',
  'llamadme',
  'erreichen sie mich',
  'erreichen mich',
  'chiamami',
  'richiamare',
  'me liga',
  // Brazilian `zap` (WhatsApp): `meu zap é (11) 9…`, `chama no zap (21) 9…` (red-team round 80).
  'meu zap',
  'no zap',
  // Call-back requests of support notes in the third person (red-team round 60: `pide que le
  // llamen al 655 …`, `Rückruf unter 0171 …`, `graag terugbellen op 06-…`, `pede para ligar para …`).
  'llamen',
  'llamarle',
  'llamar al',
  'ligar para',
  'rückruf',
  'rueckruf',
  'zurückrufen',
  'terugbellen',
  // Dutch `bel terug op …` and German `Rückruf … unter …` / `erreichbar … unter` with the number
  // after a bare `unter` (red-team round 70 and its leftovers; `unter` is read as a whole word and
  // only before a number valid in a region).
  'bel terug',
  // A support note's "the customer called from …" in the past tense (stop 37): Swedish `ringde
  // från`, Danish `ringede`, Norwegian `ringte`, Finnish `soitti numerosta`, Dutch `belde vanaf`,
  // Portuguese `ligou do`, Italian `ha chiamato dal`, German `rief … an`, Polish `dzwonił`.
  'ringde',
  'ringede',
  'ringte',
  'soitti',
  'belde',
  'ligou',
  'chamou',
  'chiamato dal',
  'dzwonił',
  'dzwoniła',
  'bel me',
  'mój numer',
  'moj numer',
  'mera number',
  'mera no',
  'voicemail from',
  'mensaje de voz de',
  'message vocal de',
  // A caller repeating the number after reading it out (`… setenta y ocho; o sea 612345678`,
  // `je répète 06 39 98 12 34`): the spoken run is masked as a phone, the repetition is one too.
  'o sea',
  'es decir',
  'repito',
  'je répète',
  'i repeat',
  'ich wiederhole',
  'ripeto',
  // Mail bodies and signatures (red-team round 32): `my work number is 02 1234 5678`, German
  // `ruf mich an 0151 …`, a direct line (`Direkt: 08-123 456 78`, `Durchwahl`), French
  // `port. 06.98.76.54.32` (whole word `fixe` below).
  'work number',
  'home number',
  'private number',
  'landline',
  'ruf mich',
  'rufen sie mich',
  'direct:',
  'direct line',
  'direkt:',
  'durchwahl',
  'port.',
  ...LOCAL_PHONE_WORDS,
]);
/**
 * EU and EFTA countries outside the default regions, tried after any phone word when the number
 * is valid in none of the policy's regions (`Telefon 070-123 45 67`, `tel. 0664 123456`,
 * `puh. 041 2345678`): their records use the shared words `tel`, `telefon`, `mobil`. Their
 * national plans pass many short numbers, so a number is tried only as the country writes it:
 * with its trunk 0 where the country dials one (EU_TRUNK_REGIONS), without one elsewhere, and
 * never one that starts with a year (`2024-11872`, a file number).
 */
const EU_TRUNK_REGIONS: readonly CountryCode[] = ['SE', 'FI', 'AT', 'BE', 'CH', 'SK', 'RO', 'IE'] as CountryCode[];
const EU_PLAIN_REGIONS: readonly CountryCode[] = ['DK', 'NO', 'CZ', 'PL', 'PT', 'GR'] as CountryCode[];
const YEAR_FIRST = /^(?:19|20)\d\d\D/;
const YEAR_DASH = /^(?:19|20)\d\d[-/]\d/;
const COUNTRY_CODE_BEFORE = /(?:\+|\b00)\d{1,3}[ .-]?$/;
function validInEurope(v: string): string | undefined {
  const first = v.charCodeAt(0);
  if (first === 48) return v.charCodeAt(1) === 48 ? undefined : validIn(v, EU_TRUNK_REGIONS);
  return YEAR_FIRST.test(v) ? undefined : validIn(v, EU_PLAIN_REGIONS);
}

/**
 * A call word right after the number, as languages that put the verb last write it (Hindi `८१२३४
 * ५६७८९ पर कॉल करें`, Japanese `090-1234-5678に電話`, Korean `010-2000-0000로 전화`, Bengali `০১৮… নম্বর থেকে`
 * "from number …"): a postposition
 * of up to 6 characters, then the word. Read only in text with a non-ASCII character.
 */
const PHONE_WORD_AFTER = /^\s?(?:\S{1,6}\s?)?(?:कॉल|फ़ोन|फोन|मिस्ड कॉल|電話|电话|전화|연락|নম্বর)/;
/** Hindi-English in Latin letters (`9812345678 pe call karo`, red-team round 29): `pe` / `par` and the word. */
const PHONE_WORD_AFTER_LATIN = /^ (?:pe|par|pr) (?:call|phone|fone|whatsapp|missed call|msg)\b/i;
function phoneWordAfter(scan: TextScan, end: number): boolean {
  if (scan.text.charCodeAt(end) === 32 && PHONE_WORD_AFTER_LATIN.test(scan.text.slice(end, end + 22))) return true;
  return (scan.signature & SIG_NON_ASCII) !== 0 && PHONE_WORD_AFTER.test(scan.text.slice(end, end + 16));
}

/**
 * A phone word within the window before `start`, not behind a number that ends a sentence: in
 * `Teléfono de contacto 612 34 56 78. Pedido 4500012345` the word is the first number's, and the
 * order number of the next sentence is no phone (red-team round 22). Read only when the window
 * holds a full stop or semicolon and a blank.
 */
const NUMBER_ENDS_SENTENCE = /\d[.;!?]\s+/g;
/** A parameter `name=value&` whose value holds a digit (numberedPhoneParamOut decides). */
const NUMBERED_PARAM = /([A-Za-z_.-]{1,32})=([^&=\s]{0,40}\d[^&=\s]{0,40})&/g;
/** The pair blanked out when its name is a phone word and its value holds 7 digits or more. */
function numberedPhoneParamOut(pair: string, name: string, value: string): string {
  return PHONE_CONTEXT.test(name.toLowerCase()) && value.replace(NOT_DIGIT, '').length >= 7 ? ' ' : pair;
}

/**
 * `ph` right before the number (`member ph 0412 345 678`, `ph: …`, `Ph# …`: call-centre shorthand;
 * leftovers of red-team round 82). Only right before: further off it is a pH reading's (`pH 7.4 …`).
 */
const PH_RIGHT_BEFORE = /(?:^|[^A-Za-z])[Pp][Hh](?:[.:#]| ?#)? ?$/;

/**
 * A phone word's id key right before the number (`contact_id=9918540` of a texting platform's
 * opt-out log, `call_id=`, `smsId:`, `cell_id=` of a radio cell: red-team round 102): a record's or a
 * cell's id, whatever word it names.
 */
const PHONE_WORD_ID_KEY = /(?:contact|call|sms|cell|phone|mobile|fax)[_.-]?(?:id|ID|Id)["']?[ \t]*[=:][ \t]*["']?$/;

/**
 * An order's or an invoice's word right before the number (`contato do cliente: Pedido 4500098765`:
 * red-team round 22; `Contato` names a phone since round 101): the number is the order's, whatever
 * phone word stands earlier.
 */
const ORDER_WORD_RIGHT_BEFORE =
  /(?<![A-Za-z])(?:pedido|encomenda|order|commande|bestellung|ordine|invoice|factura|fatura|fattura|facture|protocolo)[ \t]*(?:#|n[°º.]|no\.|nr\.)?[ \t]*[:#]?[ \t]*$/i;

function phoneWordBefore(scan: TextScan, start: number): boolean {
  if (start >= 2 && start <= scan.text.length && PH_RIGHT_BEFORE.test(scan.text.slice(start > 6 ? start - 6 : 0, start))) return true;
  if (!contextBefore(scan, start, PHONE_CONTEXT)) return false;
  if (scan.text.charCodeAt(start - 1) === 32 && ORDER_WORD_RIGHT_BEFORE.test(scan.text.slice(start > 24 ? start - 24 : 0, start)))
    return false;
  const c = scan.text.charCodeAt(start - 1);
  if (
    (c === 61 || c === 58 || c === 32 || c === 34 || c === 39) &&
    PHONE_WORD_ID_KEY.test(scan.text.slice(start > 20 ? start - 20 : 0, start))
  )
    return false;
  if (scan.text.charCodeAt(start - 1) === 62 && ownElementNamesId(scan.text, start)) return false;
  if (scan.text.charCodeAt(start - 1) === 10 && headerNamesOtherColumn(scan.text, start)) return false;
  const from = start > CONTEXT_WINDOW ? start - CONTEXT_WINDOW : 0;
  const before = scan.text.slice(from, start);
  // The value of a query or form parameter (`…&phone=%2B49…&t=1730800000`): a phone word that
  // names an earlier parameter holding a number of its own is that parameter's, not this value's
  // (red-team round 64); `carrier=T-Mobile&number=…` of a port-in form still counts.
  if (scan.text.charCodeAt(start - 1) === 61 && before.indexOf('&') >= 0) {
    const others = before.replace(NUMBERED_PARAM, numberedPhoneParamOut);
    if (others !== before) return PHONE_CONTEXT.test(others.toLowerCase());
  }
  if (before.indexOf('. ') < 0 && before.indexOf('; ') < 0) return true;
  let cut = -1;
  NUMBER_ENDS_SENTENCE.lastIndex = 0;
  for (let m = NUMBER_ENDS_SENTENCE.exec(before); m !== null; m = NUMBER_ENDS_SENTENCE.exec(before)) cut = m.index + m[0].length;
  return cut < 0 || contextBefore(scan, start, PHONE_CONTEXT, before.length - cut);
}

/** A CSV / TSV / pipe header's or row's separator. */
const CELL_SEPARATOR = /[,;|\t]/;

/**
 * Whether the value at `start`, which opens a line, is the first cell of a row under a header
 * whose first column is no phone's (`Unique Key,…,Caller Phone,Caller Email\n59128803,…`: a 311
 * export's record id; red-team round 94): the phone word on the line before names a later column.
 */
function headerNamesOtherColumn(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 2) + 1;
  const header = text.slice(lineStart, start - 1);
  const sep = header.search(CELL_SEPARATOR);
  if (sep <= 0) return false;
  return !PHONE_CONTEXT.test(header.slice(0, sep).toLowerCase()) && CELL_SEPARATOR.test(text.slice(start, start + 24));
}

/** An XML element's start tag right before a value, its name in group 1. */
const OPEN_ELEMENT_BEFORE = /<(?:[A-Za-z_][\w.-]{0,31}:)?([A-Za-z_][\w.-]{0,63})(?:\s[^<>]{0,128})?>$/;
/** An element name that says it holds an id, a code or a count (`SoftwareId`, `ReturnTypeCd`, `TaxYr`, `DocumentCnt`). */
const ID_ELEMENT = /(?:Id|ID|Cd|Code|Cnt|Count|Num|Seq|Yr|Version|Ver)$/;

/**
 * Whether the value at `start` opens an XML element whose own name says it holds an id, a code or
 * a count (`…<PhoneNum>…</PhoneNum></Filer><SoftwareId>23012345</SoftwareId>`: an IRS MeF
 * return's software id after the filer's phone; red-team round 67): the phone word of a
 * neighbouring element is no context for it. A phone-named one (`PhoneNum`, `MobileId`) keeps it.
 */
function ownElementNamesId(text: string, start: number): boolean {
  const m = OPEN_ELEMENT_BEFORE.exec(text.slice(start > 200 ? start - 200 : 0, start));
  return m !== null && ID_ELEMENT.test(m[1]!) && !PHONE_ELEMENT_WORD.test(m[1]!);
}
const PHONE_ELEMENT_WORD = /phone|tel|mobile|cell|fax|msisdn|handy|whatsapp/i;

/**
 * A national number with its trunk 0 right after a preposition of contact, with no phone word
 * (red-team round 28: `daughter Fiona Grant on 0141 496 0123 to be informed`, `ring me 0412 345
 * 678`, `reply from 0612345678`): 9–11 digits starting with one 0, alone or in blank-separated
 * groups. The caller still requires validity in a region, so `on 0141 496 012` stays.
 */
const CONTACT_PREPOSITION =
  /(?<![\w-])(?:on|ring(?: me| us)?(?: on)?|call(?: me| us)? on|text(?: me| us)?(?: on)?|reach(?: me| us)? (?:on|at)|whatsapp(?: me| us)?(?: on)?|reply from|sms from|message from) $/i;
// A group may hold six digits: a UK mobile written 5 + 6 (`ring 07700 900461`, red-team round 42).
const TRUNK_NATIONAL = /^0[1-9](?:\d{7,9}|\d{1,4}(?: \d{2,6}){1,3})$/;
function contactedOn(v: string, scan: TextScan, start: number): boolean {
  if (start < 2) return false;
  // At a line's start only a signature's number (aloneBeforeSentFrom) is read.
  if (scan.text.charCodeAt(start - 1) !== 32) return scan.text.charCodeAt(start - 1) === 10 && labelledNational(v, scan, start);
  if (TRUNK_NATIONAL.test(v)) {
    const digits = v.length - (v.split(' ').length - 1);
    if (digits >= 9 && digits <= 11 && CONTACT_PREPOSITION.test(scan.text.slice(Math.max(0, start - 20), start))) return true;
  }
  return labelledNational(v, scan, start);
}

/**
 * A number in brackets right after a person's name, the way hosts' and concierges' notes give a
 * contact (red-team round 41: `Mr & Mrs Haruto Sato (09012345678)`, `PA Marta Gonçalves (912 345
 * 678)`): 9–11 digits, the bracket closed right after, two capitalised words before that are not
 * the label of a number (`Order Number (…)`, `Account Id (…)`). The caller requires validity.
 */
const DATED_SERIAL = /^\((?:19|20)\d\d(?:0[1-9]|1[0-2])/;
const NAME_BEFORE_BRACKET = /(?<![\p{L}\d])\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}[\p{Ll}'’-]* $/u;
const NUMBER_LABEL_WORD = /\b(?:number|no|nr|num|id|ref|reference|order|invoice|account|total|code|ticket|case|booking|confirmation)\b/i;
function bracketAfterName(v: string, scan: TextScan, start: number): boolean {
  if (v.charCodeAt(0) !== 40 || scan.text.charCodeAt(start + v.length) !== 41) return false;
  const digits = v.replace(NOT_DIGIT, '').length;
  // A serial that opens with a year and a month (`(20240614123)`, a build or batch) is no number.
  if (digits < 9 || digits > 11 || DATED_SERIAL.test(v)) return false;
  const before = scan.text.slice(Math.max(0, start - 40), start);
  return NAME_BEFORE_BRACKET.test(before) && !NUMBER_LABEL_WORD.test(before.slice(before.lastIndexOf(' ', before.length - 2) - 30));
}

/**
 * A national number with its trunk 0 right after a person's name and a comma, the way a contact
 * is given in chat and task text (red-team round 49: `I am Nestor Wilke, 07400 123456`): two
 * capitalised words that are not the label of a number (`Order Number, …`). The caller requires
 * validity.
 */
const NAME_BEFORE_COMMA = /(?<![\p{L}\d])\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}[\p{Ll}'’-]*, $/u;
function commaAfterName(v: string, scan: TextScan, start: number): boolean {
  if (start < 8 || scan.text.charCodeAt(start - 2) !== 44 || !TRUNK_NATIONAL.test(v)) return false;
  const digits = v.length - (v.split(' ').length - 1);
  if (digits < 9 || digits > 11) return false;
  const before = scan.text.slice(Math.max(0, start - 40), start);
  return NAME_BEFORE_COMMA.test(before) && !NUMBER_LABEL_WORD.test(before.slice(before.lastIndexOf(' ', before.length - 3) - 30));
}

/**
 * A national number (one trunk 0, 9–11 digits in groups) after a signature's one-letter label,
 * beside an e-mail address or alone on its line before `Sent from my …` (SIGNATURE_LABEL,
 * EMAIL_THEN_JOIN, SENT_FROM_AFTER); the caller requires validity.
 */
const GROUPED_NATIONAL = /^0[1-9][\d .-]{7,14}$/;
function labelledNational(v: string, scan: TextScan, start: number): boolean {
  if (!GROUPED_NATIONAL.test(v)) return false;
  const digits = v.replace(NOT_DIGIT, '').length;
  if (digits < 9 || digits > 11) return false;
  return (
    SIGNATURE_LABEL.test(scan.text.slice(Math.max(0, start - 8), start)) ||
    afterEmailAddress(scan, start) ||
    afterSpelledEmail(scan, start) ||
    aloneBeforeSentFrom(v, scan, start)
  );
}

/**
 * A number alone on its line with a mobile client's sign-off right after it, a blank line between
 * at most (red-team round 32: `Sarah Jennings\n07700 900123\n\nSent from my iPhone`): the shortest
 * signature there is, a name and a number.
 */
const SENT_FROM_AFTER = /^[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:sent from my|get outlook for) /i;
function aloneBeforeSentFrom(v: string, scan: TextScan, start: number): boolean {
  const text = scan.text;
  let from = start;
  while (from > 0 && (text.charCodeAt(from - 1) === 32 || text.charCodeAt(from - 1) === 9)) from--;
  if (from > 0 && text.charCodeAt(from - 1) !== 10) return false;
  const end = start + v.length;
  return SENT_FROM_AFTER.test(text.slice(end, end + 40));
}

/**
 * A signature's one-letter label (red-team round 32: `T +61 2 9876 5432 | M 0412 345 678`, `M.
 * 07400 123456` on its own line): T(el), M(obile), C(ell), P(hone), D(irect), H(ome), O(ffice) at a
 * line's start or after a separator of a one-line signature (`|`, `·`, `•`).
 */
const SIGNATURE_LABEL = /(?:^|[\n\r]|[|·•] ?)[ \t]*[TMCPDHO]\.?:? $/;

/**
 * An e-mail address then `or`, `,`, `/`, `|` right before the number (red-team round 32: `nobody
 * replied to ben@… or 0412345678`, `E jane@… | 07400 123456`): the two ways to reach a person,
 * written side by side. Read only in text with an `@` near the number.
 */
const EMAIL_THEN_JOIN = /@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}[>)]? ?(?:,|;|\||\/|·|•|or|oder|ou|o|of|eller)? ?$/i;
/**
 * The same after an address spelled out (`ahmed.khan at example dot com or 07911 123 456`,
 * red-team round 42): ` dot ` and a top-level domain, then the join.
 */
const SPELLED_EMAIL_THEN_JOIN = / at [a-z0-9-]+(?:(?: dot |\.)[a-z0-9-]+)* dot [a-z]{2,6} ?(?:,|;|\||\/|or|oder|ou|o|of|eller)? ?$/i;
function afterSpelledEmail(scan: TextScan, start: number): boolean {
  const dot = scan.text.lastIndexOf(' dot ', start);
  return dot >= 0 && start - dot <= 20 && SPELLED_EMAIL_THEN_JOIN.test(scan.text.slice(Math.max(0, dot - 80), start));
}
function afterEmailAddress(scan: TextScan, start: number): boolean {
  const at = scan.text.lastIndexOf('@', start);
  return at >= 0 && start - at <= 80 && EMAIL_THEN_JOIN.test(scan.text.slice(at, start));
}

/**
 * A Swish number of a business (Getswish: ten digits starting 123, `Swish till 123 118 11 89`):
 * a merchant's payment number, not a phone, though German, Indian and Brazilian plans pass it.
 */
function swishBusinessNumber(v: string, scan: TextScan, start: number): boolean {
  // A candidate may be the tail of the number written in groups (`123 456 78 90` read from `456`):
  // the digits and blanks right before it belong to the same number.
  const text = scan.text;
  let from = start;
  while (from > 0 && start - from < 8 && (text.charCodeAt(from - 1) === 32 || isDigitCode(text.charCodeAt(from - 1)))) from--;
  while (from < start && text.charCodeAt(from) === 32) from++;
  const digits = (from < start ? text.slice(from, start) + v : v).replace(NOT_DIGIT, '');
  if (text.charCodeAt(from) !== 49 || digits.length !== 10 || !digits.startsWith('123')) return false;
  const swish = scan.lower().lastIndexOf('swish', from);
  return swish >= 0 && from - swish <= CONTEXT_WINDOW;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

const NANP_REGIONS: readonly CountryCode[] = ['US', 'CA'];
const JP_KR: readonly CountryCode[] = ['JP', 'KR'];
const JP_KR_MOBILE = /^(?:0[789]0-\d{4}|01[016789]-\d{3,4})-\d{4}$/;
/**
 * A Korean mobile written with blanks (`010 9876 5432`) right after `번호는` / `번호가` ("the number
 * is") standing as a word of its own: chats say "my number" without `제` (`번호는 010 …예요`). Not
 * after a compound (`주문번호는`, the order number) and not other numbers (`회원 번호는 1234 5678`).
 */
const KR_SPACED_MOBILE = /^01[016789] \d{3,4} \d{4}$/;
const KR_NUMBER_IS = /(?<![\uac00-\ud7af])번호[는가][ :]{0,2}$/;
const KR: readonly CountryCode[] = ['KR'];
/**
 * Hangul within 20 characters of a number (red-team round 42: a shop memo's `… / 010 2000 0000
 * 부재시 경비실`): in a Korean text a spaced 010–019 mobile (KR_SPACED_MOBILE) is a phone without a
 * phone word, as no other Korean number is written 3-4-4 with blanks and that prefix; not right
 * after a word that names another number (`주문번호는`, KR_NUMBER_IS reads `번호는` alone).
 */
const HANGUL = /[\uac00-\ud7af]/;
const NUMBER_WORD_BEFORE = /번호/;
function hangulNear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  // A number named by a word of its own is that number (`주문번호는 010 2345 6789`, an order's).
  if (NUMBER_WORD_BEFORE.test(before.slice(-8))) return false;
  return HANGUL.test(before) || HANGUL.test(text.slice(end, end + 20));
}
/**
 * Pakistani and Bangladeshi mobiles as their SMS and chats write them, the operator prefix set
 * apart (`0301 2345678`, `0301-2345678`: 03 and 2 digits, then 7; `01812-345678`: 01 3–9 and 3
 * digits, then 6): no other number is written so, so valid there they stand without a phone word.
 */
const PK_BD_MOBILE = /^(?:03[0-4]\d[ -]\d{7}|01[3-9]\d{2}-\d{6})$/;
const PK_BD: readonly CountryCode[] = ['PK', 'BD'];
/**
 * British and French mobiles as people write them in chats (red-team round 62: `thats my brother,
 * 07400 445566`, `mon 06 98 76 54 32`): `07` and 3 digits, a blank, 6 digits; `06` / `07` and four
 * pairs set apart by blanks or dots. No other number is written so, so valid there they stand
 * without a phone word.
 */
const GB_FR_MOBILE = /^(?:07\d{3} \d{6}|0[67](?: \d\d){4}|0[67](?:\.\d\d){4})$/;
const GB_FR: readonly CountryCode[] = ['GB', 'FR'];
/**
 * Dutch and Swedish mobiles as their people write them (red-team round 65: `gedeeld met Sanne via
 * 06 12345678`, `Nytt nummer 070-123 45 67`; libphonenumber's NL and SE examples): `06`, a blank or
 * a dash, 8 digits; `07` and a digit, a dash, then 3, 2 and 2 digits set apart by blanks. No other
 * number is written so, so valid there they stand without a phone word.
 */
const NL_SE_MOBILE = /^(?:06[ -]\d{8}|07[02369]-\d{3} \d\d \d\d)$/;
const NL_SE: readonly CountryCode[] = ['NL', 'SE'];
/** Eight digits that are a date (`06 20240117`): a code and a day, no mobile. */
const COMPACT_DATE_TAIL = /(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
/**
 * The number in E.164 under the first of `regions` where it is valid. The library is asked only
 * where the metadata's patterns cannot tell (phone-precheck.ts).
 */
function validIn(v: string, regions: readonly CountryCode[]): string | undefined {
  const digits = v.replace(NOT_DIGIT, '');
  const precheck = phonePrecheck();
  for (const region of regions) {
    const verdict = precheck.validIn(digits, region);
    if (verdict === null) continue;
    if (verdict !== undefined) return verdict;
    const { isValidPhoneNumber, parsePhoneNumberFromString } = phoneNumberLibrary();
    if (isValidPhoneNumber(v, region)) return parsePhoneNumberFromString(v, region)?.number;
  }
  return undefined;
}
const NOT_DIGIT = /\D/g;

/**
 * A `+` (or `00`) number that is not valid but is possible (its national number has a length its
 * country's numbers have): still a phone number. Documentation and test data write such numbers
 * (Twilio's `+15558675310`, the 555 exchanges of fiction, generated sample data), and people
 * mistype real ones; the `+` says what it is. The E.164 form, or undefined.
 */
function possibleInternational(v: string): string | undefined {
  const digits = v.replace(NOT_DIGIT, '');
  // The library's isPossible(), answered from its metadata by the pre-check (no parse).
  const e164 = phonePrecheck().possibleInternational(v.startsWith('00') ? digits.slice(2) : digits);
  if (e164 === null) return undefined;
  // A placeholder (`+1 000-000-0000`, `+44 0000 000000`) repeats one digit; a +1 number needs
  // possible NANP area and exchange codes.
  if (/^\+\d{1,3}?(\d)\1{5,}$/.test(e164)) return undefined;
  if (e164.startsWith('+1') && possibleNorthAmerican(e164.slice(2)) === undefined) return undefined;
  return e164;
}

/**
 * A North American shape with brackets or dashes (`(555) 123-4567`, `555-867-5309`) that is not a
 * valid number, after a phone keyword: a phone number when its area code and exchange are possible
 * NANP codes (first digits 2–9), as `+1…`. `Call reference 401-023-2138` (an exchange starting
 * with 0) stays.
 */
function possibleNorthAmerican(v: string): string | undefined {
  let digits = v.replace(NOT_DIGIT, '');
  if (digits.length === 11 && digits.charCodeAt(0) === 49) digits = digits.slice(1);
  if (digits.length !== 10 || digits.charCodeAt(0) < 50 || digits.charCodeAt(3) < 50) return undefined;
  return `+1${digits}`;
}
const NANP_FORMAT = /^(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;
/** A percent-encoded `+` number up to a `%` (see phoneDetector: the head of phone_percent_encoded's match). */
const PERCENT_PLUS_HEAD = /%2[Bb]\d(?:[\d+.-]|%20)*%$/;
/**
 * A company's name with its legal form, then a comma, right before a number (`Acme Freight Ltd,
 * +44 20 7946 0000`, `Globex GmbH, 030 1234567`): the company's switchboard, which its letterhead
 * and website print, no person's line (red-team round 49). A person's name before it (`Jane Doe,
 * +44 …`) has no legal form, and a phone word before the company's name changes nothing.
 */
const LEGAL_FORM_COMMA =
  /[A-Za-z] (?:corporation|corp\.?|incorporated|inc\.?|ltd\.?|limited|llc|l\.l\.c\.|llp|plc|gmbh|ag|s\.a\.|b\.v\.|co\.,? ?ltd\.?),$/i;
/** Whether the number a candidate at `start` is part of (digits, blanks, `+().-` back to it) follows a company's name and a comma. */
function afterCompanyName(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= 0 && start - p <= 24 && NUMBER_CHAR.test(text.charAt(p))) p--;
  return p > 4 && text.charCodeAt(p) === 44 && LEGAL_FORM_COMMA.test(text.slice(Math.max(0, p - 24), p + 1));
}
const NUMBER_CHAR = /[\d +().-]/;
/** A prescription's number label right before a number (`rx 6630127`, `Rx# 4410277`, `RX NO: …`). */
const RX_LABEL_BEFORE = /(?:^|[^A-Za-z])rx ?(?:#|no\.?|num(?:ber)?)? ?[:#]? ?$/i;
/**
 * Whether the number at `start` follows an Rx label (red-team round 92: `called re reject 70 on
 * rx 6630127`): a pharmacy's prescription number, whatever phone word the sentence holds.
 */
function afterRxLabel(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return (c === 32 || c === 35 || c === 58) && RX_LABEL_BEFORE.test(text.slice(Math.max(0, start - 14), start));
}
/** A field id's tail after a number's last digits (`-A4=`, `-C1:`): the digits were the field id's head. */
const FIELD_ID_TAIL = /^-[A-Z0-9]{2}[=:]/;
const DATE_OR_TIME = /^\d{4}[./-]\d{1,2}[./-]\d{1,2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{1,2}:\d{2}/;

/**
 * Phone numbers, validated per region by libphonenumber-js (the maintained port of Google's
 * libphonenumber, full metadata). International numbers (+…, 00…) and North American formats such as
 * (415) 555-2671 stand alone; any other digit group must have a phone keyword nearby and be valid in
 * one of `regions`, so order numbers, dates and versions stay untouched.
 */
export function phoneDetector(regions: readonly CountryCode[]): ValueDetector {
  // Validation through the full metadata costs microseconds; the same numbers recur in a stream.
  const verdicts = new Map<string, string | null>();
  const cached = (candidate: string, compute: () => string | undefined): string | undefined => {
    let v = verdicts.get(candidate);
    if (v === undefined) {
      v = compute() ?? null;
      if (verdicts.size >= 10_000) verdicts.clear();
      verdicts.set(candidate, v);
    }
    return v ?? undefined;
  };
  const main = regexDetector({
    id: 'phone',
    entity: 'PHONE',
    description: 'Phone numbers in international or national format',
    validation: `libphonenumber validity; +country or (NANP) format alone, otherwise a phone keyword within 40 characters and validity in one of ${regions.join(', ')}`,
    context: false,
    example: '+44 20 7946 0958',
    requires: 'numeric',
    prefilter: (s) => s.numeric,
    // `tel:+1-418-656-9254` (RFC 3966 URIs in vCards and href attributes) may follow `tel:`.
    // A `,` then a digit may follow (the next field of a CSV record): see commaThenDigit.
    // A number may follow a JSON escape of a tab or a line break (`\t(201) 555-0123` of a typed
    // form logged inside an escaped string; red-team round 79), as addresses and secrets may.
    pattern: /(?:(?<![\w+/.,:-])|(?<=\\[nrt]))(?:\+|00)?\(?\d[\d ().-]{5,22}\d(?![\w]|[.:-]\d)/g,
    shrinkWords: 3,
    validate: (v, scan, start) => {
      let digits = 0;
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c >= 48 && c <= 57) digits++;
      }
      if (digits < 7 || digits > 15 || DATE_OR_TIME.test(v) || /[.-]{2}| {2}/.test(v)) return undefined;
      // The tail of a number whose `+` is percent-encoded, after its last `%20` (`%2B44%207400%20123456`
      // read from the `20`): the number is phone_percent_encoded's whole, not this tail.
      if (scan.text.charCodeAt(start - 1) === 37 && PERCENT_PLUS_HEAD.test(scan.text.slice(Math.max(0, start - 48), start)))
        return undefined;
      const international = v.startsWith('+') || v.startsWith('00');
      // The last group glued to a field id's tail (`101-A1=004336 104-A4=ADV`: NCPDP D.0 field-id
      // pairs, the `104` is the next field's id; red-team round 92): a value and a key, no number.
      if (scan.text.charCodeAt(start + v.length) === 45 && FIELD_ID_TAIL.test(scan.text.slice(start + v.length, start + v.length + 5)))
        return undefined;
      if (afterCompanyName(scan.text, start)) return undefined;
      if (v.charCodeAt(0) === 48 && numberLabelBefore(scan.text, start)) return undefined;
      if (!international && afterRxLabel(scan.text, start)) return undefined;
      // A SIP `Call-ID: 843817637684230@host` (RFC 3261 §20.8) is a call's id, whose digits the
      // word `call` would otherwise make a number.
      if (
        !international &&
        scan.text.charCodeAt(start + v.length) === 64 &&
        SIP_CALL_ID_BEFORE.test(scan.text.slice(Math.max(0, start - 16), start))
      )
        return undefined;
      if (commaThenDigit(scan.text, start + v.length) && !international && !NANP_FORMAT.test(v)) return undefined;
      if (international) {
        return cached(v, () => {
          const digits = v.replace(NOT_DIGIT, '');
          const verdict = phonePrecheck().validInternational(v.startsWith('+') ? digits : digits.slice(2));
          if (verdict !== undefined) return verdict ?? possibleInternational(v);
          const parsed = phoneNumberLibrary().parsePhoneNumberFromString(v.startsWith('00') ? `+${v.slice(2)}` : v);
          return parsed?.isValid() ? parsed.number : possibleInternational(v);
        });
      }
      // North American shapes stand alone when valid there. `347 123 4567` (an Italian mobile)
      // has the same shape written with spaces, as Europe writes numbers, so then, with a phone
      // keyword, the other regions are tried too; dashes and brackets are North American
      // writing (`Call reference 401-023-2138` is no number).
      if (NANP_FORMAT.test(v)) {
        const northAmerican = cached(`n${v}`, () => validIn(v, NANP_REGIONS));
        if (northAmerican !== undefined) return northAmerican;
        if (/[()-]/.test(v)) {
          if (!contextBefore(scan, start, PHONE_CONTEXT)) return undefined;
          // A national number with a trunk prefix 0 (`050-234-5678`, `081-234-5678`: no NANP
          // area code starts with 0) is another region's, tried below; other shapes are NANP's.
          if (v.charCodeAt(v.charCodeAt(0) === 40 ? 1 : 0) !== 48) return possibleNorthAmerican(v);
        }
      }
      // Japanese and Korean mobiles in their own writing (`090-1234-5678`, `010-2000-0000`: a
      // 070/080/090 or 010–019 prefix, then 3–4 and 4 digits, dashed) stand alone when valid there.
      if (JP_KR_MOBILE.test(v)) {
        const mobile = cached(`m${v}`, () => validIn(v, JP_KR));
        if (mobile !== undefined) return mobile;
      }
      if (
        KR_SPACED_MOBILE.test(v) &&
        (KR_NUMBER_IS.test(scan.text.slice(Math.max(0, start - 8), start)) || hangulNear(scan.text, start, start + v.length))
      ) {
        const mobile = cached(`k${v}`, () => validIn(v, KR));
        if (mobile !== undefined) return mobile;
      }
      if (PK_BD_MOBILE.test(v)) {
        const mobile = cached(`s${v}`, () => validIn(v, PK_BD));
        if (mobile !== undefined) return mobile;
      }
      if (GB_FR_MOBILE.test(v)) {
        const mobile = cached(`g${v}`, () => validIn(v, GB_FR));
        if (mobile !== undefined) return mobile;
      }
      if (NL_SE_MOBILE.test(v) && !COMPACT_DATE_TAIL.test(v)) {
        const mobile = cached(`d${v}`, () => validIn(v, NL_SE));
        if (mobile !== undefined) return mobile;
      }
      // `Dossier n° 2024-11872`, `objednávka 2024-3321`: a year, a dash and a serial is a file
      // or order number, even where a phone word of the sentence before stands in the window.
      if (YEAR_DASH.test(v) || swishBusinessNumber(v, scan, start)) return undefined;
      if (!phoneWordBefore(scan, start) && !homeWordRightBefore(scan, start)) {
        if (contactedOn(v, scan, start)) return cached(`r${v}`, () => validIn(v, regions));
        if (bracketAfterName(v, scan, start)) return cached(`a${v}`, () => validIn(v, regions) ?? validIn(v, LOCAL_REGIONS));
        if (commaAfterName(v, scan, start)) return cached(`r${v}`, () => validIn(v, regions));
        if (!phoneWordAfter(scan, start + v.length)) return undefined;
        return cached(`a${v}`, () => validIn(v, regions) ?? validIn(v, LOCAL_REGIONS));
      }
      // The EU plans read a number as written nationally: not the tail of a `+44 …` whose country
      // code made it invalid.
      const regional =
        cached(`r${v}`, () => validIn(v, regions)) ??
        (COUNTRY_CODE_BEFORE.test(scan.text.slice(Math.max(0, start - 6), start)) ? undefined : cached(`e${v}`, () => validInEurope(v)));
      if (regional !== undefined || !contextBefore(scan, start, LOCAL_PHONE_CONTEXT)) return regional;
      return cached(`l${v}`, () => validIn(v, LOCAL_REGIONS));
    },
  });
  // Three places the main pattern's look-behind excludes, read only in text that has them (a
  // second alternative in the main pattern cost every long prompt about 10%): after an RFC 3966
  // `tel:` (vCard TEL, href attributes), a `+` or `(` number right after a comma (a CSV field:
  // `Anna Schmidt,+49 30 901820,…`, `…,(646) 555-0143,…`) or a colon (Oracle unified audit
  // SQL_BINDS ` #2(14):(201) 555-0123`, `Mobile:+44 7700 900123`; red-team round 26) and a `+`
  // number as a URL's path segment (`GET /v2/lookup/+14155550100/carrier`, Twilio Lookup's
  // documented path); the colon also covers Kannel's access log `[to:+31612345678]` (round 27)
  // and Twilio's `whatsapp:+14155550100` addresses (round 28); and any number right after
  // `phone:` or `mobile:` (a tag, round 30) or `msisdn:` (a search query's field: red-team round 52).
  const mainValidate = regexSpecs.get(main)!.validate;
  const afterPrefix = regexDetector({
    ...regexSpecs.get(main)!,
    pattern:
      /(?<=[Tt][Ee][Ll]:|(?:[Pp]hone|[Mm]obile|[Mm][Ss][Ii][Ss][Dd][Nn])(?: [Nn]umber| NUMBER)?:|[,:](?=[+(])|\/(?=\+))(?:\+|00)?\(?\d[\d ().-]{5,22}\d(?![\w]|[.:-]\d)/g,
    validate: (v, scan, start) =>
      TEL_OR_COMMA_BEFORE.test(scan.text.slice(Math.max(0, start - 10), start)) ||
      (v.charCodeAt(0) === 43 && scan.text.charCodeAt(start - 1) === 47)
        ? mainValidate(v, scan, start)
        : undefined,
  });
  // A detector of its own (phoneDetectors): an international number whose `+` is percent-encoded,
  // as form bodies and query strings carry it (Twilio's webhook parameters `From=%2B15017122661`,
  // `Body=…%2B44+20+7946+0991`, where `+` or `%20` is a blank). The match keeps its `%2B`; the
  // number is read decoded, so it gets the token the same number gets written plainly. It may
  // follow another escape (a quoted number in a percent-encoded filter:
  // `eq%20%22%2B1-202-555-0178%22`, SCIM RFC 7644 §3.4.2.2). Gated by the keyword `%2b`, not by
  // the numeric detectors' gate, which `%20` between digit groups fails (`%2B44%2020%207946%200958`
  // has no run of 7 digits and separators).
  const { requires: _numeric, ...mainSpec } = regexSpecs.get(main)!;
  const percentPlus = regexDetector({
    ...mainSpec,
    id: 'phone_percent_encoded',
    description: 'Phone numbers whose + is percent-encoded (%2B), blanks written + or %20',
    validation: 'as phone, on the decoded number: libphonenumber validity of +country numbers',
    example: 'From=%2B44%2020%207946%200958',
    keywords: ['%2b'],
    prefilter: (s) => s.hasDigit,
    pattern: /(?:(?<![\w%])|(?<=%[0-9A-Fa-f]{2}))%2[Bb]\d(?:[\d+.-]|%20){5,40}\d(?![\w]|[.,:-]\d)/g,
    validate: (v, scan, start) => mainValidate(`+${v.slice(3).replace(/%20|\+/g, ' ')}`, scan, start),
  });
  // WhatsApp's click-to-chat link carries the number in international form without its `+`
  // (`https://wa.me/15551234567?text=hi`): the phone pattern does not start after a `/`.
  const whatsappLink = regexDetector({
    ...mainSpec,
    id: 'phone_whatsapp_link',
    description: 'Phone numbers in WhatsApp click-to-chat links (wa.me/<number>)',
    validation: 'as phone, on + and the digits: libphonenumber validity (or possibility) of +country numbers',
    context: true,
    example: 'https://wa.me/447700900123',
    keywords: ['wa.me/'],
    prefilter: (s) => s.hasDigit,
    pattern: /(?<=(?<![\w.-])wa\.me\/)\d{7,15}(?![\w])/g,
    validate: (v, scan, start) => mainValidate(`+${v}`, scan, start),
  });
  whatsapp.set(percentPlus, whatsappLink);
  const phone: ValueDetector = {
    ...main,
    find(scan: TextScan, out: Span[], priority: number): void {
      main.find(scan, out, priority);
      if (mayFollowPhonePrefix(scan.text, scan.signature)) {
        afterPrefix.find(scan, out, priority);
      }
    },
  };
  candidatePatterns.set(phone, [...candidatePatterns.get(main)!, ...candidatePatterns.get(afterPrefix)!]);
  percentEncoded.set(phone, percentPlus);
  return phone;
}

/**
 * Whether `text` holds one of the places afterPrefix reads (phoneDetector): `,+` `:+` `/+`, `,(`
 * `:(`, or `tel:` `TEL:` `Tel:` `hone:` `obile:` `sisdn:` `SISDN:`. Each holds a `+`, a `(` or a
 * `:`, so it is asked at each of those (one-character native searches, after the signature says
 * the character is there) rather than by eleven searches of two to six characters over the whole
 * text, which cost about 10 µs on a 4 KB prompt: V8 searches a longer literal by its first
 * character, and `h`, `o`, `s`, `t` and `,` fill prose.
 */
export function mayFollowPhonePrefix(text: string, sig: number): boolean {
  if ((sig & SIG_PLUS) !== 0) {
    for (let k = text.indexOf('+', 1); k !== -1; k = text.indexOf('+', k + 1)) {
      const c = text.charCodeAt(k - 1);
      if (c === 44 || c === 58 || c === 47) return true;
    }
  }
  if ((sig & SIG_OPEN_BRACKET) !== 0) {
    for (let k = text.indexOf('(', 1); k !== -1; k = text.indexOf('(', k + 1)) {
      const c = text.charCodeAt(k - 1);
      if (c === 44 || c === 58) return true;
    }
  }
  if ((sig & SIG_COLON) !== 0) {
    for (let k = text.indexOf(':', 3); k !== -1; k = text.indexOf(':', k + 1)) {
      if (text.startsWith('tel', k - 3) || text.startsWith('TEL', k - 3) || text.startsWith('Tel', k - 3)) return true;
      if (k >= 4 && text.startsWith('hone', k - 4)) return true;
      if (k >= 5 && (text.startsWith('obile', k - 5) || text.startsWith('sisdn', k - 5) || text.startsWith('SISDN', k - 5))) return true;
      // Jotform's `pretty` summary `Phone Number:(201) 555-0147, …` (red-team round 79).
      if (
        k >= 11 &&
        (text.startsWith('umber', k - 5) || text.startsWith('UMBER', k - 5)) &&
        NUMBER_LABEL_BEFORE.test(text.slice(Math.max(0, k - 13), k))
      )
        return true;
    }
  }
  return false;
}

/** `Phone Number`, `Mobile Number` right before a colon (mayFollowPhonePrefix). */
const NUMBER_LABEL_BEFORE = /(?:phone|mobile) number$/i;

/** The percent-encoded phone detector built beside each phone detector (see phoneDetector). */
const percentEncoded = new WeakMap<ValueDetector, ValueDetector>();

/** The WhatsApp-link phone detector built beside each percent-encoded one (see phoneDetector). */
const whatsapp = new WeakMap<ValueDetector, ValueDetector>();

/** The phone detector for `regions` and its companions (phone_percent_encoded, phone_whatsapp_link). */
export function phoneDetectors(regions: readonly CountryCode[]): ValueDetector[] {
  const phone = phoneDetector(regions);
  const percent = percentEncoded.get(phone)!;
  return [phone, percent, whatsapp.get(percent)!];
}
/**
 * Whether `,` then a digit follows at `end`. After a number written as phones are (`+` or `00`, or
 * a North American shape) it is the next field of a CSV record (pgaudit's parameter field
 * `"a@example.org,+1 (646) 555-0143,4417"`); after other digit groups it may be a figure with
 * thousands separators or a decimal comma (`1 234 567,89`), which is no phone number.
 */
function commaThenDigit(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  const c = text.charCodeAt(end + 1);
  return c >= 48 && c <= 57;
}
/** `tel:` as a word (not `hotel:`), or a comma or a colon before a `+` or `(` number. */
const TEL_OR_COMMA_BEFORE = /(?:(?:^|[^A-Za-z])[Tt][Ee][Ll]:|[,:])$/;

/**
 * A birth date written without separators after a birth word: YYYYMMDD (`DOB 19850214`) or, as US
 * forms and texts ask for it, MMDDYYYY (`birth date (MMDDYYYY) … 09131984`: red-team round 45).
 * Only a date at least 14 years back: a recent 8-digit number there is an order's or a claim's.
 */
const COMPACT_DATE = '(?:19|20)\\d\\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?:19|20)\\d\\d';
const COMPACT_DATE_RE = new RegExp(`^(?:${COMPACT_DATE})$`);
function compactBirthDate(v: string): string | undefined {
  for (const [y, m, d] of [
    [v.slice(0, 4), v.slice(4, 6), v.slice(6)],
    [v.slice(4), v.slice(0, 2), v.slice(2, 4)],
  ] as const) {
    const year = Number(y);
    if (year <= LATEST_BIRTH_YEAR && plausibleBirthDate(year, Number(m), Number(d))) return `${y}-${m}-${d}`;
  }
  return undefined;
}
const BIRTH_CONTEXT = keywordRegex([
  'birth',
  // CDISC SDTM / ODM `BRTHDTC` (`ItemOID="DM.BRTHDTC" Value="…"`: red-team round 45).
  'brthdtc',
  // CDASH's collected birth date `BRTHDAT` (`ItemOID="DM.BRTHDAT"`, a Rave audit row's field: red-team round 95).
  'brthdat',
  'born',
  'dob',
  'd.o.b',
  'bday',
  'b-day',
  'birthday',
  'date of birth',
  'birthdate',
  'geboren',
  'geburtsdatum',
  'naissance',
  'nacimiento',
  'nascimento',
  // Abbreviations and phrases of notes and forms: German `geb.` (geboren), Dutch `geboortedatum`,
  // French `né le`, Italian `nato il`, Spanish `nacido el`, Portuguese `nascido em`, Polish `ur.`
  // (urodzony).
  'geb.',
  'geboorte',
  'né le',
  'née le',
  'né(e) le', // the form's own writing of both
  'nato il',
  'nata il',
  'nacido el',
  'nacida el',
  'nascido em',
  'nascida em',
  // Without the preposition, as ID-card extractions and notes write it (`nacida 02/07/1991`).
  'nacido',
  'nacida',
  'nascido',
  'nascida',
  'urodzony',
  'urodzona',
  // Polish `ur.` (urodzony / urodzona) right before the date, as notes and trees abbreviate it
  // (`ur. 12.05.1979 w Gdańsku`; red-team round 89).
  'ur.',
  // Italian `data di nascita`, Polish `data urodzenia`, Nordic `född` / `født` / `födelsedatum` /
  // `fødselsdato`, Finnish `syntynyt` / `syntymäaika` (stop 37).
  'nascita',
  'urodzenia',
  'född',
  'födelse',
  'fodelse',
  'født',
  'fødsels',
  'fodsels',
  'syntynyt',
  'syntymä',
  'syntyma',
  // German `geb.`, and the birth words of records in Russian, Ukrainian, Greek, Turkish,
  // Vietnamese, Thai, Arabic, Hebrew, Hindi, Korean, Chinese and Japanese (red-team round 10).
  'рождения',
  'народження',
  'γέννησης',
  'doğum',
  'ngày sinh',
  'วันเกิด',
  'الميلاد',
  'לידה',
  'जन्म',
  '생년월일',
  '出生',
  '生年月日',
  '生日',
]);
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]{0,6}\\.?';
/** Oracle's default date format's month (`DD-MON-YY`, `DD-MON-YYYY`): three letters, any case. */
const ORACLE_MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const ORACLE_DATE = /\d-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-\d\d/i;

/** Dates of birth: a real date, in a common written form, with a birth keyword nearby. */
export const dateOfBirth = regexDetector({
  id: 'date_of_birth',
  entity: 'DATE_OF_BIRTH',
  description: 'Dates of birth (a date with a birth keyword nearby)',
  validation:
    'a calendar date that exists, year 1900–now, in ISO, D/M/Y, M/D/Y, written-month, Oracle DD-MON-YY or SAS DDMONYYYY form, or compact YYYYMMDD / MMDDYYYY at least 14 years back; a birth keyword (born, dob, date of birth…) within 40 characters before (of the MMDDYYYY format named after it, for a compact date), or a birth date a few words before in the same clause (a date at least 14 years back)',
  context: true,
  example: 'date of birth: 1985-03-15',
  // A birth year starts with 19 or 20: two fast searches before the keyword regex.
  keywords: [
    'birth',
    'brthdtc',
    'brthdat',
    'born',
    'dob',
    'd.o.b',
    'bday',
    'b-day',
    'geboren',
    'geburt',
    'naissance',
    'nacimiento',
    'nascimento',
    'geb.',
    'geboorte',
    'né le',
    'née le',
    'né(e) le',
    'nato il',
    'nata il',
    'nacido',
    'nacida',
    'nascido',
    'nascida',
    'urodzon',
    'urodzenia',
    'ur.',
    'nascita',
    'född',
    'födelse',
    'fodelse',
    'født',
    'fødsels',
    'fodsels',
    'syntynyt',
    'syntymä',
    'syntyma',
  ],
  // Oracle's DD-MON-YY (`20-MAR-88`, OPERA and E-Business Suite screens and logs) may hold neither.
  prefilter: (s) => s.text.length >= 9 && (s.text.indexOf('19') !== -1 || s.text.indexOf('20') !== -1 || ORACLE_DATE.test(s.text)),
  pattern: new RegExp(
    `(?<![\\w.-])(?:(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})|(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})|(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\\d{4})|${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})|\\d{1,2}-${ORACLE_MONTH}-(?:\\d{4}|\\d\\d)|\\d\\d${ORACLE_MONTH}\\d{4}|${COMPACT_DATE})(?![\\w]|[.-]\\d)`,
    'gi',
  ),
  validate: (v, scan, start) => {
    if (underOtherParameter(scan.text, start)) return undefined;
    if (contextBefore(scan, start, BIRTH_CONTEXT, birthWindow(scan.text, start))) return parseDate(v);
    if (v.length === 8 && hintedBirthDate(scan, start)) return parseDate(v);
    return chainedBirthDate(scan, start) ? birthYearDate(parseDate(v)) : undefined;
  },
});

/**
 * A date a few words after a birth date, in the same clause, is the same person's birth date as
 * another source records it (an EDC query: `DOB on source is 02/29/1972 but EDC shows
 * 03/01/1972`, red-team round 45): read past the 40 characters only then, and only for a date at
 * least 14 years back (`dob 1970-01-02 checked on 2026-12-01` keeps its check date).
 */
const DATE_THEN_WORDS =
  /(?<![\w.-])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})[\s,:()]{1,3}(?:[A-Za-z]{1,12}[\s,:()]{1,3}){1,4}$/;
function chainedBirthDate(scan: TextScan, start: number): boolean {
  if (start < 20) return false;
  const m = DATE_THEN_WORDS.exec(scan.text.slice(Math.max(0, start - 64), start));
  if (m === null) return false;
  const previous = start - m[0].length;
  return contextBefore(scan, previous, BIRTH_CONTEXT, birthWindow(scan.text, previous));
}
/** A compact date after the format a birth word asked for (`birth date (MMDDYYYY) … 09131984`): the birth word counts from the format. */
function hintedBirthDate(scan: TextScan, start: number): boolean {
  const before = scan.lower().slice(Math.max(0, start - 40), start);
  const hint = Math.max(before.lastIndexOf('mmddyyyy'), before.lastIndexOf('yyyymmdd'));
  return hint >= 0 && contextBefore(scan, start - before.length + hint, BIRTH_CONTEXT);
}
function birthYearDate(date: string | undefined): string | undefined {
  return date !== undefined && Number(date.slice(0, 4)) <= LATEST_BIRTH_YEAR ? date : undefined;
}

/** A field label at the start of a line, up to the date: `created_at    | `, `  updated: `, `signup = `. */
const LINE_LABEL = /^\s*[\p{L}_][\p{L}\p{N}_ .-]{0,39}\s*[|:=]\s*$/u;

/**
 * How far before `start` the birth word may stand: 40 characters, but not beyond the start of
 * the date's line when that line names its own field (psql `\x` output, YAML, `key: value` lines):
 * the `date_of_birth` of the line above is another field's (`created_at | 2025-11-02 …`).
 */
/**
 * A date under its own query parameter whose name says no birth (`…&dob=1961-08-19&dos=2026-03-30`:
 * a claim's date of service) takes no birth context from another parameter (red-team round 53).
 */
const OWN_PARAMETER = /[?&]([A-Za-z_]{1,24})=$/;
const BIRTH_PARAMETER = /birth|dob|born|bday|geb|naiss|nac|nasc/i;
function underOtherParameter(text: string, start: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 61) return false;
  const m = OWN_PARAMETER.exec(text.slice(Math.max(0, start - 26), start));
  return m !== null && !BIRTH_PARAMETER.test(m[1]!);
}

function birthWindow(text: string, start: number): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0 || start - lineStart >= 40) return 40;
  const head = text.slice(lineStart, start);
  return LINE_LABEL.test(head) || (CELL_HEAD.test(head) && headerLineAbove(text, lineStart)) ? start - lineStart : 40;
}

/**
 * A CSV / TSV row's cells before the date (or none): the row's header line above names each
 * column, and its `patient_dob` is the birth date's column, not the `audit_date` cell at the
 * row's start (red-team round 61; the CSV reader masks the columns by their names).
 */
const CELL_HEAD = /^(?:[^\n]*[,\t;|])?[ "]*$/;
function headerLineAbove(text: string, lineStart: number): boolean {
  const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  let cells = 0;
  for (let i = 0; i < above.length && cells < 2; i++) {
    const c = above.charCodeAt(i);
    if (c === 44 || c === 9) cells++;
  }
  return cells >= 2;
}

/**
 * date_of_birth after the birth words of other scripts and of Turkish and Vietnamese (рождения,
 * γέννησης, doğum, ngày sinh, วันเกิด, الميلاด, לידה, जन्म, 생년월일, 出生, 生年月日): the same pattern
 * and validation, gated by a search for those words in non-ASCII text instead of by the keyword
 * index (their characters would widen its table for every string).
 */
const LOCAL_BIRTH_STEMS = [
  'рожд',
  'народж',
  'γέννησ',
  // Round 23: the verbs (`родилась 12.05.1987`, `народився`, `γεννήθηκα στις 14/02/1979`).
  'родил',
  'народив',
  'народил',
  'γεννήθ',
  'doğum',
  'ngày sinh',
  'วันเกิด',
  'الميلاد',
  'לידה',
  'जन्म',
  '생년월일',
  '出生',
  '生年月日',
  '生日',
];
/** The prefilter's search: any of the stems (none holds a regex metacharacter). */
const LOCAL_BIRTH_WORD = new RegExp(LOCAL_BIRTH_STEMS.join('|'), 'i');
const LOCAL_BIRTH_CONTEXT = keywordRegex(LOCAL_BIRTH_STEMS);
export const dateOfBirthLocal = regexDetector({
  ...regexSpecs.get(dateOfBirth)!,
  id: 'date_of_birth_local',
  description:
    'Dates of birth after a birth word in Russian, Ukrainian, Greek, Turkish, Vietnamese, Thai, Arabic, Hebrew, Hindi, Korean, Chinese or Japanese',
  example: 'дата рождения 12.04.1985',
  keywords: undefined,
  prefilter: (s) => (s.signature & SIG_NON_ASCII) !== 0 && s.text.length >= 10 && LOCAL_BIRTH_WORD.test(s.text),
  validate: (v, scan, start) => (contextBefore(scan, start, LOCAL_BIRTH_CONTEXT) ? parseDate(v) : undefined),
});

/** Parses the forms the DOB pattern accepts into YYYY-MM-DD; undefined when no reading is a real date. */
function parseDate(v: string): string | undefined {
  if (v.length === 8 && COMPACT_DATE_RE.test(v)) return compactBirthDate(v);
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(v);
  const fmt = (y: number, m: number, d: number) =>
    plausibleBirthDate(y, m, d) ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
  if (iso) return fmt(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const y = Number(numeric[3]);
    return fmt(y, b, a) ?? fmt(y, a, b);
  }
  const lower = v.toLowerCase();
  const dayFirst = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\\d{4})$`).exec(lower);
  if (dayFirst) return fmt(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
  const monthFirst = new RegExp(`^${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})$`).exec(lower);
  if (monthFirst) return fmt(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
  // SAS DATE9 (`25APR1969`), as clinical-trial listings and CIOMS narratives print dates.
  const date9 = /^(\d\d)([a-z]{3})(\d{4})$/.exec(lower);
  if (date9) return fmt(Number(date9[3]), monthNumber(date9[2]), Number(date9[1]));
  // Oracle's DD-MON-YY: a two-digit year of a birth is of the last century when it lies ahead of this year's.
  const oracle = /^(\d{1,2})-([a-z]{3})-(\d{4}|\d\d)$/.exec(lower);
  if (oracle) {
    const y = Number(oracle[3]);
    const year = oracle[3]!.length === 4 ? y : y + (y > new Date().getUTCFullYear() % 100 ? 1900 : 2000);
    return fmt(year, monthNumber(oracle[2]), Number(oracle[1]));
  }
  return undefined;
}

/** 1–12 for a lower-case English month name or its abbreviation (read by its first three letters), 0 otherwise. */
export function monthNumber(prefix: string | undefined): number {
  return MONTHS[(prefix ?? '').slice(0, 3)] ?? 0;
}

/**
 * Email addresses written to dodge scrapers, common in support tickets and forum posts:
 * `jane(at)example(dot)com`, `jane [at] example [dot] com`, `jane{at}example.com`. The `at` must be
 * bracketed (a bare ` at ` is English), and the domain ends in an alphabetic TLD after a `.` or a
 * bracketed `dot`.
 */
const OBFUSCATED_EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9][\w.%+-]{0,63}\s?[([{<]\s?at\s?[)\]}>]\s?[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:(?:\s?[([{<]\s?dot\s?[)\]}>]\s?|\.)[A-Za-z0-9][A-Za-z0-9-]{0,62}){0,4}(?:\s?[([{<]\s?dot\s?[)\]}>]\s?|\.)[A-Za-z]{2,24}(?![\w-])/gi;

/** The part of OBFUSCATED_EMAIL every match holds: a bracket, at most one blank, `at`. */
const BRACKETED_AT = /[([{<]\s?at/i;

export const obfuscatedEmail = regexDetector({
  id: 'email_obfuscated',
  entity: 'EMAIL',
  description: 'Email addresses written with (at) / [at] / {at} and (dot) / [dot]',
  validation: 'a bracketed at between a local part and a domain whose labels are joined by . or a bracketed dot; alphabetic TLD',
  context: false,
  example: 'jane(at)example(dot)com',
  keywords: ['(at', '[at', '{at', '<at', '( at', '[ at', '{ at'],
  // The keywords with a blank (`( at`) gate on `at`, which most prose holds; this native test of
  // the pattern's own bracketed `at` is what keeps the full pattern off such text. It runs only
  // when the text's signature holds one of the brackets (about 3 µs on a 5 KB prompt without).
  prefilter: (s) => (s.signature & (SIG_OPEN_BRACKET | SIG_LESS_THAN)) !== 0 && BRACKETED_AT.test(s.text),
  pattern: OBFUSCATED_EMAIL,
  validate: (v) =>
    v
      .replace(/\s?[([{<]\s?at\s?[)\]}>]\s?/i, '@')
      .replace(/\s?[([{<]\s?dot\s?[)\]}>]\s?/gi, '.')
      .toLowerCase(),
});

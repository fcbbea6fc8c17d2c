import { SIG_SPACE, SIG_UPPER } from '../char-signature.js';
import { regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, GIVEN, nameKind, pairSurnameWord, RARE } from './person-names.js';

/**
 * Mail headers and address lists (RFC 5322 §3.4 `name-addr`): the display name before an angle
 * address is the person's name, whatever the name (`"Joe Q. Public" <john.q.public@example.com>`,
 * RFC 2047 encoded words `=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?= <keld@dkuug.dk>`, or unquoted
 * capitalised words `Mary Smith <mary@x.test>`). The angle address right after it is the gate, so
 * the check costs nothing on text without `<…@…>`.
 */
const ANGLE_ADDRESS = String.raw`(?=[ \t]{0,3}<[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}>)`;
const QUOTED = String.raw`"((?:[^"\\\r\n]|\\.){2,80})"`;
const ENCODED_WORDS = String.raw`(=\?[A-Za-z0-9_-]{1,40}\?[QqBb]\?[^?\s]{1,200}\?=(?:[ \t]{1,3}=\?[A-Za-z0-9_-]{1,40}\?[QqBb]\?[^?\s]{1,200}\?=){0,3})`;
/**
 * Two to four capitalised words after a blank, `:`, `,`, `;`, `|`, or a delimiter of a
 * Concordance DAT load file (`þ` quote, DC4 `\x14` or `¶` between fields: e-discovery FROM / TO
 * cells, red-team round 68), or opening a quoted or bracketed value (`to="Tamsin Greatorex
 * <t@…>"` of a mail-filing agent's key=value line: red-team round 77); one word is a role:
 * `Jenkins <ci@…>`. The `AM` / `PM` of a reply's attribution line is the time's, not the name's
 * (`On Fri, Nov 21, 2025 at 10:14 AM Oswin Greatorex <…> wrote:`: red-team round 81).
 */
const UNQUOTED = String.raw`(?<=^|[\s:,;|þ\x14¶"'=(\[])(?!(?:AM|PM) )(\p{Lu}[\p{L}'.-]{0,30}(?: \p{Lu}[\p{L}'.-]{0,30}){1,3})`;
const DISPLAY_NAME = new RegExp(`${QUOTED}${ANGLE_ADDRESS}|${ENCODED_WORDS}${ANGLE_ADDRESS}|${UNQUOTED}${ANGLE_ADDRESS}`, 'gdu');
const ANGLE_AT = /<[^<>\s@]{1,64}@/;

export const mailboxDisplayName = regexDetector({
  id: 'mailbox_display_name',
  entity: 'PERSON',
  description: 'Display names of mail addresses (From: "Jane Doe" <jane@example.com>)',
  validation:
    'a quoted string, RFC 2047 encoded words, or two to four capitalised words, right before an angle address <local@domain> (RFC 5322 name-addr)',
  context: false,
  example: 'From: "Joe Q. Public" <john.q.public@example.com>',
  prefilter: (s) => s.text.indexOf('@') !== -1 && ANGLE_AT.test(s.text),
  pattern: DISPLAY_NAME,
  group: [1, 2, 3],
  validate: (v) => v.trim().toLowerCase(),
});

/**
 * An address written with a look-alike of `@`: the fullwidth commercial at U+FF20 (East Asian
 * input methods) or the small commercial at U+FE6B. Normalized to the ASCII address (NFKC), so it
 * gets the same token as the address written plainly.
 */
const LOOKALIKE_AT_EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}[＠﹫][\p{L}\p{N}-]{1,63}(?:[.．][\p{L}\p{N}-]{1,63}){1,8}/gu;

export const lookalikeAtEmail = regexDetector({
  id: 'email_lookalike_at',
  entity: 'EMAIL',
  description: 'Email addresses written with a fullwidth or small commercial at (＠, ﹫)',
  validation: 'local part, U+FF20 or U+FE6B, domain labels joined by dots; alphabetic TLD after NFKC normalisation',
  context: false,
  example: 'jane.doe＠example.com',
  prefilter: (s) => s.text.indexOf('＠') !== -1 || s.text.indexOf('﹫') !== -1,
  pattern: LOOKALIKE_AT_EMAIL,
  validate: (v) => {
    const ascii = v.normalize('NFKC').toLowerCase();
    const tld = ascii.slice(ascii.lastIndexOf('.') + 1);
    return /^\p{L}{2,24}$/u.test(tld) ? ascii : undefined;
  },
});

/**
 * Exchange Online names a mailbox, and a rule or folder in it, by its object path in the unified
 * audit log's `ObjectId` and in admin cmdlet output (`EURPR04A001.prod.outlook.com/Microsoft
 * Exchange Hosted Organizations/contoso.onmicrosoft.com/Jane Roe\Rule name`, red-team round 68):
 * the segment after the tenant is the mailbox's display name, a person's for a user mailbox. Read
 * up to the `\` of the rule or folder, a `/`, a quote or the end; names of system mailboxes
 * (`DiscoverySearchMailbox…`, `SystemMailbox{…}`, `FederatedEmail…`) stay.
 */
const EXCHANGE_OBJECT_PATH =
  /Microsoft Exchange Hosted Organizations\/[A-Za-z0-9.-]{1,100}\/((?!DiscoverySearchMailbox|SystemMailbox|FederatedEmail|Migration\.|HealthMailbox)[^\\/"\r\n]{2,64}?)(?=\\|\/|"|$)/dg;

export const exchangeObjectMailbox = regexDetector({
  id: 'exchange_object_mailbox',
  entity: 'PERSON',
  description: "The mailbox's display name in an Exchange Online object path (ObjectId of the unified audit log)",
  validation:
    'the segment after `Microsoft Exchange Hosted Organizations/<tenant>/`, up to `\\`, `/`, a quote or the end; system mailboxes stay',
  context: false,
  example: 'EURPR04A001.prod.outlook.com/Microsoft Exchange Hosted Organizations/contoso.onmicrosoft.com/Jane Roe\\Forward rule',
  // The prefilter's characters (`Hosted Organizations/`): a text without them skips the call (stop 43).
  needs: { all: SIG_UPPER | SIG_SPACE },
  prefilter: (s) => s.text.indexOf('Hosted Organizations/') !== -1,
  pattern: EXCHANGE_OBJECT_PATH,
  group: [1],
  validate: (v) => v.trim().toLowerCase(),
});

/**
 * A Concordance DAT cell (`þ` quotes each field) that holds a person surname first (`þHaverkamp,
 * Ottilieþ`, `þAdeyinka, Oluwafemiþ`: the CUSTODIAN / AUTHOR / FROM fields of e-discovery load
 * files, red-team round 68 and its leftovers): one or two surname words a list need not know
 * (no stop, everyday or given-only word), a comma and a given name the lists know (a rare one
 * too) that is no stop or everyday word, filling the cell.
 */
const DAT_REVERSED_CELL = /(?<=þ)(\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})?), (\p{Lu}[\p{L}'’-]{1,30})(?: \p{Lu}\.?)?(?=þ)/gu;

export const concordanceReversedName = regexDetector({
  id: 'concordance_reversed_name',
  entity: 'PERSON',
  description: 'A person written surname first as a whole Concordance DAT cell (þSurname, Givenþ)',
  validation:
    'one or two capitalised surname words that are no stop, everyday or given-only word, a comma, and a given name of the name lists (a rare one too), the whole cell between þ qualifiers',
  context: false,
  example: 'þCTRL0001þ\u0014þHaverkamp, Ottilieþ',
  keywords: ['þ'],
  prefilter: (s) => s.text.indexOf(', ', 1) !== -1,
  pattern: DAT_REVERSED_CELL,
  validate: (v) => {
    const comma = v.indexOf(', ');
    const surnames = v.slice(0, comma).split(' ').map(foldName);
    const given = foldName(v.slice(comma + 2).split(' ')[0]!);
    if (!surnames.every(pairSurnameWord)) return undefined;
    if (!(nameKind(given) & (GIVEN | RARE)) || isNameStopWord(given) || isEverydayWord(given)) return undefined;
    return v.toLowerCase();
  },
});

import { phoneNumberLibrary } from '../detect/phone-lib.js';

/**
 * Senders and recipients of messaging exports. Telegram Desktop's `result.json` writes each
 * message as `{from: "<display name>", from_id: "user123…"}` (`actor` / `actor_id` on service
 * messages); other chat and mail exports pair `sender` / `sender_id`, `author` / `author_id`,
 * `recipient` / `recipient_id`. Alone, `from` / `to` / `author` name a date, a branch or a
 * package's maintainer as often as a person; beside a member that holds the same word's id they
 * are the display name of the account behind that id: a person's name (PERSON). One rule for
 * both walks of engine.ts (the decoded value and the record's text).
 */

/** Member words (lower-case letters only) that hold a display name beside their `<word>_id`. */
const SENDER_WORDS = new Set(['from', 'to', 'sender', 'author', 'actor', 'recipient', 'receiver', 'forwardedfrom', 'savedfrom', 'viabot']);

/** `from_id`, `fromId`, `FROM-ID` → `fromid`: lower-case letters only. */
function lettersOf(name: string): string {
  return name.length > 24 ? '' : name.toLowerCase().replace(/[^a-z]/g, '');
}

/** The sender word field name `name` is (`from`, `sender`…, lower-case letters only), or null. */
export function senderWordOf(name: string): string | null {
  const letters = lettersOf(name);
  return SENDER_WORDS.has(letters) ? letters : null;
}

/** The sender word whose id field name `name` is (`from_id` → `from`), or null. */
export function senderIdOf(name: string): string | null {
  const letters = lettersOf(name);
  if (!letters.endsWith('id')) return null;
  const word = letters.slice(0, -2);
  return SENDER_WORDS.has(word) ? word : null;
}

/**
 * The parties of a message or call under their bare names: SMS gateway and CPaaS webhooks (Sinch
 * and Infobip `from` / `to`, MessageBird `originator` / `recipient`, Plivo `From` / `To`, SMPP
 * `src` / `dst`) write a subscriber's number as bare international digits (`46701234567`), which
 * the phone detector does not take without a `+` or a keyword; so do SMPP and SIP records. Under these names alone a value of
 * that shape that is a valid international number is a phone number (PHONE); a sender id
 * (`Acme`), a short code (`12345`) or a date stays.
 */
const PARTY_WORDS = new Set([
  'from',
  'to',
  'recipient',
  'recipients',
  'originator',
  'sender',
  'receiver',
  'destination',
  'destinations',
  'src',
  'dst',
  'caller',
  'callee',
  // SMPP 3.4 `source_addr` (an alphanumeric sender id as often as a number: not a phone name by
  // itself), Kannel `src_addr`, and the user part of a SIP From / To as FreeSWITCH CDR variables
  // write it (`sip_from_user`, an extension or a login as often as a number).
  'sourceaddr',
  'srcaddr',
  'sipfromuser',
  'siptouser',
]);

/** Whether field name `name` is a party of a message or call (`from`, `To`, `recipient`…). */
export function isPartyWord(name: string): boolean {
  return name.length <= 16 && PARTY_WORDS.has(lettersOf(name));
}

/** An optional `+` and 10–15 digits, not starting 0; not a compact date (`2024050612…`). kv.ts asks only values of 10 to 16 characters. */
const INTERNATIONAL_DIGITS = /^\+?[1-9]\d{9,14}$/;
const COMPACT_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])/;

/** Whether `value` under a party name is a phone number written as bare international digits. */
export function isPartyNumber(value: string): boolean {
  if (!INTERNATIONAL_DIGITS.test(value)) return false;
  if (value.charCodeAt(0) !== 43 && COMPACT_DATE.test(value)) return false;
  const lib = phoneNumberLibrary();
  if (lib.isValidPhoneNumber(value.charCodeAt(0) === 43 ? value : `+${value}`) || DRAMA_MOBILE.test(value)) return true;
  const mx = MX_LEGACY_MOBILE.exec(value);
  return mx !== null && lib.isValidPhoneNumber(`+52${mx[1]}`);
}

/**
 * A Mexican mobile with the `1` that Mexico dropped from its dialling in 2019, which WhatsApp's
 * Cloud API still writes in a sender's `from` / `wa_id` (`5212221234567`; red-team round 99): the
 * number is `+52` and the ten digits after the `1`.
 */
const MX_LEGACY_MOBILE = /^\+?521(\d{10})$/;

/**
 * Ofcom's drama range of UK mobiles (07700 900000–900999, reserved for fiction): libphonenumber
 * calls them invalid, yet test traffic and documentation-built records send messages to them, so
 * under a party name they are read as the numbers they stand for (red-team round 27).
 */
const DRAMA_MOBILE = /^\+?447700900\d{3}$/;

import { contextBefore } from '../context.js';
import { isCompanyName } from '../../structure/company-name.js';
import { regexDetector } from './helpers.js';

/**
 * The display name of a SIP party (RFC 3261 §20.20 / §25.1 `name-addr`: `From: "KOWALSKI JOANNA"
 * <sip:+1347…@…>`, RFC 3325 `P-Asserted-Identity`, `Remote-Party-ID`), as proxy, SBC and sngrep
 * traces print the headers: the quoted name before `<sip:` / `<sips:` / `<tel:` is the caller's
 * (a carrier fills it from CNAM, often upper case and surname first), which the name detectors
 * miss in capitals (red-team round 52). Two to five words of letters only, not a company's nor a
 * carrier's placeholder (`WIRELESS CALLER`, `Anonymous`) nor a desk's or a room's.
 */
export const sipDisplayName = regexDetector({
  id: 'sip_display_name',
  entity: 'PERSON',
  description: 'The quoted display name of a SIP party (From / To / P-Asserted-Identity / Contact …)',
  validation:
    "two to five words of letters (with . , ' -) in quotes right before <sip: / <sips: / <tel:, after a From / To / Contact / P-Asserted-Identity / P-Preferred-Identity / Remote-Party-ID / Referred-By / Diversion header name or its compact form; not a company, a carrier placeholder or a desk",
  context: false,
  example: 'From: "KOWALSKI JOANNA" <sip:+13475550121@203.0.113.10>;tag=as1f2e',
  keywords: ['<sip:', '<sips:', '<tel:'],
  prefilter: (s) => s.text.length >= 16 && s.text.indexOf('"') !== -1,
  pattern:
    /(?<![\w-])(?:From|To|f|t|m|Contact|P-Asserted-Identity|P-Preferred-Identity|Remote-Party-ID|Referred-By|Diversion)\s{0,2}:\s{0,2}"([^"\n<>]{3,64})"\s{0,2}<(?:sips?|tel):/dgi,
  group: 1,
  validate: (v) => {
    const name = v.trim();
    if (!DISPLAY_NAME.test(name) || PLACEHOLDER_WORD.test(name) || isCompanyName(name)) return undefined;
    return name;
  },
});

/** Two to five words of letters (a surname's comma, an initial's dot, an apostrophe, a hyphen). */
const DISPLAY_NAME = /^\p{L}[\p{L}'.-]*,?(?: \p{L}[\p{L}'.-]*,?){1,4}$/u;
/** Carrier CNAM placeholders and the names of desks, rooms and lines rather than people. */
const PLACEHOLDER_WORD =
  /(?<!\p{L})(?:wireless|caller|unknown|anonymous|unavailable|private|restricted|toll|free|out of area|reception|desk|room|office|support|sales|service|line|trunk|queue|voicemail|conference|lobby|main|center|centre|helpdesk|dept|department|team|test)(?!\p{L})/iu;

/**
 * The response hash of a Digest authorization (RFC 2617 / RFC 7616, RFC 3261 §22.4: `Authorization:
 * Digest username="2001",realm="asterisk",nonce="…",response="b3a6…"`): MD5 or SHA-256 hex over the
 * password, the nonce and the request, enough to test guesses of the password offline. The
 * authorization detector reads the credential as one token and stops at the first quote, so a
 * header written without blanks after its commas kept the response (red-team round 52). Only with
 * `digest` within 400 characters before; the nonce, realm and user name stay to this detector.
 */
export const digestResponse = regexDetector({
  id: 'digest_response',
  entity: 'AUTH_CREDENTIAL',
  description: 'The response hash of an HTTP / SIP Digest authorization',
  validation: '32 or 64 hex digits after response= (quoted or not), with the word Digest within 400 characters before',
  context: true,
  example: 'Authorization: Digest username="2001",realm="asterisk",nonce="5f2b1c9a",response="6629fae49393a05397450978507c4ef1"',
  keywords: ['digest'],
  prefilter: (s) => s.hasDigit && s.text.length >= 40,
  pattern: /(?<![\w-])response\s{0,2}=\s{0,2}\\?"?([0-9a-fA-F]{32}(?:[0-9a-fA-F]{32})?)(?![0-9a-zA-Z])/dg,
  group: 1,
  validate: (v, scan, start) => (contextBefore(scan, start, DIGEST_WORD, 400) ? v : undefined),
});
const DIGEST_WORD = /(?<![a-z])digest(?![a-z])/;

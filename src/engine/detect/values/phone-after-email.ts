import { SIG_AT, SIG_LESS_THAN } from '../char-signature.js';
import type { TextScan } from '../types.js';
import { regexDetector } from './helpers.js';

/**
 * A phone number written in its local format right after an e-mail address and a word for "or"
 * (red-team round 63 and its second leftover pass, stop 41): `podem me contatar em
 * ana@example.com.br ou 11 96123-4567`, `escríbeme a … o llámame al 612 34 56 78`, `joignable à …
 * ou au 06 12 34 56 78`, `kontakt: … lub 512 345 678`, `mail … of bel 06-12345678`. A person gives
 * two ways to reach them; the number has no country code and often no phone word near it (the
 * e-mail stands between), which the phone detectors need for a local number.
 *
 * The e-mail may already be a token (`<EMAIL:…>`): masking the output again finds the same number,
 * so the rule holds once the address is masked (a phone word read 50 characters back would not).
 * The number: 8 to 13 digits in at most five groups (blanks, `-`, `.`, brackets), not a date or a
 * time; a word between (`ou pelo`, `o al`, `ou au`, `oder unter`, `or on`) may stand before it.
 */

const OR_WORDS = '(?:ou|o|or|oder|oppure|lub|albo|of|eller|tai|vagy|nebo)';
const BEFORE_NUMBER =
  '(?:pelo|pela|al|au|no|na|am|unter|on|at|per|via|bel|call|llámame al|ligue para|appelez le|chiama il|zadzwoń pod|(?:tel|tlf|tfn|telefone?|telefono|teléfono|telefon|phone|mobile?|móvil|celular|cell|whatsapp)\\.?:?)';
// From the address's `@` (a literal first: the search skips to it), or its token.
const ADDRESS = '(?:@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,4}|<EMAIL:[a-z0-9]{4,40}>)';
const NUMBER = '(\\+?\\(?\\d[\\d() .-]{6,18}\\d)(?![\\d\\p{L}@])';
const PHONE_AFTER_EMAIL = new RegExp(`${ADDRESS}[ \\t]+${OR_WORDS}(?:[ \\t]+${BEFORE_NUMBER}){0,2}[ \\t]+${NUMBER}`, 'dgiu');

const DATE_OR_TIME = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$|:/;

function phoneAfterEmail(v: string): string | undefined {
  const digits = v.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 13 || DATE_OR_TIME.test(v)) return undefined;
  if (v.split(/[ ().-]+/).filter((g) => g.length > 0).length > 5) return undefined;
  return digits;
}

/** The next `@` or `<` at or after `from`: where a match may start (RegexDetectorSpec.starts). */
function nextAtOrLessThan(scan: TextScan, from: number): number {
  const text = scan.text;
  const at = text.indexOf('@', from);
  const lt = text.indexOf('<', from);
  return at === -1 ? lt : lt === -1 || at < lt ? at : lt;
}

export const phoneAfterEmailOr = regexDetector({
  id: 'phone_after_email_or',
  entity: 'PHONE',
  description:
    'A phone number in local format right after an e-mail address and a word for "or" (ou, o, or, oder, oppure, lub, of, eller…), as people leave two ways to reach them in exit interviews, HR chats and tickets',
  validation:
    'an e-mail address (or its token), an "or" word, an optional short word (pelo, al, au, unter, on), then 8–13 digits in at most five groups; no date or time',
  context: true,
  example: 'podem me contatar em ana@example.com.br ou 11 96123-4567',
  prefilter: (s) => (s.signature & SIG_AT) !== 0 || ((s.signature & SIG_LESS_THAN) !== 0 && s.text.indexOf('<EMAIL:') !== -1),
  // Tried only at each `@` and `<` (every match starts with one): the regex, case-insensitive and
  // Unicode, tried at every position of a prompt that holds an address cost 4 µs (stop 42).
  starts: nextAtOrLessThan,
  pattern: PHONE_AFTER_EMAIL,
  group: 1,
  validate: (v) => phoneAfterEmail(v),
});

import type { TextScan } from '../types.js';
import { cardIssuer, digitsOnly, ibanValid, luhnValid, usSsnValid } from '../validators.js';
import { contextBefore, keywordRegex } from '../context.js';
import { regexDetector } from './helpers.js';
import { capitalNextToDigit, contextKeywords } from './shared.js';

/**
 * Words that make a 15-digit number starting with 1 a UATP (AirPlus, airline) card: the card, its
 * PAN or a payment named within the context window. Without one such a number is an id as often.
 */
const UATP_CONTEXT = /(?<![a-z])(?:card|uatp|airplus|payment|credit|kreditkart|carte|tarjeta|(?:pan|cc)(?![a-z]))/;

/** A UATP card number: 15 digits, issuer prefix 1, Luhn checksum (ISO/IEC 7812; AirPlus test 122000000000003). */
function uatpCard(d: string): boolean {
  return d.length === 15 && d.charCodeAt(0) === 49 && luhnValid(d);
}

/**
 * A retail barcode right after its label (`JAN 4901234567894`, `EAN-13: …`, `UPC …`, `GTIN …`,
 * `barcode …`): a 12–14-digit number with a valid GS1 check digit there is a product's number on a
 * receipt. One Luhn-valid number in ten also passes the GS1 check, so both the label and the check
 * are required; a card number written after `JAN` or `EAN` does not happen. The word for barcode
 * in Turkish and South Slavic (`barkod`, Albanian `barkodi`), German (`Strichcode`) and Swedish
 * (`streckkod`) counts too (red-team round 20: `Barkod 5901234123457`), and a stock-keeping unit's
 * label or cell before it (`sku,5901234123457,12,in-stock`: a shop's stock row; leftovers of
 * red-team round 28).
 */
const BARCODE_LABEL =
  /(?<![a-z])(?:jan|ean|ean-?1[34]|upc|upc-a|gtin|gtin-?1[234]|barcode|barkodu?|barkodi|strichcode|streckkod|バーコード)\s*[:#=]?\s*$|(?<![a-z])sku\s*[:#=,;|]?\s*$/;
export function gs1CheckValid(d: string): boolean {
  let sum = 0;
  for (let i = d.length - 2, w = 3; i >= 0; i--, w = 4 - w) sum += (d.charCodeAt(i) - 48) * w;
  return (10 - (sum % 10)) % 10 === d.charCodeAt(d.length - 1) - 48;
}
function retailBarcode(d: string, scan: { lower(): string }, start: number): boolean {
  return d.length >= 12 && d.length <= 14 && BARCODE_LABEL.test(scan.lower().slice(Math.max(0, start - 12), start)) && gs1CheckValid(d);
}

/**
 * Payment card numbers, plain or grouped by spaces or dashes (one separator kind throughout). A comma
 * may stand next to one (CSV rows, SQL value lists: `7,4012…,2024-05-14`), except in `0,4012…`,
 * a decimal written with a comma; a dot may not (`0.4012…` is a float, `4.0.12…` a version).
 */
const FIRST_CARD_GROUP = /^\d{4,6}[ -]/;
/**
 * Four groups of four digits with blanks and dashes mixed, as a card read out over the phone is
 * typed into a note, after its brand or the word card (`mc 5555-5555 5555-4444 exp 0927`:
 * red-team round 97); other mixed shapes, and this one without such a word, stay out (two phone
 * numbers side by side, a date and a count).
 */
const READ_OUT_CARD = /^\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}$/;
const CARD_BRAND_WORDS = keywordRegex(['card', 'visa', 'mc', 'mastercard', 'amex', 'discover', 'cc', 'credit', 'debit']);

export const creditCard = regexDetector({
  id: 'credit_card',
  entity: 'CREDIT_CARD',
  description: 'Payment card numbers (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro, UATP…)',
  validation:
    '12–19 digits, a known issuer prefix for that length, Luhn checksum; separators consistent (blanks and dashes mixed only in four groups of four after card / visa / mc / amex / cc… within 24 characters), the first group of 4–6 digits; UATP (15 digits starting 1) only with a card, PAN or payment word before it; not a 12–14-digit GS1 barcode right after its label (JAN, EAN, UPC, GTIN, SKU)',
  context: false,
  example: '4111 1111 1111 1111',
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 12,
  // A literal `\t` / `\n` / `\r` escape before the number is a separator, not a letter (a TSV
  // row logged with its escapes: `…\t987-65-4323\t5555555555554444\n…`). One look-behind (the
  // glued character, unless it ends such an escape), not an alternation of two: the search tries
  // a leading alternation at every character of every string.
  pattern: /(?<![\dA-Za-z.-](?<!\\[tnr]))(?<!(?<!\d)0,)\d(?:[ -]?\d){11,18}(?!\d|[.-]\d)/g,
  shrinkWords: 3,
  shrinkSeparators: ' -',
  validate: (v, scan, start) => {
    const d = digitsOnly(v);
    if (/ /.test(v) && /-/.test(v) && !(READ_OUT_CARD.test(v) && contextBefore(scan, start, CARD_BRAND_WORDS, 24))) return undefined;
    // Printed cards open with a group of 4 (6 at most, a BIN apart): `6951786-123123-422221`, an
    // identity vendor's report id, is none (red-team round 47).
    if (d.length !== v.length && !FIRST_CARD_GROUP.test(v)) return undefined;
    if (cardIssuer(d) !== undefined) return luhnValid(d) && !retailBarcode(d, scan, start) ? d : undefined;
    return uatpCard(d) && contextBefore(scan, start, UATP_CONTEXT) ? d : undefined;
  },
});

/**
 * IBANs, compact or printed in groups of four, the groups parted by blanks or by dashes
 * (`ES91-2100-0418-4502-0005-1332`, as forms and chats write them; one kind throughout). A line
 * break may stand where a blank would (`IT60 X054 2811\n1010 0000 0123 456`, an IBAN wrapped in a
 * note or a mail body); a word after the IBAN that the groups would take (`… 2874 NOWY`) is shed
 * when the checksum fails with it (red-team round 63).
 */
export const iban = regexDetector({
  id: 'iban',
  entity: 'IBAN',
  description: 'International Bank Account Numbers',
  validation: "known country code, that country's exact length, ISO 7064 mod 97-10 checksum; groups parted by blanks or dashes, not both",
  context: false,
  example: 'GB82 WEST 1234 5698 7654 32',
  requires: 'numeric',
  prefilter: (s) => s.text.length >= 15 && s.numeric && capitalNextToDigit(s),
  // A group may hold the break itself when the groups are parted by blanks (`FR14 … 3M\n02 606`,
  // `NL91 AB\nNA 0417 …`: an SMS gateway's or a mail client's wrap inside a group; stop 41): tried
  // first, one break in all, the checksum decides.
  pattern:
    /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:(?: [A-Z0-9]{4}){0,6} [A-Z0-9]{1,3}\r?\n[A-Z0-9]{1,3}(?: [A-Z0-9]{4}){0,6}(?: [A-Z0-9]{1,3})?|(?:(?:[ -]|\r?\n)?[A-Z0-9]{4}){2,7}(?:(?:[ -]|\r?\n)?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])/g,
  shrinkWords: 2,
  shrinkSeparators: ' \n',
  validate: (v) => {
    if (v.includes(' ') && v.includes('-')) return undefined;
    const compact = v.replace(/[ \r\n-]/g, '');
    return ibanValid(compact) ? compact : undefined;
  },
});

/**
 * Names of an SSN before nine bare digits. Also a 1099 payee's or recipient's TIN (IRS FIRE: an
 * individual payee's TIN is the SSN; a company's EIN that passes the SSN rules is masked too, fail
 * closed) and the `IND ID` of ACH addenda as BAI2 88 records print them (the receiver's individual
 * id, often the SSN; red-team round 33).
 */
const SSN_CONTEXT = keywordRegex([
  'ssn',
  'social security',
  'social sec',
  'ss#',
  'ss no',
  'taxpayer',
  'sozialversicherung',
  'payee tin',
  'recipient tin',
  'ind id',
]);

/**
 * A US taxpayer id's name within 30 characters before nine bare digits (red-team round 36: SAP
 * BAPI messages `Tax number 536904399 already exists`, B-notices `TIN 212468091 did not match`),
 * or the TIN-type field of an IRS bulk TIN matching line (Publication 2108A `2;536904399;NAME;…`,
 * type 2 an SSN, 3 unknown) right before them. The digits must still pass the SSN's area / group /
 * serial rules; an EIN (type 1) is another detector's.
 */
const TIN_WORD = /(?<![a-z])(?:tin|tax (?:number|no\.?|id)|taxpayer)(?![a-z])/;
const TIN_MATCHING_TYPE = /(?:^|\n)[23];$/;

function tinBefore(scan: TextScan, start: number): boolean {
  if (start >= 2 && scan.text.charCodeAt(start - 1) === 59 && TIN_MATCHING_TYPE.test(scan.text.slice(Math.max(0, start - 3), start)))
    return true;
  return contextBefore(scan, start, TIN_WORD, 30);
}

/**
 * An SSN's name right before the number (`SSN: `, `my ssn is `, `social security number #`), or
 * a change written about it (sampleInChange): a published sample (078-05-1120, the SSA's
 * "Woolworth wallet" number) written there is someone's number as far as a log can tell, so it is
 * masked (fail closed); elsewhere, prose about the sample included, it stays a sample.
 */
const SSN_RIGHT_BEFORE =
  /(?<![a-z])(?:ssn|ss#|social security(?: number| no\.?)?|social|taxpayer(?: id| number)?)(?: is| was| number| no\.?)?\s*[:#=]?\s*$/;

/**
 * The number as the old or new value of a change to an SSN (red-team round 26): a table cell
 * (`| SSN | 078-05-1120 |` of a change report) or `from` / `to` / `was` / `now` / `=>` / `->`
 * right before it, with the SSN's name within the context window (`changed SSN for customer #314
 * from 078-05-1120`).
 */
const CHANGE_RIGHT_BEFORE = /(?:\||(?<![a-z])(?:from|to|was|now)|=>|->)\s*$/;
/**
 * How far before a changed value the SSN's name may stand (red-team round 30): a change sentence
 * names whose number it was and the old value first (`Corrected SSN for Rosalind Featherstone (DOB
 * 02/14/1988) from 078051162 to 078051126`), which puts the name of the new value beyond the usual
 * 40 characters.
 */
const CHANGE_WINDOW = 96;
function sampleInChange(scan: TextScan, start: number): boolean {
  const lower = scan.lower();
  if (!CHANGE_RIGHT_BEFORE.test(lower.slice(Math.max(0, start - 8), start))) return false;
  if (contextBefore(scan, start, SSN_CONTEXT)) return true;
  // Farther back only within the same sentence or clause.
  let before = lower.slice(Math.max(0, start - CHANGE_WINDOW), start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf('\n'));
  if (cut >= 0) before = before.slice(cut + 1);
  // A token's entity name (`<us_ssn:…>` after masking) is no context.
  if (before.indexOf('>') !== -1) before = before.replace(LOWER_TOKEN_NAME, ' ');
  return SSN_CONTEXT.test(before);
}
/**
 * The number as a witness's answer to a question that asks for it (a deposition transcript, an
 * interview's Q / A lines; red-team round 96: `12:14 Q. What is your Social Security number?\n12:15
 * A. 078-05-1120.`): an `A.` / `A:` answer marker right before it, after the page:line numbers of
 * its line, and the line before ends with a question that names the SSN.
 */
const ANSWER_RIGHT_BEFORE = /(?:^|\n)[\d: ]{0,8}a[.:]\s*$/;
const SSN_QUESTION_LINE = /(?:ssn|social security(?: number| no\.?)?)\??\s*\n[^\n]*$/;
function sampleAnswered(scan: TextScan, start: number): boolean {
  const lower = scan.lower();
  if (start < 12 || lower.charCodeAt(start - 1) !== 32) return false;
  const before = lower.slice(Math.max(0, start - 120), start);
  return ANSWER_RIGHT_BEFORE.test(before) && SSN_QUESTION_LINE.test(before);
}
const LOWER_TOKEN_NAME = /<[a-z][a-z0-9_]{1,40}(?::[^<>\s]{1,320})?>|^[^<>\s]*>/g;

/** The SSA's structure of an SSN (area, group, serial), without the list of published samples. */
function usSsnShaped(d: string): boolean {
  return (
    d.length === 9 &&
    !/^(\d)\1{8}$/.test(d) &&
    d[0] !== '9' &&
    !d.startsWith('000') &&
    !d.startsWith('666') &&
    d.slice(3, 5) !== '00' &&
    !d.endsWith('0000')
  );
}

/**
 * An SSN typed with dots or slashes (`Social is 078.05.1123`, `ssn 219/09/9999`; red-team round
 * 24): the same area-group-serial structure as us_ssn, but a dotted 3-2-4 number is as often a
 * reference, so its name must stand within 40 characters before it.
 */
const SSN_WORDS = keywordRegex(['ssn', 'social', 'ss#', 'ss no', 'taxpayer', 'sozialversicherung']);
const SLASHED_SSN_WORDS = keywordRegex(['card', 'number']);
export const usSsnDotted = regexDetector({
  id: 'us_ssn_dotted',
  entity: 'US_SSN',
  description: 'US Social Security numbers written with dots or slashes after their name (Social is 078.05.1123)',
  validation:
    'three, two and four digits joined by the same `.` or `/`; area not 000/666/9xx, group not 00, serial not 0000; ssn, social or taxpayer within 40 characters before (with slashes, card or number will do)',
  context: true,
  example: 'ssn 078.05.1121',
  // Single words: the keyword pass gates on a keyword's longest word (`ss no` would gate on `ss`).
  keywords: ['ssn', 'social', 'ss#', 'taxpayer', 'sozialversicherung', 'card', 'number'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\d./-])\d{3}([./])\d{2}\1\d{4}(?![\dA-Za-z]|[./-]\d)/g,
  validate: (v, scan, start) => {
    const d = digitsOnly(v);
    if (!usSsnShaped(d)) return undefined;
    // Slashes (no date, no reference is written 3/2/4): the card or number it is will do (`number
    // on my card: 078/05/1126`, a scam chat's, red-team round 24).
    return contextBefore(scan, start, SSN_WORDS) || (v[3] === '/' && contextBefore(scan, start, SLASHED_SSN_WORDS)) ? d : undefined;
  },
});

/**
 * US Social Security numbers. Written as 123-45-6789 (or with spaces) they stand alone; nine bare
 * digits are an order number as often as an SSN, so they need a keyword nearby.
 */
export const usSsn = regexDetector({
  id: 'us_ssn',
  entity: 'US_SSN',
  description: 'US Social Security numbers',
  validation:
    'area not 000/666/9xx, group not 00, serial not 0000, not a repeated digit or a published sample; bare 9 digits need a keyword (ssn, social security, payee TIN, IND ID) nearby',
  context: false,
  example: '078-05-1121',
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 9,
  // A letter right after the digits makes them part of a longer id (an E-UTRAN cell global id
  // `001-01-0001a2b3`, MCC-MNC-ECI in hex), not a number that stands alone.
  pattern: /(?<![\d-])\d{3}([- ]?)\d{2}\1\d{4}(?![\dA-Za-z]|-\d)/g,
  validate: (v, scan, start) => {
    const d = digitsOnly(v);
    if (
      !usSsnValid(d) &&
      !(
        usSsnShaped(d) &&
        (SSN_RIGHT_BEFORE.test(scan.lower().slice(Math.max(0, start - 28), start)) ||
          sampleInChange(scan, start) ||
          sampleAnswered(scan, start))
      )
    )
      return undefined;
    if (v.length === 9 && !contextBefore(scan, start, SSN_CONTEXT) && !sampleInChange(scan, start) && !tinBefore(scan, start))
      return undefined;
    return d;
  },
});

/**
 * A prepaid voucher's PIN after the voucher's brand (red-team round 44: a player pastes `paysafe
 * code 0000 1111 2222 3333` in a support chat, a payment log lists the redeemed PINs): 16 digits,
 * alone or in four groups of four, with paysafecard, Flexepin or a voucher PIN named within 60
 * characters before. The PIN is the money: whoever reads it spends it.
 */
const VOUCHER_BRANDS = contextKeywords(['paysafe', 'paysafecard', 'flexepin', 'voucher pin']);
export const prepaidVoucherPin = regexDetector({
  id: 'prepaid_voucher_pin',
  entity: 'GIFT_CARD_NUMBER',
  description: 'Prepaid voucher PINs (paysafecard, Flexepin) after the brand',
  validation:
    '16 digits, alone or as four groups of four set apart by blanks or dashes; paysafecard, Flexepin or voucher PIN within 60 characters before',
  context: true,
  example: 'paysafecard PIN 0000 1111 2222 3333',
  keywords: VOUCHER_BRANDS.keywords,
  prefilter: (s) => s.digitRun >= 4,
  pattern: /(?<![\w.,/-])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{4}|\d{16})(?![\w]|[.,/-]\d)/g,
  validate: (v, scan, start) => (contextBefore(scan, start, VOUCHER_BRANDS.re, 60) ? digitsOnly(v) : undefined),
});

const GIFT_CARD_WORDS = keywordRegex(['card', 'gift', 'voucher']);

/**
 * A gift card's number right before its PIN (red-team round 24, FTC scam alerts: `number 041 123
 * 456 789 012 pin 7394 1846`): no network prefix or Luhn digit to check, but the PIN after it says
 * what it is; 12–19 digits (grouped or not), `pin` within three characters after, and a card,
 * gift or voucher word in the 80 characters before. Card and PIN together spend the balance.
 */
export const giftCardWithPin = regexDetector({
  id: 'gift_card_with_pin',
  entity: 'CREDIT_CARD',
  description: 'Gift card numbers followed by their PIN (number … pin …)',
  validation:
    '12–19 digits, alone or in groups of 3–4 set apart by blanks or dashes, then pin within three characters; card / gift / voucher within 80 characters before',
  context: true,
  example: 'gift card 6006 4912 3456 7890 pin 1234',
  keywords: [' pin', 'pin:'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w.,/-])\d{3,4}(?:[ -]\d{3,4}){2,5}(?=[ ,:;]{1,3}pin\b)|(?<![\w.,/-])\d{12,19}(?=[ ,:;]{1,3}pin\b)/gi,
  validate: (v, scan, start) => {
    const d = digitsOnly(v);
    return d.length >= 12 && d.length <= 19 && contextBefore(scan, start, GIFT_CARD_WORDS, 80) ? d : undefined;
  },
});

/**
 * A gift card's redemption code in the message that hands it over (red-team round 62: romance and
 * support scams ask for `steam card: 7KQ2M-…`, an Apple gift card's 16 characters starting with
 * X, an Amazon claim code 4-6-4/5): 16–20 capitals and digits, alone or in 3–5 groups of 4–6 set
 * apart by blanks or dashes, with two letters and two digits or more, and a gift-card word within
 * 60 characters before (not `claim`, which opens on every JWT's `claims`). Whoever reads the code
 * spends the balance.
 */
const GIFT_CODE_WORDS = contextKeywords([
  'gift card',
  'giftcard',
  'gift code',
  'steam card',
  'steam code',
  'steam wallet',
  'itunes',
  'redeem code',
  'redemption code',
]);
export const giftCardCode = regexDetector({
  id: 'gift_card_code',
  entity: 'GIFT_CARD_NUMBER',
  description: 'Gift card redemption codes (Steam, Apple, Amazon claim codes) after a gift-card word',
  validation:
    '16–20 capitals and digits, alone or in 3–5 groups of 4–6 set apart by blanks or dashes, two letters and two digits or more; gift card / gift code / steam card / iTunes / redeem within 60 characters before',
  context: true,
  example: 'steam card: 7KQ2M-X4PLR-9WZ3T',
  keywords: GIFT_CODE_WORDS.keywords,
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w-])(?:[A-Z0-9]{4,6}(?:[ -][A-Z0-9]{4,6}){2,4}|[A-Z0-9]{16,20})(?![\w-])/g,
  validate: (v, scan, start) => {
    const compact = v.replace(/[ -]/g, '');
    if (compact.length < 13 || compact.length > 25) return undefined;
    const digits = compact.replace(/\D/g, '').length;
    if (digits < 2 || compact.length - digits < 2) return undefined;
    return contextBefore(scan, start, GIFT_CODE_WORDS.re, 60) ? v : undefined;
  },
});

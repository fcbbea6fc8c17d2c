import type { TextScan } from '../types.js';
import { regexDetector } from './helpers.js';
import { isNameStopWord } from './person-name-stop.js';
import { nameKind } from './person-names.js';

/**
 * The name of the person a payment goes to, where a payment format says so (red-team round 15):
 * Dutch transfer instructions `t.n.v. S. de Vries` (ten name van, "in the name of"), the `pn`
 * (payee name) parameter of an India UPI deep link (NPCI `upi://pay?pa=…&pn=…`), and the name and
 * number of a Safaricom M-Pesa confirmation SMS (`Confirmed. Ksh1,500.00 sent to WANJIRU KAMAU
 * 0712345678 on …`). Each is gated by its keyword in the shared pass: text without `t.n.v`,
 * `upi://` or `m-pesa` / `confirmed.` costs nothing here.
 */

/** Dutch name particles written in lower case inside a surname (`de Vries`, `van der Berg`). */
const NL_PARTICLE = "(?:de|den|der|van|het|ter|ten|te|op|in|'t)";
const NL_WORD = "[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?";

/** What the pattern needs, in any case its letters may take (`T.N.V.`, `t. n. v.`, `Ten Name Van`). */
const TNV = /n\.[ ]?v|name van/i;

export const dutchPayeeName = regexDetector({
  id: 'payee_name_nl',
  entity: 'PERSON',
  description: 'The account holder after Dutch `t.n.v.` (ten name van) in a transfer instruction',
  validation:
    'after `t.n.v.`: initials, lower-case particles (de, van, der…) and one to three capitalised words; a lower-case word after it (`t.n.v. de gemeente`) is not a name',
  context: false,
  example: 't.n.v. S. de Vries',
  keywords: ['t.n.v', 'ten name van'],
  prefilter: (s) => TNV.test(s.text),
  pattern: new RegExp(
    `\\b(?:[Tt]\\.[ ]?[Nn]\\.[ ]?[Vv]\\.?|[Tt]en [Nn]ame [Vv]an)[ \\t]+((?:[A-Z]\\.[ ]?){0,4}(?:${NL_PARTICLE}[ ]+){0,3}${NL_WORD}(?:[ ]+(?:${NL_PARTICLE}[ ]+){0,3}${NL_WORD}){0,2})`,
    'dg',
  ),
  group: 1,
  validate: (v) => v.trim().replace(/\s+/g, ' '),
});

/**
 * A UPI deep link's payee name: the `pn` parameter of a `upi://` URL, as written (percent-encoded
 * or with `+` for blanks). Other URLs' `pn` (a part number, a page number) are not read.
 */
/** The parameter in any case, as the pattern reads it (`PN=` in a link written in capitals). */
const PN_PARAMETER = /pn=/i;

export const upiPayeeName = regexDetector({
  id: 'upi_payee_name',
  entity: 'PERSON',
  description: 'The payee name (`pn=`) of an India UPI deep link (upi://pay?pa=…&pn=…)',
  validation: 'the `pn` parameter of a URL that starts with `upi://`, up to the next `&`, blank or quote',
  context: false,
  example: 'upi://pay?pa=rahul.sharma@okicici&pn=Rahul%20Sharma',
  keywords: ['upi://'],
  prefilter: (s) => PN_PARAMETER.test(s.text),
  pattern: /(?<=upi:\/\/[^\s"'<>]{0,400}[?&])pn=([^&\s"'<>#]{1,100})/dgi,
  group: 1,
  validate: (v) => v,
});

/**
 * An M-Pesa confirmation's recipient: `sent to NAME IN CAPITALS 07XXXXXXXX` (a Kenyan mobile
 * number, 07/01 or +254/254). Till and paybill payments (`paid to NAIVAS SUPERMARKET.`, `sent to
 * KPLC PREPAID for account …`) have no phone number after the name and are kept.
 */
const MPESA_SENT_TO = String.raw`\bsent to ((?:[A-Z][A-Z'’-]*[A-Z] ){1,3}[A-Z][A-Z'’-]*[A-Z]) ((?:\+?254|0)[17]\d{8})\b`;
const mpesaGate = (text: string): boolean => text.indexOf('sent to ') !== -1;

/** What the two M-Pesa detectors share: one gate, one pattern (a fresh RegExp each: `g` is stateful). */
const MPESA_SPEC = {
  description: 'The recipient name in an M-Pesa confirmation SMS (sent to NAME 07XXXXXXXX)',
  validation: '`sent to`, two to four words in capitals, then a Kenyan mobile number; in text with `M-PESA` or `Confirmed.`',
  context: false,
  example: 'Confirmed. Ksh1,500.00 sent to WANJIRU KAMAU 0712345678 on 15/3/24',
  keywords: ['m-pesa', 'confirmed.'],
  prefilter: (s: TextScan) => mpesaGate(s.text),
} as const;

export const mpesaRecipientName = regexDetector({
  ...MPESA_SPEC,
  id: 'mpesa_recipient_name',
  entity: 'PERSON',
  pattern: new RegExp(MPESA_SENT_TO, 'dg'),
  group: 1,
  validate: (v) => v,
});

export const mpesaRecipientPhone = regexDetector({
  ...MPESA_SPEC,
  id: 'mpesa_recipient_phone',
  entity: 'PHONE',
  description: 'The recipient number in an M-Pesa confirmation SMS (sent to NAME 07XXXXXXXX)',
  pattern: new RegExp(MPESA_SENT_TO, 'dg'),
  group: 2,
  validate: (v) => v.replace(/^\+/, ''),
});

/**
 * The other party of a mobile-money or bank-wallet SMS (red-team round 20): MTN MoMo `Payment made
 * for GHS 50.00 to KOFI MENSAH 0244123456`, EcoCash `USD 20.00 to TENDAI MOYO 0772123456`, Orange
 * Money `envoyé 15000 FCFA à NDEYE FATOU DIOP (771234567)`, Airtel `to agent AGNES NAKATO
 * 0752…`, GCash `gikan kang JUAN DELA CRUZ 0917…`, MoMo Rwanda `kuri MUGISHA Eric (2507…)`, EVC
 * Plus `u dirtay CABDIRAXMAAN XASAN (61 5 123 456)`: after a word for "to / from", a name whose
 * first word is in capitals (two to four words), then the wallet number (8–13 digits, bare or in
 * brackets). Read only in text with a wallet SMS's words (balance, fee, reference, transaction
 * id, in the operators' languages; the EU's Swish, Vipps, MobilePay, Bizum, BLIK, MB WAY, TWINT);
 * a merchant or till without a number after it is kept.
 */
// The pattern starts at a capital and looks back for the word before it (one character class first:
// V8 scans for it much faster than it tries a look-behind at every position).
const WALLET_PARTY = String.raw`(\p{Lu}(?<=(?:^|[\s(])(?:to|from|a|à|au|de|par|kuri|kang|i|agent|dirtay|kay|ni|från|fra|till|til|od|do|van|von|an|para|da)[ ]\p{Lu})[\p{Lu}'’-]*\p{Lu}(?:[ ]\p{Lu}[\p{L}'’-]*\p{L}){1,3})[ ]\(?((?:\+|00)?\d{1,4}(?:[ .-]?\d{1,4}){1,5})\)?(?![\p{L}\d])`;
const WALLET_SMS_WORDS = [
  'balance',
  'bal ',
  'solde',
  'fee',
  'frais',
  'ref:',
  'ref ',
  'ref.',
  'transaction id',
  'tid ',
  'approval code',
  'asigaye', // rw "remaining"
  'haraag', // so "balance"
  // The EU's instant-payment apps (red-team round 22): `Swish: Du har fått 250 kr från ANNA
  // ANDERSSON 0701234567`, `Vipps: … fra OLA NORDMANN 406 12 345`, MobilePay, Bizum, BLIK, MB WAY.
  'swish',
  'mobilepay',
  'vipps',
  'bizum',
  'blik',
  'mb way',
  'twint',
];
/**
 * A merchant, not a person: the party's last word is a company form (`till IKEA AB 1231181189`, a
 * Swish merchant number; `à ORANGE SA`, `fra REMA 1000 AS`).
 */
const COMPANY_FORMS = 'AB|AS|ASA|A/S|ApS|Oy|Oyj|GmbH|AG|SA|SAS|SARL|SL|SLU|SpA|Srl|BV|NV|Ltd|LLC|Inc|PLC|KG|SE';
const COMPANY_FORM_LAST = new RegExp(`[ ](?:${COMPANY_FORMS})$`, 'i');
const COMPANY_FORM_BEFORE = new RegExp(`[ ](?:${COMPANY_FORMS})[ ]\\(?$`, 'i');
/** A wallet number: 8 to 13 digits, as the operators print a party's MSISDN (Nordic mobiles have 8). */
function walletNumberDigits(v: string): boolean {
  const digits = v.replace(/\D/g, '').length;
  return digits >= 8 && digits <= 13;
}
const WALLET_SPEC = {
  description: 'The other party of a mobile-money SMS (to NAME IN CAPITALS 0244123456)',
  validation:
    'after a word for to / from (to, à, från, fra, od, kuri, kang, dirtay…), two to four words, the first in capitals, then 8–13 digits; in text with a wallet SMS word (balance, fee, frais, ref, transaction id, swish, vipps, bizum…)',
  context: false,
  example: 'Payment made for GHS 50.00 to KOFI MENSAH 0244123456. Current Balance: GHS 120.50.',
  keywords: WALLET_SMS_WORDS,
  // A wallet number is a stretch of 9+ digits and separators: TextScan.numeric (computed once per
  // string), asked only after a keyword.
  prefilter: (s: TextScan) => s.numeric,
} as const;

export const walletSmsPartyName = regexDetector({
  ...WALLET_SPEC,
  id: 'wallet_sms_party_name',
  entity: 'PERSON',
  pattern: new RegExp(WALLET_PARTY, 'dgu'),
  group: 1,
  validate: (v, scan, start) => {
    const rest = scan.text.slice(start + v.length, start + v.length + 40);
    const number = /^[ ]\(?([+\d][\d .-]*\d)/.exec(rest);
    return number !== null && walletNumberDigits(number[1]!) && !COMPANY_FORM_LAST.test(v) ? v : undefined;
  },
});

export const walletSmsPartyPhone = regexDetector({
  ...WALLET_SPEC,
  id: 'wallet_sms_party_phone',
  entity: 'PHONE',
  description: 'The wallet number of the other party of a mobile-money SMS (to NAME 0244123456)',
  pattern: new RegExp(WALLET_PARTY, 'dgu'),
  group: 2,
  validate: (v, scan, start) =>
    walletNumberDigits(v) && !COMPANY_FORM_BEFORE.test(scan.text.slice(Math.max(0, start - 12), start)) ? v : undefined,
});

/**
 * The same SMS typed by hand, the party in lower case (`ngadto kang rowena bacalso, 0917-555-1234,
 * Ref …`: red-team round 20): after a word for "to / from", two or three lower-case words whose
 * first is a known given name (the gazetteer's, not a stop word), an optional comma, then the
 * wallet number; in text with a wallet SMS word, like the capitals form above. Like WALLET_PARTY,
 * the pattern starts at a letter and looks back for the word before it.
 */
const WALLET_PARTY_LOWER = String.raw`([a-z](?<=(?:^|[\s(])(?:to|from|kang|kuri|ni|kay|dirtay|à)[ ][a-z])[a-z'’-]+(?:[ ][a-z][a-z'’-]+){1,2}),?[ ]\(?((?:\+|00)?\d{1,4}(?:[ .-]?\d{1,4}){1,5})\)?(?![\p{L}\d])`;
const GIVEN_NAME_BIT = 1;
function lowerCaseParty(name: string): boolean {
  const first = name.slice(0, name.indexOf(' '));
  return (nameKind(first) & GIVEN_NAME_BIT) !== 0 && !isNameStopWord(first) && !name.split(' ').some((w) => isNameStopWord(w));
}
const WALLET_LOWER_SPEC = {
  ...WALLET_SPEC,
  description: 'The other party of a mobile-money SMS typed in lower case (kang rowena bacalso, 0917…)',
  validation:
    'after a word for to / from, two or three lower-case words, the first a known given name, an optional comma, then 8–13 digits; in text with a wallet SMS word',
  example: 'PHP 750 ngadto kang rowena bacalso, 0917-555-1234, Ref 9012 345 678 901',
} as const;

export const walletSmsLowerPartyName = regexDetector({
  ...WALLET_LOWER_SPEC,
  id: 'wallet_sms_lower_party_name',
  entity: 'PERSON',
  pattern: new RegExp(WALLET_PARTY_LOWER, 'dgu'),
  group: 1,
  validate: (v, scan, start) => {
    const rest = scan.text.slice(start + v.length, start + v.length + 40);
    const number = /^,?[ ]\(?([+\d][\d .-]*\d)/.exec(rest);
    return number !== null && walletNumberDigits(number[1]!) && lowerCaseParty(v) ? v : undefined;
  },
});

export const walletSmsLowerPartyPhone = regexDetector({
  ...WALLET_LOWER_SPEC,
  id: 'wallet_sms_lower_party_phone',
  entity: 'PHONE',
  description: 'The wallet number after a lower-case party of a mobile-money SMS (kang rowena bacalso, 0917…)',
  pattern: new RegExp(WALLET_PARTY_LOWER, 'dgu'),
  group: 2,
  validate: (v, scan, start) => {
    // The pattern put the party (two or three words) right before the number: check its last two or three words.
    const words = scan.text
      .slice(Math.max(0, start - 40), start)
      .replace(/,?[ ]\(?$/, '')
      .split(' ');
    const party = (k: number) => words.length >= k && lowerCaseParty(words.slice(-k).join(' '));
    return walletNumberDigits(v) && (party(2) || party(3)) ? v : undefined;
  },
});

/**
 * The payee of an Arabic wallet or bank transfer SMS (round 23): Egypt's InstaPay / wallets `تم
 * تحويل مبلغ 500 جنيه إلى 01012345678 (منى حسن) بنجاح`, Gulf wallets `تم إرسال 200 ر.س إلى
 * 966501234567 نورة.`: after إلى / الى / من, the mobile number (9–13 digits, + or 00 allowed),
 * then the payee's name in brackets or one or two words before a full stop or comma. Read only in
 * text with a transfer word (تحويل, إرسال, حوالة).
 */
const AR_LETTERS = '[\\u0621-\\u064A]';
const AR_TRANSFER_PARTY = new RegExp(
  `(?<!${AR_LETTERS})(?:إلى|الى|من) ((?:\\+|00)?\\d{9,13})(?![\\d])(?: \\((${AR_LETTERS}{2,}(?: ${AR_LETTERS}{2,}){0,2})\\)| (${AR_LETTERS}{2,}(?: ${AR_LETTERS}{2,})?)(?=[.،,]))?`,
  'dgu',
);
/** Words after the number that are no payee: "successfully", "on (date)", "number", "amount". */
const AR_NOT_A_PAYEE = /^(?:بنجاح|بتاريخ|رقم|الساعة|مبلغ|في|عبر)(?: |$)/u;
const AR_TRANSFER_SPEC = {
  context: false,
  keywords: ['تحويل', 'إرسال', 'ارسال', 'حوالة'],
  prefilter: (s: TextScan) => s.numeric,
} as const;

export const arTransferPayeePhone = regexDetector({
  ...AR_TRANSFER_SPEC,
  id: 'ar_transfer_payee_phone',
  entity: 'PHONE',
  description: 'The mobile number of the payee of an Arabic wallet or transfer SMS (إلى 01012345678)',
  validation: 'after إلى / الى / من, 9–13 digits; in text with a transfer word (تحويل, إرسال, حوالة)',
  example: 'تم تحويل مبلغ 500 جنيه إلى 01012345678 بنجاح',
  pattern: AR_TRANSFER_PARTY,
  group: 1,
  validate: (v) => v,
});

export const arTransferPayeeName = regexDetector({
  ...AR_TRANSFER_SPEC,
  id: 'ar_transfer_payee_name',
  entity: 'PERSON',
  description: 'The name of the payee of an Arabic wallet or transfer SMS, after the number (إلى 0101… (منى حسن))',
  validation: 'one to three Arabic words in brackets, or one or two before a full stop or comma, right after the payee number',
  example: 'تم تحويل مبلغ 500 جنيه إلى 01012345678 (منى حسن) بنجاح',
  pattern: AR_TRANSFER_PARTY,
  group: [2, 3],
  validate: (v) => (AR_NOT_A_PAYEE.test(v) ? undefined : v),
});

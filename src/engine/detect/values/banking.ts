import { contextBefore } from '../context.js';
import { abaRoutingValid, swiftBicValid } from '../validators-ids.js';
import { digitsOnly } from '../validators.js';
import { regexDetector } from './helpers.js';
import { contextKeywords } from './shared.js';

// Card security codes and expiry dates are short and common; a keyword close before is required
// (AWS Macie and Datadog do the same), within 20 characters so "cvv" does not reach a later number.
const CVV = contextKeywords(['cvv', 'cvv2', 'cvc', 'cvc2', 'cid', 'csc', 'card security code', 'security code', 'card verification']);

export const cardSecurityCode = regexDetector({
  id: 'card_security_code',
  entity: 'CARD_SECURITY_CODE',
  description: 'Card security codes (CVV/CVC/CID)',
  validation: '3 or 4 digits alone; a keyword (cvv, cvc, cid, security code…) within 20 characters before',
  context: true,
  example: 'cvv: 737',
  keywords: CVV.keywords,
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w.,/:-])\d{3,4}(?![\w]|[.,/:-]\d)/g,
  validate: (v, scan, start) => (contextBefore(scan, start, CVV.re, 20) ? v : undefined),
});

const EXPIRY = contextKeywords([
  'exp',
  'expiry',
  'expiration',
  'expires',
  'exp date',
  'valid thru',
  'valid through',
  'good thru',
  'valid until',
]);

export const cardExpiry = regexDetector({
  id: 'card_expiry',
  entity: 'CARD_EXPIRY',
  description: 'Payment card expiry dates',
  validation: 'MM/YY, MM/YYYY or MM-YYYY with month 01–12; an expiry keyword (exp, expiry, valid thru…) within 30 characters before',
  context: true,
  example: 'exp 09/28',
  keywords: EXPIRY.keywords,
  prefilter: (s) => s.hasDigit && (s.text.includes('/') || s.text.includes('-')),
  pattern: /(?<![\w./-])(?:0[1-9]|1[0-2]) ?(?:\/ ?(?:\d{2}|20\d{2})|-20\d{2})(?![\w]|[./-]\d)/g,
  validate: (v, scan, start) => (contextBefore(scan, start, EXPIRY.re, 30) ? v.replace(/ /g, '') : undefined),
});

const SWIFT = contextKeywords(['swift', 'bic', 'swift code', 'bic code', 'bank identifier code', 'swift bic']);
/** The start every BIC has; one native test, not a count of capitals over the text. */
const SWIFT_SHAPE = /[A-Z]{6}[A-Z0-9]{2}/;

export const swiftBic = regexDetector({
  id: 'swift_bic',
  entity: 'SWIFT_BIC',
  description: 'SWIFT/BIC bank identifier codes',
  validation:
    'ISO 9362 shape (4 letters, an ISO 3166 country, 2-character location, optional branch); a keyword (swift, bic) within 40 characters before',
  context: true,
  example: 'SWIFT: DEUTDEFF500',
  keywords: SWIFT.keywords,
  prefilter: (s) => SWIFT_SHAPE.test(s.text),
  pattern: /(?<![A-Za-z0-9])[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Za-z0-9])/g,
  validate: (v, scan, start) => (swiftBicValid(v) && contextBefore(scan, start, SWIFT.re) ? v : undefined),
});

const ROUTING = contextKeywords(['routing', 'aba', 'rtn', 'routing number', 'transit number', 'aba number', 'routing no']);

/** ABA routing numbers: the 3-7-1 checksum passes for one 9-digit number in ten, so a keyword is required too. */
export const abaRouting = regexDetector({
  id: 'aba_routing',
  entity: 'ABA_ROUTING',
  description: 'US ABA routing transit numbers',
  validation:
    '9 digits, a Federal Reserve prefix, 3-7-1 weighted checksum mod 10; a keyword (routing, aba, rtn) within 40 characters before',
  context: true,
  example: 'routing number 021000021',
  keywords: ROUTING.keywords,
  prefilter: (s) => s.digitRun >= 9,
  pattern: /(?<![\w.,/-])\d{4}-?\d{4}-?\d(?![\w]|[.,-]\d)/g,
  validate: (v, scan, start) => (abaRoutingValid(v) && contextBefore(scan, start, ROUTING.re) ? digitsOnly(v) : undefined),
});

const ACCOUNT = contextKeywords([
  'account number',
  'account no',
  'account num',
  'acct',
  'acc no',
  'bank account',
  'checking account',
  'savings account',
  'account #',
  'a/c',
  'kontonummer',
  'numero de compte',
  'numéro de compte',
  'conta',
]);

export const usBankAccount = regexDetector({
  id: 'us_bank_account',
  entity: 'BANK_ACCOUNT',
  description: 'Bank account numbers (US style, 8–17 digits)',
  validation:
    '8–17 digits, not one repeated digit; a keyword (account number, acct, bank account…) within 40 characters before, not a RADIUS accounting attribute (Acct-Input-Octets = …)',
  context: true,
  example: 'account number 000123456789',
  keywords: ACCOUNT.keywords,
  prefilter: (s) => s.digitRun >= 8,
  pattern: /(?<![\w.,/-])\d{8,17}(?![\w]|[.,-]\d)/g,
  validate: (v, scan, start) =>
    !/^(\d)\1+$/.test(v) &&
    contextBefore(scan, start, ACCOUNT.re) &&
    !RADIUS_ACCOUNTING_BEFORE.test(scan.text.slice(Math.max(0, start - 48), start))
      ? v
      : undefined,
});

/**
 * A RADIUS accounting attribute (RFC 2866 `Acct-Input-Octets = 123456789`, `Acct-Session-Time`,
 * `Acct-Output-Packets`) right before the number: its `Acct` is accounting, not an account.
 */
const RADIUS_ACCOUNTING_BEFORE =
  /\bAcct-(?:Input|Output|Session|Delay|Status|Authentic|Terminate|Multi|Link|Event|Interim|Unique)(?:-[A-Za-z]{1,20}){0,3}[ \t]*[=:][ \t]*"?$/;

import { contextBefore } from '../context.js';
import { abaRoutingValid, swiftBicValid } from '../validators-ids.js';
import { digitsOnly } from '../validators.js';
import { afterNameDetector } from './after-name.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { candidatePatterns, detectorFields, regexDetector } from './helpers.js';
import { contextKeywords } from './shared.js';
import { foldName, nameKind } from './person-names.js';
import { isCompanyName } from '../../structure/company-name.js';

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

// NACHA entry detail's receiving / originating DFI identification (`rdfi=111000038`, red-team
// round 40): the routing number by its file name.
const ROUTING = contextKeywords(['routing', 'aba', 'rtn', 'routing number', 'transit number', 'aba number', 'routing no', 'rdfi', 'odfi']);

/** ABA routing numbers: the 3-7-1 checksum passes for one 9-digit number in ten, so a keyword is required too. */
export const abaRouting = regexDetector({
  id: 'aba_routing',
  entity: 'ABA_ROUTING',
  description: 'US ABA routing transit numbers',
  validation:
    '9 digits, a Federal Reserve prefix, 3-7-1 weighted checksum mod 10; a keyword (routing, aba, rtn, NACHA rdfi / odfi) within 40 characters before',
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
  'accno',
  // A UK account number follows its branch's sort code (`sort code 20-32-06, account 53718294`).
  'sort code',
  'sortcode',
  'kontonummer',
  'numero de compte',
  'numéro de compte',
  'conta',
  // The account word of support chats and forms in other languages (`mi número de cuenta es …`,
  // `Konto-Nr. …`, `mijn rekeningnummer is …`, `numer konta …`, `numero di conto …`); Italian
  // `conto` only in phrases (alone it starts `Contoso`).
  'cuenta',
  'konto',
  'konta',
  'rekening',
  'compte',
  'numero di conto',
  'conto corrente',
  // A mortgage or auto loan's number, as the key rules read `loanNumber` (red-team round 37:
  // `mortgagee loan # 0219384756`).
  // (`loan number` would gate on `number`, in every prompt.)
  'loan #',
  'loan no',
  // A demand deposit account (treasury and payroll tools), South African ACB `homing account`.
  'dda',
  'homing account',
  // Where a wire or payout goes (red-team round 40: a title company's `Beneficiary Account:
  // 3907845126`, `payee account`).
  'beneficiary account',
  'beneficiary acct',
  'payee account',
]);

/**
 * The members of an ACH return or an entry that count, not hold, an account (red-team round 40:
 * `dfi_acct=… amt=000142500 trace=011000010004418`): a trace, amount, batch or sequence number
 * right before the digits is no account however near `acct` stands.
 */
const NOT_ACCOUNT_RIGHT_BEFORE = /(?<![a-z])(?:trace|amt|amount|batch|seq)(?:[ _-]?(?:number|no|num|#))?\s?[:=#]?\s?$/;

/**
 * A UK account number written before its sort code (`account 12345678, sort code 40-47-84`, as a
 * statement or a citation of one reads): 8 digits after a bare `account` (alone the word names cloud
 * and user accounts too) with `sort code` right after them.
 */
const ACCOUNT_RIGHT_BEFORE = /(?<![a-z])account\s?[:#]?\s?$/;
const SORT_CODE_RIGHT_AFTER = /^[,;]?\s?(?:and\s)?sort[ _-]?code/;
function ukAccountBeforeSortCode(scan: TextScan, start: number, v: string): boolean {
  const lower = scan.lower();
  return (
    v.length === 8 &&
    ACCOUNT_RIGHT_BEFORE.test(lower.slice(Math.max(0, start - 12), start)) &&
    SORT_CODE_RIGHT_AFTER.test(lower.slice(start + 8, start + 24))
  );
}

/**
 * A US account number after a bare `account` with its bank's routing number named right after it
 * (`deposits to account 3300482915 at routing 111000025`, `account 12345678, ABA 021000021`), as
 * payroll assistants and bank letters write the pair (red-team round 33), also in brackets (`from
 * donor account 000123456789 (routing 110000000)`: red-team round 81). The routing number itself
 * must follow its name: `account 123456789012 and routing table rtb-1` is a cloud account.
 */
const ROUTING_RIGHT_AFTER = /^[,;]?\s?\(?(?:at\s|with\s)?(?:routing|aba|rtn|transit)(?:\s?(?:number|no\.?|#))?\s?[:#]?\s?\d/;
function accountBeforeRouting(scan: TextScan, start: number, v: string): boolean {
  const lower = scan.lower();
  return (
    ACCOUNT_RIGHT_BEFORE.test(lower.slice(Math.max(0, start - 12), start)) &&
    ROUTING_RIGHT_AFTER.test(lower.slice(start + v.length, start + v.length + 24))
  );
}

/**
 * A bare `account=` member of a key=value payment line that names its rail before it
 * (`method=ACH account=000123456789`, `rail=eft`, `payment_method=direct_deposit`: a site's subject
 * stipend log; leftovers of red-team round 95). Only with such a member within the line's 96
 * characters before: `account=` alone names a cloud or user account (`account=123456789012`).
 */
const ACCOUNT_MEMBER_RIGHT_BEFORE = /(?:^|[\s&;,])(?:account|acct)(?:[_-]?(?:number|no|num))?=$/;
const PAYMENT_RAIL_MEMBER =
  /(?:^|[\s&;,])(?:payment[_-]?)?(?:method|rail|type)=["']?(?:ach|eft|dd|direct[_-]?deposit|sepa|bacs|wire)\b[^\n]*$/;
function accountAfterPaymentRail(scan: TextScan, start: number): boolean {
  const lower = scan.lower();
  if (!ACCOUNT_MEMBER_RIGHT_BEFORE.test(lower.slice(Math.max(0, start - 16), start))) return false;
  return PAYMENT_RAIL_MEMBER.test(lower.slice(Math.max(0, start - 96), start));
}

/**
 * The same pair the other way round in a query string or a form: the routing number's member with
 * its nine digits, then a bare `account` member (`?routing=011000015&account=1234509876`, a bank
 * verification service's URL; red-team round 33). Only right after the routing member: `account=`
 * alone names a cloud or user account.
 */
const ROUTING_RIGHT_BEFORE = /(?:routing|aba|rtn)(?:[_-]?(?:number|no))?=\d{9}[&;]account(?:[_-]?(?:number|no))?=$/;

/**
 * A UK account in a key=value log right after its sort code's member (`sc=200000 acc=55779911`,
 * `sort_code=20-00-00 account=…`, a prefix such as `prev_` on both; red-team round 44): the six
 * digits of the sort code name the next member's 8 digits a bank account, though `acc` alone does
 * not (an accuracy, an account id).
 */
const SORT_CODE_MEMBER_BEFORE =
  /(?<![a-z0-9])(?:[a-z]{1,8}[_.-])?(?:sc|sort[_-]?code)[=:]"?\d{2}-?\d{2}-?\d{2}"?[ ,;&|]{1,3}(?:[a-z]{1,8}[_.-])?(?:acc|acct|account)(?:[_-]?(?:no|num|number))?[=:]"?$/;
function accountAfterSortCodeMember(scan: TextScan, start: number, v: string): boolean {
  return v.length === 8 && start >= 12 && SORT_CODE_MEMBER_BEFORE.test(scan.lower().slice(Math.max(0, start - 48), start));
}
/**
 * The pair in prose with the routing number first (`send to routing 110000000 account
 * 000123456789`, a remittance-change e-mail; red-team round 36): the routing number's name and
 * nine digits, then a bare `account` right before the number.
 */
const ROUTING_THEN_ACCOUNT =
  /(?<![a-z])(?:routing|aba|rtn)(?: number| no\.?| #)?:? ?\d{9},? (?:and )?(?:account|acct)(?: number| no\.?| #)?:? ?$/;
function accountAfterRouting(scan: TextScan, start: number): boolean {
  if (start < 20) return false;
  const before = scan.lower().slice(Math.max(0, start - 56), start);
  return ROUTING_RIGHT_BEFORE.test(before) || ROUTING_THEN_ACCOUNT.test(before);
}

/**
 * An account money moves from or to, in a sentence that says how much (`will give $18,000 from
 * account 000222222227`, `$9,400 deposit: transfer from account … to account …`: gift letters,
 * deposit explanations and escrow notes; red-team round 81 and its leftovers): `from` / `to` /
 * `into` and a bare `account` right before the digits, and an amount in dollars, euros or pounds
 * on the same line. Without the amount the phrase names cloud accounts (`sts:AssumeRole from
 * account 111122223333`).
 */
const MOVED_ACCOUNT_BEFORE =
  /(?<![a-z])(?:from|to|into)(?: the| my| his| her| their| our)?(?: own| donor'?s| borrower'?s| checking| savings)? account(?: no\.?| number| #)?:? ?$/;
const AMOUNT_ON_LINE = /[$€£] ?\d/;
/** Eight digits that read as a date (`20250101`, a billing cycle's or a batch's day). */
const DATE_DIGITS = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
function accountMoneyMoves(scan: TextScan, start: number, v: string): boolean {
  if (DATE_DIGITS.test(v) || !MOVED_ACCOUNT_BEFORE.test(scan.lower().slice(Math.max(0, start - 48), start))) return false;
  const text = scan.text;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  return AMOUNT_ON_LINE.test(text.slice(lineStart, lineEnd));
}

export const usBankAccount = regexDetector({
  id: 'us_bank_account',
  entity: 'BANK_ACCOUNT',
  description: 'Bank account numbers (US style, 8–17 digits)',
  validation:
    '8–17 digits, not one repeated digit; a keyword (account number, acct, bank account, beneficiary / payee account, dda, loan #…) within 40 characters before, but not right after a trace, amount, batch or sequence name, or 8 digits between `account` and `sort code`, or a bare `account` before and the name of a routing number right after, or a query `account=` right after its `routing=` member, or 8 digits in the member right after a sort code member (`sc=200000 acc=`), or a bare `account` after `from` / `to` / `into` in a line that names an amount in $, € or £, or an `account=` member after a payment method member naming ACH, EFT, SEPA, BACS, direct deposit or a wire in the same line; not a RADIUS accounting attribute (Acct-Input-Octets = …) nor 8 digits after BLZ / Bankleitzahl (a German bank code)',
  context: true,
  example: 'account number 000123456789',
  // `sc=`: a sort code's member before the account's in a key=value log (accountAfterSortCodeMember).
  keywords: [...ACCOUNT.keywords, 'sc=', 'from account', 'to account'],
  prefilter: (s) => s.digitRun >= 8,
  pattern: /(?<![\w.,/-])\d{8,17}(?![\w]|[.,-]\d)/g,
  validate: (v, scan, start) =>
    !/^(\d)\1+$/.test(v) &&
    (contextBefore(scan, start, ACCOUNT.re) ||
      ukAccountBeforeSortCode(scan, start, v) ||
      accountBeforeRouting(scan, start, v) ||
      accountAfterRouting(scan, start) ||
      accountAfterSortCodeMember(scan, start, v) ||
      accountMoneyMoves(scan, start, v) ||
      accountAfterPaymentRail(scan, start)) &&
    !RADIUS_ACCOUNTING_BEFORE.test(scan.text.slice(Math.max(0, start - 48), start)) &&
    !NOT_ACCOUNT_RIGHT_BEFORE.test(scan.lower().slice(Math.max(0, start - 16), start)) &&
    !(v.length === 8 && BANK_CODE_BEFORE.test(scan.text.slice(Math.max(0, start - 16), start)))
      ? v
      : undefined,
});

/**
 * An account number read out in groups right after its name (red-team round 52: a care agent's
 * `your account number is 9512 8873 3`, a call transcript's `account number 55 21 90 48 77`):
 * 8–17 digits in two to six groups of one to five joined by single blanks, with `account number` /
 * `account no` / `account #` (and `is` / `:`) right before. The name must stand right before: a
 * grouped number further on is a phone's or an amount's.
 */
export const accountNumberGrouped = regexDetector({
  id: 'account_number_grouped',
  entity: 'BANK_ACCOUNT',
  description: 'Account numbers read out in groups of digits right after their name',
  validation: '8–17 digits in 2–6 blank-separated groups of 1–5, right after account number / account no / account # (is, was, :)',
  context: true,
  example: 'your account number is 9512 8873 3',
  keywords: ['account number', 'account no', 'account #'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w.,/-])\d{1,5}(?: \d{1,5}){1,5}(?![\w]|[.,/-]\d| \d)/g,
  validate: (v, scan, start) => {
    const digits = v.length - (v.split(' ').length - 1);
    if (digits < 8 || digits > 17) return undefined;
    return GROUPED_ACCOUNT_NAME.test(scan.lower().slice(Math.max(0, start - 28), start)) ? v.replace(/ /g, '') : undefined;
  },
});
const GROUPED_ACCOUNT_NAME = /(?<![a-z])(?:account|acct)(?: number| no\.?| #)(?: is| was)?:? ?$/;

/**
 * An account number written after its routing number without a word (red-team round 40, stop
 * 34): a closer's note `Frost 114000093 / 58120034471`, and a cheque's MICR line, where the transit
 * symbol closes the routing number (`⑆011000015⑆ 4820019375⑈`). The routing number must pass the
 * ABA check (a Federal Reserve prefix and the 3-7-1 checksum), and the pair stand alone: a slash
 * (with or without blanks) or the transit symbol between, no digit, dot or word joined on either
 * side. The account is masked; the routing number, which names a bank, stays (red-team round 33's
 * look-alike: `corrected: 071000013 / 55102293847`).
 */
/** The routing number and separator right before the account (routingAccountPair's first group). */
const ROUTING_BEFORE_PAIR = /(\d{9})(?: ?\/ ?|\u2446 ?)$/;
export const routingAccountPair = regexDetector({
  id: 'routing_account_pair',
  entity: 'BANK_ACCOUNT',
  description: 'Account numbers right after a US routing number, as a pair (`114000093 / 58120034471`, a MICR line)',
  validation:
    'after 9 digits passing the ABA routing check and `/` (blanks allowed) or the MICR transit symbol ⑆: 4–17 digits, not one repeated digit (the on-us symbol ⑈ may close them); nothing word-like joined on either side',
  context: false,
  example: '⑆011000015⑆ 4820019375⑈',
  // Asked only where the digit-run plan allows a run of 9 and one of 4–17 (digit-run-needs.ts):
  // ungated by keywords, its prefilter was called on every string.
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 9,
  pattern: /(?<![\w.,/-])(\d{9})(?: ?\/ ?|\u2446 ?)(\d{4,17})(?=\u2448|(?![\w]|[.,/-]\d))/dg,
  group: 2,
  validate: (v, scan, start) => {
    const routing = ROUTING_BEFORE_PAIR.exec(scan.text.slice(Math.max(0, start - 12), start));
    return routing !== null && abaRoutingValid(routing[1]!) && !/^(\d)\1+$/.test(v) ? v : undefined;
  },
});

/**
 * A German bank code right after its name (`Konto 0532013000 BLZ 37040044`): the Bankleitzahl
 * (8 digits, Deutsche Bundesbank) names the bank, as a sort code or a routing number does, not the
 * holder's account; the account number beside it is still masked.
 */
const BANK_CODE_BEFORE = /(?:\bBLZ|Bankleitzahl)[ \t]*[.:#]?[ \t]*$/i;

/**
 * A RADIUS accounting attribute (RFC 2866 `Acct-Input-Octets = 123456789`, `Acct-Session-Time`,
 * `Acct-Output-Packets`) right before the number: its `Acct` is accounting, not an account.
 */
const RADIUS_ACCOUNTING_BEFORE =
  /\bAcct-(?:Input|Output|Session|Delay|Status|Authentic|Terminate|Multi|Link|Event|Interim|Unique)(?:-[A-Za-z]{1,20}){0,3}[ \t]*[=:][ \t]*"?$/;
/** The sort code and account as they stand from the sort code's first digit. */
const SORT_CODE_ACCOUNT_AT = /\d{2}-\d{2}-\d{2} \d{8}(?![\w]|[.,-]\d)/y;
/** Characters that may not stand right before a sort code (a longer number, a word, a path). */
function joinsBefore(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 44 || c === 47 || c === 45;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A UK account as payment references print it, without a word: the sort code in its dashed form,
 * a blank, the 8-digit account number (`Rent to Mrs Hartley 20-32-06 53718294`; Open Banking
 * TransactionInformation, BACS payee lines). The dashed 2-2-2 group before 8 digits is the sign.
 * No keyword gates it, and a regex scan of every position of a 5 KB prompt cost 2 µs a record:
 * the dashes are found with `indexOf`, and the pattern is tried where one stands between digits.
 */
export const ukSortCodeAccount: ValueDetector = {
  ...detectorFields({
    id: 'uk_sort_code_account',
    entity: 'BANK_ACCOUNT',
    description: 'UK sort code and account number written together',
    validation: 'a dashed sort code (NN-NN-NN), one blank, 8 digits, standing alone',
    context: false,
    example: '20-32-06 53718294',
    // Asked only where the digit-run plan allows runs of 2 and 8 beside a dash (digit-run-needs.ts):
    // ungated by keywords, its own prefilter read every string's digit-run profile.
    requires: 'numeric',
    prefilter: (s: TextScan) => s.digitRun >= 8 && s.text.indexOf('-') !== -1,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    for (let dash = text.indexOf('-', 2); dash !== -1; dash = text.indexOf('-', dash + 1)) {
      const at = dash - 2;
      if (!isDigit(text.charCodeAt(at)) || !isDigit(text.charCodeAt(at + 1)) || text.charCodeAt(dash + 3) !== 45) continue;
      if (at > 0 && joinsBefore(text.charCodeAt(at - 1))) continue;
      SORT_CODE_ACCOUNT_AT.lastIndex = at;
      const m = SORT_CODE_ACCOUNT_AT.exec(text);
      if (m === null) continue;
      out.push({ start: at, end: at + m[0].length, entity: 'BANK_ACCOUNT', detector: 'uk_sort_code_account', normalized: m[0], priority });
      dash = at + m[0].length;
    }
  },
};
candidatePatterns.set(ukSortCodeAccount, [/(?<![\w.,/-])\d{2}-\d{2}-\d{2} \d{8}(?![\w]|[.,-]\d)/g]);

/**
 * A card or account PIN named right before it (`PIN 7391`, `pin: 0420`, `con PIN 7391`, `my pin is
 * 2580`). The keyword pass looks for `pin` followed by a blank or a separator, not the bare letters,
 * which half the words ending in -ping hold; the name must start a word.
 */
export const pinAfterKeyword = afterNameDetector({
  id: 'pin_after_keyword',
  entity: 'SECRET',
  description: 'PINs named right before them',
  validation: '4–8 digits alone, right after the word PIN (pin code, pin number, pin:, pin is, PIN for the … app is)',
  context: true,
  example: 'PIN 7391',
  keywords: ['pin ', 'pin:', 'pin=', 'pin"', "pin'", 'pin#', 'pin-code', 'pin-number'],
  prefilter: (s) => s.hasDigit,
  names: ['pin', 'Pin', 'PIN'],
  // Also the PIN of an app or a card named between (`your new PIN for the Flying Blue app is 7315`:
  // red-team round 52, stop 36): up to four words after `for`, then `is` or a colon.
  pattern:
    /pin(?:[ -]?(?:code|number|no\.?|nr\.?)| for(?: [\w'&.-]{1,24}){1,4}? (?=is\s|:))?\s{0,2}(?:is\s|was\s|[:=#"'])?\s{0,2}["']?(\d{4,8})(?![\w]|[.,/:-]\d)/diy,
  validate: (v) => v,
});

/**
 * Account numbers with letters or a dash, right after an account-number name (`Account Number:
 * 5KR-482913` in a brokerage statement header, `acct no. Z12-345678`, `Account # 1234-5678`): the
 * name is `account` or `acct` followed by number / no / num / nr / #, so a bare `account:` (a cloud
 * account alias, `account: prod-1234`) is not read. All-digit numbers are us_bank_account's. Only
 * the capitalised and upper-case names of headers and forms are read: prose says "account" often
 * (17 times in a bench prompt), and a search for the lower-case name cost 2–5 µs a prompt.
 */
export const accountNumberWithLetters = afterNameDetector({
  id: 'account_number_alphanumeric',
  entity: 'BANK_ACCOUNT',
  description: 'Account numbers with letters or dashes after an account-number name',
  validation:
    'right after account / acct + number, no, num, nr or #: 1–6 letters or digits, an optional dash or blank, 4–14 digits; a letter or a separator in it; 5 digits or more',
  context: true,
  example: 'Account Number: 5KR-482913',
  keywords: ['account', 'acct'],
  prefilter: (s) => s.hasDigit && s.text.length >= 15,
  names: ['Account', 'ACCOUNT', 'Acct', 'ACCT'],
  // A custodian's middle group too (`Account number: IRA-224-819407`, red-team round 82).
  pattern:
    /(?:account|acct)[ _.-]?(?:number|num|no\.?|nr\.?|#)\s{0,2}[:#=]?\s{0,2}([A-Za-z0-9]{1,6}(?:-\d{2,4})?[- ]?\d{4,14})(?![\w-])/diy,
  validate: (v) => (/[A-Za-z -]/.test(v) && v.replace(/\D/g, '').length >= 5 ? v : undefined),
});

/**
 * A brokerage account number in the layouts custodians print (`5KR-482913`, `Z83-104772`,
 * `224-819407`: a prefix of one to four capitals and digits holding a digit, a dash, five to eight
 * digits; `4417-2290`: two groups of four) right after an account word in any case, as operations
 * notes, notices, trader chat and key=value lines write it (`credited to account 3QR-10442`,
 * `acct 4417-2290`, `Account: 5KR-482913`, `Moving IRA 4417-2290`, `ira_acct=224-819407`,
 * `cuenta de valores 5KR-771204`; red-team round 82). The shape (brokerageAccountShaped) keeps ids
 * that are words (`account prod-1234`, `account SR-12345`), year ranges (`account 2024-2025`), a
 * year's serials and clock ranges (`0900-1730`) out.
 */
const BROKERAGE_ACCOUNT_SHAPE = /^(?:(?=\d{0,3}[A-Z])(?=[A-Z]{0,3}\d)[0-9A-Z]{2,4}-\d{5,8}|\d{3}-\d{6}|(?!19|20)\d{4}-\d{4})$/;
const CLOCK_RANGE = /^(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d$/;

/**
 * Whether `v` has a custodian's account layout: a prefix of capitals and digits holding both, a
 * dash and 5–8 digits (`5KR-482913`, `Z83-104772`), three digits and six (`224-819407`), or two
 * groups of four (`4417-2290`). A year and a serial (`2024-0451207`, `2023-0412`, a case or matter
 * number), an air waybill (`176-88345213`) and a clock range (`0900-1730`) are none.
 */
export function brokerageAccountShaped(v: string): boolean {
  return BROKERAGE_ACCOUNT_SHAPE.test(v) && !CLOCK_RANGE.test(v);
}
/**
 * The next dash at or after `from` with four ASCII digits after it (RegexDetectorSpec.anchors):
 * every account brokerageAccountShaped accepts holds one (`5KR-482913`, `4417-2290`).
 */
function nextDashDigits(scan: TextScan, from: number): number {
  const text = scan.text;
  for (let i = text.indexOf('-', from); i !== -1; i = text.indexOf('-', i + 1)) {
    if (
      isDigitCode(text.charCodeAt(i + 1)) &&
      isDigitCode(text.charCodeAt(i + 2)) &&
      isDigitCode(text.charCodeAt(i + 3)) &&
      isDigitCode(text.charCodeAt(i + 4))
    )
      return i;
  }
  return -1;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export const brokerageAccountAfterWord = regexDetector({
  id: 'brokerage_account_after_word',
  entity: 'BANK_ACCOUNT',
  description: 'Brokerage account numbers (`5KR-482913`, `4417-2290`) after an account word in any case',
  validation:
    'after account / acct / IRA / cuenta [de valores] / Depot / compte (and an optional no. / number / #, colon or =): 1–4 capitals and digits holding a digit, a dash and 5–8 digits, or 4 digits, a dash and 4 digits (not a year range)',
  context: true,
  example: 'dividend credited to account 3QR-10442',
  keywords: ['account', 'acct', 'ira', 'cuenta', 'depot', 'compte'],
  prefilter: (s) => s.hasDigit,
  // The account word first and the number as group 1: a pattern that opens on a lookbehind over
  // the words is tried backwards at every position of a text (75 µs a prompt record, stop 41).
  // Searched only before each dash with four digits after it (nextDashDigits), not over a whole
  // prompt that says `account` (4.5 µs a prompt record, stop 42): a match starts at most 35
  // characters before its number's dash (`\\n`, `cuenta de valores`, `_number`, blanks, `:`,
  // four characters) and reads at most 46 characters (the look-ahead's two included).
  anchors: { next: nextDashDigits, before: 35, after: 0, reach: 48 },
  pattern:
    /(?:^|[^A-Za-z]|\\[nrt])(?:account|acct|ira|cuenta(?: de valores)?|depot|compte)(?:[ _.-]?(?:number|num|no\.?|nr\.?|#))?[ \t]{0,2}[:=#]?[ \t]{0,2}([0-9A-Z]{1,4}-\d{4,8})(?![\w-]|[.,]\d)/dgi,
  group: 1,
  validate: (v) => (brokerageAccountShaped(v) ? v : undefined),
});

/**
 * An account number beside its bank key (SAP's name for the domestic bank code, `BANKL`), as SAP
 * bank-detail messages and payroll logs write them (BAPI_BANKDETAIL_CHANGE, RPCALC* run logs:
 * `bank key 601613 / account 31926819`, `account number 0075470 34 is not valid for bank key 539`;
 * red-team round 63, left63): the account right after `bank key <code> /` (or `,` / `;`), or an
 * `account [number | no]` whose sentence names a bank key within 48 characters after it. The
 * account has five digits or more (letters allowed: French `0500013M026`), and may end in a
 * group of one to four digits after a blank; the bank key itself names a bank and stays.
 */
const ACCOUNT_AFTER_BANK_KEY =
  /bank[ _]?(?:key|code)[ \t]{0,3}[:=]?[ \t]{0,3}[A-Za-z0-9]{3,11}[ \t]{0,3}[,/;][ \t]{0,3}(?:bank[ _])?account(?:[ _](?:number|no\.?|nr\.?))?[ \t]{0,3}[:=]?[ \t]{0,3}$/i;
const BANK_KEY_AFTER = /^[^\n]{0,48}?\bbank[ _]?key\b/i;
export const accountBesideBankKey = regexDetector({
  id: 'account_beside_bank_key',
  entity: 'BANK_ACCOUNT',
  description: 'Account numbers beside their bank key in SAP bank-detail messages (`bank key 601613 / account 31926819`)',
  validation:
    'after `bank key <code> /` and account [number | no], or after account [number | no] with `bank key` within 48 characters after: 5 digits or more, letters allowed, an optional last group of 1–4 digits after a blank; not one repeated digit',
  context: true,
  example: 'IBAN does not match bank key 601613 / account 31926819',
  keywords: ['bank key', 'bank_key', 'bankkey', 'bank code'],
  prefilter: (s) => s.hasDigit,
  pattern:
    /(?<=account(?:[ _](?:number|no\.?|nr\.?))?[ \t]{0,3}[:=]?[ \t]{0,3})(?<![\w.,/-])[A-Za-z0-9]{5,18}(?: \d{1,4})?(?![\w-]|[.,/]\d)/dgi,
  validate: (v, scan, start) => {
    const digits = v.replace(/\D/g, '');
    if (digits.length < 5 || /^(\d)\1+$/.test(digits)) return undefined;
    const before = scan.text.slice(Math.max(0, start - 64), start);
    if (ACCOUNT_AFTER_BANK_KEY.test(before)) return v;
    return /account(?:[ _](?:number|no\.?|nr\.?))?[ \t]{0,3}[:=]?[ \t]{0,3}$/i.test(before) &&
      BANK_KEY_AFTER.test(scan.text.slice(start + v.length, start + v.length + 64))
      ? v
      : undefined;
  },
});

/** Canadian institution numbers of the banks and credit-union centrals (Payments Canada's list, the common ones). */
const CA_INSTITUTIONS = new Set(
  '001 002 003 004 006 010 016 030 039 117 127 177 219 260 269 270 307 309 320 328 540 614 809 815 828 829 837 839 865 879 889 899'.split(
    ' ',
  ),
);
const CA_DEPOSIT_WORDS = /deposit|bank|account|acct|chequ|payroll|transit|institution|void/i;

/**
 * A Canadian account written in the dash form of a cheque's MICR line and a CPA-005 record
 * (`004-12345-5061234`: institution, transit, account): an institution of CA_INSTITUTIONS, five
 * transit digits, 7–12 account digits, and a banking word (deposit, bank, account, payroll…)
 * within 80 characters before. The whole triple is masked.
 */
export const caDashAccount = regexDetector({
  id: 'ca_dash_account',
  entity: 'BANK_ACCOUNT',
  description: 'Canadian institution-transit-account triples in dash form',
  validation:
    'a listed Canadian institution number, 5 transit digits, 7–12 account digits, joined by dashes; a banking word (deposit, bank, account, payroll…) within 80 characters before',
  context: true,
  example: 'direct deposit: 003-00012-1234567',
  // Asked only where the digit-run plan allows runs of 3, 5 and 7–12 beside a dash (digit-run-needs.ts).
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 7 && s.text.indexOf('-') >= 0,
  pattern: /(?<![\w-])[08]\d{2}-\d{5}-\d{7,12}(?![\w-])/g,
  validate: (v, scan, start) =>
    CA_INSTITUTIONS.has(v.slice(0, 3)) && CA_DEPOSIT_WORDS.test(scan.text.slice(Math.max(0, start - 80), start)) ? v : undefined,
});

/**
 * The corrected routing and account of an ACH notification of change written by a person or a
 * portal (`corrected: 071000013 / 55102293847`, `C03 corrected data 091000019/123456789`): after
 * `corrected`, nine digits with the ABA check digit, a slash, then the account (4–17 digits).
 */
export const nocCorrectedAccount = regexDetector({
  id: 'noc_corrected_account',
  entity: 'BANK_ACCOUNT',
  description: 'Accounts after the corrected routing number of an ACH notification of change',
  validation: '`corrected` (optional `data`, colon), a routing number with a valid ABA check digit, a slash, then 4–17 digits',
  context: true,
  example: 'NOC C03 corrected: 021000021 / 4455667788',
  keywords: ['corrected'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![A-Za-z])[Cc]orrected(?: data)?:? (\d{9}) ?\/ ?(\d{4,17})(?![\w-])/dg,
  group: 2,
  validate: (v, scan, start) => {
    const head = scan.text.slice(Math.max(0, start - 14), start);
    const routing = /(\d{9}) ?\/ ?$/.exec(head)?.[1];
    return routing !== undefined && abaRoutingValid(routing) && !/^(\d)\1+$/.test(v) ? v : undefined;
  },
});

/**
 * The originator's name in a BAI2 16 record's text (`WIRE IN ORG=JANE Q DOE ACCT 123 REF …`):
 * the words after `ORG=` up to the next BAI2 text label (ACCT, REF, OBI, BNF, ADDR, ID), a slash,
 * a comma or the end; a person's name only when no company's (no legal form) and its words are
 * names of the gazetteer or one of them a given name, so `ORG=ACME SUPPLY` stays.
 */
export const bai2OriginatorName = regexDetector({
  id: 'bai2_originator_name',
  entity: 'PERSON',
  description: "Originators' names after ORG= in BAI2 transaction text",
  validation:
    'ORG= then 2–4 capitalised words up to ACCT / REF / OBI / BNF / ADDR / ID, a slash, a comma or the end; no legal form; gazetteer names or one a given name',
  context: true,
  example: 'WIRE IN ORG=JANE DOE ACCT 1234 REF X',
  keywords: ['org='],
  prefilter: (s) => s.text.length >= 10,
  pattern: /ORG=([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]*){1,3}?)(?= (?:ACCT|REF|OBI|BNF|ADDR|ID)\b|[/,"]|\\"|$)/dg,
  group: 1,
  validate: (v) => {
    if (isCompanyName(v)) return undefined;
    let words = 0;
    let names = 0;
    let given = false;
    for (const w of v.split(' ')) {
      if (w.length === 1) continue;
      const kind = nameKind(foldName(w));
      words++;
      if (kind !== 0) names++;
      if ((kind & 1) !== 0) given = true;
    }
    return words >= 2 && (names === words || given) ? v : undefined;
  },
});

/**
 * Bank account numbers after the local word for "account" (red-team round 17), as wallet pushes,
 * chat messages and statements write them without an IBAN:
 *
 * - Korea: `계좌` (account) or a bank's name (`…은행`, `…뱅크`) before 3 to 4 dash-separated groups
 *   of 10–14 digits (`카카오뱅크 3333-01-1234567`, `국민은행 123456-01-234567`); a mobile number
 *   (`010-…`) is no account;
 * - Russia and the CIS: `счёт` / `счет` / `р/с` / `л/с` / `рахунок` before the 20-digit account of
 *   the Bank of Russia chart of accounts (balance account 40xxx–45xxx, then a currency code: 810 /
 *   643 rouble, 840 dollar, 978 euro, 156 yuan, 398 tenge), `счёт получателя 40817810570000123456`.
 *
 * Keyword-gated (values/gated.ts): the word must end within 40 characters before the number.
 */
import { CONTEXT_WINDOW } from '../context.js';
import type { TextScan } from '../types.js';
import { digitsOnly, ibanValid } from '../validators.js';
import { keywordGatedDetector } from './gated.js';
import { regexDetector } from './helpers.js';
import { contextKeywords } from './shared.js';

/** A Korean phone in its own writing: mobile `010-2000-0000`, landline `02-1234-5678`, `031-123-4567`. */
const KR_PHONE = /^0\d{1,2}-\d{3,4}-\d{4}$/;
/** A business registration number (사업자등록번호, 3-2-5): a company's, not an account. */
const KR_BUSINESS_NUMBER = /^\d{3}-\d{2}-\d{5}$/;

export const krBankAccount = keywordGatedDetector({
  id: 'kr_bank_account',
  entity: 'BANK_ACCOUNT',
  description: 'Korean bank account numbers after 계좌 or a bank name (…은행, …뱅크)',
  validation:
    '3–4 dash-separated groups, 10–14 digits in all, not a phone (0N-NNNN-NNNN) nor a business number (3-2-5); 계좌, 은행 or 뱅크 within 40 characters before',
  example: '계좌: 카카오뱅크 3333-01-1234567',
  keywords: ['계좌', '은행', '뱅크'],
  prefilter: (s) => s.digitRun >= 2,
  pattern: /(?<![\w-])\d{2,6}-\d{2,6}-\d{2,7}(?:-\d{1,3})?(?![\w]|-\d)/g,
  valid: (v) => {
    const n = digitsOnly(v).length;
    return n >= 10 && n <= 14 && !KR_PHONE.test(v) && !KR_BUSINESS_NUMBER.test(v);
  },
});

/** Balance account 40xxx–45xxx, then a currency code of the chart of accounts. */
const RU_ACCOUNT = /^4[0-5]\d{3}(?:810|643|840|978|156|398)\d{12}$/;

export const ruBankAccount = keywordGatedDetector({
  id: 'ru_bank_account',
  entity: 'BANK_ACCOUNT',
  description: 'Russian and CIS 20-digit bank account numbers after счёт, р/с, л/с or рахунок',
  validation:
    '20 digits: balance account 40xxx–45xxx and a currency code (810, 643, 840, 978, 156, 398); a keyword within 40 characters before',
  example: 'счёт получателя 40817810570000123456',
  keywords: ['счёт', 'счет', 'р/с', 'л/с', 'рахунок', 'расчётный счёт', 'лицевой счёт'],
  prefilter: (s) => s.digitRun >= 20,
  pattern: /(?<![\w-])\d{20}(?![\w])/g,
  valid: (v) => RU_ACCOUNT.test(v),
});

/**
 * Iceland's domestic account as ledgers and invoices write it (red-team round 20): bank (4
 * digits), ledger `hb` (2), account (6), `reikning 0159-26-007654`. The 4-2-6 dashed shape after
 * `reikning` (account) is read; the same digits sit inside the IS IBAN.
 */
export const isBankAccount = keywordGatedDetector({
  id: 'is_bank_account',
  entity: 'BANK_ACCOUNT',
  description: 'Icelandic bank account numbers (banki-hb-reikningur) after reikning',
  validation: '4-2-6 digits joined by dashes; reikning (account) within 40 characters before',
  example: 'reikningsnúmer 0159-26-007654',
  keywords: ['reikning', 'reikningur', 'reikningsnúmer', 'bankareikning'],
  gate: ['reikning'],
  prefilter: (s) => s.digitRun >= 6,
  pattern: /(?<![\w-])\d{4}-\d{2}-\d{6}(?![\w]|-\d)/g,
  valid: (v) => !/^0+$/.test(digitsOnly(v).slice(6)),
});

/** The bank codes of New Zealand account numbers (Payments NZ's register: 01–38 and 88). */
const NZ_BANK_CODE = /^(?:0[1-9]|[12]\d|3[0-8]|88)$/;

/**
 * New Zealand's domestic account as banks and ledgers print it (red-team round 67: a Xero contact's
 * `BankAccountDetails`, its history note `Bank account changed from 01-0902-0068389-00 to …`):
 * bank (2 digits), branch (4), account (7, or 8 with a leading 0) and suffix (2 or 3), joined by
 * dashes or blanks, after an account or bank word.
 */
export const nzBankAccount = keywordGatedDetector({
  id: 'nz_bank_account',
  entity: 'BANK_ACCOUNT',
  description: 'New Zealand bank account numbers (bank-branch-account-suffix) after an account or bank word',
  validation:
    '2-4-7-2/3 digits (account 7 or 8) joined by dashes or blanks, a bank code of the register (01–38, 88); account, acct, a/c or bank within 40 characters before',
  example: 'bank account 12-3140-0123456-00',
  keywords: ['account', 'acct', 'a/c', 'bank'],
  prefilter: (s) => s.digitRun >= 7,
  pattern: /(?<![\w.+-])\d{2}([ -])\d{4}\1\d{7,8}\1\d{2,3}(?![\w]|[.,/-]\d)/g,
  valid: (v) => NZ_BANK_CODE.test(v.slice(0, 2)) && !/^0+$/.test(digitsOnly(v).slice(6, -2)),
});

/**
 * Nigeria's NUBAN (10 digits; its check digit needs the bank's code, which the text does not
 * give) typed in groups, `Akaụntụ: 0123 456 789`, after an account word (the compact form is
 * us_bank_account's after `account number`). Nigerian phones have 11 digits.
 */
export const ngNubanGrouped = keywordGatedDetector({
  id: 'ng_nuban_grouped',
  entity: 'BANK_ACCOUNT',
  description: 'Nigerian bank account numbers (NUBAN) written in groups after an account word',
  validation:
    '10 digits as 4-3-3 or 3-3-4 with spaces or dashes, not one repeated digit; nuban, account or akaụntụ within 40 characters before',
  example: 'Akaụntụ: 0123 456 789 (GTBank)',
  keywords: ['nuban', 'akaụntụ', 'akantu', 'account number', 'account no', 'acct no', 'salary account'],
  // The keywords themselves (not `account` alone, which most prose about accounts holds).
  gate: ['nuban', 'akaụntụ', 'akantu', 'account number', 'account no', 'acct no', 'salary account'],
  prefilter: (s) => s.digitRun >= 3,
  pattern: /(?<![\w+.-])(?:\d{4}([ -])\d{3}\1\d{3}|\d{3}([ -])\d{3}\2\d{4})(?![\w]|[ .,/-]\d)/g,
  valid: (v) => !/^(\d)\1+$/.test(digitsOnly(v)),
});

/**
 * Japanese bank accounts in transfer instructions (round 23: `振込先：三菱UFJ銀行 渋谷支店 普通
 * 1234567 ヤマダ タロウ`): the account type (普通 ordinary, 当座 current, 貯蓄 savings) or 口座番号
 * before the 7-digit account number that Japanese banks use (Zengin format).
 */
export const jpBankAccount = keywordGatedDetector({
  id: 'jp_bank_account',
  entity: 'BANK_ACCOUNT',
  description: 'Japanese bank account numbers after the account type (普通, 当座) or 口座番号',
  validation: '7 digits; 普通, 当座, 貯蓄 or 口座番号 within 40 characters before',
  example: '振込先 みずほ銀行 本店 普通 1234567',
  keywords: ['普通', '当座', '貯蓄', '口座番号', '口座'],
  prefilter: (s) => s.digitRun >= 7,
  pattern: /(?<![\w-])\d{7}(?![\w]|-\d)/g,
  valid: (v) => !/^(\d)\1{6}$/.test(v),
});

/**
 * Poland's NRB (numer rachunku bankowego, red-team round 22): the Polish IBAN without its `PL`,
 * 26 digits, written `61 1090 1014 0000 0712 1981 2874` (2, then six groups of 4) or run
 * together, after `konta` / `rachunku` / `NRB`, as BLIK and transfer notifications, support chats
 * and invoices print it. Its two check digits are the IBAN's: with `PL` before it, mod 97 is 1.
 */
export const plNrb = keywordGatedDetector({
  id: 'pl_nrb',
  entity: 'BANK_ACCOUNT',
  description: 'Polish bank account numbers (NRB) after an account word',
  validation:
    '26 digits, as 2 + 6 groups of 4 or run together; the IBAN check (PL + digits mod 97 = 1); konta, rachunek, NRB within 40 characters before',
  example: 'nr konta 61 1090 1014 0000 0712 1981 2874',
  keywords: ['konta', 'konto', 'rachunek', 'rachunku', 'rachunkowy', 'nrb'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w+.-])\d{2}( ?)\d{4}(?:\1\d{4}){5}(?![\w]|[ .,/-]\d)/g,
  valid: (v) => ibanValid(`PL${digitsOnly(v)}`),
});

/**
 * An account number written right after its bank's routing code, without an account word
 * between them (red-team round 28), as payment memos, statement lines and consent logs print it:
 * a UK sort code or an Australian BSB run together (`FPO T BENNETT 601613 31926819`, `refund to
 * 062000 10459823`), a BSB dashed (`062-000 10459823`), an Open Banking sort code and account
 * joined by a dash (`debtor=112800-01234567`), a Canadian transit and institution before the
 * account (`12345-003 5039471`, the cheque's MICR order). The code and account are masked as one.
 * Evidence required: the code's exact shape (6 digits, 3-3, or 5-3) right before an account of
 * 6–12 digits, and a word of a payment (a statement's FPO / FPI / BGC, refund to, paid to,
 * debtor, payee, BSB, sort code, transit, direct debit, cheque) within 40 characters before with
 * no other number between them (`paid to 2026-12 batch 123456 7890123` stays).
 */
const ROUTING_WORDS = contextKeywords([
  'fpo',
  'fpi',
  'bgc',
  'bacs',
  'refund to',
  'paid to',
  'pay to',
  'transfer to',
  'debtor',
  'creditor',
  'payee',
  'bsb',
  'sort code',
  'transit',
  'direct debit',
  'dd',
  'cheque',
]);
const ROUTING_WORDS_ALL = new RegExp(ROUTING_WORDS.re.source, 'g');
const DIGIT = /\d/;

/** Whether a payment word ends within 40 characters before `start` with no digit between it and the code. */
function paymentWordRightBefore(scan: TextScan, start: number): boolean {
  const from = start > CONTEXT_WINDOW ? start - CONTEXT_WINDOW : 0;
  const before = scan.lower().slice(from, start);
  let last = -1;
  ROUTING_WORDS_ALL.lastIndex = 0;
  for (let m = ROUTING_WORDS_ALL.exec(before); m !== null; m = ROUTING_WORDS_ALL.exec(before)) last = m.index + m[0].length;
  return last >= 0 && !DIGIT.test(before.slice(last));
}

export const routingCodeAccount = regexDetector({
  id: 'routing_code_account',
  entity: 'BANK_ACCOUNT',
  description: 'Account numbers right after a bare sort code, BSB or Canadian transit-institution code in a payment line',
  validation:
    'a 6-digit sort code / BSB (or 3-3) then 6–10 digits, or a 5-3 transit-institution code then 7–12 digits; not one repeated digit; a payment word (fpo, fpi, bgc, refund to, paid to, debtor, creditor, payee, bsb, sort code, transit, direct debit, dd, cheque) within 40 characters before, with no other number between',
  context: true,
  example: 'FPO J SMITH 400530 71584629 RENT',
  // `dd` as its own word (` dd `, `dd:`), not the letters of `add ` / `odd `; the phrases in their
  // spellings, not `sort` / `debit` alone, which logs hold everywhere.
  keywords: [
    'fpo',
    'fpi',
    'bgc',
    'bacs',
    'refund to',
    'paid to',
    'pay to',
    'transfer to',
    'debtor',
    'creditor',
    'payee',
    'bsb',
    'sort code',
    'sortcode',
    'sort_code',
    'sort-code',
    'transit',
    'direct debit',
    'directdebit',
    'direct_debit',
    ' dd ',
    'dd:',
    'cheque',
  ],
  prefilter: (s) => s.digitRun >= 6,
  pattern: /(?<![\w+.,/-])(?:\d{6}[ -]\d{6,10}|\d{3}-\d{3} \d{6,10}|\d{5}-\d{3}[ -]\d{7,12})(?![\w]|[.,/-]\d)/g,
  validate: (v, scan, start) => {
    const d = digitsOnly(v);
    return !/^(\d)\1+$/.test(d) && !/^0+$/.test(d.slice(d.length - 6)) && paymentWordRightBefore(scan, start) ? d : undefined;
  },
});

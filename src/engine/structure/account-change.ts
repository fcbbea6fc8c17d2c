/**
 * A bank account changed in a key=value audit line: HR and payroll systems log a direct-deposit
 * change as `action=DIRECT_DEPOSIT_UPDATE old=****6789 new=000123456789 aba=021000021`, the field
 * named once by the action and its value under `old=` / `new=` (Gusto, Workday and ADP audit
 * trails). A change value of 6 to 17 digits (an ACH account number's lengths) is masked as
 * BANK_ACCOUNT when the line names a bank account field: direct deposit, routing / ABA, bank, acct,
 * account number. `old=1000 new=2000` of a quota, or digits in a line that names no account, stay.
 */

/** Keys of a change's values, lower case. */
const CHANGE_VALUE_KEYS = new Set(['old', 'new', 'from', 'to', 'before', 'after', 'old_value', 'new_value', 'oldvalue', 'newvalue']);

const ACCOUNT_DIGITS = /^\d{6,17}$/;

/** Words that name a bank account field in the line (direct deposit, routing / ABA, bank, acct). */
const NAMES_BANK_ACCOUNT = /deposit|routing|\baba\b|\bbank|\bacct|account[ _-]?(?:number|no)\b/i;

/** Whether `key` is the key of a change's value (`old`, `new`, `from`…): tested before anything is sliced. */
export function isChangeValueKey(key: string): boolean {
  return key.length <= 9 && CHANGE_VALUE_KEYS.has(key.toLowerCase());
}

/** Whether the value `value` of a change-value pair (isChangeValueKey) in `line` is a bank account being changed. */
export function isBankAccountChange(line: string, value: string): boolean {
  return ACCOUNT_DIGITS.test(value) && NAMES_BANK_ACCOUNT.test(line);
}

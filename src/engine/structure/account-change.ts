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

/**
 * The field a change line names before a change value's key at `keyStart`: the value of the last
 * `field=` (`fieldname`, `field_name`, `attribute`, `attr`, `fname`, `property`, `column`) pair
 * before it on the same line, quoted or bare, its last path segment when it is a path
 * (`field=/address/fullAddress old="…" new="…"` of a HiBob audit line, `field=ssn old=… new=…`;
 * red-team round 63), or undefined. The key rules then say what the values are.
 */
export function changedFieldBefore(text: string, keyStart: number): string | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', keyStart - 1) + 1, keyStart - 400);
  const line = text.slice(lineStart, keyStart);
  let last: string | undefined;
  CHANGED_FIELD.lastIndex = 0;
  for (let m = CHANGED_FIELD.exec(line); m !== null; m = CHANGED_FIELD.exec(line)) last = m[2] ?? m[3];
  if (last === undefined) return undefined;
  const slash = last.lastIndexOf('/');
  return slash >= 0 && slash < last.length - 1 ? last.slice(slash + 1) : last;
}
const CHANGED_FIELD =
  /(?:^|[\s,;&])(field|field_?name|fieldName|attribute|attr|fname|FNAME|property|column)=(?:"([^"\n]{1,100})"|([^\s"',;&]{1,100}))/g;

import { auTfnValid, caSinValid } from '../detect/validators-ids.js';
import { nzIrdValid } from '../detect/values/commonwealth-ids.js';

/**
 * Accounts and tax numbers in the cells of a header-less row of a Commonwealth payroll or bulk
 * payment export (leftovers of red-team round 28): a Bacs bureau row (`200000,55779911,…`: sort
 * code, account), an Australian direct-entry row (`062-000,10293847,…`: BSB, account), an Indian
 * NEFT / RTGS bulk upload (an IFSC cell and the account's digits), a New Zealand direct-credit or
 * payroll row (the account compact, `0102420100194000`, with its bank's check), and a compact IRD,
 * SIN or TFN right beside the row's name. person-rows.ts reads them only in a row that names a
 * person; no cell alone says more than digits.
 */

/** A UK sort code as a cell (six digits, bare or dashed in pairs) and the account after it: 8 digits. */
const SORT_CODE_CELL = /^(?:\d{6}|\d{2}-\d{2}-\d{2})$/;
const UK_ACCOUNT = /^\d{8}$/;
/** An Australian BSB as a cell (`062-000`, dashed as banks print it) and the account after it: 5–10 digits. */
const BSB_CELL = /^\d{3}-\d{3}$/;
const AU_ACCOUNT = /^\d{5,10}$/;
/** Eight digits that read as a date (`20251028`): a visit's or a file's date, no account. */
const COMPACT_DATE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/** Whether cell `v` is an account after the bank code `code` (a sort code or a BSB) before it. */
function accountAfterCode(code: string, v: string): boolean {
  if (BSB_CELL.test(code)) return AU_ACCOUNT.test(v);
  return SORT_CODE_CELL.test(code) && UK_ACCOUNT.test(v) && !COMPACT_DATE.test(v);
}
/** An Indian Financial System Code (RBI: four letters of the bank, `0`, six of the branch). */
const IFSC_CELL = /^[A-Z]{4}0[A-Z0-9]{6}$/;
/** An Indian bank account: 9–18 digits (RBI's range). */
const INDIAN_ACCOUNT = /^\d{9,18}$/;
const NZ_COMPACT_ACCOUNT = /^\d{15,16}$/;

/** Indices of a row's cells that hold a bank account by the bank code beside them or their own check. */
export function rowAccountCells(cells: readonly string[]): number[] {
  const found: number[] = [];
  let ifsc = false;
  for (const v of cells) if (v.length === 11 && IFSC_CELL.test(v)) ifsc = true;
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i]!;
    if (i > 0 && accountAfterCode(cells[i - 1]!, v)) found.push(i);
    else if (ifsc && i > 0 && INDIAN_ACCOUNT.test(v)) found.push(i);
    else if (NZ_COMPACT_ACCOUNT.test(v) && nzBankAccountValid(v)) found.push(i);
  }
  return found;
}

/** The entity of a compact tax number as a cell beside a person's name (8 digits: NZ IRD; 9: IRD, SIN or TFN), or null. */
export function compactTaxIdEntity(value: string): string | null {
  if (value.length === 8) return /^\d{8}$/.test(value) && nzIrdValid(value) ? 'NATIONAL_ID' : null;
  if (value.length !== 9 || !/^\d{9}$/.test(value)) return null;
  if (caSinValid(value)) return 'CA_SIN';
  if (auTfnValid(value)) return 'AU_TFN';
  return nzIrdValid(value) ? 'NATIONAL_ID' : null;
}

/** The check algorithm of each New Zealand bank code (Payments NZ; python-stdnum nz.bankaccount). */
const NZ_ALGORITHMS: Readonly<Record<string, string>> = {
  '01': 'A',
  '02': 'A',
  '03': 'A',
  '04': 'A',
  '06': 'A',
  '08': 'D',
  '09': 'E',
  '10': 'A',
  '11': 'A',
  '12': 'A',
  '13': 'A',
  '14': 'A',
  '15': 'A',
  '16': 'A',
  '17': 'A',
  '18': 'A',
  '19': 'A',
  '20': 'A',
  '21': 'A',
  '22': 'A',
  '23': 'A',
  '24': 'A',
  '25': 'F',
  '26': 'G',
  '27': 'A',
  '28': 'G',
  '29': 'G',
  '30': 'A',
  '33': 'F',
  '35': 'A',
  '38': 'A',
};
const NZ_WEIGHTS: Readonly<Record<string, readonly number[]>> = {
  A: [0, 0, 6, 3, 7, 9, 0, 10, 5, 8, 4, 2, 1, 0, 0, 0],
  B: [0, 0, 0, 0, 0, 0, 0, 10, 5, 8, 4, 2, 1, 0, 0, 0],
  D: [0, 0, 0, 0, 0, 0, 7, 6, 5, 4, 3, 2, 1, 0, 0, 0],
  E: [0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 4, 3, 2, 0, 0, 1],
  F: [0, 0, 0, 0, 0, 0, 1, 7, 3, 1, 7, 3, 1, 0, 0, 0],
  G: [0, 0, 0, 0, 0, 0, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1],
};
const NZ_MODULI: Readonly<Record<string, readonly [number, number]>> = {
  A: [11, 11],
  B: [11, 11],
  D: [11, 11],
  E: [9, 11],
  F: [10, 10],
  G: [9, 10],
};

/**
 * A New Zealand bank account written compact (15 or 16 digits: bank 2, branch 4, account 7,
 * suffix 2 or 3) that passes its bank's check (python-stdnum nz.bankaccount's algorithms); a bank
 * without a published check (31) is none here.
 */
export function nzBankAccountValid(digits: string): boolean {
  const n = digits.length === 15 ? `${digits.slice(0, 13)}0${digits.slice(13)}` : digits;
  if (n.length !== 16 || /^0+$/.test(n.slice(6, 13)) || n.slice(2, 6) === '0000') return false;
  let algorithm = NZ_ALGORITHMS[n.slice(0, 2)];
  if (algorithm === undefined) return false;
  if (algorithm === 'A' && n.slice(6, 13) >= '0990000') algorithm = 'B';
  const weights = NZ_WEIGHTS[algorithm]!;
  const [mod1, mod2] = NZ_MODULI[algorithm]!;
  let sum = 0;
  for (let i = 0; i < 16; i++) {
    let c = weights[i]! * (n.charCodeAt(i) - 48);
    // Each product above the first modulus is reduced by it (the algorithms' digit folding).
    if (c > mod1) c %= mod1;
    sum += c;
  }
  return sum % mod2 === 0;
}

import { regexDetector } from './helpers.js';

/**
 * Latin American bank account keys in text, where the text names them: Mexico's CLABE (18 digits,
 * SPEI) and Argentina's CBU / CVU (22 digits), written whole or in groups (`002 010 07777777777
 * 1`). Under a field named `clabe` / `cbu` / `cvu` the key rules mask the value; these read a key
 * in a chat or a transfer note. Each has check digits (python-stdnum mx.clabe, ar.cbu), which
 * decide; the keyword pass keeps them off text that does not name the key.
 */
const DIGITS_18 = /(?<![\w.,/-])\d(?:[ -]?\d){17}(?![\w]|[.,/-]\d)/g;
const DIGITS_22 = /(?<![\w.,/-])\d(?:[ -]?\d){21}(?![\w]|[.,/-]\d)/g;

/** CLABE: weights 3, 7, 1 over the first 17 digits; the check digit is (10 − sum mod 10) mod 10. */
export function mxClabeValid(digits: string): boolean {
  if (!/^\d{18}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ((digits.charCodeAt(i) - 48) * [3, 7, 1][i % 3]!) % 10;
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(17) - 48;
}

function cbuBlockValid(block: string, weights: readonly number[]): boolean {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (block.charCodeAt(i) - 48) * weights[i]!;
  return (10 - (sum % 10)) % 10 === block.charCodeAt(weights.length) - 48;
}

/** CBU / CVU: two blocks (8 and 14 digits), each ending in a check digit (weights 7139 repeated, right-aligned). */
export function arCbuValid(digits: string): boolean {
  if (!/^\d{22}$/.test(digits) || /^0+$/.test(digits)) return false;
  return (
    cbuBlockValid(digits.slice(0, 8), [7, 1, 3, 9, 7, 1, 3]) && cbuBlockValid(digits.slice(8), [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3])
  );
}

export const mxClabeInText = regexDetector({
  id: 'mx_clabe',
  entity: 'BANK_ACCOUNT',
  description: 'Mexico CLABE interbank account numbers where the text names them',
  validation: '18 digits, whole or in groups; the CLABE check digit (weights 3, 7, 1 mod 10); the text names it (clabe)',
  context: true,
  example: 'clabe 002010077777777771',
  keywords: ['clabe'],
  prefilter: (s) => s.hasDigit && s.text.length >= 18,
  pattern: DIGITS_18,
  validate: (v) => {
    const digits = v.replace(/[ -]/g, '');
    return mxClabeValid(digits) ? digits : undefined;
  },
});

export const arCbuInText = regexDetector({
  id: 'ar_cbu',
  entity: 'BANK_ACCOUNT',
  description: 'Argentina CBU / CVU account numbers where the text names them',
  validation: '22 digits, whole or in groups; both CBU check digits; the text names it (cbu, cvu)',
  context: true,
  example: 'CBU 2850590940090418135201',
  keywords: ['cbu', 'cvu'],
  prefilter: (s) => s.hasDigit && s.text.length >= 22,
  pattern: DIGITS_22,
  validate: (v) => {
    const digits = v.replace(/[ -]/g, '');
    return arCbuValid(digits) ? digits : undefined;
  },
});

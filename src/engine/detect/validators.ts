/**
 * Check-digit and structure validators shared by the value detectors. Each takes the candidate as
 * matched (separators allowed where noted) and answers whether it is a plausible real instance.
 * Pure functions, no allocation beyond small strings.
 */

/**
 * Digits of `s`, dropping spaces, dashes and dots. A candidate that is digits only (a bare card,
 * id or 64-bit number) is returned as it is, without building a copy character by character.
 */
export function digitsOnly(s: string): string {
  let i = 0;
  while (i < s.length && isDigitCode(s.charCodeAt(i))) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigitCode(c)) out += s[i];
  }
  return out;
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Luhn (mod 10) over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 1 && sum % 10 === 0;
}

/** True when every character of `s` is the same (111-11-1111, 0000…). */
export function allSameChar(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s[i] !== s[0]) return false;
  return true;
}

/**
 * Payment card issuer prefixes and lengths (Visa, Mastercard incl. 2-series, Amex, Discover, JCB,
 * Diners Club, UnionPay, Maestro, Mir, RuPay). Source: the networks' published IIN ranges as listed
 * in ISO/IEC 7812 summaries.
 */
export function cardIssuer(d: string): string | undefined {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) && n >= 16 && n <= 19) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'jcb';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39 || p4 === 3095) && n >= 14 && n <= 19) return 'diners';
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay';
  if (p4 >= 2200 && p4 <= 2204 && n >= 16 && n <= 19) return 'mir';
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69)) && n >= 12 && n <= 19) return 'maestro';
  if ((p2 === 60 || p2 === 65 || p2 === 81 || p2 === 82 || p3 === 508 || p3 === 353 || p3 === 356) && n === 16) return 'rupay';
  return undefined;
}

/** IBAN lengths per country (SWIFT IBAN registry). */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HN: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  // Iran's Sheba (شبا) numbers are IBANs by ISO 13616 (Central Bank of Iran), outside the SWIFT
  // registry: `IR` + 24 digits (red-team round 17).
  IR: 26,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

/** ISO 13616 IBAN: known country, its exact length, ISO 7064 mod 97-10 remainder 1. */
export function ibanValid(raw: string): boolean {
  const s = raw.replace(/[ -]/g, '').toUpperCase();
  const len = IBAN_LENGTHS[s.slice(0, 2)];
  if (len === undefined || s.length !== len) return false;
  return mod97Remainder(s.slice(4) + s.slice(0, 4)) === 1;
}

/**
 * ISO 17442 Legal Entity Identifier (GLEIF): 18 capitals or digits and 2 check digits, ISO 7064
 * MOD 97-10 remainder 1 over the whole code. A company's public registration, never a person's.
 */
export function leiValid(s: string): boolean {
  return s.length === 20 && /^[0-9A-Z]{18}\d{2}$/.test(s) && mod97Remainder(s) === 1;
}

/**
 * ISO/IEC 7064 MOD 97-10 remainder of digits and capital letters (a letter counts as 10–35, as
 * IBANs and eUICC ids write them); -1 for any other character. A valid number's remainder is 1.
 */
export function mod97Remainder(s: string): number {
  let rem = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return -1;
  }
  return rem;
}

/**
 * The SSA's published sample numbers (078-05-1120 of the Woolworth wallet insert, 219-09-9999 of
 * its pamphlet): not valid SSNs, but readers of a place that holds only an SSN (a binlog row's SSN
 * cell, a W-2's file name) take them too, as test and sample data use them for real ones.
 */
export const SSA_SAMPLE_SSNS: ReadonlySet<string> = new Set(['078051120', '219099999']);

/**
 * US SSN structure (SSA rules): area not 000, 666 or 900–999; group not 00; serial not 0000; not one
 * repeated digit; not the well-known advertising/sample numbers (078-05-1120, 219-09-9999, 123-45-6789,
 * 987-65-4321 — the last two as Presidio's recognizer treats them).
 */
export function usSsnValid(digits: string): boolean {
  if (digits.length !== 9 || allSameChar(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  return !SSA_SAMPLE_SSNS.has(digits) && digits !== '123456789' && digits !== '987654321';
}

/** base64url (or base64) decode to a UTF-8 string; undefined when it is not valid. */
export function base64UrlToString(s: string): string | undefined {
  if (!/^[A-Za-z0-9_\-+/]*={0,2}$/.test(s)) return undefined;
  try {
    return Buffer.from(s, 'base64url').toString('utf8');
  } catch {
    return undefined;
  }
}

/** A JWT's header and payload are base64url JSON objects; the header names an `alg` or `typ`. */
export function jwtValid(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3 && parts.length !== 5) return false;
  for (let i = 0; i < 2; i++) {
    const text = base64UrlToString(parts[i] ?? '');
    if (text === undefined || text[0] !== '{') return false;
    try {
      const obj: unknown = JSON.parse(text);
      if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return false;
      if (i === 0 && !('alg' in obj) && !('typ' in obj) && !('enc' in obj)) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * The latest year a birth date read from its shape and place alone may carry: a date at least 14
 * years old is a person's (a hire's, a pupil's, a policyholder's), one of these last years as often
 * a business date. Worked out once, when the process loads this module.
 */
export const LATEST_BIRTH_YEAR = new Date().getUTCFullYear() - 14;

/** A calendar date that exists, with a year in [1900, this year]. Month 1-12. */
export function plausibleBirthDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > new Date().getUTCFullYear()) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** The digit at index i of an all-digit string. */
export function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/** Sum of the digits of `d` from `offset` times `weights`, one weight per digit (check-digit schemes). */
export function weighted(d: string, weights: readonly number[], offset = 0): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digitAt(d, i + offset) * (weights[i] ?? 0);
  return sum;
}

/**
 * Check digits and structure rules of national identifiers (Europe, the Americas, Asia, Africa),
 * from the issuers' published algorithms (python-stdnum documents most of them with references).
 * Each validator takes the candidate as matched (separators allowed where noted) and answers
 * whether a real issuer could have produced it. Pure, no I/O.
 */
import { allSameChar, digitAt, digitsOnly, luhnValid, mod97Remainder, weighted } from './validators.js';

/** A day that exists in the Gregorian calendar. */
export function realDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date of two-digit year that exists in the 1900s or the 2000s (29 February needs a leap year). */
function realDateEitherCentury(yy: number, month: number, day: number): boolean {
  return realDate(1900 + yy, month, day) || realDate(2000 + yy, month, day);
}

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const HETU_CENTURY: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/**
 * Finland henkilötunnus (DVV): DDMMYY, a century sign (+ 1800s; - Y X W V U 1900s; A–F 2000s),
 * individual number 002–899 (900–999 temporary), check character = DDMMYYNNN mod 31 in
 * 0123456789ABCDEFHJKLMNPRSTUVWXY.
 */
export function fiHetuValid(raw: string): boolean {
  const s = raw.toUpperCase();
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-FHJ-NPR-Y])$/.exec(s);
  if (!m) return false;
  const century = HETU_CENTURY[m[4]!];
  if (century === undefined || !realDate(century + Number(m[3]), Number(m[2]), Number(m[1]))) return false;
  if (Number(m[5]) < 2) return false;
  return HETU_CHECK[Number(m[1]! + m[2]! + m[3]! + m[5]!) % 31] === m[6];
}

/**
 * Sweden personnummer / samordningsnummer (Skatteverket): [YY]YYMMDD, `-` or `+` (100 or older),
 * NNNC; Luhn over the last ten digits; a coordination number adds 60 to the day.
 */
export function sePersonnummerValid(raw: string): boolean {
  const m = /^(\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})$/.exec(raw);
  if (!m) return false;
  let day = Number(m[4]);
  if (day > 60) day -= 60;
  const month = Number(m[3]);
  const yy = Number(m[2]);
  const ok = m[1] !== undefined ? realDate(Number(m[1]) * 100 + yy, month, day) : realDateEitherCentury(yy, month, day);
  if (!ok) return false;
  const ten = m[2]! + m[3]! + m[4]! + m[5]!;
  return !allSameChar(ten) && luhnValid(ten);
}

/**
 * Denmark CPR (CPR-kontoret): DDMMYY-SSSS with a real date. The mod-11 check is not required since
 * 2007 (numbers without it are issued), so only the date is checked and a keyword is required.
 */
export function dkCprValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 10 || allSameChar(d)) return false;
  return realDateEitherCentury(Number(d.slice(4, 6)), Number(d.slice(2, 4)), Number(d.slice(0, 2)));
}

/**
 * Norway fødselsnummer (Skatteetaten): DDMMYY (D-number: day + 40; H-number: month + 40), three
 * individual digits, two mod-11 check digits (weights 3,7,6,1,8,9,4,5,2 and 5,4,3,2,7,6,5,4,3,2).
 */
export function noFodselsnummerValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 11 || allSameChar(d)) return false;
  let day = Number(d.slice(0, 2));
  let month = Number(d.slice(2, 4));
  if (day > 40) day -= 40;
  if (month > 40) month -= 40;
  const yy = Number(d.slice(4, 6));
  const individual = Number(d.slice(6, 9));
  // Century from the individual number (Skatteetaten): 000–499 1900s; 500–749 1854–1899 or
  // 2000s; 750–899 2000s; 900–999 1940–1999 or 2000s.
  let century: number | undefined;
  if (individual < 500) century = 1900;
  else if (individual < 750 && yy >= 54) century = 1800;
  else if (individual < 1000 && yy < 40) century = 2000;
  else if (individual >= 900 && yy >= 40) century = 1900;
  if (century === undefined || !realDate(century + yy, month, day)) return false;
  const k1 = (11 - (weighted(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11;
  const k2 = (11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  return k1 === digitAt(d, 9) && k2 === digitAt(d, 10);
}

/** Netherlands BSN (elfproef): 9 digits, weights 9..2 and −1, sum mod 11 = 0, not 0. */
export function nlBsnValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 9 || allSameChar(d)) return false;
  const sum = weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - digitAt(d, 8);
  return sum % 11 === 0;
}

/**
 * Belgium national register number (Rijksregister): YYMMDD, 3-digit counter, 2-digit key =
 * 97 − (first nine digits mod 97); for births from 2000 the key is computed over 2 followed by the
 * nine digits. Month 0 (date unknown) and month + 20/40 (bis numbers) are accepted.
 */
export function beNationalNumberValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 11 || allSameChar(d)) return false;
  const month = Number(d.slice(2, 4)) % 20;
  if (month > 12 || Number(d.slice(4, 6)) > 31) return false;
  const body = Number(d.slice(0, 9));
  const key = Number(d.slice(9));
  if (97 - (body % 97) === key) return true;
  // The 2 prefix only for years that have begun (a number of 2035 is a 1935 number).
  return Number(d.slice(0, 2)) + 2000 <= new Date().getUTCFullYear() && 97 - ((2_000_000_000 + body) % 97) === key;
}

/** ISO 7064 MOD 11,10 over all digits (the last one is the check digit). */
function mod11_10Valid(d: string): boolean {
  let p = 10;
  for (let i = 0; i < d.length - 1; i++) {
    let s = (digitAt(d, i) + p) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  return (11 - p) % 10 === digitAt(d, d.length - 1);
}

/**
 * Germany Steuerliche Identifikationsnummer (BZSt): 11 digits, first not 0; in the first ten
 * exactly one digit occurs twice or three times and no other repeats; ISO 7064 MOD 11,10.
 */
export function deTaxIdValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 11 || d[0] === '0') return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[digitAt(d, i)]!++;
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || (repeated[0] !== 2 && repeated[0] !== 3)) return false;
  return mod11_10Valid(d);
}

/** Value of an ICAO 9303 machine-readable character: digits 0–9, A–Z 10–35. */
function mrzValue(c: string): number {
  const code = c.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 55;
}

/** ICAO 9303 check digit: weights 7, 3, 1 repeated, sum mod 10. */
export function icaoCheckDigit(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += mrzValue(s[i]!) * w[i % 3]!;
  return sum % 10;
}

/**
 * Germany Personalausweis (since November 2010): a 9-character serial of C F G H J K L M N P R T V
 * W X Y Z and digits, then the ICAO 9303 check digit (weights 7-3-1); the serial starts with a
 * letter of that set (the issuing authority code).
 */
export function deIdCardValid(raw: string): boolean {
  const s = raw.toUpperCase();
  // The card's front prints the 9-character document number (`L01X00T47` on the Mustermann
  // specimen); the check digit stands only in the machine-readable zone. Without it, the
  // keyword and the alphabet (no vowels) carry the match, with three digits at least.
  if (s.length === 9) return /^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}$/.test(s) && /\d.*\d.*\d/.test(s);
  if (!/^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d$/.test(s) || !/\d.*\d/.test(s.slice(0, 9))) return false;
  return icaoCheckDigit(s.slice(0, 9)) === digitAt(s, 9);
}

/**
 * Austria Versicherungsnummer (Dachverband): 3-digit serial (first not 0), check digit, DDMMYY;
 * check = Σ weights 3,7,9,·,5,8,4,2,1,6 mod 11 (10 is never issued). Day or month may be out of
 * range for people of unknown birth date, so only the check digit and the serial are tested.
 */
export function atSvnrValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 10 || d[0] === '0' || allSameChar(d)) return false;
  return weighted(d, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11 === digitAt(d, 3);
}

/** Switzerland AHV/AVS number (since 2008): 756, 9 digits, an EAN-13 check digit. */
export function chAhvValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 13 || !d.startsWith('756')) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += digitAt(d, i) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === digitAt(d, 12);
}

/**
 * Portugal NIF (AT): 9 digits, first 1, 2, 3 (people), 5, 6, 8, 9 (entities) or 45, 7x (others);
 * check = 11 − (Σ weights 9..2 mod 11), 10 and 11 → 0.
 */
export function ptNifValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 9 || allSameChar(d) || d[0] === '0' || d[0] === '4') return false;
  const r = 11 - (weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (r >= 10 ? 0 : r) === digitAt(d, 8);
}

const PPS_ALPHABET = 'WABCDEFGHIJKLMNOPQRSTUV';

/**
 * Ireland PPS number (Revenue): 7 digits, a check letter, and an optional second letter (A, B, H
 * from 2013, which enter the sum with weight 9; W, T, X in the older format, which do not); check =
 * (Σ weights 8..2 + 9 × second letter) mod 23 in WABCDEFGHIJKLMNOPQRSTUV.
 */
export function iePpsValid(raw: string): boolean {
  const s = raw.toUpperCase();
  const m = /^(\d{7})([A-W])([ABHWTX])?$/.exec(s);
  if (!m || allSameChar(m[1]!)) return false;
  const second = m[3] !== undefined && 'ABH'.includes(m[3]) ? PPS_ALPHABET.indexOf(m[3]) : 0;
  const sum = weighted(m[1]!, [8, 7, 6, 5, 4, 3, 2]) + 9 * second;
  return PPS_ALPHABET[sum % 23] === m[2];
}

/**
 * Turkey T.C. Kimlik No (NVİ): 11 digits, first not 0; d10 = (7 × (d1+d3+d5+d7+d9) −
 * (d2+d4+d6+d8)) mod 10; d11 = (d1 + … + d10) mod 10.
 */
/**
 * Romania CNP (cod numeric personal): 13 digits; sex and century digit 1–9 (1/2 1900s, 3/4 1800s,
 * 5/6 2000s, 7/8/9 residents and foreigners); YYMMDD a real date; county 01–52 or 70; check digit
 * = weighted sum (2,7,9,1,4,6,3,5,8,2,7,9) mod 11, 10 written as 1 (python-stdnum ro/cnp).
 */
export function roCnpValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 13) return false;
  const s = digitAt(d, 0);
  if (s === 0) return false;
  const yy = Number(d.slice(1, 3));
  const month = Number(d.slice(3, 5));
  const day = Number(d.slice(5, 7));
  const century = s <= 2 ? 1900 : s <= 4 ? 1800 : s <= 6 ? 2000 : undefined;
  if (century === undefined ? !realDateEitherCentury(yy, month, day) : !realDate(century + yy, month, day)) return false;
  const county = Number(d.slice(7, 9));
  if ((county < 1 || county > 52) && county !== 70) return false;
  const r = weighted(d, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (r === 10 ? 1 : r) === digitAt(d, 12);
}

export function trTcknValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 11 || d[0] === '0' || allSameChar(d)) return false;
  const odd = digitAt(d, 0) + digitAt(d, 2) + digitAt(d, 4) + digitAt(d, 6) + digitAt(d, 8);
  const even = digitAt(d, 1) + digitAt(d, 3) + digitAt(d, 5) + digitAt(d, 7);
  if ((((7 * odd - even) % 10) + 10) % 10 !== digitAt(d, 9)) return false;
  return (odd + even + digitAt(d, 9)) % 10 === digitAt(d, 10);
}

/** Israel Teudat Zehut: up to 9 digits (zero-padded), Luhn (weights 1,2 with digit sums). */
export function ilIdValid(raw: string): boolean {
  const d = digitsOnly(raw).padStart(9, '0');
  return d.length === 9 && !allSameChar(d) && luhnValid(d);
}

/**
 * Estonian isikukood and Lithuanian asmens kodas (the same scheme, python-stdnum ee.ik and
 * lt.asmens): 11 digits, a sex-and-century digit 1–6 (1/2 1800s, 3/4 1900s, 5/6 2000s), YYMMDD a
 * real date, a 3-digit serial, a check digit: the weights 1–9,1 mod 11, or when that is 10 the
 * weights 3–9,1,2,3 mod 11, 10 written as 0.
 */
export function balticPersonalCodeValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 11) return false;
  const s = digitAt(d, 0);
  if (s < 1 || s > 6) return false;
  const century = s <= 2 ? 1800 : s <= 4 ? 1900 : 2000;
  if (!realDate(century + Number(d.slice(1, 3)), Number(d.slice(3, 5)), Number(d.slice(5, 7)))) return false;
  let check = weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (check === 10) check = weighted(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
  return (check === 10 ? 0 : check) === digitAt(d, 10);
}

/**
 * South Africa ID (Home Affairs): YYMMDD a real date, 4-digit gender sequence, citizenship 0
 * (citizen) or 1 (permanent resident), a digit (8 or 9 historically), Luhn.
 */
export function zaIdValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 13 || digitAt(d, 10) > 1) return false;
  if (!realDateEitherCentury(Number(d.slice(0, 2)), Number(d.slice(2, 4)), Number(d.slice(4, 6)))) return false;
  return luhnValid(d);
}

const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ';
const MX_STATES = new Set('AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE'.split(' '));

/**
 * Mexico CURP (RENAPO): 4 letters, YYMMDD a real date, sex H/M/X, a state code (NE = born abroad),
 * 3 consonants, a homoclave (digit to 1999, letter from 2000), a check digit = (10 − Σ value × (18 − i)
 * mod 10) mod 10 over 0–9A–N&O–Z.
 */
export function mxCurpValid(raw: string): boolean {
  const s = raw.toUpperCase();
  const m = /^[A-Z]{4}(\d{2})(\d{2})(\d{2})[HMX]([A-Z]{2})[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d$/.exec(s);
  if (!m || !MX_STATES.has(m[4]!)) return false;
  if (!realDateEitherCentury(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_ALPHABET.indexOf(s[i]!) * (18 - i);
  return (10 - (sum % 10)) % 10 === digitAt(s, 17);
}

const RFC_ALPHABET = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';

/**
 * Mexico RFC (SAT): 4 letters (people) or 3 (companies), YYMMDD a real date, a 2-character
 * homoclave ([1-9A-V][1-9A-Z]) and a check character = (11 − Σ value × (13 − i) mod 11) mod 11 (10 = A) over the
 * number left-padded with spaces to 12.
 */
export function mxRfcValid(raw: string): boolean {
  const s = raw.toUpperCase().replace(/[\s-]/g, '');
  const m = /^[A-ZÑ&]{3,4}(\d{2})(\d{2})(\d{2})[1-9A-V][1-9A-Z][0-9A]$/.exec(s);
  if (!m || !realDateEitherCentury(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  const body = s.slice(0, -1).padStart(12, ' ');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += RFC_ALPHABET.indexOf(body[i]!) * (13 - i);
  return RFC_ALPHABET[(11 - (sum % 11)) % 11] === s[s.length - 1];
}

/**
 * Argentina CUIT/CUIL (AFIP): prefix 20, 23, 24, 27 (people) or 30, 33, 34 (companies), 8 digits, a
 * check digit = 11 − (Σ weights 5,4,3,2,7,6,5,4,3,2 mod 11); 11 → 0, 10 → 9.
 */
export function arCuitValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 11 || !['20', '23', '24', '27', '30', '33', '34'].includes(d.slice(0, 2))) return false;
  const r = 11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  // 11 → 0; 10 is issued as 9 (AFIP re-prefixes such numbers 23/33, python-stdnum accepts them).
  return (r === 11 ? 0 : r === 10 ? 9 : r) === digitAt(d, 10);
}

/**
 * Chile RUT/RUN (SII): 7–8 digits and a check character: 11 − (Σ digits × 2,3,4,5,6,7 from the
 * right, cyclic, mod 11); 11 → 0, 10 → K.
 */
export function clRutValid(raw: string): boolean {
  const s = raw.toUpperCase().replace(/[\s.-]/g, '');
  const m = /^(\d{7,8})([0-9K])$/.exec(s);
  if (!m || allSameChar(m[1]!)) return false;
  const body = m[1]!;
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += digitAt(body, body.length - 1 - i) * (2 + (i % 6));
  const r = 11 - (sum % 11);
  const check = r === 11 ? '0' : r === 10 ? 'K' : String(r);
  return check === m[2];
}

/** GB/T 2260 province-level codes, the first two digits of a resident id. */
const CN_PROVINCES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83 91'.split(' '),
);

/**
 * China resident identity card (GB 11643-1999): a 6-digit region code (a GB/T 2260 province first),
 * YYYYMMDD a real date from 1900, 3-digit sequence, ISO 7064 MOD 11-2 check character (X = 10).
 */
export function cnResidentIdValid(raw: string): boolean {
  const s = raw.toUpperCase();
  const m = /^(\d{2})\d{4}(\d{4})(\d{2})(\d{2})\d{3}[\dX]$/.exec(s);
  if (!m || !CN_PROVINCES.has(m[1]!)) return false;
  const year = Number(m[2]);
  if (year < 1900 || !realDate(year, Number(m[3]), Number(m[4]))) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const r = (12 - (weighted(s, w) % 11)) % 11;
  return (r === 10 ? 'X' : String(r)) === s[17];
}

/** Japan Individual Number (My Number): 12 digits, check = (−Σ weights 6,5,4,3,2,7,6,5,4,3,2 mod 11) mod 10. */
export function jpMyNumberValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 12 || allSameChar(d)) return false;
  const s = weighted(d, [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return ((11 - (s % 11)) % 11) % 10 === digitAt(d, 11);
}

/** Taiwan letters A–Z as the two-digit numbers of the national id (A = 10 … I = 34, O = 35 …). */
const TW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

/**
 * Taiwan national identification number (MOI): a region letter, 1 or 2 (sex; 8 or 9 on the new
 * resident certificates), 8 digits; the letter as two digits n1 n2, then n1 + 9·n2 + Σ digits ×
 * 8..1 + the check digit is a multiple of 10.
 */
export function twIdValid(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[A-Z][1289]\d{8}$/.test(s)) return false;
  const n = TW_LETTERS.indexOf(s[0]!) + 10;
  let sum = Math.floor(n / 10) + (n % 10) * 9;
  for (let i = 1; i < 9; i++) sum += digitAt(s, i) * (9 - i);
  sum += digitAt(s, 9);
  return sum % 10 === 0;
}

/**
 * Hong Kong identity card (Immigration Department): 1–2 letters, 6 digits, a check character (0–9
 * or A = 10) in brackets or not; Σ values × 9..2 (a single letter counts a leading space = 36;
 * A–Z = 10–35) + check ≡ 0 mod 11.
 */
export function hkIdValid(raw: string): boolean {
  const s = raw.toUpperCase().replace(/[()\s]/g, '');
  const m = /^([A-Z]{1,2})(\d{6})([0-9A])$/.exec(s);
  if (!m) return false;
  const letters = m[1]!.length === 1 ? ` ${m[1]}` : m[1]!;
  let sum = 0;
  for (let i = 0; i < 2; i++) {
    const c = letters[i]!;
    sum += (c === ' ' ? 36 : c.charCodeAt(0) - 55) * (9 - i);
  }
  for (let i = 0; i < 6; i++) sum += digitAt(m[2]!, i) * (7 - i);
  const check = m[3] === 'A' ? 10 : digitAt(m[3]!, 0);
  return (sum + check) % 11 === 0;
}

/** Thailand personal identification number: 13 digits, first 1–8, check = (11 − Σ weights 13..2 mod 11) mod 10. */
export function thIdValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 13 || d[0] === '0' || d[0] === '9' || allSameChar(d)) return false;
  const s = weighted(d, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return (11 - (s % 11)) % 10 === digitAt(d, 12);
}

/**
 * Indonesia NIK (Dukcapil): a 2-digit province code (11–94), regency and district codes, DDMMYY
 * (women: day + 40) a real date, 4-digit serial not 0000. No check digit: a keyword is required.
 */
export function idNikValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 16) return false;
  const province = Number(d.slice(0, 2));
  if (province < 11 || province > 94 || d.slice(12) === '0000') return false;
  return realDateEitherCentury(Number(d.slice(10, 12)), Number(d.slice(8, 10)), Number(d.slice(6, 8)) % 40);
}

/**
 * US Medicare Beneficiary Identifier (CMS): 11 characters, positions 1 digit 1–9; 2, 5, 8, 9
 * letters; 4, 7, 10, 11 digits; 3 and 6 letters or digits; letters exclude S, L, O, I, B, Z.
 */
export function usMbiValid(raw: string): boolean {
  const s = raw.toUpperCase().replace(/-/g, '');
  return /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/.test(s);
}

/**
 * UK (GB) driving licence number (DVLA): 5 characters of the surname (9-padded), the decade digit,
 * the birth month (+ 50 for women), day, year digit, 2 initials (9-padded), an arbitrary digit, 2
 * check characters. The date must exist.
 */
export function ukDrivingLicenceValid(raw: string): boolean {
  const s = raw.toUpperCase().replace(/\s/g, '');
  const m = /^[A-Z][A-Z9]{4}(\d)(\d{2})(\d{2})(\d)[A-Z][A-Z9]\d[A-Z0-9]{2}$/.exec(s);
  if (!m) return false;
  let month = Number(m[2]);
  if (month > 50) month -= 50;
  const yy = Number(m[1]! + m[4]!);
  return realDateEitherCentury(yy, month, Number(m[3]));
}

/**
 * South Korea resident registration number without its check digit: YYMMDD a real date and a
 * sex/century digit 1–8. Numbers issued from October 2020 end in a random digit instead of the
 * check digit (Ministry of the Interior and Safety), so they can only be told by this structure
 * and a context word.
 */
export function krRrnStructureValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 13) return false;
  const g = digitAt(d, 6);
  if (g < 1 || g > 8) return false;
  const century = g <= 2 || g === 5 || g === 6 ? 1900 : 2000;
  return realDate(century + Number(d.slice(0, 2)), Number(d.slice(2, 4)), Number(d.slice(4, 6))) && !allSameChar(d.slice(7));
}

/**
 * Russia personal taxpayer number (ИНН of a person): 12 digits, two check digits from the weights
 * 7,2,4,10,3,5,9,4,6,8 and 3,7,2,4,10,3,5,9,4,6,8, each sum mod 11 mod 10 (python-stdnum ru.inn,
 * doctest 123456789047). The 10-digit ИНН of a company is public and not read here.
 */
export function ruInnPersonValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 12 || allSameChar(d)) return false;
  const d1 = (weighted(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
  const d2 = (weighted(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
  return d1 === digitAt(d, 10) && d2 === digitAt(d, 11);
}

/**
 * Russia insurance account number (СНИЛС): 9 digits and a 2-digit check number, Σ digit × (9..1);
 * below 100 the sum itself, 100 and 101 give 00, above that the sum mod 101 (100 → 00). Checked
 * for numbers above 001-001-998 only (Pension Fund rules; Wikipedia "СНИЛС", example 112-233-445 95).
 */
export function ruSnilsValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 11 || allSameChar(d.slice(0, 9)) || Number(d.slice(0, 9)) <= 1001998) return false;
  let sum = weighted(d, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  if (sum > 101) sum %= 101;
  const check = sum === 100 || sum === 101 ? 0 : sum;
  return check === Number(d.slice(9));
}

/**
 * Ukraine individual taxpayer number (РНОКПП, ex-ІПН): 10 digits, check digit from the weights
 * −1,5,7,9,4,6,10,5,7, sum mod 11 mod 10 (python-stdnum ua.rntrc, doctest 1759013776).
 */
export function uaRnokppValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 10 || allSameChar(d)) return false;
  const sum = weighted(d, [-1, 5, 7, 9, 4, 6, 10, 5, 7]);
  return (((sum % 11) + 11) % 11) % 10 === digitAt(d, 9);
}

/**
 * UAE Emirates ID number: 784 (the UAE's ISO 3166 numeric code), the holder's birth year, a
 * 7-digit serial and a Luhn check digit over the 15 digits (784-YYYY-NNNNNNN-C; the test vectors
 * of the identique validators, 784-1968-6570305-0).
 */
export function aeEmiratesIdValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 15 || !d.startsWith('784')) return false;
  const year = Number(d.slice(3, 7));
  return year >= 1900 && year <= new Date().getUTCFullYear() && luhnValid(d);
}

/**
 * Greece social security number (ΑΜΚΑ): DDMMYY a real date, 4 digits, Luhn over the 11 digits
 * (python-stdnum gr.amka, doctest 01013099997).
 */
export function grAmkaValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 11) return false;
  return realDateEitherCentury(Number(d.slice(4, 6)), Number(d.slice(2, 4)), Number(d.slice(0, 2))) && luhnValid(d);
}

/**
 * Vietnam citizen identity number (CCCD, 12 digits since 2016): a province code 001–096, a
 * century/sex digit 0–9 (0/1 born 1900s, 2/3 2000s…), the 2-digit birth year and a 6-digit serial.
 * No check digit: only the structure (and a keyword, in the detector).
 */
export function vnCccdValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 12 || allSameChar(d.slice(6))) return false;
  const province = Number(d.slice(0, 3));
  return province >= 1 && province <= 96;
}

/** The sum of the decimal digits of a number below 100 (the cross sum of a weighted digit). */
const crossSum = (n: number): number => (n >= 10 ? Math.floor(n / 10) + (n % 10) : n);

/**
 * Germany Rentenversicherungsnummer (the Sozialversicherungsnummer of DEÜV and the SV-Ausweis):
 * area (2 digits), date of birth DDMMYY (day may carry +50 / +30 for supplementary numbers), the
 * first letter of the birth name, a 2-digit serial, a check digit. DRV rule: the letter as its
 * 2-digit alphabet position, the 12 digits weighted 2 1 2 5 7 1 2 1 2 1 2 1, cross sums, mod 10.
 */
export function deRvnrValid(raw: string): boolean {
  const v = raw.replace(/[\s/-]/g, '').toUpperCase();
  if (!/^\d{8}[A-Z]\d{3}$/.test(v)) return false;
  const day = Number(v.slice(2, 4)) % 50;
  const month = Number(v.slice(4, 6));
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const pos = v.charCodeAt(8) - 64;
  const digits = `${v.slice(0, 8)}${pos < 10 ? '0' : ''}${pos}${v.slice(9, 11)}`;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += crossSum(digitAt(digits, i) * weights[i]!);
  return sum % 10 === digitAt(v, 11);
}

/**
 * Germany Krankenversichertennummer (the unchangeable part of the eGK's KVNR): a letter, 8 digits,
 * a check digit. GKV-Spitzenverband rule: the letter as its 2-digit alphabet position, the 10
 * digits weighted 1 2 1 2 …, cross sums, mod 10.
 */
export function deKvnrValid(raw: string): boolean {
  const v = raw.toUpperCase();
  if (!/^[A-Z]\d{9}$/.test(v)) return false;
  const pos = v.charCodeAt(0) - 64;
  const digits = `${pos < 10 ? '0' : ''}${pos}${v.slice(1, 9)}`;
  if (allSameChar(v.slice(1, 9))) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += crossSum(digitAt(digits, i) * (i % 2 === 0 ? 1 : 2));
  return sum % 10 === digitAt(v, 9);
}

/**
 * Czech / Slovak rodné číslo: YYMMDD (month + 50 for women, + 20 / + 70 for extra series since
 * 2004), then 3 digits (births before 1954) or 4 digits whose whole number is divisible by 11
 * (or whose first nine digits leave 10 and the last digit is 0).
 */
export function czBirthNumberValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 9 && d.length !== 10) return false;
  let month = Number(d.slice(2, 4));
  if (month > 70) month -= 70;
  else if (month > 50) month -= 50;
  else if (month > 20) month -= 20;
  const day = Number(d.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const yy = Number(d.slice(0, 2));
  if (d.length === 9) return yy >= 0 && yy < 54;
  const rest = Number(d.slice(0, 9)) % 11;
  return (rest === 10 ? 0 : rest) === digitAt(d, 9);
}

const COMPANY_VAT = /^(ATU|BE|CHE|DE|DK|ES|FI|FR|GB|IT|NL|PL|PT)([0-9A-Z]{8,12})(?:MWST|TVA|IVA)?$/;

/**
 * A company's VAT number: the country prefix and that country's published check (python-stdnum's
 * `at.uid`, `be.vat`, `ch.uid`, `de.vat`, `dk.cvr`, `es.cif`, `fi.alv`, `fr.tva`, `gb.vat`,
 * `it.iva`, `nl.btw` (the 2020 mod-97 form), `pl.nip`, `pt.nif` of a legal person (5, 6)), for
 * countries where that number is never a person's own identifier. Not here, since they can be:
 * Spanish NIFs of persons (a DNI or NIE with a letter), Irish VAT numbers (a sole trader's is his
 * PPS), Italian codici fiscali, Swedish organisation numbers (a personnummer), older Dutch VAT
 * numbers (a BSN + B01), and anything without a country prefix. Blanks, dots and dashes allowed.
 */
export function companyVatIdValid(raw: string): boolean {
  if (raw.length < 10 || raw.length > 24) return false;
  const s = raw.toUpperCase().replace(/[\s.-]/g, '');
  const m = COMPANY_VAT.exec(s);
  if (m === null) return false;
  const cc = m[1]!;
  const n = m[2]!;
  if (cc === 'NL') return /^\d{9}B\d{2}$/.test(n) && mod97Remainder(`NL${n}`) === 1;
  if (cc === 'ES') {
    const e = /^([ABCDEFGHJNPQRSUVW])(\d{7})([0-9A-J])$/.exec(n);
    if (e === null) return false;
    let sum = 0;
    for (let i = 0; i < 7; i++) {
      const d = digitAt(e[2]!, i);
      if (i % 2 === 0) sum += d * 2 > 9 ? d * 2 - 9 : d * 2;
      else sum += d;
    }
    const control = (10 - (sum % 10)) % 10;
    return e[3] === String(control) || e[3] === 'JABCDEFGHI'[control];
  }
  if (!/^\d+$/.test(n) || allSameChar(n)) return false;
  switch (cc) {
    case 'ATU': {
      if (n.length !== 8) return false;
      let sum = 0;
      for (let i = 0; i < 7; i++) {
        const p = digitAt(n, i) * (i % 2 === 0 ? 1 : 2);
        sum += p > 9 ? p - 9 : p;
      }
      return (10 - ((sum + 4) % 10)) % 10 === digitAt(n, 7);
    }
    case 'BE': {
      const d = n.length === 9 ? `0${n}` : n;
      if (d.length !== 10 || (d[0] !== '0' && d[0] !== '1')) return false;
      return 97 - (Number(d.slice(0, 8)) % 97) === Number(d.slice(8));
    }
    case 'CHE': {
      if (n.length !== 9) return false;
      const r = 11 - (weighted(n, [5, 4, 3, 2, 7, 6, 5, 4]) % 11);
      return r !== 10 && (r === 11 ? 0 : r) === digitAt(n, 8);
    }
    case 'DE':
      return n.length === 9 && n[0] !== '0' && mod11_10Valid(n);
    case 'DK':
      return n.length === 8 && n[0] !== '0' && weighted(n, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0;
    case 'FI':
      return n.length === 8 && weighted(n, [7, 9, 10, 5, 8, 4, 2, 1]) % 11 === 0;
    case 'FR':
      return n.length === 11 && (12 + 3 * (Number(n.slice(2)) % 97)) % 97 === Number(n.slice(0, 2));
    case 'GB': {
      if (n.length !== 9) return false;
      const total = weighted(n, [8, 7, 6, 5, 4, 3, 2]) + Number(n.slice(7));
      return total % 97 === 0 || (total + 55) % 97 === 0;
    }
    case 'IT':
      return n.length === 11 && luhnValid(n);
    case 'PL': {
      if (n.length !== 10) return false;
      return weighted(n, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === digitAt(n, 9);
    }
    case 'PT':
      return n.length === 9 && (n[0] === '5' || n[0] === '6') && ptNifValid(n);
    default:
      return false;
  }
}

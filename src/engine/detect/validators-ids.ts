/**
 * Check digits of national, tax, health and financial identifiers, from the issuers' published
 * algorithms. Each validator takes the candidate as matched (separators allowed where noted) and
 * answers whether a real issuer could have produced it. Pure, no I/O.
 */
import { allSameChar, digitAt, digitsOnly, luhnValid, weighted } from './validators.js';

/** ABA routing transit number: 9 digits, weights 3-7-1 mod 10, a Federal Reserve prefix (00–12, 21–32, 61–72, 80). */
export function abaRoutingValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 9 || allSameChar(d)) return false;
  const p = Number(d.slice(0, 2));
  if (!(p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80)) return false;
  return weighted(d, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0;
}

/** US NPI: 10 digits starting 1 or 2; Luhn over the ISO prefix 80840 followed by the number (CMS). */
export function npiValid(raw: string): boolean {
  const d = digitsOnly(raw);
  return d.length === 10 && (d[0] === '1' || d[0] === '2') && luhnValid(`80840${d}`);
}

/**
 * US DEA registration number: a registrant-type letter, a letter (the registrant's last-name
 * initial, or 9), 7 digits; (d1+d3+d5) + 2·(d2+d4+d6) ends in d7.
 */
export function deaValid(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}$/.test(s)) return false;
  const d = s.slice(2);
  const sum = digitAt(d, 0) + digitAt(d, 2) + digitAt(d, 4) + 2 * (digitAt(d, 1) + digitAt(d, 3) + digitAt(d, 5));
  return sum % 10 === digitAt(d, 6);
}

/** US ITIN: 9xx, group 50–65, 70–88, 90–92 or 94–99 (IRS). */
export function usItinValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 9 || d[0] !== '9') return false;
  const g = Number(d.slice(3, 5));
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

/**
 * UK National Insurance number (HMRC NIM39110): two prefix letters (not D, F, I, Q, U, V; second
 * not O), prefix not BG, GB, KN, NK, NT, TN, ZZ; six digits; suffix A–D.
 */
export function ukNinoValid(raw: string): boolean {
  const s = raw.replace(/[\s-]/g, '').toUpperCase();
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/.exec(s);
  if (!m) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(s.slice(0, 2));
}

/** UK NHS number: 10 digits, weights 10..2, check = 11 − (sum mod 11), 11 → 0, 10 is never issued. */
export function nhsValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 10 || allSameChar(d)) return false;
  let check = 11 - (weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === digitAt(d, 9);
}

/** Canada SIN: 9 digits, Luhn, first digit not 0 or 8 (8 is unassigned; 0 is for fictitious numbers). */
export function caSinValid(raw: string): boolean {
  const d = digitsOnly(raw);
  return d.length === 9 && d[0] !== '0' && d[0] !== '8' && !allSameChar(d) && luhnValid(d);
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff dihedral-group checksum over a digit string (check digit last). */
export function verhoeffValid(d: string): boolean {
  let c = 0;
  for (let i = 0; i < d.length; i++) {
    const digit = digitAt(d, d.length - 1 - i);
    if (digit < 0 || digit > 9) return false;
    c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![digit]!]!;
  }
  return c === 0;
}

/** India Aadhaar (UIDAI): 12 digits, first digit 2–9, Verhoeff check digit. */
export function aadhaarValid(raw: string): boolean {
  const d = digitsOnly(raw);
  return d.length === 12 && d[0] !== '0' && d[0] !== '1' && !allSameChar(d) && verhoeffValid(d);
}

/** India PAN (Income Tax Dept.): 5 letters with the holder type 4th (P, C, H, F, A, T, B, L, J, G), 4 digits, 1 letter. */
export function inPanValid(raw: string): boolean {
  return /^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$/.test(raw) && raw.slice(5, 9) !== '0000';
}

const NIF_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spain DNI/NIF: 8 digits and the letter at (number mod 23); NIE: X/Y/Z (as 0/1/2), 7 digits, same letter rule. */
export function esNifValid(raw: string): boolean {
  const s = raw.replace(/[\s-]/g, '').toUpperCase();
  let m = /^(\d{8})([A-Z])$/.exec(s);
  if (!m) {
    const nie = /^([XYZ])(\d{7})([A-Z])$/.exec(s);
    if (!nie) return false;
    m = ['', `${'XYZ'.indexOf(nie[1]!)}${nie[2]}`, nie[3]!] as unknown as RegExpExecArray;
  }
  const n = Number(m[1]);
  if (n === 0) return false;
  return NIF_LETTERS[n % 23] === m[2];
}

const CF_ODD: Record<string, number> = {
  '0': 1,
  '1': 0,
  '2': 5,
  '3': 7,
  '4': 9,
  '5': 13,
  '6': 15,
  '7': 17,
  '8': 19,
  '9': 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};

/**
 * Italy codice fiscale (DM 23/12/1976): 6 letters, year, month letter, day (+40 for women),
 * municipality, check letter from the odd/even position tables mod 26. Digits may be replaced by
 * the omocodia letters L–V.
 */
export function itFiscalCodeValid(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[A-Z]{6}[\dLMNP-V]{2}[ABCDEHLMPRST][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = s[i]!;
    if (i % 2 === 0) sum += CF_ODD[ch] ?? 0;
    else sum += ch >= 'A' ? ch.charCodeAt(0) - 65 : ch.charCodeAt(0) - 48;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

/**
 * France NIR (numéro de sécurité sociale): sex 1/2 (3/4/7/8 for provisional), year, month 01–12 or
 * 20–99 (unknown), department (2A/2B for Corsica), commune, order, then key = 97 − (number mod 97).
 */
export function frNirValid(raw: string): boolean {
  const s = raw.replace(/[\s.-]/g, '').toUpperCase();
  const m = /^([1-478])(\d{2})(\d{2})(\d{2}|2A|2B)(\d{3})(\d{3})(\d{2})$/.exec(s);
  if (!m) return false;
  const month = Number(m[3]);
  if (month === 0 || (month > 12 && month < 20)) return false;
  const body = s.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const n = Number(body);
  return 97 - (n % 97) === Number(m[7]);
}

/** Brazil CPF (Receita Federal): 11 digits, two mod-11 check digits; one repeated digit is invalid. */
export function brCpfValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 11 || allSameChar(d)) return false;
  for (const len of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += digitAt(d, i) * (len + 1 - i);
    const r = (sum * 10) % 11;
    if ((r === 10 ? 0 : r) !== digitAt(d, len)) return false;
  }
  return true;
}

/** Brazil CNPJ: 14 digits, two mod-11 check digits with weights 5..2,9..2 and 6..2,9..2. */
export function brCnpjValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 14 || allSameChar(d)) return false;
  const w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  const w2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  for (const w of [w1, w2]) {
    const r = weighted(d, w) % 11;
    if ((r < 2 ? 0 : 11 - r) !== digitAt(d, w.length)) return false;
  }
  return true;
}

/** Australia TFN (ATO): 9 digits (weights 1,4,3,7,5,8,6,9,10) or 8 digits (10,7,8,4,6,3,5,1), sum mod 11 = 0. */
export function auTfnValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (allSameChar(d)) return false;
  if (d.length === 9) return weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
  if (d.length === 8) return weighted(d, [10, 7, 8, 4, 6, 3, 5, 1]) % 11 === 0;
  return false;
}

/** Australia ABN (ABR): 11 digits; subtract 1 from the first, weights 10,1,3,…,19, sum mod 89 = 0. */
export function auAbnValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 11 || d[0] === '0') return false;
  const w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  let sum = (digitAt(d, 0) - 1) * 10;
  for (let i = 1; i < 11; i++) sum += digitAt(d, i) * (w[i] ?? 0);
  return sum % 89 === 0;
}

/** Australia Medicare card: 10 digits (11 with the individual reference), first 2–6, check digit 9 = weights 1,3,7,9 mod 10. */
export function auMedicareValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if ((d.length !== 10 && d.length !== 11) || d[0]! < '2' || d[0]! > '6') return false;
  return weighted(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === digitAt(d, 8);
}

/**
 * Singapore NRIC/FIN (ICA): prefix S/T (citizens), F/G (foreigners), M (foreigners from 2022), 7
 * digits weighted 2,7,6,5,4,3,2, offset 4 for T/G and 3 for M, check letter from the prefix's table.
 */
export function sgNricValid(raw: string): boolean {
  const s = raw.toUpperCase();
  const m = /^([STFGM])(\d{7})([A-Z])$/.exec(s);
  if (!m) return false;
  const p = m[1]!;
  let sum = weighted(m[2]!, [2, 7, 6, 5, 4, 3, 2]);
  if (p === 'T' || p === 'G') sum += 4;
  else if (p === 'M') sum += 3;
  const r = sum % 11;
  const table = p === 'S' || p === 'T' ? 'JZIHGFEDCBA' : p === 'M' ? 'XWUTRQPNJLK' : 'XWUTRQPNMLK';
  return table[r] === m[3];
}

function realDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Poland PESEL: 11 digits, birth date with the century in the month (+80/+0/+20/+40/+60), weights 1,3,7,9 mod 10. */
export function plPeselValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 11 || allSameChar(d)) return false;
  const yy = Number(d.slice(0, 2));
  let month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(month / 20)];
  if (century === undefined) return false;
  month %= 20;
  if (!realDate(century + yy, month, day)) return false;
  const check = (10 - (weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  return check === digitAt(d, 10);
}

/**
 * South Korea resident registration number: YYMMDD, a sex/century digit 1–8, 6 digits; numbers
 * issued before October 2020 end in a check digit (11 − Σ weights 2..9,2..5 mod 11) mod 10.
 */
export function krRrnValid(raw: string): boolean {
  const d = digitsOnly(raw);
  if (d.length !== 13) return false;
  // Sex/century digit: 1, 2, 5, 6 born 1900–1999; 3, 4, 7, 8 born 2000–2099; 9, 0 born 1800–1899
  // (python-stdnum kr.rrn, whose doctest is 971013-9019902).
  const g = digitAt(d, 6);
  const century = g === 9 || g === 0 ? 1800 : g <= 2 || g === 5 || g === 6 ? 1900 : 2000;
  if (!realDate(century + Number(d.slice(0, 2)), Number(d.slice(2, 4)), Number(d.slice(4, 6)))) return false;
  const check = (11 - (weighted(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
  return check === digitAt(d, 12);
}

const VIN_VALUES: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** Vehicle identification number (ISO 3779, 49 CFR 565): 17 characters without I, O, Q; check digit 9 (mod 11, 10 = X). */
export function vinValid(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(s) || !/[A-Z]/.test(s) || !/\d/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = s[i]!;
    const v = ch <= '9' ? ch.charCodeAt(0) - 48 : (VIN_VALUES[ch] ?? 0);
    sum += v * VIN_WEIGHTS[i]!;
  }
  const r = sum % 11;
  return (r === 10 ? 'X' : String(r)) === s[8];
}

/** IMEI (3GPP TS 23.003): 15 digits, Luhn; the TAC's first two digits are a reporting body (not 00). */
export function imeiValid(raw: string): boolean {
  const d = digitsOnly(raw);
  return d.length === 15 && !d.startsWith('00') && !allSameChar(d) && luhnValid(d);
}

/** Mobile country codes of ITU-T E.212 (the list of the operational bulletin), first three digits of an IMSI. */
const MCC = new Set(
  (
    '202 204 206 208 212 213 214 216 218 219 220 221 222 225 226 228 230 231 232 234 235 238 240 242 244 246 247 248 250 255 257 ' +
    '259 260 262 266 268 270 272 274 276 278 280 282 283 284 286 288 289 290 292 293 294 295 297 302 308 310 311 312 313 314 315 316 ' +
    '330 334 338 340 342 344 346 348 350 352 354 356 358 360 362 363 364 365 366 368 370 372 374 376 400 401 402 404 405 406 410 412 ' +
    '413 414 415 416 417 418 419 420 421 422 424 425 426 427 428 429 430 431 432 434 436 437 438 440 441 450 452 454 455 456 457 460 ' +
    '461 466 467 470 472 502 505 510 514 515 520 525 528 530 536 537 539 540 541 542 543 544 545 546 547 548 549 550 551 552 553 554 ' +
    '555 602 603 604 605 606 607 608 609 610 611 612 613 614 615 616 617 618 619 620 621 622 623 624 625 626 627 628 629 630 631 632 ' +
    '633 634 635 636 637 638 639 640 641 642 643 645 646 647 648 649 650 651 652 653 654 655 657 659 702 704 706 708 710 712 714 716 ' +
    '722 724 730 732 734 736 738 740 742 744 746 748 750'
  ).split(' '),
);

/** IMSI (3GPP TS 23.003): 15 digits opening with a mobile country code of ITU-T E.212 (MCC). */
export function imsiValid(digits: string): boolean {
  return digits.length === 15 && MCC.has(digits.slice(0, 3));
}

/** ISO 3166-1 alpha-2 codes, for SWIFT/BIC country positions. */
const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF ' +
    'CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH ' +
    'GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW ' +
    'KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG ' +
    'NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN ' +
    'SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE ' +
    'YT ZA ZM ZW'
  ).split(' '),
);

/** SWIFT/BIC (ISO 9362): 4-letter institution, ISO 3166 country, 2-character location, optional 3-character branch. */
export function swiftBicValid(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(s)) return false;
  return COUNTRIES.has(s.slice(4, 6));
}

/** Latitude and longitude within range, each with at least 3 decimals (a position, not a small number). */
export function latLongValid(lat: string, lon: string): boolean {
  const a = Number(lat);
  const b = Number(lon);
  const decimals = (s: string) => {
    const dot = s.indexOf('.');
    return dot < 0 ? 0 : s.length - dot - 1;
  };
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a) <= 90 && Math.abs(b) <= 180 && decimals(lat) >= 3 && decimals(lon) >= 3;
}

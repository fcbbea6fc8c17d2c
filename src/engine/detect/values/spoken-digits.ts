import { keywordRegex } from '../context.js';
import { runBit } from '../digit-runs.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { candidatePatterns, regexDetector } from './helpers.js';
import { luhnValid } from '../validators.js';
import { normalizeForEntity } from '../../mask/normalize.js';

/**
 * Numbers read out digit by digit, as speech recognition transcribes them in IVR, voice-assistant
 * and contact-centre logs: "my social is zero seven eight zero five one one two zero", "card four
 * two four two …", "two oh two, five five five, oh one nine one", or single digits set apart by
 * blanks ("4 1 7 7 2 9 0 0 3 1"). A run is six or more such digits ("oh" for zero, "double five"
 * for 55; English, German, French, Spanish, and Hindi / Nepali / Marathi number words) separated by blanks, commas, dots or
 * dashes. Its digits are read into a plain number, which is masked whole (the span runs from the
 * first word to the last) when it is what a numeric detector would report:
 * - 13 to 19 digits with a Luhn checksum: a payment card, whatever stands before it;
 * - otherwise by the word within 40 characters before the run: card (CREDIT_CARD, 12–19 digits),
 *   social / SSN (US_SSN, 9 digits; a published sample too: read out after its name it is one),
 *   phone / cell / mobile / call (PHONE, 7–15), account / acct / Konto (BANK_ACCOUNT, 6–20);
 * - otherwise by how it is grouped: 3, 3, 4 a North American phone, 3, 2, 4 an SSN / ITIN
 *   (readingOfGroups); then after a code word (code, OTP, PIN) 6–8 digits are a code (SECRET).
 * Without such a word a run stays: counting, scores and version strings are read out too.
 */

/** Number word → its digit. */
const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  // German
  null: '0',
  eins: '1',
  zwei: '2',
  zwo: '2',
  drei: '3',
  vier: '4',
  fünf: '5',
  sechs: '6',
  sieben: '7',
  acht: '8',
  neun: '9',
  // French
  zéro: '0',
  un: '1',
  deux: '2',
  trois: '3',
  quatre: '4',
  cinq: '5',
  sept: '7',
  huit: '8',
  neuf: '9',
  // Spanish
  cero: '0',
  uno: '1',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  ocho: '8',
  nueve: '9',
  // Hindi, Nepali and Marathi (Devanagari; red-team round 17: IVR transcripts `नौ आठ चार एक …`).
  शून्य: '0',
  एक: '1',
  दो: '2',
  दुई: '2',
  दोन: '2',
  तीन: '3',
  चार: '4',
  पाँच: '5',
  पांच: '5',
  पाच: '5',
  छह: '6',
  छ: '6',
  सहा: '6',
  सात: '7',
  आठ: '8',
  नौ: '9',
  नऊ: '9',
};

const WORDS = Object.keys(DIGIT_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** One spoken digit: a number word (optionally doubled or tripled) or a lone ASCII digit. */
const TOKEN = `(?:(?:(?:double|triple)\\s+)?(?:${WORDS})(?![\\p{L}\\d])|(?<!\\d)\\d(?![\\p{L}\\d]))`;
const SEPARATOR = '(?:\\s*[,.;-]?\\s+|\\s*[,-]\\s*)';
/** Six or more spoken digits in a row, starting and ending a word. */
const RUN = new RegExp(`(?<![\\p{L}\\d])${TOKEN}(?:${SEPARATOR}${TOKEN}){5,}`, 'giu');
const TOKEN_ONLY = new RegExp(TOKEN, 'giu');

/** The digits a run reads as (`double five` → 55). */
function digitsOf(run: string): string {
  let digits = '';
  TOKEN_ONLY.lastIndex = 0;
  for (let m = TOKEN_ONLY.exec(run); m !== null; m = TOKEN_ONLY.exec(run)) {
    const words = m[0].toLowerCase().split(/\s+/);
    const last = words[words.length - 1]!;
    const digit = DIGIT_WORDS[last] ?? last;
    const times = words.length === 2 ? (words[0] === 'double' ? 2 : 3) : 1;
    digits += digit.repeat(times);
  }
  return digits;
}

interface Reading {
  entity: string;
  context: RegExp;
  min: number;
  max: number;
}

/** The entity a run takes from the word before it, in this order. */
const READINGS: readonly Reading[] = [
  {
    entity: 'CREDIT_CARD',
    context: keywordRegex(['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'karte', 'carte', 'tarjeta']),
    min: 12,
    max: 19,
  },
  {
    entity: 'US_SSN',
    context: keywordRegex(['social', 'ssn', 'security number', 'sozialversicherung']),
    min: 9,
    max: 9,
  },
  {
    entity: 'PHONE',
    context: keywordRegex([
      'phone',
      'cell',
      'mobile',
      'call',
      'reach me',
      'telephone',
      'tel',
      'handy',
      'telefon',
      'nummer',
      'portable',
      'téléphone',
      'teléfono',
      'móvil',
      'celular',
      'नम्बर',
      'नंबर',
      'मोबाइल',
      'फोन',
    ]),
    min: 7,
    max: 15,
  },
  {
    entity: 'BANK_ACCOUNT',
    context: keywordRegex(['account', 'acct', 'konto', 'compte', 'cuenta']),
    min: 6,
    max: 20,
  },
];

const WINDOW = 40;

/**
 * A code read back (`the code is nine six nine, four two nine`, red-team round 24): 6–8 digits
 * after a word for a one-time code or a PIN. Tried after the readings above.
 */
const CODE_READING: Reading = {
  entity: 'SECRET',
  context: keywordRegex(['code', 'otp', 'pin', 'passcode', 'verification', 'código', 'bestätigungscode']),
  min: 6,
  max: 8,
};

/**
 * How a person groups a number they read out, by the commas, dashes and dots they pause at: a
 * North American phone is said `four one five, five five five, oh one four seven` (3, 3, 4;
 * with a leading 1: 1, 3, 3, 4) and a US SSN or ITIN `nine one two, seven zero, one two three
 * four` (3, 2, 4). Such a grouping says what the number is without a word before it.
 */
function readingOfGroups(run: string, digits: string): string | undefined {
  const sizes = run.split(/\s*[,;.-]\s*/).map((g) => digitsOf(g).length);
  const shape = sizes.join(',');
  if (shape === '3,3,4' && digits.charCodeAt(0) >= 50 && digits.charCodeAt(3) >= 50) return 'PHONE';
  if (shape === '1,3,3,4' && digits[0] === '1' && digits.charCodeAt(1) >= 50 && digits.charCodeAt(4) >= 50) return 'PHONE';
  if (
    shape === '3,2,4' &&
    !digits.startsWith('000') &&
    !digits.startsWith('666') &&
    digits.slice(3, 5) !== '00' &&
    !digits.endsWith('0000')
  )
    return 'US_SSN';
  return undefined;
}

/** The entity of a run of `digits` starting at `start`, or undefined when it stays. */
function readingOf(digits: string, scan: TextScan, start: number, run: string): string | undefined {
  const n = digits.length;
  if (n >= 13 && n <= 19 && luhnValid(digits)) return 'CREDIT_CARD';
  const before = scan.lower().slice(Math.max(0, start - WINDOW), start);
  for (const r of READINGS) if (n >= r.min && n <= r.max && r.context.test(before)) return r.entity;
  if ((n === 9 || n === 10 || n === 11) && /[,;.-]/.test(run)) {
    const grouped = readingOfGroups(run, digits);
    if (grouped !== undefined) return grouped;
  }
  if (n >= CODE_READING.min && n <= CODE_READING.max && CODE_READING.context.test(before)) return CODE_READING.entity;
  return undefined;
}

/**
 * Seven or more single ASCII digits set apart by blanks or dashes: the separators of TextScan's
 * `numeric` and `digitRun`, whose gates such a run always passes.
 */
const SPACED_RUN = /(?<![\p{L}\d])\d(?:[ -]{1,3}\d(?![\p{L}\d])){6,}/gu;
/**
 * The prefilter's probe: SPACED_RUN's matches start with a digit, so it is tried from the text's
 * first digit when the digit profile (read by then for every numeric text up to 16 KB) says where
 * that is (TextScan.digitsFrom), as `find` is.
 */
const HAS_SPACED_RUN = new RegExp(SPACED_RUN.source, 'gu');
function hasSpacedRun(scan: TextScan): boolean {
  HAS_SPACED_RUN.lastIndex = scan.digitsFrom;
  return HAS_SPACED_RUN.test(scan.text);
}

/** `from`: where the search starts (the first digit for a pattern whose matches start with one). */
function findRuns(scan: TextScan, out: Span[], priority: number, detector: string, pattern: RegExp, from = 0): void {
  const text = scan.text;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const digits = digitsOf(m[0]);
    const entity = readingOf(digits, scan, m.index, m[0]);
    if (entity === undefined) continue;
    out.push({ start: m.index, end: m.index + m[0].length, entity, detector, normalized: normalizeForEntity(entity, digits), priority });
  }
}

/** Number words of which a run of six digit words almost always holds one (a string without any costs nothing). */
const SPOKEN_KEYWORDS = [
  'zero',
  'three',
  'four',
  'five',
  'seven',
  'eight',
  'nine',
  'drei',
  'vier',
  'fünf',
  'sieben',
  'acht',
  'neun',
  'trois',
  'quatre',
  'cinq',
  'huit',
  'neuf',
  'cuatro',
  'cinco',
  'siete',
  'ocho',
  'nueve',
  'तीन',
  'चार',
  'सात',
  'आठ',
  'नौ',
];

/** A run of six or more number words. */
export const spokenDigits: ValueDetector = {
  id: 'spoken_digits',
  entity: 'CREDIT_CARD',
  description:
    'Card, SSN, phone and account numbers read out as number words (IVR and voice-assistant transcripts; English, German, French, Spanish, Hindi, Nepali, Marathi)',
  validation:
    'six or more number words in a row read as digits; a card by Luhn (13–19 digits) or after a card word; an SSN (9), phone (7–15) or account (6–20) after its word',
  context: true,
  example: 'my social is zero seven eight zero five one one two one',
  keywords: SPOKEN_KEYWORDS,
  // Six one-letter tokens and their blanks are 11 characters.
  prefilter: (s) => s.text.length >= 11,
  find: (scan, out, priority) => findRuns(scan, out, priority, 'spoken_digits', RUN),
};

/** Digits set apart by blanks or dashes ("4 1 7 7 2 9 0 0 3 1"): seven or more single digits. */
export const spacedDigits: ValueDetector = {
  id: 'spaced_digits',
  entity: 'CREDIT_CARD',
  description: 'Card, SSN, phone and account numbers typed or transcribed one digit at a time ("4 1 7 7 2 9 0 0 3 1")',
  validation: 'seven or more single digits separated by blanks or dashes; the same readings as spoken_digits',
  context: true,
  example: 'account number 4 1 7 7 2 9 0 0 3 1',
  requires: 'numeric',
  prefilter: (s) => s.digitRun >= 7 && (s.digitRuns & runBit(1)) !== 0 && hasSpacedRun(s),
  find: (scan, out, priority) => findRuns(scan, out, priority, 'spaced_digits', SPACED_RUN, scan.digitsFrom),
};

// The candidates the digit-run needs are checked against (test/unit/engine/digit-run-needs.test.ts).
candidatePatterns.set(spacedDigits, [SPACED_RUN]);

/**
 * A card number whose groups are joined by a spoken separator or an odd one (red-team round 24:
 * `5200 dash 8282 dash 8282 dash 8210` from speech recognition, `4111 1111 / 1111 1111` and
 * `3566-0020_2036.0505` typed to slip past a filter): groups of 2–6 digits joined by `dash`,
 * `slash`, `hyphen`, `/` or `_` (at least once) and blanks, `-` or `.`; 13–19 digits with a Luhn
 * checksum.
 */
const ODD_SEPARATED = /(?<![\w./-])\d{2,6}(?:(?:\s+(?:dash|slash|hyphen)\s+|\s{0,2}\/\s{0,2}|_|[ .-])\d{2,6}){2,6}(?![\w/-]|\.\d)/gi;
const ODD_SEPARATOR = /\s(?:dash|slash|hyphen)\s|\/|_/i;

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Whether `/` or `_` (blanks around `/`) or a spoken separator joins two digits somewhere in the text. */
function hasOddJoin(scan: TextScan): boolean {
  const text = scan.text;
  for (const sep of ['_', '/']) {
    for (let k = text.indexOf(sep); k !== -1; k = text.indexOf(sep, k + 1)) {
      let b = k - 1;
      let a = k + 1;
      if (sep === '/') {
        if (text.charCodeAt(b) === 32) b--;
        if (text.charCodeAt(a) === 32) a++;
      }
      if (isDigitAt(text, b) && isDigitAt(text, a)) return true;
    }
  }
  const lower = scan.lower();
  for (const word of [' dash ', ' slash ', ' hyphen ']) {
    const k = lower.indexOf(word);
    if (k > 0 && isDigitAt(lower, k - 1)) return true;
  }
  return false;
}

export const oddSeparatedCard = regexDetector({
  id: 'card_odd_separators',
  entity: 'CREDIT_CARD',
  description: 'Card numbers whose groups are joined by spoken or odd separators (5200 dash 8282 …, 4111 1111 / 1111 1111)',
  validation:
    'groups of 2–6 digits joined by dash / slash / hyphen words, `/` or `_` (at least once) and blanks, `-` or `.`; 13–19 digits with a Luhn checksum',
  context: false,
  example: '5200 dash 8282 dash 8282 dash 8210',
  keywords: [' dash ', ' slash ', ' hyphen ', '/', '_'],
  // A separator of the pattern's own between two digits, found with native searches: prose with
  // URLs, paths and numbers but no such join costs no regex.
  prefilter: (s) => s.hasDigit && hasOddJoin(s),
  pattern: ODD_SEPARATED,
  validate: (v) => {
    if (!ODD_SEPARATOR.test(v)) return undefined;
    const digits = v.replace(/\D/g, '');
    return digits.length >= 13 && digits.length <= 19 && luhnValid(digits) ? digits : undefined;
  },
});

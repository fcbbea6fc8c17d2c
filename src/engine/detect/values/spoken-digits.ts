import { keywordRegex } from '../context.js';
import { runBit } from '../digit-runs.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { candidatePatterns } from './helpers.js';
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
 *   phone / cell / mobile / call (PHONE, 7–15), account / acct / Konto (BANK_ACCOUNT, 6–20).
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

/** The entity of a run of `digits` starting at `start`, or undefined when it stays. */
function readingOf(digits: string, scan: TextScan, start: number): string | undefined {
  const n = digits.length;
  if (n >= 13 && n <= 19 && luhnValid(digits)) return 'CREDIT_CARD';
  const before = scan.lower().slice(Math.max(0, start - WINDOW), start);
  for (const r of READINGS) if (n >= r.min && n <= r.max && r.context.test(before)) return r.entity;
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
    const entity = readingOf(digits, scan, m.index);
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

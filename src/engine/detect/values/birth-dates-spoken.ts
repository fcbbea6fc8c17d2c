import { plausibleBirthDate } from '../validators.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';
import { monthNumber } from './pii.js';

/**
 * Dates of birth as people type or say them right after an English birth word (red-team round
 * 24): a two-digit year (`dob 2-9-87`, `born on the 5th of march 88`, `b-day jul 4 '79`), a day
 * with `of` (`born on the 3rd of nov 1991`) and a date read out in words (`date of birth is june
 * the fourth nineteen ninety two`, `born the twelfth of may two thousand and one`). date_of_birth
 * reads four-digit years and `3 Nov 1991` / `Nov 3, 1991` only. These shorter forms are dates of
 * anything in prose, so the birth word must stand right before (only a label sign or `is` / `on
 * the` between), and the shared keyword pass finds it first: text without one never runs the
 * pattern.
 */
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]{0,6}\\.?';

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

/** Word → value for the spoken numbers of a date. */
const WORD_VALUE = new Map<string, number>();
const numbered: readonly (readonly [readonly string[], (i: number) => number])[] = [
  [UNITS, (i) => i + 1],
  [TEENS, (i) => i + 10],
  [TENS, (i) => (i + 2) * 10],
  [ORDINAL_UNITS, (i) => i + 1],
  [ORDINAL_TEENS, (i) => i + 10],
];
for (const [words, numberOf] of numbered) for (const [i, w] of words.entries()) WORD_VALUE.set(w, numberOf(i));
WORD_VALUE.set('twentieth', 20);
WORD_VALUE.set('thirtieth', 30);
WORD_VALUE.set('oh', 0);
WORD_VALUE.set('o', 0);

const UNIT = `(?:${UNITS.join('|')})`;
const ORDINAL_DAY = `(?:(?:twenty|thirty)[ -]?(?:${ORDINAL_UNITS.join('|')})|${ORDINAL_UNITS.join('|')}|${ORDINAL_TEENS.join('|')}|twentieth|thirtieth)`;
/** The last two digits of a year in words: `ninety two`, `eighty`, `fifteen`, `oh five`. */
const YEAR_TAIL = `(?:(?:${TENS.join('|')})(?:[ -]${UNIT})?|${TEENS.join('|')}|(?:oh|o) ${UNIT})`;
const YEAR_WORDS = `(?:nineteen ${YEAR_TAIL}|two thousand(?: and)?(?: ${YEAR_TAIL}| ${UNIT})?|twenty ${YEAR_TAIL})`;
const DIGIT_DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** A year in digits: two (`87`, `'87`) or four. */
const DIGIT_YEAR = "'?(?:\\d{2}|(?:19|20)\\d{2})";

const SPOKEN_DATE = new RegExp(
  `(?<![\\w.'/-])(?:` +
    // 2-9-87, 02/09/87
    `\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2}` +
    // 3rd of nov 1991, 5th of march 88, 5 march 88, the twelfth of may two thousand and one
    `|(?:${DIGIT_DAY}|${ORDINAL_DAY})(?: of)? ${MONTH},? (?:${DIGIT_YEAR}|${YEAR_WORDS})` +
    // june the fourth nineteen ninety two, jul 4 '79, march 5th 88
    `|${MONTH} (?:the )?(?:${DIGIT_DAY}|${ORDINAL_DAY}),? (?:${DIGIT_YEAR}|${YEAR_WORDS})` +
    `)(?![\\w'/-]|\\.\\d)`,
  'gi',
);

const BIRTH_WORDS = ['born', 'dob', 'd.o.b', 'birth', 'birthday', 'bday', 'b-day'];
/** The value of a run of number words (`nineteen ninety two` → [19, 92]; `two thousand and one` → [2001]). */
function spokenYear(words: string): number | undefined {
  const w = words.toLowerCase().replace(/-/g, ' ').split(/\s+/);
  if (w[0] === 'two' && w[1] === 'thousand') {
    let rest = 0;
    for (const x of w.slice(2)) if (x !== 'and') rest += WORD_VALUE.get(x) ?? Number.NaN;
    return 2000 + rest;
  }
  const century = WORD_VALUE.get(w[0] ?? '');
  if (century === undefined) return undefined;
  let tail = 0;
  for (const x of w.slice(1)) tail += WORD_VALUE.get(x) ?? Number.NaN;
  return century * 100 + tail;
}

function spokenDay(words: string): number {
  let day = 0;
  for (const x of words.toLowerCase().split(/[ -]/)) day += WORD_VALUE.get(x) ?? Number.NaN;
  return day;
}

function digitYear(raw: string): number {
  const y = Number(raw.replace("'", ''));
  if (raw.replace("'", '').length === 4) return y;
  return y > new Date().getUTCFullYear() % 100 ? 1900 + y : 2000 + y;
}

const fmt = (y: number, m: number, d: number) =>
  plausibleBirthDate(y, m, d) ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;

const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2})$/;
const DAY_FIRST = new RegExp(`^(${DIGIT_DAY}|${ORDINAL_DAY})(?: of)? ${MONTH},? (.+)$`, 'i');
const MONTH_FIRST = new RegExp(`^${MONTH} (?:the )?(${DIGIT_DAY}|${ORDINAL_DAY}),? (.+)$`, 'i');

/** The date in YYYY-MM-DD, or undefined when it is no real birth date. */
function parseSpokenDate(v: string): string | undefined {
  const numeric = NUMERIC.exec(v);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const y = digitYear(numeric[3] ?? '');
    return fmt(y, b, a) ?? fmt(y, a, b);
  }
  let day: string | undefined;
  let month: string | undefined;
  let year: string | undefined;
  const dayFirst = DAY_FIRST.exec(v);
  if (dayFirst) [, day, month, year] = dayFirst;
  else {
    const monthFirst = MONTH_FIRST.exec(v);
    if (!monthFirst) return undefined;
    [, month, day, year] = monthFirst;
  }
  const m = monthNumber(month?.toLowerCase());
  const d = /^\d/.test(day ?? '') ? Number.parseInt(day ?? '', 10) : spokenDay(day ?? '');
  const y = /^'?\d/.test(year ?? '') ? digitYear(year ?? '') : spokenYear(year ?? '');
  return y === undefined ? undefined : fmt(y, m, d);
}

/**
 * What may stand between the birth word and the date: a label sign, `is`, `on the`, `date`, and a
 * question's end with the first words of its answer (`date of birth please? sure, it's the …`: a
 * transcript's question and the next turn, read together in structure/split-pieces.ts), and a
 * note's `on file` / `on record` (`DOB on file 4/9/86`, red-team round 40), and the answering
 * turn's speaker label (`confirm your date of birth? Customer: may fifth nineteen eighty two`: a
 * QA scorecard's quoted evidence, red-team round 84).
 */
const BIRTH_GAP =
  /[\s:=#,.?-]*(?:(?:is|was|on|the|of|date|day|please|sure|yes|yeah|ok|okay|it's|its|it|my|file|record|customer|caller|cust|client|member|patient)\b[\s:,.?-]*){0,4}/iy;
/** The date read right where the gap ends. */
const SPOKEN_DATE_AT = new RegExp(SPOKEN_DATE.source, 'iy');
/** The birth words as they are searched in the lower-cased text (each ends the gap's search start). */
const BIRTH_STEMS = ['born', 'dob', 'd.o.b', 'birth', 'bday', 'b-day'];

function spokenDateAt(scan: TextScan, from: number, out: Span[], priority: number): void {
  const text = scan.text;
  BIRTH_GAP.lastIndex = from;
  if (BIRTH_GAP.exec(text) === null) return;
  SPOKEN_DATE_AT.lastIndex = BIRTH_GAP.lastIndex;
  const m = SPOKEN_DATE_AT.exec(text);
  if (m === null) return;
  const v = m[0];
  // Four-digit years in the forms date_of_birth reads are its own.
  if (/\d{4}$/.test(v) && !/ of |the /i.test(v)) return;
  const date = parseSpokenDate(v);
  if (date === undefined) return;
  out.push({
    start: m.index,
    end: m.index + v.length,
    entity: 'DATE_OF_BIRTH',
    detector: 'date_of_birth_spoken',
    normalized: date,
    priority,
  });
}

/**
 * Read only right after each birth word (the keyword pass found one): the date pattern is long,
 * and run over a whole text it would try its alternatives at every position.
 */
export const dateOfBirthSpoken: ValueDetector = {
  ...detectorFields({
    id: 'date_of_birth_spoken',
    entity: 'DATE_OF_BIRTH',
    description: 'Dates of birth with a two-digit year, a day "of" a month, or read out in English words',
    validation:
      'a calendar date that exists, year 1900–now (a two-digit year in the last hundred years); an English birth word (born, dob, date of birth, birthday) right before, with only a label sign or `is` / `on the` between',
    context: true,
    example: 'dob 2-9-87',
    keywords: BIRTH_WORDS,
    prefilter: (s) =>
      s.text.length >= 8 &&
      (s.hasDigit || s.text.indexOf('nineteen') !== -1 || s.text.indexOf('thousand') !== -1 || s.text.indexOf('twenty') !== -1),
  }),
  find: (scan, out, priority) => {
    const lower = scan.lower();
    // Lower-casing keeps indexes unless a letter grows (İ): such text is not read.
    if (lower.length !== scan.text.length) return;
    for (const stem of BIRTH_STEMS) {
      for (let k = lower.indexOf(stem); k !== -1; k = lower.indexOf(stem, k + stem.length)) {
        if (k > 0 && /[a-z]/.test(lower[k - 1]!)) continue;
        // `birthday`, `birthdate`, `dob:`: the gap starts after the whole word.
        let end = k + stem.length;
        while (end < lower.length && lower.charCodeAt(end) >= 97 && lower.charCodeAt(end) <= 122) end++;
        spokenDateAt(scan, end, out, priority);
      }
    }
  },
};

import { keywordRegex } from '../context.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { normalizeForEntity } from '../../mask/normalize.js';

/**
 * Russian phone numbers dictated in compound number words, as speech-to-text writes a call
 * centre's or a voice assistant's transcript: `восемь девятьсот двенадцать триста сорок пять
 * шестьдесят семь восемьдесят девять` is 8 912 345-67-89, read group by group (a unit, hundreds
 * with their tens and units, tens with their unit). spoken_digits reads one word per digit.
 *
 * The words are read into groups: a group ends where the next word is not of a lower order than
 * the group's last (после единиц — новая группа; после десятков — только единица; после сотен —
 * десятки, «-надцать» или единица); each group gives its digits (`девятьсот пять` → 905, `сорок` →
 * 40, `двенадцать` → 12). A run of three or more groups that reads as a Russian mobile (10 digits
 * from 9, or 11 from 79 / 89) is a phone; other lengths only after a phone word (телефон, тел,
 * номер, позвоните) within 40 characters before. Runs only where the keyword index found a tens
 * word.
 */
const UNITS: Readonly<Record<string, number>> = {
  ноль: 0,
  нуль: 0,
  один: 1,
  одна: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  девятнадцать: 19,
};
const TENS: Readonly<Record<string, number>> = {
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
};
const HUNDREDS: Readonly<Record<string, number>> = {
  сто: 100,
  двести: 200,
  триста: 300,
  четыреста: 400,
  пятьсот: 500,
  шестьсот: 600,
  семьсот: 700,
  восемьсот: 800,
  девятьсот: 900,
};
const ALL_WORDS = [...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), ...Object.keys(HUNDREDS)]
  .sort((a, b) => b.length - a.length)
  .join('|');
/** Five or more number words in a row, set apart by blanks, commas or dashes. */
const RUN = new RegExp(`(?<![а-яё])(?:${ALL_WORDS})(?:[\\s,-]{1,3}(?:${ALL_WORDS})){4,}(?![а-яё])`, 'giu');
const WORD = new RegExp(ALL_WORDS, 'giu');
const PHONE_WORDS = keywordRegex(['телефон', 'тел', 'номер', 'позвоните', 'звоните', 'мобильный', 'сотовый']);
const RU_MOBILE = /^(?:[78]?9\d{9})$/;
const WINDOW = 40;

/** The digits of the groups a run of number words reads as, and how many groups. */
function groupsOf(run: string): { digits: string; groups: number } {
  let digits = '';
  let groups = 0;
  // Order of the current group's last word: 3 hundreds, 2 tens, 1 teen or unit, 0 none.
  let order = 0;
  let hundreds = -1;
  let tens = -1;
  let units = -1;
  const close = () => {
    if (order === 0) return;
    groups++;
    if (hundreds >= 0) digits += String(hundreds * 100 + Math.max(tens, 0) + Math.max(units, 0)).padStart(3, '0');
    else if (tens >= 0) digits += String(tens + Math.max(units, 0));
    else digits += String(units);
    order = 0;
    hundreds = tens = units = -1;
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(run); m !== null; m = WORD.exec(run)) {
    const w = m[0].toLowerCase();
    if (w in HUNDREDS) {
      close();
      hundreds = HUNDREDS[w]! / 100;
      order = 3;
    } else if (w in TENS) {
      if (order !== 3) close();
      tens = TENS[w]!;
      order = 2;
    } else if (w in TEENS) {
      if (order !== 3) close();
      tens = TEENS[w]!;
      order = 1;
    } else {
      // A unit ends a group that has one already (or a teen); a zero is a group of its own.
      if (order < 2 || UNITS[w] === 0) close();
      units = UNITS[w]!;
      order = 1;
      if (w === 'ноль' || w === 'нуль') close();
    }
  }
  close();
  return { digits, groups };
}

export const spokenNumbersRu: ValueDetector = {
  id: 'spoken_numbers_ru',
  entity: 'PHONE',
  description: 'Russian phone numbers dictated in compound number words (voice transcripts)',
  validation:
    'five or more Russian number words read group by group; a Russian mobile (10 digits from 9, 11 from 79 / 89) as is, 7–15 digits after a phone word (телефон, номер) within 40 characters before',
  context: true,
  example: 'восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят девять',
  // A number dictated in groups holds a tens word (двадцать…девяносто, -надцать) almost always.
  keywords: ['десят', 'дцать', 'сорок', 'девяносто'],
  prefilter: (s) => s.text.length >= 30,
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    RUN.lastIndex = 0;
    for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
      const { digits, groups } = groupsOf(m[0]);
      if (groups < 3) continue;
      const mobile = RU_MOBILE.test(digits);
      if (!mobile) {
        if (digits.length < 7 || digits.length > 15) continue;
        if (!PHONE_WORDS.test(scan.lower().slice(Math.max(0, m.index - WINDOW), m.index))) continue;
      }
      const e164 = digits.length === 10 ? `+7${digits}` : digits.length === 11 && mobile ? `+7${digits.slice(1)}` : digits;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        entity: 'PHONE',
        detector: 'spoken_numbers_ru',
        normalized: normalizeForEntity('PHONE', e164),
        priority,
      });
    }
  },
};

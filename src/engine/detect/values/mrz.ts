/**
 * Machine-readable zones of passports and identity cards (ICAO Doc 9303 Parts 4–6), as OCR,
 * KYC vendors and document-AI processors write them into records: the holder's names, document
 * number, nationality, date of birth and sex in fixed-width lines of A–Z, 0–9 and the filler `<`.
 *
 * A zone is recognised by the line that holds the document number and the date of birth, whose
 * check digits (weights 7, 3, 1; `<` = 0, A = 10 … Z = 35) must hold: TD3 passports and TD2
 * cards (`L898902C36UTO7408122F1204159…`: number, check, nationality, birth date, check, sex,
 * expiry, check) and TD1 cards (line 1 `I<UTOD231458907…`: number and check; line 2
 * `7408122F1204159UTO…`: birth date and check). The whole zone is masked, the line of names
 * before (TD3 / TD2) or after (TD1) included, whether its lines are joined by line breaks or by
 * blanks, as OCR output joins them. A TD3 / TD2 line of names also stands alone, by its layout, and
 * so does a TD1 first line (30 characters, an identity-card code, its number's check digit).
 */
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';

/** ICAO 9303 Part 3 §4.9 check digit of a field. */
export function mrzCheckDigit(field: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0;
    sum += v * weights[i % 3]!;
  }
  return sum % 10;
}

const check = (field: string, digit: string) => mrzCheckDigit(field) === Number(digit);

/** TD3 / TD2 second line: number, check, nationality, birth date, check, sex, expiry, check, the rest. */
const TD3_DATA = /(?<![A-Z0-9<])([A-Z0-9<]{9})(\d)[A-Z<]{3}(\d{6})(\d)[MFX<](\d{6})(\d)[A-Z0-9<]{0,16}/g;
/** TD1 first line: document code, issuer, number, check, optional data. */
const TD1_FIRST = /(?<![A-Z0-9<])[A-Z][A-Z<][A-Z<]{3}([A-Z0-9<]{9})(\d)[A-Z0-9<]{15}/g;
/** The document codes a TD1 card's first line starts with. */
const TD1_CODES = 'IAC';
/**
 * How an OCR service or a log joins the lines of a zone: blanks or a line break, an escaped line
 * break (`\n`), or the `","` between the items of a JSON array of lines (escaped too, round 35).
 */
const LINE_JOIN = String.raw`(?:\s{1,2}|(?:\\r)?\\n|\\?"\s?,\s?\\?")`;
/** TD1 second line after the first: birth date, check, sex, expiry, check. */
const TD1_SECOND = new RegExp(String.raw`^${LINE_JOIN}(\d{6})(\d)[MFX<](\d{6})(\d)[A-Z<]{3}[A-Z0-9<]{11}\d`);
/** The line of names: 30 (TD1), 36 (TD2) or 44 (TD3) characters of letters and fillers. */
const NAME_LINE_AFTER = new RegExp(`^${LINE_JOIN}[A-Z<]{30}`);
const NAME_LINE_BEFORE = /[A-Z][A-Z<][A-Z<]{3}[A-Z<]{31,39}\s{1,2}$/;
/**
 * The line of names alone (a reader that logs each line in its own field, `mrz_line1`): a TD3 (44)
 * or TD2 (36) line with a document code (P, I, A, C, V), a filler or type letter, the issuing
 * state, the primary identifier, `<<` and the secondary identifier, filled with `<` to the end.
 */
const NAME_LINE_ALONE =
  /(?<![A-Z0-9<])[PIACV][A-Z<][A-Z]{3}[A-Z]{1,39}(?:<[A-Z]{1,39}){0,6}<<[A-Z]{1,39}(?:<[A-Z]{1,39}){0,6}<{0,39}(?![A-Z0-9<])/g;

/** A TD1 names line alone: primary identifier, `<<`, secondary identifier, filled with `<` to 30 characters. */
const TD1_NAMES_ALONE = /^[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*<+$/;

export const mrz: ValueDetector = {
  ...detectorFields({
    id: 'mrz',
    entity: 'MRZ',
    description: 'Machine-readable zones of passports and identity cards (ICAO 9303 TD1, TD2, TD3), names line included',
    validation: 'document-number and birth-date check digits (weights 7, 3, 1) of the data line; the names line next to it joins the span',
    context: false,
    example: 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10',
    keywords: ['<<'],
    prefilter: (s) => s.text.length >= 30,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    TD3_DATA.lastIndex = 0;
    for (let m = TD3_DATA.exec(text); m !== null; m = TD3_DATA.exec(text)) {
      if (!check(m[1]!, m[2]!) || !check(m[3]!, m[4]!) || !check(m[5]!, m[6]!)) continue;
      const names = NAME_LINE_BEFORE.exec(text.slice(Math.max(0, m.index - 46), m.index));
      const start = names === null ? m.index : m.index - names[0].length;
      push(out, text, start, m.index + m[0].length, priority);
    }
    NAME_LINE_ALONE.lastIndex = 0;
    for (let m = NAME_LINE_ALONE.exec(text); m !== null; m = NAME_LINE_ALONE.exec(text)) {
      if (m[0].length !== 44 && m[0].length !== 36) continue;
      if (out.some((o) => o.detector === 'mrz' && o.start <= m!.index && o.end > m!.index)) continue;
      push(out, text, m.index, m.index + m[0].length, priority);
    }
    // A TD1 line as a whole value (an OCR service's array of lines, `mrz_line1`): the first line
    // by its identity-card code and its number's check digit, the names line by its `<<` and its filling to 30 (round 35).
    if (text.length === 30) {
      TD1_FIRST.lastIndex = 0;
      const first = TD1_FIRST.exec(text);
      if ((first !== null && TD1_CODES.includes(text[0]!) && check(first[1]!, first[2]!)) || TD1_NAMES_ALONE.test(text)) {
        push(out, text, 0, 30, priority);
        return;
      }
    }
    TD1_FIRST.lastIndex = 0;
    for (let m = TD1_FIRST.exec(text); m !== null; m = TD1_FIRST.exec(text)) {
      if (!check(m[1]!, m[2]!)) continue;
      let end = m.index + m[0].length;
      const second = TD1_SECOND.exec(text.slice(end, end + 38));
      if (second === null || !check(second[1]!, second[2]!)) {
        // The first line alone (a reader that logs each line in its own field, `mrz1`): 30
        // characters exactly, an identity-card code (I, A, C) and fillers; its number's check holds.
        if (TD1_CODES.includes(m[0][0]!) && m[0].includes('<<') && !/[A-Z0-9<]/.test(text[end] ?? ''))
          push(out, text, m.index, end, priority);
        continue;
      }
      end += second[0].length;
      const names = NAME_LINE_AFTER.exec(text.slice(end, end + 36));
      if (names !== null) end += names[0].length;
      push(out, text, m.index, end, priority);
      TD1_FIRST.lastIndex = end;
    }
  },
};

function push(out: Span[], text: string, start: number, end: number, priority: number): void {
  const value = text.slice(start, end);
  out.push({ start, end, entity: 'MRZ', detector: 'mrz', normalized: value.replace(/\s+/g, ''), priority });
}

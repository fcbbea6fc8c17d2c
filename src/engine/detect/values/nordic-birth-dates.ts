/**
 * A birth date after the Nordic abbreviation `f.` (Danish and Norwegian `født`, Swedish `född`)
 * right after a person's name, as church-book (kirkebog, kirkebok, husförhörslängd) research
 * notes write a living relative (`Signe Vestergaard f. 12.04.1982`, `Elsa Rydqvist f.
 * 1979-03-18`; red-team round 89 and its leftovers). `f.` alone is too common a word to be a
 * birth word (`s. 112 f.` for following pages, `f.d.` for former, `1861 f.`), so only a lower-case
 * `f.` after a capitalised word and before a full date (day, month and a year from 1900 on up to
 * 14 years back: ISO, `dd.mm.yyyy`, or `12. april 1982`).
 */
import type { Span, ValueDetector } from '../types.js';
import { LATEST_BIRTH_YEAR, plausibleBirthDate } from '../validators.js';
import { detectorFields, regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName } from './person-names.js';

/** Nordic month names and abbreviations (Danish, Norwegian, Swedish), to their number. */
const NORDIC_MONTHS: Record<string, number> = {
  jan: 1,
  januar: 1,
  januari: 1,
  feb: 2,
  februar: 2,
  februari: 2,
  mar: 3,
  marts: 3,
  mars: 3,
  apr: 4,
  april: 4,
  maj: 5,
  mai: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  aug: 8,
  august: 8,
  augusti: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  des: 12,
  december: 12,
  desember: 12,
};

function birthDate(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= LATEST_BIRTH_YEAR && plausibleBirthDate(year, month, day);
}

function validBirthDate(v: string): string | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m !== null) return birthDate(Number(m[1]), Number(m[2]), Number(m[3])) ? v : undefined;
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (m !== null) return birthDate(Number(m[3]), Number(m[2]), Number(m[1])) ? v : undefined;
  m = /^(\d{1,2})\.? ?([a-zæøå]{3,9})\.? (\d{4})$/.exec(v);
  const month = m === null ? undefined : NORDIC_MONTHS[m[2]!];
  return m !== null && month !== undefined && birthDate(Number(m[3]), month, Number(m[1])) ? v : undefined;
}

export const nordicBirthAbbreviation = regexDetector({
  id: 'nordic_birth_abbreviation',
  entity: 'DATE_OF_BIRTH',
  description: 'A birth date after the Nordic `f.` (født / född) right after a name (`Signe Vestergaard f. 12.04.1982`)',
  validation:
    'a lower-case `f.` after a capitalised word, then a full date (ISO, dd.mm.yyyy or `12. april 1982`), year 1900 to 14 years back',
  context: false,
  example: 'Levende efterkommer: Signe Vestergaard f. 12.04.1982',
  keywords: [' f. '],
  prefilter: (s) => s.text.length >= 14,
  pattern:
    /(?<=\p{Lu}[\p{Ll}\p{M}'’-]{1,30} f\. )(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\.? ?[a-zæøå]{3,9}\.? \d{4})(?![\w.-]|\.\d)/gu,
  validate: validBirthDate,
});

/** A full date right after `f. ` (as nordicBirthAbbreviation reads it). */
const DATE_AFTER = /(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\.? ?[a-zæøå]{3,9}\.? \d{4})(?![\w.-]|\.\d)/uy;
/** Two or three capitalised words ending right before ` f. `. */
const NAME_BEFORE = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]{1,30}(?: \p{Lu}[\p{Ll}\p{M}'’-]{1,30}){1,2})$/u;

/**
 * The person named right before the Nordic `f.` and a birth date (`levende etterkommer Håkon
 * Brattli f. 30.06.1985`): two or three capitalised words, none a stop or an everyday word; the
 * date must pass nordicBirthAbbreviation's test.
 */
export const nordicBirthName: ValueDetector = {
  ...detectorFields({
    id: 'nordic_birth_name',
    entity: 'PERSON',
    description: 'A name right before the Nordic `f.` (født / född) and a birth date (`Håkon Brattli f. 30.06.1985`)',
    validation:
      'two or three capitalised words (no stop or everyday word) right before a lower-case `f.` and a full birth date, year 1900 to 14 years back',
    context: false,
    example: 'levende etterkommer Håkon Brattli f. 30.06.1985',
    keywords: [' f. '],
    prefilter: (s) => s.text.length >= 14,
  }),
  find(scan, out: Span[], priority) {
    const text = scan.text;
    for (let at = text.indexOf(' f. ', 3); at !== -1; at = text.indexOf(' f. ', at + 4)) {
      DATE_AFTER.lastIndex = at + 4;
      const d = DATE_AFTER.exec(text);
      if (d === null || validBirthDate(d[0]) === undefined) continue;
      const from = Math.max(0, at - 64);
      const m = NAME_BEFORE.exec(text.slice(from, at));
      if (m === null) continue;
      const words = m[1]!.split(' ');
      if (words.some((w) => isNameStopWord(foldName(w)) || isEverydayWord(foldName(w)))) continue;
      const start = at - m[1]!.length;
      out.push({ start, end: at, entity: 'PERSON', detector: 'nordic_birth_name', normalized: foldName(m[1]!), priority });
    }
  },
};

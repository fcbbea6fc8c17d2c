import { plausibleBirthDate } from '../validators.js';
import type { TextScan } from '../types.js';
import { regexDetector, textUpTo } from './helpers.js';

/**
 * Ages over 89 in clinical prose. HIPAA's Safe Harbor method (45 CFR 164.514(b)(2)(i)(C)) lists
 * "all ages over 89 and all elements of dates (including year) indicative of such age" among the
 * identifiers: few people are that old, so the age narrows them down. Only the forms clinical
 * notes write an age in are read: `92-year-old`, `92 year old`, `92 yo`, `92 y/o`, `age 97`,
 * `aged 97`, `age: 97`; 90 to 129. Younger ages, durations (`92 years of service`) and other
 * numbers stay.
 */
const AGE_FORMS =
  /(?<![\w.,/-])(?:(?:9\d|1[0-2]\d)(?:[- ](?:years?|yrs?)[- ]old|[- ]?(?:yo|y\/o|y\.o\.)(?![\w/]))|(?<=(?<![a-z])(?:age|aged|age:) {0,2})(?:9\d|1[0-2]\d)(?!\w|[.,:/-]\d))/dgi;

export const ageOver89 = regexDetector({
  id: 'age_over_89',
  entity: 'AGE',
  description: 'Ages over 89 in clinical prose (HIPAA Safe Harbor identifiers)',
  validation: '90–129 written as an age: N-year-old, N yo, N y/o, age N, aged N',
  context: true,
  example: 'a 92-year-old female',
  // Words with their blanks: a bare `yo` or `age` is in most prose (`you`, `message`, `page`),
  // which made this detector run on nearly every long text.
  keywords: [
    ...['year-old', 'year old', 'years old', 'yr old', 'yrs old', 'y/o', 'y.o.', ' yo ', ' yo,', ' yo.', ' yo)'],
    ...'0123456789'.split('').map((d) => `${d}yo`),
    ...['age 9', 'age 1', 'age: 9', 'age: 1', 'aged 9', 'aged 1'],
  ],
  prefilter: (s) => s.hasDigit && holdsNinetyPlus(s),
  pattern: AGE_FORMS,
  validate: (v) => v.replace(/\D/g, ''),
});
const NINETY_PLUS = /(?<!\d)(?:9\d|1[0-2]\d)(?!\d)/g;

/**
 * A run of two digits from 90 or three from 100 to 129. The gate word `age` opens this detector
 * on every `agent` and `page` of a long prompt: a match starts and ends with a digit, so the
 * search runs from the first digit to the last when the engine has read the text's digit profile
 * (TextScan.digitsFrom, digitsTo); the look-arounds read the text's own characters there (no digit
 * before the first or after the last), so the answer is that of the whole text.
 */
function holdsNinetyPlus(scan: TextScan): boolean {
  NINETY_PLUS.lastIndex = scan.digitsFrom;
  return NINETY_PLUS.test(textUpTo(scan, 0));
}

/**
 * A date of birth in brackets after the age it gives, as case notes and intake forms list a
 * household (red-team round 46: `Client: Walter Haines, 82 (12/05/1943)`): the age after a name
 * and a comma, or after `age` / `aged`, then the date in brackets. The age and the date must
 * agree: the birth year plus the age is a year since 1980 and not after next year, so a count or
 * a version before a recent date (`retries, 3 (12/05/2025)` written before 2027) stays. The
 * date is month or day first with a four-digit year, or ISO; the age, under 90, is kept.
 */
const AGE_THEN_BIRTH_DATE = /(?<![\w.,/-])(\d{1,3})[ \t]?\([ \t]?(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)[ \t]?\)/dg;
const AGE_LEAD = /(?:\p{L}[.'’]?,|\b[Aa]ged?:?)[ \t]{1,2}$/u;

function ageAgreesWithDate(text: string, ageStart: number, age: number, date: string): boolean {
  if (age > 120 || !AGE_LEAD.test(text.slice(Math.max(0, ageStart - 12), ageStart))) return false;
  const parts = date.split(/[/.-]/).map(Number);
  const [year, a, b] = parts[0]! > 31 ? [parts[0]!, parts[1]!, parts[2]!] : [parts[2]!, parts[0]!, parts[1]!];
  if (!plausibleBirthDate(year, a, b) && !plausibleBirthDate(year, b, a)) return false;
  const sum = year + age;
  return sum >= 1980 && sum <= new Date().getUTCFullYear() + 1;
}

export const dateOfBirthAfterAge = regexDetector({
  id: 'date_of_birth_after_age',
  entity: 'DATE_OF_BIRTH',
  description: 'Dates of birth in brackets after the age they give, in case notes and household lists',
  validation:
    'an age after a name and a comma or after age / aged, then a real date in brackets (month or day first with a four-digit year, or ISO) whose year plus the age is a year from 1980 to next year',
  context: true,
  example: 'Client: Walter Haines, 82 (12/05/1943)',
  prefilter: (s) => s.hasDigit && s.text.indexOf('(') !== -1,
  pattern: AGE_THEN_BIRTH_DATE,
  group: 2,
  validate: (v, scan, start) => {
    const text = scan.text;
    const open = text.lastIndexOf('(', start);
    let ageEnd = open;
    while (ageEnd > 0 && (text.charCodeAt(ageEnd - 1) === 32 || text.charCodeAt(ageEnd - 1) === 9)) ageEnd--;
    let ageStart = ageEnd;
    while (ageStart > 0 && text.charCodeAt(ageStart - 1) >= 48 && text.charCodeAt(ageStart - 1) <= 57) ageStart--;
    return ageAgreesWithDate(text, ageStart, Number(text.slice(ageStart, ageEnd)), v) ? v : undefined;
  },
});

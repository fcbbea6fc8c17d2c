import { regexDetector } from './helpers.js';

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
  prefilter: (s) => s.hasDigit && NINETY_PLUS.test(s.text),
  pattern: AGE_FORMS,
  validate: (v) => v.replace(/\D/g, ''),
});
const NINETY_PLUS = /(?<!\d)(?:9\d|1[0-2]\d)(?!\d)/;

/**
 * Dates of birth written the Chinese, Japanese and Korean way (red-team round 10): `1985年4月12日`,
 * `1992年8月3日`, `1990년 5월 15일`, and Japanese era dates `昭和60年4月12日` (Meiji 1868, Taishō
 * 1912, Shōwa 1926, Heisei 1989, Reiwa 2019; 元年 is year 1), after a birth word in those languages
 * (生年月日, 出生日期, 生日, 誕生日, 생년월일) within 40 characters. Reported as YYYY-MM-DD, the
 * normalized form of date_of_birth, so both spellings of a date get one token.
 */
import { SIG_NON_ASCII } from '../char-signature.js';
import { contextBefore, keywordRegex } from '../context.js';
import { plausibleBirthDate } from '../validators.js';
import { regexDetector } from './helpers.js';

const BIRTH_WORDS = ['生年月日', '出生', '生日', '誕生', '생년월일', '생일', '출생'];
const BIRTH_CJK = keywordRegex(BIRTH_WORDS);
const BIRTH_CHAR = /[生出誕생출]/;
const ERA_START: Readonly<Record<string, number>> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };

const DATE_SOURCE = '(?:(明治|大正|昭和|平成|令和)\\s?(\\d{1,2}|元)|(\\d{4}))\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일]';
/** The scan's pattern (global, owned by the detector) and the parse of one match (anchored). */
const DATE = new RegExp(DATE_SOURCE, 'g');
const ONE_DATE = new RegExp(`^${DATE_SOURCE}$`);

export const dateOfBirthCjk = regexDetector({
  id: 'date_of_birth_cjk',
  entity: 'DATE_OF_BIRTH',
  description: 'Dates of birth written 年月日 / 년월일 (Gregorian or Japanese era) after a birth word',
  validation:
    'a calendar date that exists, year 1900–now (era years converted); a birth word (生年月日, 出生, 生日, 생년월일…) within 40 characters before',
  context: true,
  example: '生年月日 1985年4月12日',
  // No keywords (each Han character would be a column of the engine's keyword table): a birth
  // character and a digit.
  prefilter: (s) => (s.signature & SIG_NON_ASCII) !== 0 && BIRTH_CHAR.test(s.text) && s.hasDigit,
  pattern: DATE,
  validate: (v, scan, start) => {
    if (!contextBefore(scan, start, BIRTH_CJK)) return undefined;
    const m = ONE_DATE.exec(v);
    if (m === null) return undefined;
    const year = m[1] !== undefined ? ERA_START[m[1]]! + (m[2] === '元' ? 1 : Number(m[2])) - 1 : Number(m[3]);
    const month = Number(m[4]);
    const day = Number(m[5]);
    return plausibleBirthDate(year, month, day) ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
  },
});

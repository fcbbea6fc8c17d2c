/**
 * Mobile numbers written with Chinese / Japanese numeral characters (red-team round 17), as voice
 * assistants transcribe a dictated number (`我的手机号是一三一二三四五六七八九`) and Japanese memos
 * write one vertically or formally (`〇九〇・一二三四・五六七八`): 〇 / 零 and 一 to 九, one character per
 * digit, optionally grouped by `・`, `-`, `－` or a blank. Reported only when the digits are a mobile
 * number of the scripts' regions in their national form: China `1[3-9]` + 9 digits, Japan
 * `0[789]0` + 8, Korea `01[016789]` + 7–8, Taiwan `09` + 8. Counting (`一二三四五`) and years
 * (`二〇二五年`) have fewer digits or another shape and stay.
 *
 * Gate: text with a non-ASCII character and three numeral characters in a row (one regex test).
 */
import { SIG_NON_ASCII } from '../char-signature.js';
import { normalizeForEntity } from '../../mask/normalize.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';

const NUMERAL: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  // Round 23: 幺 for 1 as Chinese speakers read a phone number aloud (`幺三八，幺二三四，五六七八`),
  // and the Sino-Korean digit syllables of a Korean transcript (`공일공 구팔칠육 오사삼이`: 공 / 영
  // 0, 일 1, 이 2, 삼 3, 사 4, 오 5, 육 / 륙 6, 칠 7, 팔 8, 구 9).
  幺: '1',
  공: '0',
  영: '0',
  일: '1',
  이: '2',
  삼: '3',
  사: '4',
  오: '5',
  육: '6',
  륙: '6',
  칠: '7',
  팔: '8',
  구: '9',
};
const N = '[〇零一二三四五六七八九幺공영일이삼사오육륙칠팔구]';
const HAS_RUN = new RegExp(`${N}{3}`);
/** Ten or more numerals, in groups of 2 or more set apart by one separator. */
const RUN = new RegExp(`(?<!${N})${N}{2,}(?:(?:[・･\\-－ ]|[，,、] ?)?${N}{2,}){0,4}(?!${N})`, 'g');
/** National mobile forms of China, Japan, Korea and Taiwan, with the region for the E.164 form. */
const MOBILE: readonly (readonly [RegExp, string])[] = [
  [/^1[3-9]\d{9}$/, '+86'],
  [/^0[789]0\d{8}$/, '+81'],
  [/^01[016789]\d{7,8}$/, '+82'],
  [/^09\d{8}$/, '+886'],
];

function digitsOf(run: string): string {
  let digits = '';
  for (const c of run) {
    const d = NUMERAL[c];
    if (d !== undefined) digits += d;
  }
  return digits;
}

export const cjkNumeralPhone: ValueDetector = {
  ...detectorFields({
    id: 'cjk_numeral_phone',
    entity: 'PHONE',
    description:
      'Chinese, Japanese, Korean and Taiwanese mobile numbers written in numeral characters or Sino-Korean digit syllables (一三一二三四五六七八九, 〇九〇・一二三四・五六七八, 幺三八, 공일공 구팔칠육 오사삼이)',
    validation:
      'one numeral character or syllable per digit (〇 / 零 / 공 = 0, 幺 / 일 = 1…), optionally grouped by a blank, a dot, a dash or a comma; the digits a CN, JP, KR or TW mobile number in national form',
    context: false,
    example: '〇九〇・一二三四・五六七八',
    prefilter: (s) => (s.signature & SIG_NON_ASCII) !== 0 && HAS_RUN.test(s.text),
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    RUN.lastIndex = 0;
    for (let m = RUN.exec(scan.text); m !== null; m = RUN.exec(scan.text)) {
      const digits = digitsOf(m[0]);
      if (digits.length < 10) continue;
      const mobile = MOBILE.find(([shape]) => shape.test(digits));
      if (mobile === undefined) continue;
      const e164 = `${mobile[1]}${digits.replace(/^0/, '')}`;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        entity: 'PHONE',
        detector: 'cjk_numeral_phone',
        normalized: normalizeForEntity('PHONE', e164),
        priority,
      });
    }
  },
};

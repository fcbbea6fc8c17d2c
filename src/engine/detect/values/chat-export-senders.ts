/**
 * The sender's name at the head of a line of a messaging app's text export (red-team round 17),
 * where each message starts with its time and who wrote it:
 *
 * - LINE: `10:15<TAB>田中美咲<TAB>message` under a date line, and the title `[LINE] 田中美咲とのトーク履歴`;
 * - KakaoTalk: `2025년 12월 1일 오전 10:15, 최수진 : message`;
 * - WhatsApp / Viber / Telegram-style: `01.12.2025 10:15 Петар Петровић: message`,
 *   `[01/12/2025, 10:15] Name: message`;
 * - WeChat: `2025-12-01 10:15:32 刘洋` alone on its line, the message on the next.
 *
 * The LINE and KakaoTalk heads are their apps' own writing and take any name of at most four words
 * without digits. The generic date-time heads are also how log lines start (`… 10:15 Server: …`,
 * `… 10:15 Ошибка: …`, `… 10:15:32 错误: …`), so there the name must hold a letter of a non-Latin
 * script, no digit, and be two to four capitalised (or uncased) words, or one CJK run of 2–4
 * characters that is no log level or component word.
 *
 * Gate: text with a non-ASCII character, a digit and a colon; then one regex search.
 */
import { SIG_DIGIT, SIG_NON_ASCII } from '../char-signature.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';
import { foldName, nameKind } from './person-names.js';

const LINE_HEAD = '\\d{1,2}:\\d{2}\\t([^\\t\\n\\d]{1,40})\\t';
const LINE_TITLE = '\\[LINE\\] ?([^\\n\\d]{1,40}?)とのトーク履歴';
const KAKAO_HEAD = '\\d{4}년 \\d{1,2}월 \\d{1,2}일 (?:오전|오후) \\d{1,2}:\\d{2}, ([^:\\n\\d]{1,40}?) : ';
const DATED_HEAD =
  '\\[?\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\.?,? \\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AaPp][Mm])?\\]?(?: ?[-–] ?| )([^:\\n\\d]{1,40}?):(?=\\s)';
const WECHAT_HEAD = '\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} ([^\\n\\d:]{1,40})(?=\\r?\\n)';
/** Group 1: a LINE or KakaoTalk name (any script); group 2: a dated head's name (checked for script). */
const HEAD = new RegExp(`(?:^|\\n)(?:${LINE_HEAD}|${LINE_TITLE}|${KAKAO_HEAD})|(?:^|\\n)(?:${DATED_HEAD}|${WECHAT_HEAD})`, 'g');
const NON_LATIN =
  /[\u0370-\u03ff\u0400-\u04ff\u0530-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff\u1200-\u137f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const HAS_HEAD = /\d:\d{2}|トーク履歴/;

/** One run of Han, kana or Hangul (a CJK name written without blanks: `刘洋`, `최수진`). */
const CJK_NAME = /^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,4}$/;
/** A word in a script with capitals must start with one (`Петар Петровић`, not `Ошибка соединения`). */
const UNCAPITALISED = /(?:^|\s)\p{Ll}/u;
/** Words that head log lines in those scripts after a timestamp: levels and components, not senders. */
const LOG_WORDS = new Set([
  '错误',
  '警告',
  '信息',
  '调试',
  '系统',
  '错误信息',
  '錯誤',
  '資訊',
  '系統',
  'エラー',
  '情報',
  'システム',
  '오류',
  '경고',
  '정보',
  '시스템',
  '디버그',
]);

/**
 * The app heads (LINE, KakaoTalk) take any name of 1–4 words. The generic date-time heads, which
 * log lines share, take two to four capitalised words or uncased words with a non-Latin letter
 * (`Петар Петровић`, `محمد علی`), or one CJK run of 2–4 characters that is no log word (`刘洋`).
 */
function plausibleName(name: string, appHead: boolean): boolean {
  const trimmed = name.trim();
  const words = trimmed.split(/\s+/);
  if (trimmed.length < 2 || words.length > 4) return false;
  if (appHead) return true;
  if (!NON_LATIN.test(trimmed)) return false;
  if (words.length === 1) return CJK_NAME.test(trimmed) && !LOG_WORDS.has(trimmed);
  return !UNCAPITALISED.test(trimmed);
}

export const chatExportSender: ValueDetector = {
  ...detectorFields({
    id: 'chat_export_sender',
    entity: 'PERSON',
    description:
      'Senders at the head of the lines of messaging-app text exports (LINE, KakaoTalk, WeChat, WhatsApp / Viber style) in non-Latin scripts',
    validation:
      'the app’s line head (time TAB name TAB; 2025년 12월 1일 오전 10:15, name :; date time name:; date time name alone on its line); at most 4 words, no digit; a non-Latin letter in the generic date-time heads',
    context: false,
    example: '10:15\t田中美咲\t住所は…',
    prefilter: (s) => (s.signature & (SIG_NON_ASCII | SIG_DIGIT)) === (SIG_NON_ASCII | SIG_DIGIT) && HAS_HEAD.test(s.text),
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    HEAD.lastIndex = 0;
    for (let m = HEAD.exec(text); m !== null; m = HEAD.exec(text)) {
      // Groups 1–3: LINE head, LINE title, KakaoTalk head; 4–5: dated head, WeChat head.
      const group = [1, 2, 3, 4, 5].find((g) => m![g] !== undefined);
      if (group === undefined) continue;
      const name = m[group]!;
      if (!plausibleName(name, group <= 3)) continue;
      const start = m.index + m[0].lastIndexOf(name) + (name.length - name.trimStart().length);
      const value = name.trim();
      out.push({ start, end: start + value.length, entity: 'PERSON', detector: 'chat_export_sender', normalized: value, priority });
    }
  },
};

/**
 * The speaker line of a meeting transcript exported as text (red-team round 29: Microsoft Teams'
 * `.docx` / Zoom text export, `Sanne de Jong   0:42` on its own line, what they said on the
 * next): at a line's start, two to four words whose first is a known given name and whose others
 * are capitalised or name particles (`de`, `van der`; or a surname after a particle), then two
 * blanks or a tab and an elapsed time, and the line ends. A log line has a level or a component there, not a given name.
 */
const SPEAKER_LINE =
  /(?:^|\n)(\p{Lu}[\p{L}'’-]{1,30}(?: (?:\p{Lu}[\p{L}'’-]{0,30}|de|van|der|den|von|da|di|du|del|la|le|ten|ter|bin|al)){1,3})(?: {2,}|\t)\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?=\r?\n)/gu;
/** nameKind's bits (person-names.ts): a given name (common or rare), a surname. */
const GIVEN_NAME = 1 | 4;
const SURNAME_NAME = 2 | 4;

export const meetingSpeakerLine: ValueDetector = {
  ...detectorFields({
    id: 'meeting_speaker_line',
    entity: 'PERSON',
    description: 'Speaker names on the lines of a meeting transcript exported as text (Teams / Zoom: `Sanne de Jong   0:42`)',
    validation:
      'a line of 2–4 words (capitalised, or name particles) whose first is a known given name, then two blanks or a tab and an elapsed time m:ss / h:mm:ss ending the line',
    context: false,
    example: 'Sanne de Jong   0:42\nIk bel je terug.',
    prefilter: (s) => s.hasDigit && s.text.indexOf('\n') !== -1 && (s.text.indexOf('  ') !== -1 || s.text.indexOf('\t') !== -1),
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    SPEAKER_LINE.lastIndex = 0;
    for (let m = SPEAKER_LINE.exec(text); m !== null; m = SPEAKER_LINE.exec(text)) {
      const name = m[1]!;
      const words = name.split(' ');
      const given = (nameKind(foldName(words[0]!)) & GIVEN_NAME) !== 0;
      // Or a surname after a particle (`Sanne de Jong`, `Lotte van Dijk`): a given name the list lacks.
      const particle = words.length >= 3 && /^\p{Ll}/u.test(words[words.length - 2]!);
      if (!given && !(particle && (nameKind(foldName(words[words.length - 1]!)) & SURNAME_NAME) !== 0)) continue;
      const start = m.index + m[0].indexOf(name);
      out.push({ start, end: start + name.length, entity: 'PERSON', detector: 'meeting_speaker_line', normalized: name, priority });
    }
  },
};

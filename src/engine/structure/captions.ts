import type { TextScan } from '../detect/types.js';
import { luhnValid } from '../detect/validators.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * SubRip (.srt) and WebVTT captions of calls: a caption tool cuts speech into cues at pauses, so a
 * card number read out can end one cue and go on in the next (`…the card is 5555 5555` / cue 15 /
 * `00:01:05,000 --> 00:01:07,300` / `5555 4444 and the name…`). Neither part is a card alone.
 * The digit groups that end a cue and those that open the next one are read as one number: 13 to
 * 19 digits in all, at least 4 on each side, passing Luhn, both parts are masked as CREDIT_CARD
 * (detector `structure:captions`). Each cue's speaker is masked as PERSON (speakerSpans). The
 * caller gates on `-->` in a text with a line break.
 */
export function captionSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  TIMING.lastIndex = 0;
  let previousEnd = -1;
  for (let m = TIMING.exec(text); m !== null; m = TIMING.exec(text)) {
    const cueStart = m.index + m[0].length;
    if (previousEnd >= 0) joinAcross(text, previousEnd, m.index, cueStart, ctx);
    speakerSpans(text, cueStart, ctx);
    previousEnd = cueStart;
  }
}

/**
 * A cue's timing line, with the cue number line before it if any: `15\n00:01:05,000 -->
 * 00:01:07,300 align:start\n`. Its line breaks may be written `\n` (a transcript held in a JSON
 * string or a quoted log field).
 */
const TIMING =
  /(?:^|\n|\\n)(?:[^\n\\]{0,20}(?:\n|\\n))?(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3} --> (?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[^\n\\]*(?:\n|\\n)/g;

/**
 * The speaker of a cue (Zoom, Teams and Meet transcripts): a WebVTT voice tag `<v Jill Chill>`
 * (W3C WebVTT §4.2.2, with an optional class `<v.loud Jill>`) or `Jill Chill: ` at the start of
 * the cue's text, one to four capitalised words. Role labels (`Speaker:`, `Interviewer:`,
 * `Agent:`), numbered speakers (`Speaker 1:`) and the name stop list's words (`Kafka Connect:`,
 * `Note:`) are not people.
 */
const VOICE_TAG = /^(?:- )?<v(?:\.[\w.-]{1,20})? ([^>\n\\]{1,60})>/;
const SPEAKER_LABEL = /^(?:- )?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}): /u;
const ROLE_WORDS = new Set(
  'speaker interviewer interviewee agent customer caller host cohost co-host moderator narrator unknown participant guest operator representative rep support attendee presenter panelist note me you'.split(
    ' ',
  ),
);
function speakerSpans(text: string, cueStart: number, ctx: SpanContext): void {
  const head = text.slice(cueStart, cueStart + 80);
  const m = VOICE_TAG.exec(head) ?? SPEAKER_LABEL.exec(head);
  if (m === null) return;
  const name = m[1]!.trim();
  if (
    name.length < 2 ||
    /\d/.test(name) ||
    name.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase()) || isNameStopWord(w.toLowerCase()))
  )
    return;
  const start = cueStart + m[0].indexOf(m[1]!);
  pushSpan(ctx, text, start, start + m[1]!.length, 'PERSON', 'structure:captions');
}

/** Digit groups with blanks or dashes between them at the end of a cue's text (before its trailing blank lines). */
const TRAILING_DIGITS = /(?<![\w])\d[\d -]*\d(?=[\s.]*$)/;
/** Digit groups with blanks or dashes between them at the start of a cue's text. */
const LEADING_DIGITS = /^\s*(\d[\d -]*\d)(?![\w])/d;

/**
 * The cue before ends at `cueBreak` (where the next cue's number / timing begins), its text began
 * at `previousStart`; the next cue's text begins at `nextStart`.
 */
function joinAcross(text: string, previousStart: number, cueBreak: number, nextStart: number, ctx: SpanContext): void {
  const before = text.slice(Math.max(previousStart, cueBreak - 40), cueBreak);
  const tail = TRAILING_DIGITS.exec(before);
  if (tail === null) return;
  const head = LEADING_DIGITS.exec(text.slice(nextStart, nextStart + 40));
  if (head === null) return;
  const tailDigits = tail[0].replace(/[ -]/g, '');
  const headDigits = head[1]!.replace(/[ -]/g, '');
  const n = tailDigits.length + headDigits.length;
  if (tailDigits.length < 4 || headDigits.length < 4 || n < 13 || n > 19 || !luhnValid(tailDigits + headDigits)) return;
  const tailStart = cueBreak - before.length + tail.index;
  pushSpan(ctx, text, tailStart, tailStart + tail[0].length, 'CREDIT_CARD', 'structure:captions');
  const [hs, he] = head.indices![1]!;
  pushSpan(ctx, text, nextStart + hs, nextStart + he, 'CREDIT_CARD', 'structure:captions');
}

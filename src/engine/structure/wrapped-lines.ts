import { NINO_CONTEXT } from '../detect/values/encodings.js';
import { CARD_WORD } from '../detect/values/wrapped-card.js';
import { type DecodedView, DecodedViewBuilder } from './decoded-view.js';

/**
 * A number cut by a line break: a phone, a card, an id or an IBAN wrapped by a mail client, a
 * terminal or an agent desktop (`cb number 201-555-\n0123`, `card 4242 4242\n4242 4242`,
 * `CPR-nr. 211062-\n5629`), written with `\r\n`, as an escaped `\n` inside JSON text, or behind a
 * quoted-printable soft break (`071 123 4=\n567`). Neither line holds the whole value for a
 * detector. The view joins such a break: a digit, then the break, then a digit reads as one blank
 * (`0412 345\n678` → `0412 345 678`, so two numbers on two lines stay two numbers, as they would
 * on one line); a digit and a `-` / `.` / `/`, then the break, then a digit or a letter reads as
 * nothing (`078-\n05-1120` → `078-05-1120`), as does a soft break `=` between two digits. Blanks
 * that indent the next line go with the break. Only findings of the view that cross a joined break
 * count (wrappedLineSpans): what a line holds alone is read on the original.
 */

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnum(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The length of the line break at `i` (`\n`, `\r\n`, escaped `\n` / `\r\n`), or 0. */
function breakAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 10) return 1;
  if (c === 13) return s.charCodeAt(i + 1) === 10 ? 2 : 0;
  if (c !== 92) return 0;
  const n = s.charCodeAt(i + 1);
  if (n === 110) return 2;
  if (n === 114 && s.charCodeAt(i + 2) === 92 && s.charCodeAt(i + 3) === 110) return 4;
  return 0;
}

/** Cheap gate: a digit run ends a line and a digit or a letter starts the next. */
export function mayHoldWrappedNumber(s: string): boolean {
  for (let i = s.indexOf('\n'); i > 0; i = s.indexOf('\n', i + 1)) {
    const before = s.charCodeAt(s.charCodeAt(i - 1) === 13 ? i - 2 : i - 1);
    if ((isDigit(before) || before === 45 || before === 46 || before === 47 || before === 61) && i + 1 < s.length) return true;
  }
  for (let i = s.indexOf('\\n'); i > 0; i = s.indexOf('\\n', i + 2)) {
    const before = s.charCodeAt(i >= 3 && s.startsWith('\\r', i - 2) ? i - 3 : i - 1);
    if (isDigit(before) || before === 45 || before === 46 || before === 47 || before === 61) return true;
  }
  return false;
}

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}
function isLetter(c: number): boolean {
  return isLower(c) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/**
 * Whether the `-` at `dash` ends the first part of a capitalised word hyphenated over a line break
 * by OCR / HTR or a typesetter (`Cle-\nmentine Harrowby`, `Frie-\nderike`; leftovers of red-team
 * round 89): one to twelve letters before it, the first a capital after a blank, a quote or `(`,
 * the others lower case. Ordinary words (`regis-\ntration`) start in lower case; a capitalised one
 * (`Stan-\ndesamt`) is joined too and read as what it is.
 */
function hyphenatedCapitalised(s: string, dash: number): boolean {
  let k = dash - 1;
  while (k >= 0 && dash - k <= 12 && isLower(s.charCodeAt(k))) k--;
  if (k < 0 || k === dash - 1 || dash - k > 12) return false;
  const first = s.charCodeAt(k);
  if (!((first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde && first !== 0xd7))) return false;
  const prev = k === 0 ? 32 : s.charCodeAt(k - 1);
  return prev === 32 || prev === 9 || prev === 10 || prev === 34 || prev === 40 || prev === 39 || prev === 58;
}

/** Cheap gate: a capitalised word hyphenated over a line break (`Cle-\nmentine`, also as an escaped `\\n`). */
export function mayHoldWrappedName(s: string): boolean {
  for (let i = s.indexOf('-\n', 2); i !== -1; i = s.indexOf('-\n', i + 2))
    if (isLower(s.charCodeAt(i + 2)) && isLetter(s.charCodeAt(i - 1)) && hyphenatedCapitalised(s, i)) return true;
  for (let i = s.indexOf('-\\n', 2); i !== -1; i = s.indexOf('-\\n', i + 3))
    if (isLower(s.charCodeAt(i + 3)) && isLetter(s.charCodeAt(i - 1)) && hyphenatedCapitalised(s, i)) return true;
  return false;
}

export interface WrappedView extends DecodedView {
  /** The original ranges `[start, end)` of the joined breaks, in order. */
  breaks: number[];
}

/** The text with each break inside a number joined, or undefined when no break is. */
export function wrappedLinesView(s: string): WrappedView | undefined {
  let out: DecodedViewBuilder | undefined;
  const breaks: number[] = [];
  let copied = 0;
  for (let i = 1; i < s.length; i++) {
    let len = breakAt(s, i);
    if (len === 0) continue;
    // A `\r\n` as two escapes or one: the break starts at the `\r`.
    let from = i;
    let before = s.charCodeAt(i - 1);
    let glue: string | undefined;
    if (before === 61 && i >= 2 && isDigit(s.charCodeAt(i - 2))) {
      from = i - 1;
      glue = '';
      before = s.charCodeAt(i - 2);
    }
    let to = i + len;
    while (to < s.length && (s.charCodeAt(to) === 32 || s.charCodeAt(to) === 9)) to++;
    const after = s.charCodeAt(to);
    if (glue === undefined) {
      if (isDigit(before) && isDigit(after)) glue = ' ';
      else if ((before === 45 || before === 46 || before === 47) && i >= 2 && isDigit(s.charCodeAt(i - 2)) && isAlnum(after)) glue = '';
      else if (before === 45 && isLower(after) && hyphenatedCapitalised(s, i - 1)) {
        // A capitalised word hyphenated over the break (`Cle-\nmentine`): read as one word.
        from = i - 1;
        glue = '';
      }
    } else if (!isDigit(after)) glue = undefined;
    if (glue === undefined) {
      i += len - 1;
      continue;
    }
    out ??= new DecodedViewBuilder(s);
    out.copy(copied, from);
    out.replace(glue, from, to);
    breaks.push(from, to);
    copied = to;
    i = to - 1;
    len = 0;
  }
  if (out === undefined) return undefined;
  out.copy(copied, s.length);
  return { ...out.view(), breaks };
}

/** Whether the original range `[start, end)` crosses one of the view's joined breaks. */
export function crossesJoinedBreak(view: WrappedView, start: number, end: number): boolean {
  const b = view.breaks;
  for (let k = 0; k < b.length; k += 2) if (start < b[k]! && end > b[k + 1]!) return true;
  return false;
}

/**
 * Entities whose values are grouped digits found without a context word on one line: across a
 * joined break only after their own detectors' word within 40 characters before, as those
 * detectors read a value over one line break (a card after a card or payment word: wrapped_card,
 * red-team round 13; an NI number after its keyword: round 63), so `totals\n5555 5555\n5555 4444`
 * stays two numbers and `card is 52008282\n82828210` is one.
 */
const JOINED_BREAK_WORDS: ReadonlyMap<string, RegExp> = new Map([
  ['CREDIT_CARD', CARD_WORD],
  ['UK_NINO', NINO_CONTEXT],
]);

/** A `/` or `:` then a digit: a date or a time going on. */
const DATE_OR_TIME_GOES_ON = /^[/:]\d/;

/**
 * Whether a finding `d` of the view (original offsets in `s`) is one the joined breaks made: it
 * crosses a joined break, and for the entities above their word stands within 40 characters before.
 */
export function joinedFindingStands(view: WrappedView, s: string, d: { entity: string; start: number; end: number }): boolean {
  if (!crossesJoinedBreak(view, d.start, d.end)) return false;
  // The next line's date or time is no tail of the number before the break (`new cell 713 555
  // 0166\n12/03 16:05 | …` of a collections log; red-team round 93): a `/` or `:` and a digit
  // right after the finding.
  if (DATE_OR_TIME_GOES_ON.test(s.slice(d.end, d.end + 2))) return false;
  const word = JOINED_BREAK_WORDS.get(d.entity);
  return word === undefined || word.test(s.slice(d.start > 40 ? d.start - 40 : 0, d.start).toLowerCase());
}

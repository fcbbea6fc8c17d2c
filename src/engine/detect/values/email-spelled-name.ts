/**
 * A person's name written in lower case beside the e-mail address that spells it (red-team round
 * 38: `integration STUDENT_INBOUND failed for hannah lindqvist / STU-…: duplicate email
 * hlindqvist@example.edu`): integration alerts and tickets copy a name as a system stored it, and
 * the name detectors read only capitalised words. The address's local part (digits at its end
 * cut) is the evidence: an initial and the surname (`hlindqvist`), the two words joined by `.`,
 * `_` or `-` (`hannah.lindqvist`), or by nothing (`hannahlindqvist`). The two words must stand in
 * the same text, one blank apart, neither a stop word nor an everyday English word, and one of
 * them a given name or surname of the name lists, so a role mailbox beside its words (`support
 * team` and `steam@…`, `sales desk` and `sales.desk@…`) stays. Strings without `@` pay one test.
 */
import { SIG_AT } from '../char-signature.js';
import type { Span, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { nameKind } from './person-names.js';

/** At most this many addresses are read per text (a bound for a list of thousands). */
const MAX_ADDRESSES = 16;
const LOCAL_CHAR = /[a-z0-9._-]/;
const WORD = /^[a-z][a-z'-]{1,24}$/;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Neither word a stop word or an everyday word, one of them a given name or surname. */
function nameWords(first: string, second: string): boolean {
  if (!WORD.test(first) || !WORD.test(second) || first === second) return false;
  if (isNameStopWord(first) || isNameStopWord(second) || isEverydayWord(first) || isEverydayWord(second)) return false;
  return nameKind(first) !== 0 || nameKind(second) !== 0;
}

/** Where `first second` stands in `lower` as two whole words, or -1. */
function wordsAt(lower: string, first: string, second: string): number {
  const phrase = `${first} ${second}`;
  for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if ((at === 0 || !isLetter(lower.charCodeAt(at - 1))) && (end >= lower.length || !isLetter(lower.charCodeAt(end)))) return at;
  }
  return -1;
}

/** The word of `lower` that ends right before ` <surname>` at `at` and starts with `initial`, or ''. */
function initialWordBefore(lower: string, at: number, initial: string): string {
  let i = at;
  while (i > 0 && isLetter(lower.charCodeAt(i - 1))) i--;
  const word = lower.slice(i, at);
  return word.length >= 2 && word[0] === initial ? word : '';
}

function push(out: Span[], text: string, start: number, end: number, priority: number): void {
  out.push({
    start,
    end,
    entity: 'PERSON',
    detector: 'person_name_spelled_by_email',
    normalized: text.slice(start, end).toLowerCase(),
    priority,
  });
}

/** The name the local part `local` (lower case, digits cut) spells in `lower`, pushed as a span. */
function spelledName(text: string, lower: string, local: string, out: Span[], priority: number): void {
  const parts = local.split(/[._-]/);
  if (parts.length === 2) {
    const [a, b] = parts as [string, string];
    for (const [first, second] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!nameWords(first, second)) continue;
      const at = wordsAt(lower, first, second);
      if (at >= 0) {
        push(out, text, at, at + first.length + 1 + second.length, priority);
        return;
      }
    }
    return;
  }
  if (parts.length !== 1 || local.length < 5) return;
  // An initial and the surname (`hlindqvist`).
  const surname = local.slice(1);
  for (let at = lower.indexOf(` ${surname}`); at > 0; at = lower.indexOf(` ${surname}`, at + 1)) {
    const end = at + 1 + surname.length;
    if (end < lower.length && isLetter(lower.charCodeAt(end))) continue;
    const first = initialWordBefore(lower, at, local[0]!);
    if (first !== '' && nameWords(first, surname)) {
      push(out, text, at - first.length, end, priority);
      return;
    }
  }
  // The two words joined by nothing (`hannahlindqvist`).
  for (let k = 2; k <= local.length - 3; k++) {
    const first = local.slice(0, k);
    const second = local.slice(k);
    if (!nameWords(first, second)) continue;
    const at = wordsAt(lower, first, second);
    if (at >= 0) {
      push(out, text, at, at + local.length + 1, priority);
      return;
    }
  }
}

export const emailSpelledName: ValueDetector = {
  ...detectorFields({
    id: 'person_name_spelled_by_email',
    entity: 'PERSON',
    description:
      'Names written in lower case beside the e-mail address in the same text that spells them (hlindqvist@… and hannah lindqvist)',
    validation:
      "the address's local part, digits at its end cut, is an initial and a surname, or two words joined by . _ - or nothing; those two words stand one blank apart in the text, neither a stop word nor an everyday English word, one of them a given name or surname of the name lists",
    context: true,
    example: 'failed for hannah lindqvist: duplicate email hlindqvist@example.edu',
    prefilter: (s) => (s.signature & SIG_AT) !== 0 && s.text.length >= 16,
  }),
  find(scan, out, priority) {
    const text = scan.text;
    const lower = scan.lower();
    // Lower-casing keeps indexes unless the text holds a letter that grows (İ): not read.
    if (lower.length !== text.length) return;
    let seen = 0;
    for (let at = lower.indexOf('@'); at > 0 && seen < MAX_ADDRESSES; at = lower.indexOf('@', at + 1)) {
      let start = at;
      while (start > 0 && at - start < 64 && LOCAL_CHAR.test(lower[start - 1]!)) start--;
      let end = at;
      while (end > start && lower.charCodeAt(end - 1) >= 48 && lower.charCodeAt(end - 1) <= 57) end--;
      if (end - start < 4 || !isLetter(lower.charCodeAt(start))) continue;
      seen++;
      spelledName(text, lower, lower.slice(start, end).replace(/[._-]+$/, ''), out, priority);
    }
  },
};

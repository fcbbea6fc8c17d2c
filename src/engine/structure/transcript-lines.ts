import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { foldName } from '../detect/values/person-names.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * A street split by a deposition transcript's line numbering: court reporters number every line
 * `page:line` and wrap at a fixed width, so a witness's home address breaks between the street's
 * name and its kind (`12:18 Q. And you lived at 1140 Tamarack\n12:19 Boulevard in 2022?`,
 * `15:3 A. At 4417 Wexford\n15:4 Crescent, in Evanston`; red-team round 96 and its leftovers):
 * the street detectors read neither half as a street. After `at` (lived at, living at, at), a
 * house number and one or two capitalised words ending a line, then the next numbered line
 * opening with a street's kind, the number and the name are masked. No word of the name a stop
 * or everyday word (`about 1400 Google\n22:12 Drive documents` stays: no `at`, and `Google`).
 */
const SPLIT_STREET =
  /(?<![\p{L}\d])[Aa]t (\d{1,6} \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\r?\n\d{1,4}:\d{1,2}[ \t]+(?:(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Crescent|Place|Pl|Way|Terrace|Circle|Parkway|Pkwy|Highway|Hwy|Trail|Row|Close|Square)\b)/gu;

/** Whether `text` may hold such a split: a line break followed by a line number. Native calls only. */
export function mayHoldSplitStreet(text: string): boolean {
  const nl = text.indexOf('\n');
  return nl > 0 && text.indexOf(':', nl) > nl && (text.indexOf('at ') >= 0 || text.indexOf('At ') >= 0);
}

export function splitStreetSpans(text: string, ctx: SpanContext): void {
  SPLIT_STREET.lastIndex = 0;
  for (let m = SPLIT_STREET.exec(text); m !== null; m = SPLIT_STREET.exec(text)) {
    const street = m[1]!;
    const words = street.slice(street.indexOf(' ') + 1).split(' ');
    if (words.some((w) => isNameStopWord(foldName(w)) || isEverydayWord(foldName(w)))) continue;
    const start = m.index + m[0].indexOf(street);
    pushSpan(ctx, text, start, start + street.length, 'ADDRESS', 'structure:transcript_street');
  }
}

/**
 * A person's name on a government form's name block whose title states the order of the name's
 * parts (stop 47, leftovers of red-team round 101): DD Form 214 block 1 `NAME (Last, First,
 * Middle)`, the US Standard Certificate of Death item 1 `DECEDENT'S LEGAL NAME (Include AKA's if
 * any) (First, Middle, Last)`, VA Form 21P-530EZ `DECEASED VETERAN'S NAME (First, Middle Initial,
 * Last)`, a burial-transit permit's `NAME OF DECEASED (Last, First, Middle)`, NGB Form 22 `LAST
 * NAME - FIRST NAME - MIDDLE NAME`; OCR and text extracts of such forms write the filled-in name on
 * the title's line. The title is the evidence: the word `name` before an order of two or three of
 * `last` / `first` / `middle` (`name` or `initial` after each allowed), in parentheses or joined by
 * `-` / `,` / `/`; what follows on the same line is the name when it is two to five words, each a
 * capital and letters (an initial, `'`, `-`, `.` allowed; a comma after the surname), no stop
 * word and one a name the lists know, and nothing else on the line (a title with nothing after it, or with the next block's number, a date or a
 * code, stays). The keyword pass gates it on `first`; the prefilter on `last` or `middle`.
 */
import type { Span, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, nameKind } from './person-names.js';

const ID = 'form_name_block';
const PART = '(?:last|first|middle|given|family)(?:[ \\t]+(?:name|initial)s?)?|surname';
/** A part written out with `name` (`LAST NAME`), which the joined order asks of its first part. */
const NAMED_PART = '(?:last|first|given|family)[ \\t]+names?|surname';
/** `name`, up to 40 characters of the title, then the parts' order (parenthesised or joined). */
const TITLE = new RegExp(
  `\\bname\\b[^\\n()]{0,40}(?:\\([^()\\n]{0,40}\\)[ \\t]*)?\\([ \\t]*(?:${PART})[ \\t]*,[ \\t]*(?:${PART})(?:[ \\t]*,[ \\t]*(?:${PART}))?[ \\t]*\\)|\\b(?:${NAMED_PART})[ \\t]*[-,/][ \\t]*(?:${PART})(?:[ \\t]*[-,/][ \\t]*(?:${PART}))?`,
  'gi',
);
const NAME_WORD = "\\p{Lu}(?:[\\p{L}\\p{M}'’-]*\\p{L}|\\.)?";
/** The filled-in name after the title, to the end of the line. */
const VALUE = new RegExp(`[ \\t]*[:.]?[ \\t]*(${NAME_WORD}(?:,?[ \\t]+${NAME_WORD}){1,4})[ \\t]*(?=\\r?\\n|$)`, 'uy');

/**
 * Whether `name` has at least two words of two letters, none a stop word, and one that the name
 * lists know and is no everyday English word (`SEE ATTACHED`, `NOT APPLICABLE`, `UNKNOWN` stay: FILL_INS).
 */
/** What a form's clerk writes in a name block instead of a name. */
const FILL_INS = new Set([
  'see',
  'attached',
  'unknown',
  'none',
  'not',
  'applicable',
  'redacted',
  'withheld',
  'pending',
  'void',
  'same',
  'above',
  'continued',
  'illegible',
]);

function nameWords(name: string): boolean {
  let words = 0;
  let plain = 0;
  for (const word of name.split(/[ \t,]+/)) {
    const bare = word.replace(/\.$/, '');
    if (bare.length < 2) continue;
    const folded = foldName(bare);
    if (isNameStopWord(folded) || FILL_INS.has(folded)) return false;
    words++;
    if (!isEverydayWord(folded) && nameKind(folded) !== 0) plain++;
  }
  return words >= 2 && plain > 0;
}

export const formNameBlocks: ValueDetector = {
  ...detectorFields({
    id: ID,
    entity: 'PERSON',
    description:
      "A person's name filled in on a form's name block whose title states the parts' order (`NAME (Last, First, Middle)`, `LAST NAME - FIRST NAME - MIDDLE NAME`)",
    validation:
      'the word name, then the order of two or three of last / first / middle in parentheses or joined by - , /; then, to the end of the line, two to five capitalised words, none a stop word or a fill-in (SEE ATTACHED), one a name the lists know',
    context: false,
    example: '1. NAME (Last, First, Middle) FONTAINEBLEAU, AUGUSTUS LEANDER',
    keywords: ['first'],
    prefilter: (s) => {
      const lower = s.lower();
      return lower.indexOf('last') !== -1 || lower.indexOf('middle') !== -1;
    },
  }),
  find(scan, out: Span[], priority) {
    const text = scan.text;
    TITLE.lastIndex = 0;
    for (let m = TITLE.exec(text); m !== null; m = TITLE.exec(text)) {
      const after = m.index + m[0].length;
      VALUE.lastIndex = after;
      const v = VALUE.exec(text);
      if (v === null) continue;
      const name = v[1]!;
      if (!nameWords(name)) continue;
      const start = after + v[0].indexOf(name);
      out.push({ start, end: start + name.length, entity: 'PERSON', detector: ID, normalized: name.toLowerCase(), priority });
      TITLE.lastIndex = start + name.length;
    }
  },
};

/**
 * A DNA match's name before the centimorgans it shares (red-team round 89): match lists,
 * clustering notes (Leeds method) and research-assistant prompts write a match as `Jarmila
 * Novotna-Bright 187 cM`, `Wendell Moravec (142 cM)`, `Tamsin Okonjo shares 551 cM`; genealogists'
 * matches come from every culture, and the name lists hold few of them. A run of two to four
 * capitalised words (particles such as `van`, `de` between them; hyphenated parts allowed) right
 * before an amount of centimorgans is the evidence. Leading words the stop list holds are dropped
 * (`Cluster Hesper Vandermolen 212 cM`); a run of everyday words (`Close Family 1742 cM`, `Half
 * Sibling 1700 cM`) stays. The keyword pass gates it on `cm`; the prefilter on ` cM` as written.
 */
import type { Span, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName } from './person-names.js';

const ID = 'dna_match_name';
/** How far before ` cM` the name may start. */
const WINDOW = 96;
/** Capitalised words (hyphenated parts, particles between), then a joiner, then the amount, at the end of the window. */
const NAME_BEFORE_AMOUNT =
  /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?: (?:(?:van|von|de|der|den|da|di|del|la|le|du|dos|ter) )?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?){1,3})(?: \(| - |, |: | shares? | shared | with | at | )~?\d{1,4}(?:[.,]\d{1,2})? ?$/u;

/** Words of match lists and DNA reports that stand before an amount without naming anyone (`Total Shared 3400 cM`). */
const REPORT_WORDS = new Set(
  'total shared longest largest segment segments sum average avg estimated predicted expected match matches cluster clusters maternal paternal side line unknown unassigned group tree relationship range parent child sibling siblings full half great aunt uncle cousin cousins niece nephew grand first second third fourth fifth removed close distant family'.split(
    ' ',
  ),
);
const skipWord = (folded: string): boolean => isNameStopWord(folded) || REPORT_WORDS.has(folded);

/** The name run without its leading stop words, or null when fewer than two words are left or all of them are everyday words. */
function nameRun(run: string): [number, string] | null {
  const words = run.split(' ');
  let skip = 0;
  let offset = 0;
  while (skip < words.length && skipWord(foldName(words[skip]!))) {
    offset += words[skip]!.length + 1;
    skip++;
  }
  const rest = words.slice(skip);
  if (rest.length < 2) return null;
  let named = false;
  for (const w of rest) {
    const folded = foldName(w);
    if (skipWord(folded)) return null;
    if (!isEverydayWord(folded)) named = true;
  }
  return named ? [offset, rest.join(' ')] : null;
}

export const dnaMatchNames: ValueDetector = {
  ...detectorFields({
    id: ID,
    entity: 'PERSON',
    description: "A DNA match's name before the centimorgans shared (match lists, clustering notes)",
    validation:
      'two to four capitalised words (particles and hyphenated parts allowed) right before an amount of centimorgans written `187 cM`, `(142 cM)` or `shares 551 cM`; leading stop words dropped, a run of everyday words kept',
    context: true,
    example: 'Cluster 2: Jarmila Novotna-Bright 187 cM',
    keywords: ['cm'],
    prefilter: (s) => s.text.indexOf(' cM') !== -1,
  }),
  find(scan, out: Span[], priority) {
    const text = scan.text;
    for (let at = text.indexOf(' cM'); at !== -1; at = text.indexOf(' cM', at + 3)) {
      const after = text.charCodeAt(at + 3);
      if ((after >= 65 && after <= 90) || (after >= 97 && after <= 122)) continue;
      const from = Math.max(0, at - WINDOW);
      const m = NAME_BEFORE_AMOUNT.exec(text.slice(from, at));
      if (m === null) continue;
      const run = nameRun(m[1]!);
      if (run === null) continue;
      const start = from + m.index + run[0];
      const end = start + run[1].length;
      out.push({ start, end, entity: 'PERSON', detector: ID, normalized: foldName(run[1]), priority });
    }
  },
};

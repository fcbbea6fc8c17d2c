/**
 * A survivor named in the newspaper convention of obituaries (red-team round 101): the child's or
 * the sibling's given name, the spouse's given name in parentheses, then the shared surname
 * (`daughters Lavinia (Osmund) Trelawney and Hester (Rufus) Okonkwo`; the Associated Press and
 * funeral-home obituary templates write survivors this way). The parenthesised given name between
 * two capitalised words is the evidence: at least one of the two given names is one the lists know
 * (US SSA list), no word is a stop or everyday word (`Apple (Cupertino) Store` stays), and the
 * surname is a capitalised word of 2+ letters (hyphenated parts allowed). The obituary's subject
 * before `is survived by`, `was predeceased by` or `passed away` too (`Eulalia is survived by her
 * son`, `Gideon Farnsworth, 86, of Lewiston passed away`): one to four capitalised words, none a
 * stop or everyday word (`He`, `She`, `The family`), one of them a name the lists know. The keyword
 * pass gates it on the words obituaries use (`survived`, `predeceased`, `passed away`, `daughter`,
 * `grandchild`, `in-law`); the prefilter on `) ` or ` survived by` / ` predeceased by` / ` passed
 * away` as written.
 */
import type { Span, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE } from './person-names.js';

const ID = 'obituary_survivor_name';
const WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’]+";
/** Given name, `(spouse)`, surname (hyphenated parts allowed). */
const SURVIVOR = new RegExp(`(?<![\\p{L}\\p{M}'’-])(${WORD}) \\((${WORD})\\) (${WORD}(?:-${WORD})?)(?![\\p{L}\\p{M}])`, 'gu');

/** The obituary's subject: capitalised words, maybe the age and the town, then the verb. */
const SUBJECT = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])(${WORD}(?:[ -]${WORD}){0,3})(?:, \\d{1,3})?(?:,? of \\p{Lu}[\\p{L} ]{1,30}?)?,? (?:is survived by|was predeceased by|passed away)\\b`,
  'gu',
);
const SUBJECT_VERBS = [' survived by', ' predeceased by', ' passed away'];

function plainWord(word: string): boolean {
  const folded = foldName(word);
  return !isNameStopWord(folded) && !isEverydayWord(folded);
}

function knownGiven(word: string): boolean {
  return (nameKind(foldName(word)) & (GIVEN | RARE)) !== 0;
}

export const obituarySurvivorNames: ValueDetector = {
  ...detectorFields({
    id: ID,
    entity: 'PERSON',
    description:
      "A survivor written in obituaries' convention (given name, the spouse's given name in parentheses, surname) and an obituary's subject before `is survived by` / `passed away`",
    validation:
      'three capitalised words, the middle one in parentheses, none a stop or everyday word, and one of the two given names a known one (US SSA list); or one to four capitalised words (one a known name, a single word a known given name) before the verb, the age and the town allowed between; in a text that says survived, predeceased, passed away, daughter, grandchild or in-law',
    context: true,
    example: 'survived by daughters Lavinia (Osmund) Trelawney and Hester (Rufus) Okonkwo',
    keywords: ['survived', 'predeceased', 'passed away', 'daughter', 'grandchild', 'in-law'],
    prefilter: (s) => s.text.indexOf(') ') !== -1 || SUBJECT_VERBS.some((v) => s.text.indexOf(v) !== -1),
  }),
  find(scan, out: Span[], priority) {
    const text = scan.text;
    SURVIVOR.lastIndex = 0;
    for (let m = SURVIVOR.exec(text); m !== null; m = SURVIVOR.exec(text)) {
      const [whole, given, spouse, surname] = m as unknown as [string, string, string, string];
      if (!plainWord(given) || !plainWord(spouse) || !plainWord(surname)) continue;
      if (!knownGiven(given) && !knownGiven(spouse)) continue;
      out.push({ start: m.index, end: m.index + whole.length, entity: 'PERSON', detector: ID, normalized: foldName(whole), priority });
    }
    if (!SUBJECT_VERBS.some((v) => text.indexOf(v) !== -1)) return;
    SUBJECT.lastIndex = 0;
    for (let m = SUBJECT.exec(text); m !== null; m = SUBJECT.exec(text)) {
      const run = m[1]!;
      const words = run.split(/[ -]/);
      if (!words.every(plainWord)) continue;
      if (!words.some((w) => nameKind(foldName(w)) !== 0)) continue;
      if (words.length === 1 && !knownGiven(run)) continue;
      out.push({ start: m.index, end: m.index + run.length, entity: 'PERSON', detector: ID, normalized: foldName(run), priority });
    }
  },
};

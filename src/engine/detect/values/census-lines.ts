/**
 * A person's name on a census transcription line typed in lower case (red-team round 89 and its
 * leftovers): volunteers' indexing notes and transcriptions of the 1940 / 1950 US population
 * schedules write a line as `line 22: hollingsworth, marianne e  dau  w  f  4  ohio`, the name
 * surname first, then the relationship to the head of household. The line number, the
 * `surname, given [initial]` pair and a relationship word right after it (`head`, `wife`, `son`,
 * `dau`, `daughter`, `boarder`…) are the evidence; a line without a relationship (`line 32: vacant
 * dwelling, no persons enumerated`) stays.
 */
import { regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName } from './person-names.js';

const RELATIONSHIP =
  'head|wife|husband|son|dau|daughter|mother|father|mother-in-law|father-in-law|son-in-law|daughter-in-law|brother|sister|grandson|granddaughter|grandchild|niece|nephew|boarder|lodger|roomer|servant|partner|stepson|stepdaughter|adopted son|adopted daughter';

/** The next `line ` before a digit at or after `from` (where a match may start), or -1. */
function nextLineNumber(text: string, from: number): number {
  for (let i = text.indexOf('line ', from); i !== -1; i = text.indexOf('line ', i + 5)) {
    const c = text.charCodeAt(i + 5);
    if (c >= 48 && c <= 57) return i;
  }
  return -1;
}

export const censusLineName = regexDetector({
  id: 'census_line_name',
  entity: 'PERSON',
  description: 'A name written surname first in lower case on a census transcription line (`line 22: hollingsworth, marianne e  dau`)',
  validation:
    '`line <n>:` then `surname, given [initial]` in lower case, then a relationship to the head of household (head, wife, son, dau, boarder…); no word a stop or an everyday word',
  context: false,
  example: 'sheet 12 line 22: hollingsworth, marianne e  dau  w  f  4  ohio',
  keywords: ['line '],
  // The name's `, ` first (a native search), then only where `line <digit>` stands.
  prefilter: (s) => s.text.length >= 20 && s.text.indexOf(', ', 8) !== -1,
  starts: (s, from) => nextLineNumber(s.text, from),
  pattern: new RegExp(
    `(?<![\\w-])line \\d{1,3}[ab]?: ([a-z][a-z'’-]{1,30}, [a-z][a-z'’-]{1,30}(?: [a-z][a-z'’-]{1,30})?(?: [a-z]\\.?)?)[ \\t]{1,4}(?:${RELATIONSHIP})(?![\\w-])`,
    'dg',
  ),
  group: 1,
  validate: (v) => {
    for (const word of v.replace(',', '').split(' ')) {
      if (word.length < 2) continue;
      const folded = foldName(word);
      if (isNameStopWord(folded) || isEverydayWord(folded)) return undefined;
    }
    return v;
  },
});

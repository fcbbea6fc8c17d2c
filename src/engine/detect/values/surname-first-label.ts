/**
 * A person's name written surname first after a name label (red-team round 104): a PC
 * reservation or print server's log (`| Name: KOWALCZYK, TEODORA |`), a debug line in lower case
 * (`name="gallagher, saoirse"`), a circulation report (`Patron: Abernathy, Clementine`). The
 * capitalised-run reader takes a run of capitalised words, not a `Surname, Given` pair in
 * capitals or in lower case, and it stops at the comma. Only a pair whose second word is a given
 * name of the lists and whose first is no stop or everyday word, written in one case style
 * (capitals, lower case, or each word capitalised): `Name: Smith, Inc`, `name=orders, daily`
 * stay.
 */
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE } from './person-names.js';
import { regexDetector } from './helpers.js';

const WORD = "\\p{L}[\\p{L}'’]{1,30}(?:-\\p{L}[\\p{L}'’]{1,30})?";
const PATTERN = new RegExp(
  `(?<![\\p{L}\\d_-])(?:(?:patron|borrower|user|display|full|member|customer|client)[ _]?)?(?:name|nombre|patron|borrower)[ \\t]*[:=][ \\t]*["']?(${WORD},[ ]?${WORD}(?: \\p{L}\\.?)?)(?![\\p{L}\\d])`,
  'dgiu',
);

/** One case style for the whole pair: capitals, lower case, or each word capitalised. */
function oneCaseStyle(v: string): boolean {
  if (v === v.toUpperCase() || v === v.toLowerCase()) return true;
  return v.split(/[ ,-]+/).every((w) => w.length === 0 || (w[0] === w[0]!.toUpperCase() && w.slice(1) === w.slice(1).toLowerCase()));
}

export const surnameFirstAfterNameLabel = regexDetector({
  id: 'person_name_surname_first_label',
  entity: 'PERSON',
  description: 'A name written `Surname, Given` after a name label (`Name: KOWALCZYK, TEODORA`, `name="gallagher, saoirse"`)',
  validation:
    'after name / nombre / patron / borrower (or patron_name, display name…) and `:` or `=`: two words split by a comma, the second a given name of the lists, the first no stop or everyday word; one case style (capitals, lower case or capitalised words)',
  context: true,
  example: '2025-12-03 14:02:11 | MAIN-PC14 | Session start | Name: KOWALCZYK, TEODORA | Minutes: 60',
  keywords: ['name', 'nombre', 'patron', 'borrower'],
  prefilter: (s) => s.text.length >= 10 && s.text.includes(','),
  pattern: PATTERN,
  group: 1,
  validate: (v) => {
    if (!oneCaseStyle(v)) return undefined;
    const comma = v.indexOf(',');
    // A quote before the comma closed the value (`name='weekly-forecast', sha=…`): two values, no pair.
    const last = v.charCodeAt(comma - 1);
    if (last === 39 || last === 0x2019) return undefined;
    const surname = foldName(v.slice(0, comma));
    const rest = v
      .slice(comma + 1)
      .trim()
      .split(' ');
    const given = foldName(rest[0]!);
    if (isNameStopWord(surname) || isEverydayWord(surname) || isNameStopWord(given)) return undefined;
    if ((nameKind(given) & (GIVEN | RARE)) === 0) return undefined;
    return foldName(v);
  },
});

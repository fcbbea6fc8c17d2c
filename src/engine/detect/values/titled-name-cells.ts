/**
 * A person's title, given name and surname in three cells of a row without its header (red-team
 * round 38): donor and Gift Aid schedules (HMRC's layout: title, first name, last name, house,
 * postcode…), mailing lists and membership exports put them so, `Mr,Gareth,Llewellyn,…` or
 * `"Mrs";"Eleanor";"Whitcombe"`. A cell that is exactly a title, then two cells that are
 * capitalised words, one of them a known given name or surname, is the evidence; the two names are masked apart, the separators stay.
 * The title is a whole cell: a street's `Dr` (Drive) ending a cell before the city and state
 * (`4410 Juniper Hollow Dr,Mesa,AZ,85205` of a CTMS patient export: red-team round 95) is none.
 */
import type { Span, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName, nameKind } from './person-names.js';

const TITLES = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr'];
const SEPARATORS = [',', ';', '\t', '|', '",', '";'];

/** Title cell, separator, given-name cell (a word, two words or an initial), the same separator, surname cell. */
const TITLED_CELLS =
  /(?<![^\t\r\n,;|"])"?(?:Mr|Mrs|Ms|Miss|Mx|Dr|MR|MRS|MS|MISS|DR)\.?"?([,;\t|])"?([A-Z][a-z'\u2019-]{1,20}(?: [A-Z][a-z'\u2019-]{1,20})?|[A-Z]\.?)"?\1"?([A-Z][a-z'\u2019]?[A-Za-z'\u2019-]{1,25}(?:[ -][A-Z][a-z'\u2019-]{1,20})?)"?(?=\1|\r?\n|$)/dg;

/** A word of the cell that is a stop word or an everyday English word (`Dr,Settings,Enabled`) is no name. */
function nameCell(cell: string): boolean {
  for (const w of cell.split(/[ -]/)) {
    const folded = foldName(w.replace(/\.$/, ''));
    if (folded.length > 1 && (isNameStopWord(folded) || isEverydayWord(folded))) return false;
  }
  return true;
}

/** The cell's first word is a given name or surname of the name lists (`Gareth`, `Whitcombe`). */
function knownName(cell: string): boolean {
  const first = cell.split(/[ -]/)[0]!;
  return first.length > 2 && nameKind(foldName(first)) !== 0;
}

function push(out: Span[], text: string, range: [number, number], priority: number): void {
  const [start, end] = range;
  out.push({ start, end, entity: 'PERSON', detector: 'titled_name_cells', normalized: foldName(text.slice(start, end)), priority });
}

export const titledNameCells: ValueDetector = {
  ...detectorFields({
    id: 'titled_name_cells',
    entity: 'PERSON',
    description:
      'Given name and surname in the two cells after a title cell of a row without header (Gift Aid schedules, donor and mailing lists)',
    validation:
      'a cell that is exactly Mr, Mrs, Ms, Miss, Mx or Dr, then a capitalised word (or two, or an initial) and a capitalised surname, each a whole cell, split by the same `,` `;` TAB or `|`; no word of them a stop word or an everyday English word, and one of them a given name or surname of the name lists',
    context: true,
    example: 'Mr,Gareth,Llewellyn,Ty Gwyn,CF14 3NT',
    keywords: TITLES.flatMap((t) => SEPARATORS.map((s) => t + s)),
    prefilter: (s) => s.text.length >= 8,
  }),
  find(scan, out, priority) {
    const text = scan.text;
    TITLED_CELLS.lastIndex = 0;
    for (let m = TITLED_CELLS.exec(text); m !== null; m = TITLED_CELLS.exec(text)) {
      if (!nameCell(m[2]!) || !nameCell(m[3]!) || !(knownName(m[2]!) || knownName(m[3]!))) continue;
      push(out, text, m.indices![2]!, priority);
      push(out, text, m.indices![3]!, priority);
    }
  },
};

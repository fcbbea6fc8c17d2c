/**
 * The French INSEE file of deceased persons (fichier des personnes décédées, published monthly by
 * INSEE on data.gouv.fr and reused by matchID and genealogy sites): each record opens with
 * `nomprenom`, the surname, `*`, the given names and `/` (`LAMBERTIN*JOSEPHINE MARIE/`), then the
 * sex (`1` / `2`) and the birth date `AAAAMMJJ`, in the fixed-width file (padded with blanks) and in
 * its semicolon CSV form alike (red-team round 101). The `*` between two runs of capitals, the
 * `/` closing the given names and the sex and birth date right after are the evidence; the birth
 * date is masked with the names. The keyword pass gates it on `*`; the prefilter on a `/` as well.
 */
import type { Span, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';

const ID = 'insee_death_file_name';
const CAPS = "A-ZÀ-ÖØ-Þ'’ -";
/** `SURNAME*GIVEN NAMES/`, then the sex and the birth date (`;2;19380412` or `   219380412`). */
const RECORD = new RegExp(
  `(?<![A-Za-zÀ-ÿ])([A-ZÀ-ÖØ-Þ][${CAPS}]{0,60}[A-ZÀ-ÖØ-Þ])\\*([A-ZÀ-ÖØ-Þ][${CAPS}]{0,80}[A-ZÀ-ÖØ-Þ])\\/(?:;| *)[12];?((?:18|19|20)\\d{2}(?:0\\d|1[0-2])[0-3]\\d)(?!\\d)`,
  'g',
);

export const inseeDeathFileNames: ValueDetector = {
  ...detectorFields({
    id: ID,
    entity: 'PERSON',
    description: "A person's name (and birth date) in a record of the French INSEE file of deceased persons (`NOM*PRENOMS/`)",
    validation:
      'a run of capitals, `*`, a run of capitals (the given names), `/`, then the sex (1 or 2) and a birth date AAAAMMJJ, which is masked with them',
    context: false,
    example: 'LAMBERTIN*JOSEPHINE MARIE/;2;19380412;75114;PARIS 14E ARRONDISSEMENT',
    keywords: ['*'],
    prefilter: (s) => s.text.indexOf('/') !== -1,
  }),
  find(scan, out: Span[], priority) {
    const text = scan.text;
    RECORD.lastIndex = 0;
    for (let m = RECORD.exec(text); m !== null; m = RECORD.exec(text)) {
      const surname = m[1]!;
      const given = m[2]!;
      const start = m.index;
      const givenAt = start + surname.length + 1;
      out.push({ start, end: start + surname.length, entity: 'PERSON', detector: ID, normalized: surname.toLowerCase(), priority });
      out.push({ start: givenAt, end: givenAt + given.length, entity: 'PERSON', detector: ID, normalized: given.toLowerCase(), priority });
      const birth = m[3]!;
      const at = start + m[0].length - birth.length;
      out.push({ start: at, end: at + birth.length, entity: 'DATE_OF_BIRTH', detector: ID, normalized: birth, priority });
    }
  },
};

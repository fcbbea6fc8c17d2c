import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT96_CORPUS } from './fixtures/left96-corpus.js';

/**
 * Leftovers of red-team round 96 (stop 46): the record shapes of e-discovery and litigation support
 * that round 96 still leaked, written again from other sources (fixtures/left96-corpus.ts cites each
 * case's), so a fix is measured on records it was not written for. A planted value counts as found
 * only if no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or
 * not, nor inside a base64 run the output still holds (`present` decodes them). The floors are what
 * holds now; raise them, never lower them.
 * Before any fix (40 cases, 64 planted, 112 look-alikes; CI=true npx vitest run --project unit
 * test/unit/engine/left96-corpus.test.ts): realistic recall 0.692 (26 planted), adversarial 0.473
 * (38); look-alikes kept 0.982 (58) / 0.944 (54). Per family (recall / kept): typed_resources
 * 0.933 / 1.000, sentence_names 0.428 / 1.000, foreign_names 0.777 / 0.765, paths_files 0.200 /
 * 1.000, flat_rows 0.444 / 1.000. The idempotence suite passed before any fix.
 * The look-alikes masked before any fix: `Ley Orgánica 3/2018` (read as a person), offices after an
 * honorific (`Mme la Présidente du tribunal`, `Sr. Analista de turno`, `Sr. Diretor Jurídico`).
 * Leaks before any fix: the first of two custodians under Graph `displayName` of an
 * `ediscoveryCustodian` (a given name no list knows); the subject (or object) of a generated review
 * sentence (`Theodric Vanstone asks …`, `… tells Radomir Castellanos-Whitfield that`); the first
 * name of a list `A, B and C`; a LEDES TIMEKEEPER_NAME `Surname, Given`; lower-case names after
 * `memo from`, `texts between`, `laptop of`, `files of` and both lower-case names of a `;` list
 * (EDRM `#CC` tag value, a `recipients` field); a title-case name after Italian `Sig.ra`; a person
 * after Dutch `van`; custodian folders `Surname_G` / `Surname-Surname_G` / `Surname_Given` in Nuix,
 * Processing, OPT (also base64) and Vault export paths; a deponent's and a declarant's names in
 * transcript and exhibit file names; a login `i.surname-surname` as the last cell of header-less
 * CSV / pipe rows (also base64); a name URL-encoded with `%20` under a bare `name=`; a street split
 * by a transcript's line numbering.
 * After the fixes of stop 46: realistic 1.000, adversarial 1.000; kept 1.000 / 1.000 (recall:
 * typed_resources, sentence_names, foreign_names, paths_files, flat_rows 1.000). The fixes, each
 * in both walks: a bare `displayName` / `name` read as a person's when the resource's
 * `@odata.type` is a Graph person type (user, contact, orgContact, person, ediscoveryCustodian,
 * userSource…; structure/siblings.ts odataNamesPerson, engine.ts); a custodian's folder
 * `Surname_G` / `Surname-Surname_G` / `Surname_Given` under `Custodians`, above a profile or
 * mailbox folder or as an OPT image path's folder, also in base64 (structure/custodian-folders.ts,
 * kv.ts); a dotted login `i.surname(-surname)` as the last cell of a bare row of five cells
 * (structure/dated-login-cells.ts); `exh`, `depo`, `decl` as kinds of a personal file and `.ptx`
 * e-transcripts (structure/file-names.ts); the other party of a found person beside a verb of
 * writing or asking or in a list (structure/person-partners.ts); `Sig.ra`, `Sig.na`, `Dott.ssa`,
 * `Doña`, `Dña` titles, and Dutch / German / French / Spanish / Portuguese document kinds before
 * `van` / `von` / `de` as phrase leads (person-names.ts); lower-case names after `email from`,
 * `memo from`, `letter from`, `texts between`, `laptop of`, `files of`, `mailbox of`
 * (person_name_lower_legal); a bare `name=` on an acknowledgement or questionnaire link
 * (structure/url.ts); LEDES 1998B read without its `[]` line ends (structure/csv.ts); a
 * `;`-separated list of people under `to` / `cc` / `bcc` / `recipients` / `attendees` /
 * `participants` or an EDRM `#CC` tag (structure/short-member-shapes.ts, kv.ts); a street split
 * by a transcript's page:line numbering after `at` (structure/transcript-lines.ts); the
 * look-alikes: offices after a Romance title and a Spanish statute's words as stop words
 * (person-name-stop.ts). Detector test: detectors/ediscovery-leftovers96.test.ts.
 * Known leaks left: none in this corpus. Decisions: a sentence whose two parties are both names
 * no list knows and that no detector found (`Wendeline Osterhaus sends Barnaby Oyekunle …` of
 * round 96) stays, as `Northwind Traders sends Fabrikam Logistics …` has the same shape; a bare
 * `name=` stays off acknowledgement links (`/projects?name=Project%20Osprey`); a `;` list of one
 * item is left to the detectors.
 */

/** A raw copy, JSON-escaped or not, also inside a base64 run the output still holds. */
function present(output: string, value: string): boolean {
  if (output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1))) return true;
  for (const run of output.match(/[A-Za-z0-9+/]{24,}={0,2}/g) ?? []) {
    if (Buffer.from(run, 'base64').toString('utf8').includes(value)) return true;
  }
  return false;
}

corpusFloorsSuite(
  'leftovers of red-team round 96',
  'left96 corpus',
  LEFT96_CORPUS,
  {
    family: {
      typed_resources: 1,
      sentence_names: 1,
      foreign_names: 1,
      paths_files: 1,
      flat_rows: 1,
    },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 96', LEFT96_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT102_CORPUS } from './fixtures/left102-corpus.js';

/**
 * Leftovers of red-team round 102 (stop 47): the record shapes of campaigns, fundraising platforms,
 * campaign-finance filings, voter files and organising tools that round 102 still leaked or
 * over-masked, written again from other sources (other states' voter files, other filing and
 * texting tools, Portuguese, Italian and Catalan forms; fixtures/left102-corpus.ts cites each
 * case's source), so a fix is measured on records it was not written for. A planted value counts
 * as found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix (35 cases, 78 planted, 106 look-alikes; CI=true npx vitest run --project unit
 * test/unit/engine/left102-corpus.test.ts): realistic recall 0.592 (27 planted), adversarial 0.392
 * (51); look-alikes kept 0.812 (32) / 0.932 (74). Per family (recall / kept): lower_rows 0.305 /
 * 0.846, field_pairs 0.703 / 0.944, lower_prose 0.333 / 1.000, lookalikes 0.666 / 0.890. The two
 * walks agreed on every case; the idempotence suite passed.
 * Leaks before any fix: header-less rows written all in lower case (Florida voter extract,
 * Colorado and Pennsylvania voter files, FEC bulk `indiv` rows' `last, first middle`, Texas Ethics
 * Commission contributions, Spanish petition signatures, a Spoke assignment row) lose none of
 * their names, and the Pennsylvania rows not their birth dates either; a caller's or texter's
 * login as a cell of a header-less row (`kfennimore`, `t.valcourt`, `mquarshie2`); a single given
 * name after `Nombre:` / `Nome:`; URL-encoded names and a phone in a `%20` form body's prose; a
 * lower-case name under a bare `name` beside `sms` / `mobile` (JSON and key=value); a person
 * under `contributor=` whose names no list holds; a lower-case name in brackets after a nickname;
 * lower-case Spanish, Portuguese and Italian streets (`avenida`, `camino`, `paseo`, `rua`, `via`)
 * and a lower-case name after `maneja`.
 * The look-alikes masked before any fix: nine-digit voter ids first in a header-less row (Florida,
 * Colorado: read as SSNs) and a ten-digit precinct code (a phone); `Kaiser Permanente` under
 * `employer=` (a person); public ABA routing numbers under `routing_number` (ABA_ROUTING);
 * `Sierra Club Political Committee` (`Sierra Club` read as a person); committees' role mailboxes
 * (every e-mail is masked); `Comité Hispano de Acción Cívica` (`Hispano de Acción Cívica` a
 * person).
 * After this pass's fixes (stop 47): the one-word and `surname, given` cells of a header-less row
 * written all in lower case are read as the same cells capitalised, a lower-case US street line
 * and a state beside its ZIP count as the row's evidence, and a surname before an empty suffix
 * cell and the given-name pair is a name (structure/person-rows.ts lowerCells); a caller's or a
 * texter's login (an initial or two and a surname of the lists, or letters and a number) beside
 * the contact's name or right after the contact's phone in a person's row (person-rows.ts
 * callerLogin); `Nombre:` / `Nombres:` / `Nome:` as name labels, and a political committee's words
 * after a run (`… Political Committee`, `PAC`, `Victory Fund`) keep it (person-names.ts); a
 * lower-case name of two or three words beside a phone under a bare `name`, in both walks and in
 * a key=value line with a contact pair (bare-name-columns.ts isLowerPersonName,
 * claim-party-names.ts); lower-case Spanish streets with the number first and Portuguese, Spanish
 * and Italian ones after a verb of living (addresses.ts); a form body written with `%20` only, of
 * two pairs when a value holds encoded prose (form-body.ts, engine.ts gate); a lower-case name in
 * brackets after the nickname a person goes by (person_name_lower_bracket, new). Realistic 0.925,
 * adversarial 1.000; kept 0.812 / 0.945 (recall: lower_rows 1.000, field_pairs 1.000, lower_prose
 * 0.916, lookalikes 0.666; kept: lower_rows 0.846, field_pairs 0.944, lower_prose 1.000,
 * lookalikes 0.909). The two walks agree on every case.
 * Known leaks left: a lower-case name after a verb with no role word (`maneja rigoberta ancheta`:
 * `maneja` leads everything in Spanish prose), and a person under a bare `contributor=` whose
 * given name no list holds (`Abelard Quintero-Voss`: a bare `contributor` names PACs and
 * conduits as often, so no key rule).
 * Look-alikes still masked, by decision: nine-digit voter ids in a header-less row's first cells
 * (Florida's and Colorado's are SSN-shaped; payroll rows carry SSNs there: left98's decision) and a
 * ten-digit precinct code (a NANP-shaped number in a person's row); a public ABA routing number
 * under `routing_number` (ABA_ROUTING by design); committees' role mailboxes (every e-mail is
 * masked); `Kaiser Permanente` under `employer=` (a surname and a word the text detectors read
 * before any key); `Comité Hispano de Acción Cívica` (`Hispano` is a surname, no organisation word
 * follows).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 102',
  'left102 corpus',
  LEFT102_CORPUS,
  {
    family: {
      lower_rows: 1,
      field_pairs: 1,
      lower_prose: 0.916,
      lookalikes: 0.666,
    },
    slice: { realistic: { recall: 0.925, kept: 0.812 }, adversarial: { recall: 1, kept: 0.945 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 102', LEFT102_CORPUS);

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
      lower_rows: 0.305,
      field_pairs: 0.703,
      lower_prose: 0.333,
      lookalikes: 0.666,
    },
    slice: { realistic: { recall: 0.592, kept: 0.812 }, adversarial: { recall: 0.392, kept: 0.932 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 102', LEFT102_CORPUS);

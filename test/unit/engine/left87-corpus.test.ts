import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT87_CORPUS } from './fixtures/left87-corpus.js';

/**
 * Leftovers of red-team round 87 (stop 44): the record shapes of home care, home health and senior
 * living that round 87 still leaked or over-masked, written again from other sources
 * (fixtures/left87-corpus.ts cites each case's), so a fix is measured on records it was not written
 * for. A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix (29 cases; CI=true npx vitest run --project unit test/unit/engine/left87-corpus.test.ts):
 * realistic recall 0.500 (28 planted), adversarial 0.571 (42); look-alikes kept 0.950 (40) / 0.900
 * (40). Per family (recall / kept): flat_rows 0.545 / 0.947, member_ids 0.889 / 1.000, note_names
 * 0.588 / 1.000, file_paths 0.000 / 1.000, ocr_forms 0.333 / 1.000, lookalikes – / 0.821 (28). The
 * look-alikes masked before any fix: `Maple Ridge Home Health` (an agency) and its office's street
 * `250 Main Street`, two organizations' Direct addresses (`intake@direct…`, `referrals@direct…`), a
 * scheduling group mailbox under `EmployeeManagerEmail`, and a door name `EXIT-WEST` in a
 * header-less wander-management row. The idempotence suite passed before any fix.
 * After the fixes of stop 44 (the rules listed in redteam87-corpus.test.ts): realistic 0.821,
 * adversarial 0.905; kept 1.000 / 0.900 (recall: flat_rows 0.788, member_ids 1.000, note_names
 * 0.882, file_paths 1.000, ocr_forms 1.000; lookalikes kept 0.893).
 * Left: header-less rows' Medicaid ids and record numbers (`KL48213M`, `7004128833`,
 * `MRH-2207714`: no cell or column tells them from the visit ids beside them) and a login in a row
 * whose name has no comma (`mpereira-soto` beside `LINDQVIST AUGUSTA`); a given name opening a
 * sentence (`Perpetua refused…`); `res philippa …` (a bare `res` opens a gate on most records).
 * Look-alikes still masked: organizations' one-word Direct addresses and a scheduling group
 * mailbox (other rounds plant one-word mailboxes as personal), a door `EXIT-WEST` read as a name
 * column by person_rows in a header-less row.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 87',
  'left87 corpus',
  LEFT87_CORPUS,
  {
    family: {
      flat_rows: 0.787,
      member_ids: 1,
      note_names: 0.882,
      file_paths: 1,
      ocr_forms: 1,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.821, kept: 1 }, adversarial: { recall: 0.904, kept: 0.9 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 87', LEFT87_CORPUS);

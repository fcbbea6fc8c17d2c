import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT69_CORPUS } from './fixtures/left69-corpus.js';

/**
 * Leftovers of red-team round 69 (stop 39): the record shapes of banks' payment messages that
 * round 69 still leaked or over-masked, written again from other sources (fixtures/left69-corpus.ts
 * cites each case's), so a fix is measured on records it was not written for. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix (32 cases; CI=true npx vitest run --project unit test/unit/engine/left69-corpus.test.ts):
 * realistic recall 0.424 (33 planted), adversarial 0.317 (41); look-alikes kept 0.917 (36) / 0.972
 * (36). Per family (recall / kept): swift_fields 0.200 / 1.000, payment_rows 0.389 / 1.000,
 * note_labels 0.571 / 1.000, payment_keys 0.222 / 0.750, lookalikes 1.000 / 0.917. The look-alikes
 * masked before any fix: companies as the parties of an MT103 (`BRIGHTWATER LOGISTICS GMBH`,
 * `HOLLANDSE VLOT BV`: swift_mt_party reads no legal form), a routing number under ISO 20022's
 * `mmbId` (read as a medical record number), a charge bearer `SHA` under `chgBearer` (a bearer
 * token key).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 69',
  'left69 corpus',
  LEFT69_CORPUS,
  {
    family: {
      swift_fields: 0.2,
      payment_rows: 0.388,
      note_labels: 0.571,
      payment_keys: 0.222,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.424, kept: 0.916 }, adversarial: { recall: 0.317, kept: 0.972 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 69', LEFT69_CORPUS);

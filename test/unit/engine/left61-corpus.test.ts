import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT61_CORPUS } from './fixtures/left61-corpus.js';

/**
 * Leftovers of red-team round 61 (stop 38): the record shapes round 61 still leaked, written again
 * from other sources (fixtures/left61-corpus.ts cites each case's), so a fix is measured on records
 * it was not written for. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix (38 cases; CI=true npx vitest run --project unit test/unit/engine/left61-corpus.test.ts):
 * realistic recall 0.300 (20 planted), adversarial 0.310 (29); look-alikes kept 0.956 (45) / 0.969
 * (32). Per family (recall / kept): inverted_names 0.571 / 0.962, hl7_names_quoted 0.000 / 0.950,
 * fhir_pairs 0.333 / 0.909, dates_beside_names 0.000 / 1.000, insurance_ids 0.571 / 1.000. The
 * look-alikes masked before any fix: `Patient Privacy Monitoring` (a product name after
 * `Patient`), `Patient Number` (an ATNA id type's text), `Attending Physician` (an agent's role).
 * After the fixes of stop 38 (person-names.ts reversedPairSetting, hl7-quoted-names.ts,
 * dispatch-records.ts birthDateAfterInvertedName, siblings.ts FHIR value[x] and extension urls,
 * person-parent.ts altId, hl7.ts MBIs in IN1 / IN2, keys.ts US_MBI, three stop words): realistic
 * 1.000, adversarial 0.966; kept 1.000 / 1.000 (recall: inverted_names 1.000, hl7_names_quoted
 * 1.000, fhir_pairs 0.889, dates_beside_names 1.000, insurance_ids 1.000). Left: an AuditEvent
 * agent's `name` beside `requestor` and `role` only, of a given name no list knows (`Ysolde
 * Marchbanks`): `requestor` is true of devices and apps too, and a bare `name` there is as often
 * a product's.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 61',
  'left61 corpus',
  LEFT61_CORPUS,
  {
    family: {
      inverted_names: 1,
      hl7_names_quoted: 1,
      fhir_pairs: 0.888,
      dates_beside_names: 1,
      insurance_ids: 1,
    },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 0.965, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 61', LEFT61_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT76_CORPUS } from './fixtures/left76-corpus.js';

/**
 * Leftovers of red-team round 76 (stop 41): the record shapes of IoT, connected-vehicle and fleet
 * telematics records that round 76 still leaked or over-masked, written again from other sources
 * (fixtures/left76-corpus.ts cites each case's), so a fix is measured on records it was not written
 * for. A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix (40 cases; CI=true npx vitest run --project unit test/unit/engine/left76-corpus.test.ts):
 * realistic recall 0.500 (16 planted), adversarial 0.257 (35); look-alikes kept 0.895 (38) / 1.000
 * (35). Per family (recall / kept): structured_fields 0.286 / 1.000, chat_text 0.200 / 1.000,
 * flat_rows 0.375 / 1.000, encoded_and_prose 0.455 / 1.000, lookalikes 1.000 / 0.871 (31). The
 * look-alikes masked before any fix: a Geotab group `Long Haul East`, a carrier head office under
 * `company_street`, Takeout's `From Google Nest Mini in Bedroom` and a café network `Blue Bottle
 * Guest`. Measured after one correction of the corpus, before any fix: an RFC 5737 client address
 * of an access log and a `ticket=` query value were listed as look-alikes in the first draft and are
 * masked by the README's policy (IP addresses; a ticket is a credential); they were dropped (kept
 * was 0.872 / 0.971 with them). The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 76',
  'left76 corpus',
  LEFT76_CORPUS,
  {
    family: {
      structured_fields: 0.285,
      chat_text: 0.2,
      flat_rows: 0.375,
      encoded_and_prose: 0.454,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.5, kept: 0.894 }, adversarial: { recall: 0.257, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 76', LEFT76_CORPUS);

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
 * After the fixes of stop 41 (the rules listed in redteam76-corpus.test.ts): realistic 0.938,
 * adversarial 0.800; kept 1.000 / 1.000 (recall: structured_fields 0.571, chat_text 0.900,
 * flat_rows 1.000, encoded_and_prose 0.909; lookalikes kept 1.000).
 * Left: a Hubitat `lockCodes` map under a generic `value` beside `attribute: lockCodes` (the map's
 * own name is `value`), Home Assistant Keymaster entity rows (`input_text.<lock>_name_<slot>`) and
 * Particle `{name: ownerName, value}` rows (`owner name` is a team's as often: keys.ts) — 6 values;
 * a rare given name before a surname no list knows after `morning` (`fenna oosterhuis`) and a
 * capitalised driver whose given name and surname no list knows (`driver Cosmin Ardeleanu`: the
 * names40 helper's).
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
      structured_fields: 0.571,
      chat_text: 0.9,
      flat_rows: 1,
      encoded_and_prose: 0.909,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.937, kept: 1 }, adversarial: { recall: 0.8, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 76', LEFT76_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT28_CORPUS } from './fixtures/left28-corpus.js';

/**
 * Leftovers of red-team round 28 (stop 45): the record shapes of Commonwealth and Irish services
 * that round 28 still leaked, written again from other sources (fixtures/left28-corpus.ts cites
 * each case's), so a fix is measured on records it was not written for. A planted value counts as
 * found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix (50 cases; CI=true npx vitest run --project unit test/unit/engine/left28-corpus.test.ts):
 * realistic recall 0.467 (15 planted), adversarial 0.535 (43); look-alikes kept 1.000 (22) / 0.952
 * (63). Per family (recall / kept): generic_ids 0.467 / 0.947, flat_rows 0.520 / 1.000, label_names
 * 0.250 / 1.000, row_phones 0.800 / 0.929, lookalikes kept 0.966 (29). The look-alikes masked
 * before any fix: a help-desk actor `gp-reception-12` (USERNAME), a town `Shah Alam` in a CSV row
 * (PERSON), GS1's GTIN-13 example 5901234123457 (CREDIT_CARD: it passes Luhn). The idempotence
 * suite passed before any fix.
 * After the fixes of stop 45 (the rules listed in redteam28-corpus.test.ts): realistic 1.000,
 * adversarial 0.884; kept 1.000 / 0.984 (recall: generic_ids 0.867, flat_rows 0.960, label_names
 * 1.000, row_phones 0.800; lookalikes kept 1.000).
 * Left: NHS numbers under a terse `pid` / `subject` (a mod-11 check passes one number in eleven;
 * those names hold process and order ids as often); a name neither list knows beside only a
 * phone (`Otieno Odhiambo;0712 123456`: a two-word cell beside a phone is a place or a team as
 * often); a mobile written unbroken (`08021234567`) or an 8-digit Singapore mobile in a row that
 * names no one (an id's digits as often); the town `Shah Alam` read as a name in a row (both
 * words are names of the lists).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 28',
  'left28 corpus',
  LEFT28_CORPUS,
  {
    family: { generic_ids: 0.866, flat_rows: 0.96, label_names: 1, row_phones: 0.8, lookalikes: 1 },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 0.883, kept: 0.984 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 28', LEFT28_CORPUS);

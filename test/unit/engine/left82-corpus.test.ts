import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT82_CORPUS } from './fixtures/left82-corpus.js';

/**
 * Leftovers of red-team round 82 (stop 42): the record shapes of wealth management, brokerage and
 * retirement plans that round 82 still leaked or over-masked, written again from other sources
 * (fixtures/left82-corpus.ts cites each case's), so a fix is measured on records it was not written
 * for. A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never
 * lower them.
 * Before any fix (34 cases; CI=true npx vitest run --project unit test/unit/engine/left82-corpus.test.ts):
 * realistic recall 0.531 (32 planted), adversarial 0.364 (55); look-alikes kept 0.921 (38) / 0.965
 * (57). Per family (recall / kept): order_audit 0.174 / 1.000, order_text 0.533 / 1.000,
 * client_names 0.625 / 1.000, foreign_ids 0.364 / 1.000, lookalikes 0.667 / 0.865 (37). The
 * look-alikes masked before any fix: broker-dealers named after their founders (`Raymond James &
 * Associates, Inc.`, `Edward D. Jones & Co., L.P.`, `Robert W. Baird & Co. Incorporated`) and
 * KiwiSaver schemes (`Fisher Funds KiwiSaver Scheme`, `Milford KiwiSaver Plan`) read as people.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 82',
  'left82 corpus',
  LEFT82_CORPUS,
  {
    family: {
      order_audit: 0.173,
      order_text: 0.533,
      client_names: 0.625,
      foreign_ids: 0.363,
      lookalikes: 0.666,
    },
    slice: { realistic: { recall: 0.531, kept: 0.921 }, adversarial: { recall: 0.363, kept: 0.964 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 82', LEFT82_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT63_CORPUS } from './fixtures/left63-corpus.js';

/**
 * Leftovers of red-team round 63 (stop 38): the HR / payroll record shapes round 63 still leaked,
 * written again from other sources (fixtures/left63-corpus.ts cites each case's), so a fix is
 * measured on records it was not written for. A planted value counts as found only if no raw copy
 * of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors
 * are what holds now; raise them, never lower them.
 * Before any fix (34 cases; CI=true npx vitest run --project unit test/unit/engine/left63-corpus.test.ts):
 * realistic recall 0.545 (22 planted), adversarial 0.480 (25); look-alikes kept 1.000 (42) / 0.952
 * (42). Per family (recall / kept): sap_reports 0.500 / 1.000, neutral_names 0.727 / 1.000,
 * user_ids 0.167 / 1.000, health_conditions 0.333 / 1.000, label_lookalikes 0.714 / 0.875. The
 * look-alikes masked before any fix: `Republic of Korea` under `auth=`, `Wells Fargo Bank` under
 * `bank_account.name`. The idempotence suite passes. (One look-alike was changed after the pre-fix
 * commit: `Badge Number` / `BDG-2291` became `Cost Center` / `CC-2291`, since the documented policy
 * masks a badge number under its name (keys.ts, round 48); both were kept before any fix.)
 * After the fixes of stop 38 (see redteam63-corpus.test.ts for the rules): realistic 0.955,
 * adversarial 1.000; kept 1.000 / 1.000 (recall: sap_reports 1.000, neutral_names 0.909, user_ids
 * 1.000, health_conditions 1.000, label_lookalikes 1.000). Left: Personio's `display_name` beside
 * only `position` and `department`: a position is an ordering number in as many records, and a
 * department names teams too, so neither says the object is a worker.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 63',
  'left63 corpus',
  LEFT63_CORPUS,
  {
    family: {
      sap_reports: 1,
      neutral_names: 0.909,
      user_ids: 1,
      health_conditions: 1,
      label_lookalikes: 1,
    },
    slice: { realistic: { recall: 0.954, kept: 1 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 63', LEFT63_CORPUS);

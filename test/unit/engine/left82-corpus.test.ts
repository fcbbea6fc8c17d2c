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
 * The idempotence suite passed before any fix.
 * After the fixes of stop 42 (the rules listed in redteam82-corpus.test.ts): realistic 0.844,
 * adversarial 0.891; kept 1.000 / 1.000 (recall: order_audit 0.870, order_text 1.000,
 * client_names 0.833, foreign_ids 0.864, lookalikes 0.667; lookalikes kept 1.000).
 * Left: an account under a bare `account` / `account.code` member of an OMS event (an `account`
 * member names a cloud account or an object as often; a bank account's key masks an object whole);
 * a chat login not spelled initial + surname of the lists (`adelacroix`); lower-case names the lists
 * do not know (`siddharth raghunathan`, `casimir bellweather`) or after `and`; a mail-merge
 * recipient's `name` none of whose words the lists know (`Ottilie Fairbrook`); names after an IRD
 * number in a KiwiSaver row (after an id, two name-shaped cells are a town and a department as
 * often); a SIN under a T4RSP box number (`box.12`); an FSC joint owner's name under
 * `FinServ__JointOwner__r.Name`.
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
      order_audit: 0.869,
      order_text: 1,
      client_names: 0.916,
      foreign_ids: 0.863,
      lookalikes: 0.666,
    },
    slice: { realistic: { recall: 0.875, kept: 1 }, adversarial: { recall: 0.909, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 82', LEFT82_CORPUS);

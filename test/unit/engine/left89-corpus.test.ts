import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT89_CORPUS } from './fixtures/left89-corpus.js';

/**
 * Leftovers of red-team round 89 (stop 44): the record shapes of genealogy, consumer DNA, vital
 * records and people-search that round 89 still leaked or over-masked, written again from other
 * sources (fixtures/left89-corpus.ts cites each case's), so a fix is measured on records it was not
 * written for. A planted value counts as found only if no raw copy of it remains anywhere in the
 * output (values, keys, evidence), JSON-escaped or not. The floors are what holds now; raise them,
 * never lower them.
 * Before any fix (49 cases; CI=true npx vitest run --project unit test/unit/engine/left89-corpus.test.ts):
 * realistic recall 0.292 (24 planted), adversarial 0.425 (40); look-alikes kept 0.886 (44) / 0.976
 * (42). Per family (recall / kept): logins 0.167 / 0.895, genealogy_json 0.462 / 1.000, lower_case
 * 0.333 / 1.000, flat_rows 0.364 / 1.000, wraps_queries 0.474 / 1.000, lookalikes 1.000 / 0.889
 * (36). The look-alikes masked before any fix: marriage, business and software licence numbers
 * under `licenseNo` (read as driver licences) and lab plate ids after `plate=` / `plate ` (`GS-0442`,
 * read as licence plates). The idempotence suite passed before any fix.
 * After the fixes of stop 44 (the rules listed in redteam89-corpus.test.ts): realistic 1.000,
 * adversarial 0.950; kept 1.000 / 1.000 (recall: logins 1.000, genealogy_json 1.000, lower_case
 * 1.000, flat_rows 1.000, wraps_queries 0.895; lookalikes kept 1.000).
 * Left: a German birth register's `Name des Kindes:` (no lead of the name detectors), so
 * `Frie-\nderike Oppenhoff` stays though the hyphenated break is joined.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 89',
  'left89 corpus',
  LEFT89_CORPUS,
  {
    family: {
      logins: 1,
      genealogy_json: 1,
      lower_case: 1,
      flat_rows: 1,
      wraps_queries: 0.894,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 0.95, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 89', LEFT89_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM26_CORPUS } from './fixtures/redteam26-corpus.js';

/**
 * Twenty-sixth red-team round: the audit trails applications and databases keep of changes to
 * records (ORM audit libraries' version rows, database audit triggers, binlog / CDC / change-stream
 * events, Oracle unified audit, JSON / merge / strategic-merge / SCIM patches and GraphQL mutation
 * variables in API audit logs, SaaS field histories, in-house admin-panel diffs and their CSV
 * exports). Each case cites its public source in fixtures/redteam26-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.988 (173 planted),
 * adversarial 0.759 (162); look-alikes kept 0.978 (93) / 0.964 (85). Per family (recall / kept):
 * orm 0.840 / 1.000, database 0.823 / 0.971, patch 0.961 / 1.000, saas_history 0.887 / 0.947,
 * admin_diff 0.900 / 0.945. (The corpus plants 335 values, more than the brief's 200; it was not
 * cut.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-sixth round',
  'red-team corpus 26',
  REDTEAM26_CORPUS,
  {
    family: { orm: 0.84, database: 0.823, patch: 0.961, saas_history: 0.887, admin_diff: 0.9 },
    slice: { realistic: { recall: 0.988, kept: 0.978 }, adversarial: { recall: 0.759, kept: 0.964 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-sixth round', REDTEAM26_CORPUS);

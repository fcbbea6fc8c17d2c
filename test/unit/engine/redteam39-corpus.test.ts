import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM39_CORPUS } from './fixtures/redteam39-corpus.js';

/**
 * Thirty-ninth red-team round: the audit and operational records of data platforms (warehouse
 * query history and audit with literals in the SQL, database servers' statement / error / slow
 * logs, ETL loaders' reject rows and messages, notebook outputs, BI query / export audit and
 * reverse-ETL sync logs). Each case cites its public source in fixtures/redteam39-corpus.ts. A
 * planted value counts as found only if no raw copy of it remains anywhere in the output (values,
 * keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower
 * them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.931 (130 planted),
 * adversarial 0.850 (107); look-alikes kept 0.973 (113) / 0.954 (65). Per family (recall / kept):
 * query_text 0.937 / 0.982, server_logs 0.927 / 0.979, loader_rejects 0.778 / 0.975,
 * notebooks_bi 0.946 / 0.914. (The corpus plants 237 values and 178 look-alikes, more than the
 * brief's 200 / 100; it was not cut.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-ninth round',
  'red-team corpus 39',
  REDTEAM39_CORPUS,
  {
    family: { query_text: 0.936, server_logs: 0.927, loader_rejects: 0.777, notebooks_bi: 0.946 },
    slice: { realistic: { recall: 0.93, kept: 0.973 }, adversarial: { recall: 0.85, kept: 0.953 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-ninth round', REDTEAM39_CORPUS);

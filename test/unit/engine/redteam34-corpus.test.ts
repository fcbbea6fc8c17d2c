import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM34_CORPUS } from './fixtures/redteam34-corpus.js';

/**
 * Thirty-fourth red-team round: the web front end (HAR exports, session replay, RUM and browser
 * telemetry, product analytics from the browser). Each case cites its public source in
 * fixtures/redteam34-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.917 (109 planted),
 * adversarial 0.929 (85); look-alikes kept 0.987 (79) / 0.952 (63). Per family (recall / kept):
 * har 0.930 / 0.939, replay 0.914 / 0.957, rum 0.978 / 1.000, browser_analytics 0.875 / 0.978.
 * (194 planted values and 142 look-alikes in 79 cases.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-fourth round',
  'red-team corpus 34',
  REDTEAM34_CORPUS,
  {
    family: { har: 0.929, replay: 0.914, rum: 0.978, browser_analytics: 0.875 },
    slice: { realistic: { recall: 0.917, kept: 0.987 }, adversarial: { recall: 0.929, kept: 0.952 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-fourth round', REDTEAM34_CORPUS);

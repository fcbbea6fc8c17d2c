import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM15_CORPUS } from './fixtures/redteam15-corpus.js';

/**
 * Fifteenth red-team round: Latin-script records in languages other than English, with the
 * people, ids, phones, addresses and payment identifiers of Latin America, Africa, South and
 * Southeast Asia and continental Europe. Each case cites its public source in
 * fixtures/redteam15-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.725 (149 planted),
 * adversarial 0.644 (59); look-alikes kept 0.965 (57) / 1.000 (16). Per family (recall / kept):
 * ids 0.767 / 1.000, contact 0.792 / 0.923, payments 0.548 / 0.900, people 0.553 / 1.000.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifteenth round',
  'red-team corpus 15',
  REDTEAM15_CORPUS,
  {
    family: { ids: 0.95, contact: 0.9, payments: 0.87, people: 0.86 },
    slice: { realistic: { recall: 0.93, kept: 0.96 }, adversarial: { recall: 0.86, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifteenth round', REDTEAM15_CORPUS);

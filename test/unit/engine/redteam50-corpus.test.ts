import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM50_CORPUS } from './fixtures/redteam50-corpus.js';

/**
 * Fiftieth red-team round: fintech, round two (card issuing and processing, disputes and
 * collections, lending and BNPL, crypto exchanges). Each case cites its public source in
 * fixtures/redteam50-corpus.ts, which also states the round's decisions (customers' wallet
 * addresses and network tokens personal; ARNs, loan ids, routing numbers, token contracts and
 * transaction hashes not). A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.977 (132 planted),
 * adversarial 0.814 (113); look-alikes kept 0.879 (107) / 0.902 (41). Per family (recall / kept):
 * card_issuing 0.884 / 0.867, disputes_collections 0.952 / 0.902, lending_bnpl 0.889 / 0.882,
 * crypto_exchange 0.878 / 0.893. (The corpus plants 245 values and 148 look-alikes, more than the
 * brief's 200 / 100; it was not cut.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fiftieth round',
  'red-team corpus 50',
  REDTEAM50_CORPUS,
  {
    family: { card_issuing: 0.884, disputes_collections: 0.952, lending_bnpl: 0.888, crypto_exchange: 0.878 },
    slice: { realistic: { recall: 0.977, kept: 0.878 }, adversarial: { recall: 0.814, kept: 0.902 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fiftieth round', REDTEAM50_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM42_CORPUS } from './fixtures/redteam42-corpus.js';

/**
 * Forty-second red-team round: logistics, shipping, customs and last-mile delivery (carrier ship /
 * rate / track / address-validation calls and webhooks, aggregator API credentials, customs
 * declarations and entry summaries with personal importer / consignee ids, proof of delivery and
 * delivery instructions, returns / RMA, WMS events, bills of lading, courier chat). Each case cites
 * its public source in fixtures/redteam42-corpus.ts. A planted value counts as found only if no raw
 * copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The
 * floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.957 (141 planted),
 * adversarial 0.721 (122); look-alikes kept 0.824 (119) / 0.953 (43). Per family (recall / kept):
 * carrier_api 0.949 / 0.758, customs_trade 0.792 / 0.935, last_mile 0.814 / 0.882,
 * warehouse_returns 0.813 / 0.919. (The corpus plants 263 values and 162 look-alikes, more than the
 * brief's 200 / 100; it was not cut.) The idempotence suite failed before any fix too: a UK mobile
 * in chat prose (`ring 07700 900461`) is read as a postcode `900461`, and its `07700` is masked
 * only on the second pass.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-second round',
  'red-team corpus 42',
  REDTEAM42_CORPUS,
  {
    family: { carrier_api: 0.949, customs_trade: 0.792, last_mile: 0.813, warehouse_returns: 0.812 },
    slice: { realistic: { recall: 0.957, kept: 0.823 }, adversarial: { recall: 0.721, kept: 0.953 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-second round', REDTEAM42_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM41_CORPUS } from './fixtures/redteam41-corpus.js';

/**
 * Forty-first red-team round: hospitality, restaurants, retail point of sale and loyalty (hotel PMS
 * and channel-manager records, police guest reports, key-card and authorisation logs; POS objects,
 * receipts, track data, gift cards, returns with a scanned licence, delivery hand-offs; restaurant
 * reservation guests; loyalty members, Wi-Fi portals, a chain's tickets). Each case cites its public
 * source in fixtures/redteam41-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what
 * holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.929 (156 planted),
 * adversarial 0.838 (111); look-alikes kept 0.914 (93) / 0.975 (40). Per family (recall / kept):
 * hotel_pms 0.824 / 0.976, pos_receipts 0.974 / 0.863, restaurant_guest 0.936 / 1.000, loyalty_crm
 * 0.849 / 0.957. (The corpus plants 267 values, more than the brief's 200; it was not cut.) The
 * idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-first round',
  'red-team corpus 41',
  REDTEAM41_CORPUS,
  {
    family: { hotel_pms: 0.978, pos_receipts: 0.973, restaurant_guest: 0.978, loyalty_crm: 0.886 },
    slice: { realistic: { recall: 1, kept: 0.956 }, adversarial: { recall: 0.9, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-first round', REDTEAM41_CORPUS);

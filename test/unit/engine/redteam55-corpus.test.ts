import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM55_CORPUS } from './fixtures/redteam55-corpus.js';

/**
 * Fifty-fifth red-team round: airlines, distribution systems and borders (GDS cryptic displays and
 * SSR elements, NDC / Duffel / Amadeus / Travelport orders, EMDs, boarding-pass strings, MRZ lines,
 * PAXLST / PNRGOV, ESTA / eTA events, kiosk and DCS logs, lost-baggage files, crew rosters,
 * frequent-flyer events and rebooking chats). Each case cites its public source in
 * fixtures/redteam55-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.742 (155 planted),
 * adversarial 0.621 (87); look-alikes kept 1.000 (78) / 1.000 (43). Per family (recall / kept):
 * pnr_gds 0.641 / 1.000, ndc_orders 0.810 / 1.000, bcbp_borders 0.701 / 1.000, dcs_baggage 0.500
 * / 1.000, loyalty_disruption 0.833 / 1.000. (The corpus plants 242 values, more than the brief's
 * 200; it was not cut.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-fifth round',
  'red-team corpus 55',
  REDTEAM55_CORPUS,
  {
    family: { pnr_gds: 0.948, ndc_orders: 0.976, bcbp_borders: 0.961, dcs_baggage: 0.857, loyalty_disruption: 0.904 },
    slice: { realistic: { recall: 0.974, kept: 1 }, adversarial: { recall: 0.862, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-fifth round', REDTEAM55_CORPUS);

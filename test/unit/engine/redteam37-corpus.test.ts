import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM37_CORPUS } from './fixtures/redteam37-corpus.js';

/**
 * Thirty-seventh red-team round: insurance claims and policy records and the automotive trade
 * (ACORD XML / AL3 and JSON claim and policy messages, Guidewire / Duck Creek integration and
 * audit events, adjuster notes and claim chat, subrogation, salvage, medical bills, ClaimSearch
 * queries, life and annuity applications, telematics; dealer credit applications and deal jackets,
 * auto-finance payments, MVR / title / registration, rental, roadside, connected car, repair orders,
 * recalls). Each case cites its public source in fixtures/redteam37-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.953 (172 planted),
 * adversarial 0.586 (150); look-alikes kept 0.948 (97) / 0.946 (56). Per family (recall / kept):
 * claims 0.834 / 1.000, policy_admin 0.657 / 0.857, dealer_credit 0.787 / 0.967, dmv_rental
 * 0.831 / 0.944. (The corpus plants 322 values, more than the brief's 200; it was not cut.) The
 * idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-seventh round',
  'red-team corpus 37',
  REDTEAM37_CORPUS,
  {
    family: { claims: 0.834, policy_admin: 0.657, dealer_credit: 0.787, dmv_rental: 0.831 },
    slice: { realistic: { recall: 0.953, kept: 0.948 }, adversarial: { recall: 0.586, kept: 0.946 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-seventh round', REDTEAM37_CORPUS);

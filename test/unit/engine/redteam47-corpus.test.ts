import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM47_CORPUS } from './fixtures/redteam47-corpus.js';

/**
 * Forty-seventh red-team round: marketplaces (seller and merchant onboarding and KYC, payouts,
 * 1099-K, W-9 / W-8BEN and VAT ids of sole traders), identity verification results (Onfido,
 * Persona, Jumio, Veriff, Stripe Identity, MRZ readers), the gig economy (driver onboarding and
 * background checks, trips and deliveries, rider-driver chat, short-term rental check-in messages,
 * freelance payouts) and trust & safety (report queues, moderation decisions, scam reports,
 * ban-evasion notes, evasively written contact details). Each case cites its public source in
 * fixtures/redteam47-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.971 (141 planted),
 * adversarial 0.768 (95); look-alikes kept 0.906 (96) / 0.975 (41). Per family (recall / kept):
 * seller_kyc 0.911 / 0.950, identity_verification 0.888 / 0.923, gig_trips 0.887 / 0.878,
 * trust_safety 0.860 / 0.967. (The corpus plants 236 values and 137 look-alikes, more than the
 * brief's 200 / 100; it was not cut.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-seventh round',
  'red-team corpus 47',
  REDTEAM47_CORPUS,
  {
    family: { seller_kyc: 0.911, identity_verification: 0.888, gig_trips: 0.887, trust_safety: 0.86 },
    slice: { realistic: { recall: 0.971, kept: 0.906 }, adversarial: { recall: 0.768, kept: 0.975 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-seventh round', REDTEAM47_CORPUS);

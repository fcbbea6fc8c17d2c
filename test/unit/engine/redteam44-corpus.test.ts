import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM44_CORPUS } from './fixtures/redteam44-corpus.js';

/**
 * Forty-fourth red-team round: online betting and gaming operators (player registration and KYC,
 * Spelpaus / GAMSTOP checks, AML and responsible-gambling notes, affiliate postbacks), payment
 * providers' deposit and withdrawal logs, game platforms and communities (account events, chat
 * moderation and player reports, parental consent, support receipts, anti-cheat bans), and energy
 * and water suppliers (CRM and billing, direct-debit mandates, switching, priority services,
 * collections, smart-meter and field-service jobs). Each case cites its public source in
 * fixtures/redteam44-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.905 (137 planted),
 * adversarial 0.783 (97); look-alikes kept 0.903 (104) / 1.000 (47). Per family (recall / kept):
 * betting_kyc 0.869 / 1.000, payments 0.882 / 1.000, game_platforms 0.947 / 1.000,
 * utility_billing 0.815 / 0.795, field_service 0.750 / 0.917. (The corpus plants 234 values and
 * 151 look-alikes, more than the brief's 200 / 100; it was not cut.) The idempotence suite passed
 * before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-fourth round',
  'red-team corpus 44',
  REDTEAM44_CORPUS,
  {
    family: { betting_kyc: 0.869, payments: 0.882, game_platforms: 0.947, utility_billing: 0.815, field_service: 0.75 },
    slice: { realistic: { recall: 0.905, kept: 0.903 }, adversarial: { recall: 0.783, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-fourth round', REDTEAM44_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM73_CORPUS } from './fixtures/redteam73-corpus.js';

/**
 * Seventy-third red-team round: crypto exchanges, the Travel Rule and blockchain analytics
 * (exchanges' onboarding and KYC events with Sumsub / Onfido / Jumio webhooks and applicant
 * records; Travel Rule messages: IVMS101 originator / beneficiary, TRISA envelopes, TRP inquiries,
 * Notabene transfers, Sygna Bridge requests and their errors; deposits, withdrawals, address books,
 * fiat withdrawals and custody / signing-service logs; Chainalysis KYT, TRM and Elliptic screening
 * alerts, sanctions hits, case notes and SAR drafts; exchange support tickets and account recovery:
 * pasted seed phrases, 2FA resets, phishing reports, chats and DMs). Each case cites its public
 * source in fixtures/redteam73-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what
 * holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.866 (142 planted),
 * adversarial 0.682 (107); look-alikes kept 0.960 (150) / 0.967 (61). Per family (recall / kept):
 * exchange_kyc 0.806 / 0.958, travel_rule 0.803 / 0.952, wallet_ops 0.625 / 0.976,
 * chain_analytics 0.861 / 0.932, support_and_recovery 0.822 / 1.000. (The corpus plants 249 values
 * and 211 look-alikes in 64 cases.) The idempotence suite passed before any fix. These are measured
 * after one correction of the corpus, before any fix: two look-alikes of its first draft were
 * mislabelled (a BIC under `bic=`, masked by policy, and a withdrawal-confirmation link's `token=`,
 * which is a credential); with them, kept was 0.954 / 0.951. A second correction, before any fix,
 * replaced three look-alike LEIs of the first commit, made up with wrong check digits, by public
 * ones from the GLEIF database; no number moved.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventy-third round',
  'red-team corpus 73',
  REDTEAM73_CORPUS,
  {
    family: {
      exchange_kyc: 0.806,
      travel_rule: 0.803,
      wallet_ops: 0.625,
      chain_analytics: 0.861,
      support_and_recovery: 0.822,
    },
    slice: { realistic: { recall: 0.866, kept: 0.96 }, adversarial: { recall: 0.682, kept: 0.967 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-third round', REDTEAM73_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM69_CORPUS } from './fixtures/redteam69-corpus.js';

/**
 * Sixty-ninth red-team round: banks' payment messages and APIs (ISO 20022 pain / pacs / camt
 * messages in gateways' logs and validation errors; SWIFT MT103 / MT202 COV / MT940 in logs,
 * tickets, screening hits and repair queues; UK Open Banking, Berlin Group NextGenPSD2, FDX and
 * CDR API calls, consents and Plaid / Tink / TrueLayer / Yapily webhooks; payment-hub and
 * core-banking operator logs: repairs, returns, recalls, beneficiary changes, standing orders,
 * SEPA mandates, NACHA and Bacs lines; bank support: fraud and dispute notes, Confirmation of
 * Payee results, KYC events, call-back notes, teller logs). Each case cites its public source in
 * fixtures/redteam69-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.848 (125 planted),
 * adversarial 0.641 (92); look-alikes kept 0.934 (123) / 0.983 (60). Per family (recall / kept):
 * iso20022 0.795 / 1.000, swift_mt 0.526 / 0.871, open_banking_apis 0.911 / 0.918, payment_ops
 * 0.682 / 0.948, bank_support 0.836 / 1.000. (The corpus plants 217 values and 183 look-alikes in
 * 55 cases.) The idempotence suite passed before any fix. These are measured after one correction
 * of the corpus, before any fix: two NACHA entry details and a Bacs Standard 18 record of its first
 * commit did not pad the account to its published width (17 and 8 columns); with them, realistic
 * recall was 0.824, adversarial 0.619 and payment_ops 0.560.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixty-ninth round',
  'red-team corpus 69',
  REDTEAM69_CORPUS,
  {
    family: {
      iso20022: 0.795,
      swift_mt: 0.526,
      open_banking_apis: 0.911,
      payment_ops: 0.682,
      bank_support: 0.836,
    },
    slice: { realistic: { recall: 0.848, kept: 0.934 }, adversarial: { recall: 0.641, kept: 0.983 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-ninth round', REDTEAM69_CORPUS);

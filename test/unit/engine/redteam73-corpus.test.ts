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
 * After this round's fixes (XRP Ledger and TRON addresses, BIP-32 extended public keys, testnet
 * `tb1` addresses; a single-case EVM address alone in a field, after a deposit / account / from
 * word or after a transfer hash and `:`; destination and address tags; IVMS101 `nameIdentifier`,
 * `primary_identifier` / `secondary_identifier` with a legal person's name kept; an LEI under a
 * national identifier kept; Sumsub `idDocType` naming its document's number; seed phrases after
 * `phrase` / `frase` / `words` and typed over labelled chat lines; a lower-case name right after
 * the document's kind in a file name, `selfie_<given>_<surname>_…`): realistic 0.985, adversarial
 * 0.813; kept 0.973 / 0.967 (recall: exchange_kyc 0.838, travel_rule 0.939, wallet_ops 0.900,
 * chain_analytics 0.916, support_and_recovery 0.977).
 * Known leaks left, by record shape: an Onfido document number beside its `type` in a JSON object
 * that ends a log line (read by the key=value reader, which has no sibling reading; reading such a
 * tail as JSON cost rounds 12 and 60 a planted value and their idempotence); a Go `%+v` dump with glued lower-case names
 * (`idfirstname:ananya`, `idnumber:…`); header-less CSV / pipe rows of a KYC queue and of a Travel
 * Rule reconciliation (the first row's name, birth date and ZA id); names in notes after a phrase
 * (`Kundin heißt laut Ausweis …`, `bénéficiaire déclaré …`, `got 'Park Seo Yeon'`) or in lower case
 * (`client eirik bjørnstad`, `cust: hiroshi takenaka-wolff`); a SAR name and street split by line
 * breaks; a German street without a street word (`Am Sandtorkai 37`); a name percent-encoded in an
 * upload URL's file name; a Stellar `memo=` and a `tag=` in a withdrawal link.
 * Look-alikes still masked: the Tornado Cash router and Binance's hot wallet (EIP-55 addresses
 * no shape tells from a customer's), USDT's contract in a header-less CSV row, a company's
 * `registeredAddress`, a liveness `session=` id (read as a session cookie).
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
      exchange_kyc: 0.838,
      travel_rule: 0.939,
      wallet_ops: 0.949,
      chain_analytics: 0.943,
      support_and_recovery: 0.977,
    },
    slice: { realistic: { recall: 0.985, kept: 0.973 }, adversarial: { recall: 0.887, kept: 0.967 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-third round', REDTEAM73_CORPUS);

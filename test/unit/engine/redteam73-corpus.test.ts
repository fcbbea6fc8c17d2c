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
 * After the leftover pass of stop 40 (left73-corpus.test.ts measures the same shapes from other
 * sources; public-chain-addresses.ts: labelled public contracts and exchange wallets kept; swap
 * programs named before an address kept; crypto_deposit_tag and url.ts isDepositTagParam: tags and
 * numeric memos in text and links, a numeric `memo` field; note-parties.ts: a party label with a
 * verb or a source and no colon, `got '…'` in a name-mismatch error, the `cust:` label;
 * german_street_preposition; a street line wrapped over a line break; file names: UTF-8 escapes
 * read as letters, a form body's `+` as a blank; keys.ts: Jumio's glued `idfirstname` /
 * `idlastname` / `iddob`; a vendor's short typed session id kept; a company's registered office
 * kept): realistic 0.993, adversarial 0.944; kept 1.000 / 1.000 (recall: exchange_kyc 0.919,
 * travel_rule 1.000, wallet_ops 0.975, chain_analytics 0.972, support_and_recovery 1.000).
 * Known leaks left, by record shape: an Onfido document number beside its `type` in a JSON object
 * that ends a log line (read by the key=value reader, which has no sibling reading; reading such a
 * tail as JSON cost rounds 12 and 60 a planted value and their idempotence) and a Go `%+v` dump
 * (`{idfirstname:ananya idnumber:…}`: its keys are named since stop 40, the struct is not read):
 * structured tails, the tails40 helper's; names in lower case that no list knows after `client`
 * and `cust:` (`client eirik bjørnstad`, `cust: hiroshi takenaka-wolff`: the names40 helper's;
 * `cust:` before a lower-case name is read since stop 40 only up to a `|`); a SAR subject's
 * surname on the line after her given name (`Benedikt\nAltenburger-Reis`).
 * Look-alikes still masked: none.
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
      exchange_kyc: 1,
      travel_rule: 1,
      wallet_ops: 1,
      chain_analytics: 1,
      support_and_recovery: 1,
    },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-third round', REDTEAM73_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM50_CORPUS } from './fixtures/redteam50-corpus.js';

/**
 * Fiftieth red-team round: fintech, round two (card issuing and processing, disputes and
 * collections, lending and BNPL, crypto exchanges). Each case cites its public source in
 * fixtures/redteam50-corpus.ts, which also states the round's decisions (customers' wallet
 * addresses and network tokens personal; ARNs, loan ids, routing numbers, token contracts and
 * transaction hashes not). A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.977 (132 planted),
 * adversarial 0.814 (113); look-alikes kept 0.879 (107) / 0.902 (41). Per family (recall / kept):
 * card_issuing 0.884 / 0.867, disputes_collections 0.952 / 0.902, lending_bnpl 0.889 / 0.882,
 * crypto_exchange 0.878 / 0.893. (The corpus plants 245 values and 148 look-alikes, more than the
 * brief's 200 / 100; it was not cut.) The idempotence suite passed before any fix.
 * After this round's fixes (field names `name_on_card`, `embossed_name`, IVMS101
 * `nationalIdentifier`, payment `cryptogram`; `tokenRequestorID`, `tokenInfo`, `token_contract`
 * no credential names, IVMS101 `legalPersonName` a company's, a name object's `…Type` code and a
 * phone entry's `carrier` not masked with it; JSON escaped a second time inside a string read as
 * JSON on its text; a street line after an escaped `\n`; Scandinavian `ring mig / meg`; weak name
 * leads `cardholder is`, `wife` / `husband` / `spouse`, a name before `born`; a contract or spender
 * address named right before it kept; `pack` / `kit` / `bundle` / `charger` no name words):
 * realistic 0.992, adversarial 0.894; kept 0.916 / 0.927 (recall: card_issuing 0.928,
 * disputes_collections 0.984, lending_bnpl 0.903, crypto_exchange 1.000). With the stop's other
 * rounds merged (lead, stop 35): adversarial 0.912, lending_bnpl 0.931; floors raised to them.
 * Known leaks left, by record shape: an Experian `streetPrefix` (the house number, elsewhere a
 * direction); a CVV after `code` in chat (`exp 03/30 code 737`: no CVV word); an ISO 8583 field 52
 * PIN block printed as `F052 [8] 049823AAAAAAABBB` (no name); a card-fulfilment CSV line under a
 * neutral `line` member (an upper-case name and street, a sandbox PAN on the 111111 BIN that no
 * network issues); a dash-less SSN in a header-less pipe-delimited skip-trace line; a Metro 2
 * base segment printed with blanks and without `BASE` / Metro 2 in the line (names, SSN, DOB);
 * a Dutch name with a particle in a `;` CSV cell (`Daan de Vries`); the first line of an
 * address-lines object that holds the name (`recipient: {line1: name, line2: street}`).
 * Look-alikes still masked: ABA routing numbers and a BIC (masked by the built-in key rules
 * `routing number`, `bic`: policy, this corpus keeps them as a bank's public codes); Marqeta
 * `user_token` / `card_token` / `card_product_token` and Lithic `token` object ids (read as
 * credentials: `user_token` is a credential elsewhere, Slack); a token contract under a JSON
 * `token_contract` member (value detectors do not see the member's name); a toll-free sender
 * `+18005550100` (read as a message party's phone).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fiftieth round',
  'red-team corpus 50',
  REDTEAM50_CORPUS,
  {
    family: { card_issuing: 0.941, disputes_collections: 0.984, lending_bnpl: 0.93, crypto_exchange: 1 },
    slice: { realistic: { recall: 0.992, kept: 0.962 }, adversarial: { recall: 0.92, kept: 0.926 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fiftieth round', REDTEAM50_CORPUS);

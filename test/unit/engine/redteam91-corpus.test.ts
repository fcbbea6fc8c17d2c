import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM91_CORPUS } from './fixtures/redteam91-corpus.js';

/**
 * Ninety-first red-team round: marketplace buyer and seller support, disputes and returns
 * (Amazon Buyer-Seller Messaging relay e-mails and SP-API Orders buyer info / addresses, eBay
 * member messages and Fulfillment orders, Etsy receipts and conversations, Mirakl / Walmart /
 * Zalando partner messages; Stripe dispute evidence, PayPal disputes, Adyen chargeback webhooks,
 * A-to-z claims, eBay INR / SNAD cases, representment letters; eBay Post-Order returns, Amazon
 * return and removal reports, FedEx / UPS / USPS / DHL tracking events, delivery-photo EXIF,
 * lost-parcel claims, ZPL return labels; Seller Central cases, identity re-verification, plans of
 * action, brand-registry complaints, listing moderation; support macros, LLM transcripts and
 * summaries, fraud-linkage queues, seller-performance exports, review and feedback removal). Each
 * case cites its public source in fixtures/redteam91-corpus.ts. A planted value counts as found
 * only if no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped
 * or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.895 (133 planted),
 * adversarial 0.873 (102); look-alikes kept 0.952 (124) / 0.980 (51). Per family (recall / kept):
 * buyer_seller_messages 0.942 / 0.968, disputes_claims 0.857 / 0.971, returns_logistics 0.881 /
 * 0.975, seller_support_cases 0.905 / 0.906, marketplace_ops_ai 0.840 / 0.973. (The corpus plants
 * 235 values and 175 look-alikes in 69 cases.) The idempotence suite passed before any fix.
 * The look-alikes masked before any fix: Amazon merchant tokens (`merchantToken`, `Merchant
 * Token:` read as secrets), a Mirakl shop's `Maison Brocante SARL` (`SARL` no company form of the
 * name reader), a PayPal seller's `name` beside its e-mail (`Northwind Outfitters`), an eBay
 * business seller's `sellerLoginName`, a suspended account's number after `acct` (read as a bank
 * account) and a chat `sessionId`. The main leak classes before any fix: names under marketplace
 * and carrier field names (Adyen `shopperName`, FedEx `receivedByName`, USPS `Name`,
 * `reviewerProfileName`, eBay `CommentingUser` / `Sender` logins); proof-of-delivery signers in
 * capitals (`signed by I BORROWDALE`); names after support greetings in other languages (`Hola`),
 * `Shipped to`, `Inhaber`, `posté par`, `dhr.`, `dev lead`; logins after `buyer`, `uploadedBy=`,
 * `agent=`, `Submitted by`; a ZPL label's street line (`^FD6621 …`), a Swedish street without its
 * postcode, lower-case names and addresses in notes.
 * After this round's fixes (proof-of-delivery signers in capitals after `signed (for) by` and a
 * buyer's login after `buyer` / `bidder` (detect/values/marketplace-support.ts); `receivedByName`,
 * `signedByName`, `shopperName`, `reviewerProfileName` as names and `CommentingUser`, `uploadedBy`
 * as logins (detect/keys.ts); an Amazon seller id under `merchantToken` or after `Merchant Token:`
 * kept (structure/types.ts, secrets.ts); support greetings in Spanish, French, Italian, German
 * and Swedish, German holders (`Inhaber`, `Kontoinhaberin`), `posté par` / `publicado
 * por`, `Shipped to` (weak), `dev lead` / `tech lead`, Dutch `dhr.` / `mevr.` as leads and `SARL`,
 * `SAS`, `SL`, `ApS`… as company forms (person-names.ts); `llamar` as a phone context (pii.ts); a
 * street line after a ZPL `^FD` and Swedish streets glued to `gatan` / `vägen` / `gränd` / `torget`
 * (addresses.ts); a USPS tracking event's `Name` beside `FirmName` / `AuthorizedAgent` and an eBay
 * message's `Sender` beside `RecipientUserID` (structure/bare-name-columns.ts)): realistic 0.984,
 * adversarial 0.941; kept 0.975 / 0.980 (recall: buyer_seller_messages 0.980, disputes_claims
 * 0.959, returns_logistics 0.976, seller_support_cases 0.952, marketplace_ops_ai 0.960).
 * Known leaks left, by record shape: a fraud queue's `reviewer` (as a key it holds queue names as
 * often: `ts-queue-eu-2`, `mod-team-3`); logins after `agent=` (user agents too) and `Submitted by`
 * (a plain word there is prose); lower-case names without a lead (`ship to … instead: wilhelmina
 * achterhof`) or after `acct holder:` when the given name is rare (`ffion llewellyn-price`); a
 * Spanish name after `Soy` whose given name no list knows; a lower-case US street without its ZIP
 * (`addr 4419 mossy oak trl, round rock tx`); a Polish mobile without a phone word (`receipt shows
 * 512 345 678 as her contact #`).
 * Look-alikes still masked: a PayPal seller's `name` beside its e-mail (person_parent), an eBay
 * business seller's `sellerLoginName`, `acct 44812093` (a bank account's context), a chat
 * `sessionId` (session ids are credentials by rule).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, ninety-first round',
  'red-team corpus 91',
  REDTEAM91_CORPUS,
  {
    family: {
      buyer_seller_messages: 0.98,
      disputes_claims: 0.959,
      returns_logistics: 0.976,
      seller_support_cases: 0.952,
      marketplace_ops_ai: 1,
    },
    slice: { realistic: { recall: 0.992, kept: 0.975 }, adversarial: { recall: 0.95, kept: 0.98 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-first round', REDTEAM91_CORPUS);

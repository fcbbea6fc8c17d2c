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
      buyer_seller_messages: 0.942,
      disputes_claims: 0.857,
      returns_logistics: 0.88,
      seller_support_cases: 0.904,
      marketplace_ops_ai: 0.84,
    },
    slice: { realistic: { recall: 0.894, kept: 0.951 }, adversarial: { recall: 0.872, kept: 0.98 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-first round', REDTEAM91_CORPUS);

import { regexDetector } from './helpers.js';
import { isLoginShaped, isSystemAccount } from './login-names.js';

/**
 * People in marketplace support, dispute and return records (red-team round 91): a carrier's
 * proof-of-delivery signer as tracking events and representment letters print it (`signed by
 * J SMITH`, `Signed for by: A.JONES`) and a buyer's marketplace login quoted in a support note
 * (`fwd from buyer jane.doe77`). Order, item, case and tracking numbers stay; so does a seller's
 * merchant token (Amazon's public seller id, `A1PA6795UKMFR9`), under its name or its label.
 */

/**
 * A parcel's signer as carriers print it after `signed by` / `signed for by`: an initial, a dot
 * or a blank, then a surname in capitals (one or two words of three letters or more). A
 * carrier's or a place's name (`signed by DHL EXPRESS`, `FRONT DOOR`) has no initial and stays.
 */
export const podSignerCapitals = regexDetector({
  id: 'pod_signer_capitals',
  entity: 'PERSON',
  description: 'A proof-of-delivery signer in capitals after `signed by` / `signed for by` (`J SMITH`, `A.JONES`)',
  validation:
    '`signed by` or `signed for by` (any case), up to `:` and blanks, then an initial followed by `.` or a blank and a surname of 3–30 capitals (`-` and apostrophes inside), optionally a second such word; no letter or digit after',
  context: false,
  example: 'Delivered 2025-11-03, signed by J SMITH.',
  keywords: ['signed by', 'signed for by'],
  prefilter: (s) => s.text.length >= 14,
  pattern:
    /(?<![A-Za-z])(?:[Ss]igned|SIGNED)[ ](?:(?:for|FOR)[ ])?(?:by|BY)[ :]{1,4}([A-Z](?:\.[ ]?|[ ])[A-Z][A-Z'’-]{2,30}(?:[ ][A-Z][A-Z'’-]{2,30})?)(?![\w'’-])/dg,
  group: 1,
  validate: (v) => v,
});

/**
 * A buyer's or a bidder's marketplace login after the word (`fwd from buyer jane.doe77`, `bidder
 * kw_harlow`): lower case, with a dot, an underscore or a digit in it (a plain word there is
 * prose: `buyer e-mail`, `buyer remorse`); not a system or service account.
 */
export const marketplaceBuyerLogin = regexDetector({
  id: 'marketplace_buyer_login',
  entity: 'USERNAME',
  description: "A buyer's marketplace login after `buyer` / `bidder` in a support note",
  validation:
    '`buyer` or `bidder` (optionally `id` or `:`), then a lower-case login of 5–40 characters that holds `.`, `_` or a digit; a login’s shape, not a system or service account',
  context: false,
  example: 'fwd from buyer jane.doe77 re item 1234',
  keywords: ['buyer ', 'bidder ', 'buyer:', 'bidder:'],
  prefilter: (s) => s.text.length >= 12,
  pattern: /(?<![A-Za-z])(?:[Bb]uyer|[Bb]idder)(?:[ ]id)?[ ]?:?[ ]([a-z][a-z0-9._-]{3,38}[a-z0-9])(?![\w@.-])/dg,
  group: 1,
  validate: (v) => (/[._\d]/.test(v) && isLoginShaped(v) && !isSystemAccount(v) ? v : undefined),
});

/** An Amazon seller id as a merchant token: `A`, then 9–15 capitals and digits with a digit. */
const AMAZON_SELLER_ID = /^A[0-9A-Z]{9,15}$/;
/** `merchant token` / `merchantToken` / `Merchant Token:` right before a value. */
const MERCHANT_TOKEN_BEFORE = /merchant[ _-]?token["']?\s{0,3}[:=]\s{0,3}["']?$/i;

/** Whether `value` is an Amazon seller id (a merchant token: public on the seller's storefront), not a secret. */
export function isAmazonSellerId(value: string): boolean {
  return value.length <= 16 && AMAZON_SELLER_ID.test(value) && /\d/.test(value);
}

/** Whether `value` at `start` stands after a `merchant token` label and is an Amazon seller id. */
export function merchantTokenLabelled(text: string, start: number, value: string): boolean {
  return isAmazonSellerId(value) && MERCHANT_TOKEN_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/** Whether a field name is a merchant token's (`merchantToken`, `merchant_token`). */
export function isMerchantTokenName(name: string | undefined): boolean {
  return name !== undefined && name.length <= 20 && /^merchant[ _-]?token$/i.test(name);
}

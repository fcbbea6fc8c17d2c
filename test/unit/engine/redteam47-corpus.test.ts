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
 * After this round's fixes (door / lockbox / intercom codes later in a check-in sentence, a French
 * `boîte à clés`, a digicode with its keypad letter first, a door code spelled in words; a UK
 * driving licence in its printed 5-6-5 blocks and a letter-and-seven-digit licence right after
 * `licence`; nested form fields named by their subscripts (`individual[id_number]=`,
 * `address[line1]=`); `nome` / `nombre` / `full_name` in a query; an address object's `line1` /
 * `line2`; a rider's street in lower case after `i'm at` / `pick me up at` / `meet me at`; a US
 * phone number in ten digit words; app handles after snap / insta / tiktok / telegram / kik /
 * venmo / cashapp; look-alikes: dashed ids whose first group is no card's, vehicle trims, airports
 * and shop words read as names): realistic 0.986, adversarial 0.916; kept 0.948 / 1.000 (recall:
 * seller_kyc 0.956, identity_verification 0.937, gig_trips 0.968, trust_safety 0.977).
 * Leftovers fixed (stop 35): a VAT id under `vat_number` / `vat_id` (or a tax id) beside a legal
 * form saying individual or sole trader on its object or one above (structure/sole-trader.ts);
 * `idv_number` named as an id number; a percent-encoded phone under `phone=` masked whole (the
 * `20` of a `%20` no longer starts a number); Jumio's `credentials` list read by its documented
 * shape (its UUIDs stay); an identity document's number (letters and digits) after `ID#`, `ID
 * number`, `ID card number`, `document number` or `card number is`; the second of two licence
 * numbers compared in a sentence (`vs`, `entered`, `or`); a smart lock's `code=` on a line naming
 * the lock (`lock=`, `lock_id`, `smart lock`); a VAT id named as one in a sentence with a word for
 * sole trader (`n° TVA … (auto-entrepreneur)`: detect/values/sole-trader-vat.ts): realistic 1.000,
 * adversarial 0.979; kept 0.958 / 1.000 (recall: seller_kyc 1.000, identity_verification 1.000,
 * gig_trips 0.984).
 * Known leaks left, by record shape: a street in lower case after `im at` (no apostrophe: `im` would open the detector on every
 * `image`); a phone with letters for digits (`O77OO 9OO654`: no gate word, and a pattern over
 * every string holding an `O` and digits would be paid by all text).
 * Look-alikes still masked: public business addresses in delivery and trip records (`901 Market
 * Street`, `1 Airport Dr`, Etsy's `117 Adams Street` as the 1099-K filer), a BIC under `bic`
 * (masked as SWIFT_BIC by design).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-seventh round',
  'red-team corpus 47',
  REDTEAM47_CORPUS,
  {
    family: { seller_kyc: 1, identity_verification: 1, gig_trips: 1, trust_safety: 0.976 },
    slice: { realistic: { recall: 1, kept: 0.958 }, adversarial: { recall: 0.989, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-seventh round', REDTEAM47_CORPUS);

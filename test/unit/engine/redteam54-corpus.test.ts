import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM54_CORPUS } from './fixtures/redteam54-corpus.js';

/**
 * Fifty-fourth red-team round: marketing data platforms and e-mail / messaging service providers
 * (CDP events, ESP event webhooks, engagement-platform profiles and SMS, CRM records, consent
 * receipts, DSAR tickets and hashed identifiers for ad matching). Each case cites its public source
 * in fixtures/redteam54-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what
 * holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.982 (163 planted),
 * adversarial 0.954 (108); look-alikes kept 0.974 (151) / 0.904 (73). Per family (recall / kept):
 * cdp_events 0.983 / 1.000, esp_webhooks 0.983 / 0.912, engagement_profiles 0.986 / 0.980,
 * crm_consent 0.939 / 0.927. (The corpus plants 271 values, more than the brief's 200; it was not
 * cut.) The idempotence suite passed before any fix. Leaks before any fix: SHA-256 hashed e-mails
 * and phones for ad matching (Meta CAPI `em` / `ph`, two key columns of an audience CSV), a
 * Segment `writeKey`, a surname in a urlencoded `data[merges][LNAME]`, a Swedish mobile after a
 * name in a custom property, a Leeds postcode after `Lives near Leeds`. Look-alikes masked before
 * any fix: the sending business's role mailboxes (sender@, bob@sample.mailgun.com, orders@, news@,
 * support+ticket@ inbound address — labelled `keep` when the corpus was written), a Mailgun
 * geolocation city, an e-mail subject line, four vendor head-office streets in a sub-processor list.
 * After this round's fixes (a digest under Meta's advanced-matching names is masked like one under
 * `hashed_email`, also as a Conversions API list; nested form field names read by their last
 * subscript, decoded or percent-encoded, and Mailchimp `FNAME` beside `LNAME`; `writeKey`,
 * `landline`; a UK postcode after `lives near` / `lives in`; e-mail platforms' link tokens `_kx`,
 * `mkt_tok`, `_hsenc`; no longer masked: `email_subject` / `email_campaign`, a geolocation's
 * country / region / city, a street right after a company's legal form and a comma): realistic
 * 1.000, adversarial 0.972; kept 0.980 / 0.945 (recall / kept: cdp_events 1.000 / 1.000,
 * esp_webhooks 1.000 / 0.926, engagement_profiles 0.986 / 1.000, crm_consent 0.976 / 0.964).
 * Known leaks left, by record shape: SHA-256 digests in the key columns of an audience upload CSV
 * whose header says nothing (`key1,key2`: a digest alone is not told from a file's or a commit's);
 * a Swedish mobile written `0701-234567` after a name in a custom property with no phone word
 * (national formats need a phone word in prose). Look-alikes still masked: the sending business's
 * role mailboxes (sender@, news@, orders@, an inbound support+ticket@ address, bob@ of Mailgun's
 * sample domain: an address is masked wherever it stands, whoever owns it; accepted), a vendor
 * office street without a legal form before it (`Intuit Mailchimp, 405 N Angier Ave NE`) or after
 * a building name (`63 Madison Building, 28 East 28th Street`); the ZIPs after kept office streets
 * are still masked (not planted).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-fourth round',
  'red-team corpus 54',
  REDTEAM54_CORPUS,
  {
    family: { cdp_events: 1, esp_webhooks: 1, engagement_profiles: 0.985, crm_consent: 0.975 },
    slice: { realistic: { recall: 1, kept: 0.98 }, adversarial: { recall: 0.981, kept: 0.945 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-fourth round', REDTEAM54_CORPUS);

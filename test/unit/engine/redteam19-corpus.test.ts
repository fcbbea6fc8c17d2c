import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM19_CORPUS } from './fixtures/redteam19-corpus.js';

/**
 * Nineteenth red-team round: the breadth of the credential catalog, measured against the public
 * secret scanners' own test vectors (trufflehog, gitleaks, detect-secrets), each vendor's value
 * planted once where its docs use it and once with no helpful field name. Each case cites its
 * scanner file in fixtures/redteam19-corpus.ts. A planted value counts as found only if no raw copy
 * of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors
 * are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate; 125 vendor vectors, 250 planted, 383
 * look-alikes): realistic recall 0.952 (125 planted), adversarial 0.504 (125); look-alikes kept
 * 0.921 (202) / 0.983 (181). Per family (recall / kept): ai 0.938 / 0.981, source_ci 0.692 / 0.905,
 * registries_iac 0.821 / 0.956, cloud 0.769 / 0.895, observability 0.533 / 0.953, messaging
 * 0.719 / 0.936, payments 0.700 / 0.941, data 0.714 / 0.952, identity_crm 0.550 / 1.000,
 * productivity 0.773 / 1.000.
 * After this round's fixes (table rows widened to trufflehog's published alphabets: sbp_, pul-,
 * bkua_, rubygems_, PMAK-, glsa_, LaunchDarkly api-/sdk-, phx_, tskey-, figr_/figu_, xkeysib-,
 * Square sq0csb- and sandbox-, FLWSECK-, New Relic …FFFFNRAL / eu01xx…; rows added: Cloudflare
 * cfat_/cfut_, long ghs_/ghu_, Intercom `dG9rO…` (base64 of `tok:`), Zoho `1000.…`, Rootly,
 * SonarCloud sqco_, Checkout.com sk_/sk_test_ + UUID, Atlassian ATATT…=tail; Hugging Face hf_ bodies
 * with digits; vendor Authorization schemes (`Bot`, `SSWS`, `Zoho-oauthtoken`, `AccessKey`…) read
 * as schemes; key names license key, insert key, honeycomb team, ext pat; GitHub legacy node ids
 * no longer read as base64 user:password; a vendor prefix written out with x's, `ghp_xxxx…`, is a
 * placeholder): realistic 1.000, adversarial 0.688; kept 0.950 / 0.989.
 * Per family: ai 0.969, source_ci 0.885, registries_iac 0.893, cloud 0.846, observability 0.800,
 * messaging 0.781, payments 0.850, data 0.786, identity_crm 0.700, productivity 0.864.
 * Known leaks left, all adversarial (the value with no field name, the vendor named in prose or a
 * sibling field): shapes with no prefix that only a vendor word within 40 characters could gate —
 * hex or base 36 runs (W&B 40 hex, Twilio 32 hex, Braintree 32 hex, Plaid 30 hex, Todoist, OneLogin,
 * NuGet without its oy2, SparkPost, Pipedrive, JumpCloud, Alibaba secret, Algolia admin, TomTom,
 * Vercel, Travis CI, Honeycomb, PagerDuty, MessageBird, Razorpay secret, Vonage, Datadog), UUIDs
 * (Snyk, Opsgenie, npm legacy), 88-character base64 account keys (Azure Storage, Cosmos DB),
 * a Redis URL password alone, Segment's dotted pair, Telnyx `KEY…`, LocationIQ `pk.` (shared with
 * Mapbox public tokens), ngrok `2…_…`, Mailgun's 32-8-8 hex with the word "Mailgun" more than 40
 * characters before, a Discord bot token whose vendor name is in a sibling field, Okta `00…`,
 * Salesforce `00D…!…` and Vault's legacy `s.…` (prefixes too common to gate cheaply), New Relic's
 * 30-character NRII- vector (issued keys are 32).
 * Look-alikes still masked: placeholders that are not x's alone under a secret key name
 * (client_secret=bP88Q~xxx…, GRAFANA_TOKEN=glsa_XXX…_AAAAAAAA, apiKey: "AIzaaaa…", fn::secret:
 * ops_…[Redacted]: fail closed by name), the hand-written Slack webhook and GitLab runner detectors on
 * their all-x samples, AWS's documented example AKIAIOSFODNN7EXAMPLE (masked on purpose), a Sentry
 * DSN under `sentry_dsn` (every `dsn` is SECRET), Twilio's Account SID and Razorpay's key_id (the
 * catalog masks both ids).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, nineteenth round',
  'red-team corpus 19',
  REDTEAM19_CORPUS,
  {
    family: {
      ai: 0.96,
      source_ci: 0.88,
      registries_iac: 0.89,
      cloud: 0.84,
      observability: 0.8,
      messaging: 0.78,
      payments: 0.85,
      data: 0.78,
      identity_crm: 0.7,
      productivity: 0.86,
    },
    slice: { realistic: { recall: 1, kept: 0.95 }, adversarial: { recall: 0.68, kept: 0.98 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, nineteenth round', REDTEAM19_CORPUS);

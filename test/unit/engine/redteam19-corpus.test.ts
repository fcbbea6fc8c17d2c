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
 * Second pass (round 19's leftovers): a context row's vendor word also counts anywhere in the same
 * sentence, 90 characters before or 60 after, cut at a line break or a full stop (a UUID that far
 * also needs a key word); Azure storage / Cosmos DB 88-character keys use the same reach (and the
 * word cosmos); rows added: Todoist, OneLogin, NuGet without oy2, Braintree private key, Razorpay
 * secret, JumpCloud, TomTom, Honeycomb, Telnyx `KEY…` (prefix and a random body), Salesforce `00…!…`
 * of any key prefix (vendor word); trufflehog's alphabets for Azure DevOps 52, MessageBird, Pipedrive
 * and Datadog; placeholders `bP88Q~xxxx…`, `glsa_XXXX…_AAAAAAAA` and `AIzaaaa…` kept under a secret
 * name; `Authorization: SSWS …` at a line start keeps its scheme: realistic 1.000, adversarial
 * 0.872; kept 0.965 / 0.989. Per family: ai
 * 1.000, source_ci 0.962, registries_iac 0.964, cloud 0.923, observability 0.867, messaging 0.906,
 * payments 1.000, data 0.857, identity_crm 0.950, productivity 0.909.
 * Stop 30: a vendor named only in a sibling member (`{label: "Twilio (prod)", value: …}`) lets
 * that vendor's context row read the value as if the label stood before it
 * (structure/vendor-label.ts): adversarial 0.928; kept 0.965 / 0.989. Per family: cloud 1.000,
 * observability 0.900, messaging 0.969, identity_crm 1.000, productivity 0.955.
 * Known leaks left, all adversarial: a tool call's JSON arguments (`{"command": "algolia-cli", "args": [… "<key>"]}`: each argument is
 * read alone, so the command's vendor word is not context; Algolia admin, Segment's dotted pair),
 * UUIDs beside a vendor name with no key word in the sentence (Snyk, Opsgenie, npm legacy: kept on
 * purpose, a UUID there is usually an id), a Redis URL password alone, LocationIQ `pk.` (shared with
 * Mapbox public tokens), New Relic's 30-character NRII- vector (issued keys are 32).
 * Look-alikes still masked: a redacted value under a secret key name (fn::secret: ops_…[Redacted]:
 * fail closed by name), the hand-written Slack webhook and GitLab runner detectors on
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
      ai: 1,
      source_ci: 0.961,
      registries_iac: 0.964,
      cloud: 1,
      observability: 0.9,
      messaging: 0.968,
      payments: 1,
      data: 0.857,
      identity_crm: 1,
      productivity: 0.954,
    },
    slice: { realistic: { recall: 1, kept: 0.965 }, adversarial: { recall: 0.928, kept: 0.988 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, nineteenth round', REDTEAM19_CORPUS);

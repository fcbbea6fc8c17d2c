import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM6_CORPUS } from './fixtures/redteam6-corpus.js';

/**
 * Sixth red-team round: recall per entity family and look-alikes kept, in record shapes the first
 * five rounds did not use (Elastic Common Schema, Splunk HEC, RFC 5424 structured data, journald,
 * CEF / LEEF, Sysmon, Zeek, Suricata EVE, AWS ALB / S3 / CloudFront / VPC flow logs, Vault audit,
 * Argo CD, Airflow, Spark, dbt, Snowflake / BigQuery query history, pgaudit, MongoDB, Redis
 * MONITOR, Elasticsearch slow logs, Segment / Mixpanel / Amplitude, Sentry, Shopify / WooCommerce /
 * Adyen webhooks, Zendesk / Intercom / Jira / ServiceNow / HubSpot, OpenTelemetry GenAI events,
 * Bedrock and Vertex AI logs, AutoGen / CrewAI traces, X12 837, NACHA, FIX) and national ids of
 * countries the earlier rounds did not plant; each case cites its public source in
 * fixtures/redteam6-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not.
 * Measured before any fix of this round (our held-out estimate): realistic recall 0.932, kept 0.990;
 * adversarial recall 0.789, kept 0.970 (145 planted values, 163 look-alikes). The very first run
 * read adversarial 0.761 with two mislabelled values since replaced: a Singapore FIN from
 * Presidio's list that fails the ICA check letter, and a Korean RRN of someone born in the 1800s.
 * After the round-seven leak fixes (X12 837 segments, Redis MONITOR passwords, PowerShell
 * -EncodedCommand, an API key as a URL's user, a phone before a numeric CSV field): adversarial
 * recall 0.845 -> 0.958; realistic 0.946, then 1.000 with the KYC `{type, number}` reading (a bare
 * `type` names its siblings' field when its value is a sensitive field name). The floors are what holds now; raise them, never lower them.
 * After leaks10 (the record-wide copies pass: the NACHA entry's individual name, masked under
 * `individual_name` in the parsed object, is masked in the fixed-width record too): adversarial
 * recall 0.958 -> 0.972; the gitleaks age sample `AGE-SECRET-KEY-1QQQ…Q` (not valid Bech32, and a
 * placeholder by the body checks) masked on its prefix and shape alone: 0.986; a whole string in
 * base64 read as a base64 value (the Splunk HEC `event` of credentials): 1.000. Known leaks left:
 * none in this corpus (NACHA entry names are masked through their parsed copy only).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixth round',
  'red-team corpus 6',
  REDTEAM6_CORPUS,
  {
    family: { passwords: 1, contact: 1, names: 1, national_ids: 1, api_keys: 1, payment: 1, lookalikes: 1 },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixth round', REDTEAM6_CORPUS);

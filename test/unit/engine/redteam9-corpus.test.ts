import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM9_CORPUS } from './fixtures/redteam9-corpus.js';

/**
 * Ninth red-team round: recall per family and look-alikes kept for (a) event envelopes and typed
 * encodings (DynamoDB Streams, Firestore REST, CloudEvents, Debezium, Kafka Connect DLQ headers,
 * EventBridge / SNS / SQS, Pub/Sub push, Kinesis / Firehose, API Gateway proxy events, Event Grid,
 * Service Bus), (b) identity infrastructure (LDIF, SCIM 2.0, Keycloak events, WS-Security
 * UsernameToken, FreeRADIUS), (c) network infrastructure (Cisco IOS / ASA / NX-OS, Junos,
 * FortiGate, PAN-OS) and (d) platform dumps and structured logs (kubectl secrets, Consul / etcd,
 * Spring Boot Actuator, zap / logrus, Rust tracing, Serilog, pino, Protobuf text, EDIFACT). Each
 * case cites its public source in fixtures/redteam9-corpus.ts. A planted value counts as found only
 * if no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or
 * not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.860 (107 planted),
 * adversarial 0.781 (105); look-alikes kept 0.947 (114) / 0.973 (75). By family: envelopes 0.934
 * (91), identity 0.763 (38), network 0.345 (29), platform 0.926 (54); kept: envelopes 0.967,
 * identity 0.913, network 1.000, platform 1.000, look-alike cases 0.911. After this round's fixes
 * (network device configuration commands, LDIF, UN/EDIFACT COM / CTA, JSON Patch `path` as a
 * sibling name, `key=\"…\"` escaped values, e-mails and `…_secret_access_key` in whole base64
 * payloads, a `%2B` phone after another escape, names `recoveryCodes`, `aeg-sas-key`,
 * `psksecret`; `authDetails` and RADIUS `Acct-*` counters kept): realistic 1.000, adversarial
 * 0.981; kept 0.956 / 0.987. By family: envelopes 0.989, identity 1.000, network 0.966,
 * platform 1.000.
 * After the leaks11 fixes (a name member wrapped in a type member, DynamoDB `{name: {S: …}}`,
 * Firestore `stringValue`, Avro `string`; slapd.conf `rootpw`; a bare passphrase with blanks after
 * `psk=`; a `%2B` phone with `%20` separators; preference-only cookies and a Secrets Manager
 * response's ARN / Name / VersionId kept): realistic 1.000, adversarial 0.990; kept 0.956 / 1.000.
 * By family: envelopes 1.000 (kept 0.984), identity 1.000, network 0.966, platform 1.000.
 * After leaks12 (PAN-OS TRAFFIC / THREAT / GLOBALPROTECT syslog CSV without a header: source and
 * destination users by field position): adversarial 1.000, network 1.000, kept unchanged.
 * Known leaks left: none in this corpus. Look-alikes still
 * masked: `theme=dark` written in one cookie string with the session cookie (masked whole), RADIUS
 * `Acct-Session-Id` / FortiGate `sessionid` and Keycloak `sessionId` (read as session credentials).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, ninth round',
  'red-team corpus 9',
  REDTEAM9_CORPUS,
  {
    family: {
      envelopes: 1,
      identity: 1,
      network: 1,
      platform: 1,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 1, kept: 0.964 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninth round', REDTEAM9_CORPUS);

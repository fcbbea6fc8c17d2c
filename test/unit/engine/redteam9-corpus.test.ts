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
 * Before any fix for this round (the held-out estimate): realistic recall 0.856 (104 planted),
 * adversarial 0.847 (72); look-alikes kept 0.946 (112) / 0.982 (57). By family: envelopes 0.914
 * (70), identity 0.848 (33), network 0.429 (21), platform 0.942 (52); kept: envelopes 0.980,
 * identity 0.905, network 1.000, platform 1.000, look-alike cases 0.911.
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
      envelopes: 0.91,
      identity: 0.84,
      network: 0.42,
      platform: 0.94,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 0.85, kept: 0.94 }, adversarial: { recall: 0.84, kept: 0.98 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninth round', REDTEAM9_CORPUS);

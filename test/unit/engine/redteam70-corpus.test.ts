import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM70_CORPUS } from './fixtures/redteam70-corpus.js';

/**
 * Seventieth red-team round: OpenTelemetry telemetry as instrumentation writes it (OTLP/JSON spans
 * and logs with the HTTP, database, messaging, exception, gen-AI, RPC and feature-flag semantic
 * conventions; W3C baggage and tracestate; the collector's debug exporter) and as APM vendors carry
 * it (Sentry events, Datadog APM spans, logs and RUM, New Relic, Honeycomb, Elastic APM, Grafana
 * Loki). Each case cites its public source in fixtures/redteam70-corpus.ts. A planted value counts
 * as found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.870 (131 planted),
 * adversarial 0.750 (100); look-alikes kept 0.992 (122) / 0.968 (63). Per family (recall / kept):
 * otel_http 0.723 / 0.974, otel_db_messaging 0.880 / 1.000, exceptions 0.857 / 0.970, apm_vendors
 * 0.847 / 0.976, gen_ai_and_rpc 0.775 / 1.000. (The corpus plants 231 values and 185 look-alikes
 * in 67 cases.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventieth round',
  'red-team corpus 70',
  REDTEAM70_CORPUS,
  {
    family: {
      otel_http: 0.723,
      otel_db_messaging: 0.88,
      exceptions: 0.857,
      apm_vendors: 0.847,
      gen_ai_and_rpc: 0.775,
    },
    slice: { realistic: { recall: 0.87, kept: 0.991 }, adversarial: { recall: 0.75, kept: 0.968 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventieth round', REDTEAM70_CORPUS);

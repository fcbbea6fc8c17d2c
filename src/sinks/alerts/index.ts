import { z } from 'zod';
import { type ComponentConfig, type ComponentDeps, registerSink } from '../../core/registry.js';
import { retry } from '../../core/backoff.js';
import { ConfigError } from '../../core/errors.js';
import type { MaskedRecord, Sink } from '../../core/component.js';
import { kafkaConnectionOptions } from '../../kafka/connection.js';
import { noMetrics } from '../../telemetry/metrics.js';
import { AlertDeduplicator, type ExposureAlert } from './dedup.js';
import { CREDENTIAL_ENTITIES, exposuresOf } from './exposures.js';
import { type AlertTarget, fileTarget, kafkaTarget, otlpTarget, webhookTarget } from './targets.js';

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name');

export const alertsSinkOptions = {
  entities: z
    .array(z.string().regex(/^[A-Z][A-Z0-9_]{1,40}$/))
    .default([...CREDENTIAL_ENTITIES])
    .describe(
      'Entity types that raise an alert (default: every credential type of the catalog: cloud keys, tokens, private keys, passwords, connection strings).',
    ),
  window_ms: z
    .number()
    .int()
    .min(1000)
    .default(3_600_000)
    .describe('One alert per fingerprint (the token of the credential) within this window; later sightings only count.'),
  max_pending: z
    .number()
    .int()
    .min(1)
    .default(10_000)
    .describe('Alerts waiting for delivery at most; more are dropped (counted as failed) so alerts never hold the audit stream back.'),
  timeout_ms: z.number().int().min(100).default(10_000).describe('Bound on one delivery (HTTP request, Kafka send).'),
  file: z
    .strictObject({ path: z.string().min(1).describe('JSON Lines file the alerts are appended to (mode 0640).') })
    .optional()
    .describe('Alerts to a JSON Lines file.'),
  webhook: z
    .strictObject({
      url: z.string().url().describe('HTTPS endpoint (plain http only to localhost); one POST per alert.'),
      format: z
        .enum(['auditmask', 'pagerduty'])
        .default('auditmask')
        .describe('Body: the alert event as is, or a PagerDuty Events API v2 trigger (dedup_key = fingerprint).'),
      authorization_env: envName
        .optional()
        .describe('Environment variable holding the Authorization header value (e.g. `Bearer …`, `GenieKey …`).'),
      routing_key_env: envName.optional().describe('format pagerduty: environment variable holding the integration routing key.'),
    })
    .optional()
    .describe('Alerts to a webhook (on-call tools, chat, SOAR).'),
  otlp: z
    .strictObject({
      url: z.string().url().describe('OTLP/HTTP logs endpoint, e.g. http://collector:4318/v1/logs (JSON encoding).'),
      headers_env: envName
        .optional()
        .describe('Environment variable holding extra headers as `name=value,name=value` (OTEL_EXPORTER_OTLP_HEADERS style).'),
    })
    .optional()
    .describe('Alerts as OTLP log records (severity ERROR, event name auditmask.exposure).'),
  kafka: z
    .strictObject({ ...kafkaConnectionOptions, topic: z.string().min(1).describe('Alerts topic; records keyed by fingerprint.') })
    .optional()
    .describe('Alerts to a Kafka topic.'),
};

export type AlertsSinkConfig = ComponentConfig<typeof alertsSinkOptions>;

function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

function parseHeaders(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (text ?? '').split(',')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = decodeURIComponent(part.slice(at + 1).trim());
  }
  return out;
}

function targetOf(config: AlertsSinkConfig, deps: ComponentDeps): AlertTarget {
  const given = (['file', 'webhook', 'otlp', 'kafka'] as const).filter((k) => config[k] !== undefined);
  if (given.length !== 1) {
    throw new ConfigError(undefined, [
      {
        path: '',
        message: `set exactly one of file, webhook, otlp, kafka (${given.length === 0 ? 'none is set' : `${given.join(' and ')} are set`})`,
      },
    ]);
  }
  if (config.file) return fileTarget(config.file.path);
  if (config.webhook) {
    const w = config.webhook;
    const url = new URL(w.url);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
      throw new ConfigError(undefined, [{ path: 'webhook.url', message: 'use https (plain http only to localhost)' }]);
    }
    const authorization = w.authorization_env ? process.env[w.authorization_env] : undefined;
    const routingKey = w.routing_key_env ? process.env[w.routing_key_env] : undefined;
    if (w.format === 'pagerduty' && !routingKey) {
      throw new ConfigError(undefined, [
        { path: 'webhook.routing_key_env', message: 'format pagerduty needs the routing key in an environment variable named here' },
      ]);
    }
    return webhookTarget({ url: w.url, format: w.format, authorization, routingKey, timeoutMs: config.timeout_ms });
  }
  if (config.otlp) {
    return otlpTarget({
      url: config.otlp.url,
      headers: parseHeaders(config.otlp.headers_env ? process.env[config.otlp.headers_env] : undefined),
      timeoutMs: config.timeout_ms,
    });
  }
  return kafkaTarget(config.kafka as never, deps.logger, config.id);
}

/**
 * The `alerts` sink: for every masked record, the credentials it exposed (evidence + tokens, never
 * a value), de-duplicated per fingerprint within `window_ms`, sent to one target. While running, its `write`
 * never waits for delivery and never fails: alerts go out in the background (three tries each),
 * so an on-call endpoint that is down never stops the audit stream; what could not be delivered
 * is logged (without values) and counted (`auditmask_exposure_alerts_total{outcome="failed"}`).
 */
export function createAlertsSink(
  config: AlertsSinkConfig,
  deps: ComponentDeps,
): Sink & { flush(): Promise<void>; readonly dedup: AlertDeduplicator } {
  const target = targetOf(config, deps);
  const metrics = deps.metrics ?? noMetrics;
  const entities = new Set(config.entities);
  const dedup = new AlertDeduplicator(config.window_ms);
  const pending: ExposureAlert[] = [];
  let sending: Promise<void> | undefined;
  let state: 'new' | 'started' | 'stopped' = 'new';

  // Three tries, 0.4 then 0.8 s apart (src/core/backoff.ts); a failure marked not retriable ends them at once.
  const deliver = async (batch: ExposureAlert[]) => {
    try {
      await retry(() => target.send(batch), { initialMs: 400, maxMs: 800, maxAttempts: 3 });
    } catch (err) {
      for (const a of batch) metrics.exposureAlert(a.entity, 'failed');
      deps.logger.warn({ alerts: batch.length, error: (err as Error).message }, 'exposure alerts could not be delivered');
    }
  };
  const pump = () => {
    if (sending || pending.length === 0) return;
    sending = (async () => {
      while (pending.length > 0) await deliver(pending.splice(0, 100));
    })().finally(() => {
      sending = undefined;
      pump();
    });
  };
  const flush = async () => {
    while (sending) await sending;
  };

  return {
    id: config.id,
    dedup,
    flush,
    async start() {
      if (state !== 'new') return;
      await target.start();
      state = 'started';
    },
    async write(records: MaskedRecord[]) {
      // The component contract: a write after stop is refused, never dropped without a word.
      if (state === 'stopped') throw new Error(`alerts sink ${config.id} is stopped`);
      for (const r of records) {
        for (const e of exposuresOf(r, entities)) {
          const alert = dedup.see(e);
          if (!alert) {
            metrics.exposureAlert(e.entity, 'suppressed');
            continue;
          }
          if (pending.length >= config.max_pending) {
            metrics.exposureAlert(e.entity, 'failed');
            continue;
          }
          metrics.exposureAlert(e.entity, 'emitted');
          pending.push(alert);
        }
      }
      pump();
    },
    async stop() {
      if (state === 'stopped') return;
      const was = state;
      state = 'stopped';
      if (was !== 'started') return;
      await Promise.race([flush(), new Promise((r) => setTimeout(r, config.timeout_ms).unref())]);
      await target.stop();
    },
  };
}

registerSink({
  type: 'alerts',
  description:
    'Exposure alerts: one event per exposed credential (its token as fingerprint, never the value) per window, to a file, webhook, OTLP or Kafka.',
  options: alertsSinkOptions,
  create: createAlertsSink,
});

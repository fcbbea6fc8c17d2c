import { open } from 'node:fs/promises';
import type { Producer } from 'kafkajs';
import type { Logger } from '../../core/logger.js';
import { createKafkaClient, type KafkaConnectionConfig } from '../../kafka/connection.js';
import type { ExposureAlert } from './dedup.js';

/** Where alerts go. `send` rejects when they were not delivered (the sink retries, then counts them failed). */
export interface AlertTarget {
  start(): Promise<void>;
  send(alerts: readonly ExposureAlert[]): Promise<void>;
  stop(): Promise<void>;
}

/** JSON Lines, appended and flushed (mode 0640: alerts hold tokens and paths, never values). */
export function fileTarget(path: string): AlertTarget {
  return {
    start: async () => {},
    async send(alerts) {
      const h = await open(path, 'a', 0o640);
      try {
        await h.write(alerts.map((a) => `${JSON.stringify(a)}\n`).join(''));
        await h.datasync();
      } finally {
        await h.close();
      }
    },
    stop: async () => {},
  };
}

const summary = (a: ExposureAlert) => `Exposed ${a.entity} ${a.fingerprint} in the audit trail (${a.source}): rotate it`;

/** The body of a webhook call: our event as is, or a PagerDuty Events API v2 trigger. */
export function webhookBody(a: ExposureAlert, format: 'auditmask' | 'pagerduty', routingKey?: string): unknown {
  if (format === 'auditmask') return a;
  return {
    routing_key: routingKey,
    event_action: 'trigger',
    // Same fingerprint → same incident: PagerDuty merges the repeats of later windows into it.
    dedup_key: `auditmask:${a.fingerprint}`,
    payload: { summary: summary(a), source: a.source, severity: 'critical', component: 'auditmask', class: a.entity, custom_details: a },
  };
}

async function post(url: string, body: unknown, headers: Record<string, string>, timeoutMs: number): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  // Never quote the answer: it is another system's text.
  await res.arrayBuffer().catch(() => undefined);
  if (!res.ok) throw new Error(`${new URL(url).host} answered HTTP ${res.status}`);
}

/** One POST per alert (on-call tools take one event per call). */
export function webhookTarget(o: {
  url: string;
  format: 'auditmask' | 'pagerduty';
  authorization?: string | undefined;
  routingKey?: string | undefined;
  timeoutMs: number;
}): AlertTarget {
  const headers: Record<string, string> = o.authorization ? { authorization: o.authorization } : {};
  return {
    start: async () => {},
    async send(alerts) {
      for (const a of alerts) await post(o.url, webhookBody(a, o.format, o.routingKey), headers, o.timeoutMs);
    },
    stop: async () => {},
  };
}

/** OTLP/HTTP JSON log records (severity ERROR, event name `auditmask.exposure`), one request per batch. */
export function otlpLogsBody(alerts: readonly ExposureAlert[]): unknown {
  const attr = (key: string, v: string | number | string[]) => ({
    key,
    value:
      typeof v === 'number'
        ? { intValue: String(v) }
        : Array.isArray(v)
          ? { arrayValue: { values: v.map((s) => ({ stringValue: s })) } }
          : { stringValue: v },
  });
  return {
    resourceLogs: [
      {
        resource: { attributes: [attr('service.name', 'auditmask')] },
        scopeLogs: [
          {
            scope: { name: 'auditmask.alerts' },
            logRecords: alerts.map((a) => ({
              timeUnixNano: String(BigInt(Date.parse(a.last_seen)) * 1_000_000n),
              severityNumber: 17,
              severityText: 'ERROR',
              eventName: a.type,
              body: { stringValue: summary(a) },
              attributes: [
                attr('event.name', a.type),
                attr('auditmask.entity', a.entity),
                attr('auditmask.fingerprint', a.fingerprint),
                attr('auditmask.source', a.source),
                attr('auditmask.last_source', a.last_source),
                attr('auditmask.paths', a.paths),
                attr('auditmask.first_seen', a.first_seen),
                attr('auditmask.last_seen', a.last_seen),
                attr('auditmask.count', a.count),
                attr('auditmask.window_ms', a.window_ms),
                attr('auditmask.policy', a.policy),
                attr('auditmask.key', a.key),
                ...(a.tok !== undefined ? [attr('auditmask.tok', a.tok)] : []),
              ],
            })),
          },
        ],
      },
    ],
  };
}

export function otlpTarget(o: { url: string; headers: Record<string, string>; timeoutMs: number }): AlertTarget {
  return {
    start: async () => {},
    send: (alerts) => post(o.url, otlpLogsBody(alerts), o.headers, o.timeoutMs),
    stop: async () => {},
  };
}

/** A Kafka topic, keyed by fingerprint (so a compacted topic keeps the latest alert per credential). */
export function kafkaTarget(config: KafkaConnectionConfig & { topic: string }, logger: Logger, id: string): AlertTarget {
  let producer: Producer | undefined;
  return {
    async start() {
      producer = createKafkaClient(config, logger, id).producer({ idempotent: true, maxInFlightRequests: 1 });
      await producer.connect();
    },
    async send(alerts) {
      if (!producer) throw new Error('the alerts producer is not connected');
      await producer.send({
        topic: config.topic,
        acks: -1,
        messages: alerts.map((a) => ({ key: a.fingerprint, value: JSON.stringify(a) })),
      });
    },
    async stop() {
      await producer?.disconnect().catch(() => {});
    },
  };
}

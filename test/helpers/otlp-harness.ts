import * as grpc from '@grpc/grpc-js';
import { ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import type { SeverityNumber } from '@opentelemetry/api-logs';
import { OTLPLogExporter as GrpcLogExporter } from '@opentelemetry/exporter-logs-otlp-grpc';
import { OTLPLogExporter as HttpJsonLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPLogExporter as ProtoLogExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchLogRecordProcessor,
  LoggerProvider,
  type LogRecordExporter,
  type ReadableLogRecord,
  SimpleLogRecordProcessor,
} from '@opentelemetry/sdk-logs';
import { type Engine, createEngine } from '../../src/engine/index.js';
import { silentLogger } from '../../src/log/logger.js';
import type { BatchHandler, MaskedRecord, RejectedRecord, Sink } from '../../src/core/component.js';
import { formatCodec } from '../../src/record/formats.js';
import { createOtlpSource, type OtlpSource, otlpSourceOptions } from '../../src/sources/otlp/index.js';
import { z } from 'zod';

export const testEngine = (): Engine => createEngine({ key: Buffer.alloc(32, 9), keyId: 'otlp-test' });

/** A Sink that keeps what it is given; `gate` (when set) holds every write until it resolves. */
export class CaptureSink implements Sink {
  readonly id: string;
  readonly records: MaskedRecord[] = [];
  gate: Promise<void> | undefined;
  writes = 0;
  constructor(id = 'capture') {
    this.id = id;
  }
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  async write(records: MaskedRecord[]): Promise<void> {
    this.writes++;
    if (this.gate) await this.gate;
    this.records.push(...records);
  }
  docs(): Record<string, unknown>[] {
    return this.records.map((r) => JSON.parse(r.value.toString('utf8')) as Record<string, unknown>);
  }
}

/**
 * The pipeline's contract, in-thread: masks every record with the format's codec, dead-letters the
 * rejected ones, writes the rest to every sink in order, resolves after all of them.
 */
export function inThreadHandler(engine: Engine | undefined, sinks: Sink[], deadLetters: RejectedRecord[] = []): BatchHandler {
  let chain: Promise<unknown> = Promise.resolve();
  return (batch) => {
    const run = async () => {
      const masked: MaskedRecord[] = [];
      let dead = 0;
      for (const record of batch.records) {
        if (engine === undefined) {
          masked.push({
            value: record.value,
            headers: {},
            origin: record.origin,
            format: batch.format,
            evidence: { v: 1, policy: '', key: '', findings: [] },
          });
          continue;
        }
        const codec = formatCodec(batch.format);
        const r = codec
          ? codec(engine, record.value)
          : { evidence: engine.evidence([]), rejected: { reason: 'no_codec', message: 'no codec' } };
        if (r.rejected || !r.value) {
          dead++;
          deadLetters.push({ record, reason: r.rejected?.reason ?? 'mask_error', message: r.rejected?.message ?? '' });
          continue;
        }
        masked.push({ value: r.value, headers: {}, origin: record.origin, format: batch.format, evidence: r.evidence });
      }
      for (const sink of sinks) if (masked.length > 0) await sink.write(masked);
      return { written: masked.length, deadLettered: dead };
    };
    // Sinks are not written concurrently (Sink contract): one batch after the other.
    const p = chain.then(run, run);
    chain = p.catch(() => {});
    return p;
  };
}

/** A receiver on free ports with the given options (defaults otherwise). */
export async function startSource(
  handler: BatchHandler,
  options: Record<string, unknown> = {},
  env: NodeJS.ProcessEnv = {},
): Promise<OtlpSource> {
  const config = z.strictObject(otlpSourceOptions).parse({ http_endpoint: '127.0.0.1:0', grpc_endpoint: '127.0.0.1:0', ...options });
  const source = createOtlpSource({ ...config, id: 'otlp_in', type: 'otlp' }, { logger: silentLogger }, env);
  source.setHandler(handler);
  await source.start();
  return source;
}

export type Protocol = 'http/protobuf' | 'http/json' | 'grpc';

export function makeExporter(
  protocol: Protocol,
  address: string,
  options: { headers?: Record<string, string>; gzip?: boolean } = {},
): LogRecordExporter {
  const compression = (options.gzip ? 'gzip' : 'none') as never;
  if (protocol === 'grpc') {
    const metadata = new grpc.Metadata();
    for (const [k, v] of Object.entries(options.headers ?? {})) metadata.set(k.toLowerCase(), v);
    return new GrpcLogExporter({ url: `http://${address}`, metadata, compression });
  }
  const config = { url: `http://${address}/v1/logs`, headers: options.headers ?? {}, compression };
  return protocol === 'http/json' ? new HttpJsonLogExporter(config) : new ProtoLogExporter(config);
}

/** Wraps an exporter and keeps every export result (code and error) the SDK got. */
export class RecordingExporter implements LogRecordExporter {
  readonly results: { code: number; error?: Error }[] = [];
  constructor(readonly inner: LogRecordExporter) {}
  export(logs: ReadableLogRecord[], cb: (r: { code: number; error?: Error }) => void): void {
    this.inner.export(logs, (r) => {
      this.results.push(r);
      cb(r);
    });
  }
  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }
  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}

export interface Client {
  provider: LoggerProvider;
  exporter: RecordingExporter;
  emit(n: number, make: (i: number) => LogSpec): void;
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface LogSpec {
  body?: unknown;
  attributes?: Record<string, unknown>;
  severityNumber?: SeverityNumber;
  severityText?: string;
  /** [seconds, nanoseconds]. */
  timestamp?: [number, number];
  traceId?: string;
  spanId?: string;
  loggerName?: string;
}

/** A LoggerProvider with the real OTLP exporter for `protocol`, sending to `address`. */
export function makeClient(
  protocol: Protocol,
  address: string,
  resource: Record<string, string>,
  options: { headers?: Record<string, string>; gzip?: boolean; simple?: boolean; maxExportBatchSize?: number } = {},
): Client {
  const exporter = new RecordingExporter(makeExporter(protocol, address, options));
  const processor = options.simple
    ? new SimpleLogRecordProcessor({ exporter })
    : new BatchLogRecordProcessor({
        exporter,
        maxExportBatchSize: options.maxExportBatchSize ?? 512,
        scheduledDelayMillis: 50,
        maxQueueSize: 100_000,
      });
  const provider = new LoggerProvider({ resource: resourceFromAttributes(resource), processors: [processor] });
  return {
    provider,
    exporter,
    emit(n, make) {
      for (let i = 0; i < n; i++) {
        const spec = make(i);
        const logger = provider.getLogger(spec.loggerName ?? 'audit-trail', '1.2.3');
        const context =
          spec.traceId && spec.spanId
            ? trace.setSpanContext(ROOT_CONTEXT, { traceId: spec.traceId, spanId: spec.spanId, traceFlags: TraceFlags.SAMPLED })
            : ROOT_CONTEXT;
        logger.emit({
          body: spec.body as never,
          attributes: spec.attributes as never,
          severityNumber: spec.severityNumber,
          severityText: spec.severityText,
          timestamp: spec.timestamp,
          context,
        });
      }
    },
    flush: () => provider.forceFlush(),
    close: () => provider.shutdown(),
  };
}

/** Polls `cond` every 20 ms up to `ms`; returns whether it became true. */
export async function waitFor(cond: () => boolean, ms = 20_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return cond();
}

/** Reads an attribute value (OTLP/JSON KeyValue list) by key. */
export function attr(list: unknown, key: string): Record<string, unknown> | undefined {
  return (list as { key: string; value?: Record<string, unknown> }[] | undefined)?.find((kv) => kv.key === key)?.value;
}

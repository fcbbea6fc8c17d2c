import { timingSafeEqual } from 'node:crypto';
import type { Secret } from '../../core/secret.js';
import { AuditmaskError, BackpressureError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import type { BatchHandler, BatchResult, SourceBatch } from '../../core/component.js';
import { otlpLogRecordBytes } from '../../record/otlp-codec.js';
import type { AuditRecord } from '../../core/record.js';
import type { ComponentMetrics } from '../../core/component-metrics.js';
import { noMetrics } from '../../telemetry/metrics.js';
import type { DecodedLogs } from '../../otlp/fast-decode.js';
import type { ExportLogsRequestJson, PartialSuccessJson } from '../../otlp/wire.js';

/**
 * What the HTTP and gRPC front ends share: admission (stopping, auth, concurrency), turning a
 * decoded request into one SourceBatch, and mapping the pipeline's answer to an OTLP outcome.
 * The front ends only translate outcomes into their protocol's statuses.
 */
export type Outcome =
  | { kind: 'ok'; partial?: PartialSuccessJson }
  | { kind: 'invalid'; message: string }
  | { kind: 'unauthenticated'; message: string }
  | { kind: 'too_large'; message: string }
  /** Retry later: `throttle` = 429 / RESOURCE_EXHAUSTED (overload); `unavailable` = 503 / UNAVAILABLE. */
  | { kind: 'throttle' | 'unavailable'; message: string; retryAfterSeconds: number };

export interface ReceiverOptions {
  token: Secret | undefined;
  maxConcurrent: number;
  retryAfterSeconds: number;
  /** Extra JSON appended to every record document (schema URLs are added per scope). */
  allowResourceJson: string;
  logger: Logger;
  /** The source id (metrics). */
  id?: string;
  /** Where requests and decode times are recorded (ComponentDeps.metrics); default: nowhere. */
  metrics?: ComponentMetrics;
}

/** Counters for tests and metrics: requests by outcome, and the most requests ever in flight at once. */
export interface ReceiverStats {
  requests: number;
  ok: number;
  partial: number;
  invalid: number;
  unauthenticated: number;
  too_large: number;
  throttle: number;
  unavailable: number;
  maxInFlight: number;
}

export class Receiver {
  handler: BatchHandler | undefined;
  readonly stats: ReceiverStats = {
    requests: 0,
    ok: 0,
    partial: 0,
    invalid: 0,
    unauthenticated: 0,
    too_large: 0,
    throttle: 0,
    unavailable: 0,
    maxInFlight: 0,
  };
  #inFlight = 0;
  #requests = 0;
  #stopping = false;
  #idle: (() => void)[] = [];
  readonly #tokenBytes: Buffer | undefined;
  readonly options: ReceiverOptions;

  constructor(options: ReceiverOptions) {
    this.options = options;
    this.#tokenBytes = options.token === undefined ? undefined : Buffer.from(`Bearer ${options.token.reveal()}`, 'utf8');
  }

  /** Counts an answer given to a client (called by the front ends once per request). */
  count(outcome: Outcome, transport: 'http' | 'grpc'): void {
    (this.options.metrics ?? noMetrics).otlpRequest(transport, outcome.kind === 'ok' && outcome.partial ? 'partial' : outcome.kind);
    this.stats.requests++;
    if (outcome.kind === 'ok' && outcome.partial) this.stats.partial++;
    else this.stats[outcome.kind]++;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Checks the `authorization` header/metadata value; undefined when allowed. */
  authenticate(authorization: string | undefined): Outcome | undefined {
    if (this.#tokenBytes === undefined) return undefined;
    const given = Buffer.from(authorization ?? '', 'utf8');
    if (given.length === this.#tokenBytes.length && timingSafeEqual(given, this.#tokenBytes)) return undefined;
    return { kind: 'unauthenticated', message: 'missing or wrong bearer token: send "Authorization: Bearer <token>"' };
  }

  /**
   * Takes a request slot, or says why not (stopping, too many requests in flight). The caller must
   * call `release()` exactly once after a successful admit.
   */
  admit(): Outcome | undefined {
    if (this.#stopping)
      return {
        kind: 'unavailable',
        message: 'the receiver is shutting down; retry against another instance',
        retryAfterSeconds: this.options.retryAfterSeconds,
      };
    if (this.#inFlight >= this.options.maxConcurrent) {
      return {
        kind: 'throttle',
        message: 'too many export requests in flight; retry later',
        retryAfterSeconds: this.options.retryAfterSeconds,
      };
    }
    this.#inFlight++;
    if (this.#inFlight > this.stats.maxInFlight) this.stats.maxInFlight = this.#inFlight;
    return undefined;
  }

  release(): void {
    this.#inFlight--;
    if (this.#inFlight === 0) for (const f of this.#idle.splice(0)) f();
  }

  /** Stops admitting requests; resolves when none is in flight (or after `timeoutMs`). */
  async drain(timeoutMs: number): Promise<void> {
    this.#stopping = true;
    if (this.#inFlight === 0) return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, timeoutMs);
      t.unref?.();
      this.#idle.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  /**
   * Hands a decoded request to the pipeline as one batch and maps the result. Success is answered
   * only after the handler resolved, i.e. every record reached every sink or the dead-letter sink.
   */
  async export(request: DecodedLogs, stream: string): Promise<Outcome> {
    const decoded = (this.options.metrics ?? noMetrics).timeStage('decode', this.options.id ?? 'otlp');
    const batch = this.#toBatch(request, stream);
    decoded();
    if (batch.records.length === 0) return { kind: 'ok' };
    const handler = this.handler;
    if (handler === undefined)
      return { kind: 'unavailable', message: 'the receiver is not started', retryAfterSeconds: this.options.retryAfterSeconds };
    let result: BatchResult;
    try {
      result = await handler(batch);
    } catch (err) {
      if (err instanceof BackpressureError) {
        return {
          kind: 'throttle',
          message: 'the pipeline is at capacity; retry later',
          retryAfterSeconds: Math.max(1, Math.ceil(err.retryAfterMs / 1000)),
        };
      }
      // Not delivered: never acknowledged. The client must send it again.
      this.options.logger.warn(
        { err: err instanceof AuditmaskError ? err : new Error('pipeline error'), stream, records: batch.records.length },
        'OTLP export not delivered; answering retry-later',
      );
      return {
        kind: 'unavailable',
        message: 'the records could not be delivered to every sink; retry later',
        retryAfterSeconds: this.options.retryAfterSeconds,
      };
    }
    if (result.deadLettered > 0) {
      return {
        kind: 'ok',
        partial: {
          rejectedLogRecords: String(result.deadLettered),
          errorMessage: `${result.deadLettered} of ${batch.records.length} log records could not be masked (malformed, duplicate attribute keys or too deeply nested) and were sent to the dead-letter sink instead of downstream`,
        },
      };
    }
    return { kind: 'ok' };
  }

  #toBatch(request: DecodedLogs, stream: string): SourceBatch {
    const requestNo = ++this.#requests;
    const records: AuditRecord[] = [];
    let index = 0;
    for (const rl of request.resourceLogs) {
      const resourceSchema = rl.schemaUrl ? `,"resourceSchemaUrl":${JSON.stringify(rl.schemaUrl)}` : '';
      for (const sl of rl.scopeLogs) {
        const extra = `${resourceSchema}${sl.schemaUrl ? `,"scopeSchemaUrl":${JSON.stringify(sl.schemaUrl)}` : ''}${this.options.allowResourceJson}`;
        for (const lr of sl.logRecords) {
          records.push({
            value: otlpLogRecordBytes(rl.resourceJson, sl.scopeJson, lr, extra),
            origin: { kind: 'otlp', request: requestNo, index: index++ },
          });
        }
      }
    }
    return { stream, format: 'otlp_log', records };
  }
}

/** The object form (JSON requests) in the receiver's text form. */
export function toDecoded(request: ExportLogsRequestJson): DecodedLogs {
  return {
    resourceLogs: request.resourceLogs.map((rl) => ({
      resourceJson: JSON.stringify(rl.resource ?? {}),
      ...(rl.schemaUrl ? { schemaUrl: rl.schemaUrl } : {}),
      scopeLogs: rl.scopeLogs.map((sl) => ({
        scopeJson: JSON.stringify(sl.scope ?? {}),
        ...(sl.schemaUrl ? { schemaUrl: sl.schemaUrl } : {}),
        logRecords: sl.logRecords.map((l) => JSON.stringify(l)),
      })),
    })),
  };
}

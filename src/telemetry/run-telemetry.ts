import type { LoadedPolicy } from '../engine/index.js';
import type { Logger } from '../core/logger.js';
import type { DeadLetterSink, Sink, Source } from '../core/component.js';
import type { Masker } from '../pool/mask-pool.js';
import { Health } from './health.js';
import { instrumentDeadLetter, instrumentMasker, instrumentSink, instrumentSource } from './instrument.js';
import { Metrics, useMetrics } from './metrics.js';
import type { OtlpExportConfig } from './otlp-export.js';
import { TelemetryServer } from './server.js';
import { setTracingEnabled } from './tracing.js';

/** The `telemetry:` section of the run config (src/config/run-config.ts). */
export interface TelemetryConfig {
  metrics: { enabled: boolean; listen: string; process_metrics: boolean };
  traces: { enabled: boolean };
  otlp: OtlpExportConfig;
}

/** What the pool exposes for gauges and readiness (MaskPool). */
export interface PoolView {
  readonly threads: number;
  readonly queueSize: number;
  readonly busy: number;
  readonly closing: boolean;
}

/**
 * Everything `auditmask run` needs for its own telemetry, in one object: a fresh metrics registry
 * made current, the readiness checks, the instrumented components, the HTTP endpoint.
 */
export class RunTelemetry {
  readonly metrics: Metrics;
  readonly health = new Health();
  readonly #config: TelemetryConfig;
  readonly #log: Logger;
  #server: TelemetryServer | undefined;
  #running = false;

  /** `exportTraces`: spans go to the OTLP exporter of src/telemetry/otlp-export.ts (turns traces on). */
  constructor(config: TelemetryConfig, policy: LoadedPolicy, logger: Logger, exportTraces = false) {
    this.#config = config;
    this.#log = logger;
    this.metrics = useMetrics(new Metrics({ defaultMetrics: config.metrics.enabled && config.metrics.process_metrics }));
    this.metrics.addEntities(policyEntities(policy));
    this.metrics.addComponents(['pool', 'pipeline']);
    setTracingEnabled(config.traces.enabled || exportTraces);
  }

  /** Wraps each component (metrics, spans, readiness); returns the wrapped ones for the pipeline. */
  instrument<C extends { sources: Source[]; sinks: Sink[]; deadLetter: DeadLetterSink }>(c: C): C {
    this.metrics.addComponents([...c.sources, ...c.sinks, c.deadLetter].map((x) => x.id));
    return {
      ...c,
      sinks: c.sinks.map((s) => instrumentSink(s, this.health)),
      deadLetter: instrumentDeadLetter(c.deadLetter, this.health),
      sources: c.sources.map((s) => instrumentSource(s, this.health)),
    };
  }

  /** Wraps the pool (mask latency, findings) and reads its gauges at scrape time. */
  instrumentPool(pool: Masker & PoolView): Masker {
    this.metrics.setPoolGauges({ threads: () => pool.threads, queued: () => pool.queueSize, busy: () => pool.busy });
    this.health.register('pool', () => (pool.closing ? { ready: false, reason: 'worker pool closed' } : { ready: true }));
    return instrumentMasker(pool, 'pool');
  }

  watchPipeline(p: { readonly inFlight: { batches: number; bytes: number } }): void {
    this.metrics.setInFlight(() => p.inFlight);
  }

  /** Starts the HTTP endpoint when enabled (a port in use is a startup error); returns its address. */
  async listen(): Promise<string | undefined> {
    if (!this.#config.metrics.enabled) return undefined;
    this.#server = new TelemetryServer({
      listen: this.#config.metrics.listen,
      metrics: this.metrics,
      health: this.health,
      running: () => this.#running,
    });
    const address = await this.#server.listen();
    this.#log.info({ metrics: `http://${address}/metrics` }, 'metrics and health endpoint listening (/metrics, /healthz, /readyz)');
    return address;
  }

  /** Readiness needs the pipeline running (set once started, cleared when shutdown begins). */
  setRunning(on: boolean): void {
    this.#running = on;
  }

  async close(): Promise<void> {
    this.#running = false;
    setTracingEnabled(false);
    await this.#server?.close();
  }
}

/** Entity types a policy names (custom rules, extra keys, per-entity actions): config, not records. */
export function policyEntities(policy: LoadedPolicy): string[] {
  const p = policy.policy as {
    rules?: { entity?: string }[];
    keys?: { extra?: { entity?: string }[] };
    actions?: { entities?: Record<string, unknown> };
  };
  return [
    ...(p.rules ?? []).map((r) => r.entity),
    ...(p.keys?.extra ?? []).map((r) => r.entity),
    ...Object.keys(p.actions?.entities ?? {}),
  ].filter((e): e is string => typeof e === 'string');
}

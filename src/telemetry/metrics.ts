import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { builtinDetectors } from '../engine/detect/catalog.js';
import { BUILTIN_KEY_RULES } from '../engine/detect/keys.js';
import { ALERT_OUTCOMES, type ComponentMetrics, STAGES, type Stage } from '../core/component-metrics.js';
import { ACTIONS } from '../core/evidence.js';

/**
 * The one module that names every metric auditmask exports (Prometheus text format on
 * `/metrics`, see src/telemetry/server.ts and docs/operations.md). Components emit through the
 * named functions below, never through prom-client directly, so that:
 *
 * - every name, help text and label set is here and nowhere else;
 * - **no label ever carries record content**: every label value passes through `closed()`, which
 *   maps anything outside a closed set (entity types of the catalog and the policy, actions,
 *   dead-letter reasons, component ids from config, OTLP transports and outcomes, stages) to
 *   `other`. Kafka topics are broker metadata (checked against Kafka's topic-name alphabet) and
 *   partitions are integers.
 *
 * One `Metrics` instance is current at a time (`useMetrics`); `auditmask run` installs a fresh one
 * per run. The functions called by components are no-ops on an instance nobody scrapes, so
 * library code and tests may call them freely.
 */

export const OTHER = 'other';

export const OTLP_TRANSPORTS = ['http', 'grpc'] as const;
export const OTLP_STATUSES = ['ok', 'partial', 'invalid', 'unauthenticated', 'too_large', 'throttle', 'unavailable'] as const;
export const BATCH_OUTCOMES = ['delivered', 'failed', 'backpressure'] as const;

/** Dead-letter reasons the codecs, the pool and the sources give (errors.ts, record/, pool/, workers/). */
export const DEAD_LETTER_REASONS = [
  'invalid_json',
  'depth_exceeded',
  'too_complex',
  'too_large',
  'line_too_long',
  'mask_error',
  'unsupported_format',
  'worker_crash',
  'timeout',
  'invalid_otlp_log',
  'otlp_duplicate_key',
  'invalid_avro',
  'avro_unknown_schema',
  'avro_decode_error',
  'not_delivered',
] as const;

/** Entity types every build knows: value detectors and key rules of the catalog, plus structure-only ones. */
export function builtinEntities(): Set<string> {
  const out = new Set<string>(['SECRET', 'URL_CREDENTIALS', 'PERSON', 'ADDRESS']);
  for (const d of builtinDetectors({ phoneRegions: ['US'] })) out.add(d.entity);
  for (const r of BUILTIN_KEY_RULES) out.add(r.entity);
  return out;
}

const TOPIC = /^[A-Za-z0-9._-]{1,249}$/;
const COMPONENT_ID = /^[a-z][a-z0-9_]{0,63}$/;

/** `value` when it belongs to `allowed`, else `other`: the one gate every label value goes through. */
export function closed(allowed: ReadonlySet<string> | readonly string[], value: unknown): string {
  if (typeof value !== 'string') return OTHER;
  const has = Array.isArray(allowed) ? allowed.includes(value) : (allowed as ReadonlySet<string>).has(value);
  return has ? value : OTHER;
}

/** Read at scrape time (the pool and the pipeline own these numbers). */
export interface PoolGauges {
  threads(): number;
  /** Tasks waiting for a worker. */
  queued(): number;
  /** Tasks running on a worker now. */
  busy(): number;
}

const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export class Metrics {
  readonly registry = new Registry();
  readonly #entities: Set<string>;
  readonly #components = new Set<string>();
  readonly #topics = new Set<string>();
  readonly #actions: readonly string[] = ACTIONS;
  #pool: PoolGauges | undefined;
  #inFlight: (() => { batches: number; bytes: number }) | undefined;

  readonly recordsReceived: Counter<'source'>;
  readonly recordsWritten: Counter<'sink'>;
  readonly deadLetter: Counter<'reason'>;
  readonly findings: Counter<'entity' | 'action'>;
  readonly batches: Counter<'source' | 'outcome'>;
  readonly batchDuration: Histogram<'stage' | 'component'>;
  readonly batchRecords: Histogram<'source'>;
  readonly otlpRequests: Counter<'transport' | 'status'>;
  readonly consumerLag: Gauge<'topic' | 'partition'>;
  readonly componentReady: Gauge<'component'>;
  readonly poolQueue: Gauge;
  readonly poolBusy: Gauge;
  readonly poolThreads: Gauge;
  readonly poolUtilisation: Gauge;
  readonly inFlightBatches: Gauge;
  readonly inFlightBytes: Gauge;
  readonly poolRestarts: Counter<'reason'>;
  readonly exposureAlerts: Counter<'entity' | 'outcome'>;

  constructor(options: { defaultMetrics?: boolean; entities?: Iterable<string> } = {}) {
    this.#entities = builtinEntities();
    for (const e of options.entities ?? []) this.#entities.add(e);
    const r = [this.registry];
    this.recordsReceived = new Counter({
      name: 'auditmask_records_received_total',
      help: 'Records handed to the pipeline by each source.',
      labelNames: ['source'],
      registers: r,
    });
    this.recordsWritten = new Counter({
      name: 'auditmask_records_written_total',
      help: 'Masked records acknowledged by each sink.',
      labelNames: ['sink'],
      registers: r,
    });
    this.deadLetter = new Counter({
      name: 'auditmask_dead_letter_total',
      help: 'Records that could not be decoded or masked, written raw to the dead-letter sink, by reason.',
      labelNames: ['reason'],
      registers: r,
    });
    this.exposureAlerts = new Counter({
      name: 'auditmask_exposure_alerts_total',
      help: 'Exposed credentials seen by the alerts sink, by entity type and outcome: `emitted` (an alert sent), `suppressed` (same fingerprint within the window), `failed` (the alert could not be delivered).',
      labelNames: ['entity', 'outcome'],
      registers: r,
    });
    // Every known reason has a series from the start (0), so `rate()` and alerts work before the
    // first dead letter, and `absent()` means the scrape is broken, not that all is well.
    for (const reason of DEAD_LETTER_REASONS) this.deadLetter.inc({ reason }, 0);
    this.findings = new Counter({
      name: 'auditmask_findings_total',
      help: 'Sensitive values found, by entity type and the action applied (token, redact, partial, drop, keep).',
      labelNames: ['entity', 'action'],
      registers: r,
    });
    this.batches = new Counter({
      name: 'auditmask_batches_total',
      help: 'Batches handed over by each source, by outcome (delivered to every sink, failed and to be redelivered, refused with backpressure).',
      labelNames: ['source', 'outcome'],
      registers: r,
    });
    this.batchDuration = new Histogram({
      name: 'auditmask_batch_duration_seconds',
      help: 'Time a batch spends in each stage (decode: request to records; mask: worker pool; sink / dead_letter: until the component acknowledged), per component.',
      labelNames: ['stage', 'component'],
      buckets: BUCKETS,
      registers: r,
    });
    this.batchRecords = new Histogram({
      name: 'auditmask_batch_records',
      help: 'Records per batch handed over by each source.',
      labelNames: ['source'],
      buckets: [1, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10000],
      registers: r,
    });
    this.otlpRequests = new Counter({
      name: 'auditmask_otlp_requests_total',
      help: 'OTLP export requests answered, by transport (http, grpc) and status (ok, partial, invalid, unauthenticated, too_large, throttle, unavailable).',
      labelNames: ['transport', 'status'],
      registers: r,
    });
    this.consumerLag = new Gauge({
      name: 'auditmask_kafka_consumer_lag',
      help: 'Messages between the committed offset and the end of each assigned partition (high watermark − committed).',
      labelNames: ['topic', 'partition'],
      registers: r,
    });
    this.componentReady = new Gauge({
      name: 'auditmask_component_ready',
      help: '1 when the component (source, sink, dead_letter, pool) is ready, 0 otherwise (see /readyz).',
      labelNames: ['component'],
      registers: r,
    });
    const pool = () => this.#pool;
    this.poolThreads = new Gauge({
      name: 'auditmask_pool_threads',
      help: 'Worker threads of the masking pool.',
      registers: r,
      collect() {
        this.set(pool()?.threads() ?? 0);
      },
    });
    this.poolQueue = new Gauge({
      name: 'auditmask_pool_queue_depth',
      help: 'Mask tasks waiting for a free worker (beyond pool.max_queue, sources get backpressure).',
      registers: r,
      collect() {
        this.set(pool()?.queued() ?? 0);
      },
    });
    this.poolBusy = new Gauge({
      name: 'auditmask_pool_busy_threads',
      help: 'Worker threads running a mask task now.',
      registers: r,
      collect() {
        this.set(pool()?.busy() ?? 0);
      },
    });
    this.poolUtilisation = new Gauge({
      name: 'auditmask_pool_utilisation_ratio',
      help: 'Busy worker threads / threads, at scrape time (0..1).',
      registers: r,
      collect() {
        const p = pool();
        const t = p?.threads() ?? 0;
        this.set(t > 0 ? Math.min(1, (p?.busy() ?? 0) / t) : 0);
      },
    });
    this.poolRestarts = new Counter({
      name: 'auditmask_pool_task_retries_total',
      help: 'Mask tasks re-run because their worker crashed or ran past pool.task_timeout_ms, by reason (worker_crash, timeout).',
      labelNames: ['reason'],
      registers: r,
    });
    const inFlight = () => this.#inFlight?.();
    this.inFlightBatches = new Gauge({
      name: 'auditmask_in_flight_batches',
      help: 'Batches accepted from sources and not yet acknowledged by every sink.',
      registers: r,
      collect() {
        this.set(inFlight()?.batches ?? 0);
      },
    });
    this.inFlightBytes = new Gauge({
      name: 'auditmask_in_flight_bytes',
      help: 'Bytes of record values accepted and not yet acknowledged by every sink.',
      registers: r,
      collect() {
        this.set(inFlight()?.bytes ?? 0);
      },
    });
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'auditmask_' });
  }

  /** Component ids from the run config (the only values the source/sink/component labels take). */
  addComponents(ids: Iterable<string>): void {
    for (const id of ids) if (COMPONENT_ID.test(id)) this.#components.add(id);
  }

  /** Entity types of the loaded policy (custom rules, extra keys): config, never record content. */
  addEntities(entities: Iterable<string>): void {
    for (const e of entities) if (/^[A-Z][A-Z0-9_]{1,40}$/.test(e)) this.#entities.add(e);
  }

  /** Kafka topics this instance consumes or produces (from config and the group assignment). */
  addTopics(topics: Iterable<string>): void {
    for (const t of topics) if (TOPIC.test(t)) this.#topics.add(t);
  }

  topic(t: unknown): string {
    return closed(this.#topics, t);
  }

  setPoolGauges(g: PoolGauges | undefined): void {
    this.#pool = g;
  }

  setInFlight(f: (() => { batches: number; bytes: number }) | undefined): void {
    this.#inFlight = f;
  }

  component(id: unknown): string {
    return closed(this.#components, id);
  }

  entity(e: unknown): string {
    return closed(this.#entities, e);
  }

  action(a: unknown): string {
    return closed(this.#actions, a);
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }
}

let current = new Metrics();

/** The instance components emit to. */
export function metrics(): Metrics {
  return current;
}

/** Makes `m` the current instance (a run installs a fresh one); returns it. */
export function useMetrics(m: Metrics): Metrics {
  current = m;
  return m;
}

// ---------------------------------------------------------------------------------------------
// The named hooks components call. Each maps its arguments through the closed sets.

export function recordsReceived(source: string, n: number): void {
  if (n > 0) current.recordsReceived.inc({ source: current.component(source) }, n);
}

export function recordsWritten(sink: string, n: number): void {
  if (n > 0) current.recordsWritten.inc({ sink: current.component(sink) }, n);
}

export function deadLettered(reason: string, n = 1): void {
  if (n > 0) current.deadLetter.inc({ reason: closed(DEAD_LETTER_REASONS, reason) }, n);
}

/**
 * Counts findings from an output record's evidence (entity and action only; never the path or
 * value). It counts values: an evidence entry stands for `count` values of one entity at one path
 * (two phone numbers in one `body` are one entry with `count: 2`, and add 2 here).
 */
export function findings(list: readonly { entity: string; action: string; count?: number }[]): void {
  for (const f of list) current.findings.inc({ entity: current.entity(f.entity), action: current.action(f.action) }, f.count ?? 1);
}

/** An exposed credential seen by the alerts sink (src/sinks/alerts/). */
export function exposureAlert(entity: string, outcome: (typeof ALERT_OUTCOMES)[number]): void {
  current.exposureAlerts.inc({ entity: current.entity(entity), outcome: closed(ALERT_OUTCOMES, outcome) });
}

export function batchOutcome(source: string, outcome: (typeof BATCH_OUTCOMES)[number], records?: number): void {
  current.batches.inc({ source: current.component(source), outcome: closed(BATCH_OUTCOMES, outcome) });
  if (records !== undefined && outcome !== 'backpressure') current.batchRecords.observe({ source: current.component(source) }, records);
}

/** Observes how long a batch spent in `stage` for `component` (seconds). */
export function observeStage(stage: Stage, component: string, seconds: number): void {
  current.batchDuration.observe({ stage: closed(STAGES, stage), component: current.component(component) }, seconds);
}

/** Starts a timer for `stage`; call the returned function when the stage is over. */
export function timeStage(stage: Stage, component: string): () => void {
  const t0 = process.hrtime.bigint();
  return () => observeStage(stage, component, Number(process.hrtime.bigint() - t0) / 1e9);
}

/** One OTLP export request answered (the receiver calls this once per request). */
export function otlpRequest(transport: string, status: string): void {
  current.otlpRequests.inc({ transport: closed(OTLP_TRANSPORTS, transport), status: closed(OTLP_STATUSES, status) });
}

/** A mask task re-run after its worker crashed or timed out. */
export function poolTaskRetried(reason: 'worker_crash' | 'timeout'): void {
  current.poolRestarts.inc({ reason: closed(['worker_crash', 'timeout'], reason) });
}

function lagLabels(topic: string, partition: number): { topic: string; partition: string } {
  return {
    topic: current.topic(topic),
    partition: Number.isInteger(partition) && partition >= 0 && partition < 1_000_000 ? String(partition) : OTHER,
  };
}

/** Kafka API: the topics a source was assigned or a sink writes to (the only values `topic` labels take). */
export function registerTopics(topics: Iterable<string>): void {
  current.addTopics(topics);
}

/**
 * Kafka source API: the lag of one assigned partition (high watermark − committed offset, ≥ 0).
 * Call it after each commit or on a timer; call `clearConsumerLag` when the partition is revoked.
 */
export function setConsumerLag(topic: string, partition: number, lag: number): void {
  current.consumerLag.set(lagLabels(topic, partition), Math.max(0, Number.isFinite(lag) ? lag : 0));
}

/** Kafka source API: the partition is no longer assigned to this instance. */
export function clearConsumerLag(topic: string, partition: number): void {
  current.consumerLag.remove(lagLabels(topic, partition));
}

/** Every label of every metric has these names only: a guard for tests (and reviewers). */
export const LABEL_NAMES = [
  'source',
  'sink',
  'reason',
  'entity',
  'action',
  'stage',
  'component',
  'outcome',
  'transport',
  'status',
  'topic',
  'partition',
] as const;

/** The metrics of the running process (what /metrics serves): the topology hands these out. */
export const processMetrics: ComponentMetrics = {
  otlpRequest,
  timeStage,
  registerTopics,
  setConsumerLag,
  clearConsumerLag,
  exposureAlert,
  poolTaskRetried,
};

const noop = (): void => {};

/** Records nothing: what a component built outside a run (a test, a tool) gets by default. */
export const noMetrics: ComponentMetrics = {
  otlpRequest: noop,
  timeStage: () => noop,
  registerTopics: noop,
  setConsumerLag: noop,
  clearConsumerLag: noop,
  exposureAlert: noop,
  poolTaskRetried: noop,
};

import { setTimeout as sleep } from 'node:timers/promises';
import type { Admin, Consumer, EachBatchPayload, IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { z } from 'zod';
import { type ComponentConfig, type ComponentDeps, registerSource } from '../../core/registry.js';
import { Backoff, isRetriable, retry, settledOrAfter } from '../../core/backoff.js';
import { HOLD_COMMIT_MS } from '../../core/test-faults.js';
import { BackpressureError, ConfigError } from '../../core/errors.js';
import type { BatchHandler, Source } from '../../core/component.js';
import { avroFormatOptions, createAvroFormat } from '../../record/avro/format.js';
import type { FormatOptions } from '../../record/formats.js';
import type { AuditRecord } from '../../core/record.js';
import { noMetrics } from '../../telemetry/metrics.js';
import { createKafkaClient, kafkaConnectionOptions, partitioner, TOMBSTONE_HEADER } from '../../kafka/connection.js';
import { type OpenTransaction, registerTransaction, unregisterTransaction } from '../../kafka/transactions.js';

export const kafkaSourceOptions = {
  ...kafkaConnectionOptions,
  group_id: z
    .string()
    .min(1)
    .describe('Consumer group id. Every auditmask instance with the same group id shares the partitions of the topics.'),
  topics: z.array(z.string().min(1)).default([]).describe('Topics to consume, by name.'),
  topic_pattern: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Also consume every existing topic whose name matches this regular expression (JavaScript syntax, e.g. `^audit\\.raw\\.`), matched when the source starts.',
    ),
  from_beginning: z
    .boolean()
    .default(false)
    .describe('Where a group without a committed offset starts: the oldest record (true) or new records only (false).'),
  format: z
    .enum(['json', 'otlp_log', 'avro'])
    .default('json')
    .describe(
      'How record values are decoded: `json` (a value that is not JSON is masked as text), `otlp_log`, or `avro` (Confluent wire format; set `avro`, see docs/avro.md).',
    ),
  avro: avroFormatOptions.optional(),
  delivery: z
    .enum(['at_least_once', 'exactly_once'])
    .default('at_least_once')
    .describe(
      '`at_least_once`: offsets are committed after every sink acknowledged (a crash may repeat records). `exactly_once`: Kafka → Kafka with transactions, one transactional producer per input partition; the Kafka sinks on the same cluster write inside them (see docs/kafka.md for the costs).',
    ),
  transactional_id_prefix: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, . _ -')
    .default('auditmask')
    .describe('exactly_once: transactional ids are `<prefix>-<topic>-<partition>`. Give every pipeline (group) its own prefix.'),
  transaction_timeout_ms: z
    .number()
    .int()
    .min(1000)
    .default(60_000)
    .describe('exactly_once: a transaction not committed in this time is aborted by the broker (the batch is redone).'),
  session_timeout_ms: z
    .number()
    .int()
    .min(1000)
    .default(30_000)
    .describe('An instance that sends no heartbeat for this long is considered dead and its partitions move to the others.'),
  rebalance_timeout_ms: z.number().int().min(1000).default(60_000).describe('Time members get to rejoin during a rebalance.'),
  heartbeat_interval_ms: z
    .number()
    .int()
    .min(100)
    .default(3000)
    .describe('Heartbeats to the group coordinator, also while a long batch is being masked and written.'),
  max_wait_ms: z.number().int().min(0).default(500).describe('A fetch waits at most this long for new records.'),
  max_bytes_per_partition: z
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024)
    .describe('Bytes fetched per partition per request: roughly the size of the batches handed to the workers.'),
  max_bytes: z
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024)
    .describe('Bytes fetched per request over all partitions.'),
  partitions_consumed_concurrently: z
    .number()
    .int()
    .min(1)
    .default(4)
    .describe('Partitions whose batches are masked and written at the same time (each partition stays in order).'),
  max_value_bytes: z
    .number()
    .int()
    .min(1)
    .default(1024 * 1024)
    .describe(
      'A record value larger than this is not masked: it goes to the dead-letter sink with reason `too_large` (a masked copy would not fit a clean topic with the default max.message.bytes).',
    ),
  retry_backoff_max_ms: z
    .number()
    .int()
    .min(100)
    .default(10_000)
    .describe('A partition whose batch was not delivered (a sink down) is paused, then fetched again after a backoff up to this.'),
};

export type KafkaSourceConfig = ComponentConfig<typeof kafkaSourceOptions>;

const EMPTY = Buffer.alloc(0);

/**
 * kafkajs headers → ours. A repeated header keeps its first value (the others are dropped, not
 * passed raw); an input header named like our tombstone marker is dropped.
 */
function isHeaderValue(v: unknown): v is Buffer | string {
  return typeof v === 'string' || Buffer.isBuffer(v);
}

function headersOf(h: IHeaders | undefined): Record<string, Buffer | string> | undefined {
  if (!h) return undefined;
  let out: Record<string, Buffer | string> | undefined;
  for (const [name, v] of Object.entries(h)) {
    // kafkajs builds its header object with `obj[key]` reads, so a header named `__proto__` arrives as
    // [Object.prototype, value]: the first Buffer or string is the value.
    const first = Array.isArray(v) ? v.find(isHeaderValue) : isHeaderValue(v) ? v : undefined;
    if (first === undefined || name.toLowerCase() === TOMBSTONE_HEADER) continue;
    out ??= Object.create(null) as Record<string, Buffer | string>; // names are untrusted (`__proto__`)
    out[name] = first;
  }
  return out;
}

interface TxProducer {
  epoch: number;
  producer: Promise<Producer>;
  /** True until the first transaction checked the committed offset (see #freshOffsetFloor). */
  fresh: boolean;
}

/** What a Kafka source exposes to tests. */
export interface KafkaSource extends Source {
  readonly stats: {
    batches: number;
    records: number;
    commits: number;
    commitFailures: number;
    /** Batches paused to be read again (a failed delivery, or backpressure without `ready`). */
    retries: number;
    /** Waits in place for the pipeline's capacity (BackpressureError.ready) before a batch was offered again. */
    capacityWaits: number;
    revoked: number;
    /** Consumers replaced: an offset commit kept failing (a coordinator gone; issue 16), or kafkajs crashed one without restarting it. */
    restarts: number;
  };
  /**
   * Where the source is, for a test that timed out or an operator's debugging: never a record's
   * content (stream names, phases, counters and kafkajs error messages only).
   */
  diagnostics(): KafkaSourceDiagnostics;
}

/** A snapshot of a Kafka source's state (see KafkaSource.diagnostics). */
export interface KafkaSourceDiagnostics {
  state: 'new' | 'starting' | 'running' | 'stopped';
  /** Set while the consumer is being replaced (replaceConsumer): the step it is at. */
  restart: string | undefined;
  /** Consumers created so far (1 + restarts that got as far as creating one). */
  consumers: number;
  /** Batches fetched by a consumer already replaced: not delivered, the consumer disconnected again. */
  retiredBatches: number;
  joined: boolean;
  msSinceContact: number | undefined;
  assigned: string[];
  /** Per partition with a batch in eachBatch: its phase and for how long. */
  inFlight: Record<string, { phase: string; ms: number }>;
  /** Nested fetch pauses while commits are retried. */
  fetchPauses: number;
  /** Partitions paused with a resume timer pending (retryLater). */
  resumeTimers: string[];
  /** The last kafkajs crash of a consumer: its error and whether kafkajs said it restarts. */
  lastCrash: { error: string | undefined; restart: boolean; msAgo: number } | undefined;
  stats: KafkaSource['stats'];
}

/**
 * Config checks zod cannot express (topics or a pattern; `avro` settings exactly with
 * `format: avro`), all reported as a ConfigError at creation; the topic pattern compiled.
 */
function checkedSubscription(config: KafkaSourceConfig): RegExp | undefined {
  if (config.topics.length === 0 && !config.topic_pattern) {
    throw new ConfigError(undefined, [{ path: 'topics', message: 'list at least one topic in `topics`, or set `topic_pattern`' }]);
  }
  let pattern: RegExp | undefined;
  if (config.topic_pattern) {
    try {
      pattern = new RegExp(config.topic_pattern);
    } catch {
      throw new ConfigError(undefined, [{ path: 'topic_pattern', message: 'not a valid regular expression' }]);
    }
  }
  if ((config.format === 'avro') !== (config.avro !== undefined)) {
    throw new ConfigError(undefined, [
      config.avro
        ? { path: 'avro', message: 'the `avro` settings only apply with `format: avro`' }
        : {
            path: 'avro',
            message: 'with `format: avro`, give the writer schemas: `avro: { registry: { url } }` or `avro: { schemas: [{ id, file }] }`',
          },
    ]);
  }
  return pattern;
}

/**
 * The records of one fetched batch, in offset order. A tombstone (null value) gets the tombstone
 * header; a value over `maxValueBytes` is kept in place but marked rejected (`too_large`).
 */
function batchRecords(
  messages: readonly KafkaMessage[],
  topic: string,
  partition: number,
  maxValueBytes: number,
): { records: AuditRecord[]; rejected: Map<number, { reason: string; message: string }> } {
  const records: AuditRecord[] = [];
  const rejected = new Map<number, { reason: string; message: string }>();
  for (const m of messages) {
    const value = m.value ?? EMPTY;
    let headers = headersOf(m.headers);
    if (m.value === null) headers = { ...headers, [TOMBSTONE_HEADER]: '1' };
    const record: AuditRecord = { value, key: m.key ?? null, origin: { kind: 'kafka', topic, partition, offset: m.offset } };
    if (headers) record.headers = headers;
    if (value.length > maxValueBytes) {
      rejected.set(records.length, {
        reason: 'too_large',
        message: `value of ${value.length} bytes is larger than max_value_bytes (${maxValueBytes}); raise the limit (and the clean topic's max.message.bytes) or fix the producer`,
      });
    }
    records.push(record);
  }
  return { records, rejected };
}

/** The transaction a batch is written in (exactly_once), with the producer that opened it. */
interface BatchTransaction {
  tx: OpenTransaction;
  entry: TxProducer;
}

/**
 * The Kafka consumer-group source (kafkajs `eachBatch`, manual offsets).
 *
 * - Each fetched batch of one topic-partition is one pipeline batch (stream `topic/partition`);
 *   kafkajs hands a partition's batches one at a time, so order is kept per partition.
 * - **Commit only after delivery**: the offset after the batch is resolved and committed once the
 *   handler resolved (every sink acknowledged). A batch that was not delivered is not resolved:
 *   the partition is paused and fetched again from the same offset after a backoff (the
 *   `Retry-After` of a `BackpressureError`, else exponential up to `retry_backoff_max_ms`).
 * - **Rebalance-safe**: a batch whose partition was reassigned while it was in flight (the group
 *   generation changed, or kafkajs marked it stale) is neither resolved nor committed: the new
 *   owner reads it again from the last committed offset.
 * - **exactly_once**: one transactional producer per input partition (`<prefix>-<topic>-<partition>`,
 *   a new one per group generation, which fences a previous owner); the batch is written by the
 *   Kafka sinks inside its transaction, then the offsets are sent and the transaction committed.
 * - **stop()**: no new fetch; the batches in flight finish and are committed; the group is left.
 *
 * A batch goes through named phases (eachBatch): open its transaction (exactly_once) → deliver
 * (records → pipeline) → commit (transaction, or offsets with retries while fetching is paused).
 * Every wait between tries comes from src/core/backoff.ts. A source never drops a batch: every
 * failure is tried again whatever its `retriable` flag (which the warnings show).
 */
export function createKafkaSource(config: KafkaSourceConfig, deps: ComponentDeps): KafkaSource {
  const pattern = checkedSubscription(config);
  const log = deps.logger;
  const metrics = deps.metrics ?? noMetrics;
  // The fault-injection test seam (src/core/test-faults.ts); 0 (never) in production.
  const holdCommitAt = deps.testFaults?.kafkaHoldCommitAtBatch ?? 0;
  const avroFormat = config.avro ? createAvroFormat(config.avro, { logger: log, path: 'avro' }) : undefined;
  const eos = config.delivery === 'exactly_once';
  let kafka: Kafka | undefined;
  let consumer: Consumer | undefined;
  let admin: Admin | undefined;
  let handler: BatchHandler | undefined;
  let state: 'new' | 'starting' | 'running' | 'stopped' = 'new';
  /** Aborted by stop(): ends the waits of a consumer restart. */
  const stopping = new AbortController();
  /** Bumped at every group join: a batch started in an older generation is not committed. */
  let epoch = 0;
  let assigned = new Set<string>();
  /** Readiness: a member of the group, and the brokers answered a fetch or heartbeat within session_timeout_ms. */
  let joined = false;
  let lastContact = 0;
  const resumeTimers = new Map<string, NodeJS.Timeout>();
  /** Per partition, the waits before it is fetched again after undelivered batches; reset on delivery. */
  const backoffs = new Map<string, Backoff>();
  const txProducers = new Map<string, TxProducer>();
  const stats = { batches: 0, records: 0, commits: 0, commitFailures: 0, retries: 0, capacityWaits: 0, revoked: 0, restarts: 0 };
  /** Set while the consumer is being replaced (replaceConsumer). */
  let restarting: Promise<void> | undefined;
  /** Disconnects of replaced consumers still under way: stop() waits for them. */
  const retiring = new Set<Promise<void>>();
  /** Diagnostics only: the step a restart is at, each batch's phase, the consumers made, the last crash. */
  let restartStep: string | undefined;
  const inFlight = new Map<string, { phase: string; since: number }>();
  const enterPhase = (key: string, phase: string) => inFlight.set(key, { phase, since: Date.now() });
  let consumersCreated = 0;
  /** Batches fetched by a consumer already replaced (fetchedByRetired). */
  let retiredBatches = 0;
  let lastCrash: { error: string | undefined; restart: boolean; at: number } | undefined;
  const tp = (topic: string, partition: number) => `${topic}/${partition}`;

  /** A batch was not delivered or committed: its partition is paused and fetched again after a wait. */
  function retryLater(topic: string, partition: number, err: unknown, pause: () => () => void): void {
    const key = tp(topic, partition);
    stats.retries++;
    let wait: number;
    if (err instanceof BackpressureError) wait = err.retryAfterMs;
    else {
      let backoff = backoffs.get(key);
      if (!backoff) {
        backoff = new Backoff({ initialMs: 200, maxMs: config.retry_backoff_max_ms });
        backoffs.set(key, backoff);
      }
      wait = backoff.next();
      log.warn(
        { stream: key, retry_ms: wait, retriable: isRetriable(err), error: (err as Error)?.message },
        'batch not delivered; the partition is paused and read again',
      );
    }
    if (state !== 'running') return;
    const resume = pause();
    clearTimeout(resumeTimers.get(key));
    resumeTimers.set(
      key,
      setTimeout(() => {
        resumeTimers.delete(key);
        resume();
      }, wait),
    );
  }

  function txProducerFor(topic: string, partition: number): TxProducer {
    const key = tp(topic, partition);
    const existing = txProducers.get(key);
    if (existing && existing.epoch === epoch) return existing;
    if (existing) void dropTxProducer(key, existing);
    const producer = (kafka as Kafka).producer({
      transactionalId: `${config.transactional_id_prefix}-${topic}-${partition}`,
      idempotent: true,
      maxInFlightRequests: 1,
      // The sinks' partitioner: the same keys → partitions mapping in both delivery modes.
      createPartitioner: partitioner,
      transactionTimeout: config.transaction_timeout_ms,
      retry: { initialRetryTime: 300, maxRetryTime: 10_000, retries: Number.MAX_SAFE_INTEGER },
    });
    const entry: TxProducer = { epoch, fresh: true, producer: producer.connect().then(() => producer) };
    entry.producer.catch(() => {});
    txProducers.set(key, entry);
    return entry;
  }

  async function dropTxProducer(key: string, entry: TxProducer): Promise<void> {
    if (txProducers.get(key) === entry) txProducers.delete(key);
    await entry.producer.then((p) => p.disconnect()).catch(() => {});
  }

  /**
   * The group's committed offset of a partition, read after a new transactional producer was
   * initialised: initialising it waited for the previous owner's transaction to complete, so this
   * offset includes what that transaction committed (kafkajs has no KIP-447 `requireStable`).
   */
  async function committedOffset(topic: string, partition: number): Promise<bigint | undefined> {
    admin ??= (kafka as Kafka).admin();
    await admin.connect();
    const [entry] = await admin.fetchOffsets({ groupId: config.group_id, topics: [topic] });
    const offset = entry?.partitions.find((p) => p.partition === partition)?.offset;
    return offset === undefined || Number(offset) < 0 ? undefined : BigInt(offset);
  }

  /** exactly_once, phase 1 of a batch: a transaction on the partition's producer of this generation. */
  async function beginTransaction(topic: string, partition: number): Promise<BatchTransaction> {
    const entry = txProducerFor(topic, partition);
    const producer = await entry.producer;
    return { entry, tx: { transaction: await producer.transaction(), brokers: config.brokers } };
  }

  /**
   * exactly_once: the first transaction of a new producer skips the records below the committed
   * offset (a previous owner's transaction may have committed them); undefined afterwards.
   */
  async function offsetFloor(open: BatchTransaction, topic: string, partition: number): Promise<bigint | undefined> {
    if (!open.entry.fresh) return undefined;
    open.entry.fresh = false;
    return committedOffset(topic, partition);
  }

  /**
   * Phase 2 of a batch: its records through the pipeline; resolves once every sink acknowledged.
   * Throws when it was not delivered (the caller retries the batch later).
   */
  async function deliver(key: string, topic: string, partition: number, messages: readonly KafkaMessage[]): Promise<void> {
    const { records, rejected } = batchRecords(messages, topic, partition, config.max_value_bytes);
    if (records.length === 0) return;
    // Avro: the schemas of the batch's ids (a registry outage throws: the batch is retried later).
    const formatOptions: FormatOptions | undefined = avroFormat ? await avroFormat.prepare(records, rejected) : undefined;
    await (handler as BatchHandler)({
      stream: key,
      format: config.format,
      records,
      ...(rejected.size > 0 ? { rejected } : {}),
      ...(formatOptions ? { formatOptions } : {}),
    });
    stats.batches++;
    stats.records += records.length;
    if (stats.batches === holdCommitAt) {
      log.warn({ stream: key }, 'test fault: holding this commit');
      await new Promise((r) => setTimeout(r, HOLD_COMMIT_MS));
    }
  }

  /**
   * Phase 2 when the pipeline is at capacity: a pull source has nothing better to do than wait,
   * so the batch waits in place for a batch in flight to settle (`BackpressureError.ready`, at most
   * its `retryAfterMs` a time) and is offered again, heartbeating between tries. Pausing the
   * partition for the whole hint instead left the workers idle: on a 2-thread pool reading 4
   * partitions, half the batches were refused and read again a second later (bench/kafka 0.09 of a
   * pass-through). Stops waiting (and leaves the batch to `retryLater`) after
   * CAPACITY_WAIT_MAX_MS, on a rebalance, when the batch turns stale, or when stopping.
   */
  async function deliverWhenCapacity(payload: EachBatchPayload, key: string, messages: readonly KafkaMessage[]): Promise<void> {
    const { topic, partition } = payload.batch;
    const since = Date.now();
    for (;;) {
      try {
        await deliver(key, topic, partition, messages);
        return;
      } catch (err) {
        const wait = err instanceof BackpressureError ? err.ready : undefined;
        if (wait === undefined || state !== 'running' || !payload.isRunning() || payload.isStale()) throw err;
        const left = CAPACITY_WAIT_MAX_MS - (Date.now() - since);
        if (left <= 0) throw err;
        stats.capacityWaits++;
        enterPhase(key, 'capacity wait');
        await settledOrAfter(wait, Math.min((err as BackpressureError).retryAfterMs, left));
        try {
          await payload.heartbeat();
        } catch (beatErr) {
          if (isRebalanceError(beatErr)) throw err; // let the group rebalance: the batch is read again
        }
        enterPhase(key, 'deliver');
      }
    }
  }

  /**
   * Phase 3 of a batch (exactly_once): the offsets sent and the transaction committed. Returns
   * false when that failed: the transaction is aborted, its producer dropped, the batch retried.
   */
  async function commitTransaction(payload: EachBatchPayload, key: string, lastOffset: string, open: BatchTransaction): Promise<boolean> {
    const { topic, partition } = payload.batch;
    const next = (BigInt(lastOffset) + 1n).toString();
    try {
      await open.tx.transaction.sendOffsets({
        consumerGroupId: config.group_id,
        topics: [{ topic, partitions: [{ partition, offset: next }] }],
      });
      await open.tx.transaction.commit();
    } catch (err) {
      stats.commitFailures++;
      await open.tx.transaction.abort().catch(() => {});
      // A fenced or broken producer is not reused: the next batch gets a new one.
      await dropTxProducer(key, open.entry);
      retryLater(topic, partition, err, payload.pause);
      return false;
    } finally {
      unregisterTransaction(topic, partition, open.tx);
    }
    payload.resolveOffset(lastOffset);
    stats.commits++;
    return true;
  }

  /**
   * Phase 3 of a batch (at_least_once): the offset resolved and committed. The records are
   * delivered whatever happens here: a failed commit is tried again while fetching is paused,
   * then the consumer is restarted (its next commit covers them, or they are delivered again).
   */
  async function commitOffsets(owner: Consumer, payload: EachBatchPayload, key: string, lastOffset: string): Promise<void> {
    const { topic, partition } = payload.batch;
    const offsets = { topics: [{ topic, partitions: [{ partition, offset: (BigInt(lastOffset) + 1n).toString() }] }] };
    payload.resolveOffset(lastOffset);
    try {
      await payload.commitOffsetsIfNecessary(offsets);
      stats.commits++;
    } catch (err) {
      stats.commitFailures++;
      // The records are delivered; the next commit covers them, or the next owner repeats them.
      if (isRebalanceError(err)) {
        log.warn(
          { stream: key, error: (err as Error)?.message },
          'offset commit refused during a rebalance; the new owner may deliver these records again',
        );
      } else if (await commitAgainWhilePaused(owner, key, err, payload.heartbeat, () => payload.commitOffsetsIfNecessary(offsets))) {
        stats.commits++;
      } else {
        replaceConsumer(
          owner,
          { stream: key, error: (err as Error)?.message },
          'offset commit failed: fetching stopped; restarting the consumer to find the group coordinator again (records since the last commit are delivered again)',
        );
      }
    }
  }

  /**
   * An offset commit failed for another reason than a rebalance, typically because the broker that
   * coordinates the group died. Fetching goes on while commits fail, and whatever is delivered
   * meanwhile is delivered again after a restart: kafkajs can keep a dead coordinator in its cached
   * metadata for about a minute (49–68% duplicates measured). So fetching stops at once (every
   * partition of this instance paused) and the commit is tried again a few times over about 7 s
   * (kafkajs refreshes its metadata and looks the coordinator up again on such errors); when one
   * succeeds, fetching resumes. Returns whether the commit finally went through.
   */
  async function commitAgainWhilePaused(
    owner: Consumer,
    key: string,
    err: unknown,
    heartbeat: () => Promise<void>,
    commit: () => Promise<void>,
  ): Promise<boolean> {
    // A consumer being replaced (or already replaced) is not retried: the restart covers it.
    if (state !== 'running' || consumer !== owner) return false;
    pauseFetching(owner);
    enterPhase(key, 'commit retry (fetching paused)');
    log.warn({ stream: key, error: (err as Error)?.message }, 'offset commit failed: fetching paused while the commit is retried');
    try {
      const waits = new Backoff(COMMIT_RETRY);
      for (let i = 0; i < COMMIT_RETRY.tries; i++) {
        await sleep(waits.next());
        if (state !== 'running' || consumer !== owner) return false;
        await heartbeat().catch(() => {});
        try {
          await commit();
          log.info({ stream: key }, 'offset commit went through on retry; fetching resumes');
          return true;
        } catch (again) {
          stats.commitFailures++;
          if (isRebalanceError(again)) return true; // the group moved on: the new owner takes over
        }
      }
      return false;
    } finally {
      resumeFetching(owner);
    }
  }

  /**
   * Nested pauses of the current consumer while several partitions retry their commits: fetching
   * resumes after the last. A replaced consumer's late batches touch neither the count nor the new
   * consumer (replaceConsumer resets the count).
   */
  let fetchPauses = 0;
  function pauseFetching(owner: Consumer): void {
    if (consumer !== owner || fetchPauses++ > 0) return;
    try {
      owner.pause([...byTopic(assigned)].map(([topic, partitions]) => ({ topic, partitions })));
    } catch {
      // Not running any more: nothing is fetched either way.
    }
  }
  function resumeFetching(owner: Consumer): void {
    if (consumer !== owner || --fetchPauses > 0 || state !== 'running') return;
    // Partitions paused for backpressure (a resume timer pending) stay paused.
    const ready = new Set([...assigned].filter((k) => !resumeTimers.has(k)));
    try {
      owner.resume([...byTopic(ready)].map(([topic, partitions]) => ({ topic, partitions })));
    } catch {
      // Not running any more.
    }
  }

  /**
   * Replaces `old` by a consumer on a fresh client, which looks the coordinator up again and
   * resumes from the last committed offset. Called when an offset commit kept failing (a
   * coordinator kafkajs does not find again) and when kafkajs crashed a consumer without
   * restarting it (a source whose consumer is gone would otherwise never read again). Fetching
   * stops at once, so duplicates are bounded by what was in flight.
   *
   * The old consumer is retired first (`consumer` no longer points to it): kafkajs does not
   * restart it after a crash (restartOnFailure), its joins, commit failures and crashes are
   * ignored, and its late batches are not committed. Its disconnect waits for its batches in
   * flight, so this must not be awaited inside eachBatch, and the new consumer is launched after at
   * most OLD_CONSUMER_DISCONNECT_MAX_MS even if that disconnect is still waiting (stop() still
   * waits for it). Returns at once when `old` is no longer the current consumer or when stopping.
   */
  function replaceConsumer(old: Consumer, fields: Record<string, unknown>, message: string): void {
    if (state !== 'running' || consumer !== old) return;
    consumer = undefined;
    fetchPauses = 0;
    try {
      old.pause([...byTopic(assigned)].map(([topic, partitions]) => ({ topic, partitions })));
    } catch {
      // Not running any more: nothing is fetched either way.
    }
    stats.restarts++;
    joined = false;
    log.warn(fields, message);
    const disconnected = disconnectRetired(old);
    restarting = (async () => {
      restartStep = 'disconnecting the old consumer';
      await settledOrAfter(disconnected, OLD_CONSUMER_DISCONNECT_MAX_MS);
      if (state !== 'running') return;
      restartStep = 'launching a new consumer';
      // The brokers may still be unreachable: tried again with backoff until it works or stop().
      // Every failure is tried again: a consumer that gives up leaves its partitions unread.
      await retry(() => launchConsumer(true), {
        initialMs: 1000,
        maxMs: 30_000,
        signal: stopping.signal,
        retriable: () => true,
        onRetry: (e, _attempt, wait) =>
          log.warn({ error: (e as Error)?.message, retry_ms: wait }, 'Kafka consumer not restarted yet; trying again'),
      }).catch(() => {
        // Only after stop(): nothing to restart any more.
      });
    })().finally(() => {
      restarting = undefined;
      restartStep = undefined;
    });
  }

  /**
   * kafkajs crashed consumer `c` and does not restart it (a non-retriable error): unless it was
   * already retired or the source is stopping, it is replaced once a restart in progress ended
   * (`c` may be the consumer that restart launched: its run() returned after the crash).
   */
  async function replaceCrashedConsumer(c: Consumer, error: string | undefined): Promise<void> {
    while (restarting) await restarting;
    replaceConsumer(
      c,
      { error },
      'Kafka consumer crashed and kafkajs does not restart it: replacing it (records since the last commit are delivered again)',
    );
  }

  /**
   * A consumer that was replaced still fetches: kafkajs lets a consumer disconnected while it was
   * (re)joining the group complete that join and run (kafkajs #1639). It would hold partitions
   * beside its successor and never commit them, so its batch is not delivered (the new consumer
   * reads those records from the last commit) and it is disconnected again (not awaited: the
   * disconnect waits for this batch), which makes it leave the group.
   */
  function fetchedByRetired(owner: Consumer): void {
    retiredBatches++;
    if (retiredBatches === 1 || retiredBatches % 100 === 0) {
      log.warn(
        { batches: retiredBatches },
        'a replaced Kafka consumer still fetches: its batch is left to the new consumer; disconnecting it again',
      );
    }
    void disconnectRetired(owner);
  }

  /** Disconnects a replaced consumer; stop() waits for the disconnects still under way. */
  function disconnectRetired(old: Consumer): Promise<void> {
    const disconnected = old.disconnect().catch(() => {});
    retiring.add(disconnected);
    void disconnected.finally(() => retiring.delete(disconnected));
    return disconnected;
  }

  /** One fetched batch of one partition: open its transaction (exactly_once) → deliver → commit. */
  async function eachBatch(owner: Consumer, payload: EachBatchPayload): Promise<void> {
    const { batch, isRunning, isStale } = payload;
    const { topic, partition } = batch;
    if (consumer !== owner) {
      fetchedByRetired(owner);
      return;
    }
    lastContact = Date.now();
    metrics.setConsumerLag(topic, partition, Number(batch.offsetLag()));
    if (batch.messages.length === 0 || !isRunning() || isStale() || !handler) return;
    const key = tp(topic, partition);
    try {
      await processBatch(owner, payload, key);
    } finally {
      inFlight.delete(key);
    }
  }

  async function processBatch(owner: Consumer, payload: EachBatchPayload, key: string): Promise<void> {
    const { batch, heartbeat, isStale, pause } = payload;
    const { topic, partition } = batch;
    const myEpoch = epoch;
    let messages = batch.messages;
    const lastOffset = (messages[messages.length - 1] as { offset: string }).offset;

    // Heartbeats while the batch is masked and written (a long batch must not cost the partition).
    const beat = setInterval(() => heartbeat().catch(() => {}), config.heartbeat_interval_ms);
    let open: BatchTransaction | undefined;
    try {
      if (eos) {
        enterPhase(key, 'open transaction');
        open = await beginTransaction(topic, partition);
        const floor = await offsetFloor(open, topic, partition);
        if (floor !== undefined) messages = messages.filter((m) => BigInt(m.offset) >= floor);
        registerTransaction(topic, partition, open.tx);
      }
      enterPhase(key, 'deliver');
      await deliverWhenCapacity(payload, key, messages);
    } catch (err) {
      clearInterval(beat);
      if (open) {
        const failed = open;
        unregisterTransaction(topic, partition, failed.tx);
        await failed.tx.transaction.abort().catch(() => dropTxProducer(key, failed.entry));
      }
      retryLater(topic, partition, err, pause);
      return;
    }
    clearInterval(beat);

    // Delivered. Commit only if this instance still owns the partition in the same generation,
    // through the same consumer (a replaced one's partitions are read again by the new one).
    if (epoch !== myEpoch || isStale() || !assigned.has(key) || consumer !== owner) {
      stats.revoked++;
      log.info({ stream: key }, 'partition reassigned while its batch was in flight: not committing it (the new owner reads it again)');
      if (open) {
        unregisterTransaction(topic, partition, open.tx);
        await open.tx.transaction.abort().catch(() => {});
      }
      return;
    }
    enterPhase(key, 'commit');
    if (open) {
      if (!(await commitTransaction(payload, key, lastOffset, open))) return;
    } else await commitOffsets(owner, payload, key, lastOffset);
    backoffs.delete(key);
  }

  /** A new generation of the group: the partitions of this member, and the lag gauges of the others cleared. */
  function onGroupJoin(memberAssignment: Record<string, number[]>): void {
    epoch++;
    const next = new Set<string>();
    for (const [topic, partitions] of Object.entries(memberAssignment)) for (const p of partitions) next.add(tp(topic, p));
    for (const old of assigned) {
      if (next.has(old)) continue;
      const i = old.lastIndexOf('/');
      metrics.clearConsumerLag(old.slice(0, i), Number(old.slice(i + 1)));
    }
    metrics.registerTopics(Object.keys(memberAssignment));
    assigned = next;
    joined = true;
    lastContact = Date.now();
    log.info({ group: config.group_id, partitions: [...next].sort() }, 'joined the consumer group');
  }

  /**
   * A consumer on a fresh client (no cached metadata survives a restart), its events watched for
   * readiness. Only the current consumer counts: kafkajs restarts it after a crash only while it
   * is current (a replaced one that came back would join the group beside its successor, holding
   * partitions whose batches are never committed), and a crash kafkajs does not restart it from
   * replaces it.
   */
  function newConsumer(): Consumer {
    kafka = createKafkaClient(config, log, config.id);
    consumersCreated++;
    const c = kafka.consumer({
      groupId: config.group_id,
      sessionTimeout: config.session_timeout_ms,
      rebalanceTimeout: config.rebalance_timeout_ms,
      heartbeatInterval: config.heartbeat_interval_ms,
      maxWaitTimeInMs: config.max_wait_ms,
      maxBytesPerPartition: config.max_bytes_per_partition,
      maxBytes: config.max_bytes,
      readUncommitted: false,
      // After a crash (broker gone for longer than the retries), kafkajs reconnects and rejoins.
      retry: {
        initialRetryTime: 300,
        maxRetryTime: 10_000,
        retries: 8,
        restartOnFailure: async () => state === 'running' && consumer === c,
      },
    });
    c.on(c.events.GROUP_JOIN, (e) => {
      if (consumer === c) onGroupJoin(e.payload.memberAssignment);
    });
    c.on(c.events.HEARTBEAT, () => {
      lastContact = Date.now();
    });
    c.on(c.events.FETCH, () => {
      lastContact = Date.now();
    });
    c.on(c.events.STOP, () => {
      if (consumer === c) joined = false;
    });
    c.on(c.events.CRASH, (e) => {
      // A replaced consumer, or one stopped by stop(): disconnected on purpose.
      if (consumer !== c || state !== 'running') return;
      const error = e.payload.error?.message;
      joined = false;
      lastCrash = { error, restart: e.payload.restart, at: Date.now() };
      if (e.payload.restart) {
        log.error({ error, restart: true }, 'Kafka consumer crashed; it restarts and rejoins the group');
        return;
      }
      log.error({ error, restart: false }, 'Kafka consumer crashed and kafkajs does not restart it');
      void replaceCrashedConsumer(c, error);
    });
    return c;
  }

  /**
   * Creates the client and the consumer, joins the group and starts fetching (at start, and again
   * after a commit failure).
   */
  async function launchConsumer(restart = false): Promise<void> {
    const c = newConsumer();
    consumer = c;
    try {
      await c.connect();
      await c.subscribe({ topics: [...config.topics, ...(pattern ? [pattern] : [])], fromBeginning: config.from_beginning });
      // stop() called while connecting: it already disconnected (or will); do not run.
      if ((state as string) === 'stopped') return;
      state = 'running';
      await c.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: config.partitions_consumed_concurrently,
        eachBatch: (payload) => eachBatch(c, payload),
      });
    } catch (err) {
      // At start, a failure ends the source (start() rejects); a restart is tried again.
      if (!restart) state = 'stopped';
      await c.disconnect().catch(() => {});
      throw err;
    }
  }

  return {
    id: config.id,
    stats,
    setHandler(h) {
      handler = h;
    },
    diagnostics() {
      const now = Date.now();
      return {
        state,
        restart: restartStep,
        consumers: consumersCreated,
        retiredBatches,
        joined,
        msSinceContact: lastContact === 0 ? undefined : now - lastContact,
        assigned: [...assigned].sort(),
        inFlight: Object.fromEntries([...inFlight].map(([k, v]) => [k, { phase: v.phase, ms: now - v.since }])),
        fetchPauses,
        resumeTimers: [...resumeTimers.keys()].sort(),
        lastCrash: lastCrash && { error: lastCrash.error, restart: lastCrash.restart, msAgo: now - lastCrash.at },
        stats: { ...stats },
      };
    },
    ready() {
      if (state !== 'running') return { ready: false, reason: `${config.id}: ${state === 'stopped' ? 'stopped' : 'starting'}` };
      if (!joined) return { ready: false, reason: `${config.id}: not a member of consumer group ${config.group_id} (rejoining)` };
      if (Date.now() - lastContact > config.session_timeout_ms)
        return { ready: false, reason: `${config.id}: no answer from the Kafka brokers for over session_timeout_ms` };
      return { ready: true };
    },
    async start() {
      if (state !== 'new') return;
      if (!handler) throw new Error(`source ${config.id}: setHandler must be called before start`);
      state = 'starting';
      await launchConsumer();
      log.info(
        { group: config.group_id, topics: config.topics, topic_pattern: config.topic_pattern, delivery: config.delivery },
        'Kafka source running',
      );
    },
    async stop() {
      if (state === 'stopped' || state === 'new') {
        state = 'stopped';
        return;
      }
      state = 'stopped';
      stopping.abort();
      for (const t of resumeTimers.values()) clearTimeout(t);
      resumeTimers.clear();
      await restarting;
      await Promise.all(retiring);
      // kafkajs: no new fetch, waits for the batches in flight (they commit), leaves the group.
      await consumer?.disconnect().catch((err: Error) => log.warn({ error: err.message }, 'Kafka consumer did not disconnect cleanly'));
      await Promise.all([...txProducers.entries()].map(([k, e]) => dropTxProducer(k, e)));
      await admin?.disconnect().catch(() => {});
    },
  };
}

/** The longest a batch waits in place for the pipeline's capacity before the partition is paused instead. */
const CAPACITY_WAIT_MAX_MS = 10_000;

/** Waits before each new try of a failed offset commit: 0.5, 1, 2, 4 s (about 7.5 s in all, under any session timeout). */
const COMMIT_RETRY = { initialMs: 500, maxMs: 4000, tries: 4 } as const;

/**
 * The longest a consumer restart waits for the replaced consumer's disconnect (which waits for its
 * batches in flight and a LeaveGroup to a coordinator that may be gone) before launching the new
 * one: past a commit retry (4 s) and a failed request or two, a longer wait only delays reading.
 */
export const OLD_CONSUMER_DISCONNECT_MAX_MS = 15_000;

/** `topic/partition` keys grouped by topic. */
function byTopic(keys: Iterable<string>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const k of keys) {
    const i = k.lastIndexOf('/');
    const topic = k.slice(0, i);
    const list = out.get(topic) ?? [];
    list.push(Number(k.slice(i + 1)));
    out.set(topic, list);
  }
  return out;
}

/** Commit errors that mean "the group is rebalancing / this member is out of date": kafkajs rejoins by itself. */
function isRebalanceError(err: unknown): boolean {
  const type = (err as { type?: unknown } | null)?.type;
  return type === 'REBALANCE_IN_PROGRESS' || type === 'ILLEGAL_GENERATION' || type === 'UNKNOWN_MEMBER_ID' || type === 'FENCED_INSTANCE_ID';
}

registerSource({
  type: 'kafka',
  description: 'Kafka consumer group: topics by name or pattern, offsets committed after every sink acknowledged.',
  options: kafkaSourceOptions,
  create: (config, deps) => createKafkaSource(config, deps),
});

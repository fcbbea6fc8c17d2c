import type { Consumer, EachBatchPayload, IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { isRetriable, retry } from '../core/backoff.js';
import { AuditmaskError, BackpressureError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { silentLogger } from '../log/logger.js';
import type { BatchHandler, BatchResult, Source } from '../core/component.js';
import type { RecordFormat } from '../core/format-types.js';
import type { AuditRecord } from '../core/record.js';
import type { TokenBucket } from './rate-limit.js';
import { type PartitionRange, tpKey } from './range.js';

export interface ReplaySourceOptions {
  kafka: Kafka;
  partitions: readonly PartitionRange[];
  /** `topic/partition` → next offset to replay (a resumed job's checkpoint); absent → the range start. */
  positions: Readonly<Record<string, string>>;
  /**
   * A consumer group id used only to be assigned the partitions: the reader never commits under
   * it (autoCommit off, offsets never resolved to the broker) and the job deletes it at the end.
   * Never the live pipeline's group id.
   */
  groupId: string;
  format: RecordFormat;
  /** Records per batch handed to the pipeline (the unit of acknowledgement and checkpoint). */
  batchSize: number;
  rate?: TokenBucket | undefined;
  partitionsConcurrently: number;
  maxBytesPerPartition: number;
  /** Retriable delivery failures of one batch before the job gives up (backpressure not counted). */
  maxAttempts: number;
  retryBackoffMaxMs: number;
  /**
   * Called after every sink acknowledged a batch: every record of `tp` before `next` is delivered.
   * The reader waits for it before handing the partition's next batch (the checkpoint is written).
   */
  onAck(tp: string, next: bigint, delta: { records: number; deadLettered: number }): Promise<void>;
  logger?: Logger;
}

interface PartState {
  range: PartitionRange;
  position: bigint;
  end: bigint;
  done: boolean;
}

const EMPTY = Buffer.alloc(0);

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
    if (first === undefined) continue;
    out ??= Object.create(null) as Record<string, Buffer | string>; // names are untrusted (`__proto__`)
    out[name] = first;
  }
  return out;
}

/**
 * The replay reader: a Source that reads fixed offset ranges `[start, end)` of Kafka partitions
 * and hands them to the pipeline's BatchHandler, then finishes (`done`).
 *
 * - kafkajs consumers are group-based, so it joins a throwaway group of its own (see `groupId`),
 *   seeks each partition to its position and never commits: the live group is never touched.
 * - Per partition, one batch at a time: the next is handed over only after the previous one was
 *   acknowledged by every sink and `onAck` (the checkpoint) completed. Partitions run in parallel
 *   (`partitionsConcurrently`). Records outside `[position, end)` are skipped.
 * - A batch that is not delivered is handed over again (backpressure: after its `Retry-After`;
 *   other retriable failures: exponential backoff (src/core/backoff.ts), at most `maxAttempts`;
 *   then, or at once for a failure that is not retriable, `done` rejects).
 */
export class ReplaySource implements Source {
  readonly id = 'replay';
  readonly done: Promise<void>;
  readonly stats = { batches: 0, records: 0, deadLettered: 0, retries: 0, skipped: 0 };
  readonly #o: ReplaySourceOptions;
  readonly #log: Logger;
  readonly #parts = new Map<string, PartState>();
  #handler: BatchHandler | undefined;
  #consumer: Consumer | undefined;
  #state: 'new' | 'running' | 'stopping' | 'stopped' = 'new';
  #resolveDone: () => void = () => {};
  #rejectDone: (err: Error) => void = () => {};
  #failed = false;

  constructor(options: ReplaySourceOptions) {
    this.#o = options;
    this.#log = options.logger ?? silentLogger;
    this.done = new Promise<void>((resolve, reject) => {
      this.#resolveDone = resolve;
      this.#rejectDone = reject;
    });
    // The job awaits `done`; a rejection nobody awaits yet must not crash the process.
    this.done.catch(() => {});
    for (const r of options.partitions) {
      const tp = tpKey(r.topic, r.partition);
      const start = BigInt(r.start);
      const given = options.positions[tp];
      const position = given === undefined ? start : BigInt(given) > start ? BigInt(given) : start;
      const end = BigInt(r.end);
      this.#parts.set(tp, { range: r, position, end, done: position >= end });
    }
  }

  setHandler(handler: BatchHandler): void {
    this.#handler = handler;
  }

  /** Partitions left to read. */
  get remaining(): number {
    let n = 0;
    for (const p of this.#parts.values()) if (!p.done) n++;
    return n;
  }

  async start(): Promise<void> {
    if (this.#state !== 'new') return;
    this.#state = 'running';
    const todo = [...this.#parts.values()].filter((p) => !p.done);
    if (todo.length === 0) {
      this.#resolveDone();
      return;
    }
    const topics = [...new Set(todo.map((p) => p.range.topic))];
    const consumer = this.#o.kafka.consumer({
      groupId: this.#o.groupId,
      allowAutoTopicCreation: false,
      maxBytesPerPartition: this.#o.maxBytesPerPartition,
      // History is there already: a fetch should not sit waiting for new records.
      maxWaitTimeInMs: 200,
      readUncommitted: false,
    });
    this.#consumer = consumer;
    consumer.on(consumer.events.CRASH, (e) => {
      const err = e.payload.error;
      if (!e.payload.restart)
        this.#fail(new AuditmaskError(`the replay consumer stopped: ${err?.message ?? 'unknown error'}`, { cause: err }));
      else this.#log.warn({ error: err?.message }, 'replay consumer crashed; kafkajs restarts it');
    });
    // A fetched batch made only of control records or aborted transactions never reaches
    // eachBatch: move past it here, or the partition would never reach its end.
    consumer.on(consumer.events.END_BATCH_PROCESS, (e) => {
      const { topic, partition, batchSize, lastOffset } = e.payload;
      if (batchSize !== 0 || lastOffset == null) return;
      const p = this.#parts.get(tpKey(topic, partition));
      if (!p || p.done) return;
      void this.#skipTo(p, BigInt(lastOffset) + 1n).catch((err: unknown) => this.#fail(err as Error));
    });
    // After a rejoin (session lost, consumer restarted after a crash) kafkajs would start from the
    // group's committed offsets, of which there are none: seek every partition to its position
    // again on each join (harmless on the first; records below a position are skipped anyway).
    consumer.on(consumer.events.GROUP_JOIN, () => {
      if (this.#state !== 'running') return;
      for (const p of this.#parts.values()) {
        if (!p.done && topics.includes(p.range.topic)) {
          consumer.seek({ topic: p.range.topic, partition: p.range.partition, offset: p.position.toString() });
        }
      }
    });
    await consumer.connect();
    // Every partition is sought explicitly (on each join, below); `fromBeginning` only decides
    // where kafkajs goes when a position falls out of range (retention deleted records ahead of
    // the replay): to the oldest record still there, so nothing that still exists is skipped.
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: Math.max(1, this.#o.partitionsConcurrently),
      eachBatch: (payload) => this.#eachBatch(payload),
    });
    // Partitions of these topics outside the job are paused at once; the others sought to their position.
    for (const topic of topics) {
      const meta = todo.filter((p) => p.range.topic === topic);
      for (const p of meta) consumer.seek({ topic, partition: p.range.partition, offset: p.position.toString() });
    }
    const skip = [...this.#parts.values()].filter((p) => p.done && topics.includes(p.range.topic));
    const byTopic = new Map<string, number[]>();
    for (const p of skip) byTopic.set(p.range.topic, [...(byTopic.get(p.range.topic) ?? []), p.range.partition]);
    if (byTopic.size > 0) consumer.pause([...byTopic].map(([topic, partitions]) => ({ topic, partitions })));
    this.#log.info({ partitions: todo.length, group: this.#o.groupId }, 'replay reader started');
  }

  async #eachBatch(payload: EachBatchPayload): Promise<void> {
    // resolveOffset moves kafkajs' fetch position only (autoCommit is off: nothing is committed);
    // without it kafkajs would fetch the same records again and again.
    const { batch, heartbeat, isRunning, resolveOffset } = payload;
    const tp = tpKey(batch.topic, batch.partition);
    const p = this.#parts.get(tp);
    if (!p || p.done || this.#failed) return;
    const inRange: KafkaMessage[] = [];
    for (const m of batch.messages) {
      const off = BigInt(m.offset);
      if (off >= p.position && off < p.end) inRange.push(m);
    }
    this.stats.skipped += batch.messages.length - inRange.length;
    for (let i = 0; i < inRange.length; i += this.#o.batchSize) {
      if (!isRunning() || this.#state !== 'running' || this.#failed) return;
      const chunk = inRange.slice(i, i + this.#o.batchSize);
      if (this.#o.rate) await this.#o.rate.take(chunk.length);
      if (!isRunning() || this.#state !== 'running' || this.#failed) return;
      const records: AuditRecord[] = chunk.map((m) => {
        const record: AuditRecord = {
          value: m.value ?? EMPTY,
          key: m.key ?? null,
          origin: { kind: 'kafka', topic: batch.topic, partition: batch.partition, offset: m.offset },
        };
        const headers = headersOf(m.headers);
        if (headers) record.headers = headers;
        return record;
      });
      const result = await this.#deliver(tp, records, heartbeat);
      if (!result) return;
      const next = BigInt((chunk[chunk.length - 1] as KafkaMessage).offset) + 1n;
      p.position = next;
      this.stats.batches++;
      this.stats.records += chunk.length;
      this.stats.deadLettered += result.deadLettered;
      await this.#o.onAck(tp, next, { records: chunk.length, deadLettered: result.deadLettered });
      resolveOffset((chunk[chunk.length - 1] as KafkaMessage).offset);
      await heartbeat().catch(() => {});
    }
    // Past gaps (compaction, transaction markers) up to the last offset of the fetch.
    if (isRunning() && this.#state === 'running' && !this.#failed) {
      const last = batch.lastOffset();
      resolveOffset(last);
      await this.#skipTo(p, BigInt(last) + 1n);
    }
  }

  /** Moves a partition's position forward without records (nothing to deliver), then checks its end. */
  async #skipTo(p: PartState, next: bigint): Promise<void> {
    const target = next > p.end ? p.end : next;
    const tp = tpKey(p.range.topic, p.range.partition);
    if (target > p.position) {
      p.position = target;
      await this.#o.onAck(tp, target, { records: 0, deadLettered: 0 });
    }
    if (p.position >= p.end && !p.done) {
      p.done = true;
      this.#consumer?.pause([{ topic: p.range.topic, partitions: [p.range.partition] }]);
      this.#log.debug({ partition: tp }, 'partition replayed to its end');
      if (this.remaining === 0) this.#resolveDone();
    }
  }

  async #deliver(tp: string, records: AuditRecord[], heartbeat: () => Promise<void>): Promise<BatchResult | undefined> {
    const handler = this.#handler;
    if (!handler) throw new AuditmaskError('replay reader started without a handler');
    let attempts = 0;
    let calls = 0;
    try {
      return await retry(
        async (attempt) => {
          attempts = attempt;
          // After a wait, tell the group we are alive before trying again.
          if (calls++ > 0) await heartbeat().catch(() => {});
          return await handler({ stream: tp, format: this.#o.format, records });
        },
        {
          initialMs: 200,
          maxMs: this.#o.retryBackoffMaxMs,
          maxAttempts: this.#o.maxAttempts,
          // Once stopping, a failure ends the delivery (the batch is not checkpointed).
          retriable: (err) => this.#state === 'running' && isRetriable(err),
          // A full pipeline is busy, not failing: wait as it asks (at most 1 s, and only until one
          // of its batches in flight settles), without counting.
          waitFor: (err) =>
            err instanceof BackpressureError
              ? { ms: Math.min(err.retryAfterMs, 1000), free: true, ...(err.ready ? { until: err.ready } : {}) }
              : undefined,
          onRetry: (err, attempt, waitMs) => {
            this.stats.retries++;
            if (err instanceof BackpressureError) return;
            this.#log.warn({ partition: tp, retry_ms: waitMs, attempt, error: (err as Error)?.message }, 'batch not delivered; retrying');
          },
        },
      );
    } catch (err) {
      if (this.#state !== 'running') return undefined;
      this.#fail(
        new AuditmaskError(`batch of ${tp} not delivered after ${attempts} tries: ${(err as Error)?.message ?? String(err)}`, {
          cause: err,
        }),
      );
      return undefined;
    }
  }

  #fail(err: Error): void {
    if (this.#failed) return;
    this.#failed = true;
    this.#rejectDone(err);
  }

  /** Stops fetching; the batch in flight finishes (or is abandoned: it is not checkpointed). Safe twice. */
  async stop(): Promise<void> {
    if (this.#state === 'stopped' || this.#state === 'stopping') return;
    const was = this.#state;
    this.#state = 'stopping';
    if (was !== 'new') await this.#consumer?.disconnect().catch(() => {});
    this.#state = 'stopped';
  }
}

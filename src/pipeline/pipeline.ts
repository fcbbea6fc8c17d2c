import { AuditmaskError, BackpressureError, BatchError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { silentLogger } from '../log/logger.js';
import type { Masker, RecordOutcome } from '../pool/mask-pool.js';
import type {
  BatchHandler,
  BatchResult,
  Component,
  DeadLetterSink,
  MaskedRecord,
  RejectedRecord,
  Sink,
  Source,
  SourceBatch,
} from '../core/component.js';

export interface PipelineOptions {
  sources: Source[];
  sinks: Sink[];
  deadLetter: DeadLetterSink;
  masker: Masker;
  /** Batches accepted and not yet settled; beyond → BackpressureError. */
  maxInFlightBatches: number;
  /** Bytes of record values accepted and not yet settled; beyond → BackpressureError. */
  maxInFlightBytes: number;
  /** The `Retry-After` hint given with backpressure. */
  retryAfterMs?: number;
  logger?: Logger;
}

export interface PipelineStats {
  batches: number;
  records: number;
  written: number;
  deadLettered: number;
  failedBatches: number;
  backpressured: number;
}

interface PendingWrite<T> {
  items: T[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Writes to one component one call at a time, in call order (the Sink contract), with group
 * commit: writes that arrive while one is in flight are merged into the next call (up to
 * `maxRecords`), so a sink that fsyncs or round-trips per call is not the bottleneck. When a
 * merged call fails, every write in it fails (their batches are redelivered).
 */
export class GroupWriter<T> {
  readonly #write: (items: T[]) => Promise<void>;
  readonly #maxRecords: number;
  readonly #queue: PendingWrite<T>[] = [];
  #busy = false;
  constructor(write: (items: T[]) => Promise<void>, maxRecords = 10_000) {
    this.#write = write;
    this.#maxRecords = maxRecords;
  }
  write(items: T[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ items, resolve, reject });
      if (!this.#busy) void this.#drain();
    });
  }
  async #drain(): Promise<void> {
    this.#busy = true;
    while (this.#queue.length > 0) {
      const group = [this.#queue.shift() as PendingWrite<T>];
      let n = group[0]?.items.length ?? 0;
      while (this.#queue.length > 0 && n + (this.#queue[0]?.items.length ?? 0) <= this.#maxRecords) {
        const next = this.#queue.shift() as PendingWrite<T>;
        n += next.items.length;
        group.push(next);
      }
      const items = group.length === 1 ? (group[0]?.items ?? []) : group.flatMap((g) => g.items);
      try {
        await this.#write(items);
        for (const g of group) g.resolve();
      } catch (err) {
        for (const g of group) g.reject(err);
      }
    }
    this.#busy = false;
  }
}

interface StreamState {
  /** Settles (true = delivered) when the latest batch of the stream has settled. */
  tail: Promise<boolean>;
  pending: number;
}

/**
 * Wires sources → worker pool → sinks (src/core/component.ts is the contract). It knows nothing
 * of Kafka, HTTP or files.
 *
 * - **Order**: batches of one stream are masked in parallel but written strictly in the order the
 *   source handed them over, even when the pool finishes them out of order. When a batch of a
 *   stream fails, the batches of that stream already waiting behind it fail too (retriable), so
 *   a source never acknowledges a later batch over a gap.
 * - **Delivery**: the handler resolves once every sink acknowledged the batch's masked records
 *   (all sinks in parallel, each sink's writes serialized) and the dead-letter sink its rejected
 *   ones; any failure rejects it: the source must redeliver (at least once). Writes of several
 *   batches that wait for the same sink are merged into one call (group commit).
 * - **Backpressure**: at most `maxInFlightBatches` batches / `maxInFlightBytes` bytes are in
 *   flight, and none is taken while the pool's queue is full; beyond, the handler rejects at once
 *   with `BackpressureError` (a batch is always taken when nothing is in flight), whose `ready`
 *   settles when the next batch in flight settles: pull sources offer the batch again then.
 * - **Lifecycle**: sinks start first and stop last; `stop()` stops sources, drains, flushes.
 */
export class Pipeline {
  readonly #o: PipelineOptions;
  readonly #log: Logger;
  readonly #sinkWriters: GroupWriter<MaskedRecord>[];
  readonly #deadLetterWriter: GroupWriter<RejectedRecord>;
  readonly #streams = new Map<string, StreamState>();
  #state: 'new' | 'starting' | 'running' | 'stopping' | 'stopped' = 'new';
  #inFlightBatches = 0;
  #inFlightBytes = 0;
  #idleWaiters: (() => void)[] = [];
  /** Resolved when the next in-flight batch settles (BackpressureError.ready). */
  #settleWaiters: (() => void)[] = [];
  #stopping: Promise<{ drained: boolean }> | undefined;
  readonly stats: PipelineStats = { batches: 0, records: 0, written: 0, deadLettered: 0, failedBatches: 0, backpressured: 0 };
  readonly handler: BatchHandler = (batch) => this.#handle(batch);

  constructor(options: PipelineOptions) {
    this.#o = options;
    this.#log = options.logger ?? silentLogger;
    this.#sinkWriters = options.sinks.map((s) => new GroupWriter((r: MaskedRecord[]) => s.write(r)));
    this.#deadLetterWriter = new GroupWriter((r: RejectedRecord[]) => options.deadLetter.write(r));
  }

  get inFlight(): { batches: number; bytes: number } {
    return { batches: this.#inFlightBatches, bytes: this.#inFlightBytes };
  }

  /**
   * Starts sinks (and the dead-letter sink), then sources. When a component fails to start,
   * every component already started is stopped again and the error is thrown.
   */
  async start(): Promise<void> {
    if (this.#state !== 'new') throw new AuditmaskError('the pipeline was already started');
    this.#state = 'starting';
    const outputs: Component[] = [...this.#o.sinks, this.#o.deadLetter];
    await this.#startAll(outputs, []);
    for (const s of this.#o.sources) s.setHandler(this.handler);
    this.#state = 'running';
    await this.#startAll(this.#o.sources, outputs);
    this.#log.info({ sources: this.#o.sources.map((s) => s.id), sinks: this.#o.sinks.map((s) => s.id) }, 'pipeline running');
  }

  async #startAll(components: Component[], alsoStopOnFailure: Component[]): Promise<void> {
    const results = await Promise.allSettled(components.map((c) => c.start()));
    const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [{ id: components[i]?.id, err: r.reason as Error }] : []));
    if (failed.length === 0) return;
    this.#state = 'stopped';
    await Promise.allSettled([...components, ...alsoStopOnFailure].map((c) => c.stop()));
    await this.#o.masker.close().catch(() => {});
    const first = failed[0];
    throw new AuditmaskError(`${failed.map((f) => `${f.id} failed to start: ${f.err?.message ?? f.err}`).join('; ')}`, {
      cause: first?.err,
    });
  }

  /**
   * Stops sources (no new input), waits for the batches in flight until `timeoutMs`, then stops
   * the sinks (flush) and the pool. Safe before start and twice. `drained` is false when batches
   * were still unsettled at the deadline (they were not acknowledged: sources redeliver them).
   */
  stop(timeoutMs = 30_000): Promise<{ drained: boolean }> {
    this.#stopping ??= this.#stop(timeoutMs);
    return this.#stopping;
  }

  async #stop(timeoutMs: number): Promise<{ drained: boolean }> {
    const wasRunning = this.#state !== 'new';
    this.#state = 'stopping';
    const deadline = Date.now() + timeoutMs;
    const left = () => Math.max(0, deadline - Date.now());
    if (wasRunning) await withTimeout(Promise.allSettled(this.#o.sources.map((s) => s.stop())), left());
    const drained = await withTimeout(this.#idle(), left());
    if (!drained)
      this.#log.error(
        { batches: this.#inFlightBatches },
        'shutdown timeout: batches still in flight were not acknowledged (their sources will redeliver them)',
      );
    if (wasRunning) {
      await withTimeout(Promise.allSettled([...this.#o.sinks, this.#o.deadLetter].map((s) => s.stop())), left());
    }
    if (!(await withTimeout(this.#o.masker.close(), left()))) {
      this.#log.warn('worker pool did not close in time; terminating its workers');
      await this.#o.masker.destroy?.().catch(() => {});
    }
    this.#state = 'stopped';
    return { drained };
  }

  #idle(): Promise<void> {
    if (this.#inFlightBatches === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Resolves when the next batch in flight settles; only asked while one is in flight. */
  #nextSettle(): Promise<void> {
    return new Promise((resolve) => this.#settleWaiters.push(resolve));
  }

  async #handle(batch: SourceBatch): Promise<BatchResult> {
    if (this.#state !== 'running') {
      throw new AuditmaskError(
        this.#state === 'new' || this.#state === 'starting' ? 'auditmask is starting; retry' : 'auditmask is shutting down; retry later',
        {
          retriable: true,
        },
      );
    }
    let bytes = 0;
    for (const r of batch.records) bytes += r.value.length;
    if (
      this.#inFlightBatches > 0 &&
      (this.#inFlightBatches >= this.#o.maxInFlightBatches ||
        this.#inFlightBytes + bytes > this.#o.maxInFlightBytes ||
        this.#o.masker.needsDrain)
    ) {
      this.stats.backpressured++;
      throw new BackpressureError(
        `auditmask is at capacity (${this.#inFlightBatches} batches, ${this.#inFlightBytes} bytes in flight); retry later`,
        this.#o.retryAfterMs ?? 1000,
        this.#nextSettle(),
      );
    }
    this.#inFlightBatches++;
    this.#inFlightBytes += bytes;
    this.stats.batches++;
    this.stats.records += batch.records.length;
    this.#log.debug({ stream: batch.stream, records: batch.records.length }, 'batch accepted');
    try {
      return await this.#process(batch);
    } catch (err) {
      this.stats.failedBatches++;
      throw err;
    } finally {
      this.#inFlightBatches--;
      this.#inFlightBytes -= bytes;
      if (this.#settleWaiters.length !== 0) for (const w of this.#settleWaiters.splice(0)) w();
      if (this.#inFlightBatches === 0) for (const w of this.#idleWaiters.splice(0)) w();
    }
  }

  async #process(batch: SourceBatch): Promise<BatchResult> {
    const masking = maskBatch(this.#o.masker, batch);
    let stream = this.#streams.get(batch.stream);
    if (!stream) {
      stream = { tail: Promise.resolve(true), pending: 0 };
      this.#streams.set(batch.stream, stream);
    }
    const previous = stream.tail;
    let settle: (delivered: boolean) => void = () => {};
    const mine = new Promise<boolean>((resolve) => {
      settle = resolve;
    });
    stream.tail = mine;
    stream.pending++;
    let delivered = false;
    try {
      // Masking runs now, in parallel with earlier batches; writing waits for them.
      const outcomes = await masking.finally(() => previous);
      if (!(await previous)) {
        throw new BatchError(
          `an earlier batch of stream ${batch.stream} was not delivered; this one is refused too so that order is kept (retry both)`,
          batch.records.map((_, i) => i),
          { retriable: true },
        );
      }
      if (outcomes.length !== batch.records.length)
        throw new AuditmaskError('the worker pool returned a wrong number of records', { retriable: true });
      const masked: MaskedRecord[] = [];
      const rejected: RejectedRecord[] = [];
      outcomes.forEach((o, i) => {
        const record = batch.records[i];
        if (!record) return;
        if ('value' in o) {
          masked.push({
            value: o.value,
            key: o.key ?? record.key ?? null,
            headers: o.headers ?? record.headers ?? {},
            origin: record.origin,
            format: batch.format,
            evidence: o.evidence,
          });
        } else {
          rejected.push({ record, reason: o.rejected.reason, message: o.rejected.message });
        }
      });
      const writes: Promise<void>[] = [];
      if (masked.length > 0) {
        this.#sinkWriters.forEach((w, i) => {
          writes.push(this.#labelled(this.#o.sinks[i]?.id ?? `sink ${i}`, w.write(masked)));
        });
      }
      if (rejected.length > 0) writes.push(this.#labelled(this.#o.deadLetter.id, this.#deadLetterWriter.write(rejected)));
      const results = await Promise.allSettled(writes);
      const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
      if (failures.length > 0) {
        throw new AuditmaskError(`batch of stream ${batch.stream} not delivered: ${failures.map((f) => f.message).join('; ')}`, {
          retriable: true,
          cause: failures[0],
        });
      }
      for (const r of rejected) this.#log.warn({ stream: batch.stream, reason: r.reason, origin: r.record.origin }, 'record dead-lettered');
      this.stats.written += masked.length;
      this.stats.deadLettered += rejected.length;
      delivered = true;
      return { written: masked.length, deadLettered: rejected.length };
    } finally {
      settle(delivered);
      stream.pending--;
      if (stream.pending === 0 && this.#streams.get(batch.stream) === stream) this.#streams.delete(batch.stream);
    }
  }

  #labelled(id: string, p: Promise<void>): Promise<void> {
    return p.catch((err: unknown) => {
      throw new AuditmaskError(`${id}: ${(err as Error)?.message ?? String(err)}`, { retriable: true, cause: err });
    });
  }
}

/** Masks a batch's records except those the source already rejected (their outcome is that rejection). */
async function maskBatch(masker: Masker, batch: SourceBatch): Promise<RecordOutcome[]> {
  const pre = batch.rejected;
  if (!pre || pre.size === 0) return masker.mask(batch.format, batch.records, batch.formatOptions);
  const rest = batch.records.filter((_, i) => !pre.has(i));
  const masked = rest.length > 0 ? await masker.mask(batch.format, rest, batch.formatOptions) : [];
  let j = 0;
  return batch.records.map((_, i) => {
    const rejected = pre.get(i);
    return rejected ? { rejected } : (masked[j++] as RecordOutcome);
  });
}

/** True when `p` settled within `ms`. */
async function withTimeout(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      p.then(
        () => true,
        () => true,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { HmacKey } from '../config/hmac-key.js';
import type { TestFaults } from '../core/test-faults.js';
import type { Evidence } from '../engine/index.js';
import { AuditmaskError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { silentLogger } from '../log/logger.js';
import type { FormatOptions } from '../record/formats.js';
import type { AuditRecord } from '../core/record.js';
import type { ComponentMetrics } from '../core/component-metrics.js';
import { noMetrics } from '../telemetry/metrics.js';
import type { VaultLine } from '../vault/vault-file.js';
import { type MaskTask, type MaskTaskResult, pack, unpack, type WorkerInit } from './protocol.js';

/** The token vault did not take a batch's sealed pairs: the batch fails, retriable, and is not re-masked here. */
export class VaultWriteError extends AuditmaskError {
  constructor(message: string, cause?: unknown) {
    super(message, { retriable: true, cause });
  }
}

/**
 * The outcome for one record, in input order. `key` / `headers` are set only when masking changed
 * them (a sensitive Kafka key, an `authorization` header); otherwise the record's own are kept.
 */
export type RecordOutcome =
  | { value: Buffer; evidence: Evidence; key?: Buffer; headers?: Record<string, Buffer | string> }
  | { rejected: { reason: string; message: string } };

/** What the pipeline needs from the pool (a fake one in unit tests). */
export interface Masker {
  /** Masks every record; resolves with one outcome per record in input order. Rejects only when the pool is closing. */
  mask(format: string, records: readonly AuditRecord[], options?: FormatOptions): Promise<RecordOutcome[]>;
  /** True while mask tasks wait for a worker beyond `max_queue`: new batches get backpressure. */
  readonly needsDrain: boolean;
  close(): Promise<void>;
  /** Terminates the workers at once (after a close that did not finish in time). */
  destroy?(): Promise<void>;
}

export interface MaskPoolOptions {
  threads: number;
  /** Tasks allowed to wait for a worker before `needsDrain`; `auto` = threads². */
  maxQueue: number | 'auto';
  taskTimeoutMs: number;
  batchMaxRecords: number;
  /** Tries of a whole task after a crash/timeout before its records are isolated. */
  maxAttempts: number;
  /** Policy YAML (already validated by the caller); absent → built-in policy. */
  policyText?: string;
  policyFile?: string;
  key: HmacKey;
  /** Token vault settings handed to every worker (absent: no vault). */
  vault?: WorkerInit['vault'];
  /**
   * A vault without a file (`vault.path` absent): receives the sealed pairs a worker returned with
   * a batch, and must resolve once they are durable (the broker acknowledged them). The batch's
   * outcomes are returned only after; when it rejects, the batch fails (retriable), so no token
   * reaches a sink without its pair in the vault.
   */
  onVaultLines?: (lines: VaultLine[]) => Promise<void>;
  logger?: Logger;
  /** Where task retries are recorded (the topology passes the process's metrics); default: nowhere. */
  metrics?: ComponentMetrics;
  /** Fault-injection test seam (src/core/test-faults.ts), handed to every worker; never set in production. */
  testFaults?: TestFaults;
  /** The compiled worker entry; default dist/workers/mask-worker.js of this package. */
  workerFile?: string;
  /** Idle workers above... none: minThreads = maxThreads; kept > 0 per piscina's advice. */
  idleTimeoutMs?: number;
}

/** dist/workers/mask-worker.js, found from this module's location (works from src/ under vitest and from dist/). */
export function defaultWorkerFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'auditmask')
          return join(dir, 'dist', 'workers', 'mask-worker.js');
      } catch {
        // not ours; keep walking up
      }
    }
    dir = dirname(dir);
  }
  throw new AuditmaskError('cannot find the auditmask package root to locate dist/workers/mask-worker.js');
}

const EMPTY = Buffer.alloc(0);

/** The worker part of the test seam. */
function workerFaults(f: TestFaults): NonNullable<WorkerInit['testFaults']> {
  return { workerMarkers: true, ...(f.crashOnceDir === undefined ? {} : { crashOnceDir: f.crashOnceDir }) };
}

/** The header values the worker can mask: strings, and Buffers holding UTF-8 text. */
function textHeaders(h: Record<string, Buffer | string> | undefined): Record<string, string> | null {
  if (!h) return null;
  let out: Record<string, string> | null = null;
  for (const [name, v] of Object.entries(h)) {
    const text = typeof v === 'string' ? v : isUtf8(v) ? v.toString('utf8') : undefined;
    if (text === undefined) continue;
    out ??= Object.create(null) as Record<string, string>; // header names are untrusted (`__proto__`)
    out[name] = text;
  }
  return out;
}

/** The record's headers with the masked text ones replaced (same type as before) or removed (drop). */
function mergeHeaders(original: Record<string, Buffer | string>, masked: Record<string, string>): Record<string, Buffer | string> {
  const out: Record<string, Buffer | string> = Object.create(null); // header names are untrusted
  for (const [name, v] of Object.entries(original)) {
    const text = typeof v === 'string' || isUtf8(v);
    if (!text) out[name] = v;
    else if (Object.hasOwn(masked, name))
      out[name] = typeof v === 'string' ? (masked[name] as string) : Buffer.from(masked[name] as string, 'utf8');
  }
  return out;
}

interface Waiting {
  run: () => void;
}

/**
 * The masking worker pool (piscina): one task per chunk of at most `batchMaxRecords` records.
 * At most one task per ready worker is handed to piscina at once, so a task's time limit measures
 * its run, not its wait nor a replacement worker's boot; the others wait here in FIFO order
 * (retries first).
 *
 * A task whose worker crashed or ran past `taskTimeoutMs` (the worker is then terminated and
 * replaced) is re-run, up to `maxAttempts` times; then its records are split in halves and re-run
 * until the record that still fails is alone: that one is rejected with reason `worker_crash` or
 * `timeout` (dead-lettered by the pipeline). Every other record is masked: none is lost and none
 * leaves unmasked.
 */
export class MaskPool implements Masker {
  readonly #o: MaskPoolOptions;
  readonly #piscina: Piscina;
  readonly #log: Logger;
  readonly #maxQueue: number;
  #running = 0;
  #booting = 0;
  #bootTimer: NodeJS.Timeout | undefined;
  readonly #waiting: Waiting[] = [];
  #closing = false;
  /** A vault without a file (see #vaultBarrier): its epoch and the chain of its writes. */
  readonly #returnsVaultLines: boolean;
  #vaultEpoch = 0;
  #vaultChain: Promise<void> = Promise.resolve();
  /** Counters for tests and metrics. */
  readonly stats = { tasks: 0, crashes: 0, timeouts: 0, isolated: 0 };

  constructor(options: MaskPoolOptions) {
    this.#o = options;
    this.#log = options.logger ?? silentLogger;
    this.#returnsVaultLines = options.vault !== undefined && options.vault.path === undefined;
    this.#maxQueue = options.maxQueue === 'auto' ? options.threads * options.threads : options.maxQueue;
    const filename = options.workerFile ?? defaultWorkerFile();
    if (!existsSync(filename)) throw new AuditmaskError(`the worker entry ${filename} is missing: run \`npm run build\` first`);
    const workerData: WorkerInit = {
      key: new Uint8Array(options.key.key.reveal()),
      keyId: options.key.id,
      ...(options.policyText === undefined ? {} : { policyText: options.policyText }),
      ...(options.policyFile === undefined ? {} : { policyFile: options.policyFile }),
      ...(options.vault === undefined ? {} : { vault: options.vault }),
      ...(options.testFaults?.workerMarkers ? { testFaults: workerFaults(options.testFaults) } : {}),
    };
    this.#piscina = new Piscina({
      filename,
      minThreads: options.threads,
      maxThreads: options.threads,
      idleTimeout: options.idleTimeoutMs ?? 60_000,
      maxQueue: this.#maxQueue + options.threads,
      workerData,
    });
    // Errors outside a task (a worker failing to start): log, never crash the process.
    this.#piscina.on('workerDestroy', () => this.#onWorkerDestroy());
    this.#piscina.on('workerCreate', () => this.#onWorkerCreate());
    this.#piscina.on('error', (err: Error) => this.#log.error({ err: { name: err.name, message: err.message } }, 'worker pool error'));
  }

  get threads(): number {
    return this.#o.threads;
  }

  get needsDrain(): boolean {
    return this.#waiting.length >= this.#maxQueue;
  }

  /** Tasks waiting for a worker (not counting running ones). */
  get queueSize(): number {
    return this.#waiting.length;
  }

  /** Tasks running on a worker now (metrics: utilisation = busy / threads). */
  get busy(): number {
    return this.#running;
  }

  /** True once close() or destroy() was called: the pool takes no new batches (readiness). */
  get closing(): boolean {
    return this.#closing;
  }

  /**
   * Starts every worker and waits until each has compiled the policy: a worker that cannot start
   * fails here, at startup, rather than on the first batch.
   */
  async warmUp(): Promise<void> {
    const empty: AuditRecord[] = [];
    // Booting a worker (loading modules, compiling the policy) is not masking: a generous bound.
    const bootMs = Math.max(this.#o.taskTimeoutMs, 120_000);
    await Promise.all(Array.from({ length: this.#o.threads }, () => this.#task('json', empty, false, bootMs)));
  }

  async mask(format: string, records: readonly AuditRecord[], options?: FormatOptions): Promise<RecordOutcome[]> {
    if (this.#closing) throw new AuditmaskError('the worker pool is closing', { retriable: true });
    const size = this.#o.batchMaxRecords;
    if (records.length <= size) return this.#chunk(format, records, 1, options);
    const parts: Promise<RecordOutcome[]>[] = [];
    for (let i = 0; i < records.length; i += size) parts.push(this.#chunk(format, records.slice(i, i + size), 1, options));
    return (await Promise.all(parts)).flat();
  }

  async close(): Promise<void> {
    if (this.#closing) return;
    this.#closing = true;
    clearTimeout(this.#bootTimer);
    for (const w of this.#waiting.splice(0)) w.run();
    await this.#piscina.close();
  }

  async destroy(): Promise<void> {
    this.#closing = true;
    clearTimeout(this.#bootTimer);
    for (const w of this.#waiting.splice(0)) w.run();
    await this.#piscina.destroy();
  }

  async #chunk(format: string, records: readonly AuditRecord[], attempt: number, options?: FormatOptions): Promise<RecordOutcome[]> {
    try {
      return await this.#task(format, records, attempt > 1, this.#o.taskTimeoutMs, options);
    } catch (err) {
      // The vault refused the batch's pairs: not the worker's fault, and retrying here would only repeat it.
      if (err instanceof VaultWriteError) throw err;
      if (this.#closing) throw new AuditmaskError('the worker pool closed before the batch was masked', { retriable: true, cause: err });
      const reason = (err as Error)?.name === 'AbortError' ? 'timeout' : 'worker_crash';
      if (reason === 'timeout') this.stats.timeouts++;
      else this.stats.crashes++;
      (this.#o.metrics ?? noMetrics).poolTaskRetried(reason);
      this.#log.warn({ reason, records: records.length, attempt, error: (err as Error)?.name }, 'mask task failed; re-running it');
      if (attempt < this.#o.maxAttempts) return this.#chunk(format, records, attempt + 1, options);
      if (records.length === 1) {
        this.stats.isolated++;
        const message =
          reason === 'timeout'
            ? `masking this record took longer than task_timeout_ms (${this.#o.taskTimeoutMs} ms) on every try`
            : 'the worker masking this record crashed on every try';
        return [{ rejected: { reason, message } }];
      }
      const mid = records.length >> 1;
      const [a, b] = await Promise.all([
        this.#chunk(format, records.slice(0, mid), this.#o.maxAttempts, options),
        this.#chunk(format, records.slice(mid), this.#o.maxAttempts, options),
      ]);
      return [...a, ...b];
    }
  }

  async #task(
    format: string,
    records: readonly AuditRecord[],
    priority = false,
    timeoutMs = this.#o.taskTimeoutMs,
    options?: FormatOptions,
  ): Promise<RecordOutcome[]> {
    await this.#slot(priority);
    try {
      if (this.#closing) throw new AuditmaskError('the worker pool is closing', { retriable: true });
      const { data, offsets } = pack(records.map((r) => r.value));
      const task: MaskTask = { format, data, offsets, ...(options ? { options } : {}) };
      const epoch = this.#vaultEpoch;
      if (this.#returnsVaultLines) task.vaultEpoch = epoch;
      const transferList = [data.buffer as ArrayBuffer, offsets.buffer as ArrayBuffer];
      if (records.some((r) => r.key)) {
        const keys = pack(records.map((r) => r.key ?? EMPTY));
        task.keys = { ...keys, present: Uint8Array.from(records, (r) => (r.key ? 1 : 0)) };
        transferList.push(keys.data.buffer as ArrayBuffer, keys.offsets.buffer as ArrayBuffer);
      }
      if (records.some((r) => r.headers && Object.keys(r.headers).length > 0)) task.headers = records.map((r) => textHeaders(r.headers));
      this.stats.tasks++;
      const result = (await this.#piscina.run(task, {
        transferList,
        signal: AbortSignal.timeout(timeoutMs),
      })) as MaskTaskResult;
      if (this.#returnsVaultLines) await this.#vaultBarrier(result.vault ?? [], epoch);
      const out: RecordOutcome[] = new Array(records.length);
      for (let i = 0; i < records.length; i++) {
        const rejected = result.rejected[i];
        const evidence = result.evidence[i];
        if (rejected || !evidence) {
          out[i] = { rejected: rejected ?? { reason: 'mask_error', message: 'the worker returned no evidence' } };
          continue;
        }
        const o: RecordOutcome = { value: unpack(result.data, result.offsets, i), evidence };
        const key = result.keys?.[i];
        if (key != null)
          o.key = typeof key === 'string' ? Buffer.from(key, 'utf8') : Buffer.from(key.buffer, key.byteOffset, key.byteLength);
        const headers = result.headers?.[i];
        if (headers) o.headers = mergeHeaders(records[i]?.headers ?? {}, headers);
        out[i] = o;
      }
      return out;
    } finally {
      this.#release();
    }
  }

  /**
   * A vault without a file: a batch's outcomes are returned only after its own sealed pairs AND
   * every pair returned before it were stored, since a worker skips a token it already returned
   * (a later batch may carry a token whose pair is still being written). Writes are chained in
   * the order results arrive. When one fails, the epoch is raised (workers then return every pair
   * again) and every batch masked under the old epoch fails with VaultWriteError (retriable): none
   * of them may reach a sink, as they may hold tokens whose pairs were never stored.
   */
  async #vaultBarrier(lines: VaultLine[], epoch: number): Promise<void> {
    const store = this.#o.onVaultLines;
    if (lines.length > 0 && !store)
      throw new VaultWriteError('the workers returned vault pairs and the pool has no vault to write them to');
    const mine = this.#vaultChain.then(() => (lines.length > 0 && store ? store(lines) : undefined));
    this.#vaultChain = mine;
    try {
      await mine;
    } catch (err) {
      if (this.#vaultEpoch === epoch) {
        this.#vaultEpoch++;
        this.#vaultChain = Promise.resolve();
      }
      throw new VaultWriteError(
        `the token vault did not take the pairs (${(err as Error)?.message ?? String(err)}); the batch is retried`,
        err,
      );
    }
    if (this.#vaultEpoch !== epoch)
      throw new VaultWriteError('a token vault write failed while this batch was masked; the batch is retried');
  }

  /** Tasks piscina may run now: one per worker that is up (a replacement worker is booting). */
  #capacity(): number {
    return this.#o.threads - this.#booting;
  }

  #slot(priority: boolean): Promise<void> {
    if (this.#running < this.#capacity() && this.#waiting.length === 0) {
      this.#running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const w = {
        run: () => {
          this.#running++;
          resolve();
        },
      };
      if (priority) this.#waiting.unshift(w);
      else this.#waiting.push(w);
    });
  }

  #release(): void {
    this.#running--;
    this.#pump();
  }

  #pump(): void {
    while (this.#waiting.length > 0 && this.#running < this.#capacity()) this.#waiting.shift()?.run();
  }

  /**
   * A worker was removed (crash, timeout): piscina boots a replacement, and until it is ready one
   * task fewer is handed over, so that no task's time limit is spent waiting for a boot.
   */
  #onWorkerDestroy(): void {
    if (this.#closing) return;
    this.#booting++;
    clearTimeout(this.#bootTimer);
    // Should a replacement never come up (piscina reports that as 'error'), stop waiting for it.
    this.#bootTimer = setTimeout(() => {
      if (this.#booting === 0) return;
      this.#log.warn({ booting: this.#booting }, 'replacement workers not ready after 120 s; handing tasks over anyway');
      this.#booting = 0;
      this.#pump();
    }, 120_000).unref();
  }

  #onWorkerCreate(): void {
    if (this.#booting === 0) return;
    this.#booting--;
    this.#pump();
  }
}

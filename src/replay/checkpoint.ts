import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDir } from '../config/data-dir.js';
import { ConfigError } from '../core/errors.js';
import type { RangeSpec, ResolvedRange } from './range.js';

/**
 * The replay checkpoint: one small JSON file per job (topics + range + target), holding the
 * resolved range and, per partition, the next offset to replay. It is written (to a temporary
 * file, then renamed over the old one, so it is never half-written) only after every sink
 * acknowledged the records before that offset. A killed job therefore redoes at most the batches
 * that were in flight when it died: those are the only possible duplicates.
 */
export interface CheckpointState {
  v: 1;
  /** Hash of what the job is (see checkpointKey). */
  key: string;
  /** What the user asked for, for messages. */
  description: string;
  range: ResolvedRange;
  /** `topic/partition` → next offset to replay. */
  positions: Record<string, string>;
  complete: boolean;
  startedAt: string;
  updatedAt: string;
  /** Totals of every run of this job so far (a resumed job adds to them). */
  totals: CheckpointTotals;
  /** How many times the job was resumed. */
  resumes: number;
  /** Policy hash and token key id of the first run: a resumed run must use the same. */
  policy?: string;
  keyId?: string;
}

export interface CheckpointTotals {
  records: number;
  deadLettered: number;
  findings: Record<string, number>;
  durationMs: number;
}

/**
 * The identity of a job: the topics and range as specified (not as resolved: the end captured at
 * the first start stays the end on resume) and where it writes. Sorted so that option order does
 * not matter.
 */
export function checkpointKey(spec: RangeSpec, target: string): string {
  const canonical = JSON.stringify({
    topics: [...spec.topics].sort(),
    regex: spec.topicRegex ?? null,
    start:
      spec.start.kind === 'offsets'
        ? { kind: 'offsets', offsets: [...spec.start.offsets].map((o) => `${o.topic}:${o.partition}:${o.offset}`).sort() }
        : spec.start,
    end: spec.end,
    target,
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 20);
}

/** `<data dir>/replay/<key>.json`. */
export function defaultCheckpointFile(key: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'replay', `${key}.json`);
}

/** Reads a checkpoint; undefined when the file does not exist. A corrupt file is a config error. */
export function readCheckpoint(file: string): CheckpointState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError(file, [
      {
        path: '--checkpoint',
        message: `cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'}): check the path and permissions`,
      },
    ]);
  }
  try {
    const state = JSON.parse(text) as CheckpointState;
    if (state.v !== 1 || typeof state.key !== 'string' || !state.range || typeof state.positions !== 'object') throw new Error('shape');
    return state;
  } catch {
    throw new ConfigError(file, [
      { path: '--checkpoint', message: 'not a replay checkpoint (unreadable JSON or unknown shape): remove it or pass --restart' },
    ]);
  }
}

/** Writes atomically: a temporary file beside it, then rename. */
export function writeCheckpoint(file: string, state: CheckpointState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 1)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
}

export function removeCheckpoint(file: string): void {
  rmSync(file, { force: true });
}

/**
 * Keeps the checkpoint of a running job: positions advance in memory as batches are acknowledged
 * and the file is rewritten after each advance, one write at a time (advances made during a write
 * are written by the next one, so the file never goes backwards).
 */
export class CheckpointWriter {
  readonly file: string;
  readonly state: CheckpointState;
  #dirty = false;
  #writing: Promise<void> | undefined;
  readonly #runStartedMs = Date.now();
  readonly #baseDurationMs: number;

  constructor(file: string, state: CheckpointState) {
    this.file = file;
    this.state = state;
    this.#baseDurationMs = state.totals.durationMs;
  }

  /** Records that every record of `tp` before `next` was acknowledged, then persists. */
  advance(tp: string, next: string, delta: { records: number; deadLettered: number }): Promise<void> {
    const before = this.state.positions[tp];
    if (before === undefined || BigInt(next) > BigInt(before)) this.state.positions[tp] = next;
    this.state.totals.records += delta.records;
    this.state.totals.deadLettered += delta.deadLettered;
    return this.flush();
  }

  /** Adds findings counted by the report sink (persisted with the next write). */
  addFindings(findings: Record<string, number>): void {
    for (const [e, n] of Object.entries(findings)) this.state.totals.findings[e] = (this.state.totals.findings[e] ?? 0) + n;
  }

  markComplete(): Promise<void> {
    this.state.complete = true;
    return this.flush();
  }

  /** Writes the current state (coalesced with a write in progress). */
  flush(): Promise<void> {
    this.#dirty = true;
    this.#writing ??= this.#loop();
    return this.#writing;
  }

  async #loop(): Promise<void> {
    try {
      while (this.#dirty) {
        this.#dirty = false;
        this.state.updatedAt = new Date().toISOString();
        this.state.totals.durationMs = this.#baseDurationMs + (Date.now() - this.#runStartedMs);
        // Synchronous on purpose: small, and it cannot interleave with another write.
        writeCheckpoint(this.file, this.state);
        await Promise.resolve();
      }
    } finally {
      this.#writing = undefined;
    }
  }
}

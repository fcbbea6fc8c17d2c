import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { ChainLinker, type ChainState, type ControlBody } from './chain.js';

export interface ChainedLinesOptions {
  /** Chain key bytes and its id (named in the genesis line). */
  key: Buffer;
  keyId: string;
  /** Policy hash in force when the stream starts (named in the genesis line). */
  policy: string | null;
  /** What writes the stream, for people reading it: `file sink masked_files`, `auditmask mask`. */
  writer: string;
  /** A checkpoint line after this many records since the last one (0: never by count). */
  checkpointEvery: number;
  /** A checkpoint line when this many ms passed since the last one and records were written since. */
  checkpointIntervalMs: number;
  /** Stream id; default a random UUID (a new stream per start). */
  stream?: string;
  now?: () => Date;
}

/** A checkpoint or seal that reached the stream: what the separate checkpoint file records. */
export interface CheckpointEntry {
  stream: string;
  file: string | null;
  type: 'checkpoint' | 'seal';
  seq: number;
  mac: string;
  records: number;
  next?: boolean;
  at: string;
}

const NEWLINE = Buffer.from('\n');

/**
 * One chained output stream of JSON lines (a file sink across its rotated files, a `mask` run):
 * turns records into linked lines and adds the genesis, continue, checkpoint and seal lines.
 * Synchronous and I/O-free; the writer calls `commit(file)` once what it got is on disk and
 * `rollback()` when the write failed, so links always follow the lines actually written.
 */
export class ChainedLines {
  readonly stream: string;
  readonly #o: ChainedLinesOptions;
  readonly #linker: ChainLinker;
  #records = 0;
  #sinceCheckpoint = 0;
  #lastCheckpointAt: number;
  /** State at the last commit, and the file holding that link (for `continue` and rollback). */
  #committed: { state: ChainState; records: number; sinceCheckpoint: number; lastCheckpointAt: number; file: string | null };
  #pending: CheckpointEntry[] = [];
  /** Policy hash named by the genesis; a writer that learns it from its first record sets it. */
  policy: string | null;

  constructor(options: ChainedLinesOptions) {
    this.#o = options;
    this.stream = options.stream ?? randomUUID();
    this.policy = options.policy;
    this.#linker = new ChainLinker(options.key);
    this.#lastCheckpointAt = this.#now().getTime();
    this.#committed = { state: this.#linker.state, records: 0, sinceCheckpoint: 0, lastCheckpointAt: this.#lastCheckpointAt, file: null };
  }

  /** The first line of a file: the genesis of the stream, or a `continue` from the last file. */
  begin(): Buffer {
    const at = this.#now().toISOString();
    if (this.#linker.state.seq < 0) {
      return this.#control({
        type: 'genesis',
        v: 1,
        stream: this.stream,
        chain_key: this.#o.keyId,
        policy: this.policy,
        started: at,
        writer: this.#o.writer,
      });
    }
    const { seq, mac } = this.#committed.state;
    return this.#control({
      type: 'continue',
      stream: this.stream,
      chain_key: this.#o.keyId,
      prev: { file: this.#committed.file ?? '', seq, mac: mac.toString('base64url') },
      at,
    });
  }

  /** Linked lines (each ending in a newline) for records, with checkpoint lines where due. */
  records(lines: readonly Buffer[]): Buffer {
    const parts: Buffer[] = [];
    for (const line of lines) {
      parts.push(this.#linker.link(line), NEWLINE);
      this.#records++;
      this.#sinceCheckpoint++;
      if (this.#o.checkpointEvery > 0 && this.#sinceCheckpoint >= this.#o.checkpointEvery) parts.push(this.checkpoint());
    }
    const due = this.checkpointDue();
    if (due) parts.push(due);
    return Buffer.concat(parts);
  }

  /** A checkpoint line when the interval passed with records since the last one, else empty. */
  checkpointDue(): Buffer {
    if (this.#sinceCheckpoint === 0) return Buffer.alloc(0);
    if (this.#now().getTime() - this.#lastCheckpointAt < this.#o.checkpointIntervalMs) return Buffer.alloc(0);
    return this.checkpoint();
  }

  /** Records written since the last checkpoint (0: nothing to checkpoint). */
  get sinceCheckpoint(): number {
    return this.#sinceCheckpoint;
  }

  checkpoint(): Buffer {
    this.#sinceCheckpoint = 0;
    this.#lastCheckpointAt = this.#now().getTime();
    return this.#control({
      type: 'checkpoint',
      stream: this.stream,
      records: this.#records,
      at: new Date(this.#lastCheckpointAt).toISOString(),
    });
  }

  /** The last line of a file; `next` when the stream continues in another file. */
  end(next: boolean): Buffer {
    this.#sinceCheckpoint = 0;
    return this.#control({ type: 'seal', stream: this.stream, records: this.#records, next, at: this.#now().toISOString() });
  }

  /** What was produced since the last commit is on disk in `file` (path or null for stdout). */
  commit(file: string | null): CheckpointEntry[] {
    const name = file === null ? null : basename(file);
    const entries = this.#pending.map((e) => ({ ...e, file: name }));
    this.#pending = [];
    this.#committed = {
      state: this.#linker.state,
      records: this.#records,
      sinceCheckpoint: this.#sinceCheckpoint,
      lastCheckpointAt: this.#lastCheckpointAt,
      file: name,
    };
    return entries;
  }

  /** What was produced since the last commit was not written: forget it. */
  rollback(): void {
    const c = this.#committed;
    this.#linker.restore(c.state);
    this.#records = c.records;
    this.#sinceCheckpoint = c.sinceCheckpoint;
    this.#lastCheckpointAt = c.lastCheckpointAt;
    this.#pending = [];
  }

  #control(body: ControlBody): Buffer {
    const line = this.#linker.control(body);
    if (body.type === 'checkpoint' || body.type === 'seal') {
      const { seq, mac } = this.#linker.state;
      this.#pending.push({
        stream: this.stream,
        file: null,
        type: body.type,
        seq,
        mac: mac.toString('base64url'),
        records: body.records,
        ...(body.type === 'seal' ? { next: body.next } : {}),
        at: body.at,
      });
    }
    return Buffer.concat([line, NEWLINE]);
  }

  #now(): Date {
    return this.#o.now?.() ?? new Date();
  }
}

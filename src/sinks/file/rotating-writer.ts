import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

export interface RotatingWriterOptions {
  dir: string;
  prefix: string;
  /** Rotate once the current file holds at least this many bytes (checked after each write). */
  maxBytes: number;
  /** Rotate a file this old (ms since it was opened), at the next write or by the idle timer. */
  maxAgeMs: number;
  /** fdatasync before a write resolves. */
  fsync: boolean;
  /** Permission bits of new files. */
  mode: number;
  now?: () => Date;
  /** Optional framing of each file (the evidence chain: src/sinks/file/chained-framing.ts). */
  framing?: FileFraming;
}

/**
 * Bytes a writer adds around what it is given, per file. All calls happen inside the writer's
 * serialized section, in file order. `header` is written at the start of a new file with the first
 * chunk; `footer` before a file is closed by rotation or `close` (not after a failed write);
 * `written` after a chunk (with its header) or a footer is on disk; `failed` after a write failed
 * (the file is then closed without footer and the next chunk starts a new file).
 */
export interface FileFraming {
  header(path: string): Buffer;
  footer(path: string, final: boolean): Buffer;
  written(path: string): Promise<void> | void;
  failed(path: string): void;
}

/** A chunk, or a function building it once the file it goes to is known. */
export type Chunk = Buffer | ((path: string) => Buffer);

/**
 * Appends chunks to `<dir>/<prefix>-<UTC timestamp>-<seq>.jsonl`, one file at a time, rotating by
 * size and by age. Files are opened lazily (no empty files) with `wx` (never reuses a name).
 * Contract: `write` calls are serialized here; a resolved write is on disk (when `fsync`); a
 * rejected write may have left part of its chunk in the file (the pipeline then redelivers: at
 * least once). `close` waits for pending writes.
 */
interface OpenFile {
  handle: FileHandle;
  path: string;
  bytes: number;
  openedAt: number;
}

export class RotatingWriter {
  readonly #o: RotatingWriterOptions;
  #file: OpenFile | undefined;
  #seq = 0;
  #chain: Promise<unknown> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  #closed = false;
  /** Paths of files this writer has finished (rotated away from), oldest first; for tests and logs. */
  readonly completed: string[] = [];
  onRotate: ((path: string) => void) | undefined;

  constructor(options: RotatingWriterOptions) {
    this.#o = options;
  }

  async open(): Promise<void> {
    await mkdir(this.#o.dir, { recursive: true });
    const period = Math.max(100, Math.min(this.#o.maxAgeMs, 1000));
    this.#timer = setInterval(() => {
      const f = this.#file;
      if (f && this.#now() - f.openedAt >= this.#o.maxAgeMs) void this.#serial(() => this.#rotateIfDue()).catch(() => {});
    }, period);
    this.#timer.unref();
  }

  get currentPath(): string | undefined {
    return this.#file?.path;
  }

  write(chunkOrBuilder: Chunk): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('the file writer is closed'));
    return this.#serial(async () => {
      await this.#rotateIfDue();
      const fresh = this.#file === undefined;
      const f = this.#file ?? (await this.#openNext());
      const framing = this.#o.framing;
      try {
        // The header first: the framing's state (the chain) runs through it before the body.
        const header = fresh && framing ? framing.header(f.path) : undefined;
        const body = typeof chunkOrBuilder === 'function' ? chunkOrBuilder(f.path) : chunkOrBuilder;
        const chunk = header ? Buffer.concat([header, body]) : body;
        let off = 0;
        while (off < chunk.length) {
          const { bytesWritten } = await f.handle.write(chunk, off, chunk.length - off);
          off += bytesWritten;
        }
        f.bytes += chunk.length;
        if (this.#o.fsync) await f.handle.datasync();
      } catch (err) {
        // A partial line may be in the file: the redelivered batch starts a fresh file.
        framing?.failed(f.path);
        await this.#closeCurrent(false).catch(() => {});
        throw err;
      }
      await framing?.written(f.path);
      // With framing, a full file is closed at the next write (or close) instead, so the last file
      // of a run is closed by `close` and its footer says the stream ends there.
      if (f.bytes >= this.#o.maxBytes && !framing) await this.#closeCurrent();
    });
  }

  async close(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#closed)
      return this.#chain.then(
        () => undefined,
        () => undefined,
      );
    this.#closed = true;
    await this.#serial(() => this.#closeCurrent(true, true)).catch(() => {});
  }

  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#chain.then(fn, fn);
    this.#chain = run.catch(() => {});
    return run;
  }

  #now(): number {
    return (this.#o.now?.() ?? new Date()).getTime();
  }

  async #rotateIfDue(): Promise<void> {
    const f = this.#file;
    if (f && (this.#now() - f.openedAt >= this.#o.maxAgeMs || f.bytes >= this.#o.maxBytes)) await this.#closeCurrent();
  }

  async #openNext(): Promise<OpenFile> {
    for (;;) {
      const date = this.#o.now?.() ?? new Date();
      const stamp = date.toISOString().replace(/[-:]/g, '').replace('.', '');
      const path = join(this.#o.dir, `${this.#o.prefix}-${stamp}-${String(++this.#seq).padStart(6, '0')}.jsonl`);
      try {
        const handle = await open(path, 'wx', this.#o.mode);
        this.#file = { handle, path, bytes: 0, openedAt: date.getTime() };
        return this.#file;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
  }

  /** Closes the current file, first writing the framing's footer when `withFooter`. */
  async #closeCurrent(withFooter = true, final = false): Promise<void> {
    const f = this.#file;
    if (!f) return;
    this.#file = undefined;
    const framing = this.#o.framing;
    if (framing && withFooter) {
      try {
        const footer = framing.footer(f.path, final);
        let off = 0;
        while (off < footer.length) off += (await f.handle.write(footer, off, footer.length - off)).bytesWritten;
        if (this.#o.fsync) await f.handle.datasync();
        await framing.written(f.path);
      } catch {
        framing.failed(f.path);
      }
    }
    await f.handle.close();
    this.completed.push(f.path);
    this.onRotate?.(f.path);
  }
}

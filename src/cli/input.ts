import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { type Line, readLineBatches } from '../core/lines.js';

export interface InputLine {
  source: string;
  line: Line;
}

/** Lines of every file in order, or of stdin when there is none (`-` also means stdin). */
export async function* inputLines(files: string[], stdin: Readable, maxBytes: number): AsyncGenerator<InputLine> {
  for await (const batch of inputLineBatches(files, stdin, maxBytes)) yield* batch;
}

/** inputLines in batches (one per chunk read; see readLineBatches), for consumers that handle lines synchronously. */
export async function* inputLineBatches(files: string[], stdin: Readable, maxBytes: number): AsyncGenerator<InputLine[]> {
  const sources = files.length === 0 ? ['-'] : files;
  for (const source of sources) {
    // Files are read in 256 KiB chunks (the stream default is 64 KiB): fewer asynchronous steps.
    const stream = source === '-' ? stdin : createReadStream(source, { highWaterMark: 1 << 18 });
    const name = source === '-' ? '<stdin>' : source;
    for await (const lines of readLineBatches(stream, maxBytes)) yield lines.map((line) => ({ source: name, line }));
  }
}

/** Buffered writes that respect backpressure: `write` resolves at once unless the stream is full. */
export class LineWriter {
  #buffer: string[] = [];
  #size = 0;
  readonly #out: NodeJS.WritableStream;
  constructor(out: NodeJS.WritableStream) {
    this.#out = out;
  }
  /** Buffers `line`; returns a promise only when the buffer was flushed (await it: backpressure). */
  write(line: string): Promise<void> | undefined {
    this.#buffer.push(line);
    this.#size += line.length + 1;
    return this.#size >= 1 << 16 ? this.flush() : undefined;
  }
  async flush(): Promise<void> {
    if (this.#buffer.length === 0) return;
    const chunk = `${this.#buffer.join('\n')}\n`;
    this.#buffer = [];
    this.#size = 0;
    if (!this.#out.write(chunk)) await new Promise<void>((resolve) => this.#out.once('drain', resolve));
  }
}

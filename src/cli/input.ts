import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { readLines, type Line } from '../core/lines.js';

export interface InputLine {
  source: string;
  line: Line;
}

/** Lines of every file in order, or of stdin when there is none (`-` also means stdin). */
export async function* inputLines(files: string[], stdin: Readable, maxBytes: number): AsyncGenerator<InputLine> {
  const sources = files.length === 0 ? ['-'] : files;
  for (const source of sources) {
    const stream = source === '-' ? stdin : createReadStream(source);
    const name = source === '-' ? '<stdin>' : source;
    for await (const line of readLines(stream, maxBytes)) yield { source: name, line };
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
  async write(line: string): Promise<void> {
    this.#buffer.push(line);
    this.#size += line.length + 1;
    if (this.#size >= 1 << 16) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.#buffer.length === 0) return;
    const chunk = `${this.#buffer.join('\n')}\n`;
    this.#buffer = [];
    this.#size = 0;
    if (!this.#out.write(chunk)) await new Promise<void>((resolve) => this.#out.once('drain', resolve));
  }
}

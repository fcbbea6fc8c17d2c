import type { Readable } from 'node:stream';

export type Line = { number: number; bytes: Buffer } | { number: number; oversize: number };

/**
 * Splits a byte stream into lines (LF, with a CR before it dropped) without decoding, so invalid
 * UTF-8 can be detected per line. A line longer than `maxBytes` is not buffered whole: it is
 * reported as `{ oversize }` with its length and skipped, so memory stays bounded.
 */
export async function* readLines(stream: Readable, maxBytes: number): AsyncGenerator<Line> {
  for await (const batch of readLineBatches(stream, maxBytes)) yield* batch;
}

/**
 * readLines, one array per chunk of the stream (the lines that chunk completes, in order; never
 * empty). A consumer that handles a whole batch synchronously pays one asynchronous step per chunk
 * instead of one per line: about a microsecond a line, as much as masking a short record costs.
 */
export async function* readLineBatches(stream: Readable, maxBytes: number): AsyncGenerator<Line[]> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = 0;
  let number = 0;
  const finish = (last: Buffer): Line => {
    number++;
    if (skipping > 0) {
      const total = skipping + last.length;
      skipping = 0;
      return { number, oversize: total };
    }
    const total = size + last.length;
    if (total > maxBytes) {
      parts = [];
      size = 0;
      return { number, oversize: total };
    }
    let bytes = parts.length === 0 ? last : Buffer.concat([...parts, last]);
    parts = [];
    size = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    return { number, bytes };
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const batch: Line[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      batch.push(finish(chunk.subarray(start, nl)));
      start = nl + 1;
    }
    if (batch.length > 0) yield batch;
    const rest = chunk.subarray(start);
    if (rest.length === 0) continue;
    if (skipping > 0) {
      skipping += rest.length;
    } else if (size + rest.length > maxBytes) {
      skipping = size + rest.length;
      parts = [];
      size = 0;
    } else {
      parts.push(Buffer.from(rest));
      size += rest.length;
    }
  }
  if (size > 0 || skipping > 0) yield [finish(Buffer.alloc(0))];
}

import type { Readable } from 'node:stream';

export type Line = { number: number; bytes: Buffer } | { number: number; oversize: number };

/**
 * Splits a byte stream into lines (LF, with a CR before it dropped) without decoding, so invalid
 * UTF-8 can be detected per line. A line longer than `maxBytes` is not buffered whole: it is
 * reported as `{ oversize }` with its length and skipped, so memory stays bounded.
 */
export async function* readLines(stream: Readable, maxBytes: number): AsyncGenerator<Line> {
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
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      yield finish(chunk.subarray(start, nl));
      start = nl + 1;
    }
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
  if (size > 0 || skipping > 0) yield finish(Buffer.alloc(0));
}

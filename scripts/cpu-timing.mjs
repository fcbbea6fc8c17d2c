// What the side-by-side engine scripts (compare-engines.mjs, corpus-bench.mjs) share: an engine
// loaded from a build directory, CPU time of this process, the CPU cost of a candidate per record,
// and the median of rounds.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** `maskJsonString` of an engine of the build in `dist` (default policy, a fixed test key). */
export async function loadEngine(dist, keyId = 'k-compare') {
  const base = pathToFileURL(path.resolve(dist)).href;
  const { createEngine } = await import(`${base}/src/engine/index.js`);
  const { maskJsonString } = await import(`${base}/src/record/json-codec.js`);
  const engine = createEngine({ key: Buffer.alloc(32, 7), keyId });
  return (line) => maskJsonString(engine, line);
}

/** User + system CPU time of this process, in µs. */
export function cpuMicros() {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/**
 * CPU µs per record of `fn` (a line in, an output line or undefined out) over `records`. Each
 * output is read once (charCodeAt flattens a concatenated string, as writing it would), so a
 * candidate that returns a concatenation pays for it as a real consumer does.
 */
export function cpuPerRecord(fn, records) {
  const start = cpuMicros();
  let sink = 0;
  for (const r of records) {
    const out = fn(r);
    if (out !== undefined) sink += out.charCodeAt(out.length >> 1);
  }
  if (sink === 0) throw new Error('no output');
  return (cpuMicros() - start) / records.length;
}

export function median(xs) {
  return [...xs].sort((x, y) => x - y)[xs.length >> 1];
}

/**
 * A seeded function that re-draws the digits of a text, all but the first of each run of digits
 * (1–9, so numbers stay valid JSON): the same shapes with every id, phone number, card and time
 * unique, as in a real stream, so no memo or verdict cache answers a repeat and the validators do
 * their work. The first digit stays, as it does in real data: a Unix time starts with 1, a card
 * with its network's digit, a phone number with its country code's.
 */
export function digitRedrawer(seed) {
  let state = seed;
  const digit = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return String(1 + Math.floor((state / 0x7fffffff) * 9));
  };
  return (text) => text.replace(/\d+/g, (run) => run[0] + run.slice(1).replace(/\d/g, digit));
}

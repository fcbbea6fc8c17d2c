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

/**
 * `maskOtlpLogBytes` of an engine of the build in `dist` (default policy, a fixed test key), on an
 * `otlp_log` document's text: the masked document's text (or undefined when refused) and findings.
 */
export async function loadOtlpMasker(dist, keyId = 'k-compare') {
  const base = pathToFileURL(path.resolve(dist)).href;
  const { createEngine } = await import(`${base}/src/engine/index.js`);
  const { maskOtlpLogBytes } = await import(`${base}/src/record/otlp-codec.js`);
  const engine = createEngine({ key: Buffer.alloc(32, 7), keyId });
  return (text) => {
    const r = maskOtlpLogBytes(engine, Buffer.from(text, 'utf8'));
    return { output: r.value?.toString('utf8'), findings: r.evidence.findings ?? [] };
  };
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

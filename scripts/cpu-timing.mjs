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

/**
 * A JSON audit record as an `otlp_log` document (OTLP/JSON `{resource, scope, logRecord}`), as a
 * logging bridge sends it and bench/otlp does: top-level scalars as log attributes, the rest as a
 * structured body; integers as `intValue` strings.
 */
export function asOtlpLogDoc(line, i) {
  const anyValue = (v) => {
    if (typeof v === 'string') return { stringValue: v };
    if (typeof v === 'boolean') return { boolValue: v };
    if (typeof v === 'number') return Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v };
    if (Array.isArray(v)) return { arrayValue: { values: v.map(anyValue) } };
    if (v !== null && typeof v === 'object')
      return { kvlistValue: { values: Object.entries(v).map(([key, x]) => ({ key, value: anyValue(x) })) } };
    return {};
  };
  const attributes = [];
  const body = {};
  for (const [k, v] of Object.entries(JSON.parse(line))) {
    if (typeof v === 'object' && v !== null) body[k] = v;
    else attributes.push({ key: k, value: anyValue(v) });
  }
  return JSON.stringify({
    resource: { attributes: [{ key: 'service.name', value: { stringValue: 'billing-api' } }] },
    scope: { name: 'auditmask-bench' },
    logRecord: {
      timeUnixNano: String(1_764_300_000_000_000_000n + BigInt(i)),
      severityNumber: 9,
      severityText: 'INFO',
      body: anyValue(body),
      attributes,
    },
  });
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

import { createEngine } from '../src/engine/index.js';
import { maskJsonString } from '../src/record/json-codec.js';
import { promptRecords } from './prompt-records.js';

/**
 * bench/prompts: AI-agent records whose cost is one long prompt (2–8 KB of prose, as agents log
 * them), against JSON.parse + JSON.stringify of the same records, on one thread. Long free text is
 * where detection cost grows with the text, not with the number of fields: a pattern tried at every
 * position, or a keyword pass per character, shows here first (records: bench/prompt-records.ts).
 * Every round reads records nothing has seen before. Prints µs per record for both and a JSON last
 * line with `ratio_vs_roundtrip`.
 */
const COUNT = Number(process.env.BENCH_RECORDS ?? 400);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const engine = createEngine({ key: Buffer.alloc(32, 7), keyId: 'k-bench' });
const candidates: Record<string, (line: string) => string | undefined> = {
  roundtrip: (line) => JSON.stringify(JSON.parse(line)),
  engine: (line) => maskJsonString(engine, line).output,
};
function measure(fn: (line: string) => string | undefined, records: readonly string[]): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  // Reading a character flattens a concatenated output, as writing it would: every candidate pays for its output.
  for (const r of records) {
    const out = fn(r);
    if (out !== undefined) sink += out.length + out.charCodeAt(out.length >> 1);
  }
  if (sink === 0) throw new Error('benchmark produced nothing');
  return Number(process.hrtime.bigint() - start) / records.length;
}
for (const fn of Object.values(candidates)) measure(fn, promptRecords(COUNT, 1));
const ns: Record<string, number[]> = { roundtrip: [], engine: [] };
let bytes = 0;
for (let round = 0; round < ROUNDS; round++) {
  const records = promptRecords(COUNT, 100 + round);
  bytes += records.reduce((n, r) => n + r.length, 0) / records.length / ROUNDS;
  for (const [name, fn] of Object.entries(candidates)) ns[name]?.push(measure(fn, records));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const engineNs = median(ns.engine ?? []);
const roundtripNs = median(ns.roundtrip ?? []);
process.stdout.write(
  `records: ${COUNT} (${Math.round(bytes)} bytes average), rounds: ${ROUNDS}, node ${process.version}\n` +
    `engine     ${(engineNs / 1000).toFixed(1)} µs/record\n` +
    `roundtrip  ${(roundtripNs / 1000).toFixed(1)} µs/record (JSON.parse + JSON.stringify)\n`,
);
process.stdout.write(
  `${JSON.stringify({ bench: 'prompts', engine_us: Number((engineNs / 1000).toFixed(1)), roundtrip_us: Number((roundtripNs / 1000).toFixed(1)), ratio_vs_roundtrip: Number((roundtripNs / engineNs).toFixed(3)) })}\n`,
);

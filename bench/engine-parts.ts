import { builtinDetectors } from '../src/engine/detect/catalog.js';
import { createEngine, policyFromText } from '../src/engine/index.js';
import { maskJsonString } from '../src/record/json-codec.js';
import { generateRecords } from './records.js';

/**
 * bench/engine-parts: where the engine's time goes. The same unseen records through engines whose
 * policy switches layers off one after another, each against JSON.parse + JSON.stringify measured
 * in the same round. Prints each engine's cost in round trips (1.0 = the JSON floor); the JSON
 * last line holds them. `ratio_vs_roundtrip` of bench/engine is 1 / the `full` figure.
 */
const COUNT = Number(process.env.BENCH_RECORDS ?? 3000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ids = builtinDetectors({ phoneRegions: ['US'] }).map((d) => d.id);
const off = `detectors:\n  disabled: [${ids.join(', ')}]\n`;
const noStructure =
  'structure:\n  json_strings: false\n  urls: false\n  headers: false\n  sql: false\n  key_value: false\n  genai: false\n';
const variants: Record<string, string> = {
  walk_only: `${off}${noStructure}keys:\n  enabled: false\n`,
  keys_and_tokens: `${off}${noStructure}`,
  plus_structure: off,
  full: '',
};
const key = Buffer.alloc(32, 7);
const engines = Object.fromEntries(
  Object.entries(variants).map(([name, yaml]) => [name, createEngine({ policy: policyFromText(yaml), key, keyId: 'k-bench' })]),
);

function measure(fn: (line: string) => unknown, records: readonly string[]): number {
  const start = process.hrtime.bigint();
  for (const r of records) fn(r);
  return Number(process.hrtime.bigint() - start) / records.length;
}

const roundtrip = (line: string) => JSON.stringify(JSON.parse(line));
const costs: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
const warm = generateRecords(COUNT, 7);
for (const e of Object.values(engines)) measure((r) => maskJsonString(e, r), warm);
for (let round = 0; round < ROUNDS; round++) {
  const records = generateRecords(COUNT, 1000 + round);
  const base = measure(roundtrip, records);
  for (const [name, e] of Object.entries(engines)) costs[name]?.push(measure((r) => maskJsonString(e, r), records) / base);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const result = Object.fromEntries(Object.entries(costs).map(([k, xs]) => [k, Number(median(xs).toFixed(2))]));
for (const [k, v] of Object.entries(result)) process.stdout.write(`${k.padEnd(16)} ${v.toFixed(2)} round trips\n`);
process.stdout.write(`${JSON.stringify({ bench: 'engine-parts', records: COUNT, rounds: ROUNDS, ...result })}\n`);

#!/usr/bin/env node
// Compares two builds of the engine side by side, in one process, on the same fresh records:
//   git worktree add /tmp/base <commit> && (cd /tmp/base && npm ci && npx tsc)   # or tsc --outDir
//   npx tsc && node scripts/compare-engines.mjs /tmp/base/dist dist
// Prints µs per record for the JSON round trip and both engines, on bench/engine's records and on
// bench/prompts' long prompts (rounds interleaved, medians), and checks that both engines give the
// same output on 20,000 records. Timings on shared machines drift; a difference under 10% is noise.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [a, b] = process.argv.slice(2).map((d) => pathToFileURL(path.resolve(d)).href);
if (!a || !b) {
  process.stderr.write('usage: node scripts/compare-engines.mjs <dist A> <dist B>\n');
  process.exit(2);
}
const load = async (d) => {
  const { createEngine } = await import(`${d}/src/engine/index.js`);
  const { maskJsonString } = await import(`${d}/src/record/json-codec.js`);
  const engine = createEngine({ key: Buffer.alloc(32, 7), keyId: 'k-compare' });
  return (line) => maskJsonString(engine, line).output ?? '';
};
const here = pathToFileURL(path.resolve('dist')).href;
const { generateRecords } = await import(`${here}/bench/records.js`);
const { promptRecords } = await import(`${here}/bench/prompt-records.js`);

const engines = { A: await load(a), B: await load(b) };
let differences = 0;
for (const r of generateRecords(20_000, 999)) if (engines.A(r) !== engines.B(r)) differences++;

const candidates = { roundtrip: (line) => JSON.stringify(JSON.parse(line)), ...engines };
const run = (fn, records) => {
  const start = process.hrtime.bigint();
  for (const r of records) fn(r);
  return Number(process.hrtime.bigint() - start) / 1e3 / records.length;
};
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
for (const [name, make, count] of [
  ['records', (seed) => generateRecords(4000, seed), 4000],
  ['prompts', (seed) => promptRecords(300, seed), 300],
]) {
  for (const fn of Object.values(candidates)) run(fn, make(1));
  const us = { roundtrip: [], A: [], B: [] };
  for (let round = 0; round < 9; round++) {
    const records = make(100 + round);
    for (const [k, fn] of Object.entries(candidates)) us[k].push(run(fn, records));
  }
  const rt = median(us.roundtrip);
  const line = (k) => `${k} ${median(us[k]).toFixed(1)} µs (ratio ${(rt / median(us[k])).toFixed(3)})`;
  process.stdout.write(`${name.padEnd(8)} ${count} per round: roundtrip ${rt.toFixed(1)} µs, ${line('A')}, ${line('B')}\n`);
}
process.stdout.write(`outputs compared on 20000 records: ${differences} differ\n`);
process.exitCode = differences === 0 ? 0 : 1;

#!/usr/bin/env node
// Compares two builds of the engine by CPU time (process.cpuUsage), not wall time: on a machine
// shared by many busy processes, wall time mostly measures the scheduler. Same records for both,
// 31 interleaved rounds, medians and minimums:
//   git archive <commit> | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/ && (cd /tmp/base && npx tsc)
//   npx tsc && node scripts/compare-engines-cpu.mjs /tmp/base/dist dist
// Sets: bench/engine's records, the same records with every free-text string (a value holding a
// space) removed, and bench/prompts' long prompts. CPU time still varies with cache and
// hyperthread contention: repeat, and trust a difference only when it repeats.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [a, b] = process.argv.slice(2).map((d) => pathToFileURL(path.resolve(d)).href);
if (!a || !b) {
  process.stderr.write('usage: node scripts/compare-engines-cpu.mjs <dist A> <dist B>\n');
  process.exit(2);
}
const load = async (d) => {
  const { createEngine } = await import(`${d}/src/engine/index.js`);
  const { maskJsonString } = await import(`${d}/src/record/json-codec.js`);
  const engine = createEngine({ key: Buffer.alloc(32, 7), keyId: 'k-compare' });
  return (line) => maskJsonString(engine, line).output ?? '';
};
const here = pathToFileURL(path.resolve('dist')).href;
const { asReceived, generateRecords } = await import(`${here}/bench/records.js`);
const { promptRecords } = await import(`${here}/bench/prompt-records.js`);
const withoutFreeText = (v) =>
  Array.isArray(v)
    ? v.map(withoutFreeText).filter((x) => x !== undefined)
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .map(([k, x]) => [k, withoutFreeText(x)])
            .filter(([, x]) => x !== undefined),
        )
      : typeof v === 'string' && v.includes(' ')
        ? undefined
        : v;

const engines = { roundtrip: (line) => JSON.stringify(JSON.parse(line)), A: await load(a), B: await load(b) };
const cpu = (fn, records) => {
  const start = process.cpuUsage();
  for (const r of records) fn(r);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / records.length;
};
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
for (const [name, make] of [
  ['records', (seed) => generateRecords(1000, seed)],
  [
    'records without free text',
    (seed) => generateRecords(1000, seed).map((r) => asReceived(JSON.stringify(withoutFreeText(JSON.parse(r))))),
  ],
  ['prompts', (seed) => promptRecords(80, seed)],
]) {
  for (const fn of Object.values(engines)) cpu(fn, make(1));
  const t = { roundtrip: [], A: [], B: [] };
  for (let round = 0; round < 31; round++) {
    const records = make(100 + round);
    for (const k of round % 2 ? ['A', 'B', 'roundtrip'] : ['B', 'A', 'roundtrip']) t[k].push(cpu(engines[k], records));
  }
  const [R, A, B] = [median(t.roundtrip), median(t.A), median(t.B)];
  process.stdout.write(
    `${name}: CPU µs per record, medians: roundtrip ${R.toFixed(1)}, A ${A.toFixed(1)}, B ${B.toFixed(1)}, B/A ${(B / A).toFixed(3)}; ` +
      `minimums B/A ${(Math.min(...t.B) / Math.min(...t.A)).toFixed(3)}\n`,
  );
}

#!/usr/bin/env node
// The cost model of docs/performance.md: CPU µs a record, in one process, for the JSON round trip,
// `JSON.parse` alone, the span-tree scan alone, the engine with every detector, structure handler
// and key rule off (`walk_only`: scan, walk, memo, edits, evidence) and the full engine, on the
// three kinds of bench records (bench/records.ts: `records`, `unique` with every digit re-drawn,
// `clean` without a sensitive value), each a flat string decoded from its UTF-8 bytes as a source
// hands it to the engine. Fresh records every round; medians of 7 rounds.
//   npx tsc && node scripts/cost-model.mjs [dist]
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpuPerRecord, median } from './cpu-timing.mjs';

const dist = pathToFileURL(path.resolve(process.argv[2] ?? 'dist')).href;
const { createEngine, policyFromText } = await import(`${dist}/src/engine/index.js`);
const { builtinDetectors } = await import(`${dist}/src/engine/detect/catalog.js`);
const { maskJsonString } = await import(`${dist}/src/record/json-codec.js`);
const { generateRecords, digitRedrawer } = await import(`${dist}/bench/records.js`);
const { JsonTree } = await import(`${dist}/src/engine/json-text/scan.js`);

const ids = builtinDetectors({ phoneRegions: ['US'] }).map((d) => d.id);
const walkOnly = [
  `detectors:\n  disabled: [${ids.join(', ')}]`,
  'structure:\n  json_strings: false\n  urls: false\n  headers: false\n  sql: false\n  key_value: false\n  genai: false\n  csv: false',
  'keys:\n  enabled: false',
].join('\n');
const key = Buffer.alloc(32, 7);
const walk = createEngine({ policy: policyFromText(walkOnly), key, keyId: 'k-cost' });
const full = createEngine({ key, keyId: 'k-cost' });
const tree = new JsonTree();
const candidates = {
  roundtrip: (line) => JSON.stringify(JSON.parse(line)),
  // cpuPerRecord reads a character of what a candidate returns (so nothing is optimised away).
  parse: (line) => (JSON.parse(line) === null ? '' : line),
  scan: (line) => (tree.scan(line) ? line : ''),
  walk_only: (line) => maskJsonString(walk, line).output,
  full: (line) => maskJsonString(full, line).output,
};
const kinds = {
  records: (seed) => generateRecords(4000, seed),
  unique: (seed) => generateRecords(4000, seed).map(digitRedrawer(seed)),
  clean: (seed) => generateRecords(4000, seed, { clean: true }),
};
// Warm-up: every candidate on every kind, so the steady state is measured.
for (const gen of Object.values(kinds))
  for (let w = 0; w < 5; w++) {
    const records = gen(900 + w);
    for (const fn of Object.values(candidates)) cpuPerRecord(fn, records);
  }
for (const [kind, gen] of Object.entries(kinds)) {
  const us = Object.fromEntries(Object.keys(candidates).map((c) => [c, []]));
  for (let round = 0; round < 7; round++) {
    const records = gen(5000 + 13 * round + kind.length);
    for (const [c, fn] of Object.entries(candidates)) us[c].push(cpuPerRecord(fn, records));
  }
  const m = Object.fromEntries(Object.entries(us).map(([c, xs]) => [c, median(xs)]));
  const cells = Object.entries(m).map(([c, v]) => `${c} ${v.toFixed(2)} µs (${(v / m.roundtrip).toFixed(2)})`);
  process.stdout.write(`${kind.padEnd(8)} ${cells.join('  ')}\n`);
}

#!/usr/bin/env node
// Two builds of the engine on the same fresh records, paired round by round (for small cuts on a
// loaded machine, where medians of separate rounds move by more than the cut):
//   node scripts/compare-paired.mjs <dist A> <dist B> [rounds = 30]
// In each round both builds mask the same new records, one after the other (the order flips every
// round), and the ratio of their CPU µs per record is noted; the median of those ratios is printed
// per row (bench records, unique, clean, prompts, otlp as in compare-engines.mjs). Load that
// drifts between rounds moves both builds of a round alike, so it cancels in the ratio. Outputs
// are not compared here: compare-engines.mjs does that. The generated records are flat strings
// decoded from their UTF-8 bytes, as a source hands them to the engine (bench/records.ts).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpuPerRecord, loadEngine, loadOtlpMasker, median } from './cpu-timing.mjs';

const [a, b, roundsArg] = process.argv.slice(2);
if (!a || !b) {
  process.stderr.write('usage: node scripts/compare-paired.mjs <dist A> <dist B> [rounds]\n');
  process.exit(2);
}
const here = pathToFileURL(path.resolve('dist')).href;
const { digitRedrawer, generateRecords } = await import(`${here}/bench/records.js`);
const { promptRecords } = await import(`${here}/bench/prompt-records.js`);
const { asOtlpLogDoc } = await import(`${here}/bench/otlp-records.js`);
const json = { A: await loadEngine(a), B: await loadEngine(b) };
const otlp = { A: await loadOtlpMasker(a), B: await loadOtlpMasker(b) };
const rounds = Number(roundsArg ?? 30);
const rows = [
  ['records', (seed) => generateRecords(1000, seed), json],
  ['unique', (seed) => generateRecords(1000, seed).map(digitRedrawer(seed)), json],
  ['clean', (seed) => generateRecords(1000, seed, { clean: true }), json],
  ['prompts', (seed) => promptRecords(100, seed), json],
  ['otlp', (seed) => generateRecords(500, seed).map(digitRedrawer(seed)).map(asOtlpLogDoc), otlp],
];
for (const [name, make, masker] of rows) {
  const fa = (x) => masker.A(x).output;
  const fb = (x) => masker.B(x).output;
  for (let w = 0; w < 3; w++) {
    const warm = make(1 + w);
    cpuPerRecord(fa, warm);
    cpuPerRecord(fb, warm);
  }
  const usA = [];
  const usB = [];
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    const records = make(100 + r);
    let ta;
    let tb;
    if (r & 1) {
      tb = cpuPerRecord(fb, records);
      ta = cpuPerRecord(fa, records);
    } else {
      ta = cpuPerRecord(fa, records);
      tb = cpuPerRecord(fb, records);
    }
    usA.push(ta);
    usB.push(tb);
    ratios.push(tb / ta);
  }
  process.stdout.write(
    `${name.padEnd(8)} A ${median(usA).toFixed(1)} µs  B ${median(usB).toFixed(1)} µs  median of B/A per round ${median(ratios).toFixed(3)}\n`,
  );
}

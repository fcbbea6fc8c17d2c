#!/usr/bin/env node
// CPU per record of the address detectors (street_address, postcode) or the name detectors
// (person_name, person_name_intro), prefilter then find, on every string of bench/engine's records,
// for two builds in one process (41 interleaved rounds over the same strings, medians and minimums).
// Isolates the detectors from the walk, whose noise hides a few percent of a record:
//   npx tsc && node scripts/compare-detectors-cpu.mjs /tmp/base/dist dist addresses|names [clean]
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [a, b] = process.argv.slice(2, 4).map((d) => pathToFileURL(path.resolve(d)).href);
const family = process.argv[4] ?? 'addresses';
const clean = process.argv[5] === 'clean';
if (!a || !b || !['addresses', 'names'].includes(family)) {
  process.stderr.write('usage: node scripts/compare-detectors-cpu.mjs <dist A> <dist B> addresses|names [clean]\n');
  process.exit(2);
}
const load = async (d) => {
  const { TextScan } = await import(`${d}/src/engine/detect/types.js`);
  if (family === 'addresses') {
    const m = await import(`${d}/src/engine/detect/values/addresses.js`);
    return { detectors: [m.streetAddress, m.postcode], TextScan };
  }
  const m = await import(`${d}/src/engine/detect/values/person-names.js`);
  return { detectors: [m.personName, m.personNameIntro], TextScan };
};
const { generateRecords } = await import(`${pathToFileURL(path.resolve('dist')).href}/bench/records.js`);
const stringsOf = (v, out) => {
  if (typeof v === 'string') out.push(v);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) stringsOf(x, out);
  return out;
};
const builds = { A: await load(a), B: await load(b) };
const RECORDS = 4000;
const run = ({ detectors, TextScan }, strings) => {
  const out = [];
  let spans = 0;
  const start = process.cpuUsage();
  for (const s of strings) {
    const scan = new TextScan(s);
    for (const d of detectors) if (d.prefilter(scan)) d.find(scan, out, 0);
    if (out.length > 0) {
      spans += out.length;
      out.length = 0;
    }
  }
  const used = process.cpuUsage(start);
  return [(used.user + used.system) / RECORDS, spans];
};
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
const sets = [0, 1, 2, 3].map((k) => generateRecords(RECORDS, 200 + k, { clean }).flatMap((r) => stringsOf(JSON.parse(r), [])));
const t = { A: [], B: [] };
const spans = { A: 0, B: 0 };
for (let round = 0; round < 41; round++) {
  for (const k of round % 2 ? ['A', 'B'] : ['B', 'A']) {
    const [us, n] = run(builds[k], sets[round % 4]);
    if (round > 0) t[k].push(us);
    spans[k] += n;
  }
}
const [A, B] = [median(t.A), median(t.B)];
process.stdout.write(
  `${family}${clean ? ' (clean records)' : ''}: CPU µs per record, medians: A ${A.toFixed(2)}, B ${B.toFixed(2)}, B/A ${(B / A).toFixed(3)}; ` +
    `minimums B/A ${(Math.min(...t.B) / Math.min(...t.A)).toFixed(3)}; spans A ${spans.A}, B ${spans.B}\n`,
);

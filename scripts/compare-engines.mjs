#!/usr/bin/env node
// Compares two builds of the engine side by side, in one process, on the same fresh records:
//   git worktree add /tmp/base <commit> && (cd /tmp/base && npm ci && npx tsc)   # or tsc --outDir
//   npx tsc && node scripts/compare-engines.mjs /tmp/base/dist dist
// Prints CPU µs per record for the JSON round trip and both engines (rounds interleaved, medians,
// process CPU time, so other processes on a shared machine disturb it less), on bench/engine's
// records, on the same records with their digits re-drawn (`unique`: ids, phones, cards, times
// unique, as in a real stream; bench/records.ts draws them from small pools), on the same shapes
// without any sensitive value (`clean`), on bench/prompts' long prompts and on the unique records as
// OTLP log documents masked by maskOtlpLogBytes (`otlp`: OTLP keeps its decoder). Then it masks the same records, the golden inputs and a few records of the shapes engine
// v2 reads differently (64-bit integers, exponents, name/value siblings, sensitive map keys) with
// both engines and prints how many outputs differ, by reason, with the paths involved (never values).
// The generated records are flat strings decoded from their UTF-8 bytes, as a source hands them to
// the engine (bench/records.ts: `asReceived`); timing on `JSON.stringify`'s cons strings misled.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { cpuPerRecord, loadEngine, loadOtlpMasker, median } from './cpu-timing.mjs';

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  process.stderr.write('usage: node scripts/compare-engines.mjs <dist A> <dist B>\n');
  process.exit(2);
}
const here = pathToFileURL(path.resolve('dist')).href;
const { digitRedrawer, generateRecords } = await import(`${here}/bench/records.js`);
const { promptRecords } = await import(`${here}/bench/prompt-records.js`);
const { asOtlpLogDoc } = await import(`${here}/bench/otlp-records.js`);

const engines = { A: await loadEngine(a), B: await loadEngine(b) };
const otlp = { A: await loadOtlpMasker(a), B: await loadOtlpMasker(b) };

// ---- speed
const candidates = {
  roundtrip: (line) => JSON.stringify(JSON.parse(line)),
  A: (line) => engines.A(line).output,
  B: (line) => engines.B(line).output,
};
// OTLP keeps its decoder and the value walk (issue 15): the same records as `otlp_log` documents,
// masked by maskOtlpLogBytes, against a JSON round trip of the document.
const otlpCandidates = {
  roundtrip: candidates.roundtrip,
  A: (doc) => otlp.A(doc).output,
  B: (doc) => otlp.B(doc).output,
};
const summary = {};
for (const [name, make, count, cands = candidates] of [
  ['records', (seed) => generateRecords(4000, seed), 4000],
  ['unique', (seed) => generateRecords(4000, seed).map(digitRedrawer(seed)), 4000],
  ['clean', (seed) => generateRecords(4000, seed, { clean: true }), 4000],
  ['prompts', (seed) => promptRecords(300, seed), 300],
  ['otlp', (seed) => generateRecords(2000, seed).map(digitRedrawer(seed)).map(asOtlpLogDoc), 2000, otlpCandidates],
]) {
  for (const fn of Object.values(cands)) cpuPerRecord(fn, make(1));
  const us = { roundtrip: [], A: [], B: [] };
  for (let round = 0; round < 9; round++) {
    const records = make(100 + round);
    for (const [k, fn] of Object.entries(cands)) us[k].push(cpuPerRecord(fn, records));
  }
  const rt = median(us.roundtrip);
  summary[name] = { roundtrip_us: rt, A_ratio: rt / median(us.A), B_ratio: rt / median(us.B) };
  const line = (k) => `${k} ${median(us[k]).toFixed(1)} µs (ratio ${(rt / median(us[k])).toFixed(3)})`;
  process.stdout.write(`${name.padEnd(8)} ${count} per round: roundtrip ${rt.toFixed(1)} µs, ${line('A')}, ${line('B')}\n`);
}

// ---- outputs
const SHAPES = [
  '{"id":12345678901234567891,"ts":1733332000123456789,"ratio":1.50E+3,"note":"caf\\u00e9"}',
  '{"env":[{"name":"DB_PASSWORD","value":"xK9#mq2Lp0vR"},{"name":"LOG_LEVEL","value":"debug"}]}',
  '{"changes":[{"field":"password","old":"hunter2-old","new":"hunter2-new"}]}',
  '{"attributes":[{"key":"db.password","value":{"stringValue":"xK9#mq2Lp0vR"}}]}',
  '{"quota":{"jane.doe@example.com":12,"bob@example.org":3}}',
  '{ "pretty" : true,\n  "email": "jane.doe@example.com" }',
  '{"_auditmask":{"v":1},"msg":"ok","_auditmask":"forged"}',
];
const golden = [];
const goldenRoot = path.resolve('test/golden');
for (const dir of readdirSync(goldenRoot, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  if (readdirSync(path.join(goldenRoot, dir.name)).includes('policy.yaml')) continue; // default policy only
  for (const f of readdirSync(path.join(goldenRoot, dir.name)).filter((x) => x.endsWith('.input.jsonl'))) {
    golden.push(
      ...readFileSync(path.join(goldenRoot, dir.name, f), 'utf8')
        .trimEnd()
        .split('\n'),
    );
  }
}
// JSON evidence (`"policy":"sha256:…"`) and OTLP evidence attributes (`auditmask.policy`).
const withoutPolicyHash = (line) =>
  line
    ?.replace(/"policy":"sha256:[0-9a-f]+"/, '"policy":""')
    .replace(/("key":"auditmask\.policy","value":\{"stringValue":)"sha256:[0-9a-f]+"/, '$1""');
const label = (f) => `${f.entity}/${f.detector} at ${f.path}`;
/** Why two outputs of the same record differ, in words, without record content. */
function reason(ra, rb) {
  if (ra.output === undefined || rb.output === undefined) return [`rejected by ${ra.output === undefined ? 'A' : 'B'} only`];
  let pa;
  let pb;
  try {
    pa = JSON.parse(ra.output);
    pb = JSON.parse(rb.output);
  } catch {
    return ['an output is not JSON'];
  }
  const fa = new Set(ra.findings.map(label));
  const fb = new Set(rb.findings.map(label));
  const onlyA = [...fa].filter((x) => !fb.has(x));
  const onlyB = [...fb].filter((x) => !fa.has(x));
  if (onlyA.length > 0 || onlyB.length > 0) {
    return [...onlyA.map((x) => `found only by A: ${x}`), ...onlyB.map((x) => `found only by B: ${x}`)];
  }
  if (isDeepStrictEqual(pa, pb)) return ['same values, different text (numbers, escapes or blanks kept as written)'];
  return ['same findings, different values (numbers beyond 2^53 or duplicate keys read differently)'];
}
const reasons = new Map();
let compared = 0;
let differences = 0;
for (const [set, records, masker = engines] of [
  ['records', generateRecords(20_000, 999)],
  ['unique', generateRecords(20_000, 997).map(digitRedrawer(997))],
  ['clean', generateRecords(5_000, 998, { clean: true })],
  ['golden', golden],
  ['v2 shapes', SHAPES],
  ['otlp_log', generateRecords(5_000, 996).map(digitRedrawer(996)).map(asOtlpLogDoc), otlp],
]) {
  let differ = 0;
  for (const r of records) {
    compared++;
    const ra = masker.A(r);
    const rb = masker.B(r);
    // The policy hash names the catalog and engine version (src/engine/version.ts), so it differs
    // whenever either changed; what is compared is everything else.
    if (withoutPolicyHash(ra.output) === withoutPolicyHash(rb.output)) continue;
    differ++;
    for (const why of reason(ra, rb)) reasons.set(`${set}: ${why}`, (reasons.get(`${set}: ${why}`) ?? 0) + 1);
  }
  differences += differ;
  process.stdout.write(`outputs compared on ${records.length} ${set} records: ${differ} differ\n`);
}
for (const [why, n] of [...reasons].sort((x, y) => y[1] - x[1])) process.stdout.write(`  ${String(n).padStart(6)}  ${why}\n`);
process.stdout.write(`${JSON.stringify({ compared, differences, speed: summary })}\n`);

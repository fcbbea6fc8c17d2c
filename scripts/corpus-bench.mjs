#!/usr/bin/env node
// The engine on realistic record shapes, side by side with the JSON round trip (and a second build):
//   npx tsc && node scripts/corpus-bench.mjs dist [<dist B>]
// The records are the inputs of the red-team and public corpora (test/unit/engine/fixtures/: AWS
// CloudTrail, Kubernetes audit, access and mail logs, PowerShell, connection strings, command
// lines, chats, payments… in documented formats, dense with secrets), compiled from TypeScript into
// a temp dir first. Every round re-draws their digits (digitRedrawer of bench/records.ts, from
// ./dist), so no memo or cache answers a repeat; checksums then mostly fail, which keeps the
// validators' work. CPU time
// of this process, rounds interleaved, medians; prints µs a record and the ratio to the round trip.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpuPerRecord, loadEngine, median } from './cpu-timing.mjs';

const dists = process.argv.slice(2);
if (dists.length === 0) {
  process.stderr.write('usage: node scripts/corpus-bench.mjs <dist A> [<dist B>]\n');
  process.exit(2);
}
const CORPORA = ['redteam-corpus', 'redteam2-corpus', 'redteam3-corpus', 'redteam4-corpus', 'public-corpus'];
const out = mkdtempSync(path.join(tmpdir(), 'auditmask-corpus-bench-'));
try {
  const tsc = path.resolve('node_modules/typescript/bin/tsc');
  const files = CORPORA.map((c) => `test/unit/engine/fixtures/${c}.ts`);
  const flags = ['--ignoreConfig', '--outDir', out, '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022'];
  execFileSync(process.execPath, [tsc, ...flags, '--skipLibCheck', '--rootDir', '.', ...files], { stdio: 'ignore' });
  writeFileSync(path.join(out, 'package.json'), '{"type":"module"}');
  const inputs = [];
  for (const c of CORPORA) {
    const m = await import(pathToFileURL(path.join(out, 'test/unit/engine/fixtures', `${c}.js`)).href);
    for (const v of Object.values(m))
      if (Array.isArray(v)) for (const k of v) if (k && typeof k === 'object' && 'input' in k) inputs.push(k.input);
  }
  const texts = inputs
    .map((i) => (typeof i === 'string' ? { message: i } : i))
    .filter((o) => o !== null && typeof o === 'object')
    .map((o) => JSON.stringify(o));

  const candidates = { roundtrip: (line) => JSON.stringify(JSON.parse(line)) };
  for (const [i, d] of dists.entries()) {
    const mask = await loadEngine(d);
    candidates[String.fromCharCode(65 + i)] = (line) => mask(line).output;
  }

  const { digitRedrawer } = await import(pathToFileURL(path.resolve('dist/bench/records.js')).href);
  const redraw = digitRedrawer(7);
  const round = () => {
    const records = [];
    for (let copy = 0; copy < 8; copy++) for (const t of texts) records.push(redraw(t));
    return records;
  };
  for (const fn of Object.values(candidates)) cpuPerRecord(fn, round());
  const us = Object.fromEntries(Object.keys(candidates).map((k) => [k, []]));
  for (let r = 0; r < 9; r++) {
    const records = round();
    for (const [k, fn] of Object.entries(candidates)) us[k].push(cpuPerRecord(fn, records));
  }
  const rt = median(us.roundtrip);
  const bytes = texts.reduce((n, t) => n + t.length, 0) / texts.length;
  const parts = Object.keys(candidates)
    .filter((k) => k !== 'roundtrip')
    .map((k) => `${k} ${median(us[k]).toFixed(1)} µs (ratio ${(rt / median(us[k])).toFixed(3)})`);
  process.stdout.write(
    `${texts.length} corpus records (${bytes.toFixed(0)} bytes on average), 8 copies a round: roundtrip ${rt.toFixed(1)} µs, ${parts.join(', ')}\n`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}

#!/usr/bin/env node
// Finds overlap resolutions that leave part of a losing span in clear: a candidate span that lost
// to another (selectSpans in src/engine/engine.ts) whose text outside every chosen span still
// holds 4 digits or more, or 6 letters or more (`ring +44 7700 900123` once masked 900123 only).
// It reads every string of the red-team and public corpora and of bench records through the
// engine, on a throwaway build that includes the tests (this script rewrites its engine.js):
//   npx tsc -p tsconfig.test.json --noEmit false --outDir /tmp/am-test
//   node scripts/overlap-leftovers.mjs /tmp/am-test
// Prints one line per (winner, loser) detector pair with a count and one example (corpus values
// are public test data), then the totals.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node scripts/overlap-leftovers.mjs <tsc outDir with test/>\n');
  process.exit(2);
}
const enginePath = path.join(dir, 'src/engine/engine.js');
let source = readFileSync(enginePath, 'utf8');
if (!source.includes('__overlapProbe')) {
  source = source.replace(
    'function selectSpans(spans, text, allowValues, allowPatterns) {',
    'function selectSpans(spans, text, allowValues, allowPatterns) {\n  const chosen = selectSpansInner(spans, text, allowValues, allowPatterns);\n  globalThis.__overlapProbe?.(spans, chosen, text);\n  return chosen;\n}\nfunction selectSpansInner(spans, text, allowValues, allowPatterns) {',
  );
  writeFileSync(enginePath, source);
}
const base = pathToFileURL(path.resolve(dir)).href;
const { testEngine } = await import(`${base}/test/helpers/engine.js`);
const { generateRecords, digitRedrawer } = await import(`${base}/bench/records.js`);

const pairs = new Map();
let probes = 0;
globalThis.__overlapProbe = (candidates, chosen, text) => {
  probes++;
  const kept = new Set(chosen.map((c) => `${c.start}:${c.end}:${c.detector}`));
  for (const loser of candidates) {
    if (kept.has(`${loser.start}:${loser.end}:${loser.detector}`)) continue;
    const winners = chosen.filter((c) => c.start < loser.end && loser.start < c.end);
    if (winners.length === 0) continue; // dropped by an allowlist or a validator, not by an overlap
    // The loser's characters that no chosen span covers.
    let rest = '';
    for (let i = loser.start; i < loser.end; i++) if (!chosen.some((c) => c.start <= i && i < c.end)) rest += text[i];
    const digits = (rest.match(/\d/g) ?? []).length;
    const letters = (rest.match(/\p{L}/gu) ?? []).length;
    if (digits < 4 && letters < 6) continue;
    const key = `${winners.map((w) => w.detector).join('+')} over ${loser.detector}`;
    const entry = pairs.get(key) ?? { count: 0, example: '' };
    entry.count++;
    if (entry.example === '')
      entry.example = `${JSON.stringify(text.slice(Math.max(0, loser.start - 10), loser.end + 10))} rest ${JSON.stringify(rest.trim())}`;
    pairs.set(key, entry);
  }
};

const engine = testEngine();
const fixtures = path.join(dir, 'test/unit/engine/fixtures');
let cases = 0;
for (const file of readdirSync(fixtures).filter((f) => f.endsWith('-corpus.js'))) {
  const mod = await import(pathToFileURL(path.join(fixtures, file)).href);
  for (const list of Object.values(mod)) {
    if (!Array.isArray(list) || list[0]?.source === undefined) continue;
    for (const c of list) {
      cases++;
      if (typeof c.input === 'string') engine.maskText(c.input);
      else engine.maskValue(structuredClone(c.input));
    }
  }
}
const records = [...generateRecords(4000, 1), ...generateRecords(4000, 2).map(digitRedrawer(2))];
for (const line of records) engine.maskJsonText(line);

for (const [key, { count, example }] of [...pairs].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`${String(count).padStart(5)}  ${key}  e.g. ${example}`);
}
console.log(
  `${cases} corpus cases and ${records.length} bench records, ${probes} strings with spans; ${pairs.size} pairs leave a losing span's rest in clear`,
);

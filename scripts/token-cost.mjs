#!/usr/bin/env node
// CPU cost of a new token: `Tokenizer.body` over 200k distinct values (four entity types, cache
// included, so every call hashes and inserts), for one or more builds side by side, rounds
// interleaved, median of 7 rounds of process CPU time:
//   npx tsc && node scripts/token-cost.mjs /tmp/base/dist dist
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dists = process.argv.slice(2);
if (dists.length === 0) {
  process.stderr.write('usage: node scripts/token-cost.mjs <dist> [<dist>…]\n');
  process.exit(2);
}
const tokenizers = await Promise.all(
  dists.map(async (d) => (await import(pathToFileURL(path.resolve(d, 'src/engine/mask/token.js')).href)).Tokenizer),
);
const VALUES = 200_000;
const ROUNDS = 7;
const entities = ['EMAIL', 'IP_ADDRESS', 'USER_ID', 'AWS_ARN'];
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const us = dists.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  for (let t = 0; t < tokenizers.length; t++) {
    const tokenizer = new tokenizers[t](Buffer.alloc(32, 7), 'k-bench');
    const values = Array.from({ length: VALUES }, (_, i) => `u${round}-${t}-${i}.${(i * 7919) % 100003}@example.com`);
    const start = cpu();
    for (let i = 0; i < VALUES; i++) tokenizer.body(entities[i & 3], values[i]);
    us[t].push((cpu() - start) / VALUES);
  }
}
dists.forEach((d, t) => {
  const xs = us[t].sort((x, y) => x - y);
  const f = (x) => x.toFixed(2);
  process.stdout.write(`${d}: ${f(xs[xs.length >> 1])} µs per new token (rounds ${f(xs[0])}–${f(xs[xs.length - 1])})\n`);
});

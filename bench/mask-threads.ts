import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRecords } from './records.js';

/**
 * bench/mask-threads: `auditmask mask --threads T FILE > /dev/null` as a user runs it (a fresh
 * process: start-up, worker boot and policy compile included), T = 1..N (cores), on the same file,
 * rounds interleaved: records/s of each and its ratio to one thread (in-thread masking, no
 * workers). Shows what `mask --threads` buys on this machine. Prints a JSON last line.
 * Env: BENCH_RECORDS (200000), BENCH_ROUNDS (2), BENCH_MAX_THREADS (cores).
 */
const COUNT = Number(process.env.BENCH_RECORDS ?? 200000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const MAX_THREADS = Number(process.env.BENCH_MAX_THREADS ?? availableParallelism());

const dir = mkdtempSync(join(tmpdir(), 'auditmask-bench-threads-'));
const file = join(dir, 'records.jsonl');
writeFileSync(file, `${generateRecords(COUNT).join('\n')}\n`);
// dist/bench/mask-threads.js → the package root.
const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'auditmask.js');
const env = { ...process.env, AUDITMASK_HMAC_KEY: `hex:${'07'.repeat(32)}`, AUDITMASK_HMAC_KEY_FILE: '' };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function maskFile(threads: number): Promise<number> {
  const start = process.hrtime.bigint();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'mask', '-q', '--threads', String(threads), file], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (code !== 0) throw new Error(`mask --threads ${threads} exited ${code}`);
  return COUNT / seconds;
}

const rates: Record<number, number[]> = {};
for (let t = 1; t <= MAX_THREADS; t++) {
  rates[t] = [];
}
// Interleaved rounds: noise on the shared machine hits every thread count alike.
for (let round = 0; round < ROUNDS; round++) for (let t = 1; t <= MAX_THREADS; t++) rates[t]?.push(await maskFile(t));
rmSync(dir, { recursive: true, force: true });

const base = median(rates[1] ?? []);
const result: Record<string, unknown> = {
  bench: 'mask-threads',
  records: COUNT,
  cores: availableParallelism(),
  threads_1_rps: Math.round(base),
};
let report = `mask --threads: ${COUNT} records, rounds ${ROUNDS}, node ${process.version}, ${availableParallelism()} cores (fresh process each: start-up included)\n`;
for (let t = 1; t <= MAX_THREADS; t++) {
  const rps = median(rates[t] ?? []);
  result[`threads_${t}_rps`] = Math.round(rps);
  result[`ratio_${t}`] = Number((rps / base).toFixed(3));
  report += `--threads ${t}  ${Math.round(rps).toLocaleString('en')} records/s (${(rps / base).toFixed(2)}x one thread)\n`;
}
process.stdout.write(report);
process.stdout.write(`${JSON.stringify(result)}\n`);

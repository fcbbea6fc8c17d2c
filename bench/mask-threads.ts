import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { maskCommand } from '../src/cli/mask-command.js';
import { generateRecords } from './records.js';

/**
 * bench/mask-threads: `auditmask mask FILE` with --threads 1..N (cores) on the same file, output
 * discarded, in the same run: records/s of each and its ratio to one thread (in-thread masking,
 * no workers). Shows what `mask --threads` buys on this machine. Prints a JSON last line.
 * Env: BENCH_RECORDS (20000), BENCH_ROUNDS (2), BENCH_MAX_THREADS (cores).
 */
const COUNT = Number(process.env.BENCH_RECORDS ?? 20000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const MAX_THREADS = Number(process.env.BENCH_MAX_THREADS ?? availableParallelism());

const dir = mkdtempSync(join(tmpdir(), 'auditmask-bench-threads-'));
const file = join(dir, 'records.jsonl');
writeFileSync(file, `${generateRecords(COUNT).join('\n')}\n`);
process.env.AUDITMASK_HMAC_KEY = `hex:${'07'.repeat(32)}`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function maskFile(threads: number): Promise<number> {
  const sink = new Writable({ write: (_chunk, _enc, done) => done() });
  const start = process.hrtime.bigint();
  const stats = await maskCommand(
    [file],
    { maxLineBytes: 64 << 20, quiet: true, threads },
    { stdin: new PassThrough(), stdout: sink, stderr: sink },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (stats.records !== COUNT) throw new Error('mask lost records');
  return COUNT / seconds;
}

const rates: Record<number, number[]> = {};
for (let t = 1; t <= MAX_THREADS; t++) {
  rates[t] = [];
  await maskFile(t); // warm-up: JIT, policy compile, workers' first start
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
let report = `mask --threads: ${COUNT} records, rounds ${ROUNDS}, node ${process.version}, ${availableParallelism()} cores (time includes starting the workers)\n`;
for (let t = 1; t <= MAX_THREADS; t++) {
  const rps = median(rates[t] ?? []);
  result[`threads_${t}_rps`] = Math.round(rps);
  result[`ratio_${t}`] = Number((rps / base).toFixed(3));
  report += `--threads ${t}  ${Math.round(rps).toLocaleString('en')} records/s (${(rps / base).toFixed(2)}x one thread)\n`;
}
process.stdout.write(report);
process.stdout.write(`${JSON.stringify(result)}\n`);

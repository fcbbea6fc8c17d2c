import { availableParallelism } from 'node:os';
import { Secret } from '../src/core/secret.js';
import { createEngine } from '../src/engine/index.js';
import { MaskPool } from '../src/pool/mask-pool.js';
import { formatCodec } from '../src/record/formats.js';
import type { AuditRecord } from '../src/core/record.js';
import { generateRecords } from './records.js';

/**
 * bench/pool: the worker pool with 1..N workers against the in-thread engine (same codec, same
 * records, same key), in the same run. The pool pays for packing, transfer and the task round
 * trip; the ratio pool/in-thread shows what the cores buy. Prints a JSON last line.
 * Env: BENCH_RECORDS (4000), BENCH_ROUNDS (3), BENCH_WARMUP (3), BENCH_MAX_THREADS (cores), BENCH_BATCH (256).
 */
const COUNT = Number(process.env.BENCH_RECORDS ?? 4000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MAX_THREADS = Number(process.env.BENCH_MAX_THREADS ?? availableParallelism());
const BATCH = Number(process.env.BENCH_BATCH ?? 256);

const lines = generateRecords(COUNT);
const records: AuditRecord[] = lines.map((l, i) => ({ value: Buffer.from(l), origin: { kind: 'file', path: 'bench', line: i + 1 } }));
const bytes = records.reduce((n, r) => n + r.value.length, 0);
const key = { key: new Secret(Buffer.alloc(32, 7)), id: 'k-bench', source: 'bench' };
const engine = createEngine({ key: key.key.reveal(), keyId: key.id });
const codec = formatCodec('json');
if (!codec) throw new Error('no json codec');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function inThread(): number {
  let out = 0;
  const start = process.hrtime.bigint();
  for (const r of records) out += codec?.(engine, r.value).value?.length ?? 0;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (out === 0) throw new Error('benchmark produced nothing');
  return records.length / seconds;
}

async function viaPool(pool: MaskPool): Promise<number> {
  const start = process.hrtime.bigint();
  const out = await pool.mask('json', records);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (out.length !== records.length) throw new Error('pool lost records');
  return records.length / seconds;
}

// The engine's JIT and caches take a few passes to settle: warm every candidate alike.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
for (let i = 0; i < WARMUP; i++) inThread();
const inThreadRates: number[] = [];
const poolRates: Record<number, number[]> = {};
const pools: Record<number, MaskPool> = {};
for (let t = 1; t <= MAX_THREADS; t++) {
  const pool = new MaskPool({ threads: t, maxQueue: 'auto', taskTimeoutMs: 60_000, batchMaxRecords: BATCH, maxAttempts: 2, key });
  await pool.warmUp();
  for (let i = 0; i < WARMUP; i++) await viaPool(pool);
  pools[t] = pool;
  poolRates[t] = [];
}
// Interleave rounds so that noise on the shared machine hits every candidate alike.
for (let round = 0; round < ROUNDS; round++) {
  inThreadRates.push(inThread());
  for (let t = 1; t <= MAX_THREADS; t++) poolRates[t]?.push(await viaPool(pools[t] as MaskPool));
}
await Promise.all(Object.values(pools).map((p) => p.close()));

const base = median(inThreadRates);
const result: Record<string, unknown> = { records: COUNT, batch: BATCH, cores: availableParallelism(), inthread_rps: Math.round(base) };
let report = `records: ${COUNT} (${Math.round(bytes / COUNT)} bytes average), batch ${BATCH}, rounds ${ROUNDS}, node ${process.version}, ${availableParallelism()} cores\n`;
report += `in-thread   ${Math.round(base).toLocaleString('en')} records/s\n`;
for (let t = 1; t <= MAX_THREADS; t++) {
  const rps = median(poolRates[t] ?? []);
  result[`pool_${t}_rps`] = Math.round(rps);
  result[`ratio_${t}`] = Number((rps / base).toFixed(3));
  report += `pool x${t}     ${Math.round(rps).toLocaleString('en')} records/s (${(rps / base).toFixed(2)}x in-thread)\n`;
}
process.stdout.write(report);
process.stdout.write(`${JSON.stringify(result)}\n`);

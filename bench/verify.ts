import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLines } from '../src/core/lines.js';
import { ChainedLines } from '../src/evidence/chained-lines.js';
import { verifyFiles } from '../src/evidence/verify-files.js';
import { generateRecords } from './records.js';

/**
 * bench/verify: `auditmask verify` of one chained file of BENCH_RECORDS (1,000,000) ~450-byte
 * records, on one core, against a baseline measured in the same run: reading the same file line by
 * line and `JSON.parse` of each line (what any reader of the trail pays). Prints records/s of both,
 * the ratio and the verify time; the goal is a million records in under a minute.
 */
const COUNT = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const log = (msg: string) => process.stderr.write(`[bench verify] ${msg}\n`);

const dir = mkdtempSync(join(tmpdir(), 'auditmask-bench-verify-'));
const file = join(dir, 'trail.jsonl');
const key = Buffer.alloc(32, 3);
try {
  const sample = generateRecords(Math.min(COUNT, 5000)).map((r) => Buffer.from(r));
  const chain = new ChainedLines({
    key,
    keyId: 'c-bench',
    policy: 'sha256:bench',
    writer: 'bench',
    checkpointEvery: 10_000,
    checkpointIntervalMs: 1e12,
  });
  const out = createWriteStream(file);
  const write = (b: Buffer) => (out.write(b) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write(chain.begin());
  for (let i = 0; i < COUNT; i += 1000) {
    const batch: Buffer[] = [];
    for (let j = i; j < Math.min(COUNT, i + 1000); j++) batch.push(sample[j % sample.length] as Buffer);
    await write(chain.records(batch));
  }
  await write(chain.end(false));
  await new Promise<void>((r) => out.end(() => r()));
  log(`wrote ${COUNT} chained records`);

  let best = { verify: Number.POSITIVE_INFINITY, baseline: Number.POSITIVE_INFINITY };
  for (let round = 0; round < ROUNDS; round++) {
    let t = performance.now();
    let parsed = 0;
    for await (const line of readLines(createReadStream(file, { highWaterMark: 1 << 20 }), 1 << 26)) {
      if ('bytes' in line && line.bytes.length > 0) {
        JSON.parse(line.bytes.toString('utf8'));
        parsed++;
      }
    }
    const baseline = performance.now() - t;
    t = performance.now();
    const result = await verifyFiles([file], { key, keyId: 'c-bench' });
    const verify = performance.now() - t;
    if (result.problems.length > 0 || result.streams[0]?.records !== COUNT) throw new Error('the benchmark trail did not verify');
    log(`round ${round + 1}: read+JSON.parse ${parsed} lines ${baseline.toFixed(0)} ms, verify ${verify.toFixed(0)} ms`);
    best = { verify: Math.min(best.verify, verify), baseline: Math.min(best.baseline, baseline) };
  }
  process.stdout.write(
    `${JSON.stringify({
      bench: 'verify',
      records: COUNT,
      verify_ms: Math.round(best.verify),
      verify_rps: Math.round(COUNT / (best.verify / 1000)),
      read_parse_rps: Math.round(COUNT / (best.baseline / 1000)),
      ratio_vs_read_parse: Number((best.baseline / best.verify).toFixed(3)),
    })}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

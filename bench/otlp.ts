import { Agent, request } from 'node:http';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { Secret } from '../src/core/secret.js';
import type { Evidence } from '../src/engine/index.js';
import { silentLogger } from '../src/log/logger.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import type { DeadLetterSink, Sink } from '../src/core/component.js';
import { type Masker, MaskPool, type RecordOutcome } from '../src/pool/mask-pool.js';
import type { AuditRecord } from '../src/core/record.js';
import { createOtlpSource, otlpSourceOptions } from '../src/sources/otlp/index.js';
import { encodeRequestProtobuf, type LogRecordJson } from '../src/otlp/wire.js';
import { otlpLogRecord } from './otlp-records.js';
import { generateRecords } from './records.js';

/**
 * bench/otlp: OTLP/HTTP protobuf ingest through the whole pipeline (receiver → decode → pipeline →
 * worker pool → a sink that acknowledges at once → 200 to the client), with masking versus with
 * masking switched off (a pass-through masker that returns every record as it came, no workers),
 * in the same run on the same pre-encoded requests. Both pay for HTTP, protobuf decoding, record
 * building and the pipeline; the ratio is what masking (and the worker hop) costs on top.
 * Env: BENCH_RECORDS (8000), BENCH_BATCH (200 log records per request), BENCH_CONCURRENCY (8
 * requests in flight), BENCH_ROUNDS (3), BENCH_THREADS (cores). Prints a JSON last line.
 */
const COUNT = Number(process.env.BENCH_RECORDS ?? 8000);
const BATCH = Number(process.env.BENCH_BATCH ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const THREADS = Number(process.env.BENCH_THREADS ?? availableParallelism());

// The shared generator's audit records as OTLP logs: top-level scalars as attributes, the rest
// (prompts, SQL, headers, rows) as a structured body, as a logging bridge would send them.
const lines = generateRecords(COUNT);
const services = ['billing-api', 'agent-gateway', 'search'];
const requests: Buffer[] = [];
let logBytes = 0;
for (let i = 0; i < lines.length; i += BATCH) {
  const chunk = lines.slice(i, i + BATCH);
  const logRecords: LogRecordJson[] = chunk.map((line, j) => ({
    ...otlpLogRecord(line, i + j),
    traceId: (i + j).toString(16).padStart(32, '0'),
    spanId: (i + j + 1).toString(16).padStart(16, '0'),
  }));
  const service = services[(i / BATCH) % services.length] as string;
  const encoded = Buffer.from(
    encodeRequestProtobuf({
      resourceLogs: [
        {
          resource: {
            attributes: [
              { key: 'service.name', value: { stringValue: service } },
              { key: 'host.name', value: { stringValue: `ip-10-0-1-${i % 200}` } },
            ],
          },
          scopeLogs: [{ scope: { name: 'audit', version: '1.0.0' }, logRecords }],
        },
      ],
    }),
  );
  logBytes += encoded.length;
  requests.push(encoded);
}

const key = { key: new Secret(Buffer.alloc(32, 7)), id: 'k-bench', source: 'bench' };
const NO_EVIDENCE: Evidence = { v: 1, policy: '', key: '', findings: [] };
const passThrough: Masker = {
  needsDrain: false,
  async mask(_format: string, records: readonly AuditRecord[]): Promise<RecordOutcome[]> {
    return records.map((r) => ({ value: r.value, evidence: NO_EVIDENCE }));
  },
  async close() {},
};

let delivered = 0;
const nullSink: Sink = {
  id: 'null',
  async start() {},
  async stop() {},
  async write(records) {
    delivered += records.length;
  },
};
const noDeadLetter: DeadLetterSink = {
  id: 'dead_letter',
  async start() {},
  async stop() {},
  async write(records) {
    throw new Error(`${records.length} records dead-lettered in the benchmark`);
  },
};

async function startPipeline(masker: Masker) {
  const config = z
    .strictObject(otlpSourceOptions)
    .parse({ http_endpoint: '127.0.0.1:0', grpc_endpoint: false, max_concurrent_requests: CONCURRENCY * 2 });
  const source = createOtlpSource({ ...config, id: 'otlp', type: 'otlp' }, { logger: silentLogger });
  const pipeline = new Pipeline({
    sources: [source],
    sinks: [nullSink],
    deadLetter: noDeadLetter,
    masker,
    maxInFlightBatches: 64,
    maxInFlightBytes: 256 * 1024 * 1024,
  });
  await pipeline.start();
  return { pipeline, address: source.addresses().http as string };
}

let throttled = 0;

/** Sends every request (CONCURRENCY at a time, retrying 429/503) and returns records/s. */
async function ingest(address: string): Promise<number> {
  const [host, port] = [address.slice(0, address.lastIndexOf(':')), Number(address.slice(address.lastIndexOf(':') + 1))];
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const post = (body: Buffer) =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host,
          port,
          path: '/v1/logs',
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/x-protobuf', 'content-length': body.length },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const before = delivered;
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < requests.length; i = next++) {
        for (;;) {
          const status = await post(requests[i] as Buffer);
          if (status === 200) break;
          if (status !== 429 && status !== 503) throw new Error(`unexpected HTTP ${status}`);
          throttled++;
          await new Promise((r) => setTimeout(r, 5));
        }
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  if (delivered - before !== COUNT) throw new Error(`delivered ${delivered - before} of ${COUNT} records`);
  return COUNT / seconds;
}

const pool = new MaskPool({
  threads: THREADS,
  maxQueue: 'auto',
  taskTimeoutMs: 60_000,
  batchMaxRecords: 512,
  maxAttempts: 2,
  key,
  logger: silentLogger,
});
await pool.warmUp();
const masked = await startPipeline(pool);
const plain = await startPipeline(passThrough);
await ingest(masked.address); // warm-up: JIT in the workers and here
await ingest(plain.address);

const rates = { masked: [] as number[], passthrough: [] as number[] };
for (let round = 0; round < ROUNDS; round++) {
  rates.masked.push(await ingest(masked.address));
  rates.passthrough.push(await ingest(plain.address));
}
await masked.pipeline.stop(10_000);
await plain.pipeline.stop(10_000);
await pool.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const maskedRps = median(rates.masked);
const plainRps = median(rates.passthrough);
process.stdout.write(
  `OTLP/HTTP protobuf: ${COUNT} log records in ${requests.length} requests of ${BATCH} (${Math.round(logBytes / COUNT)} protobuf bytes per record), ` +
    `${CONCURRENCY} in flight, ${THREADS} worker threads, rounds ${ROUNDS}, node ${process.version}, ${availableParallelism()} cores\n` +
    `masked        ${Math.round(maskedRps).toLocaleString('en')} records/s\n` +
    `pass-through  ${Math.round(plainRps).toLocaleString('en')} records/s (same pipeline, masking off)\n` +
    `throttled answers (429/503, retried): ${throttled}\n`,
);
process.stdout.write(
  `${JSON.stringify({
    records: COUNT,
    batch: BATCH,
    concurrency: CONCURRENCY,
    threads: THREADS,
    masked_rps: Math.round(maskedRps),
    passthrough_rps: Math.round(plainRps),
    ratio_masked_vs_passthrough: Number((maskedRps / plainRps).toFixed(3)),
    throttled,
  })}\n`,
);

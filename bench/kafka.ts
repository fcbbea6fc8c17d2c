import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompressionTypes, Kafka, logLevel, Partitioners } from 'kafkajs';
import { z } from 'zod';
import { Secret } from '../src/core/secret.js';
import { createLogger, silentLogger } from '../src/log/logger.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import type { DeadLetterSink, Source } from '../src/core/component.js';
import { type Masker, MaskPool, type RecordOutcome } from '../src/pool/mask-pool.js';
import type { AuditRecord } from '../src/core/record.js';
import type { Evidence } from '../src/engine/index.js';
import { createKafkaSink, kafkaSinkOptions } from '../src/sinks/kafka/index.js';
import { createKafkaSource, kafkaSourceOptions } from '../src/sources/kafka/index.js';
import { generateRecords } from './records.js';

/**
 * bench/kafka: Kafka → auditmask → Kafka end to end (consumer group, worker pool, idempotent gzip
 * producer, offsets committed after the ack) against a kafkajs pass-through that consumes the same
 * records and produces them unchanged with the same producer settings and the same commit rule,
 * in the same run, on the same broker and the same partitions. A third figure runs auditmask with
 * masking switched off (a masker that returns every record as it came): what the Kafka components
 * and the pipeline cost on their own; a fourth runs auditmask with `delivery: exactly_once`. Each run gets a fresh group and a
 * fresh output topic; its rate is records / (last record acknowledged − first batch received), so
 * joining the group is not counted.
 * Broker: $AUDITMASK_KAFKA_BROKERS, else a single-node broker started here (scripts/kafka-lib.mjs).
 * Env: BENCH_RECORDS (4000), BENCH_PARTITIONS (4), BENCH_ROUNDS (2), BENCH_THREADS (cores).
 * Prints a JSON last line.
 */
const COUNT = Number(process.env.BENCH_RECORDS ?? 4000);
const PARTITIONS = Number(process.env.BENCH_PARTITIONS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const THREADS = Number(process.env.BENCH_THREADS ?? availableParallelism());

interface KafkaLib {
  startCluster(o: { dir: string; nodes: 1; detached: boolean; log?: (m: string) => void }): Promise<{ brokers: string[] }>;
  stopCluster(state: unknown): Promise<void>;
}

let stopBroker: () => Promise<void> = async () => {};
let brokers = process.env.AUDITMASK_KAFKA_BROKERS?.split(',').map((s) => s.trim());
if (!brokers) {
  // dist/bench/kafka.js → <repo>/scripts/kafka-lib.mjs (plain JS, not compiled).
  const lib = (await import(new URL('../../scripts/kafka-lib.mjs', import.meta.url).href)) as KafkaLib;
  const dir = mkdtempSync(join(tmpdir(), 'auditmask-bench-kafka-'));
  const state = await lib.startCluster({ dir, nodes: 1, detached: false, log: (m) => process.stderr.write(`[kafka] ${m}\n`) });
  brokers = state.brokers;
  stopBroker = async () => {
    await lib.stopCluster(state);
    rmSync(dir, { recursive: true, force: true });
  };
}
const kafka = new Kafka({ clientId: 'auditmask-bench', brokers, logLevel: logLevel.NOTHING });
const run = `${Date.now().toString(36)}`;
const raw = `bench.raw.${run}`;
const admin = kafka.admin();

try {
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic: raw, numPartitions: PARTITIONS, replicationFactor: 1 }] });
  const lines = generateRecords(COUNT);
  let bytes = 0;
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  for (let i = 0; i < lines.length; i += 500) {
    const messages = lines.slice(i, i + 500).map((value, j) => {
      bytes += value.length;
      return { key: `user-${(i + j) % 97}`, value };
    });
    await producer.send({ topic: raw, acks: -1, messages });
  }
  await producer.disconnect();

  let outputs = 0;
  const newOutput = async () => {
    const topic = `bench.out.${run}.${outputs++}`;
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: PARTITIONS, replicationFactor: 1 }] });
    return topic;
  };
  const fetch = { max_wait_ms: 100, partitions_consumed_concurrently: PARTITIONS };

  const key = { key: new Secret(Buffer.alloc(32, 7)), id: 'k-bench', source: 'bench' };
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
  // The pipeline closes its masker when it stops: every run shares the warm pool through this.
  const shared: Masker = {
    mask: (format, records) => pool.mask(format, records),
    get needsDrain() {
      return pool.needsDrain;
    },
    close: async () => {},
  };
  const noDeadLetter: DeadLetterSink = {
    id: 'dead_letter',
    async start() {},
    async stop() {},
    async write(records) {
      throw new Error(`${records.length} records dead-lettered in the benchmark`);
    },
  };

  // auditmask with masking switched off: the same components, records returned as they came.
  const NO_EVIDENCE: Evidence = { v: 1, policy: '', key: '', findings: [] };
  const unmasked: Masker = {
    needsDrain: false,
    async mask(_format: string, records: readonly AuditRecord[]): Promise<RecordOutcome[]> {
      return records.map((r) => ({ value: r.value, evidence: NO_EVIDENCE }));
    },
    async close() {},
  };

  /** auditmask: the Kafka source, the pipeline with the pool, the Kafka sink. Records/s. */
  async function masked(masker: Masker = shared, delivery = 'at_least_once'): Promise<number> {
    const topic = await newOutput();
    const deps = { logger: process.env.BENCH_DEBUG ? createLogger({ level: 'warn' }) : silentLogger };
    const source = createKafkaSource(
      {
        id: 'raw',
        type: 'kafka',
        ...z.strictObject(kafkaSourceOptions).parse({
          brokers,
          group_id: `bench-masked-${run}-${outputs}`,
          topics: [raw],
          from_beginning: true,
          delivery,
          transactional_id_prefix: `bench-${run}-${outputs}`,
          ...fetch,
        }),
      },
      deps,
    );
    const sink = createKafkaSink({ id: 'clean', type: 'kafka', ...z.strictObject(kafkaSinkOptions).parse({ brokers, topic }) }, deps);
    let first = 0n;
    let last = 0n;
    const timed: Source = {
      id: source.id,
      start: () => source.start(),
      stop: () => source.stop(),
      setHandler: (h) =>
        source.setHandler((batch) => {
          first ||= process.hrtime.bigint();
          return h(batch).then((r) => {
            last = process.hrtime.bigint();
            return r;
          });
        }),
    };
    const pipeline = new Pipeline({
      sources: [timed],
      sinks: [sink],
      deadLetter: noDeadLetter,
      masker,
      maxInFlightBatches: 64,
      maxInFlightBytes: 256 << 20,
    });
    await pipeline.start();
    await until(
      () => sink.writer.stats.messages >= COUNT && source.stats.commits > 0 && pipeline.inFlight.batches === 0,
      () => `masked run: ${JSON.stringify({ written: sink.writer.stats.messages, source: source.stats, pipeline: pipeline.stats })}`,
    );
    await pipeline.stop(30_000).catch(() => {});
    if (sink.writer.stats.messages !== COUNT) throw new Error(`masked run wrote ${sink.writer.stats.messages} of ${COUNT}`);
    return COUNT / (Number(last - first) / 1e9);
  }

  /** kafkajs alone: consume, produce the same bytes (same producer settings), commit after the ack. */
  async function passThrough(): Promise<number> {
    const topic = await newOutput();
    const out = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true, maxInFlightRequests: 1 });
    await out.connect();
    const consumer = kafka.consumer({
      groupId: `bench-pass-${run}-${outputs}`,
      maxWaitTimeInMs: fetch.max_wait_ms,
      maxBytesPerPartition: 1024 * 1024,
    });
    await consumer.connect();
    await consumer.subscribe({ topic: raw, fromBeginning: true });
    let written = 0;
    let first = 0n;
    let last = 0n;
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: PARTITIONS,
      eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary }) => {
        if (batch.messages.length === 0) return;
        first ||= process.hrtime.bigint();
        await out.send({
          topic,
          acks: -1,
          compression: CompressionTypes.GZIP,
          messages: batch.messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers ?? {} })),
        });
        const lastOffset = batch.messages[batch.messages.length - 1]?.offset as string;
        resolveOffset(lastOffset);
        await commitOffsetsIfNecessary({
          topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: String(BigInt(lastOffset) + 1n) }] }],
        });
        written += batch.messages.length;
        last = process.hrtime.bigint();
      },
    });
    await until(
      () => written >= COUNT,
      () => `pass-through: ${written} written`,
    );
    await consumer.disconnect();
    await out.disconnect();
    if (written !== COUNT) throw new Error(`pass-through wrote ${written} of ${COUNT}`);
    return COUNT / (Number(last - first) / 1e9);
  }

  await masked(); // warm-up: JIT in the workers and here, connections
  await passThrough();
  const rates = { masked: [] as number[], passthrough: [] as number[], unmasked: [] as number[], exactlyOnce: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    rates.masked.push(await masked());
    rates.passthrough.push(await passThrough());
    rates.unmasked.push(await masked(unmasked));
    rates.exactlyOnce.push(await masked(shared, 'exactly_once'));
  }
  await pool.close();

  const best = (xs: number[]) => Math.max(...xs);
  const m = best(rates.masked);
  const p = best(rates.passthrough);
  const u = best(rates.unmasked);
  const e = best(rates.exactlyOnce);
  process.stdout.write(
    `kafka → kafka, ${COUNT} records (${Math.round(bytes / COUNT)} B avg), ${PARTITIONS} partitions, ${THREADS} worker threads, best of ${ROUNDS}\n`,
  );
  process.stdout.write(`  auditmask (mask):          ${Math.round(m)} records/s  (rounds: ${rates.masked.map(Math.round).join(', ')})\n`);
  process.stdout.write(
    `  kafkajs pass-through:      ${Math.round(p)} records/s  (rounds: ${rates.passthrough.map(Math.round).join(', ')})\n`,
  );
  process.stdout.write(`  auditmask, masking off:    ${Math.round(u)} records/s  (rounds: ${rates.unmasked.map(Math.round).join(', ')})\n`);
  process.stdout.write(
    `  auditmask, exactly once:   ${Math.round(e)} records/s  (rounds: ${rates.exactlyOnce.map(Math.round).join(', ')})\n`,
  );
  process.stdout.write(
    `${JSON.stringify({
      bench: 'kafka',
      records: COUNT,
      partitions: PARTITIONS,
      threads: THREADS,
      masked_records_per_s: Math.round(m),
      passthrough_records_per_s: Math.round(p),
      unmasked_records_per_s: Math.round(u),
      exactly_once_records_per_s: Math.round(e),
      ratio: Number((m / p).toFixed(3)),
      ratio_masking_off: Number((u / p).toFixed(3)),
    })}\n`,
  );
} finally {
  await admin.disconnect().catch(() => {});
  await stopBroker();
}

async function until(cond: () => boolean, state: () => string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`benchmark run did not finish in time: ${state()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { randomHmacKey } from '../src/config/hmac-key.js';
import { loadRunConfig } from '../src/config/run-config.js';
import { defaultPolicy } from '../src/engine/index.js';
import { runReplay, type ReplayTarget } from '../src/replay/job.js';
import { generateRecords } from './records.js';

/**
 * bench/replay: `auditmask replay` of a whole topic against a plain kafkajs read of the same range,
 * same broker, same partitions, same run. Three timings, each from connect to the last record:
 * - `plain_read`: a kafkajs consumer (fresh group, eachBatch) that only counts the records;
 * - `replay_dry_run`: the replay reader → pipeline → worker pool (masking), nothing written;
 * - `replay_to_topic`: the same plus the Kafka sink producing every masked record (acks=all).
 * Ratios are replay records/s over plain-read records/s. Brokers: $AUDITMASK_KAFKA_BROKERS, else
 * a single-node cluster started (and stopped) here. Env: BENCH_RECORDS (20000), BENCH_PARTITIONS
 * (4), BENCH_ROUNDS (2, best kept), BENCH_THREADS (cores). Prints a JSON last line.
 */
const COUNT = Number(process.env.BENCH_RECORDS ?? 20_000);
const PARTITIONS = Number(process.env.BENCH_PARTITIONS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const THREADS = Number(process.env.BENCH_THREADS ?? availableParallelism());

const log = (msg: string) => process.stderr.write(`[bench replay] ${msg}\n`);

interface Cluster {
  brokers: string[];
  stop(): Promise<void>;
}

async function cluster(): Promise<Cluster> {
  const given = process.env.AUDITMASK_KAFKA_BROKERS?.trim();
  if (given) return { brokers: given.split(',').map((s) => s.trim()), stop: async () => {} };
  // dist/bench/replay.js → <repo>/scripts/kafka-lib.mjs (plain JS, not compiled).
  const lib = (await import(new URL('../../scripts/kafka-lib.mjs', import.meta.url).href)) as {
    startCluster(o: { dir: string; nodes: number; log: (m: string) => void }): Promise<{ brokers: string[] }>;
    stopCluster(state: unknown): Promise<void>;
  };
  const dir = mkdtempSync(join(tmpdir(), 'auditmask-bench-kafka-'));
  log('starting a single-node Kafka');
  const state = await lib.startCluster({ dir, nodes: 1, log });
  return {
    brokers: state.brokers,
    stop: async () => {
      await lib.stopCluster(state);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function plainRead(kafka: Kafka, topic: string): Promise<number> {
  const t0 = performance.now();
  const consumer = kafka.consumer({ groupId: `bench-plain-${Date.now()}-${Math.random().toString(36).slice(2)}` });
  let n = 0;
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: PARTITIONS,
    eachBatch: async ({ batch, resolveOffset }) => {
      for (const m of batch.messages) if (m.value) n++;
      resolveOffset(batch.lastOffset());
      if (n >= COUNT) finish();
    },
  });
  await done;
  const ms = performance.now() - t0;
  await consumer.disconnect();
  return ms;
}

async function replay(brokers: string[], topic: string, target: ReplayTarget, dir: string): Promise<number> {
  const defaults = loadRunConfig(undefined).config;
  const t0 = performance.now();
  const summary = await runReplay({
    connection: { brokers },
    spec: { topics: [topic], start: { kind: 'earliest' }, end: { kind: 'latest' } },
    target,
    deadLetter: { id: 'dead_letter', type: 'file', path: join(dir, 'dead-letter.jsonl'), encrypt: false },
    format: 'json',
    policy: defaultPolicy(),
    key: randomHmacKey(),
    pool: { ...defaults.pool, threads: THREADS },
    pipeline: defaults.pipeline,
    checkpoint: join(dir, `checkpoint-${target.kind}.json`),
    resume: false,
    restart: true,
    batchSize: 500,
    partitionsConcurrently: PARTITIONS,
    connectTimeoutMs: 10_000,
    shutdownTimeoutMs: 30_000,
  });
  const ms = performance.now() - t0;
  const got = summary.report?.records ?? summary.records;
  if (got !== COUNT) throw new Error(`replay (${target.kind}) handled ${got} records, expected ${COUNT}`);
  return ms;
}

const c = await cluster();
const dir = mkdtempSync(join(tmpdir(), 'auditmask-bench-replay-'));
try {
  const kafka = new Kafka({ clientId: 'bench-replay', brokers: c.brokers, logLevel: logLevel.NOTHING });
  const topic = `bench-replay-src-${Date.now().toString(36)}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: PARTITIONS, replicationFactor: 1 }] });
  const lines = generateRecords(COUNT);
  let bytes = 0;
  for (const l of lines) bytes += Buffer.byteLength(l);
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  for (let i = 0; i < lines.length; i += 2000) {
    await producer.send({
      topic,
      acks: -1,
      messages: lines.slice(i, i + 2000).map((value, j) => ({ value, partition: (i + j) % PARTITIONS })),
    });
  }
  await producer.disconnect();
  log(`${COUNT} records (${(bytes / COUNT).toFixed(0)} B avg) on ${PARTITIONS} partitions; ${THREADS} worker threads`);

  const best = { plain: Number.POSITIVE_INFINITY, dry: Number.POSITIVE_INFINITY, topic: Number.POSITIVE_INFINITY };
  for (let r = 0; r < ROUNDS; r++) {
    best.plain = Math.min(best.plain, await plainRead(kafka, topic));
    best.dry = Math.min(best.dry, await replay(c.brokers, topic, { kind: 'dry-run' }, dir));
    const target = `${topic}-clean-${r}`;
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: target, numPartitions: PARTITIONS, replicationFactor: 1 }] });
    best.topic = Math.min(best.topic, await replay(c.brokers, topic, { kind: 'topic', topic: target }, dir));
    log(
      `round ${r + 1}: plain ${best.plain.toFixed(0)} ms, dry run ${best.dry.toFixed(0)} ms, to topic ${best.topic.toFixed(0)} ms (best so far)`,
    );
  }
  await admin.disconnect();
  const rps = (ms: number) => Math.round(COUNT / (ms / 1000));
  const result = {
    bench: 'replay',
    records: COUNT,
    partitions: PARTITIONS,
    threads: THREADS,
    avg_record_bytes: Math.round(bytes / COUNT),
    plain_read_rps: rps(best.plain),
    replay_dry_run_rps: rps(best.dry),
    replay_to_topic_rps: rps(best.topic),
    ratio_dry_run: Number((best.plain / best.dry).toFixed(3)),
    ratio: Number((best.plain / best.topic).toFixed(3)),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  await c.stop();
}

// The broker is killed (SIGKILL) and restarted mid-stream: the Kafka source, sink and
// dead-letter sink reconnect by themselves and nothing is lost (at least once, counted record by
// record). Runs on its own single-node cluster: the shared one is not restarted.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret } from '../../src/core/secret.js';
import { silentLogger } from '../../src/log/logger.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { MaskPool } from '../../src/pool/mask-pool.js';
import { createKafkaDeadLetterSink } from '../../src/sinks/kafka-dead-letter/index.js';
import { createKafkaSink } from '../../src/sinks/kafka/index.js';
import { createKafkaSource } from '../../src/sources/kafka/index.js';
import { type KafkaCluster, startKafka } from '../helpers/kafka-broker.js';
import { kafkaSkipReason, uniqueGroup, uniqueTopic } from '../helpers/kafka-env.js';
import {
  committedOffsets,
  createTopics,
  deadLetterConfig,
  highWatermarks,
  produce,
  readTopic,
  sinkConfig,
  sourceConfig,
  waitFor,
} from '../helpers/kafka-topics.js';

const KEY = { key: new Secret(Buffer.alloc(32, 5)), id: 'k-restart', source: 'test' };
const N = 2000;

const records = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, j) => ({
    key: `k${(from + j) % 16}`,
    value: JSON.stringify({ seq: from + j, email: `someone${from + j}@example.org` }),
  }));

describe.skipIf(kafkaSkipReason() !== null)('Kafka broker restarted mid-stream', () => {
  let cluster: KafkaCluster;
  let pool: MaskPool;
  beforeAll(async () => {
    cluster = await startKafka({ nodes: 1 });
    pool = new MaskPool({ threads: 1, maxQueue: 'auto', taskTimeoutMs: 30_000, batchMaxRecords: 256, maxAttempts: 2, key: KEY });
  });
  afterAll(async () => {
    await pool?.close();
    await cluster?.stop();
  });

  it('the pipeline reconnects by itself and loses nothing', async () => {
    const brokers = cluster.brokers;
    const raw = uniqueTopic('restart-raw');
    const clean = uniqueTopic('restart-clean');
    const dlq = uniqueTopic('restart-dlq');
    const group = uniqueGroup('restart');
    await createTopics(brokers, [
      { topic: raw, partitions: 2 },
      { topic: clean, partitions: 2 },
      { topic: dlq, partitions: 1 },
    ]);
    await produce(brokers, raw, records(0, N / 2), 100);

    const deps = { logger: silentLogger };
    const source = createKafkaSource(
      sourceConfig({
        brokers,
        group_id: group,
        topics: [raw],
        from_beginning: true,
        max_wait_ms: 100,
        max_bytes_per_partition: 4096,
        session_timeout_ms: 10_000,
        heartbeat_interval_ms: 1000,
      }),
      deps,
    );
    const sink = createKafkaSink(sinkConfig({ brokers, topic: clean }), deps);
    const deadLetter = createKafkaDeadLetterSink(deadLetterConfig({ brokers, topic: dlq }), deps);
    const pipeline = new Pipeline({
      sources: [source],
      sinks: [sink],
      deadLetter,
      masker: pool,
      maxInFlightBatches: 8,
      maxInFlightBytes: 16 << 20,
    });
    await pipeline.start();
    try {
      await waitFor(
        () => pipeline.stats.written >= N / 8,
        () => `written ${pipeline.stats.written} before the restart`,
      );
      expect(pipeline.stats.written).toBeLessThan(N);
      await cluster.killNode(0);
      await new Promise((r) => setTimeout(r, 2000)); // the processor sees the broker gone
      await cluster.startNode(0);
      await produce(brokers, raw, records(N / 2, N), 100);

      const ends = await highWatermarks(brokers, raw);
      await waitFor(
        async () => {
          const c = await committedOffsets(brokers, group, raw).catch(() => ({}) as Record<number, number>);
          return Object.entries(ends).every(([p, high]) => (c[Number(p)] ?? -1) >= high);
        },
        () => `committed offsets never reached ${JSON.stringify(ends)}; written ${pipeline.stats.written}`,
        150_000,
      );
    } finally {
      const { drained } = await pipeline.stop(30_000);
      expect(drained).toBe(true);
    }
    expect(source.stats.records).toBeGreaterThanOrEqual(N);

    const out = await readTopic(brokers, clean, { min: N, timeoutMs: 120_000 });
    const seen = new Set<number>();
    for (const m of out) {
      const v = JSON.parse(m.value.toString()) as { seq: number; email: string };
      expect(v.email).not.toContain('@example.org');
      seen.add(v.seq);
    }
    const missing = Array.from({ length: N }, (_, i) => i).filter((i) => !seen.has(i));
    expect(missing).toEqual([]);
  });
});

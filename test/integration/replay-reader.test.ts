// The replay reader alone (no pool): many small fetches per partition, exact [start, end) ranges,
// order per partition, a retried batch, and no offsets committed under its group.

import { Kafka, logLevel } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackpressureError } from '../../src/core/errors.js';
import type { SourceBatch } from '../../src/core/component.js';
import { ReplaySource } from '../../src/replay/reader.js';
import { acquireKafka, type KafkaHandle, kafkaSkipReason, uniqueGroup, uniqueTopic } from '../helpers/kafka-env.js';
import { createTopics, produce } from '../helpers/kafka-topics.js';

describe.skipIf(kafkaSkipReason() !== null)('replay reader (real broker)', () => {
  let kafka: KafkaHandle | undefined;

  beforeAll(async () => {
    kafka = await acquireKafka();
  }, 180_000);

  afterAll(async () => {
    await kafka?.release();
  }, 60_000);

  it('reads exactly [start, end) of each partition over many fetches, in order, retrying undelivered batches, committing nothing', async () => {
    const brokers = (kafka as KafkaHandle).brokers;
    const topic = uniqueTopic('replay-reader');
    await createTopics(brokers, [{ topic, partitions: 3 }]);
    const perPartition = 300;
    await produce(
      brokers,
      topic,
      Array.from({ length: perPartition * 3 }, (_, i) => ({
        value: JSON.stringify({ i, pad: 'x'.repeat(200) }),
        partition: i % 3,
      })),
      // Small record batches: each fetch (maxBytesPerPartition below) returns only a few.
      9,
    );
    const client = new Kafka({ clientId: 'replay-reader-test', brokers, logLevel: logLevel.NOTHING });
    const groupId = uniqueGroup('replay-reader-group');
    const seen = new Map<string, string[]>();
    const acks: string[] = [];
    let failOnce = true;
    let backpressureOnce = true;
    const source = new ReplaySource({
      kafka: client,
      partitions: [
        { topic, partition: 0, start: '0', end: '300' },
        { topic, partition: 1, start: '17', end: '250' },
        { topic, partition: 2, start: '5', end: '5' },
      ],
      positions: { [`${topic}/0`]: '40' },
      groupId,
      format: 'json',
      batchSize: 32,
      partitionsConcurrently: 2,
      // A few records per fetch: the reader must move kafkajs' position itself.
      maxBytesPerPartition: 2048,
      maxAttempts: 5,
      retryBackoffMaxMs: 200,
      onAck: async (tp, next) => {
        acks.push(`${tp}@${next}`);
      },
    });
    source.setHandler(async (batch: SourceBatch) => {
      if (batch.stream.endsWith('/1') && failOnce) {
        failOnce = false;
        throw new Error('sink down');
      }
      if (batch.stream.endsWith('/0') && backpressureOnce) {
        backpressureOnce = false;
        throw new BackpressureError('full', 10);
      }
      const list = seen.get(batch.stream) ?? [];
      for (const r of batch.records) list.push(r.origin.kind === 'kafka' ? r.origin.offset : 'x');
      seen.set(batch.stream, list);
      return { written: batch.records.length, deadLettered: 0 };
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      await source.start();
      await Promise.race([
        source.done,
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`replay did not finish; positions acknowledged: ${acks.slice(-3).join(' ')}`)), 60_000);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      await source.stop();
    }

    const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => String(a + i));
    expect(seen.get(`${topic}/0`)).toEqual(range(40, 300));
    expect(seen.get(`${topic}/1`)).toEqual(range(17, 250));
    expect(seen.has(`${topic}/2`)).toBe(false);
    expect(source.stats.retries).toBeGreaterThanOrEqual(2);
    expect(acks).toContain(`${topic}/0@300`);
    expect(acks).toContain(`${topic}/1@250`);

    const admin = client.admin();
    await admin.connect();
    try {
      const [t] = await admin.fetchOffsets({ groupId, topics: [topic] });
      expect((t?.partitions ?? []).every((p) => p.offset === '-1')).toBe(true);
    } finally {
      await admin.disconnect();
    }
  });
});

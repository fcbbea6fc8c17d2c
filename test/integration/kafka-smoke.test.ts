// Proves kafkajs 2.2.4 works against the real Kafka 4.x broker from scripts/kafka-lib.mjs:
// topic admin, keyed produce with headers, group consume with eachBatch and manual
// resolveOffset, committed offsets.

import { Kafka, logLevel, Partitioners, type Admin, type KafkaMessage } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireKafka, type KafkaHandle, kafkaSkipReason, uniqueGroup, uniqueTopic } from '../helpers/kafka-env.js';

const MESSAGES = 100;
const PARTITIONS = 3;

describe.skipIf(kafkaSkipReason() !== null)('kafkajs 2.2.4 against a real Kafka 4.x broker', () => {
  let kafka: KafkaHandle | undefined;
  let client: Kafka;
  let admin: Admin;

  beforeAll(async () => {
    kafka = await acquireKafka();
    client = new Kafka({ clientId: 'auditmask-kafka-smoke', brokers: kafka.brokers, logLevel: logLevel.WARN });
    admin = client.admin();
    await admin.connect();
  }, 180_000);

  afterAll(async () => {
    await admin?.disconnect();
    await kafka?.release();
  }, 60_000);

  it('produces keyed messages with headers and consumes them in a group with manual offsets', async () => {
    const topic = uniqueTopic('smoke');
    const groupId = uniqueGroup('smoke-group');
    const created = await admin.createTopics({
      topics: [{ topic, numPartitions: PARTITIONS, replicationFactor: 1 }],
      waitForLeaders: true,
    });
    expect(created).toBe(true);

    // An explicit partitioner also silences kafkajs' "default partitioner changed" warning.
    const producer = client.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const sent = await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: MESSAGES }, (_, seq) => ({
        key: `user-${seq % 10}`,
        value: JSON.stringify({ seq, secret: `token-${seq}` }),
        headers: { 'x-seq': String(seq), 'x-source': 'smoke' },
      })),
    });
    await producer.disconnect();
    expect(sent.map((r) => r.errorCode)).toEqual(sent.map(() => 0));

    const received: { partition: number; offset: string; key: string; seq: number; source: string; value: string }[] = [];
    let allReceived!: () => void;
    const done = new Promise<void>((resolve) => {
      allReceived = resolve;
    });
    const consumer = client.consumer({ groupId });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }) => {
        for (const message of batch.messages) {
          if (!isRunning() || isStale()) break;
          received.push(decode(batch.partition, message));
          resolveOffset(message.offset);
          await heartbeat();
        }
        // No-op with the default autoCommitInterval/Threshold (both null): the runner commits
        // the resolved offsets itself right after eachBatch returns (autoCommit: true).
        await commitOffsetsIfNecessary();
        if (received.length >= MESSAGES) allReceived();
      },
    });
    await withTimeout(done, 90_000, () => `received ${received.length}/${MESSAGES} messages`);
    await consumer.disconnect(); // waits for the running batch, whose offsets the runner commits

    expect(received).toHaveLength(MESSAGES);
    expect(new Set(received.map((m) => m.seq)).size).toBe(MESSAGES);
    for (const m of received) {
      expect(m.key).toBe(`user-${m.seq % 10}`);
      expect(m.source).toBe('smoke');
      expect(JSON.parse(m.value)).toEqual({ seq: m.seq, secret: `token-${m.seq}` });
    }
    // Keys map to one partition each, and within a partition order and offsets are preserved.
    const partitionOfKey = new Map<string, number>();
    for (const m of received) {
      expect(partitionOfKey.get(m.key) ?? m.partition).toBe(m.partition);
      partitionOfKey.set(m.key, m.partition);
    }
    const byPartition = new Map<number, typeof received>();
    for (const m of received) byPartition.set(m.partition, [...(byPartition.get(m.partition) ?? []), m]);
    expect(byPartition.size).toBeGreaterThan(1); // 10 keys over 3 partitions
    for (const list of byPartition.values()) {
      expect(list.map((m) => Number(m.offset))).toEqual(list.map((_, i) => i));
      const seqs = list.map((m) => m.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    }

    // Committed offsets = next offset to read = high watermark of every partition.
    const highWatermarks = await admin.fetchTopicOffsets(topic);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    const committedByPartition = Object.fromEntries((committed?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]));
    expect(committedByPartition).toEqual(Object.fromEntries(highWatermarks.map((p) => [p.partition, Number(p.high)])));
    expect(Object.values(committedByPartition).reduce((a, b) => a + b, 0)).toBe(MESSAGES);
  }, 180_000);
});

function decode(partition: number, message: KafkaMessage) {
  const header = (name: string) => message.headers?.[name]?.toString() ?? '';
  return {
    partition,
    offset: message.offset,
    key: message.key?.toString() ?? '',
    seq: Number(header('x-seq')),
    source: header('x-source'),
    value: message.value?.toString() ?? '',
  };
}

async function withTimeout(promise: Promise<void>, ms: number, describeState: () => string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${describeState()}`)), ms);
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

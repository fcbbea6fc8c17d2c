// Topic-level helpers for the Kafka source/sink tests: create topics, produce, and read a topic
// to its end (every partition up to its high watermark), record by record.

import { Kafka, type IHeaders, logLevel, Partitioners } from 'kafkajs';
import { z } from 'zod';
import { kafkaDeadLetterOptions } from '../../src/sinks/kafka-dead-letter/index.js';
import { kafkaSinkOptions } from '../../src/sinks/kafka/index.js';
import { kafkaSourceOptions } from '../../src/sources/kafka/index.js';
import { uniqueGroup } from './kafka-env.js';

export interface ReadMessage {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer;
  /** The value was null (a tombstone). */
  tombstone: boolean;
  headers: Record<string, string>;
}

export function client(brokers: string[], clientId = 'auditmask-test'): Kafka {
  return new Kafka({ clientId, brokers, logLevel: logLevel.NOTHING });
}

export async function createTopics(brokers: string[], topics: { topic: string; partitions: number; config?: Record<string, string> }[]) {
  const admin = client(brokers).admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: topics.map((t) => ({
        topic: t.topic,
        numPartitions: t.partitions,
        replicationFactor: 1,
        configEntries: Object.entries(t.config ?? {}).map(([name, value]) => ({ name, value })),
      })),
    });
  } finally {
    await admin.disconnect();
  }
}

export interface TestMessage {
  key?: string | Buffer | null;
  value: string | Buffer;
  headers?: IHeaders;
  partition?: number;
}

/** Produces messages in order (acks=all), in chunks of `chunk`. */
export async function produce(brokers: string[], topic: string, messages: TestMessage[], chunk = 500): Promise<void> {
  const producer = client(brokers).producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  try {
    for (let i = 0; i < messages.length; i += chunk) {
      await producer.send({ topic, acks: -1, messages: messages.slice(i, i + chunk) });
    }
  } finally {
    await producer.disconnect();
  }
}

function headerStrings(h: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) out[k] = first.toString();
  }
  return out;
}

/**
 * Reads `topic` from the beginning with a fresh group until at least `min` messages arrived AND
 * every partition was read up to its high watermark (so duplicates written before are counted
 * too). `readUncommitted: false` (default) hides aborted transactions. Throws on timeout.
 */
export async function readTopic(
  brokers: string[],
  topic: string,
  { min, timeoutMs = 60_000, readUncommitted = false }: { min: number; timeoutMs?: number; readUncommitted?: boolean },
): Promise<ReadMessage[]> {
  const kafka = client(brokers);
  const admin = kafka.admin();
  const consumer = kafka.consumer({ groupId: uniqueGroup('reader'), readUncommitted, maxWaitTimeInMs: 200 });
  const messages: ReadMessage[] = [];
  const seen = new Map<number, bigint>();
  consumer.on(consumer.events.END_BATCH_PROCESS, (e) => {
    const last = BigInt(e.payload.lastOffset);
    if (e.payload.topic === topic && last > (seen.get(e.payload.partition) ?? -1n)) seen.set(e.payload.partition, last);
  });
  await admin.connect();
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachBatch: async ({ batch }) => {
        for (const m of batch.messages) {
          messages.push({
            topic: batch.topic,
            partition: batch.partition,
            offset: m.offset,
            key: m.key,
            value: m.value ?? Buffer.alloc(0),
            tombstone: m.value === null,
            headers: headerStrings(m.headers),
          });
        }
      },
    });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (messages.length >= min) {
        const ends = await admin.fetchTopicOffsets(topic);
        if (ends.every((p) => BigInt(p.high) === 0n || (seen.get(p.partition) ?? -1n) >= BigInt(p.high) - 1n)) return messages;
      }
      if (Date.now() > deadline)
        throw new Error(`reading ${topic}: ${messages.length} messages after ${timeoutMs} ms, expected at least ${min}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await consumer.disconnect();
    await admin.disconnect();
  }
}

/** The group's committed offsets by partition (-1 when none). */
export async function committedOffsets(brokers: string[], groupId: string, topic: string): Promise<Record<number, number>> {
  const admin = client(brokers).admin();
  await admin.connect();
  try {
    const [t] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return Object.fromEntries((t?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]));
  } finally {
    await admin.disconnect();
  }
}

export async function highWatermarks(brokers: string[], topic: string): Promise<Record<number, number>> {
  const admin = client(brokers).admin();
  await admin.connect();
  try {
    return Object.fromEntries((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)]));
  } finally {
    await admin.disconnect();
  }
}

/** Polls `cond` every 100 ms until true; throws with `what()` after `timeoutMs`. */
export async function waitFor(cond: () => boolean | Promise<boolean>, what: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Validated component configs, as the run config would give them. */
export function sourceConfig(o: Record<string, unknown>) {
  return { id: 'kafka_in', type: 'kafka', ...z.strictObject(kafkaSourceOptions).parse(o) };
}
export function sinkConfig(o: Record<string, unknown>) {
  return { id: 'kafka_out', type: 'kafka', ...z.strictObject(kafkaSinkOptions).parse(o) };
}
/** Plaintext (`encrypt: false`) unless the test gives recipients or encrypt: most tests read the raw dead letters back. */
export function deadLetterConfig(o: Record<string, unknown>) {
  const options = 'recipients' in o || 'encrypt' in o ? o : { ...o, encrypt: false };
  return { id: 'dead_letter', type: 'kafka', ...z.strictObject(kafkaDeadLetterOptions).parse(options) };
}

// Kafka → auditmask → Kafka through the real pipeline and worker pool, against the real broker:
// the clean topic holds no raw value, keys/headers/order are kept, evidence and lineage headers
// are there, and records the engine rejects go, raw, to the dead-letter topic only.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret } from '../../src/core/secret.js';
import { silentLogger } from '../../src/log/logger.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { MaskPool } from '../../src/pool/mask-pool.js';
import { createKafkaDeadLetterSink } from '../../src/sinks/kafka-dead-letter/index.js';
import { createKafkaSink } from '../../src/sinks/kafka/index.js';
import { createKafkaSource } from '../../src/sources/kafka/index.js';
import { acquireKafka, type KafkaHandle, kafkaSkipReason, uniqueGroup, uniqueTopic } from '../helpers/kafka-env.js';
import {
  committedOffsets,
  createTopics,
  deadLetterConfig,
  sinkConfig,
  sourceConfig,
  highWatermarks,
  produce,
  readTopic,
  type TestMessage,
  waitFor,
} from '../helpers/kafka-topics.js';

const KEY = { key: new Secret(Buffer.alloc(32, 7)), id: 'k-kafka-test', source: 'test' };
const deps = { logger: silentLogger };
const BIG = { 'max.message.bytes': String(16 * 1024 * 1024) };

/** A well-formed AWS access key id (AKIA + 16 base32 characters), different for every i. */
function awsKeyId(i: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let x = (i + 1) * 2654435761;
  let out = 'AKIA';
  for (let j = 0; j < 16; j++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % 32];
  }
  return out;
}

describe.skipIf(kafkaSkipReason() !== null)('Kafka → mask → Kafka (real broker, real pool)', () => {
  let kafka: KafkaHandle;
  // The pipeline closes its pool when it stops: one pool per test.
  const pools: MaskPool[] = [];
  const newPool = () => {
    const p = new MaskPool({ threads: 2, maxQueue: 'auto', taskTimeoutMs: 30_000, batchMaxRecords: 128, maxAttempts: 2, key: KEY });
    pools.push(p);
    return p;
  };
  beforeAll(async () => {
    kafka = await acquireKafka();
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
    await kafka?.release();
  });

  it('clean topic: no raw value; keys, headers and per-partition order kept; poison records only in the dead-letter topic', async () => {
    const brokers = kafka.brokers;
    const suffix = uniqueTopic('t');
    const raw = `audit.raw.${suffix}`;
    const clean = `audit.clean.${suffix}`;
    const dlq = `audit.dlq.${suffix}`;
    const group = uniqueGroup('mask');
    await createTopics(brokers, [
      { topic: raw, partitions: 3, config: BIG },
      { topic: clean, partitions: 3 },
      { topic: dlq, partitions: 1, config: BIG },
    ]);

    const N = 300;
    const secrets: string[] = [];
    const messages: TestMessage[] = [];
    for (let i = 0; i < N; i++) {
      const email = `person${i % 20}@example.com`; // 20 distinct keys
      const card = '4111111111111111';
      const aws = awsKeyId(i);
      const bearer = `tok_${i.toString(36)}_s3cr3tv4lu3`;
      secrets.push(email, aws, bearer);
      messages.push({
        key: email,
        value: JSON.stringify({ seq: i, user: { email }, note: `paid with ${card}`, aws_key: aws }),
        headers: { 'x-seq': String(i), authorization: `Bearer ${bearer}`, 'x-bin': Buffer.from([0xff, 0x00, 0xfe]) },
      });
    }
    secrets.push('4111111111111111');
    // Poison: nesting the engine refuses, and a value larger than max_value_bytes (5 MiB).
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const huge = JSON.stringify({ blob: 'x'.repeat(5 * 1024 * 1024), email: 'huge@example.com' });
    messages.splice(100, 0, { key: 'poison-deep', value: deep, headers: { 'x-poison': 'deep' } });
    messages.splice(200, 0, { key: 'poison-huge', value: huge, headers: { 'x-poison': 'huge' } });
    await produce(brokers, raw, messages, 100);

    const source = createKafkaSource(
      sourceConfig({
        brokers,
        group_id: group,
        topic_pattern: `^audit\\.raw\\.${suffix.replace(/[.-]/g, '\\$&')}$`,
        from_beginning: true,
        max_wait_ms: 100,
      }),
      deps,
    );
    const sink = createKafkaSink(sinkConfig({ brokers, topic: 'audit.clean.{source_topic}', strip_prefix: 'audit.raw.' }), deps);
    const deadLetter = createKafkaDeadLetterSink(deadLetterConfig({ brokers, topic: dlq }), deps);
    const pipeline = new Pipeline({
      sources: [source],
      sinks: [sink],
      deadLetter,
      masker: newPool(),
      maxInFlightBatches: 16,
      maxInFlightBytes: 64 << 20,
    });
    await pipeline.start();
    try {
      await waitFor(
        () => pipeline.stats.written + pipeline.stats.deadLettered >= N + 2,
        () => `written ${pipeline.stats.written}, dead-lettered ${pipeline.stats.deadLettered}`,
      );
      // Offsets are committed after the sinks acknowledged: the group reaches the end of every partition.
      const ends = await highWatermarks(brokers, raw);
      await waitFor(
        async () => JSON.stringify(await committedOffsets(brokers, group, raw)) === JSON.stringify(ends),
        () => 'committed offsets never reached the high watermarks',
      );
    } finally {
      const { drained } = await pipeline.stop(30_000);
      expect(drained).toBe(true);
    }

    const out = await readTopic(brokers, clean, { min: N });
    expect(out).toHaveLength(N);
    const seqs = new Set<number>();
    const partitionOfKey = new Map<string, number>();
    for (const m of out) {
      const text = `${m.key?.toString() ?? ''}\n${m.value.toString()}\n${JSON.stringify(m.headers)}`;
      for (const s of secrets) expect(text.includes(s), `a raw value reached the clean topic at ${m.partition}@${m.offset}`).toBe(false);
      const v = JSON.parse(m.value.toString()) as { seq: number; _auditmask: { policy: string } };
      seqs.add(v.seq);
      // Headers kept (masked), binary ones unchanged; evidence and lineage added.
      expect(m.headers['x-seq']).toBe(String(v.seq));
      expect(m.headers.authorization).toBeDefined();
      expect(m.headers.authorization).not.toContain('s3cr3t');
      expect(m.headers['auditmask-policy']).toBe(v._auditmask.policy);
      expect(m.headers['auditmask-key']).toBe(KEY.id);
      expect(m.headers['auditmask-tok']).toBe('v2');
      const findings = JSON.parse(m.headers['auditmask-findings'] ?? '[]') as { entity: string; path: string }[];
      expect(findings.length).toBeGreaterThan(0);
      expect(m.headers['auditmask-source-topic']).toBe(raw);
      expect(Number(m.headers['auditmask-source-partition'])).toBeGreaterThanOrEqual(0);
      // The sensitive key became a deterministic token: equal tokens share a clean partition.
      const key = m.key?.toString() ?? '';
      expect(key).not.toContain('@example.com');
      expect(key.length).toBeGreaterThan(0);
      expect(partitionOfKey.get(key) ?? m.partition).toBe(m.partition);
      partitionOfKey.set(key, m.partition);
    }
    expect(seqs.size).toBe(N);
    expect(partitionOfKey.size).toBe(20);
    // Order: within a clean partition, records of one source partition keep their source order.
    const lastOffset = new Map<string, bigint>();
    for (const m of [...out].sort((a, b) => a.partition - b.partition || Number(a.offset) - Number(b.offset))) {
      const k = `${m.partition}<-${m.headers['auditmask-source-partition']}`;
      const off = BigInt(m.headers['auditmask-source-offset'] ?? '-1');
      expect(off > (lastOffset.get(k) ?? -1n)).toBe(true);
      lastOffset.set(k, off);
    }

    const dead = await readTopic(brokers, dlq, { min: 2 });
    expect(dead).toHaveLength(2);
    const byReason = Object.fromEntries(dead.map((m) => [m.headers['auditmask-reason'] ?? '', m]));
    expect(Object.keys(byReason).sort()).toEqual(['depth_exceeded', 'too_large']);
    expect(byReason.depth_exceeded?.value.toString()).toBe(deep);
    expect(byReason.too_large?.value.equals(Buffer.from(huge))).toBe(true);
    for (const m of dead) {
      expect(m.headers['auditmask-error']?.length).toBeGreaterThan(0);
      expect(m.headers['auditmask-error']).not.toContain('x'.repeat(20));
      expect(m.headers['auditmask-source-topic']).toBe(raw);
      expect(m.headers['auditmask-source-offset']).toMatch(/^\d+$/);
      expect(m.key?.toString()).toMatch(/^poison-/);
    }
    expect(byReason.depth_exceeded?.headers['x-poison']).toBe('deep');
  });

  it('exactly once: clean and dead-letter records are written in the partition transactions; a failed batch is aborted, never seen by read-committed consumers', async () => {
    const brokers = kafka.brokers;
    const raw = uniqueTopic('eos-raw');
    const clean = uniqueTopic('eos-clean');
    const dlq = uniqueTopic('eos-dlq');
    const group = uniqueGroup('eos');
    await createTopics(brokers, [
      { topic: raw, partitions: 2 },
      { topic: clean, partitions: 2 },
      { topic: dlq, partitions: 1 },
    ]);
    const N = 200;
    const messages: TestMessage[] = Array.from({ length: N }, (_, i) => ({
      key: `k${i % 8}`,
      value: JSON.stringify({ seq: i, email: `eos${i}@example.net` }),
    }));
    messages.push({ key: 'poison', value: `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}` });
    await produce(brokers, raw, messages);

    const source = createKafkaSource(
      sourceConfig({
        brokers,
        group_id: group,
        topics: [raw],
        from_beginning: true,
        max_wait_ms: 100,
        delivery: 'exactly_once',
        transactional_id_prefix: uniqueGroup('eos-tx'),
      }),
      deps,
    );
    const sink = createKafkaSink(sinkConfig({ brokers, topic: clean }), deps);
    const deadLetter = createKafkaDeadLetterSink(deadLetterConfig({ brokers, topic: dlq }), deps);
    // A second sink that fails its first two writes: those batches are aborted and redone.
    let failures = 2;
    const flaky = {
      id: 'flaky',
      async start() {},
      async stop() {},
      async write() {
        if (failures > 0) {
          failures--;
          throw new Error('flaky sink: unavailable');
        }
      },
    };
    const pipeline = new Pipeline({
      sources: [source],
      sinks: [sink, flaky],
      deadLetter,
      masker: newPool(),
      maxInFlightBatches: 16,
      maxInFlightBytes: 64 << 20,
    });
    await pipeline.start();
    try {
      const ends = await highWatermarks(brokers, raw);
      await waitFor(
        async () => JSON.stringify(await committedOffsets(brokers, group, raw)) === JSON.stringify(ends),
        () => `committed offsets never reached the high watermarks; source ${JSON.stringify(source.stats)}`,
      );
    } finally {
      await pipeline.stop(30_000);
    }
    expect(failures).toBe(0);
    expect(source.stats.retries).toBeGreaterThanOrEqual(1);
    expect(sink.writer.stats.transactional).toBe(sink.writer.stats.messages);
    expect(deadLetter.writer.stats.transactional).toBe(deadLetter.writer.stats.messages);

    const committed = await readTopic(brokers, clean, { min: N });
    const seqs = committed.map((m) => (JSON.parse(m.value.toString()) as { seq: number }).seq);
    expect(seqs).toHaveLength(N);
    expect(new Set(seqs).size).toBe(N);
    for (const m of committed) expect(m.value.toString()).not.toContain('@example.net');
    // The aborted attempts are in the log, only hidden from read-committed consumers.
    const everything = await readTopic(brokers, clean, { min: N, readUncommitted: true });
    expect(everything.length).toBeGreaterThan(N);
    const dead = await readTopic(brokers, dlq, { min: 1 });
    expect(dead.map((m) => m.headers['auditmask-reason'])).toEqual(['depth_exceeded']);
  });

  it('a tombstone stays a tombstone, under the token of its sensitive key', async () => {
    const brokers = kafka.brokers;
    const raw = uniqueTopic('tomb-raw');
    const clean = uniqueTopic('tomb-clean');
    await createTopics(brokers, [
      { topic: raw, partitions: 1 },
      { topic: clean, partitions: 1 },
    ]);
    await produce(brokers, raw, [
      { key: 'erased.user@example.com', value: JSON.stringify({ user: 'erased.user@example.com', plan: 'pro' }) },
      { key: 'erased.user@example.com', value: null as unknown as string, headers: { 'auditmask-tombstone': 'forged' } },
      { key: 'other', value: JSON.stringify({ n: 1 }), headers: { 'auditmask-tombstone': 'forged' } },
    ]);
    const source = createKafkaSource(
      sourceConfig({ brokers, group_id: uniqueGroup('tomb'), topics: [raw], from_beginning: true, max_wait_ms: 100 }),
      deps,
    );
    const sink = createKafkaSink(sinkConfig({ brokers, topic: clean }), deps);
    const deadLetter = createKafkaDeadLetterSink(deadLetterConfig({ brokers, topic: uniqueTopic('tomb-dlq') }), deps);
    const pipeline = new Pipeline({
      sources: [source],
      sinks: [sink],
      deadLetter,
      masker: newPool(),
      maxInFlightBatches: 4,
      maxInFlightBytes: 1 << 20,
    });
    await pipeline.start();
    try {
      await waitFor(
        () => pipeline.stats.written >= 3,
        () => `written ${pipeline.stats.written}`,
      );
    } finally {
      await pipeline.stop(30_000);
    }
    const out = await readTopic(brokers, clean, { min: 3 });
    expect(out.map((m) => m.tombstone)).toEqual([false, true, false]);
    // Same masked key for the record and its tombstone, so compaction deletes the masked record.
    expect(out[0]?.key?.toString()).not.toContain('@');
    expect(out[1]?.key?.toString()).toBe(out[0]?.key?.toString());
    expect(out[1]?.headers['auditmask-source-offset']).toBe('1');
    // A forged marker on a real record does not turn it into a tombstone.
    expect(JSON.parse(out[2]?.value.toString() ?? '{}').n).toBe(1);
    for (const m of out) expect(m.headers['auditmask-tombstone']).toBeUndefined();
  });

  it('topic_pattern with a {source_topic} template: each audit.raw.<x> goes to its audit.clean.<x>', async () => {
    const brokers = kafka.brokers;
    const run = uniqueTopic('map');
    const names = ['payments', 'agents'];
    await createTopics(brokers, [
      ...names.map((n) => ({ topic: `audit.raw.${run}.${n}`, partitions: 1 })),
      ...names.map((n) => ({ topic: `audit.clean.${run}.${n}`, partitions: 1 })),
    ]);
    for (const n of names) {
      await produce(
        brokers,
        `audit.raw.${run}.${n}`,
        Array.from({ length: 5 }, (_, i) => ({ value: JSON.stringify({ from: n, i, email: `${n}${i}@example.com` }) })),
      );
    }
    const pattern = `^audit\\.raw\\.${run.replace(/[.-]/g, '\\$&')}\\.`;
    const source = createKafkaSource(
      sourceConfig({ brokers, group_id: uniqueGroup('map'), topic_pattern: pattern, from_beginning: true, max_wait_ms: 100 }),
      deps,
    );
    const sink = createKafkaSink(sinkConfig({ brokers, topic: 'audit.clean.{source_topic}', strip_prefix: 'audit.raw.' }), deps);
    const deadLetter = createKafkaDeadLetterSink(deadLetterConfig({ brokers, topic: uniqueTopic('map-dlq') }), deps);
    const pipeline = new Pipeline({
      sources: [source],
      sinks: [sink],
      deadLetter,
      masker: newPool(),
      maxInFlightBatches: 4,
      maxInFlightBytes: 1 << 20,
    });
    await pipeline.start();
    try {
      await waitFor(
        () => pipeline.stats.written >= 10,
        () => `written ${pipeline.stats.written}`,
      );
    } finally {
      await pipeline.stop(30_000);
    }
    for (const n of names) {
      const out = await readTopic(brokers, `audit.clean.${run}.${n}`, { min: 5 });
      const values = out.map((m) => JSON.parse(m.value.toString()) as { from: string; i: number; email: string });
      expect(values.map((v) => [v.from, v.i])).toEqual([0, 1, 2, 3, 4].map((i) => [n, i]));
      for (const v of values) expect(v.email).not.toContain('@example.com');
      expect(out.every((m) => m.headers['auditmask-source-topic'] === `audit.raw.${run}.${n}`)).toBe(true);
    }
  });
});

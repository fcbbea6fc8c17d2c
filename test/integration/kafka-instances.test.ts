// Two `auditmask run` processes in one consumer group on a 4-partition topic: they split the
// partitions; one is killed with SIGKILL mid-stream; the survivor takes its partitions over.
// Every input record is then in the clean topic at least once (exactly once with
// `delivery: exactly_once`), counted record by record; the survivor exits 0 on SIGTERM.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditmaskProcess, startAuditmask } from '../helpers/auditmask-process.js';
import { testFaultsArgs } from '../helpers/test-faults.js';
import { acquireKafka, type KafkaHandle, kafkaSkipReason, uniqueGroup, uniqueTopic } from '../helpers/kafka-env.js';
import { client, committedOffsets, createTopics, highWatermarks, readTopic, waitFor } from '../helpers/kafka-topics.js';

const N = 6000;
const PARTITIONS = 4;
const HMAC = `hex:${'ab'.repeat(32)}`;

function config(o: {
  brokers: string[];
  raw: string;
  clean: string;
  dlq: string;
  group: string;
  delivery: string;
  prefix: string;
}): string {
  const brokers = JSON.stringify(o.brokers);
  return `
sources:
  - id: raw
    type: kafka
    brokers: ${brokers}
    group_id: ${o.group}
    topics: [${o.raw}]
    from_beginning: true
    delivery: ${o.delivery}
    transactional_id_prefix: ${o.prefix}
    session_timeout_ms: 6000
    heartbeat_interval_ms: 1000
    max_wait_ms: 100
    max_bytes_per_partition: 8192
sinks:
  - id: clean
    type: kafka
    brokers: ${brokers}
    topic: ${o.clean}
dead_letter:
  type: kafka
  brokers: ${brokers}
  topic: ${o.dlq}
  encrypt: false
pool:
  threads: 1
shutdown_timeout_ms: 20000
log_level: info
`;
}

/** Owned partitions from an instance's latest "joined the consumer group" log line. */
function owned(p: AuditmaskProcess): string[] {
  const joins = p.logs('joined the consumer group');
  return (joins[joins.length - 1]?.partitions as string[] | undefined) ?? [];
}

describe.skipIf(kafkaSkipReason() !== null)('two auditmask instances in one group, one killed (real broker)', () => {
  let kafka: KafkaHandle;
  const procs: AuditmaskProcess[] = [];
  beforeAll(async () => {
    kafka = await acquireKafka();
  });
  afterAll(async () => {
    for (const p of procs) p.kill('SIGKILL');
    await Promise.all(procs.map((p) => p.exited));
    await kafka?.release();
  });

  for (const delivery of ['at_least_once', 'exactly_once'] as const) {
    it(`${delivery}: the survivor takes over; every record reaches the clean topic ${delivery === 'exactly_once' ? 'exactly once' : 'at least once'}`, async () => {
      const brokers = kafka.brokers;
      const raw = uniqueTopic(`kill-raw-${delivery}`);
      const clean = uniqueTopic(`kill-clean-${delivery}`);
      const dlq = uniqueTopic(`kill-dlq-${delivery}`);
      const group = uniqueGroup(`kill-${delivery}`);
      await createTopics(brokers, [
        { topic: raw, partitions: PARTITIONS },
        { topic: clean, partitions: PARTITIONS },
        { topic: dlq, partitions: 1 },
      ]);
      const yaml = config({ brokers, raw, clean, dlq, group, delivery, prefix: uniqueGroup('tx') });
      const env = { AUDITMASK_HMAC_KEY: HMAC };
      // b first, then a: a's batches (and its held commit) all come after the group was split.
      const b = startAuditmask('b', yaml, env);
      procs.push(b);
      await waitFor(
        () => owned(b).length === PARTITIONS,
        () => `b did not join\n${b.stderr().slice(-2000)}`,
        90_000,
      );
      const a = startAuditmask('a', yaml, env, testFaultsArgs({ kafka_hold_commit_at_batch: 5 }));
      procs.push(a);

      // The first half of the stream now, the second half after the kill.
      const producer = client(brokers).producer({ idempotent: true, maxInFlightRequests: 1 });
      await producer.connect();
      const produce = async (from: number, to: number) => {
        for (let i = from; i < to; i += 200) {
          const messages = Array.from({ length: Math.min(200, to - i) }, (_, j) => {
            const seq = i + j;
            return {
              key: `user-${seq % 40}`,
              value: JSON.stringify({ seq, email: `user${seq}@example.com`, msg: `login from 10.0.${seq % 250}.1` }),
            };
          });
          await producer.send({ topic: raw, acks: -1, messages });
        }
      };

      try {
        // Both joined and split the partitions.
        await waitFor(
          () => owned(a).length === PARTITIONS / 2 && owned(b).length === PARTITIONS / 2,
          () => `partitions a=${owned(a)} b=${owned(b)}\n${a.stderr().slice(-2000)}\n${b.stderr().slice(-2000)}`,
          90_000,
        );
        expect(new Set([...owned(a), ...owned(b)]).size).toBe(PARTITIONS);
        // Mid-stream: a's 5th batch is in the clean topic (in its open transaction under
        // exactly_once) and a holds its commit (test fault): the kill lands between the two.
        await produce(0, N / 2);
        await waitFor(
          () => a.logs('test fault: holding this commit').length > 0,
          () => `a never held a commit\n${a.stderr().slice(-2000)}`,
          90_000,
        );
        a.kill('SIGKILL');
        expect(await a.exited).toBe('SIGKILL');
        await produce(N / 2, N);

        // The survivor takes every partition over and commits up to the end of each.
        await waitFor(
          () => owned(b).length === PARTITIONS,
          () => `b owns ${owned(b)}`,
          90_000,
        );
        const ends = await highWatermarks(brokers, raw);
        await waitFor(
          async () => {
            const c = await committedOffsets(brokers, group, raw);
            return Object.entries(ends).every(([p, high]) => (c[Number(p)] ?? -1) >= high);
          },
          () => `committed offsets never reached ${JSON.stringify(ends)}\n${b.stderr().slice(-3000)}`,
          120_000,
        );
        b.kill('SIGTERM');
        expect(await b.exited).toBe(0);
      } finally {
        await producer.disconnect();
      }

      const out = await readTopic(brokers, clean, { min: N, timeoutMs: 120_000, readUncommitted: false });
      const counts = new Map<number, number>();
      for (const m of out) {
        const v = JSON.parse(m.value.toString()) as { seq: number; email: string };
        expect(v.email).not.toContain('@example.com');
        counts.set(v.seq, (counts.get(v.seq) ?? 0) + 1);
      }
      const missing = Array.from({ length: N }, (_, i) => i).filter((i) => !counts.has(i));
      expect(missing).toEqual([]);
      if (delivery === 'exactly_once') {
        const duplicated = [...counts].filter(([, c]) => c > 1).map(([s]) => s);
        expect(duplicated).toEqual([]);
        expect(out).toHaveLength(N);
      } else {
        // The held batch was written but not committed: the survivor wrote it again.
        expect([...counts.values()].some((c) => c > 1)).toBe(true);
        expect(out.length).toBeGreaterThan(N);
      }
    });
  }

  it('SIGTERM mid-stream: the instance drains, commits and exits 0; the next one goes on with no loss and no duplicate', async () => {
    const brokers = kafka.brokers;
    const raw = uniqueTopic('term-raw');
    const clean = uniqueTopic('term-clean');
    const dlq = uniqueTopic('term-dlq');
    const group = uniqueGroup('term');
    await createTopics(brokers, [
      { topic: raw, partitions: 2 },
      { topic: clean, partitions: 2 },
      { topic: dlq, partitions: 1 },
    ]);
    const yaml = config({ brokers, raw, clean, dlq, group, delivery: 'at_least_once', prefix: 'unused' });
    const env = { AUDITMASK_HMAC_KEY: HMAC };
    const producer = client(brokers).producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const produce = async (from: number, to: number) => {
      for (let i = from; i < to; i += 200) {
        const messages = Array.from({ length: Math.min(200, to - i) }, (_, j) => ({
          value: JSON.stringify({ seq: i + j, email: `t${i + j}@example.com` }),
        }));
        await producer.send({ topic: raw, acks: -1, messages });
      }
    };
    const total = 3000;
    try {
      await produce(0, total / 2);
      const c = startAuditmask('c', yaml, env);
      procs.push(c);
      await waitFor(
        async () => Object.values(await committedOffsets(brokers, group, raw)).reduce((s, o) => s + Math.max(0, o), 0) >= total / 8,
        () => `c made no progress\n${c.stderr().slice(-2000)}`,
        90_000,
      );
      const rest = produce(total / 2, total);
      c.kill('SIGTERM');
      expect(await c.exited).toBe(0);
      await rest;
      // Mid-stream: records were left for the next instance.
      const ends = await highWatermarks(brokers, raw);
      const atExit = await committedOffsets(brokers, group, raw);
      expect(Object.entries(ends).some(([p, high]) => (atExit[Number(p)] ?? -1) < high)).toBe(true);

      const d = startAuditmask('d', yaml, env);
      procs.push(d);
      await waitFor(
        async () => {
          const now = await committedOffsets(brokers, group, raw);
          return Object.entries(ends).every(([p, high]) => (now[Number(p)] ?? -1) >= high);
        },
        () => `d did not finish\n${d.stderr().slice(-2000)}`,
        120_000,
      );
      d.kill('SIGTERM');
      expect(await d.exited).toBe(0);
    } finally {
      await producer.disconnect();
    }
    const out = await readTopic(brokers, clean, { min: total, timeoutMs: 120_000 });
    const seqs = out.map((m) => (JSON.parse(m.value.toString()) as { seq: number }).seq);
    expect(new Set(seqs).size).toBe(total);
    expect(seqs).toHaveLength(total); // a clean stop commits what it wrote: nothing written twice
  });
});

// kafkajs 2.2.4 against a real 3-node Kafka 4.x cluster while nodes go away: a controlled
// shutdown, a restart on the same ports and data, and a crash (SIGKILL). Replication 3 with
// min ISR 2, so one missing node never blocks acks=-1 writes. Has its own cluster: the shared
// one of the global setup must never lose a node.
//
// kafkajs bug found here (tulios/kafkajs #1303, unmerged fix PR #1798): when one send() spans
// partitions led by several brokers and one of those brokers dies, the retry skips every broker
// that already answered in an earlier attempt, including the broker that has meanwhile become
// the new leader of the failed partition. send() then resolves without error and that
// partition's records are never written. The RecordMetadata list lacks the partition, which
// is how sendChecked() below notices it and sends those records again. The second test
// reproduces it deterministically with a frozen (SIGSTOP) leader.

import { type Admin, type Consumer, Kafka, logLevel, type Message, type Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KafkaCluster, startKafka } from '../helpers/kafka-broker.js';
import { kafkaSkipReason, uniqueGroup, uniqueTopic } from '../helpers/kafka-env.js';

const BATCH = 60;
const PARTITIONS = 3;

type PartitionedMessage = Message & { partition: number };

describe.skipIf(kafkaSkipReason() !== null || process.env.AUDITMASK_KAFKA_SKIP_CLUSTER === '1')(
  'kafkajs 2.2.4 against a 3-node Kafka 4.x cluster losing nodes',
  () => {
    let cluster: KafkaCluster | undefined;
    let client: Kafka;
    let admin: Admin | undefined;
    const producers: Producer[] = [];
    const consumers: Consumer[] = [];

    beforeAll(async () => {
      cluster = await startKafka({ nodes: 3 });
      client = new Kafka({
        clientId: 'auditmask-kafka-cluster',
        brokers: cluster.brokers,
        // Leader moves log expected errors; KAFKAJS_DEBUG_LOG=1 shows them.
        logLevel: process.env.KAFKAJS_DEBUG_LOG ? logLevel.INFO : logLevel.NOTHING,
        // A crashed node is fenced only after broker.session.timeout.ms (9 s): retry past that.
        retry: { initialRetryTime: 250, maxRetryTime: 3_000, retries: 12 },
      });
      admin = client.admin();
      await admin.connect();
    }, 240_000);

    afterAll(async () => {
      for (const c of consumers) await c.disconnect().catch(() => {});
      for (const p of producers) await p.disconnect().catch(() => {});
      await admin?.disconnect().catch(() => {});
      await cluster?.stop();
    }, 120_000);

    // Idempotent: retried produce requests and sendChecked() resends never duplicate records.
    const newProducer = async () => {
      const producer = client.producer({ idempotent: true, maxInFlightRequests: 1 });
      producers.push(producer);
      await producer.connect();
      return producer;
    };

    it('keeps producing and consuming through a node stop, restart and crash', async () => {
      if (!cluster || !admin) throw new Error('cluster not started');
      const topic = uniqueTopic('cluster');
      const groupId = uniqueGroup('cluster-group');
      await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS, replicationFactor: 3 }], waitForLeaders: true });
      const producer = await newProducer();
      let nextSeq = 0;
      const produceBatch = () =>
        sendChecked(
          producer,
          topic,
          Array.from({ length: BATCH }, () => {
            const seq = nextSeq++;
            return { partition: seq % PARTITIONS, key: `k-${seq}`, value: String(seq), headers: { 'x-seq': String(seq) } };
          }),
        );

      const seen = new Map<number, number>(); // seq -> times received (at-least-once)
      const consumer = client.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
      consumers.push(consumer);
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
          for (const message of batch.messages) {
            if (!isRunning() || isStale()) break;
            const seq = Number(message.headers?.['x-seq']?.toString());
            seen.set(seq, (seen.get(seq) ?? 0) + 1);
            resolveOffset(message.offset);
            await heartbeat();
          }
        },
      });
      const allSeen = (n: number) =>
        waitFor(
          () => countBelow(seen, n) === n,
          120_000,
          () => `${countBelow(seen, n)}/${n} received`,
        );

      await produceBatch();
      await allSeen(BATCH);

      await cluster.stopNode(1); // controlled shutdown: leaders move at once
      await produceBatch();
      await allSeen(2 * BATCH);

      await cluster.startNode(1); // same ports and data dir; rejoins the quorum
      await cluster.killNode(2); // crash: no controlled shutdown, fenced after the session timeout
      await produceBatch();
      await allSeen(3 * BATCH);

      await cluster.startNode(2); // recovers its log after the unclean stop
      await produceBatch();
      await allSeen(4 * BATCH);

      const total = 4 * BATCH;
      expect([...seen.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i));
      // Each record is in the log exactly once, whatever the consumer saw twice.
      const offsets = await admin.fetchTopicOffsets(topic);
      expect(offsets.reduce((sum, o) => sum + Number(o.high), 0)).toBe(total);
    }, 400_000);

    it('send() may resolve without writing the partition of a failed leader (kafkajs #1303); the result always shows what was written', async () => {
      if (!cluster) throw new Error('cluster not started');
      // Short request timeout: the frozen leader must fail fast; retries outlast its fencing (9 s).
      const fast = new Kafka({
        clientId: 'auditmask-kafka-1303',
        brokers: cluster.brokers.slice(0, 2), // bootstrap only via nodes that keep answering
        logLevel: process.env.KAFKAJS_DEBUG_LOG ? logLevel.INFO : logLevel.NOTHING,
        requestTimeout: 2_000,
        retry: { initialRetryTime: 250, maxRetryTime: 2_000, retries: 15 },
      });
      const fastAdmin = fast.admin();
      await fastAdmin.connect();
      const topic = uniqueTopic('cluster-1303');
      // Preferred (first) replica = leader: partition 0 on node id 1, partition 1 on node id 3.
      await fastAdmin.createTopics({
        topics: [
          {
            topic,
            replicaAssignment: [
              { partition: 0, replicas: [1, 2, 3] },
              { partition: 1, replicas: [3, 1, 2] },
            ],
          },
        ],
        waitForLeaders: true,
      });
      // Not idempotent: kafkajs allows acks=1 only without idempotence. Resending below cannot
      // duplicate anything, because the test first proves the records were not written.
      const producer = fast.producer();
      producers.push(producer);
      await producer.connect();
      // Connects to both leaders, so the next send reaches node id 3 instead of failing to connect.
      await sendChecked(producer, topic, [
        { partition: 0, value: 'warm-up' },
        { partition: 1, value: 'warm-up' },
      ]);

      // Node id 3 (leader of partition 1) hangs, then crashes while the send is in flight. acks=1
      // makes partition 0's answer immediate; with acks=-1 the same happens whenever partition 0's
      // answer arrives first (as in the test above, where sendChecked() absorbed it).
      cluster.freezeNode(2);
      try {
        const messages = [0, 1].flatMap((partition) => Array.from({ length: 5 }, (_, i) => ({ partition, value: `p${partition}-${i}` })));
        const sending = producer.send({ topic, acks: 1, messages });
        sending.catch(() => {}); // awaited below; no unhandled rejection meanwhile
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await cluster.killNode(2); // connection error -> metadata refresh -> partition 1 moves to node id 1
        const outcome = await sending.then(
          (result) => ({ result, error: undefined }),
          (error: unknown) => ({ result: undefined, error }),
        );
        let offsets = await fastAdmin.fetchTopicOffsets(topic);
        const high = Object.fromEntries(offsets.map((o) => [o.partition, o.high]));
        let written: number[];
        if (outcome.result) {
          written = outcome.result.map((r) => r.partition).sort((a, b) => a - b);
          // The bug, most runs: no error, yet partition 1 is missing from the result and was not
          // written (node id 1 had answered for partition 0 in the first attempt, so the retry
          // skips it). Whether the retry races ahead of the metadata refresh depends on timing, so
          // some runs write both; whenever send() resolves, the result says exactly what the log
          // holds, which is what the guard below relies on.
          expect(written.includes(0)).toBe(true);
          expect(written.every((p) => p === 0 || p === 1)).toBe(true);
          expect(high).toEqual({ 0: '6', 1: written.includes(1) ? '6' : '1' });
        } else {
          // Other runs (a loaded machine, a fresh-clone CI run): the retry reaches the killed
          // node's port before the metadata moved and send() rejects with a connection error.
          // Nothing is promised then, so the log says what was written: each partition's batch
          // is whole or absent, never half.
          expect((outcome.error as Error).name).toMatch(/^KafkaJS/);
          expect(['1', '6']).toContain(high[0]);
          expect(['1', '6']).toContain(high[1]);
          written = [0, 1].filter((p) => high[p] === '6');
        }

        // The guard: resend what the result does not cover (safe with an idempotent producer).
        await sendChecked(
          producer,
          topic,
          messages.filter((m) => !written.includes(m.partition)),
        );
        offsets = await fastAdmin.fetchTopicOffsets(topic);
        expect(Object.fromEntries(offsets.map((o) => [o.partition, o.high]))).toEqual({ 0: '6', 1: '6' });
      } finally {
        await fastAdmin.disconnect();
        await cluster.killNode(2);
      }
    }, 240_000);
  },
);

/**
 * producer.send() plus the kafkajs #1303 guard: every partition of `messages` must appear in the
 * returned RecordMetadata; the records of partitions that do not are sent again.
 */
async function sendChecked(producer: Producer, topic: string, messages: PartitionedMessage[]): Promise<void> {
  let pending = messages;
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > 5) throw new Error(`partitions ${[...new Set(pending.map((m) => m.partition))]} still unwritten`);
    const result = await producer.send({ topic, acks: -1, messages: pending });
    const written = new Set(result.filter((r) => r.errorCode === 0).map((r) => r.partition));
    pending = pending.filter((m) => !written.has(m.partition));
  }
}

function countBelow(seen: Map<number, number>, n: number): number {
  let count = 0;
  for (const seq of seen.keys()) if (seq < n) count++;
  return count;
}

async function waitFor(condition: () => boolean, timeoutMs: number, describeState: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${describeState()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

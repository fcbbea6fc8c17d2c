// The Kafka source's own contract against the real broker: backpressure pauses only the refused
// partition (no busy loop), or, when the pipeline says when capacity frees (`ready`), the batch
// waits in place for it, stop() drains the batch in flight, commits it and leaves the group,
// and a batch whose partition moved to another member during a rebalance is not committed.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackpressureError } from '../../src/core/errors.js';
import { silentLogger } from '../../src/log/logger.js';
import type { BatchHandler } from '../../src/core/component.js';
import { createKafkaSource, type KafkaSource } from '../../src/sources/kafka/index.js';
import { acquireKafka, type KafkaHandle, kafkaSkipReason, uniqueGroup, uniqueTopic } from '../helpers/kafka-env.js';
import { client, committedOffsets, createTopics, produce, sourceConfig, waitFor } from '../helpers/kafka-topics.js';

const deps = { logger: silentLogger };
const seqs = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ value: JSON.stringify({ n: from + i }) }));

describe.skipIf(kafkaSkipReason() !== null)('Kafka source (real broker)', () => {
  let kafka: KafkaHandle;
  const running: KafkaSource[] = [];
  beforeAll(async () => {
    kafka = await acquireKafka();
  });
  afterAll(async () => {
    await Promise.all(running.map((s) => s.stop()));
    await kafka?.release();
  });
  const start = async (o: Record<string, unknown>, handler: BatchHandler) => {
    const s = createKafkaSource(sourceConfig({ brokers: kafka.brokers, from_beginning: true, max_wait_ms: 100, ...o }), deps);
    s.setHandler(handler);
    running.push(s);
    await s.start();
    return s;
  };

  it('backpressure pauses the refused partition only: it is not fetched again while the others go on', async () => {
    const topic = uniqueTopic('bp');
    const group = uniqueGroup('bp');
    await createTopics(kafka.brokers, [{ topic, partitions: 2 }]);
    await produce(kafka.brokers, topic, [
      ...seqs(5).map((m) => ({ ...m, partition: 0 })),
      ...seqs(5, 5).map((m) => ({ ...m, partition: 1 })),
    ]);
    let refused = 0;
    const acked: number[] = [];
    const source = await start({ group_id: group, topics: [topic] }, async (batch) => {
      if (batch.stream.endsWith('/0')) {
        refused++;
        throw new BackpressureError('full', 600_000);
      }
      for (const r of batch.records) acked.push((JSON.parse(r.value.toString()) as { n: number }).n);
      return { written: batch.records.length, deadLettered: 0 };
    });
    await waitFor(
      () => acked.length >= 5 && refused >= 1,
      () => `acked ${acked.length}, refused ${refused}`,
    );
    // Several more fetch rounds on partition 1; partition 0 stays paused all along.
    for (let round = 1; round <= 3; round++) {
      await produce(
        kafka.brokers,
        topic,
        seqs(2, 100 * round).map((m) => ({ ...m, partition: 1 })),
      );
      await waitFor(
        () => acked.length >= 5 + 2 * round,
        () => `round ${round}: acked ${acked.length}`,
      );
    }
    expect(refused).toBe(1);
    expect(source.stats.retries).toBe(1);
    await source.stop();
    const committed = await committedOffsets(kafka.brokers, group, topic);
    expect(committed[0]).toBe(-1); // nothing of the refused partition was committed
    expect(committed[1]).toBe(11);
  });

  it('backpressure with `ready` (the pipeline at capacity): the batch waits in place and is offered again, no pause', async () => {
    const topic = uniqueTopic('bpready');
    const group = uniqueGroup('bpready');
    await createTopics(kafka.brokers, [{ topic, partitions: 2 }]);
    await produce(kafka.brokers, topic, [
      ...seqs(5).map((m) => ({ ...m, partition: 0 })),
      ...seqs(5, 5).map((m) => ({ ...m, partition: 1 })),
    ]);
    // Capacity frees when partition 1's batch is delivered; partition 0's first offer is refused
    // with a hint of ten minutes, so only the wait on `ready` can deliver it within the test.
    let freed!: () => void;
    const ready = new Promise<void>((r) => {
      freed = r;
    });
    let refused = 0;
    const acked: number[] = [];
    const source = await start({ group_id: group, topics: [topic] }, async (batch) => {
      if (batch.stream.endsWith('/0') && refused === 0) {
        refused++;
        throw new BackpressureError('at capacity', 600_000, ready);
      }
      for (const r of batch.records) acked.push((JSON.parse(r.value.toString()) as { n: number }).n);
      if (batch.stream.endsWith('/1')) setTimeout(freed, 50);
      return { written: batch.records.length, deadLettered: 0 };
    });
    await waitFor(
      () => acked.length >= 10,
      () => `acked ${acked.length}, refused ${refused}`,
    );
    expect(refused).toBe(1);
    expect(source.stats.capacityWaits).toBe(1);
    expect(source.stats.retries).toBe(0); // never paused
    expect(acked.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await source.stop();
    expect(await committedOffsets(kafka.brokers, group, topic)).toEqual({ 0: 5, 1: 5 });
  });

  it('stop() lets the batch in flight finish, commits it and leaves the group', async () => {
    const topic = uniqueTopic('stop');
    const group = uniqueGroup('stop');
    await createTopics(kafka.brokers, [{ topic, partitions: 1 }]);
    await produce(kafka.brokers, topic, seqs(10));
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let calls = 0;
    const source = await start({ group_id: group, topics: [topic] }, async (batch) => {
      calls++;
      await gate;
      return { written: batch.records.length, deadLettered: 0 };
    });
    await waitFor(
      () => calls === 1,
      () => 'no batch',
    );
    const stopping = source.stop();
    release();
    await stopping;
    expect(calls).toBe(1);
    expect(await committedOffsets(kafka.brokers, group, topic)).toEqual({ 0: 10 });
    const admin = client(kafka.brokers).admin();
    await admin.connect();
    try {
      const { groups } = await admin.describeGroups([group]);
      expect(groups[0]?.members).toEqual([]);
    } finally {
      await admin.disconnect();
    }
  });

  it('heartbeats during a batch longer than the session timeout: the member stays and commits', async () => {
    const topic = uniqueTopic('long');
    const group = uniqueGroup('long');
    await createTopics(kafka.brokers, [{ topic, partitions: 1 }]);
    await produce(kafka.brokers, topic, seqs(3));
    let calls = 0;
    const source = await start(
      { group_id: group, topics: [topic], session_timeout_ms: 6000, heartbeat_interval_ms: 500 },
      async (batch) => {
        calls++;
        // Longer than the session: without heartbeats the coordinator would drop this member.
        await new Promise((r) => setTimeout(r, 8000));
        return { written: batch.records.length, deadLettered: 0 };
      },
    );
    await waitFor(
      () => source.stats.commits + source.stats.commitFailures > 0,
      () => 'the long batch never finished',
    );
    await source.stop();
    expect(calls).toBe(1);
    expect(source.stats.commitFailures).toBe(0);
    expect(source.stats.commits).toBe(1);
    expect(await committedOffsets(kafka.brokers, group, topic)).toEqual({ 0: 3 });
  });

  it('a batch whose partition moved to another member while in flight is not committed by this one', async () => {
    const topic = uniqueTopic('rebalance');
    const group = uniqueGroup('rebalance');
    await createTopics(kafka.brokers, [{ topic, partitions: 1 }]);
    await produce(kafka.brokers, topic, seqs(10));
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let aCalls = 0;
    const timing = { rebalance_timeout_ms: 2000, session_timeout_ms: 6000, heartbeat_interval_ms: 500 };
    // a takes the batch and holds it past the rebalance timeout.
    const a = await start({ group_id: group, topics: [topic], ...timing }, async (batch) => {
      aCalls++;
      if (aCalls === 1) await gate;
      return { written: batch.records.length, deadLettered: 0 };
    });
    await waitFor(
      () => aCalls === 1,
      () => 'a got no batch',
    );
    // b joins: the group rebalances without a (which does not rejoin in time) and b reads it all.
    const bAcked: number[] = [];
    const b = await start({ group_id: group, topics: [topic], ...timing }, async (batch) => {
      for (const r of batch.records) bAcked.push((JSON.parse(r.value.toString()) as { n: number }).n);
      return { written: batch.records.length, deadLettered: 0 };
    });
    await waitFor(
      () => bAcked.length >= 10,
      () => `b acked ${bAcked.length}`,
    );
    // a's batch now "succeeds": a must not commit it (it sees the new generation, or the broker
    // refuses its stale one).
    release();
    await waitFor(
      () => a.stats.revoked + a.stats.commitFailures > 0,
      () => 'a never finished its batch',
    );
    await a.stop();
    await b.stop();
    expect(a.stats.commits).toBe(0);
    expect([...new Set(bAcked)].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await committedOffsets(kafka.brokers, group, topic)).toEqual({ 0: 10 });
  });
});

// auditmask's own log during a routine rebalance on the real broker (issue 16, item 11): no line at
// `error` for it, and the broker addresses stay readable in the lines about it.

import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import type { BatchHandler } from '../../src/core/component.js';
import { createKafkaSource, type KafkaSource } from '../../src/sources/kafka/index.js';
import { acquireKafka, type KafkaHandle, kafkaSkipReason, uniqueGroup, uniqueTopic } from '../helpers/kafka-env.js';
import { createTopics, produce, sourceConfig, waitFor } from '../helpers/kafka-topics.js';

describe.skipIf(kafkaSkipReason() !== null)('Kafka log levels (real broker)', () => {
  let kafka: KafkaHandle;
  const running: KafkaSource[] = [];
  beforeAll(async () => {
    kafka = await acquireKafka();
  });
  afterAll(async () => {
    await Promise.all(running.map((s) => s.stop()));
    await kafka?.release();
  });

  it('a member joining the group (a rebalance) logs nothing at error; broker addresses are readable', async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new PassThrough();
    stream.on('data', (c: Buffer) => {
      for (const l of c.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
    });
    const logger = createLogger({ level: 'info', stream });
    const topic = uniqueTopic('loglevels');
    const group = uniqueGroup('loglevels');
    await createTopics(kafka.brokers, [{ topic, partitions: 4 }]);
    await produce(
      kafka.brokers,
      topic,
      Array.from({ length: 40 }, (_, i) => ({ value: JSON.stringify({ n: i }), partition: i % 4 })),
    );
    let seen = 0;
    const handler: BatchHandler = async (batch) => {
      seen += batch.records.length;
      return { written: batch.records.length, deadLettered: 0 };
    };
    const start = async () => {
      const s = createKafkaSource(
        sourceConfig({ brokers: kafka.brokers, from_beginning: true, max_wait_ms: 100, group_id: group, topics: [topic] }),
        { logger },
      );
      s.setHandler(handler);
      running.push(s);
      await s.start();
      return s;
    };
    await start();
    await waitFor(
      () => seen >= 40,
      () => `seen ${seen}`,
    );
    // Two more members: the group rebalances twice while the first keeps heartbeating.
    await start();
    await start();
    await new Promise((r) => setTimeout(r, 8000));
    const routine = lines.filter((l) => /rebalanc|coordinator/i.test(`${l.msg} ${JSON.stringify(l.kafkajs ?? {})}`));
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
    for (const l of routine) expect(l.level).toBe('info');
    // Lines about a broker name it as configured (loopback here), not as a token.
    const port = kafka.brokers[0]?.split(':')[1] as string;
    for (const l of lines.filter((x) => typeof x.broker === 'string')) expect(String(l.broker)).toContain(`:${port}`);
    const text = lines.map((l) => JSON.stringify(l)).join('\n');
    expect(text).not.toMatch(/<IP_ADDRESS[^>]*>/);
  }, 60_000);
});

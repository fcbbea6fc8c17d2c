// Kafka headers named like Object.prototype members (issue 16, item 1) through the real broker:
// the source keeps them as data (kafkajs hands a `__proto__` header over oddly), the pool masks
// them by content, and the dead-letter file keeps them for a rejected record.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.js';
import type { BatchHandler } from '../../src/core/component.js';
import type { AuditRecord } from '../../src/core/record.js';
import { createKafkaSource, type KafkaSource } from '../../src/sources/kafka/index.js';
import { acquireKafka, type KafkaHandle, kafkaSkipReason, uniqueGroup, uniqueTopic } from '../helpers/kafka-env.js';
import { createTopics, produce, sourceConfig, waitFor } from '../helpers/kafka-topics.js';

describe.skipIf(kafkaSkipReason() !== null)('Kafka headers named __proto__ (real broker)', () => {
  let kafka: KafkaHandle;
  let source: KafkaSource | undefined;
  beforeAll(async () => {
    kafka = await acquireKafka();
  });
  afterAll(async () => {
    await source?.stop();
    await kafka?.release();
  });

  it('the source keeps __proto__, constructor and toString headers as own entries with their values', async () => {
    const topic = uniqueTopic('protohdr');
    await createTopics(kafka.brokers, [{ topic, partitions: 1 }]);
    const headers: Record<string, string> = Object.create(null);
    const PROTO = '__proto__'; // a computed key: an own property, never the prototype
    headers[PROTO] = 'mail jane.doe@example.com';
    // Keys typed as plain strings: written as `headers.constructor`, TypeScript would read Object's members.
    const CONSTRUCTOR: string = 'constructor';
    const TO_STRING: string = 'toString';
    headers[CONSTRUCTOR] = 'c-value';
    headers[TO_STRING] = 't-value';
    await produce(kafka.brokers, topic, [{ value: '{"n":1}', headers }]);
    const seen: AuditRecord[] = [];
    const handler: BatchHandler = async (batch) => {
      seen.push(...batch.records);
      return { written: batch.records.length, deadLettered: 0 };
    };
    source = createKafkaSource(
      sourceConfig({ brokers: kafka.brokers, group_id: uniqueGroup('protohdr'), topics: [topic], from_beginning: true, max_wait_ms: 100 }),
      {
        logger: silentLogger,
      },
    );
    source.setHandler(handler);
    await source.start();
    await waitFor(
      () => seen.length >= 1,
      () => `seen ${seen.length}`,
    );
    const h = seen[0]?.headers ?? {};
    expect(Object.keys(h).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.hasOwn(h, '__proto__')).toBe(true);
    expect(String(h[PROTO])).toBe('mail jane.doe@example.com');
    expect(String(h.constructor)).toBe('c-value');
  });
});

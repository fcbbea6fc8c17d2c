// The shared component suite (test/helpers/component-suite.ts) for the Kafka source, the Kafka
// sink and the Kafka dead-letter sink, against the real broker.

import { describe } from 'vitest';
import { silentLogger } from '../../src/log/logger.js';
import { createKafkaDeadLetterSink } from '../../src/sinks/kafka-dead-letter/index.js';
import { createKafkaSink } from '../../src/sinks/kafka/index.js';
import { createKafkaSource } from '../../src/sources/kafka/index.js';
import { sinkSuite, sourceSuite, suiteRejected } from '../helpers/component-suite.js';
import { externalBrokers } from '../helpers/kafka-broker.js';
import { injectedKafkaBrokers, kafkaSkipReason, uniqueGroup, uniqueTopic } from '../helpers/kafka-env.js';
import { createTopics, deadLetterConfig, produce, readTopic, sinkConfig, sourceConfig } from '../helpers/kafka-topics.js';

const deps = { logger: silentLogger };
const brokers = () => {
  const b = injectedKafkaBrokers() ?? externalBrokers();
  if (!b) throw new Error('no Kafka broker: run this file through the integration project (global setup)');
  return b;
};
const suiteNumbers = async (topic: string) =>
  (await readTopic(brokers(), topic, { min: 0 })).map((m) => (JSON.parse(m.value.toString()) as { suite: number }).suite);

describe.skipIf(kafkaSkipReason() !== null)('Kafka components', () => {
  sinkSuite<unknown, { topic: string }>({
    name: 'kafka sink',
    component: { kind: 'sink', type: 'kafka' },
    async setup() {
      const topic = uniqueTopic('suite-sink');
      await createTopics(brokers(), [{ topic, partitions: 1 }]);
      return { topic };
    },
    create: (ctx) => createKafkaSink(sinkConfig({ brokers: brokers(), topic: ctx.topic }), deps),
    readBack: (ctx) => suiteNumbers(ctx.topic),
  });

  sinkSuite<unknown, { topic: string }>({
    name: 'kafka dead-letter sink',
    component: { kind: 'dead_letter', type: 'kafka' },
    async setup() {
      const topic = uniqueTopic('suite-dlq');
      await createTopics(brokers(), [{ topic, partitions: 1 }]);
      return { topic };
    },
    create: (ctx) => createKafkaDeadLetterSink(deadLetterConfig({ brokers: brokers(), topic: ctx.topic }), deps),
    items: (n, start) => suiteRejected(n, start),
    readBack: (ctx) => suiteNumbers(ctx.topic),
  });

  sourceSuite<{ topic: string; group: string }>({
    name: 'kafka source',
    component: { kind: 'source', type: 'kafka' },
    async setup() {
      const topic = uniqueTopic('suite-src');
      await createTopics(brokers(), [{ topic, partitions: 1 }]);
      return { topic, group: uniqueGroup('suite-src') };
    },
    create: (ctx) =>
      createKafkaSource(
        sourceConfig({ brokers: brokers(), group_id: ctx.group, topics: [ctx.topic], from_beginning: true, max_wait_ms: 100 }),
        deps,
      ),
    produce: (ctx, numbers) =>
      produce(
        brokers(),
        ctx.topic,
        numbers.map((n) => ({ value: JSON.stringify({ suite: n }) })),
      ),
    atLeastOnce: 'restart',
  });
});

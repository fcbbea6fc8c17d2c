// vitest globalSetup: one single-node Kafka for the whole integration run.
//   test: { globalSetup: ['test/integration/kafka-global-setup.ts'] }
// Tests read it with acquireKafka() / injectedKafkaBrokers() from test/helpers/kafka-env.ts.
// Tests that stop or kill nodes must start their own cluster with startKafka().

import type { TestProject } from 'vitest/node';
import { externalBrokers, type KafkaCluster, kafkaSkipReason, startKafka } from '../helpers/kafka-broker.js';
import type {} from '../helpers/kafka-env.js'; // ProvidedContext keys

let cluster: KafkaCluster | undefined;

export async function setup({ provide }: TestProject): Promise<void> {
  const external = externalBrokers();
  const skip = external ? null : kafkaSkipReason();
  if (skip) {
    console.warn(skip);
    provide('kafkaBrokers', []);
    provide('kafkaSkipReason', skip);
    return;
  }
  if (!external) cluster = await startKafka({ nodes: 1 });
  provide('kafkaBrokers', external ?? cluster?.brokers ?? []);
  provide('kafkaSkipReason', '');
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
  cluster = undefined;
}

// Test-side access to the Kafka cluster of an integration run.
//
// Where the brokers come from, first match wins:
//   1. the vitest global setup (test/integration/kafka-global-setup.ts) via inject('kafkaBrokers');
//   2. AUDITMASK_KAFKA_BROKERS, e.g. from `node scripts/kafka.mjs start` (fast edit-run loop);
//   3. a single-node cluster started by acquireKafka() for this test file alone, so a file also
//      runs with `npx vitest run <file>` and no config.

import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { externalBrokers, kafkaSkipReason as localSkipReason, startKafka } from './kafka-broker.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bootstrap servers of the run's shared cluster; [] when Kafka tests are skipped. */
    kafkaBrokers: string[];
    /** Why Kafka tests are skipped; '' when they run. */
    kafkaSkipReason: string;
  }
}

/** Brokers provided by the global setup, or undefined when it is not configured. */
export function injectedKafkaBrokers(): string[] | undefined {
  const brokers = inject('kafkaBrokers') as string[] | undefined;
  return brokers && brokers.length > 0 ? brokers : undefined;
}

/** Why this file's Kafka tests should be skipped, or null. Use with describe.skipIf(). */
export function kafkaSkipReason(): string | null {
  const provided = inject('kafkaSkipReason') as string | undefined;
  if (provided !== undefined) return provided || null;
  return localSkipReason();
}

export interface KafkaHandle {
  brokers: string[];
  /** Stops the cluster if acquireKafka() started it; a shared cluster is left alone. */
  release(): Promise<void>;
}

/** The run's shared cluster, or a private single-node one (call in beforeAll). */
export async function acquireKafka(): Promise<KafkaHandle> {
  const shared = injectedKafkaBrokers() ?? externalBrokers();
  if (shared) return { brokers: shared, release: async () => {} };
  const cluster = await startKafka({ nodes: 1 });
  return { brokers: cluster.brokers, release: () => cluster.stop() };
}

/** A topic (or group) name no other test or run uses: `<prefix>-<time>-<random>`. */
export function uniqueTopic(prefix: string): string {
  const safe = prefix.replace(/[^a-zA-Z0-9._-]/g, '-').slice(0, 100);
  return `${safe}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** Same shape as uniqueTopic, for consumer group ids and transactional ids. */
export const uniqueGroup = uniqueTopic;

import type { Transaction } from 'kafkajs';
import type { RecordOrigin } from '../core/record.js';

/**
 * Exactly-once (Kafka → Kafka): while the Kafka source hands a batch of one input partition to
 * the pipeline, it opens a transaction of that partition's transactional producer and registers
 * it here. The Kafka sink and the Kafka dead-letter sink look up the transaction of each record's
 * origin and send inside it; the source then adds the consumed offsets to the same transaction
 * and commits it (or aborts it when the batch failed). Records of partitions without an open
 * transaction (at-least-once mode, other sources) are sent by the sinks' own producers.
 */
export interface OpenTransaction {
  transaction: Transaction;
  /** Bootstrap brokers of the source: a sink on another cluster cannot join the transaction. */
  brokers: readonly string[];
}

const open = new Map<string, OpenTransaction>();

const keyOf = (topic: string, partition: number) => `${partition}\u0000${topic}`;

/** Called by the source before handing the batch over; the previous one of the partition is replaced. */
export function registerTransaction(topic: string, partition: number, tx: OpenTransaction): void {
  open.set(keyOf(topic, partition), tx);
}

/** Called by the source once the batch settled (commit or abort). */
export function unregisterTransaction(topic: string, partition: number, tx: OpenTransaction): void {
  const key = keyOf(topic, partition);
  if (open.get(key) === tx) open.delete(key);
}

/** The open transaction for a record's origin, if any. */
export function transactionFor(origin: RecordOrigin): OpenTransaction | undefined {
  if (origin.kind !== 'kafka' || open.size === 0) return undefined;
  return open.get(keyOf(origin.topic, origin.partition));
}

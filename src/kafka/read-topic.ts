import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';

/**
 * Reads every partition of `topic` from its first offset to its end offset as they were when the
 * call began (what arrives later is not read), under a throwaway consumer group that never
 * commits and is deleted after; then resolves. `visit` gets the messages in offset order per
 * partition. Rejects when the topic cannot be read, or after `timeoutMs`. The group is named
 * `<groupPrefix>-<uuid>`, so a broker's group list tells which command read the topic.
 */
export async function readTopicToEnd(
  kafka: Kafka,
  topic: string,
  visit: (partition: number, message: KafkaMessage) => void,
  timeoutMs = 120_000,
  groupPrefix = 'auditmask-read',
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `${groupPrefix}-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  try {
    const remaining = new Map<number, bigint>();
    for (const o of await admin.fetchTopicOffsets(topic)) if (BigInt(o.high) > BigInt(o.low)) remaining.set(o.partition, BigInt(o.high));
    if (remaining.size === 0) return;
    let finish: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      finish = resolve;
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset }) => {
        const high = remaining.get(batch.partition);
        if (high === undefined) return;
        for (const m of batch.messages) {
          if (BigInt(m.offset) >= high) break;
          visit(batch.partition, m);
          resolveOffset(m.offset);
          if (BigInt(m.offset) + 1n >= high) {
            remaining.delete(batch.partition);
            if (remaining.size === 0) finish();
            break;
          }
        }
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`reading ${topic} did not finish within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([done, timeout]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await consumer.disconnect().catch(() => {});
    await admin.deleteGroups([groupId]).catch(() => {});
    await admin.disconnect().catch(() => {});
  }
}

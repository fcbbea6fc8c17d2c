import { CompressionTypes, type Message, type RecordMetadata, type Sender, type TopicMessages } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/log/logger.js';
import { sendChecked } from '../../../src/sinks/kafka/writer.js';
import { partitioner } from '../../../src/kafka/connection.js';

const metadata = [0, 1, 2].map((partitionId) => ({
  partitionId,
  partitionErrorCode: 0,
  leader: 1,
  replicas: [1],
  isr: [1],
  offlineReplicas: [],
}));

/** A sender that partitions like kafkajs (our partitioner) and "forgets" some partitions, like kafkajs #1303. */
function fakeSender(forget: number[][]): { sender: Sender; sends: { topic: string; partition: number; value: string }[][] } {
  const choose = partitioner();
  const sends: { topic: string; partition: number; value: string }[][] = [];
  const sendBatch = async ({ topicMessages }: { topicMessages?: TopicMessages[] }): Promise<RecordMetadata[]> => {
    const drop = forget[sends.length] ?? [];
    const call: { topic: string; partition: number; value: string }[] = [];
    const answered = new Set<string>();
    for (const { topic, messages } of topicMessages ?? []) {
      for (const m of messages as Message[]) {
        const partition = choose({ topic, partitionMetadata: metadata, message: m });
        if (drop.includes(partition)) continue;
        call.push({ topic, partition, value: String(m.value) });
        answered.add(`${topic}:${partition}`);
      }
    }
    sends.push(call);
    return [...answered].map((tp) => {
      const [topicName, p] = tp.split(':');
      return { topicName: topicName as string, partition: Number(p), errorCode: 0 };
    });
  };
  return { sender: { send: async () => [], sendBatch } as unknown as Sender, sends };
}

const messages = (n: number): TopicMessages[] => [
  { topic: 't', messages: Array.from({ length: n }, (_, i) => ({ key: `key-${i}`, value: `v${i}` })) },
];

describe('sendChecked (kafkajs #1303 guard)', () => {
  it('resends, to the same partition and in order, the messages of a partition the answer lacks', async () => {
    const { sender, sends } = fakeSender([[1]]);
    const batch = messages(30);
    await sendChecked(sender, batch, CompressionTypes.None, silentLogger, 'test');
    expect(sends).toHaveLength(2);
    const firstPartitions = new Set(sends[0]?.map((s) => s.partition));
    expect(firstPartitions.has(1)).toBe(false);
    // The retry holds exactly the forgotten partition's messages, in their order.
    expect(new Set(sends[1]?.map((s) => s.partition))).toEqual(new Set([1]));
    const written = [...(sends[0] ?? []), ...(sends[1] ?? [])].map((s) => s.value).sort();
    expect(written).toEqual(batch[0]?.messages.map((m) => String(m.value)).sort());
    const retried = sends[1]?.map((s) => Number(s.value.slice(1))) ?? [];
    expect(retried).toEqual([...retried].sort((a, b) => a - b));
  });

  it('fails the write when a partition is still missing after five sends', async () => {
    const { sender, sends } = fakeSender([[0], [0], [0], [0], [0]]);
    await expect(sendChecked(sender, messages(30), CompressionTypes.None, silentLogger, 'test')).rejects.toThrow(/not acknowledged/);
    expect(sends).toHaveLength(5);
  });

  it('one send when every partition is acknowledged', async () => {
    const { sender, sends } = fakeSender([]);
    await sendChecked(sender, messages(30), CompressionTypes.None, silentLogger, 'test');
    expect(sends).toHaveLength(1);
  });
});

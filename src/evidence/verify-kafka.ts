import { randomUUID } from 'node:crypto';
import type { IHeaders, Kafka } from 'kafkajs';
import { CONTROL_MEMBER, type ControlBody } from './chain.js';
import { CONTROL_HEADER, kafkaCanonical, parseLinkHeader } from './kafka-chain.js';
import type { VerifyResult } from './verify-files.js';
import { assemble, type Location, type Piece, type Problem, SegmentVerifier } from './verify.js';

/** Where a Kafka record came from (lineage headers), for `auditmask replay --from`. */
export interface KafkaLineage {
  topic: string;
  partition: number;
  offset: string;
}

export type KafkaRecordVisitor = (value: Buffer, location: Location, lineage: KafkaLineage | undefined) => void;

const headerText = (h: IHeaders | undefined, name: string): string | undefined => {
  const v = h?.[name];
  if (v === undefined || Array.isArray(v)) return undefined;
  return typeof v === 'string' ? v : v.toString('utf8');
};

/**
 * Reads every partition of `topic` from its first to its last offset (at the time of the call)
 * under a throwaway consumer group (deleted after), and checks each partition's chain. A
 * partition's segment is named `<topic>[<partition>]`, a record's location is its offset.
 */
export async function verifyKafkaTopic(
  kafka: Kafka,
  topic: string,
  options: { key: Buffer; keyId: string; onRecord?: KafkaRecordVisitor; timeoutMs?: number },
): Promise<VerifyResult> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `auditmask-verify-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  const problems: Problem[] = [];
  const verifiers = new Map<number, SegmentVerifier>();
  let lines = 0;
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    const remaining = new Map<number, bigint>();
    for (const o of offsets) if (BigInt(o.high) > BigInt(o.low)) remaining.set(o.partition, BigInt(o.high));
    const verifierOf = (partition: number) => {
      let v = verifiers.get(partition);
      if (!v) {
        v = new SegmentVerifier({ key: options.key, keyId: options.keyId, segment: `${topic}[${partition}]`, problems });
        verifiers.set(partition, v);
      }
      return v;
    };
    if (remaining.size > 0) {
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
          const verifier = verifierOf(batch.partition);
          for (const m of batch.messages) {
            if (BigInt(m.offset) >= high) break;
            lines++;
            const location: Location = { segment: `${topic}[${batch.partition}]`, offset: m.offset };
            const link = parseLinkHeader(m.headers?.['auditmask-chain']);
            if (!link) verifier.unlinked(location);
            else {
              const canonical = kafkaCanonical(m.key, m.value, m.headers as never);
              const isControl = m.headers?.[CONTROL_HEADER] !== undefined;
              let control: ControlBody | undefined;
              if (isControl) {
                try {
                  control = (JSON.parse(m.value?.toString('utf8') ?? '') as Record<string, ControlBody>)[CONTROL_MEMBER];
                } catch {
                  control = undefined;
                }
              }
              verifier.entry(link.seq, link.mac, canonical, control, location, isControl ? undefined : (m.value ?? Buffer.alloc(0)));
              if (!isControl && m.value && options.onRecord) {
                const st = headerText(m.headers, 'auditmask-source-topic');
                const sp = headerText(m.headers, 'auditmask-source-partition');
                const so = headerText(m.headers, 'auditmask-source-offset');
                options.onRecord(m.value, location, st && sp && so ? { topic: st, partition: Number(sp), offset: so } : undefined);
              }
            }
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
        timer = setTimeout(
          () => reject(new Error(`reading ${topic} did not finish within ${options.timeoutMs ?? 120_000} ms`)),
          options.timeoutMs ?? 120_000,
        );
      });
      try {
        await Promise.race([done, timeout]);
      } finally {
        clearTimeout(timer);
      }
    }
  } finally {
    await consumer.disconnect().catch(() => {});
    await admin.deleteGroups([groupId]).catch(() => {});
    await admin.disconnect().catch(() => {});
  }
  const pieces: Piece[] = [...verifiers.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, v]) => v.pieces);
  const streams = assemble(pieces, problems);
  return { files: [...verifiers.keys()].sort((a, b) => a - b).map((p) => `${topic}[${p}]`), lines, streams, problems };
}

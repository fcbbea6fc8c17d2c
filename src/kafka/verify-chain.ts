import type { IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { readTopicToEnd } from './read-topic.js';
import { CONTROL_MEMBER, type ControlBody } from '../evidence/chain.js';
import { CONTROL_HEADER, kafkaCanonical, parseLinkHeader } from '../evidence/kafka-chain.js';
import type { VerifyResult } from '../evidence/verify-files.js';
import { assemble, type Location, type Piece, type Problem, SegmentVerifier } from '../evidence/verify.js';

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
  const problems: Problem[] = [];
  const verifiers = new Map<number, SegmentVerifier>();
  let lines = 0;
  const verifierOf = (partition: number) => {
    let v = verifiers.get(partition);
    if (!v) {
      v = new SegmentVerifier({ key: options.key, keyId: options.keyId, segment: `${topic}[${partition}]`, problems });
      verifiers.set(partition, v);
    }
    return v;
  };
  const visit = (partition: number, m: KafkaMessage) => {
    const verifier = verifierOf(partition);
    lines++;
    const location: Location = { segment: `${topic}[${partition}]`, offset: m.offset };
    const link = parseLinkHeader(m.headers?.['auditmask-chain']);
    if (!link) {
      verifier.unlinked(location);
      return;
    }
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
  };
  await readTopicToEnd(kafka, topic, visit, options.timeoutMs ?? 120_000, 'auditmask-verify');
  const pieces: Piece[] = [...verifiers.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, v]) => v.pieces);
  const streams = assemble(pieces, problems);
  return { files: [...verifiers.keys()].sort((a, b) => a - b).map((p) => `${topic}[${p}]`), lines, streams, problems };
}

import type { IHeaders } from 'kafkajs';
import type { RejectedRecord } from '../../core/component.js';
import type { QuarantineSealer } from '../../quarantine/seal.js';
import { HEADER, lineageHeaders } from '../kafka/index.js';
import type { Outgoing } from '../kafka/writer.js';

/** Headers of a sealed dead-letter message, beside `auditmask-reason`, `-error` and the lineage. */
export const SEALED_HEADER = {
  /** `age`: the value is an age file (binary) holding the record's value, key and headers. */
  sealed: 'auditmask-sealed',
  /** Comma-separated key ids of the recipients the value is sealed to. */
  keyIds: 'auditmask-key-ids',
} as const;

/**
 * A sealed dead-letter message: value = age file of `{value_base64, key_base64?, headers?}`, key =
 * null (the original key may be sensitive; it is inside the seal), headers = triage only (reason,
 * error message, lineage, key ids). The original headers are sealed too.
 */
export async function sealedKafkaMessage(r: RejectedRecord, sealer: QuarantineSealer): Promise<Outgoing> {
  const sealed = await sealer.seal({ value: r.record.value, key: r.record.key, headers: r.record.headers });
  const headers: IHeaders = {
    [HEADER.reason]: r.reason,
    [HEADER.error]: r.message,
    ...lineageHeaders(r.record.origin),
    [SEALED_HEADER.sealed]: 'age',
    [SEALED_HEADER.keyIds]: sealer.keyIds.join(','),
  };
  return { origin: r.record.origin, message: { key: null, value: Buffer.from(sealed), headers } };
}

import { armor } from 'age-encryption';
import type { RecordOrigin } from '../core/record.js';
import type { QuarantineEntry } from './file-format.js';
import type { LocatedEntry } from './read.js';

/** A dead-letter topic message as read (header values as kafkajs gives them). */
export interface DeadLetterMessage {
  partition: number;
  offset: string;
  /** Milliseconds since the epoch, as text (the produce time). */
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, Buffer | string | (Buffer | string)[] | undefined>;
}

const text = (v: DeadLetterMessage['headers'][string]): string | undefined => {
  const first = Array.isArray(v) ? v[0] : v;
  return first === undefined ? undefined : Buffer.isBuffer(first) ? first.toString('utf8') : first;
};

/** The origin named by the lineage headers (src/sinks/kafka/index.ts lineageHeaders). */
function originOf(h: DeadLetterMessage['headers']): RecordOrigin {
  const topic = text(h['auditmask-source-topic']);
  const partition = text(h['auditmask-source-partition']);
  const offset = text(h['auditmask-source-offset']);
  if (topic !== undefined && partition !== undefined && offset !== undefined)
    return { kind: 'kafka', topic, partition: Number(partition), offset };
  const described = text(h['auditmask-source']) ?? 'unknown';
  const otlp = /^otlp request (\d+) record (\d+)$/.exec(described);
  if (otlp) return { kind: 'otlp', request: Number(otlp[1]), index: Number(otlp[2]) };
  const file = /^(.*):(\d+)$/.exec(described);
  return file ? { kind: 'file', path: file[1] as string, line: Number(file[2]) } : { kind: 'file', path: described, line: 0 };
}

/**
 * A Kafka dead-letter message as a quarantine entry, located by `partition:offset`. Sealed
 * (`auditmask-sealed: age`): the value is the age file, key ids from `auditmask-key-ids`.
 * Plaintext (`encrypt: false`): value, key and the non-`auditmask-*` headers are the record's.
 * A message without `auditmask-reason` is reported, not thrown (never quoting it).
 */
export function entryFromDeadLetterMessage(topic: string, m: DeadLetterMessage): LocatedEntry {
  const base = { file: topic, line: 0, at: `${m.partition}:${m.offset}`, where: `${topic}[${m.partition}]@${m.offset}` };
  const reason = text(m.headers['auditmask-reason']);
  if (reason === undefined) return { ...base, problem: 'not a dead-letter message (no auditmask-reason header)' };
  const ms = Number(m.timestamp);
  const entry: QuarantineEntry = {
    time: Number.isFinite(ms) ? new Date(ms).toISOString() : '',
    reason,
    message: text(m.headers['auditmask-error']) ?? '',
    origin: originOf(m.headers),
  };
  const value = m.value ?? Buffer.alloc(0);
  if (text(m.headers['auditmask-sealed']) === 'age') {
    const keyIds = (text(m.headers['auditmask-key-ids']) ?? '').split(',').filter(Boolean);
    entry.sealed = { keyIds, age: armor.encode(value) };
  } else {
    const headers: Record<string, Buffer | string> = Object.create(null); // header names are untrusted
    for (const [name, v] of Object.entries(m.headers)) {
      const first = Array.isArray(v) ? v[0] : v;
      if (first !== undefined && !name.toLowerCase().startsWith('auditmask-')) headers[name] = first;
    }
    entry.plain = { value, key: m.key, ...(Object.keys(headers).length > 0 ? { headers } : {}) };
  }
  return { ...base, entry };
}

/**
 * The unit that flows through auditmask, shared by every source and sink. `value` holds the bytes
 * as received; codecs decode them in the worker, so raw values cross threads as bytes, not objects.
 */
export interface AuditRecord {
  value: Buffer;
  key?: Buffer | null;
  headers?: Record<string, Buffer | string>;
  origin: RecordOrigin;
}

/** Where a record came from: lineage for evidence headers and dead-letter reasons. */
export type RecordOrigin =
  | { kind: 'file'; path: string; line: number }
  | { kind: 'kafka'; topic: string; partition: number; offset: string }
  | { kind: 'otlp'; request: number; index: number };

/** One line of a dead-letter sink: the reason, the origin, never a decoded value. */
export interface DeadLetter {
  reason: string;
  message: string;
  origin: RecordOrigin;
}

/** `file:line`, `topic/partition@offset` — for messages. */
export function describeOrigin(o: RecordOrigin): string {
  switch (o.kind) {
    case 'file':
      return `${o.path}:${o.line}`;
    case 'kafka':
      return `${o.topic}/${o.partition}@${o.offset}`;
    case 'otlp':
      return `otlp request ${o.request} record ${o.index}`;
  }
}

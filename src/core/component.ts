import type { Evidence } from './evidence.js';
import type { FormatOptions, RecordFormat } from './format-types.js';
import type { AuditRecord, RecordOrigin } from './record.js';

/**
 * The contract every source and sink implements (after Benthos' input/output and Vector's
 * components). The pipeline wires them and knows nothing of Kafka, HTTP or files.
 *
 * Lifecycle, for every component: `start()` returns quickly once the component can work (listening,
 * connected, group joined); `stop()` is safe before `start()` and safe twice: it stops taking new
 * input, lets what is in flight finish (bounded by the component's own timeout), then releases its
 * handles. The pipeline starts sinks first and stops them last.
 */
export interface Component {
  /** The component id from config (lower_snake), used in metrics and messages. */
  readonly id: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Optional: whether the component can do its work now (brokers reachable, group joined, a
   * downstream answering), for `/readyz`. Called often and synchronously: return cached state.
   * Without it a component is ready between a successful start() and stop(). A reason never
   * quotes a record.
   */
  ready?(): boolean | { ready: boolean; reason?: string };
}

/**
 * A batch handed from a source to the pipeline. Records of one `stream` (a topic-partition, an
 * OTLP connection) are in order, and the pipeline writes them to sinks in that order.
 */
export interface SourceBatch {
  stream: string;
  format: RecordFormat;
  records: AuditRecord[];
  /**
   * Records the source already knows cannot be masked (index into `records` → why, e.g. a Kafka
   * value over `max_value_bytes`): they go to the dead-letter sink as they are, unmasked.
   */
  rejected?: ReadonlyMap<number, { reason: string; message: string }>;
  /** What the format needs in the worker for this batch (the Avro schemas of its schema ids). */
  formatOptions?: FormatOptions;
}

/** What happened to a batch: every record was either written to all sinks or dead-lettered. */
export interface BatchResult {
  written: number;
  deadLettered: number;
}

/**
 * The pipeline's entry, given to a source at start. The promise resolves only after every sink
 * (and the dead-letter sink, for rejected records) acknowledged every record of the batch: only
 * then may the source commit the offsets or answer the client with success. A rejection means the
 * batch was NOT delivered: the source must not acknowledge it (redeliver, or answer a retryable
 * error). `BackpressureError` rejections mean "retry later" (429/503, pause the consumer).
 * Sources bound the batches they have in flight; awaiting the handler is the backpressure.
 */
export type BatchHandler = (batch: SourceBatch) => Promise<BatchResult>;

export interface Source extends Component {
  /** Installs the handler; called once, before `start()`. */
  setHandler(handler: BatchHandler): void;
  /**
   * Only for finite sources (a file, stdin): settles once the input was read to the end and every
   * batch handed over settled, with `complete: false` when part of it could not be read. It never
   * settles when the source is stopped first. `auditmask run` stops by itself (exit 0) once every
   * source has one and all settled complete, unless `follow` is set.
   */
  readonly ended?: Promise<SourceEnd>;
}

export interface SourceEnd {
  complete: boolean;
}

/** A record after masking, encoded in the format it came in. */
export interface MaskedRecord {
  value: Buffer;
  key?: Buffer | null;
  headers: Record<string, Buffer | string>;
  origin: RecordOrigin;
  format: RecordFormat;
  evidence: Evidence;
}

export interface Sink extends Component {
  /**
   * Resolves once the records are durably accepted (flushed to disk, acknowledged by the broker or
   * the downstream collector). Rejects when they were not; the pipeline then fails the batch, so
   * the source redelivers it. Calls are not concurrent for the same sink and keep order.
   */
  write(records: MaskedRecord[]): Promise<void>;
}

/** A record that cannot be decoded or masked: it goes here, never to a normal sink. */
export interface RejectedRecord {
  record: AuditRecord;
  /** Short code: `invalid_json`, `depth_exceeded`, `avro_unknown_schema`, `worker_crash`… */
  reason: string;
  /** A message for operators; never contains a value from the record. */
  message: string;
}

export interface DeadLetterSink extends Component {
  write(records: RejectedRecord[]): Promise<void>;
}

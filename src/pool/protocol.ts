import type { TestFaults } from '../core/test-faults.js';
import type { Evidence } from '../engine/index.js';
import type { FormatOptions } from '../record/formats.js';
import type { VaultLine } from '../vault/vault-file.js';

/**
 * The messages between the pool (main thread) and workers/mask-worker.ts. Record values travel
 * packed in one buffer (record i is `data[offsets[i]..offsets[i+1])`) that is transferred, not
 * copied: structured-cloning many small Buffers would copy each one's whole backing slab.
 */
export interface MaskTask {
  format: string;
  /** The batch's format settings (Avro schemas by id), when the format needs some. */
  options?: FormatOptions;
  data: Uint8Array;
  offsets: Uint32Array;
  /**
   * Record keys (Kafka), packed like values; `present[i]` is 0 for a record without a key. Keys
   * are masked as text (a key holding an email becomes its deterministic token, so equal keys
   * still go to the same partition); a key that is not UTF-8 passes unchanged.
   */
  keys?: { data: Uint8Array; offsets: Uint32Array; present: Uint8Array };
  /**
   * Per record, the header values that are text (strings, and UTF-8 Buffers decoded by the pool),
   * or null. Masked by header name (an `authorization` header as a whole) and by content.
   */
  headers?: (Record<string, string> | null)[];
  /**
   * A vault without a file: the pool's vault epoch, raised after every failed vault write. A
   * worker that sees a new epoch forgets which pairs it already returned (RecordingTokenizer
   * forget), so the pairs of a failed write are returned again.
   */
  vaultEpoch?: number;
}

export interface MaskTaskResult {
  /** Masked values, packed like the task's; a rejected record has an empty range. */
  data: Uint8Array;
  offsets: Uint32Array;
  /** Per record, in input order: evidence of a masked record, null for a rejected one. */
  evidence: (Evidence | null)[];
  /** Per record: why it was rejected, or null. Messages never quote the record. */
  rejected: ({ reason: string; message: string } | null)[];
  /** Per record: the masked key when masking changed it (text, or bytes for an Avro key), else null (unchanged). */
  keys?: (string | Uint8Array | null)[];
  /** Per record: the masked text headers when masking changed one (a dropped header is absent), else null. */
  headers?: (Record<string, string> | null)[];
  /** A vault without a file: the batch's new (token, value) pairs, already sealed (src/vault/vault-file.ts). */
  vault?: VaultLine[];
}

/** `workerData` of every worker. The key is raw bytes here: never log this object. */
export interface WorkerInit {
  /** Policy YAML text; absent → the built-in default policy. */
  policyText?: string;
  /** Where the policy came from, for messages. */
  policyFile?: string;
  key: Uint8Array;
  keyId: string;
  /**
   * Token vault (run config `vault:`): the worker seals the pairs of these types itself. With
   * `path` it appends them to that file before it returns the batch; without, it returns them
   * sealed in `MaskTaskResult.vault` (a Kafka vault, produced by the pool before the batch is
   * handed on).
   */
  vault?: { path?: string; recipients: string[]; entities: string[] };
  /** The worker part of the fault-injection test seam (src/core/test-faults.ts); absent in production. */
  testFaults?: Pick<TestFaults, 'workerMarkers' | 'crashOnceDir'>;
}

/** Packs values into one fresh (non-pooled) buffer, whose ArrayBuffer can be transferred. */
export function pack(values: readonly Uint8Array[]): { data: Uint8Array; offsets: Uint32Array } {
  let total = 0;
  for (const v of values) total += v.length;
  const data = Buffer.allocUnsafeSlow(total);
  const offsets = new Uint32Array(values.length + 1);
  let off = 0;
  values.forEach((v, i) => {
    data.set(v, off);
    off += v.length;
    offsets[i + 1] = off;
  });
  return { data, offsets };
}

/** Record i of a packed buffer, as a Buffer view (no copy). */
export function unpack(data: Uint8Array, offsets: Uint32Array, i: number): Buffer {
  const start = offsets[i] ?? 0;
  const end = offsets[i + 1] ?? start;
  return Buffer.from(data.buffer, data.byteOffset + start, end - start);
}

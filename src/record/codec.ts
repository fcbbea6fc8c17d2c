// The contract every codec implements (src/record/json-codec.ts, otlp-codec.ts, avro-codec.ts),
// dispatched by formats.ts. It names the engine, so it sits above the ground floor's format types.
import type { Evidence } from '../core/evidence.js';
import type { FormatOptions } from '../core/format-types.js';
import type { Engine } from '../engine/index.js';

/** What masking one record's bytes gave (see MaskRecordBytes). */
export interface FormatMaskResult {
  /** The masked record, encoded in the format it came in; absent when rejected. */
  value?: Buffer;
  evidence: Evidence;
  /** Set when the record cannot be masked: dead-lettered, never forwarded. */
  rejected?: { reason: string; message: string };
}

/**
 * Contract: pure and synchronous; never throws for bad input (returns `rejected` with a short
 * reason code and a message that quotes nothing from the record). A throw is treated as a bug:
 * the record is dead-lettered with reason `mask_error`.
 */
export type MaskRecordBytes = (engine: Engine, bytes: Buffer, options?: FormatOptions) => FormatMaskResult;

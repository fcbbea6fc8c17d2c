import type { Engine, Evidence } from '../engine/index.js';
import type { RecordFormat } from '../pipeline/types.js';
import { type AvroTaskOptions, maskAvroBytes } from './avro-codec.js';
import { maskJsonBytes } from './json-codec.js';
import { maskOtlpLogBytes } from './otlp-codec.js';

/**
 * Format dispatch for the worker: how the bytes of a record in one `RecordFormat` are decoded,
 * masked and encoded back in the same format. Each codec lives in its own module
 * (src/record/<format>-codec.ts) and is listed in `FORMATS` below.
 */
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

/**
 * Per-batch settings a format needs in the worker, resolved on the main thread by the source
 * (structured-clone friendly): for `avro`, the schema JSON of each schema id in the batch.
 */
export interface FormatOptions {
  avro?: AvroTaskOptions;
}

function maskJson(engine: Engine, bytes: Buffer): FormatMaskResult {
  const r = maskJsonBytes(engine, bytes);
  if (r.rejected || r.output === undefined) {
    return {
      evidence: engine.evidence(r.findings),
      rejected: r.rejected ?? { reason: 'mask_error', message: 'the JSON codec returned no output' },
    };
  }
  return { value: Buffer.from(r.output, 'utf8'), evidence: engine.evidence(r.findings) };
}

const FORMATS: Partial<Record<RecordFormat, MaskRecordBytes>> = {
  json: maskJson,
  otlp_log: maskOtlpLogBytes,
  avro: (engine, bytes, options) => maskAvroBytes(engine, bytes, options?.avro),
};

/** The codec for `format`, or undefined when this build has none (records are then dead-lettered). */
export function formatCodec(format: string): MaskRecordBytes | undefined {
  return Object.hasOwn(FORMATS, format) ? FORMATS[format as RecordFormat] : undefined;
}

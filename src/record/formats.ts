import type { Engine } from '../engine/index.js';
import { maskAvroBytes } from './avro-codec.js';
import type { RecordFormat } from '../core/format-types.js';
import type { FormatMaskResult, MaskRecordBytes } from './codec.js';
import { maskJsonBytes } from './json-codec.js';
import { maskOtlpLogBytes } from './otlp-codec.js';

export type { FormatOptions } from '../core/format-types.js';
export type { FormatMaskResult, MaskRecordBytes } from './codec.js';

/**
 * Format dispatch for the worker: how the bytes of a record in one `RecordFormat` are decoded,
 * masked and encoded back in the same format. Each codec lives in its own module
 * (src/record/<format>-codec.ts) and is listed in `FORMATS` below.
 */

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

// The record-format types every layer may use: the component contract (core/component.ts), the
// format dispatch and codecs (src/record/), the pool. Ground floor: imports nothing of ours.

/**
 * How a source's record bytes are decoded in the worker and encoded back:
 * - `json`: a JSON document (a line that is not JSON is masked as free text);
 * - `otlp_log`: one OTLP LogRecord in OTLP/JSON form with its resource and scope inline
 *   (`{ resource, scope, logRecord }`), see src/record/otlp-codec.ts;
 * - `avro`: Confluent wire format (magic byte, schema id, Avro body).
 */
export type RecordFormat = 'json' | 'otlp_log' | 'avro';

/**
 * Per-batch settings a format needs in the worker, resolved on the main thread by the source
 * (structured-clone friendly): for `avro`, the schema JSON of each schema id in the batch.
 */
export interface FormatOptions {
  avro?: AvroTaskOptions;
}

/** What to do with a sensitive Avro field whose type cannot hold a token (see src/record/avro-codec.ts). */
export type NonStringAction = 'null_or_sentinel' | 'null_or_dead_letter' | 'dead_letter';

/** Replacement values for sensitive fields whose type cannot hold a token; null = none (reject). */
export interface AvroSentinels {
  int: number | null;
  long: number | null;
  float: number | null;
  double: number | null;
  /** Hex text of the bytes; '' = empty bytes. */
  bytes: string | null;
  /** `zeros`: all-zero bytes of the fixed size; null = none. */
  fixed: 'zeros' | null;
  /** `schema_default`: the enum's `default` symbol from the schema (Avro 1.9+), if it has one. */
  enum: 'schema_default' | null;
  /** Per enum full name, the symbol to use (wins over `enum`). */
  enum_symbols: Record<string, string>;
}

/** What a worker needs to mask one batch of Avro records (structured-clone friendly). */
export interface AvroTaskOptions {
  /** Schema JSON text per schema id, for the ids of this batch. */
  schemas: Record<number, string>;
  nonString: NonStringAction;
  sentinels: AvroSentinels;
  /** Record keys are Confluent Avro too (masked by their schema), rather than text. */
  keys?: boolean;
}

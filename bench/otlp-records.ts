import type { AnyValueJson, LogRecordJson } from '../src/otlp/wire.js';

/**
 * The shared generator's JSON audit records as OTLP logs, as a logging bridge sends them:
 * top-level scalars as log attributes, the rest (prompts, SQL, headers, rows) as a structured
 * body; integers as `intValue` strings. Used by bench/otlp (whole requests) and
 * scripts/compare-engines.mjs (one `otlp_log` document a record).
 */
export function anyValue(v: unknown): AnyValueJson {
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v };
  if (Array.isArray(v)) return { arrayValue: { values: v.map(anyValue) } };
  if (v !== null && typeof v === 'object')
    return { kvlistValue: { values: Object.entries(v).map(([key, x]) => ({ key, value: anyValue(x) })) } };
  return {};
}

/** Record `line` (JSON) as a log record written at `1764300000 s + i ns`. */
export function otlpLogRecord(line: string, i: number): LogRecordJson {
  const attributes = [];
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(JSON.parse(line) as Record<string, unknown>)) {
    if (typeof v === 'object' && v !== null) body[k] = v;
    else attributes.push({ key: k, value: anyValue(v) });
  }
  return {
    timeUnixNano: String(1_764_300_000_000_000_000n + BigInt(i)),
    severityNumber: 9,
    severityText: 'INFO',
    body: anyValue(body),
    attributes,
  };
}

/** Record `line` as the text of an `otlp_log` document (`{resource, scope, logRecord}`). */
export function asOtlpLogDoc(line: string, i: number): string {
  return JSON.stringify({
    resource: { attributes: [{ key: 'service.name', value: { stringValue: 'billing-api' } }] },
    scope: { name: 'auditmask-bench' },
    logRecord: otlpLogRecord(line, i),
  });
}

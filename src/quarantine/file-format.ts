import { armor } from 'age-encryption';
import type { RejectedRecord } from '../core/component.js';
import type { RecordOrigin } from '../core/record.js';
import { payloadFromJson, type QuarantinePayload, type QuarantineSealer } from './seal.js';

/**
 * One quarantine (dead-letter) file line. Triage fields are always in the clear: `time`, `reason`,
 * `message` (never quotes the record), `origin`. Then either
 * - sealed: `sealed: "age"`, `key_ids` (one per recipient) and `age`, an ASCII-armored age file
 *   (`jq -r .age line | age -d -i key.txt` opens it) holding `{value_base64, key_base64?, headers?}`;
 * - plaintext (`encrypt: false`): `value_base64`, `key_base64`, `headers` directly in the line.
 */
export interface QuarantineEntry {
  time: string;
  reason: string;
  message: string;
  origin: RecordOrigin;
  sealed?: { keyIds: string[]; age: string };
  plain?: QuarantinePayload;
}

/**
 * The plaintext line (`encrypt: false`, `mask --dead-letter-plaintext`): the RAW value, key and
 * headers in base64 beside the triage fields. Header buffers are written `base64:…`.
 */
export function plainQuarantineLine(r: RejectedRecord, now = new Date()): string {
  const line: Record<string, unknown> = {
    time: now.toISOString(),
    reason: r.reason,
    message: r.message,
    origin: r.record.origin,
    value_base64: r.record.value.toString('base64'),
  };
  if (r.record.key) line.key_base64 = r.record.key.toString('base64');
  if (r.record.headers && Object.keys(r.record.headers).length > 0) {
    const headers: Record<string, string> = Object.create(null); // header names are untrusted (`__proto__`)
    for (const [k, v] of Object.entries(r.record.headers)) headers[k] = Buffer.isBuffer(v) ? `base64:${v.toString('base64')}` : v;
    line.headers = headers;
  }
  return `${JSON.stringify(line)}\n`;
}

/** The sealed line: the record (value, key, headers) in an age file to the sealer's recipients. */
export async function sealedQuarantineLine(r: RejectedRecord, sealer: QuarantineSealer, now = new Date()): Promise<string> {
  const sealed = await sealer.seal({ value: r.record.value, key: r.record.key, headers: r.record.headers });
  return `${JSON.stringify({
    time: now.toISOString(),
    reason: r.reason,
    message: r.message,
    origin: r.record.origin,
    sealed: 'age',
    key_ids: sealer.keyIds,
    age: armor.encode(sealed),
  })}\n`;
}

/** Reads one line; throws a message naming what is missing (never quoting the line). */
export function parseQuarantineLine(text: string): QuarantineEntry {
  const o = JSON.parse(text) as Record<string, unknown>;
  if (typeof o.reason !== 'string') throw new Error('not a quarantine line (no reason)');
  const entry: QuarantineEntry = {
    time: typeof o.time === 'string' ? o.time : '',
    reason: o.reason,
    message: typeof o.message === 'string' ? o.message : '',
    origin: (o.origin ?? {}) as RecordOrigin,
  };
  if (o.sealed === 'age' && typeof o.age === 'string') {
    entry.sealed = { keyIds: Array.isArray(o.key_ids) ? o.key_ids.map(String) : [], age: o.age };
  } else if (typeof o.value_base64 === 'string') {
    entry.plain = payloadFromJson(o as unknown as Parameters<typeof payloadFromJson>[0]);
  } else {
    throw new Error('quarantine line holds neither a sealed record nor a value');
  }
  return entry;
}

/** The sealed record as age binary. */
export function sealedBytes(entry: QuarantineEntry): Uint8Array {
  if (!entry.sealed) throw new Error('record is not sealed');
  return armor.decode(entry.sealed.age);
}

/** The line for an entry whose sealed record was replaced (re-encryption keeps every triage field). */
export function resealedLine(entry: QuarantineEntry, keyIds: readonly string[], sealed: Uint8Array): string {
  return `${JSON.stringify({
    time: entry.time,
    reason: entry.reason,
    message: entry.message,
    origin: entry.origin,
    sealed: 'age',
    key_ids: keyIds,
    age: armor.encode(sealed),
  })}\n`;
}

// The Avro format through the real worker pool (dist/workers/mask-worker.js): schemas travel with
// the task as JSON text, workers compile and cache them; Avro keys are masked by their schema;
// the pool's results equal the in-thread codec's.

import { afterAll, describe, expect, it } from 'vitest';
import { AUDIT_EVENT_SCHEMA, generateAvroEvents } from '../../bench/avro-records.js';
import { Secret } from '../../src/core/secret.js';
import { createEngine } from '../../src/engine/index.js';
import { MaskPool } from '../../src/pool/mask-pool.js';
import { type AvroTaskOptions, compileSchema, DEFAULT_SENTINELS, frame, maskAvroBytes } from '../../src/record/avro-codec.js';
import type { AuditRecord } from '../../src/core/record.js';

const KEY = { key: new Secret(Buffer.alloc(32, 5)), id: 'k-avro-pool', source: 'test' };
const VALUE_ID = 11;
const KEY_ID = 12;
const KEY_SCHEMA = {
  type: 'record',
  name: 'EventKey',
  fields: [
    { name: 'user_email', type: 'string' },
    { name: 'tenant', type: 'string' },
  ],
};
const valueText = JSON.stringify(AUDIT_EVENT_SCHEMA);
const keyText = JSON.stringify(KEY_SCHEMA);
const valueType = compileSchema(valueText);
const keyType = compileSchema(keyText);

const origin = (i: number) => ({ kind: 'kafka' as const, topic: 't', partition: 0, offset: String(i) });

describe('Avro through the worker pool', () => {
  const pools: MaskPool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it('masks values (same result as in-thread) and Avro keys by their schema; broken keys reject the record', async () => {
    const pool = new MaskPool({ threads: 2, maxQueue: 'auto', taskTimeoutMs: 30_000, batchMaxRecords: 50, maxAttempts: 2, key: KEY });
    pools.push(pool);
    const events = generateAvroEvents(200, 3);
    const records: AuditRecord[] = events.map((e, i) => ({
      value: frame(VALUE_ID, valueType.toBuffer(e)),
      key: frame(KEY_ID, keyType.toBuffer({ user_email: `user${i % 9}@example.com`, tenant: 'acme' })),
      origin: origin(i),
    }));
    records.push({ value: records[0]?.value as Buffer, key: Buffer.from('plain-text-key'), origin: origin(200) });
    const options: AvroTaskOptions = {
      schemas: { [VALUE_ID]: valueText, [KEY_ID]: keyText },
      nonString: 'null_or_sentinel',
      sentinels: DEFAULT_SENTINELS,
      keys: true,
    };
    const out = await pool.mask('avro', records, { avro: options });
    expect(out).toHaveLength(records.length);

    const engine = createEngine({ key: KEY.key.reveal(), keyId: KEY.id });
    const tokens = new Map<string, string>();
    for (let i = 0; i < 200; i++) {
      const o = out[i];
      if (!o || !('value' in o)) throw new Error(`record ${i} rejected: ${o && 'rejected' in o ? o.rejected.reason : '?'}`);
      const expected = maskAvroBytes(engine, records[i]?.value as Buffer, options);
      expect(o.value.equals(expected.value as Buffer)).toBe(true);
      expect(o.key?.readInt32BE(1)).toBe(KEY_ID);
      const k = keyType.fromBuffer((o.key as Buffer).subarray(5)) as { user_email: string; tenant: string };
      expect(k.user_email).toMatch(/^<EMAIL:[a-z]+>$/);
      expect(k.tenant).toBe('acme');
      // Equal keys → equal masked keys (partitioning keeps working).
      const raw = `user${i % 9}`;
      if (tokens.has(raw)) expect(tokens.get(raw)).toBe(k.user_email);
      tokens.set(raw, k.user_email);
      expect(o.evidence.findings.some((f) => f.path === 'kafka.key.user_email')).toBe(true);
    }
    const bad = out[200];
    expect(bad && 'rejected' in bad ? bad.rejected.reason : 'masked').toBe('avro_bad_magic');
  });
});

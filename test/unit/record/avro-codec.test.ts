import avro from 'avsc';
import { describe, expect, it } from 'vitest';
import {
  type AvroTaskOptions,
  compileSchema,
  DEFAULT_SENTINELS,
  frame,
  maskAvroBytes,
  type NonStringAction,
  schemaIdOf,
  withReferences,
} from '../../../src/record/avro-codec.js';
import { formatCodec } from '../../../src/record/formats.js';
import { testEngine } from '../../helpers/engine.js';

const engine = testEngine();
const ID = 42;

const EVENT = {
  type: 'record',
  name: 'AuditEvent',
  namespace: 'com.acme.audit',
  fields: [
    { name: 'event_id', type: { type: 'string', logicalType: 'uuid' } },
    { name: 'ts', type: { type: 'long', logicalType: 'timestamp-millis' } },
    { name: 'action', type: { type: 'enum', name: 'Action', symbols: ['LOGIN', 'LOGOUT', 'UNKNOWN'], default: 'UNKNOWN' } },
    { name: 'email', type: 'string' },
    { name: 'note', type: ['null', 'string'], default: null },
    { name: 'amount', type: { type: 'bytes', logicalType: 'decimal', precision: 10, scale: 2 } },
    {
      name: 'user',
      type: {
        type: 'record',
        name: 'User',
        fields: [
          { name: 'name', type: 'string' },
          { name: 'phone', type: ['null', 'string'], default: null },
          { name: 'tags', type: { type: 'map', values: 'string' } },
        ],
      },
    },
    { name: 'ips', type: { type: 'array', items: 'string' } },
    { name: 'big', type: 'long' },
  ],
};

const SCHEMA = JSON.stringify(EVENT);
const type = compileSchema(SCHEMA);

function options(schema = SCHEMA, nonString: NonStringAction = 'null_or_sentinel', sentinels = DEFAULT_SENTINELS): AvroTaskOptions {
  return { schemas: { [ID]: schema }, nonString, sentinels };
}

function event(over: Record<string, unknown> = {}) {
  return {
    event_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    ts: 1732760000123,
    action: 'LOGIN',
    email: 'jane.doe@example.com',
    note: { string: 'login from 203.0.113.9' },
    amount: Buffer.from([0x01, 0x2c]),
    user: { name: 'deploy-bot', phone: null, tags: { team: 'payments', contact: 'ops@example.org' } },
    ips: ['198.51.100.23', 'none'],
    big: 9007199254740993n, // beyond 2^53: must survive exactly
    ...over,
  };
}

function decode(buf: Buffer, t = type) {
  expect(buf[0]).toBe(0);
  return t.fromBuffer(buf.subarray(5)) as Record<string, unknown>;
}

describe('Confluent framing', () => {
  it('reads the schema id big-endian from bytes 1-4 and frames bodies the same way', () => {
    const f = frame(0x01020304, Buffer.from([9]));
    expect([...f]).toEqual([0, 1, 2, 3, 4, 9]);
    expect(schemaIdOf(f)).toBe(0x01020304);
    expect(schemaIdOf(Buffer.from([1, 0, 0, 0, 1]))).toBeUndefined();
    expect(schemaIdOf(Buffer.from([0, 0, 0]))).toBeUndefined();
  });

  it('is the codec registered for format avro', () => {
    const codec = formatCodec('avro');
    expect(codec).toBeDefined();
    const r = codec?.(engine, frame(ID, type.toBuffer(event())), { avro: options() });
    expect(r?.rejected).toBeUndefined();
    expect(r?.value?.includes(Buffer.from('jane.doe@example.com'))).toBe(false);
  });
});

describe('maskAvroBytes: masking', () => {
  it('masks strings by field name and by value, keeps the schema id, every other field identical', () => {
    const input = event();
    const r = maskAvroBytes(engine, frame(ID, type.toBuffer(input)), options());
    expect(r.rejected).toBeUndefined();
    const value = r.value as Buffer;
    expect(schemaIdOf(value)).toBe(ID);
    const out = decode(value);
    expect(out.email).toMatch(/^<EMAIL:[a-z]+>$/);
    expect((out.note as { string: string }).string).toMatch(/^login from <IP_ADDRESS:[a-z]+>$/);
    expect((out.user as { tags: Record<string, string> }).tags.contact).toMatch(/^<EMAIL:/);
    expect((out.ips as string[])[0]).toMatch(/^<IP_ADDRESS:/);
    // Untouched: logical types, enum, nested non-sensitive strings, a long beyond 2^53.
    expect(out.event_id).toBe(input.event_id);
    expect(out.ts).toBe(input.ts);
    expect(out.action).toBe('LOGIN');
    expect(Buffer.compare(out.amount as Buffer, input.amount)).toBe(0);
    expect((out.user as { name: string }).name).toBe('deploy-bot');
    expect((out.user as { tags: Record<string, string> }).tags.team).toBe('payments');
    expect((out.ips as string[])[1]).toBe('none');
    expect(out.big).toBe(9007199254740993n);
    const paths = r.evidence.findings.map((f) => f.path).sort();
    expect(paths).toEqual(['email', 'ips[0]', 'note', 'user.tags.contact']);
  });

  it('gives the same token as the JSON codec for the same value (joins keep working)', () => {
    const r = maskAvroBytes(engine, frame(ID, type.toBuffer(event())), options());
    const json = engine.maskValue({ email: 'jane.doe@example.com' }).value as { email: string };
    expect(decode(r.value as Buffer).email).toBe(json.email);
  });

  it('forwards a record with nothing sensitive as its original bytes', () => {
    const s = JSON.stringify({
      type: 'record',
      name: 'C',
      fields: [
        { name: 'route', type: 'string' },
        { name: 'n', type: ['null', 'long'] },
      ],
    });
    const bytes = frame(ID, compileSchema(s).toBuffer({ route: '/v1/orders', n: { long: 3 } }));
    const r = maskAvroBytes(engine, bytes, options(s));
    expect(r.evidence.findings).toEqual([]);
    expect(Buffer.compare(r.value as Buffer, bytes)).toBe(0);
  });

  it('round-trips logical types unchanged (timestamp-millis, decimal, uuid, date)', () => {
    const schema = JSON.stringify({
      type: 'record',
      name: 'L',
      fields: [
        { name: 'id', type: { type: 'string', logicalType: 'uuid' } },
        { name: 'at', type: { type: 'long', logicalType: 'timestamp-micros' } },
        { name: 'day', type: { type: 'int', logicalType: 'date' } },
        { name: 'price', type: { type: 'fixed', name: 'Dec', size: 8, logicalType: 'decimal', precision: 18, scale: 4 } },
        { name: 'email', type: 'string' },
      ],
    });
    const t = compileSchema(schema);
    const input = {
      id: '123e4567-e89b-12d3-a456-426614174000',
      at: 1732760000123456,
      day: 20055,
      price: Buffer.from('0000000000bc614e', 'hex'),
      email: 'a.b@example.com',
    };
    const r = maskAvroBytes(engine, frame(ID, t.toBuffer(input)), options(schema));
    const out = decode(r.value as Buffer, t);
    expect(out.email).toMatch(/^<EMAIL:/);
    expect(out.id).toBe(input.id);
    expect(out.at).toBe(input.at);
    expect(out.day).toBe(input.day);
    expect((out.price as Buffer).toString('hex')).toBe('0000000000bc614e');
  });
});

describe('maskAvroBytes: sensitive values in fields that cannot hold a token', () => {
  const schema = JSON.stringify({
    type: 'record',
    name: 'Payment',
    namespace: 'com.acme',
    fields: [
      { name: 'card_number', type: 'long' },
      { name: 'cvv', type: 'int' },
      { name: 'pan', type: ['null', 'long'] },
      { name: 'credit_card', type: ['null', 'long', 'string'] },
      { name: 'gender_code', type: 'string' },
      { name: 'dob', type: { type: 'int', logicalType: 'date' } },
      { name: 'ssn', type: { type: 'enum', name: 'SsnKind', symbols: ['A', 'B', 'MASKED'], default: 'MASKED' } },
      { name: 'password', type: { type: 'fixed', name: 'Hash', size: 4 } },
      { name: 'phone', type: 'bytes' },
    ],
  });
  const t = compileSchema(schema);
  const input = {
    card_number: 4111111111111111,
    cvv: 123,
    pan: { long: 5500000000000004 },
    credit_card: { long: 4012888888881881 },
    gender_code: 'F',
    dob: 7000,
    ssn: 'A',
    password: Buffer.from('abcd'),
    phone: Buffer.from('+1 202 555 0143'),
  };
  const bytes = frame(ID, t.toBuffer(input));

  it('null_or_sentinel: token in a string branch, null where nullable, sentinels otherwise', () => {
    const r = maskAvroBytes(engine, bytes, options(schema, 'null_or_sentinel'));
    expect(r.rejected).toBeUndefined();
    const out = decode(r.value as Buffer, t);
    expect(out.card_number).toBe(-1);
    expect(out.cvv).toBe(-1);
    expect(out.pan).toBeNull();
    const cc = (out.credit_card as { string: string }).string;
    expect(cc).toMatch(/^<CREDIT_CARD:[a-z]+>$|^<[A-Z_]+:[a-z]+>$/);
    // The token is the value's own: equal to the token of the same number in JSON.
    const json = engine.maskValue({ credit_card: 4012888888881881 }).value as { credit_card: string };
    expect(cc).toBe(json.credit_card);
    expect(out.dob).toBe(-1);
    expect(out.ssn).toBe('MASKED'); // the enum's schema default
    expect((out.password as Buffer).equals(Buffer.alloc(4))).toBe(true);
    expect((out.phone as Buffer).length).toBe(0);
    expect(r.evidence.findings.map((f) => f.path)).toEqual(
      expect.arrayContaining(['card_number', 'cvv', 'pan', 'credit_card', 'dob', 'ssn', 'password', 'phone']),
    );
  });

  it('configured sentinels and enum symbols are used; no sentinel → dead-letter avro_no_sentinel', () => {
    const custom = { ...DEFAULT_SENTINELS, long: 0, int: 0, enum_symbols: { 'com.acme.SsnKind': 'B' } };
    const out = decode(maskAvroBytes(engine, bytes, options(schema, 'null_or_sentinel', custom)).value as Buffer, t);
    expect(out.card_number).toBe(0);
    expect(out.ssn).toBe('B');
    const none = maskAvroBytes(engine, bytes, options(schema, 'null_or_sentinel', { ...DEFAULT_SENTINELS, long: null }));
    expect(none.value).toBeUndefined();
    expect(none.rejected?.reason).toBe('avro_no_sentinel');
    expect(none.rejected?.message).toContain('card_number');
    expect(none.rejected?.message).not.toContain('4111');
  });

  it('null_or_dead_letter: nullable fields get null, a required long card number dead-letters the record', () => {
    const r = maskAvroBytes(engine, bytes, options(schema, 'null_or_dead_letter'));
    expect(r.rejected?.reason).toBe('avro_unmaskable_field');
    const onlyNullable = JSON.stringify({
      type: 'record',
      name: 'P2',
      fields: [{ name: 'pan', type: ['null', 'long'] }],
    });
    const t2 = compileSchema(onlyNullable);
    const r2 = maskAvroBytes(
      engine,
      frame(ID, t2.toBuffer({ pan: { long: 5500000000000004 } })),
      options(onlyNullable, 'null_or_dead_letter'),
    );
    expect(decode(r2.value as Buffer, t2).pan).toBeNull();
  });

  it('dead_letter: any sensitive value in a non-string field dead-letters the record; a string branch still takes the token', () => {
    const r = maskAvroBytes(engine, bytes, options(schema, 'dead_letter'));
    expect(r.rejected?.reason).toBe('avro_unmaskable_field');
    expect(r.rejected?.message).not.toMatch(/4111|5500|4012/);
    const s = JSON.stringify({ type: 'record', name: 'P3', fields: [{ name: 'credit_card', type: ['null', 'long', 'string'] }] });
    const t3 = compileSchema(s);
    const r3 = maskAvroBytes(engine, frame(ID, t3.toBuffer({ credit_card: { long: 4012888888881881 } })), options(s, 'dead_letter'));
    expect(Object.keys(decode(r3.value as Buffer, t3).credit_card as object)).toEqual(['string']);
  });

  it('a long card number found by value (no key rule) is treated the same way', () => {
    const s = JSON.stringify({
      type: 'record',
      name: 'P4',
      fields: [
        { name: 'ref', type: 'long' },
        { name: 'n', type: 'long' },
      ],
    });
    const t4 = compileSchema(s);
    const r = maskAvroBytes(engine, frame(ID, t4.toBuffer({ ref: 4111111111111111, n: 42 })), options(s));
    const out = decode(r.value as Buffer, t4);
    expect(out.ref).toBe(-1);
    expect(out.n).toBe(42);
  });
});

describe('maskAvroBytes: rejected records', () => {
  const good = frame(ID, type.toBuffer(event()));

  it.each([
    ['wrong magic byte', Buffer.concat([Buffer.from([1]), good.subarray(1)]), 'avro_bad_magic'],
    ['JSON instead of Avro', Buffer.from('{"email":"jane@example.com"}'), 'avro_bad_magic'],
    ['shorter than the header', Buffer.from([0, 0, 0]), 'avro_truncated'],
    ['empty', Buffer.alloc(0), 'avro_truncated'],
    ['truncated body', good.subarray(0, good.length - 3), 'avro_truncated'],
    ['header only', good.subarray(0, 5), 'avro_truncated'],
    ['trailing bytes', Buffer.concat([good, Buffer.from([1, 2])]), 'avro_trailing_bytes'],
    ['unknown schema id', frame(ID + 1, type.toBuffer(event())), 'avro_unknown_schema'],
  ])('%s → %s, never the raw value', (_name, bytes, reason) => {
    const r = maskAvroBytes(engine, bytes, options());
    expect(r.value).toBeUndefined();
    expect(r.rejected?.reason).toBe(reason);
    expect(r.rejected?.message).not.toContain('jane');
    expect(r.rejected?.message).not.toContain('example.com');
  });

  it('an invalid body (bad union index) → avro_invalid_body, and avsc messages are not passed on', () => {
    const s = JSON.stringify({ type: 'record', name: 'U', fields: [{ name: 'x', type: ['null', 'string'] }] });
    const bad = frame(ID, Buffer.from([0x08, 0x02, 0x41])); // union index 4 of 2
    const r = maskAvroBytes(engine, bad, options(s));
    expect(r.rejected?.reason).toBe('avro_invalid_body');
  });

  it('a schema that does not compile → avro_bad_schema', () => {
    const r = maskAvroBytes(engine, good, options('{"type":"record","name":"X","fields":[{"name":"a","type":"nope"}]}'));
    expect(r.rejected?.reason).toBe('avro_bad_schema');
  });

  it('no options at all → avro_unknown_schema', () => {
    expect(maskAvroBytes(engine, good, undefined).rejected?.reason).toBe('avro_unknown_schema');
  });
});

describe('compileSchema', () => {
  it('keeps union branches exact (int vs long, float vs double, two records)', () => {
    const s = JSON.stringify({
      type: 'record',
      name: 'B',
      fields: [
        { name: 'n', type: ['int', 'long'] },
        { name: 'f', type: ['float', 'double'] },
        { name: 'email', type: 'string' },
      ],
    });
    const t = compileSchema(s);
    const input = { n: { long: 5 }, f: { double: 0.1 }, email: 'x.y@example.com' };
    const r = maskAvroBytes(engine, frame(ID, t.toBuffer(input)), options(s));
    const out = decode(r.value as Buffer, t) as { n: Record<string, unknown>; f: Record<string, unknown> };
    expect(Object.keys(out.n)).toEqual(['long']);
    expect(out.f.double).toBe(0.1);
  });

  it('is avsc with our long: the same bytes as a plain avsc type for safe values', () => {
    const plain = avro.Type.forSchema({ type: 'record', name: 'Q', fields: [{ name: 'a', type: 'long' }] });
    const ours = compileSchema(JSON.stringify({ type: 'record', name: 'Q', fields: [{ name: 'a', type: 'long' }] }));
    expect(ours.toBuffer({ a: 123456789 }).equals(plain.toBuffer({ a: 123456789 }))).toBe(true);
  });

  it('compiles a schema with references: referenced named types first', () => {
    const address = JSON.stringify({
      type: 'record',
      name: 'Address',
      namespace: 'com.acme.common',
      fields: [{ name: 'email', type: 'string' }],
    });
    const main = JSON.stringify({ type: 'record', name: 'Customer', fields: [{ name: 'home', type: 'com.acme.common.Address' }] });
    expect(() => compileSchema(main)).toThrow();
    const text = withReferences(main, [address]);
    const t = compileSchema(text);
    const r = maskAvroBytes(engine, frame(ID, t.toBuffer({ home: { email: 'a.b@example.com' } })), options(text));
    expect((decode(r.value as Buffer, t).home as { email: string }).email).toMatch(/^<EMAIL:/);
  });
});

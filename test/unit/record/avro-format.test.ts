import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret } from '../../../src/core/secret.js';
import { ConfigError, ConnectionError } from '../../../src/core/errors.js';
import { frame } from '../../../src/record/avro-codec.js';
import { type AvroFormatConfig, avroFormatOptions, createAvroFormat } from '../../../src/record/avro/format.js';
import type { AuditRecord } from '../../../src/core/record.js';
import { SchemaRegistryClient } from '../../../src/schema-registry/client.js';

const SCHEMA = { type: 'record', name: 'E', fields: [{ name: 'email', type: 'string' }] };
let dir: string;
let schemaFile: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'auditmask-avro-'));
  schemaFile = path.join(dir, 'e.avsc');
  writeFileSync(schemaFile, JSON.stringify(SCHEMA, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = (over: Record<string, unknown>): AvroFormatConfig => avroFormatOptions.parse(over);
const record = (value: Buffer, key: Buffer | null = null): AuditRecord => ({
  value,
  key,
  origin: { kind: 'kafka', topic: 't', partition: 0, offset: '0' },
});
/** A port with nothing listening (bound, then closed). */
async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('createAvroFormat: schema files', () => {
  it('sends the schema of each id in the batch and rejects records whose id is unknown', async () => {
    const f = createAvroFormat(config({ schemas: [{ id: 7, file: schemaFile }] }));
    const rejected = new Map<number, { reason: string; message: string }>();
    const opts = await f.prepare(
      [record(frame(7, Buffer.from([0]))), record(frame(8, Buffer.from([0]))), record(Buffer.from('x'))],
      rejected,
    );
    expect(Object.keys(opts.avro?.schemas ?? {})).toEqual(['7']);
    expect(JSON.parse(opts.avro?.schemas[7] ?? '')).toEqual(SCHEMA);
    expect(rejected.get(1)?.reason).toBe('avro_unknown_schema');
    // A broken header is left to the worker, which rejects it with its own reason.
    expect(rejected.has(2)).toBe(false);
    expect(opts.avro?.nonString).toBe('null_or_sentinel');
  });

  it('fails at startup on a missing or invalid schema file, or with no schema source', () => {
    const bad = path.join(dir, 'bad.avsc');
    writeFileSync(bad, '{"type":"record","name":"X","fields":[{"name":"a","type":"nope"}]}');
    expect(() => createAvroFormat(config({ schemas: [{ id: 1, file: path.join(dir, 'missing.avsc') }] }))).toThrow(ConfigError);
    expect(() => createAvroFormat(config({ schemas: [{ id: 1, file: bad }] }))).toThrow(/not a valid Avro schema/);
    expect(() => createAvroFormat(config({}))).toThrow(/give the writer schemas/);
  });

  it('rejects unknown config keys and documents every field', () => {
    expect(avroFormatOptions.safeParse({ schemas: [], nope: 1 }).success).toBe(false);
    expect(avroFormatOptions.safeParse({ non_string: 'sometimes' }).success).toBe(false);
    const parsed = config({ registry: { url: 'http://r:8081', basic_auth: { username: 'u', password: 'p' } } });
    expect(String(parsed.registry?.basic_auth?.password)).toBe('[secret]');
    expect(JSON.stringify(parsed)).not.toContain('"p"');
  });
});

describe('createAvroFormat: registry outage', () => {
  it('on_registry_error: wait → the batch fails with a retriable ConnectionError, nothing is passed', async () => {
    const port = await closedPort();
    const f = createAvroFormat(config({ registry: { url: `http://127.0.0.1:${port}`, retries: 1, retry_backoff_ms: 1, timeout_ms: 500 } }));
    const rejected = new Map();
    const err = await f.prepare([record(frame(3, Buffer.from([0])))], rejected).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as ConnectionError).retriable).toBe(true);
    expect((err as Error).message).toContain('after 2 tries');
    expect(f.registry?.stats.requests).toBe(2);
  });

  it('on_registry_error: dead_letter → those records are rejected (avro_registry_unavailable); file schemas still work', async () => {
    const port = await closedPort();
    const f = createAvroFormat(
      config({
        on_registry_error: 'dead_letter',
        schemas: [{ id: 7, file: schemaFile }],
        registry: { url: `http://127.0.0.1:${port}`, retries: 0, timeout_ms: 500 },
      }),
    );
    const rejected = new Map<number, { reason: string; message: string }>();
    const opts = await f.prepare([record(frame(3, Buffer.from([0]))), record(frame(7, Buffer.from([0])))], rejected);
    expect(rejected.get(0)?.reason).toBe('avro_registry_unavailable');
    expect(rejected.has(1)).toBe(false);
    expect(Object.keys(opts.avro?.schemas ?? {})).toEqual(['7']);
  });
});

// Not a registry: a socket that records what the client sends (auth headers, paths, retries).
describe('SchemaRegistryClient: requests', () => {
  let server: http.Server;
  let url: string;
  const seen: { path: string; auth: string | undefined }[] = [];
  let failNext = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({ path: req.url ?? '', auth: req.headers.authorization });
      if (failNext > 0) {
        failNext--;
        res.writeHead(503).end();
        return;
      }
      if (req.url === '/schemas/ids/1') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ schema: JSON.stringify(SCHEMA) }));
      } else if (req.url === '/schemas/ids/2') {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ schema: 'syntax = "proto3";', schemaType: 'PROTOBUF' }));
      } else res.writeHead(404, { 'content-type': 'application/json' }).end('{"error_code":40403}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  const base = { timeout_ms: 2000, retries: 2, retry_backoff_ms: 1, negative_cache_ms: 60_000 };

  it('sends basic auth or a bearer token, and caches a schema by id', async () => {
    seen.length = 0;
    const basic = new SchemaRegistryClient({ ...base, url, basic_auth: { username: 'key', password: new Secret('s3cret') } });
    expect((await basic.schemaById(1))?.schema).toBe(JSON.stringify(SCHEMA));
    await basic.schemaById(1);
    expect(seen).toEqual([{ path: '/schemas/ids/1', auth: `Basic ${Buffer.from('key:s3cret').toString('base64')}` }]);
    const bearer = new SchemaRegistryClient({ ...base, url, bearer_token: new Secret('tok') });
    await bearer.schemaById(1);
    expect(seen[1]?.auth).toBe('Bearer tok');
  });

  it('credentials in the URL become basic auth and never appear in messages', async () => {
    seen.length = 0;
    const withCreds = url.replace('http://', 'http://key:p%40ss@');
    const c = new SchemaRegistryClient({ ...base, url: withCreds });
    expect(c.url).not.toContain('p%40ss');
    await c.schemaById(1);
    expect(seen[0]?.auth).toBe(`Basic ${Buffer.from('key:p@ss').toString('base64')}`);
    failNext = 5;
    const err = (await c.schemaById(3).catch((e: unknown) => e)) as Error;
    failNext = 0;
    expect(err.message).toContain('HTTP 503');
    expect(err.message).not.toContain('p%40ss');
    expect(err.message).not.toContain('p@ss');
  });

  it('retries a 5xx with backoff, then succeeds; a 404 is remembered for negative_cache_ms', async () => {
    seen.length = 0;
    const c = new SchemaRegistryClient({ ...base, url });
    failNext = 2;
    expect((await c.schemaById(1))?.schemaType).toBe('AVRO');
    expect(seen.length).toBe(3);
    expect(await c.schemaById(99)).toBeUndefined();
    expect(await c.schemaById(99)).toBeUndefined();
    expect(seen.filter((s) => s.path === '/schemas/ids/99').length).toBe(1);
  });

  it('a non-Avro schema → avro_unsupported_schema for its records', async () => {
    const f = createAvroFormat(config({ registry: { url, retries: 0 } }));
    const rejected = new Map<number, { reason: string; message: string }>();
    await f.prepare([record(frame(2, Buffer.from([0]))), record(frame(1, Buffer.from([0])))], rejected);
    expect(rejected.get(0)?.reason).toBe('avro_unsupported_schema');
    expect(rejected.has(1)).toBe(false);
  });

  it('keys: with keys true, the key schema is resolved too and an unknown key schema rejects the record', async () => {
    const f = createAvroFormat(config({ keys: true, registry: { url, retries: 0 } }));
    const rejected = new Map<number, { reason: string; message: string }>();
    const opts = await f.prepare([record(frame(1, Buffer.from([0])), frame(77, Buffer.from([0])))], rejected);
    expect(rejected.get(0)?.reason).toBe('avro_unknown_schema');
    expect(opts.avro?.keys).toBe(true);
  });
});

describe('Kafka source: format avro', () => {
  const base = { brokers: ['localhost:9092'], group_id: 'g', topics: ['t'] };
  const create = async (o: Record<string, unknown>) => {
    const { createKafkaSource, kafkaSourceOptions } = await import('../../../src/sources/kafka/index.js');
    const { z } = await import('zod');
    const { silentLogger } = await import('../../../src/log/logger.js');
    const config = { id: 'in', type: 'kafka', ...z.strictObject(kafkaSourceOptions).parse({ ...base, ...o }) };
    return createKafkaSource(config, { logger: silentLogger });
  };

  it('needs the avro block with format avro, and refuses it with another format', async () => {
    await expect(create({ format: 'avro' })).rejects.toThrow(/give the writer schemas/);
    await expect(create({ format: 'json', avro: { schemas: [{ id: 1, file: schemaFile }] } })).rejects.toThrow(
      /only apply with `format: avro`/,
    );
    const source = await create({ format: 'avro', avro: { schemas: [{ id: 1, file: schemaFile }] } });
    expect(source.id).toBe('in');
    await source.stop(); // safe before start
  });
});

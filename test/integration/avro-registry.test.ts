// Avro in the Confluent wire format, end to end against a REAL Confluent-compatible registry
// (Apicurio Registry 3.0.9, started by the test from Maven Central's tarball) and the real Kafka
// broker: records produced with @kafkajs/confluent-schema-registry, masked by the real pipeline
// (Kafka source → worker pool → Kafka sink), read back with the registry-aware deserializer.

import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret } from '../../src/core/secret.js';
import { silentLogger } from '../../src/log/logger.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { MaskPool } from '../../src/pool/mask-pool.js';
import { createEngine } from '../../src/engine/index.js';
import { frame, maskAvroBytes } from '../../src/record/avro-codec.js';
import { avroFormatOptions, createAvroFormat } from '../../src/record/avro/format.js';
import { SchemaRegistryClient } from '../../src/schema-registry/client.js';
import { createKafkaDeadLetterSink } from '../../src/sinks/kafka-dead-letter/index.js';
import { createKafkaSink } from '../../src/sinks/kafka/index.js';
import { createKafkaSource } from '../../src/sources/kafka/index.js';
import { freePort } from '../../scripts/registry-lib.mjs';
import { acquireKafka, type KafkaHandle, kafkaSkipReason, uniqueGroup, uniqueTopic } from '../helpers/kafka-env.js';
import {
  createTopics,
  deadLetterConfig,
  produce,
  readTopic,
  sinkConfig,
  sourceConfig,
  type TestMessage,
  waitFor,
} from '../helpers/kafka-topics.js';
import { type SchemaRegistryHandle, schemaRegistrySkipReason, startSchemaRegistry } from '../helpers/schema-registry.js';

const KEY = { key: new Secret(Buffer.alloc(32, 9)), id: 'k-avro-test', source: 'test' };
const deps = { logger: silentLogger };

const SCHEMA = {
  type: 'record',
  name: 'AuditEvent',
  namespace: 'com.acme.audit',
  fields: [
    { name: 'seq', type: 'int' },
    { name: 'event_id', type: { type: 'string', logicalType: 'uuid' } },
    { name: 'ts', type: { type: 'long', logicalType: 'timestamp-millis' } },
    { name: 'action', type: { type: 'enum', name: 'Action', symbols: ['LOGIN', 'LOGOUT', 'PAY'] } },
    { name: 'email', type: 'string' },
    { name: 'note', type: ['null', 'string'], default: null },
    { name: 'card_number', type: 'long' },
    { name: 'pan', type: ['null', 'long'], default: null },
    { name: 'amount', type: { type: 'bytes', logicalType: 'decimal', precision: 12, scale: 2 } },
    { name: 'labels', type: { type: 'map', values: 'string' } },
    { name: 'route', type: 'string' },
  ],
};

function payload(i: number) {
  return {
    seq: i,
    event_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    ts: 1732760000000 + i,
    action: (['LOGIN', 'LOGOUT', 'PAY'] as const)[i % 3],
    email: `person${i % 7}@example.com`,
    note: i % 2 === 0 ? `login from 203.0.113.${i % 250}` : null,
    card_number: 4111111111111111,
    pan: 5500000000000004,
    amount: Buffer.from([0x00, i % 256]),
    labels: { team: 'payments', owner: `owner${i}@example.org` },
    route: `/v1/orders/${i}`,
  };
}

const reg = (url: string) => new SchemaRegistry({ host: url }, { [SchemaType.AVRO]: {} });

describe.skipIf(kafkaSkipReason() !== null || schemaRegistrySkipReason() !== null)(
  'Avro + schema registry (real Apicurio, real broker)',
  () => {
    let kafka: KafkaHandle;
    let registry: SchemaRegistryHandle;
    // A pipeline closes its pool when it stops: one per pipeline.
    const pools: MaskPool[] = [];
    const newPool = () => {
      const p = new MaskPool({ threads: 2, maxQueue: 'auto', taskTimeoutMs: 30_000, batchMaxRecords: 128, maxAttempts: 2, key: KEY });
      pools.push(p);
      return p;
    };
    beforeAll(async () => {
      [kafka, registry] = await Promise.all([acquireKafka(), startSchemaRegistry()]);
    });
    afterAll(async () => {
      await Promise.all(pools.map((p) => p.close()));
      await registry?.stop();
      await kafka?.release();
    });

    it('our registry client reads schemas by id from the real registry; an unknown id is undefined', async () => {
      const sr = reg(registry.url);
      const { id } = await sr.register({ type: SchemaType.AVRO, schema: JSON.stringify(SCHEMA) }, { subject: uniqueTopic('client-value') });
      const client = new SchemaRegistryClient({
        url: registry.url,
        timeout_ms: 5000,
        retries: 1,
        retry_backoff_ms: 50,
        negative_cache_ms: 0,
      });
      const got = await client.schemaById(id);
      expect(got?.schemaType).toBe('AVRO');
      expect(JSON.parse(got?.schema ?? '{}').name).toBe('AuditEvent');
      expect(await client.schemaById(987_654)).toBeUndefined();
    });

    it('schema references: the referenced schemas are fetched by subject/version and the record is masked', async () => {
      const sr = reg(registry.url);
      const addressSubject = uniqueTopic('address');
      const address = {
        type: 'record',
        name: 'Address',
        namespace: 'com.acme.common',
        fields: [
          { name: 'street', type: 'string' },
          { name: 'email', type: 'string' },
        ],
      };
      await sr.register({ type: SchemaType.AVRO, schema: JSON.stringify(address) }, { subject: addressSubject });
      const customer = {
        type: 'record',
        name: 'Customer',
        namespace: 'com.acme',
        fields: [
          { name: 'id', type: 'string' },
          { name: 'home', type: 'com.acme.common.Address' },
        ],
      };
      const { id } = await sr.register(
        {
          type: SchemaType.AVRO,
          schema: JSON.stringify(customer),
          references: [{ name: 'com.acme.common.Address', subject: addressSubject, version: 1 }],
        },
        { subject: uniqueTopic('customer-value') },
      );
      const value = await sr.encode(id, { id: 'c-1', home: { street: '1 Main St', email: 'jane.roe@example.com' } });
      const format = createAvroFormat(avroFormatOptions.parse({ registry: { url: registry.url } }));
      const rejected = new Map<number, { reason: string; message: string }>();
      const records = [{ value, origin: { kind: 'kafka' as const, topic: 't', partition: 0, offset: '0' } }];
      const options = await format.prepare(records, rejected);
      expect(rejected.size).toBe(0);
      const engine = createEngine({ key: KEY.key.reveal(), keyId: KEY.id });
      const r = maskAvroBytes(engine, value, options.avro);
      expect(r.rejected).toBeUndefined();
      const out = (await sr.decode(r.value as Buffer)) as { id: string; home: { street: string; email: string } };
      expect(out.id).toBe('c-1');
      expect(out.home.email).toMatch(/^<EMAIL:[a-z]+>$/);
      expect(r.evidence.findings.map((f) => f.path)).toContain('home.email');
    });

    it('Kafka → mask → Kafka: values masked, schema id kept, everything else identical; poison Avro dead-lettered with its reason', async () => {
      const brokers = kafka.brokers;
      const suffix = uniqueTopic('avro');
      const raw = `avro.raw.${suffix}`;
      const clean = `avro.clean.${suffix}`;
      const dlq = `avro.dlq.${suffix}`;
      await createTopics(brokers, [
        { topic: raw, partitions: 2 },
        { topic: clean, partitions: 2 },
        { topic: dlq, partitions: 1 },
      ]);
      const sr = reg(registry.url);
      const { id } = await sr.register({ type: SchemaType.AVRO, schema: JSON.stringify(SCHEMA) }, { subject: `${raw}-value` });

      const N = 120;
      const messages: TestMessage[] = [];
      for (let i = 0; i < N; i++)
        messages.push({ key: `k${i % 5}`, value: await sr.encode(id, payload(i)), headers: { 'x-seq': String(i) } });
      const good = messages[0]?.value as Buffer;
      const poison: TestMessage[] = [
        { key: 'bad-magic', value: Buffer.concat([Buffer.from([1]), good.subarray(1)]), headers: { 'x-poison': 'avro_bad_magic' } },
        { key: 'truncated', value: good.subarray(0, good.length - 4), headers: { 'x-poison': 'avro_truncated' } },
        { key: 'unknown-id', value: frame(987_654, good.subarray(5)), headers: { 'x-poison': 'avro_unknown_schema' } },
      ];
      messages.splice(40, 0, ...poison);
      await produce(brokers, raw, messages, 100);

      const source = createKafkaSource(
        sourceConfig({
          brokers,
          group_id: uniqueGroup('avro'),
          topics: [raw],
          from_beginning: true,
          max_wait_ms: 100,
          format: 'avro',
          avro: { registry: { url: registry.url } },
        }),
        deps,
      );
      const sink = createKafkaSink(sinkConfig({ brokers, topic: clean }), deps);
      const deadLetter = createKafkaDeadLetterSink(deadLetterConfig({ brokers, topic: dlq }), deps);
      const pipeline = new Pipeline({
        sources: [source],
        sinks: [sink],
        deadLetter,
        masker: newPool(),
        maxInFlightBatches: 8,
        maxInFlightBytes: 16 << 20,
      });
      await pipeline.start();
      try {
        await waitFor(
          () => pipeline.stats.written + pipeline.stats.deadLettered >= N + poison.length,
          () => `written ${pipeline.stats.written}, dead-lettered ${pipeline.stats.deadLettered}`,
        );
      } finally {
        await pipeline.stop(30_000);
      }
      expect(pipeline.stats.written).toBe(N);
      expect(pipeline.stats.deadLettered).toBe(poison.length);

      const out = await readTopic(brokers, clean, { min: N });
      expect(out).toHaveLength(N);
      const seen = new Set<number>();
      for (const m of out) {
        // No raw value anywhere in the bytes or headers.
        const text = `${m.value.toString('latin1')}\n${JSON.stringify(m.headers)}`;
        expect(text).not.toMatch(/person\d@example\.com|owner\d+@example\.org|203\.0\.113\./);
        // Same schema id, decodable by a registry-aware consumer.
        expect(m.value[0]).toBe(0);
        expect(m.value.readInt32BE(1)).toBe(id);
        const v = (await sr.decode(m.value)) as ReturnType<typeof payload>;
        const i = v.seq;
        seen.add(i);
        const orig = payload(i);
        expect(v.email).toMatch(/^<EMAIL:[a-z]+>$/);
        expect(v.labels.owner).toMatch(/^<EMAIL:[a-z]+>$/);
        if (orig.note) expect(v.note).toMatch(/^login from <IP_ADDRESS:[a-z]+>$/);
        else expect(v.note).toBeNull();
        // Non-string sensitive values: required long → sentinel -1, nullable long → null.
        expect(v.card_number).toBe(-1);
        expect(v.pan).toBeNull();
        // Everything else identical, logical types included.
        expect(v.event_id).toBe(orig.event_id);
        expect(v.ts).toBe(orig.ts);
        expect(v.action).toBe(orig.action);
        expect(Buffer.compare(v.amount, orig.amount)).toBe(0);
        expect(v.labels.team).toBe('payments');
        expect(v.route).toBe(orig.route);
        expect(m.headers['x-seq']).toBe(String(i));
        expect(m.key?.toString()).toBe(`k${i % 5}`);
        // Evidence in headers, not in the record.
        const findings = JSON.parse(m.headers['auditmask-findings'] ?? '[]') as { path: string }[];
        expect(findings.map((f) => f.path)).toEqual(expect.arrayContaining(['email', 'labels.owner', 'card_number', 'pan']));
      }
      expect(seen.size).toBe(N);

      const dead = await readTopic(brokers, dlq, { min: poison.length });
      expect(dead.map((d) => d.headers['auditmask-reason']).sort()).toEqual(poison.map((p) => p.headers?.['x-poison']).sort());
      for (const d of dead) expect(d.headers['auditmask-reason']).toBe(d.headers['x-poison']);
    });

    it('registry unreachable (on_registry_error: wait): records wait, nothing is written or dead-lettered; once it answers they are masked', async () => {
      const brokers = kafka.brokers;
      const raw = uniqueTopic('avro.wait.raw');
      const clean = uniqueTopic('avro.wait.clean');
      const dlq = uniqueTopic('avro.wait.dlq');
      await createTopics(brokers, [
        { topic: raw, partitions: 1 },
        { topic: clean, partitions: 1 },
        { topic: dlq, partitions: 1 },
      ]);
      const sr = reg(registry.url);
      const { id } = await sr.register({ type: SchemaType.AVRO, schema: JSON.stringify(SCHEMA) }, { subject: `${raw}-value` });
      const N = 20;
      const messages: TestMessage[] = [];
      for (let i = 0; i < N; i++) messages.push({ value: await sr.encode(id, payload(i)) });
      await produce(brokers, raw, messages);
      // The outage is on the network path: auditmask reaches the real registry through a TCP relay
      // on `port` that is not listening yet (connection refused), then starts forwarding.
      const port = await freePort();
      const target = new URL(registry.url);
      const relay = net.createServer((c) => {
        const up = net.connect(Number(target.port), target.hostname);
        c.pipe(up).pipe(c);
        c.on('error', () => up.destroy());
        up.on('error', () => c.destroy());
      });
      const source = createKafkaSource(
        sourceConfig({
          brokers,
          group_id: uniqueGroup('avro-wait'),
          topics: [raw],
          from_beginning: true,
          max_wait_ms: 100,
          retry_backoff_max_ms: 1000,
          format: 'avro',
          avro: {
            registry: { url: `http://127.0.0.1:${port}${target.pathname}`, retries: 0, timeout_ms: 2000 },
            on_registry_error: 'wait',
          },
        }),
        deps,
      );
      const sink = createKafkaSink(sinkConfig({ brokers, topic: clean }), deps);
      const deadLetter = createKafkaDeadLetterSink(deadLetterConfig({ brokers, topic: dlq }), deps);
      const pipeline = new Pipeline({
        sources: [source],
        sinks: [sink],
        deadLetter,
        masker: newPool(),
        maxInFlightBatches: 8,
        maxInFlightBytes: 16 << 20,
      });
      await pipeline.start();
      try {
        await waitFor(
          () => source.stats.retries >= 3,
          () => `retries ${source.stats.retries}`,
        );
        expect(pipeline.stats.written).toBe(0);
        expect(pipeline.stats.deadLettered).toBe(0);
        await new Promise<void>((r) => relay.listen(port, '127.0.0.1', r));
        await waitFor(
          () => pipeline.stats.written >= N,
          () => `written ${pipeline.stats.written}, dead-lettered ${pipeline.stats.deadLettered}`,
        );
      } finally {
        await pipeline.stop(30_000);
        await new Promise((r) => relay.close(r));
      }
      expect(pipeline.stats.deadLettered).toBe(0);
      const out = await readTopic(brokers, clean, { min: N });
      expect(out).toHaveLength(N);
      for (const m of out) {
        expect(m.value.readInt32BE(1)).toBe(id);
        const v = (await sr.decode(m.value)) as { email: string };
        expect(v.email).toMatch(/^<EMAIL:/);
      }
    });
  },
);

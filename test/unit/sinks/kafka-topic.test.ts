import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inputHeaders, kafkaSinkOptions, lineageHeaders } from '../../../src/sinks/kafka/index.js';
import { topicRouter } from '../../../src/sinks/kafka/writer.js';
import { kafkaSourceOptions } from '../../../src/sources/kafka/index.js';
import { createKafkaSource } from '../../../src/sources/kafka/index.js';
import { silentLogger } from '../../../src/log/logger.js';

const kafka = (topic: string, partition = 0) => ({ kind: 'kafka' as const, topic, partition, offset: '7' });

describe('Kafka sink topic routing', () => {
  it('a fixed topic takes every record', () => {
    const route = topicRouter({ topic: 'audit.clean', compression: 'gzip' });
    expect(route(kafka('audit.raw.a'))).toBe('audit.clean');
    expect(route({ kind: 'otlp', request: 1, index: 0 })).toBe('audit.clean');
  });

  it('{source_topic} with strip_prefix maps audit.raw.<x> to audit.clean.<x>', () => {
    const route = topicRouter({ topic: 'audit.clean.{source_topic}', strip_prefix: 'audit.raw.', compression: 'gzip' });
    expect(route(kafka('audit.raw.payments'))).toBe('audit.clean.payments');
    // A topic without the prefix keeps its whole name.
    expect(route(kafka('other'))).toBe('audit.clean.other');
  });

  it('records not from Kafka need default_topic with a template', () => {
    const route = topicRouter({ topic: '{source_topic}.clean', compression: 'none' });
    expect(route({ kind: 'file', path: 'a', line: 1 })).toBeInstanceOf(Error);
    const withDefault = topicRouter({ topic: '{source_topic}.clean', default_topic: 'misc.clean', compression: 'none' });
    expect(withDefault({ kind: 'file', path: 'a', line: 1 })).toBe('misc.clean');
  });
});

describe('Kafka headers', () => {
  it('lineage headers name topic, partition and offset', () => {
    expect(lineageHeaders(kafka('t', 3))).toEqual({
      'auditmask-source-topic': 't',
      'auditmask-source-partition': '3',
      'auditmask-source-offset': '7',
    });
    expect(lineageHeaders({ kind: 'file', path: 'x.jsonl', line: 4 })).toEqual({ 'auditmask-source': 'x.jsonl:4' });
  });

  it('input auditmask-* headers are dropped (ours are set after, never trusted from upstream)', () => {
    expect(inputHeaders({ 'x-a': '1', 'AuditMask-Policy': 'forged', b: Buffer.from([1]) })).toEqual({ 'x-a': '1', b: Buffer.from([1]) });
  });
});

describe('Kafka config', () => {
  it('the SASL password is a secret: never printed', () => {
    const parsed = z.strictObject(kafkaSinkOptions).parse({
      brokers: ['k1:9092'],
      topic: 't',
      sasl: { mechanism: 'scram-sha-512', username: 'svc', password: 'hunter2-very-secret' },
    });
    expect(JSON.stringify(parsed)).not.toContain('hunter2');
    expect(String(parsed.sasl?.password)).toBe('[secret]');
  });

  it('a source needs topics or a topic_pattern, and a valid pattern', () => {
    const base = { id: 'k', type: 'kafka', ...z.strictObject(kafkaSourceOptions).parse({ brokers: ['k:9092'], group_id: 'g' }) };
    expect(() => createKafkaSource(base, { logger: silentLogger })).toThrow(/topics/);
    expect(() => createKafkaSource({ ...base, topic_pattern: '(' }, { logger: silentLogger })).toThrow(/topic_pattern/);
  });

  it('brokers must be host:port', () => {
    expect(() => z.strictObject(kafkaSinkOptions).parse({ brokers: ['http://k:9092'], topic: 't' })).toThrow();
  });
});

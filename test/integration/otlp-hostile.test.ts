import http from 'node:http';
import net from 'node:net';
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { createLogger } from '../../src/log/logger.js';
import { createOtlpSource, otlpSourceOptions } from '../../src/sources/otlp/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { RejectedRecord } from '../../src/core/component.js';
import type { OtlpSource } from '../../src/sources/otlp/index.js';
import { encodeRequestProtobuf } from '../../src/otlp/wire.js';
import { attr, CaptureSink, inThreadHandler, startSource, testEngine, waitFor } from '../helpers/otlp-harness.js';

/**
 * Hostile OTLP/HTTP input against the real receiver (issue 16): keys named like Object.prototype
 * members, ambiguous JSON (the same field under both spellings), allow-listed resource attributes
 * that still hold secrets.
 */

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f().catch(() => {});
});

async function receiver(options: Record<string, unknown> = {}) {
  const sink = new CaptureSink();
  const dead: RejectedRecord[] = [];
  const source: OtlpSource = await startSource(inThreadHandler(testEngine(), [sink], dead), { grpc_endpoint: false, ...options });
  cleanup.push(() => source.stop());
  const url = `http://${source.addresses().http}/v1/logs`;
  const postJson = (doc: unknown) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof doc === 'string' ? doc : JSON.stringify(doc),
    });
  const postProto = (doc: Parameters<typeof encodeRequestProtobuf>[0]) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body: encodeRequestProtobuf(doc) });
  return { sink, dead, source, postJson, postProto };
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

describe('keys named like Object.prototype members are data, never lost', () => {
  for (const wire of ['json', 'protobuf'] as const) {
    it(`over OTLP/HTTP ${wire}: attributes and kvlist entries named __proto__ and friends are written`, async () => {
      const { sink, dead, postJson, postProto } = await receiver();
      const attributes = PROTO_KEYS.map((key) => ({ key, value: { stringValue: `v-${key}` } }));
      const body = { kvlistValue: { values: PROTO_KEYS.map((key) => ({ key, value: { stringValue: `b-${key}` } })) } };
      const doc = {
        resourceLogs: [
          {
            resource: { attributes: [{ key: '__proto__', value: { stringValue: 'r-proto' } }] },
            scopeLogs: [
              { scope: { attributes: [{ key: '__proto__', value: { stringValue: 's-proto' } }] }, logRecords: [{ attributes, body }] },
            ],
          },
        ],
      };
      const res = wire === 'json' ? await postJson(doc) : await postProto(doc);
      expect(res.status).toBe(200);
      expect(await waitFor(() => sink.records.length + dead.length >= 1)).toBe(true);
      expect(dead).toHaveLength(0);
      const out = sink.docs()[0] as {
        resource: { attributes: unknown };
        scope: { attributes: unknown };
        logRecord: { attributes: unknown; body: { kvlistValue: { values: unknown } } };
      };
      for (const key of PROTO_KEYS) {
        expect(attr(out.logRecord.attributes, key)).toEqual({ stringValue: `v-${key}` });
        expect(attr(out.logRecord.body.kvlistValue.values, key)).toEqual({ stringValue: `b-${key}` });
      }
      expect(attr(out.resource.attributes, '__proto__')).toEqual({ stringValue: 'r-proto' });
      expect(attr(out.scope.attributes, '__proto__')).toEqual({ stringValue: 's-proto' });
    });
  }

  it('a secret under a __proto__ key is masked, not dropped and not passed raw', async () => {
    const { sink, postJson } = await receiver();
    const email = 'jane.doe@example.com';
    const res = await postJson({
      resourceLogs: [{ scopeLogs: [{ logRecords: [{ attributes: [{ key: '__proto__', value: { stringValue: `mail ${email}` } }] }] }] }],
    });
    expect(res.status).toBe(200);
    expect(await waitFor(() => sink.records.length >= 1)).toBe(true);
    const text = sink.records[0]?.value.toString('utf8') ?? '';
    expect(text).not.toContain(email);
    expect(attr((sink.docs()[0] as { logRecord: { attributes: unknown } }).logRecord.attributes, '__proto__')).toBeDefined();
  });
});

describe('ambiguous OTLP/JSON (the same field twice) is refused with 400 naming the field', () => {
  const record = (text: string) => ({ body: { stringValue: text } });
  const cases: [string, string, string][] = [
    [
      'resource_logs beside resourceLogs',
      JSON.stringify({ resource_logs: [{ scopeLogs: [{ logRecords: [record('a')] }] }], resourceLogs: [] }),
      'resourceLogs',
    ],
    [
      'log_records beside logRecords',
      JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [record('a')], log_records: [] }] }] }),
      'logRecords',
    ],
    [
      'severity_text beside severityText',
      JSON.stringify({
        resourceLogs: [{ scopeLogs: [{ logRecords: [{ ...record('a'), severityText: 'INFO', severity_text: 'ERROR' }] }] }],
      }),
      'severityText',
    ],
    [
      'the same key twice in the text',
      `{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":{"stringValue":"a"}}]}]}],"resourceLogs":[]}`,
      'resourceLogs',
    ],
    [
      'the same key twice inside a log record',
      `{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":{"stringValue":"a"},"body":{"stringValue":"b"}}]}]}]}`,
      'body',
    ],
  ];
  for (const [name, text, field] of cases) {
    it(name, async () => {
      const { sink, dead, postJson } = await receiver();
      const res = await postJson(text);
      expect(res.status).toBe(400);
      const answer = (await res.json()) as { message?: string };
      expect(answer.message).toContain(`"${field}"`);
      expect(sink.records).toHaveLength(0);
      expect(dead).toHaveLength(0);
    });
  }

  it('the same key in two different objects is not a duplicate', async () => {
    const { sink, postJson } = await receiver();
    const text = `{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":{"stringValue":"a"}},{"body":{"stringValue":"b"}}]}]}]}`;
    expect((await postJson(text)).status).toBe(200);
    expect(await waitFor(() => sink.records.length >= 2)).toBe(true);
  });
});

describe('the resource allowlist keeps names, not secrets', () => {
  const PASSWORD_URL = 'postgres://admin:Sup3rS3cret!@db.internal:5432/app';
  const EMAIL = 'ops.lead@example.com';
  const AWS_KEY = 'AKIAIOSFODNN7EXAMPLE';

  async function exportResource(options: Record<string, unknown>, resource: Record<string, string>) {
    const { sink, postJson } = await receiver(options);
    const attributes = Object.entries(resource).map(([key, v]) => ({ key, value: { stringValue: v } }));
    const res = await postJson({
      resourceLogs: [{ resource: { attributes }, scopeLogs: [{ logRecords: [{ body: { stringValue: 'x' } }] }] }],
    });
    expect(res.status).toBe(200);
    expect(await waitFor(() => sink.records.length >= 1)).toBe(true);
    const doc = sink.docs()[0] as { resource: { attributes: unknown }; logRecord: { attributes: unknown } };
    return { doc, text: sink.records[0]?.value.toString('utf8') ?? '' };
  }

  it('an allow-listed attribute is not masked by name, but what a detector finds in it is masked', async () => {
    const { doc, text } = await exportResource(
      {},
      {
        'service.name': 'billing-api',
        'deployment.environment.name': `prod ${PASSWORD_URL}`,
        'service.namespace': `team ${EMAIL}`,
        'service.instance.id': AWS_KEY,
      },
    );
    expect(attr(doc.resource.attributes, 'service.name')).toEqual({ stringValue: 'billing-api' });
    for (const raw of ['Sup3rS3cret!', EMAIL, AWS_KEY]) expect(text).not.toContain(raw);
    // Still there, with the harmless text kept.
    expect(String(attr(doc.resource.attributes, 'deployment.environment.name')?.stringValue)).toMatch(/^prod /);
    expect(String(attr(doc.resource.attributes, 'service.namespace')?.stringValue)).toMatch(/^team /);
    // Evidence names the resource attribute.
    const findings = JSON.parse(String(attr(doc.logRecord.attributes, 'auditmask.findings')?.stringValue)) as { path: string }[];
    expect(findings.map((f) => f.path)).toEqual(expect.arrayContaining(['resource.service.namespace', 'resource.service.instance.id']));
  });

  it('a prefix matches whole dotted segments: deployment.environment* does not cover a password attribute beside it', async () => {
    const { doc, text } = await exportResource(
      { resource_allowlist: ['service.name', 'deployment.environment*'] },
      {
        'deployment.environment': 'prod',
        'deployment.environment.name': 'prod',
        'deployment.environment_db_password': 'hunter2-plain',
        'deployment.environmental': 'hunter3-plain',
      },
    );
    expect(attr(doc.resource.attributes, 'deployment.environment')).toEqual({ stringValue: 'prod' });
    expect(attr(doc.resource.attributes, 'deployment.environment.name')).toEqual({ stringValue: 'prod' });
    // Not allow-listed: the name marks it (password) or the value is scanned like any attribute.
    expect(text).not.toContain('hunter2-plain');
    expect(attr(doc.resource.attributes, 'deployment.environmental')).toBeDefined();
  });

  it('the default list no longer lets deployment.environment.db_password through raw', async () => {
    const { text } = await exportResource({}, { 'deployment.environment.db_password': 'hunter2-plain' });
    expect(text).not.toContain('hunter2-plain');
  });
});

describe('slow-body clients cannot hold OTLP/HTTP slots', () => {
  /** Opens a request that sends its headers and one body byte, then nothing more. */
  function slowClient(address: string, localAddress: string): Promise<net.Socket> {
    const [host, port] = address.split(':') as [string, string];
    return new Promise((resolve, reject) => {
      const sock = net.connect({ host, port: Number(port), localAddress }, () => {
        sock.write(`POST /v1/logs HTTP/1.1\r\nHost: ${address}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{`, () =>
          resolve(sock),
        );
      });
      sock.on('error', reject);
      cleanup.push(async () => sock.destroy());
    });
  }

  it('32 trickling connections from one address leave the receiver serving a normal client at once', async () => {
    const { source, sink } = await receiver({ max_concurrent_requests: 4 });
    const address = source.addresses().http as string;
    const slow = await Promise.all(Array.from({ length: 32 }, () => slowClient(address, '127.0.0.1')));
    expect(slow).toHaveLength(32);
    // A normal client from another address: answered 200, not 429, while the 32 still trickle.
    const body = JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'normal' } }] }] }] });
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: Number(address.split(':')[1]),
          path: '/v1/logs',
          method: 'POST',
          localAddress: '127.0.0.2',
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(200);
    expect(await waitFor(() => sink.records.length === 1)).toBe(true);
  });
});

describe('a receiver listening beyond loopback without TLS or a token', () => {
  it('logs a warning at start naming the endpoint and what is missing', async () => {
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on('data', (c: Buffer) => lines.push(...c.toString('utf8').split('\n').filter(Boolean)));
    const logger = createLogger({ level: 'info', stream });
    const config = z.strictObject(otlpSourceOptions).parse({ http_endpoint: '0.0.0.0:0', grpc_endpoint: false });
    const source = createOtlpSource({ ...config, id: 'exposed', type: 'otlp' }, { logger });
    source.setHandler(inThreadHandler(testEngine(), [new CaptureSink()]));
    await source.start();
    cleanup.push(() => source.stop());
    expect(await waitFor(() => lines.some((l) => l.includes('listens beyond loopback')))).toBe(true);
    const warning = JSON.parse(lines.find((l) => l.includes('listens beyond loopback')) as string) as { level: string; msg: string };
    expect(warning.level).toBe('warn');
    expect(warning.msg).toContain('http_endpoint 0.0.0.0:0');
    expect(warning.msg).toContain('without TLS and a bearer token');
  });
});

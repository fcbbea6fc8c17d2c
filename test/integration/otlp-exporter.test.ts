import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditmaskError, BackpressureError, ConnectionError } from '../../src/core/errors.js';
import { silentLogger } from '../../src/log/logger.js';
import type { BatchHandler, MaskedRecord, SourceBatch } from '../../src/core/component.js';
import { createFileSink, fileSinkOptions } from '../../src/sinks/file/index.js';
import { buildRequest, createOtlpSink, otlpSinkOptions } from '../../src/sinks/otlp/index.js';
import type { OtlpSource } from '../../src/sources/otlp/index.js';
import { attr, type Client, inThreadHandler, makeClient, startSource, testEngine, waitFor } from '../helpers/otlp-harness.js';

const EMAIL = 'amira.haddad@example.org';
const CARD = '5555555555554444';
const PASSWORD = 'correct-horse-battery-staple-9';
const PHONE_IP = '198.51.100.23';
const RAW = [EMAIL, CARD, PASSWORD, PHONE_IP];

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await Promise.resolve(f()).catch(() => {});
});

/** A downstream collector: a second receiver whose handler keeps the raw documents it got. */
async function downstream(options: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = {}, before?: (b: SourceBatch) => void) {
  const batches: SourceBatch[] = [];
  const handler: BatchHandler = async (batch) => {
    before?.(batch);
    batches.push(batch);
    return { written: batch.records.length, deadLettered: 0 };
  };
  const source = await startSource(handler, options, env);
  cleanup.push(() => source.stop());
  // biome-ignore lint/suspicious/noExplicitAny: OTLP/JSON documents are read loosely in assertions
  const docs = () => batches.flatMap((b) => b.records.map((r) => JSON.parse(r.value.toString('utf8')) as Record<string, any>));
  return { source, batches, docs };
}

function otlpSink(options: Record<string, unknown>, env: NodeJS.ProcessEnv = {}) {
  const config = z.strictObject(otlpSinkOptions).parse(options);
  const sink = createOtlpSink({ ...config, id: 'siem', type: 'otlp' }, { logger: silentLogger }, env);
  cleanup.push(() => sink.stop());
  return sink;
}

function track<T extends OtlpSource | Client>(x: T): T {
  cleanup.push(() => ('close' in x ? x.close() : x.stop()));
  return x;
}

const traceIdOf = (i: number) => (0x30000000 + i).toString(16).padStart(32, 'c');
const spanIdOf = (i: number) => (0x40000000 + i).toString(16).padStart(16, 'd');

describe.each(['http/protobuf', 'http/json', 'grpc'] as const)('OTLP exporter sink over %s', (protocol) => {
  it('SDK → auditmask → downstream collector and files: only masked values, ids/times/severity intact, order kept', async () => {
    const down = await downstream();
    const endpoint = `http://${protocol === 'grpc' ? down.source.addresses().grpc : down.source.addresses().http}`;
    const sink = otlpSink({ endpoint, protocol, max_batch_records: 7 });
    await sink.start();
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-otlp-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const files = createFileSink(
      { ...z.strictObject(fileSinkOptions).parse({ dir }), id: 'files', type: 'file' },
      { logger: silentLogger },
    );
    await files.start();
    cleanup.push(() => files.stop());

    const source = track(await startSource(inThreadHandler(testEngine(), [sink, files])));
    const client = track(
      makeClient('http/protobuf', source.addresses().http as string, { 'service.name': 'agent-gateway', 'user.phone_ip': PHONE_IP }),
    );
    const n = 30;
    client.emit(n, (i) => ({
      body: i % 2 === 0 ? `card ${CARD} charged for ${EMAIL}` : { user: { email: EMAIL }, note: 'ok' },
      attributes: { seq: i, password: PASSWORD, 'enduser.id': 'u-42' },
      severityNumber: SeverityNumber.ERROR,
      severityText: 'ERROR',
      timestamp: [1_764_400_000 + i, 5],
      traceId: traceIdOf(i),
      spanId: spanIdOf(i),
      loggerName: i % 3 === 0 ? 'audit-a' : 'audit-b',
    }));
    await client.flush();
    expect(client.exporter.results.every((r) => r.code === 0)).toBe(true);
    expect(await waitFor(() => down.docs().length >= n)).toBe(true);

    // Downstream: every record, nothing raw, evidence attached, ids and times as sent.
    const docs = down.docs();
    expect(docs).toHaveLength(n);
    const wire = JSON.stringify(docs);
    for (const raw of RAW) expect(wire).not.toContain(raw);
    const bySeq = new Map(docs.map((d) => [Number(attr(d.logRecord.attributes, 'seq')?.intValue), d]));
    expect([...bySeq.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    for (const [i, d] of bySeq) {
      expect(d.logRecord.traceId).toBe(traceIdOf(i));
      expect(d.logRecord.spanId).toBe(spanIdOf(i));
      expect(d.logRecord.timeUnixNano).toBe(`${1_764_400_000 + i}000000005`);
      expect(d.logRecord.severityNumber).toBe(SeverityNumber.ERROR);
      expect(d.scope.name).toBe(i % 3 === 0 ? 'audit-a' : 'audit-b');
      expect(attr(d.resource.attributes, 'service.name')).toEqual({ stringValue: 'agent-gateway' });
      expect(attr(d.logRecord.attributes, 'password')?.stringValue).toMatch(/^<SECRET/);
      expect(attr(d.logRecord.attributes, 'auditmask.findings')?.stringValue).toContain('attributes.password');
    }
    // Order within each scope (the exporter regroups by resource and scope, keeping record order).
    for (const scope of ['audit-a', 'audit-b']) {
      const seqs = docs.filter((d) => d.scope.name === scope).map((d) => Number(attr(d.logRecord.attributes, 'seq')?.intValue));
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    }

    // Files: the same records, masked, on disk before the ack.
    await files.stop();
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean));
    expect(lines).toHaveLength(n);
    for (const raw of RAW) expect(lines.join('\n')).not.toContain(raw);
  });

  it('retries a throttled downstream (Retry-After / RetryInfo) and resolves only after success', async () => {
    let refuse = 2;
    let attempts = 0;
    const down = await downstream({}, {}, () => {
      attempts++;
      if (refuse-- > 0) throw new BackpressureError('busy', 100);
    });
    const endpoint = `http://${protocol === 'grpc' ? down.source.addresses().grpc : down.source.addresses().http}`;
    const sink = otlpSink({ endpoint, protocol, initial_backoff_ms: 10 });
    await sink.start();
    let done = false;
    const write = sink.write([masked('a'), masked('b')]).then(() => {
      done = true;
    });
    expect(await waitFor(() => attempts >= 1)).toBe(true);
    expect(done).toBe(false);
    await write;
    expect(attempts).toBe(3);
    expect(down.docs().map((d) => d.logRecord.body.stringValue)).toEqual(['a', 'b']);
  });
});

describe('OTLP exporter sink failures', () => {
  it('a permanent refusal (wrong token) rejects the write without retrying and without the token in the message', async () => {
    const down = await downstream({ auth_token_env: 'T' }, { T: 'right-token' });
    const sink = otlpSink({ endpoint: `http://${down.source.addresses().http}`, auth_token_env: 'SINK_T' }, { SINK_T: 'wrong-token' });
    await sink.start();
    const err = await sink.write([masked('x')]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AuditmaskError);
    expect((err as AuditmaskError).retriable).toBe(false);
    expect((err as Error).message).toContain('HTTP 401');
    expect((err as Error).message).not.toContain('wrong-token');
    expect(down.source.stats().unauthenticated).toBe(1);
  });

  it('gives up after max_elapsed_ms with a retriable error so the pipeline redelivers', async () => {
    const down = await downstream({}, {}, () => {
      throw new Error('sink down');
    });
    const sink = otlpSink({
      endpoint: `http://${down.source.addresses().grpc}`,
      protocol: 'grpc',
      initial_backoff_ms: 20,
      max_elapsed_ms: 300,
    });
    await sink.start();
    const err = await sink.write([masked('x')]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as ConnectionError).retriable).toBe(true);
    expect(down.source.stats().unavailable).toBeGreaterThanOrEqual(1);
  });

  it('a downstream that is not listening is retried as a connection error', async () => {
    const down = await downstream();
    const address = down.source.addresses().http as string;
    await down.source.stop();
    const sink = otlpSink({ endpoint: `http://${address}`, initial_backoff_ms: 10, max_elapsed_ms: 200 });
    await sink.start();
    await expect(sink.write([masked('x')])).rejects.toBeInstanceOf(ConnectionError);
  });

  it('downstream down: the client gets 503, retries, and nothing is lost once it is back', async () => {
    const first = await downstream({ grpc_endpoint: false });
    const address = first.source.addresses().http as string;
    await first.source.stop();
    const sink = otlpSink({ endpoint: `http://${address}`, initial_backoff_ms: 20, max_elapsed_ms: 200 });
    await sink.start();
    const source = track(await startSource(inThreadHandler(testEngine(), [sink]), { grpc_endpoint: false }));
    const client = track(makeClient('http/protobuf', source.addresses().http as string, { 'service.name': 's' }, { simple: true }));
    client.emit(3, (i) => ({ body: `event ${i} for ${EMAIL}`, attributes: { seq: i } }));
    expect(await waitFor(() => source.stats().unavailable >= 1)).toBe(true);
    // The downstream comes back on the same address; the SDK's retries now go through.
    const second = await downstream({ http_endpoint: address, grpc_endpoint: false });
    await client.flush();
    expect(await waitFor(() => new Set(second.docs().map((d) => attr(d.logRecord.attributes, 'seq')?.intValue)).size === 3)).toBe(true);
    expect(client.exporter.results.filter((r) => r.code !== 0)).toEqual([]);
    expect(JSON.stringify(second.docs())).not.toContain(EMAIL);
  });

  it.each(['http/protobuf', 'http/json', 'grpc'] as const)(
    'a downstream partial success over %s is counted, not retried',
    async (protocol) => {
      let calls = 0;
      const handler: BatchHandler = async (batch) => {
        calls++;
        return { written: batch.records.length - 1, deadLettered: 1 };
      };
      const down = await startSource(handler);
      cleanup.push(() => down.stop());
      const endpoint = `http://${protocol === 'grpc' ? down.addresses().grpc : down.addresses().http}`;
      const sink = otlpSink({ endpoint, protocol });
      await sink.start();
      await sink.write([masked('a'), masked('b'), masked('c')]);
      expect(calls).toBe(1);
      expect(sink.rejectedByDownstream).toBe(1);
    },
  );

  it('regroups records by resource and scope, keeping first-seen order and record order', () => {
    const rec = (res: string, scope: string, body: string): MaskedRecord =>
      masked(body, { resource: { attributes: [{ key: 'service.name', value: { stringValue: res } }] }, scope: { name: scope } });
    const req = buildRequest([
      rec('r1', 's1', '1'),
      rec('r2', 's1', '2'),
      rec('r1', 's2', '3'),
      rec('r1', 's1', '4'),
      rec('r2', 's1', '5'),
    ]);
    const shape = req.resourceLogs.map((rl) => ({
      r: rl.resource?.attributes?.[0]?.value?.stringValue,
      s: rl.scopeLogs.map((sl) => [sl.scope?.name, sl.logRecords.map((l) => l.body?.stringValue).join('')]),
    }));
    expect(shape).toEqual([
      {
        r: 'r1',
        s: [
          ['s1', '14'],
          ['s2', '3'],
        ],
      },
      { r: 'r2', s: [['s1', '25']] },
    ]);
  });

  it('stop() is safe before start and twice', async () => {
    const sink = otlpSink({ endpoint: 'http://127.0.0.1:9' });
    await sink.stop();
    await sink.stop();
    await expect(sink.write([masked('x')])).rejects.toThrow();
  });
});

/** A self-signed certificate for 127.0.0.1 made with the openssl CLI; undefined when it is missing. */
function selfSigned(dir: string): { cert: string; key: string } | undefined {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ],
      { stdio: 'ignore' },
    );
    return { cert, key };
  } catch {
    return undefined;
  }
}

describe('OTLP over TLS', () => {
  it.each(['http/protobuf', 'grpc'] as const)('receiver with tls and exporter with ca_file talk over %s', async (protocol) => {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-tls-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const pem = selfSigned(dir);
    if (!pem) {
      console.warn('openssl not available: TLS test skipped');
      return;
    }
    const down = await downstream({ tls: { cert_file: pem.cert, key_file: pem.key } });
    const address = protocol === 'grpc' ? down.source.addresses().grpc : down.source.addresses().http;
    const sink = otlpSink({ endpoint: `https://${address}`, protocol, ca_file: pem.cert });
    await sink.start();
    await sink.write([masked('over tls')]);
    expect(down.docs().map((d) => d.logRecord.body.stringValue)).toEqual(['over tls']);
    // Plain text against the TLS endpoint is refused (retried as a connection failure, then given up).
    const plain = otlpSink({ endpoint: `http://${address}`, protocol, initial_backoff_ms: 10, max_elapsed_ms: 200 });
    await plain.start();
    await expect(plain.write([masked('x')])).rejects.toBeInstanceOf(ConnectionError);
    expect(down.docs()).toHaveLength(1);
  });
});

function masked(body: string, extra: Record<string, unknown> = {}): MaskedRecord {
  const doc = { resource: {}, scope: { name: 't' }, ...extra, logRecord: { body: { stringValue: body } } };
  return {
    value: Buffer.from(JSON.stringify(doc)),
    headers: {},
    origin: { kind: 'otlp', request: 1, index: 0 },
    format: 'otlp_log',
    evidence: { v: 1, policy: 'p', key: 'k', findings: [] },
  };
}

import { gzipSync } from 'node:zlib';
import * as grpc from '@grpc/grpc-js';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchHandler, RejectedRecord } from '../../src/core/component.js';
import type { OtlpSource } from '../../src/sources/otlp/index.js';
import { LOGS_EXPORT_PATH } from '../../src/otlp/schema.js';
import { decodeRetryDelay, encodeRequestProtobuf } from '../../src/otlp/wire.js';
import { BackpressureError } from '../../src/core/errors.js';
import {
  attr,
  CaptureSink,
  type Client,
  inThreadHandler,
  makeClient,
  type Protocol,
  startSource,
  testEngine,
  waitFor,
} from '../helpers/otlp-harness.js';

const EMAIL = 'jane.doe@example.com';
const CARD = '4111111111111111';
const PASSWORD = 'hunter2-Secr3t!';
const AWS_KEY = 'AKIAIOSFODNN7EXAMPLE';
const USER_IP = '203.0.113.77';
const RAW = [EMAIL, CARD, PASSWORD, AWS_KEY, USER_IP];

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f().catch(() => {});
});

function track<T extends OtlpSource | Client>(x: T): T {
  cleanup.push(() => ('close' in x ? x.close() : x.stop()));
  return x;
}

const traceIdOf = (i: number) => (0x10000000 + i).toString(16).padStart(32, 'a');
const spanIdOf = (i: number) => (0x20000000 + i).toString(16).padStart(16, 'b');

describe.each<Protocol>(['http/protobuf', 'http/json', 'grpc'])('OTLP receiver over %s with the OpenTelemetry SDK', (protocol) => {
  it('masks body, attributes and resource; keeps ids, timestamps, severity and order', async () => {
    const sink = new CaptureSink();
    const source = track(await startSource(inThreadHandler(testEngine(), [sink])));
    const address = (protocol === 'grpc' ? source.addresses().grpc : source.addresses().http) as string;
    const client = track(
      makeClient(
        protocol,
        address,
        { 'service.name': 'billing-api', 'enduser.email': EMAIL, 'host.ip': USER_IP },
        { gzip: protocol !== 'http/json' },
      ),
    );
    const n = 60;
    client.emit(n, (i) => ({
      body:
        i % 3 === 0
          ? { message: `refund for ${EMAIL}`, card: CARD, seq: i }
          : `login by ${EMAIL} from ${USER_IP} with key ${AWS_KEY} seq=${i}`,
      attributes: { seq: i, password: PASSWORD, 'user.email': EMAIL, 'http.route': '/api/refund' },
      severityNumber: SeverityNumber.WARN,
      severityText: 'WARN',
      timestamp: [1_764_300_000 + i, 123_456_789],
      traceId: traceIdOf(i),
      spanId: spanIdOf(i),
    }));
    await client.flush();
    expect(client.exporter.results.every((r) => r.code === 0)).toBe(true);
    expect(await waitFor(() => sink.records.length >= n)).toBe(true);
    expect(sink.records).toHaveLength(n);

    const all = sink.records.map((r) => r.value.toString('utf8')).join('\n');
    for (const raw of RAW) expect(all).not.toContain(raw);

    const docs = sink.docs() as {
      resource: { attributes: unknown };
      scope: { name: string; version: string };
      logRecord: Record<string, unknown>;
    }[];
    docs.forEach((d, i) => {
      const lr = d.logRecord;
      // Order: one client, one stream; records arrive in emission order.
      expect(attr(lr.attributes, 'seq')).toEqual({ intValue: String(i) });
      expect(lr.timeUnixNano).toBe(`${1_764_300_000 + i}123456789`);
      expect(lr.severityNumber).toBe(SeverityNumber.WARN);
      expect(lr.severityText).toBe('WARN');
      expect(lr.traceId).toBe(traceIdOf(i));
      expect(lr.spanId).toBe(spanIdOf(i));
      expect(lr.flags).toBe(1);
      expect(d.scope).toMatchObject({ name: 'audit-trail', version: '1.2.3' });
      expect(attr(lr.attributes, 'password')?.stringValue).toMatch(/^<SECRET/);
      expect(attr(lr.attributes, 'user.email')?.stringValue).toMatch(/^<EMAIL:/);
      expect(attr(lr.attributes, 'http.route')).toEqual({ stringValue: '/api/refund' });
      expect(attr(lr.attributes, 'auditmask.policy')?.stringValue).toMatch(/\S/);
      const findings = JSON.parse(attr(lr.attributes, 'auditmask.findings')?.stringValue as string) as { path: string }[];
      expect(findings.map((f) => f.path)).toContain('attributes.password');
      expect(attr(d.resource.attributes, 'service.name')).toEqual({ stringValue: 'billing-api' });
      expect(attr(d.resource.attributes, 'enduser.email')?.stringValue).toMatch(/^<EMAIL:/);
      expect(attr(d.resource.attributes, 'host.ip')?.stringValue).toMatch(/^<IP_ADDRESS/);
      const body = lr.body as { stringValue?: string; kvlistValue?: { values: unknown } };
      if (i % 3 === 0) {
        expect(attr(body.kvlistValue?.values, 'message')?.stringValue).toMatch(/^refund for <EMAIL:/);
        expect(attr(body.kvlistValue?.values, 'card')?.stringValue).toMatch(/^<CREDIT_CARD/);
      } else {
        expect(body.stringValue).toMatch(/^login by <EMAIL:\S+> from <IP_ADDRESS\S*> with key <\w+:?\S*> seq=\d+$/);
      }
    });
    // Same value, same token, whatever the protocol path: joins on masked data still work.
    const tokens = new Set(docs.map((d) => attr(d.logRecord.attributes, 'user.email')?.stringValue));
    expect(tokens.size).toBe(1);
  });
});

describe('OTLP receiver backpressure', () => {
  it('answers 429 with Retry-After while the sink is blocked; the SDK retries and nothing is lost', async () => {
    const sink = new CaptureSink();
    let open: () => void = () => {};
    sink.gate = new Promise<void>((r) => {
      open = r;
    });
    const source = track(await startSource(inThreadHandler(testEngine(), [sink]), { max_concurrent_requests: 2, grpc_endpoint: false }));
    const client = track(makeClient('http/protobuf', source.addresses().http as string, { 'service.name': 's' }, { simple: true }));
    const n = 12;
    client.emit(n, (i) => ({ body: `event ${i} for ${EMAIL}`, attributes: { seq: i } }));
    // Two requests hold the slots (their writes are blocked); the others are throttled.
    expect(await waitFor(() => source.stats().throttle >= 3)).toBe(true);
    expect(sink.records).toHaveLength(0);
    open();
    sink.gate = undefined;
    await client.flush();
    expect(
      await waitFor(
        () => new Set(sink.docs().map((d) => attr((d.logRecord as { attributes: unknown }).attributes, 'seq')?.intValue)).size === n,
      ),
    ).toBe(true);
    // Every export finally succeeded; never more requests in flight than the bound (memory bounded).
    expect(client.exporter.results.filter((r) => r.code !== 0)).toEqual([]);
    expect(source.stats().maxInFlight).toBeLessThanOrEqual(2);
    expect(sink.records.map((r) => r.value.toString()).join('')).not.toContain(EMAIL);
  });

  it('maps a BackpressureError from the pipeline to 429 and RESOURCE_EXHAUSTED with a retry hint', async () => {
    let refuse = 2;
    const sink = new CaptureSink();
    const inner = inThreadHandler(testEngine(), [sink]);
    const handler: BatchHandler = async (batch) => {
      if (refuse-- > 0) throw new BackpressureError('pipeline full', 1500);
      return inner(batch);
    };
    const source = track(await startSource(handler));
    // HTTP: first answer 429 with Retry-After: 2 (1.5 s rounded up), then the retry succeeds.
    const body = encodeRequestProtobuf({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: `hi ${EMAIL}` } }] }] }] });
    const url = `http://${source.addresses().http}/v1/logs`;
    const first = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body });
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('2');
    // gRPC: RESOURCE_EXHAUSTED with RetryInfo in the status details.
    const err = await grpcCall(source.addresses().grpc as string, Buffer.from(body));
    expect(err?.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
    const details = err?.metadata?.get('grpc-status-details-bin')[0];
    expect(decodeRetryDelay(details as Buffer)).toBe(2);
    // Third try: delivered.
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body });
    expect(ok.status).toBe(200);
    expect(sink.records).toHaveLength(1);
  });

  it('gRPC: a blocked sink gives the SDK RESOURCE_EXHAUSTED instead of queueing without bound', async () => {
    const sink = new CaptureSink();
    let open: () => void = () => {};
    sink.gate = new Promise<void>((r) => {
      open = r;
    });
    const source = track(await startSource(inThreadHandler(testEngine(), [sink]), { max_concurrent_requests: 1, http_endpoint: false }));
    const client = track(makeClient('grpc', source.addresses().grpc as string, { 'service.name': 's' }, { simple: true }));
    client.emit(3, (i) => ({ body: `event ${i}` }));
    expect(await waitFor(() => client.exporter.results.length >= 2)).toBe(true);
    const failed = client.exporter.results.filter((r) => r.code !== 0);
    expect(failed.length).toBeGreaterThanOrEqual(2);
    expect((failed[0]?.error as { code?: number } | undefined)?.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
    open();
    sink.gate = undefined;
    await client.flush();
    expect(await waitFor(() => sink.records.length === 1)).toBe(true);
    expect(source.stats().maxInFlight).toBe(1);
  });
});

describe('OTLP receiver refuses bad input and goes on', () => {
  it('malformed protobuf/JSON, oversized and bad gzip bodies, wrong auth, wrong type or method', async () => {
    const sink = new CaptureSink();
    const dead: RejectedRecord[] = [];
    const source = track(
      await startSource(
        inThreadHandler(testEngine(), [sink], dead),
        { max_body_bytes: 64 * 1024, auth_token_env: 'TOKEN' },
        { TOKEN: 's3cr3t-token' },
      ),
    );
    const url = `http://${source.addresses().http}/v1/logs`;
    const auth = { authorization: 'Bearer s3cr3t-token' };
    const post = (body: Uint8Array | string, headers: Record<string, string>) =>
      fetch(url, { method: 'POST', headers: { ...auth, ...headers }, body });
    const proto = { 'content-type': 'application/x-protobuf' };
    const json = { 'content-type': 'application/json' };

    const badProto = await post(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]), proto);
    expect(badProto.status).toBe(400);
    expect(badProto.headers.get('content-type')).toBe('application/x-protobuf');

    const secretInPayload = `{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":{"stringValue":"${PASSWORD}"}}]}]}`;
    const badJson = await post(secretInPayload, json);
    expect(badJson.status).toBe(400);
    const badJsonBody = (await badJson.json()) as { code: number; message: string };
    expect(badJsonBody.code).toBe(3);
    expect(badJsonBody.message).toMatch(/not valid JSON/);
    expect(badJsonBody.message).not.toContain(PASSWORD);

    const wrongShape = await post(JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ traceId: PASSWORD }] }] }] }), json);
    expect(wrongShape.status).toBe(400);
    const wrongShapeText = await wrongShape.text();
    expect(wrongShapeText).toContain('logRecords[0].traceId');
    expect(wrongShapeText).not.toContain(PASSWORD);

    const big = JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'x'.repeat(100 * 1024) } }] }] }] });
    expect((await post(big, json)).status).toBe(413);
    // A gzip bomb: small on the wire, beyond the limit once decompressed.
    expect((await post(gzipSync(Buffer.from(big)), { ...json, 'content-encoding': 'gzip' })).status).toBe(413);
    expect((await post(Buffer.from('definitely not gzip'), { ...json, 'content-encoding': 'gzip' })).status).toBe(400);
    expect((await post('{}', { ...json, 'content-encoding': 'br' })).status).toBe(415);
    expect((await post('{}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await fetch(url, { method: 'GET', headers: auth })).status).toBe(405);
    expect((await post('{}', { ...json, authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await fetch(url, { method: 'POST', headers: json, body: '{}' })).status).toBe(401);
    expect(
      (await fetch(`http://${source.addresses().http}/v1/traces`, { method: 'POST', headers: { ...auth, ...json }, body: '{}' })).status,
    ).toBe(404);

    // gRPC: malformed message and wrong token.
    const grpcAddr = source.addresses().grpc as string;
    const meta = new grpc.Metadata();
    meta.set('authorization', 'Bearer s3cr3t-token');
    expect((await grpcCall(grpcAddr, Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]), meta))?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect((await grpcCall(grpcAddr, Buffer.alloc(0)))?.code).toBe(grpc.status.UNAUTHENTICATED);
    expect((await grpcCall(grpcAddr, Buffer.alloc(100 * 1024, 1), meta))?.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
    // A gzip bomb over gRPC: small on the wire, refused once it decompresses beyond the limit.
    const bomb = Buffer.from(
      encodeRequestProtobuf({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'x'.repeat(200 * 1024) } }] }] }] }),
    );
    expect((await grpcCall(grpcAddr, bomb, meta, true))?.code).toBe(grpc.status.RESOURCE_EXHAUSTED);

    // Nothing reached the sink; the server goes on: real SDK clients with the token still succeed.
    expect(sink.records).toHaveLength(0);
    for (const protocol of ['http/protobuf', 'http/json', 'grpc'] as const) {
      const address = (protocol === 'grpc' ? grpcAddr : source.addresses().http) as string;
      const client = track(makeClient(protocol, address, { 'service.name': 's' }, { headers: { Authorization: 'Bearer s3cr3t-token' } }));
      client.emit(1, () => ({ body: `ok ${EMAIL}` }));
      await client.flush();
      expect(client.exporter.results.map((r) => r.code)).toEqual([0]);
      const bad = track(makeClient(protocol, address, { 'service.name': 's' }, { headers: { Authorization: 'Bearer nope' } }));
      bad.emit(1, () => ({ body: 'x' }));
      await bad.flush();
      expect(bad.exporter.results.map((r) => r.code)).toEqual([1]);
    }
    expect(sink.records).toHaveLength(3);
    expect(source.stats().unauthenticated).toBeGreaterThanOrEqual(5);
  });

  it('answers partial success when some records were dead-lettered', async () => {
    const sink = new CaptureSink();
    const dead: RejectedRecord[] = [];
    const source = track(await startSource(inThreadHandler(testEngine(), [sink], dead)));
    const dup = { key: 'email', value: { stringValue: EMAIL } };
    const request = {
      resourceLogs: [
        {
          scopeLogs: [
            { logRecords: [{ body: { stringValue: 'fine' } }, { attributes: [dup, dup] }, { body: { stringValue: `and ${EMAIL}` } }] },
          ],
        },
      ],
    };
    const res = await fetch(`http://${source.addresses().http}/v1/logs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { partialSuccess?: { rejectedLogRecords: string; errorMessage: string } };
    expect(answer.partialSuccess?.rejectedLogRecords).toBe('1');
    expect(answer.partialSuccess?.errorMessage).toMatch(/dead-letter/);
    expect(answer.partialSuccess?.errorMessage).not.toContain(EMAIL);
    expect(sink.records).toHaveLength(2);
    expect(dead.map((d) => d.reason)).toEqual(['otlp_duplicate_key']);
  });

  it('a configured resource_allowlist replaces the default one', async () => {
    const sink = new CaptureSink();
    const source = track(
      await startSource(inThreadHandler(testEngine(), [sink]), { resource_allowlist: ['host.*'], grpc_endpoint: false }),
    );
    const client = track(
      makeClient('http/protobuf', source.addresses().http as string, { 'service.name': EMAIL, 'host.name': 'db-7', 'host.ip': USER_IP }),
    );
    client.emit(1, () => ({ body: 'x' }));
    await client.flush();
    expect(await waitFor(() => sink.records.length === 1)).toBe(true);
    const doc = sink.docs()[0] as { resource: { attributes: unknown }; allowResource?: unknown };
    expect(attr(doc.resource.attributes, 'host.name')).toEqual({ stringValue: 'db-7' });
    // Allow-listed names are still scanned: the address a value detector finds is masked (issue 16).
    expect(attr(doc.resource.attributes, 'host.ip')?.stringValue).not.toBe(USER_IP);
    expect(attr(doc.resource.attributes, 'service.name')?.stringValue).toMatch(/^<EMAIL:/);
    expect(doc.allowResource).toBeUndefined();
  });

  it('stop() lets a request in flight finish with success, then closes', async () => {
    const sink = new CaptureSink();
    let open: () => void = () => {};
    sink.gate = new Promise<void>((r) => {
      open = r;
    });
    const source = await startSource(inThreadHandler(testEngine(), [sink]));
    const url = `http://${source.addresses().http}/v1/logs`;
    const body = JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'in flight' } }] }] }] });
    const answer = fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(await waitFor(() => sink.writes === 1)).toBe(true);
    let stopped = false;
    const stopping = source.stop().then(() => {
      stopped = true;
    });
    // A new request while stopping is refused (connection closed or 503), the one in flight waits.
    const late = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
      (r) => r.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);
    expect(stopped).toBe(false);
    open();
    expect((await answer).status).toBe(200);
    await stopping;
    expect(sink.records).toHaveLength(1);
  });

  it('stop() is safe before start and twice, and refuses new requests after it', async () => {
    const sink = new CaptureSink();
    const fresh = await startSource(inThreadHandler(testEngine(), [sink]));
    const address = fresh.addresses().http as string;
    await fresh.stop();
    await fresh.stop();
    await expect(
      fetch(`http://${address}/v1/logs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }),
    ).rejects.toThrow();
  });
});

function grpcCall(address: string, body: Buffer, metadata = new grpc.Metadata(), gzip = false): Promise<grpc.ServiceError | undefined> {
  const client = new grpc.Client(address, grpc.credentials.createInsecure(), gzip ? { 'grpc.default_compression_algorithm': 2 } : {});
  return new Promise((resolve) => {
    client.makeUnaryRequest(
      LOGS_EXPORT_PATH,
      (b: Buffer) => b,
      (b: Buffer) => b,
      body,
      metadata,
      (err) => {
        client.close();
        resolve(err ?? undefined);
      },
    );
  });
}

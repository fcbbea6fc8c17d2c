import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { silentLogger } from '../../../src/log/logger.js';
import type { MaskedRecord } from '../../../src/core/component.js';
import { createOtlpSink, otlpSinkOptions } from '../../../src/sinks/otlp/index.js';

const record: MaskedRecord = {
  value: Buffer.from('{"msg":"hello"}'),
  key: null,
  headers: {},
  origin: { kind: 'file', path: 'x', line: 1 } as never,
  format: 'json',
  evidence: { v: 1, policy: 'sha256:0', key: 'k', findings: [] },
};

describe('otlp sink readiness', () => {
  const servers: Server[] = [];
  afterEach(() => {
    for (const s of servers.splice(0)) s.close();
  });

  it('is not ready after three failed attempts in a row, and ready again at the next answer', async () => {
    const seen: { n: number; ready: unknown }[] = [];
    let n = 0;
    let sink: ReturnType<typeof createOtlpSink> | undefined;
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        n++;
        seen.push({ n, ready: sink?.ready?.() });
        if (n <= 3) res.writeHead(503, { 'Retry-After': '0' }).end();
        else res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
      });
    });
    servers.push(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const config = z.strictObject(otlpSinkOptions).parse({
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      protocol: 'http/json',
      compression: 'none',
      initial_backoff_ms: 1,
      max_backoff_ms: 5,
    });
    sink = createOtlpSink({ ...config, id: 'siem', type: 'otlp' }, { logger: silentLogger });
    await sink.start();
    expect(sink.ready?.()).toEqual({ ready: true });
    await sink.write([record]);
    expect(seen.map((s) => s.ready)).toEqual([
      { ready: true },
      { ready: true },
      { ready: true },
      { ready: false, reason: 'siem: downstream not answering (HTTP 503)' },
    ]);
    expect(sink.ready?.()).toEqual({ ready: true });
    await sink.stop();
  });
});

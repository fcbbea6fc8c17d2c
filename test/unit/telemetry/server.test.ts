import { afterEach, describe, expect, it } from 'vitest';
import { BackpressureError } from '../../../src/core/errors.js';
import type { MaskedRecord, Sink, Source, SourceBatch } from '../../../src/core/component.js';
import { Health } from '../../../src/telemetry/health.js';
import { instrumentSink, instrumentSource } from '../../../src/telemetry/instrument.js';
import { Metrics, useMetrics } from '../../../src/telemetry/metrics.js';
import { TELEMETRY_PATHS, TelemetryServer } from '../../../src/telemetry/server.js';

function fakeSink(id: string): Sink & { up: boolean; ready(): { ready: boolean; reason?: string } } {
  const s = {
    id,
    up: true,
    async start() {},
    async stop() {},
    async write(_records: MaskedRecord[]) {},
    ready() {
      return s.up ? { ready: true } : { ready: false, reason: `${id}: downstream unreachable` };
    },
  };
  return s;
}

describe('telemetry server', () => {
  const servers: TelemetryServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
  });

  async function serve(health: Health, metrics: Metrics, running = () => true) {
    const server = new TelemetryServer({ listen: '127.0.0.1:0', metrics, health, running });
    servers.push(server);
    const address = await server.listen();
    const get = async (path: string) => {
      const res = await fetch(`http://${address}${path}`);
      return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
    };
    return get;
  }

  it('/readyz flips to 503 with the reason when a sink is not ready or stopped, and back to 200', async () => {
    const metrics = useMetrics(new Metrics());
    metrics.addComponents(['out']);
    const health = new Health();
    const inner = fakeSink('out');
    const sink = instrumentSink(inner, health);
    const get = await serve(health, metrics);

    let r = await get(TELEMETRY_PATHS.ready);
    expect(r.status).toBe(503);
    expect(JSON.parse(r.text)).toMatchObject({ status: 'not ready', reason: 'out not started' });

    await sink.start();
    r = await get(TELEMETRY_PATHS.ready);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ status: 'ready', checks: { out: { ready: true } } });

    inner.up = false;
    r = await get(TELEMETRY_PATHS.ready);
    expect(r.status).toBe(503);
    expect(JSON.parse(r.text)).toMatchObject({ reason: 'out: downstream unreachable', checks: { out: { ready: false } } });
    expect(await (await get(TELEMETRY_PATHS.metrics)).text).toContain('auditmask_component_ready{component="out"} 0');

    inner.up = true;
    expect((await get(TELEMETRY_PATHS.ready)).status).toBe(200);
    expect(await (await get(TELEMETRY_PATHS.metrics)).text).toContain('auditmask_component_ready{component="out"} 1');

    await sink.stop();
    r = await get(TELEMETRY_PATHS.ready);
    expect(r.status).toBe(503);
    expect(JSON.parse(r.text).reason).toBe('out stopped');
    // Liveness does not depend on readiness.
    expect((await get(TELEMETRY_PATHS.live)).status).toBe(200);
  });

  it('/readyz is 503 while the process is starting or shutting down; unknown paths 404; /metrics is Prometheus text', async () => {
    const metrics = useMetrics(new Metrics());
    const health = new Health();
    health.register('pool', () => true);
    let running = false;
    const get = await serve(health, metrics, () => running);
    const r = await get(TELEMETRY_PATHS.ready);
    expect(r.status).toBe(503);
    expect(JSON.parse(r.text).reason).toMatch(/starting or shutting down/);
    running = true;
    expect((await get(TELEMETRY_PATHS.ready)).status).toBe(200);
    expect((await get('/nope')).status).toBe(404);
    const m = await get(TELEMETRY_PATHS.metrics);
    expect(m.status).toBe(200);
    expect(m.type).toContain('text/plain');
    expect(m.text).toContain('# TYPE auditmask_records_received_total counter');
  });

  it('an instrumented source counts received records and batch outcomes; backpressure is not counted as received', async () => {
    const metrics = useMetrics(new Metrics());
    metrics.addComponents(['in']);
    const health = new Health();
    let handler: ((b: SourceBatch) => Promise<unknown>) | undefined;
    const inner: Source = {
      id: 'in',
      setHandler(h) {
        handler = h;
      },
      async start() {},
      async stop() {},
    };
    const source = instrumentSource(inner, health);
    let calls = 0;
    source.setHandler(async (b) => {
      calls++;
      if (calls === 2) throw new BackpressureError('busy', 100);
      return { written: b.records.length, deadLettered: 0 };
    });
    const batch: SourceBatch = {
      stream: 's',
      format: 'json',
      records: [{ value: Buffer.from('{}'), origin: { kind: 'file', line: 1 } } as never],
    };
    await handler?.(batch);
    await expect(handler?.(batch)).rejects.toBeInstanceOf(BackpressureError);
    const text = await metrics.text();
    expect(text).toContain('auditmask_records_received_total{source="in"} 1');
    expect(text).toContain('auditmask_batches_total{source="in",outcome="delivered"} 1');
    expect(text).toContain('auditmask_batches_total{source="in",outcome="backpressure"} 1');
  });
});

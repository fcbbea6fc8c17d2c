import { type Attributes, type Span, type SpanOptions, type Tracer, type TracerProvider, trace } from '@opentelemetry/api';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditmaskError } from '../../../src/core/errors.js';
import type { SourceBatch } from '../../../src/core/component.js';
import { Health } from '../../../src/telemetry/health.js';
import { instrumentSource } from '../../../src/telemetry/instrument.js';
import { Metrics, useMetrics } from '../../../src/telemetry/metrics.js';
import { SPAN_ATTRIBUTES, setTracingEnabled } from '../../../src/telemetry/tracing.js';

/** A tracer provider that records span names, attributes and statuses (the API only, no SDK). */
function recordingProvider() {
  const spans: { name: string; attributes: Attributes; status?: number; ended: boolean }[] = [];
  const makeSpan = (name: string, options?: SpanOptions): Span => {
    const rec = { name, attributes: { ...(options?.attributes ?? {}) }, ended: false } as (typeof spans)[number];
    spans.push(rec);
    const span = {
      setAttributes(a: Attributes) {
        Object.assign(rec.attributes, a);
        return span;
      },
      setAttribute(k: string, v: unknown) {
        rec.attributes[k] = v as never;
        return span;
      },
      setStatus(s: { code: number }) {
        rec.status = s.code;
        return span;
      },
      end() {
        rec.ended = true;
      },
      isRecording: () => true,
      spanContext: () => ({ traceId: '0'.repeat(32), spanId: '0'.repeat(16), traceFlags: 1 }),
      addEvent: () => span,
      addLink: () => span,
      addLinks: () => span,
      recordException: () => {},
      updateName: () => span,
    } as unknown as Span;
    return span;
  };
  const tracer = {
    startSpan: (name: string, options?: SpanOptions) => makeSpan(name, options),
    startActiveSpan: (name: string, options: SpanOptions, fn: (s: Span) => unknown) => fn(makeSpan(name, options)),
  } as unknown as Tracer;
  const provider: TracerProvider = { getTracer: () => tracer };
  return { provider, spans };
}

const SECRET = 'jane.doe@example.com';
const batch = (): SourceBatch => ({
  stream: `stream-of-${SECRET}`,
  format: 'json',
  records: [{ value: Buffer.from(JSON.stringify({ email: SECRET })), origin: { kind: 'file', path: 'x', line: 1 } } as never],
});

describe('self-telemetry spans', () => {
  afterEach(() => {
    setTracingEnabled(false);
    trace.disable();
  });

  async function run(fail: boolean) {
    useMetrics(new Metrics()).addComponents(['audit_in']);
    let handler: ((b: SourceBatch) => Promise<unknown>) | undefined;
    const source = instrumentSource(
      {
        id: 'audit_in',
        setHandler(h) {
          handler = h;
        },
        async start() {},
        async stop() {},
      },
      new Health(),
    );
    source.setHandler(async () => {
      if (fail) throw new AuditmaskError(`sink refused ${SECRET}`);
      return { written: 1, deadLettered: 0 };
    });
    return handler?.(batch());
  }

  it('are off by default: nothing reaches a registered tracer provider', async () => {
    const { provider, spans } = recordingProvider();
    trace.setGlobalTracerProvider(provider);
    await run(false);
    expect(spans).toHaveLength(0);
  });

  it('when on, one span per batch with ids and counts only; a failure records the error class, never its message', async () => {
    const { provider, spans } = recordingProvider();
    trace.setGlobalTracerProvider(provider);
    setTracingEnabled(true);
    await run(false);
    await expect(run(true)).rejects.toThrow();
    expect(spans).toHaveLength(2);
    expect(spans[0]).toMatchObject({
      name: 'auditmask.batch',
      ended: true,
      status: 1,
      attributes: {
        'auditmask.component': 'audit_in',
        'auditmask.batch.format': 'json',
        'auditmask.batch.records': 1,
        'auditmask.batch.written': 1,
      },
    });
    expect(spans[1]).toMatchObject({ ended: true, status: 2, attributes: { 'auditmask.error.type': 'AuditmaskError' } });
    for (const s of spans) {
      for (const k of Object.keys(s.attributes)) expect(SPAN_ATTRIBUTES as readonly string[]).toContain(k);
      expect(JSON.stringify(s)).not.toContain(SECRET);
    }
  });
});

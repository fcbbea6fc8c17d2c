import { type Attributes, type Span, SpanStatusCode, trace } from '@opentelemetry/api';

/**
 * Self-telemetry: spans around batches through the global OpenTelemetry API. Off by default
 * (`telemetry.traces.enabled`); when on, spans go to whatever tracer provider the user registered
 * (e.g. `node --import @opentelemetry/auto-instrumentations-node/register`, or an SDK set up in a
 * preloaded module) and are no-ops when none is. Attributes are ids and counts only: never a value
 * from a record, never an error message (that could quote one) — only the error's class name.
 */

const TRACER = 'auditmask';
let enabled = false;

export function setTracingEnabled(on: boolean): void {
  enabled = on;
}

export function tracingEnabled(): boolean {
  return enabled;
}

/** Attribute keys a span may carry: a closed list, so content cannot slip in under a new key. */
export const SPAN_ATTRIBUTES = [
  'auditmask.component',
  'auditmask.batch.format',
  'auditmask.batch.records',
  'auditmask.batch.written',
  'auditmask.batch.dead_lettered',
  'auditmask.error.type',
] as const;
type SpanAttribute = (typeof SPAN_ATTRIBUTES)[number];

function safe(attrs: Partial<Record<SpanAttribute, string | number>>): Attributes {
  const out: Attributes = {};
  for (const k of SPAN_ATTRIBUTES) {
    const v = attrs[k];
    if (typeof v === 'number' || (typeof v === 'string' && /^[A-Za-z0-9_.-]{0,64}$/.test(v))) out[k] = v;
  }
  return out;
}

/**
 * Runs `fn` inside a span named `name` when tracing is on (plain call otherwise). `fn` may add
 * attributes through the setter it gets; the span ends when its promise settles.
 */
export async function inSpan<T>(
  name: string,
  attrs: Partial<Record<SpanAttribute, string | number>>,
  fn: (set: (a: Partial<Record<SpanAttribute, string | number>>) => void) => Promise<T>,
): Promise<T> {
  if (!enabled) return fn(() => {});
  return trace.getTracer(TRACER).startActiveSpan(name, { attributes: safe(attrs) }, async (span: Span) => {
    try {
      const out = await fn((a) => span.setAttributes(safe(a)));
      span.setStatus({ code: SpanStatusCode.OK });
      return out;
    } catch (err) {
      span.setAttributes(safe({ 'auditmask.error.type': (err as Error)?.name ?? 'Error' }));
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}

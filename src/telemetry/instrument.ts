import { BackpressureError } from '../core/errors.js';
import type { DeadLetterSink, Sink, Source } from '../core/component.js';
import type { Masker } from '../pool/mask-pool.js';
import { type Health, hasReadiness, type ReadinessReport } from './health.js';
import { batchOutcome, deadLettered, findings, recordsReceived, recordsWritten, timeStage } from './metrics.js';
import { inSpan } from './tracing.js';

/**
 * Metrics, spans and readiness for components, added around them by `auditmask run` (decorators)
 * so that the pipeline and the components stay free of telemetry code. Each wrapper keeps the
 * component's contract: same calls, same results, same errors.
 */

type State = 'new' | 'started' | 'stopped';

function readiness(id: string, state: () => State, inner: unknown): () => ReadinessReport {
  return () => {
    const s = state();
    if (s === 'new') return { ready: false, reason: `${id} not started` };
    if (s === 'stopped') return { ready: false, reason: `${id} stopped` };
    if (hasReadiness(inner)) {
      const r = inner.ready();
      return typeof r === 'boolean' ? { ready: r, ...(r ? {} : { reason: `${id} not ready` }) } : r;
    }
    return { ready: true };
  };
}

/**
 * The lifecycle part every wrapper shares: registers the component's readiness with `health`
 * (not ready before start and after stop, otherwise the component's own `ready()` if it has one)
 * and returns `start`/`stop` that track that state around the component's own.
 */
function lifecycle(component: { id: string; start(): Promise<void>; stop(): Promise<void> }, health: Health) {
  let state: State = 'new';
  health.register(
    component.id,
    readiness(component.id, () => state, component),
  );
  return {
    async start() {
      await component.start();
      state = 'started';
    },
    async stop() {
      state = 'stopped';
      await component.stop();
    },
  };
}

/** Counts records received per source and batch outcomes; a span per batch; readiness. */
export function instrumentSource<S extends Source>(source: S, health: Health): S {
  const wrapped: Source = {
    id: source.id,
    setHandler(handler) {
      source.setHandler((batch) =>
        inSpan(
          'auditmask.batch',
          { 'auditmask.component': source.id, 'auditmask.batch.format': batch.format, 'auditmask.batch.records': batch.records.length },
          async (set) => {
            try {
              const result = await handler(batch);
              recordsReceived(source.id, batch.records.length);
              batchOutcome(source.id, 'delivered', batch.records.length);
              set({ 'auditmask.batch.written': result.written, 'auditmask.batch.dead_lettered': result.deadLettered });
              return result;
            } catch (err) {
              if (err instanceof BackpressureError) batchOutcome(source.id, 'backpressure');
              else {
                recordsReceived(source.id, batch.records.length);
                batchOutcome(source.id, 'failed', batch.records.length);
              }
              throw err;
            }
          },
        ),
      );
    },
    ...lifecycle(source, health),
  };
  return Object.assign(Object.create(source) as S, wrapped);
}

/** Counts records each sink acknowledged and times its writes; readiness. */
export function instrumentSink<S extends Sink>(sink: S, health: Health): S {
  const wrapped: Sink = {
    id: sink.id,
    async write(records) {
      const done = timeStage('sink', sink.id);
      await sink.write(records);
      done();
      recordsWritten(sink.id, records.length);
    },
    ...lifecycle(sink, health),
  };
  return Object.assign(Object.create(sink) as S, wrapped);
}

/** Counts dead-lettered records by reason once the dead-letter sink acknowledged them. */
export function instrumentDeadLetter<S extends DeadLetterSink>(sink: S, health: Health): S {
  const wrapped: DeadLetterSink = {
    id: sink.id,
    async write(records) {
      const done = timeStage('dead_letter', sink.id);
      await sink.write(records);
      done();
      const byReason = new Map<string, number>();
      for (const r of records) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
      for (const [reason, n] of byReason) deadLettered(reason, n);
    },
    ...lifecycle(sink, health),
  };
  return Object.assign(Object.create(sink) as S, wrapped);
}

/** Times mask calls and counts findings (entity and action) from each record's evidence. */
export function instrumentMasker(masker: Masker, id = 'pool'): Masker {
  return {
    get needsDrain() {
      return masker.needsDrain;
    },
    async mask(format, records) {
      const done = timeStage('mask', id);
      const out = await masker.mask(format, records);
      done();
      for (const o of out) if ('evidence' in o) findings(o.evidence.findings);
      return out;
    },
    close: () => masker.close(),
    ...(masker.destroy ? { destroy: () => (masker.destroy as () => Promise<void>)() } : {}),
  };
}

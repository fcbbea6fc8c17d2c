import { describe, expect, it } from 'vitest';
import { AuditmaskError, BackpressureError, BatchError } from '../../../src/core/errors.js';
import { Pipeline } from '../../../src/pipeline/pipeline.js';
import { batch, ManualMasker, ManualSource, MemoryDeadLetter, MemorySink, until } from './fakes.js';

function setup(o: { maxInFlightBatches?: number; maxInFlightBytes?: number; sinks?: number } = {}) {
  const events: string[] = [];
  const masker = new ManualMasker();
  const sinks = Array.from({ length: o.sinks ?? 2 }, (_, i) => new MemorySink(`sink_${i}`, events));
  const deadLetter = new MemoryDeadLetter(events);
  const source = new ManualSource('src', events);
  const pipeline = new Pipeline({
    sources: [source],
    sinks,
    deadLetter,
    masker,
    maxInFlightBatches: o.maxInFlightBatches ?? 16,
    maxInFlightBytes: o.maxInFlightBytes ?? 1 << 20,
  });
  return { events, masker, sinks, deadLetter, source, pipeline };
}

const values = (s: MemorySink) => s.written.map((r) => r.value.toString());

describe('pipeline', () => {
  it('starts sinks before sources and stops sources before sinks', async () => {
    const { events, pipeline, masker } = setup();
    await pipeline.start();
    expect(events.slice(0, 3).sort()).toEqual(['start dead_letter', 'start sink_0', 'start sink_1']);
    expect(events[3]).toBe('start src');
    events.length = 0;
    expect(await pipeline.stop()).toEqual({ drained: true });
    expect(events[0]).toBe('stop src');
    expect(events.slice(1).sort()).toEqual(['stop dead_letter', 'stop sink_0', 'stop sink_1']);
    expect(masker.closed).toBe(true);
    expect(await pipeline.stop()).toEqual({ drained: true });
  });

  it('stop before start is safe and stops nothing that was not started', async () => {
    const { events, pipeline } = setup();
    await pipeline.stop();
    expect(events).toEqual([]);
  });

  it('keeps the order of a stream when the pool finishes batches out of order', async () => {
    const { masker, sinks, source, pipeline } = setup();
    await pipeline.start();
    const p1 = source.send(batch('s', ['a1', 'a2']));
    const p2 = source.send(batch('s', ['b1']));
    const p3 = source.send(batch('s', ['c1', 'c2']));
    await until(() => masker.calls.length === 3, 'three mask calls');
    // Masking is concurrent; completion in reverse order.
    masker.release(2);
    masker.release(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(sinks[0]?.written).toEqual([]);
    masker.release(0);
    expect(await Promise.all([p1, p2, p3])).toEqual([
      { written: 2, deadLettered: 0 },
      { written: 1, deadLettered: 0 },
      { written: 2, deadLettered: 0 },
    ]);
    for (const s of sinks) expect(values(s)).toEqual(['A1', 'A2', 'B1', 'C1', 'C2']);
    for (const s of sinks) expect(s.maxConcurrent).toBe(1);
    await pipeline.stop();
  });

  it('does not hold one stream behind another', async () => {
    const { masker, sinks, source, pipeline } = setup();
    await pipeline.start();
    const slow = source.send(batch('x', ['x1']));
    const fast = source.send(batch('y', ['y1']));
    await until(() => masker.calls.length === 2);
    masker.release(1);
    await fast;
    expect(values(sinks[0] as MemorySink)).toEqual(['Y1']);
    masker.release(0);
    await slow;
    expect(values(sinks[0] as MemorySink)).toEqual(['Y1', 'X1']);
    await pipeline.stop();
  });

  it('merges the writes that wait for a sink into one call (group commit), keeping order', async () => {
    const { masker, sinks, source, pipeline } = setup({ sinks: 1 });
    masker.auto = true;
    const sink = sinks[0] as MemorySink;
    let open: () => void = () => {};
    sink.gate = new Promise((r) => {
      open = r;
    });
    await pipeline.start();
    const first = source.send(batch('a', ['a1']));
    await until(() => sink.calls === 1, 'first write in flight');
    const rest = [source.send(batch('b', ['b1'])), source.send(batch('c', ['c1', 'c2'])), source.send(batch('d', ['d1']))];
    await new Promise((r) => setTimeout(r, 10));
    open();
    await Promise.all([first, ...rest]);
    expect(sink.calls).toBe(2);
    expect(values(sink)).toEqual(['A1', 'B1', 'C1', 'C2', 'D1']);
    await pipeline.stop();
  });

  it('bounds batches in flight: beyond the bound the handler rejects with BackpressureError at once', async () => {
    const { masker, source, pipeline } = setup({ maxInFlightBatches: 2 });
    await pipeline.start();
    const p1 = source.send(batch('s', ['a']));
    const p2 = source.send(batch('t', ['b']));
    const err = await source.send(batch('u', ['c'])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackpressureError);
    expect((err as BackpressureError).retriable).toBe(true);
    expect(pipeline.inFlight.batches).toBe(2);
    expect(pipeline.stats.backpressured).toBe(1);
    masker.release(0);
    await p1;
    // A slot is free again.
    const p3 = source.send(batch('u', ['c']));
    await until(() => masker.calls.length === 3);
    masker.release(1);
    masker.release(2);
    await Promise.all([p2, p3]);
    await pipeline.stop();
  });

  it("backpressure's `ready` settles when a batch in flight settles, not before", async () => {
    const { masker, source, pipeline } = setup({ maxInFlightBatches: 1 });
    await pipeline.start();
    const p1 = source.send(batch('s', ['a']));
    const err = (await source.send(batch('t', ['b'])).catch((e: unknown) => e)) as BackpressureError;
    expect(err).toBeInstanceOf(BackpressureError);
    expect(err.ready).toBeInstanceOf(Promise);
    let settled = false;
    void err.ready?.then(() => {
      settled = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(false); // the batch in flight is still being masked
    masker.release(0);
    await p1;
    await err.ready;
    expect(settled).toBe(true);
    // The refused batch is taken now.
    const p2 = source.send(batch('t', ['b']));
    await until(() => masker.calls.length === 2);
    masker.release(1);
    await p2;
    await pipeline.stop();
  });

  it('bounds bytes in flight, but always takes a batch when nothing is in flight', async () => {
    const { masker, source, pipeline } = setup({ maxInFlightBytes: 1024 });
    await pipeline.start();
    const big = source.send(batch('s', ['x'.repeat(4096)]));
    await expect(source.send(batch('t', ['y']))).rejects.toBeInstanceOf(BackpressureError);
    masker.release(0);
    await big;
    await pipeline.stop();
  });

  it('pushes back while the pool queue is full', async () => {
    const { masker, source, pipeline } = setup();
    await pipeline.start();
    const p1 = source.send(batch('s', ['a']));
    masker.needsDrain = true;
    await expect(source.send(batch('t', ['b']))).rejects.toBeInstanceOf(BackpressureError);
    masker.needsDrain = false;
    masker.release(0);
    await p1;
    await pipeline.stop();
  });

  it('a sink failure fails the batch (nothing acknowledged) and the batches of the stream waiting behind it', async () => {
    const { masker, sinks, source, pipeline } = setup();
    await pipeline.start();
    (sinks[1] as MemorySink).failNext = 1;
    const p1 = source.send(batch('s', ['a']));
    const p2 = source.send(batch('s', ['b']));
    await until(() => masker.calls.length === 2);
    masker.release(0);
    masker.release(1);
    const e1 = await p1.catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(AuditmaskError);
    expect((e1 as AuditmaskError).retriable).toBe(true);
    expect((e1 as Error).message).toContain('sink_1');
    const e2 = await p2.catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(BatchError);
    expect(values(sinks[0] as MemorySink)).toEqual(['A']);
    // The redelivery succeeds.
    masker.auto = true;
    expect(await source.send(batch('s', ['a', 'b']))).toEqual({ written: 2, deadLettered: 0 });
    expect(values(sinks[1] as MemorySink)).toEqual(['A', 'B']);
    expect(pipeline.stats.failedBatches).toBe(2);
    await pipeline.stop();
  });

  it('sends rejected records to the dead-letter sink only, and resolves after it acknowledged', async () => {
    const { masker, sinks, deadLetter, source, pipeline } = setup();
    masker.auto = true;
    await pipeline.start();
    const b = batch('s', ['ok1', 'bad json', 'ok2']);
    expect(await source.send(b)).toEqual({ written: 2, deadLettered: 1 });
    for (const s of sinks) expect(values(s)).toEqual(['OK1', 'OK2']);
    expect(deadLetter.written).toHaveLength(1);
    expect(deadLetter.written[0]).toMatchObject({ reason: 'invalid_json', message: 'not JSON', record: b.records[1] });
    expect(sinks[0]?.written[0]).toMatchObject({ origin: b.records[0]?.origin, format: 'json', headers: {}, key: null });
    await pipeline.stop();
  });

  it('a dead-letter failure fails the batch too', async () => {
    const { masker, deadLetter, source, pipeline } = setup();
    masker.auto = true;
    deadLetter.write = async () => {
      throw new Error('disk full');
    };
    await pipeline.start();
    await expect(source.send(batch('s', ['ok', 'bad']))).rejects.toThrow(/dead_letter: disk full/);
    await pipeline.stop();
  });

  it('drains batches in flight on stop, and refuses new ones while stopping', async () => {
    const { masker, sinks, source, pipeline } = setup();
    await pipeline.start();
    const p = source.send(batch('s', ['a']));
    await until(() => masker.calls.length === 1);
    const stopping = pipeline.stop();
    await expect(source.send(batch('s', ['b']))).rejects.toThrow(/shutting down/);
    masker.release(0);
    expect(await p).toEqual({ written: 1, deadLettered: 0 });
    expect(await stopping).toEqual({ drained: true });
    expect(values(sinks[0] as MemorySink)).toEqual(['A']);
  });

  it('reports a batch not drained at the shutdown deadline', async () => {
    const { masker, source, pipeline } = setup();
    await pipeline.start();
    const p = source.send(batch('s', ['a'])).catch(() => 'failed');
    await until(() => masker.calls.length === 1);
    expect(await pipeline.stop(50)).toEqual({ drained: false });
    masker.release(0);
    await p;
  });

  it('a sink that fails to start stops what was started and throws', async () => {
    const { sinks, pipeline, events } = setup();
    (sinks[0] as MemorySink).start = async () => {
      throw new Error('cannot open');
    };
    await expect(pipeline.start()).rejects.toThrow(/sink_0 failed to start: cannot open/);
    expect(events).toContain('stop sink_1');
    expect(events).not.toContain('start src');
  });
});

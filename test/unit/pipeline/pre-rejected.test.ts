import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../../src/pipeline/pipeline.js';
import { batch, ManualMasker, ManualSource, MemoryDeadLetter, MemorySink } from './fakes.js';

describe('records a source already rejected (SourceBatch.rejected)', () => {
  it('go to the dead-letter sink unmasked, the others are masked, in order', async () => {
    const masker = new ManualMasker();
    masker.auto = true;
    const sink = new MemorySink('out');
    const dl = new MemoryDeadLetter();
    const source = new ManualSource('in');
    const p = new Pipeline({ sources: [source], sinks: [sink], deadLetter: dl, masker, maxInFlightBatches: 4, maxInFlightBytes: 1 << 20 });
    await p.start();
    const b = batch('s', ['a', 'too big', 'b', 'c']);
    b.rejected = new Map([[1, { reason: 'too_large', message: 'value over max_value_bytes' }]]);
    const result = await source.send(b);
    await p.stop();
    expect(result).toEqual({ written: 3, deadLettered: 1 });
    expect(sink.written.map((r) => r.value.toString())).toEqual(['A', 'B', 'C']);
    expect(dl.written.map((r) => [r.record.value.toString(), r.reason])).toEqual([['too big', 'too_large']]);
    // The rejected record never went through the masker.
    expect(masker.calls).toHaveLength(0);
  });

  it('a batch where every record is rejected does not call the masker', async () => {
    let called = 0;
    const masker = new ManualMasker();
    masker.auto = true;
    const mask = masker.mask.bind(masker);
    masker.mask = (f, r) => {
      called++;
      return mask(f, r);
    };
    const dl = new MemoryDeadLetter();
    const source = new ManualSource('in');
    const p = new Pipeline({
      sources: [source],
      sinks: [new MemorySink('out')],
      deadLetter: dl,
      masker,
      maxInFlightBatches: 4,
      maxInFlightBytes: 1 << 20,
    });
    await p.start();
    const b = batch('s', ['x']);
    b.rejected = new Map([[0, { reason: 'too_large', message: 'm' }]]);
    expect(await source.send(b)).toEqual({ written: 0, deadLettered: 1 });
    await p.stop();
    expect(called).toBe(0);
  });
});

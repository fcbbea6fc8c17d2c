import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../../src/pipeline/pipeline.js';
import { batch, ManualMasker, ManualSource, MemoryDeadLetter, MemorySink, until } from './fakes.js';

describe('pipeline ordering (property)', () => {
  it('whatever order the pool finishes in, each stream is written in input order and nothing is lost', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 12 }),
        fc.infiniteStream(fc.nat()),
        async (plan, picks) => {
          const masker = new ManualMasker();
          const sink = new MemorySink('out');
          const source = new ManualSource('src');
          const pipeline = new Pipeline({
            sources: [source],
            sinks: [sink],
            deadLetter: new MemoryDeadLetter(),
            masker,
            maxInFlightBatches: 100,
            maxInFlightBytes: 1 << 20,
          });
          await pipeline.start();
          const expected = new Map<string, string[]>();
          const pending = plan.map(([stream, n], b) => {
            const values = Array.from({ length: n }, (_, i) => `s${stream}b${b}r${i}`);
            expected.set(`s${stream}`, [...(expected.get(`s${stream}`) ?? []), ...values.map((v) => v.toUpperCase())]);
            return source.send(batch(`s${stream}`, values));
          });
          await until(() => masker.calls.length === plan.length);
          const order = Array.from({ length: plan.length }, (_, i) => i);
          const it = picks[Symbol.iterator]();
          for (let i = order.length - 1; i > 0; i--) {
            const j = (it.next().value as number) % (i + 1);
            [order[i], order[j]] = [order[j] as number, order[i] as number];
          }
          for (const i of order) {
            masker.release(i);
            await new Promise((r) => setImmediate(r));
          }
          await Promise.all(pending);
          await pipeline.stop();
          const got = new Map<string, string[]>();
          for (const r of sink.written) {
            const v = r.value.toString();
            const s = v.slice(0, 2).toLowerCase();
            got.set(s, [...(got.get(s) ?? []), v]);
          }
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { Secret } from '../../src/core/secret.js';
import { BackpressureError } from '../../src/core/errors.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import type { MaskedRecord } from '../../src/core/component.js';
import { MaskPool } from '../../src/pool/mask-pool.js';
import { ManualSource, MemoryDeadLetter } from '../unit/pipeline/fakes.js';

const KEY = { key: new Secret(Buffer.alloc(32, 9)), id: 'k-overload', source: 'test' };

/** A sink slower than the producers: every write takes a few milliseconds. */
class SlowSink {
  readonly id = 'slow';
  readonly written: MaskedRecord[] = [];
  async start() {}
  async stop() {}
  async write(records: MaskedRecord[]) {
    await new Promise((r) => setTimeout(r, 5));
    this.written.push(...records);
  }
}

describe('pipeline under overload (real worker pool, slow sink)', () => {
  const pool = new MaskPool({ threads: 2, maxQueue: 'auto', taskTimeoutMs: 30_000, batchMaxRecords: 64, maxAttempts: 2, key: KEY });
  afterAll(() => pool.close());

  it('pushes back instead of buffering, keeps per-stream order and loses nothing', async () => {
    const sink = new SlowSink();
    const source = new ManualSource('load');
    const pipeline = new Pipeline({
      sources: [source],
      sinks: [sink],
      deadLetter: new MemoryDeadLetter(),
      masker: pool,
      maxInFlightBatches: 4,
      maxInFlightBytes: 1 << 20,
    });
    await pipeline.start();
    let maxInFlight = 0;
    let pushedBack = 0;
    const STREAMS = 5;
    const BATCHES = 20;
    const PER_BATCH = 10;
    // Each stream is a producer that sends its batches one after the other and retries on backpressure.
    await Promise.all(
      Array.from({ length: STREAMS }, async (_, s) => {
        for (let b = 0; b < BATCHES; b++) {
          const records = Array.from({ length: PER_BATCH }, (_, i) => ({
            value: Buffer.from(JSON.stringify({ s, n: b * PER_BATCH + i, email: `user${s}.${b}.${i}@example.com` })),
            origin: { kind: 'file' as const, path: `s${s}`, line: b * PER_BATCH + i + 1 },
          }));
          for (;;) {
            const sending = source.send({ stream: `s${s}`, format: 'json', records });
            maxInFlight = Math.max(maxInFlight, pipeline.inFlight.batches);
            try {
              await sending;
              break;
            } catch (err) {
              if (!(err instanceof BackpressureError)) throw err;
              pushedBack++;
              await new Promise((r) => setTimeout(r, 2));
            }
          }
        }
      }),
    );
    await pipeline.stop();
    expect(pushedBack).toBeGreaterThan(0);
    expect(maxInFlight).toBeLessThanOrEqual(4);
    expect(sink.written).toHaveLength(STREAMS * BATCHES * PER_BATCH);
    const perStream = new Map<number, number[]>();
    for (const r of sink.written) {
      const v = JSON.parse(r.value.toString()) as { s: number; n: number; email: string };
      expect(v.email).not.toContain('@example.com');
      perStream.set(v.s, [...(perStream.get(v.s) ?? []), v.n]);
    }
    for (let s = 0; s < STREAMS; s++) expect(perStream.get(s)).toEqual(Array.from({ length: BATCHES * PER_BATCH }, (_, i) => i));
  });
});

// The shared retry loop (src/core/backoff.ts; issue 17 item 2): waits grow and are capped, the
// `retriable` flag of our errors decides whether to try again, and every way of giving up throws
// the last failure unchanged. Waits are recorded through an injected sleep: no test waits.

import { describe, expect, it } from 'vitest';
import { Backoff, isRetriable, type RetryOptions, retry, settledOrAfter } from '../../../src/core/backoff.js';
import { AuditmaskError, BackpressureError, ConfigError, ConnectionError } from '../../../src/core/errors.js';

/** A retry harness: recorded waits, a clock that advances by each wait. */
function harness(o: Partial<RetryOptions> = {}) {
  const waits: number[] = [];
  let clock = 0;
  const options: RetryOptions = {
    initialMs: 100,
    maxMs: 1000,
    sleep: async (ms) => {
      waits.push(ms);
      clock += ms;
    },
    now: () => clock,
    ...o,
  };
  return { waits, options };
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !cond(); i++) await new Promise((r) => setTimeout(r, 1));
  if (!cond()) throw new Error('condition not reached');
}

/** An operation that fails with `failures` in turn, then resolves 'done'. */
function failing(...failures: unknown[]) {
  let calls = 0;
  const op = async (): Promise<string> => {
    const f = failures[calls++];
    if (f !== undefined) throw f;
    return 'done';
  };
  return { op, calls: () => calls };
}

const down = () => new ConnectionError('connection refused');

describe('Backoff', () => {
  it('doubles from the initial wait up to the cap', () => {
    const b = new Backoff({ initialMs: 100, maxMs: 500 });
    expect([b.next(), b.next(), b.next(), b.next(), b.next()]).toEqual([100, 200, 400, 500, 500]);
  });

  it('spreads each wait by the jitter fraction, around the computed delay', () => {
    expect(new Backoff({ initialMs: 100, maxMs: 1000, jitter: 0.2 }, () => 0).next()).toBeCloseTo(80);
    expect(new Backoff({ initialMs: 100, maxMs: 1000, jitter: 0.2 }, () => 0.5).next()).toBeCloseTo(100);
    expect(new Backoff({ initialMs: 100, maxMs: 1000, jitter: 0.2 }, () => 0.999999).next()).toBeCloseTo(120);
  });

  it('caps an initial wait larger than the cap', () => {
    expect(new Backoff({ initialMs: 5000, maxMs: 1000 }).next()).toBe(1000);
  });
});

describe('isRetriable', () => {
  it('reads the flag of our errors and takes foreign errors as retriable', () => {
    expect(isRetriable(new ConnectionError('down'))).toBe(true);
    expect(isRetriable(new BackpressureError('full'))).toBe(true);
    expect(isRetriable(new ConfigError('x.yaml', [{ path: 'a', message: 'bad' }]))).toBe(false);
    expect(isRetriable(new AuditmaskError('refused'))).toBe(false);
    expect(isRetriable(new TypeError('fetch failed'))).toBe(true);
  });
});

describe('retry', () => {
  it('retries retriable failures with growing waits and returns the result', async () => {
    const { waits, options } = harness();
    const f = failing(down(), down(), down());
    await expect(retry(f.op, options)).resolves.toBe('done');
    expect(f.calls()).toBe(4);
    expect(waits).toEqual([100, 200, 400]);
  });

  it('throws a non-retriable failure at once, unchanged', async () => {
    const { waits, options } = harness();
    const refused = new AuditmaskError('refused');
    const f = failing(refused);
    await expect(retry(f.op, options)).rejects.toBe(refused);
    expect(f.calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('gives up after maxAttempts with the last failure', async () => {
    const { waits, options } = harness({ maxAttempts: 3 });
    const last = down();
    const f = failing(down(), down(), last, down());
    await expect(retry(f.op, options)).rejects.toBe(last);
    expect(f.calls()).toBe(3);
    expect(waits).toEqual([100, 200]);
  });

  it('gives up when the next wait would pass maxElapsedMs', async () => {
    // Waits 100 and 200 fit in 350 ms; the third (400) would end at 700.
    const { waits, options } = harness({ maxElapsedMs: 350 });
    const f = failing(down(), down(), down(), down());
    await expect(retry(f.op, options)).rejects.toBeInstanceOf(ConnectionError);
    expect(f.calls()).toBe(3);
    expect(waits).toEqual([100, 200]);
  });

  it('waits as a failure asks; a free wait neither counts as an attempt nor grows the backoff', async () => {
    const { waits, options } = harness({
      maxAttempts: 2,
      waitFor: (err) => (err instanceof BackpressureError ? { ms: err.retryAfterMs, free: true } : undefined),
    });
    const f = failing(new BackpressureError('full', 50), new BackpressureError('full', 70), down());
    await expect(retry(f.op, options)).resolves.toBe('done');
    expect(waits).toEqual([50, 70, 100]);
  });

  it('a wait with `until` ends when it settles, long before the asked time; without it the whole time is slept', async () => {
    let release!: () => void;
    const ready = new Promise<void>((r) => {
      release = r;
    });
    const asleep: AbortSignal[] = [];
    const options: RetryOptions = {
      initialMs: 100,
      maxMs: 1000,
      waitFor: (err) =>
        err instanceof BackpressureError ? { ms: err.retryAfterMs, free: true, ...(err.ready ? { until: err.ready } : {}) } : undefined,
      // A sleep that never ends by itself: only the abort of its signal (the `until` settling) ends it.
      sleep: (_ms, signal) =>
        new Promise<void>((resolve) => {
          if (signal) asleep.push(signal);
          signal?.addEventListener('abort', () => resolve(), { once: true });
        }),
    };
    const f = failing(new BackpressureError('full', 600_000, ready));
    const result = retry(f.op, options);
    await until(() => asleep.length === 1);
    expect(f.calls()).toBe(1);
    release();
    await expect(result).resolves.toBe('done');
    expect(f.calls()).toBe(2);
    expect(asleep[0]?.aborted).toBe(true); // the sleep's timer is cancelled, not left running
  });

  it('settledOrAfter: resolves when the promise settles (resolved or rejected), or after the time', async () => {
    let reject!: (e: Error) => void;
    const failed = new Promise<void>((_r, j) => {
      reject = j;
    });
    const waited = settledOrAfter(failed, 600_000);
    reject(new Error('gone'));
    await expect(waited).resolves.toBeUndefined();
    const never = new Promise<void>(() => {});
    await expect(settledOrAfter(never, 5)).resolves.toBeUndefined();
  });

  it('a counted wait the failure asks for replaces the backoff delay, which still grows', async () => {
    const asked = Object.assign(down(), { retryAfterMs: 30 });
    const { waits, options } = harness({
      waitFor: (err) => (err === asked ? { ms: 30 } : undefined),
    });
    const f = failing(asked, down());
    await expect(retry(f.op, options)).resolves.toBe('done');
    expect(waits).toEqual([30, 200]);
  });

  it('a custom retriable decides, and onRetry sees each failed attempt and its wait', async () => {
    const seen: [number, number][] = [];
    const { options } = harness({ retriable: () => true, onRetry: (_e, attempt, ms) => seen.push([attempt, ms]) });
    const f = failing(new AuditmaskError('refused'), new AuditmaskError('refused'));
    await expect(retry(f.op, options)).resolves.toBe('done');
    expect(seen).toEqual([
      [1, 100],
      [2, 200],
    ]);
  });

  it('stops on abort: no retry once the signal is aborted', async () => {
    const abort = new AbortController();
    const { options } = harness({ signal: abort.signal });
    const last = down();
    let calls = 0;
    const op = async (): Promise<string> => {
      calls++;
      abort.abort();
      throw last;
    };
    await expect(retry(op, options)).rejects.toBe(last);
    expect(calls).toBe(1);
  });

  it('passes the attempt number to the operation', async () => {
    const { options } = harness();
    const attempts: number[] = [];
    await retry(async (attempt) => {
      attempts.push(attempt);
      if (attempt < 3) throw down();
    }, options);
    expect(attempts).toEqual([1, 2, 3]);
  });
});

// The ground floor (src/core/): one retry loop with exponential backoff for every caller that
// talks to another system (OTLP and alerts sinks, schema-registry client, replay reader, the file
// source's deliveries; the Kafka source paces its paused partitions and commit retries with
// Backoff and restarts its consumer with retry; issue 17 item 2).
// Imports only errors.ts.
import { setTimeout as sleepFor } from 'node:timers/promises';
import { AuditmaskError } from './errors.js';

export interface BackoffPolicy {
  /** Wait before the first retry. */
  initialMs: number;
  /** Cap of one wait. */
  maxMs: number;
  /** Growth of the wait at each retry; default 2. */
  multiplier?: number;
  /** Spread of each wait as a fraction: 0.2 waits 80–120 % of the computed delay; default 0. */
  jitter?: number;
}

/**
 * The waits of one retry loop: `initialMs`, then times `multiplier` per retry, capped at `maxMs`,
 * each spread by `jitter`. `random` is injectable so that tests see fixed waits.
 */
export class Backoff {
  #next: number;
  readonly #policy: Required<BackoffPolicy>;
  readonly #random: () => number;

  constructor(policy: BackoffPolicy, random: () => number = Math.random) {
    this.#policy = { multiplier: 2, jitter: 0, ...policy };
    this.#next = Math.min(policy.initialMs, policy.maxMs);
    this.#random = random;
  }

  /** The wait before the next retry, in ms; the one after grows. */
  next(): number {
    const { jitter, multiplier, maxMs } = this.#policy;
    const base = this.#next;
    this.#next = Math.min(base * multiplier, maxMs);
    return jitter === 0 ? base : base * (1 - jitter + this.#random() * 2 * jitter);
  }
}

/**
 * Whether a failure may pass on a retry: an AuditmaskError says so itself (`retriable`: connection
 * trouble yes, bad config or a refused request no); any other error (a socket error from a client
 * library) is taken as retriable, bounded by the attempts and time of the loop.
 */
export function isRetriable(err: unknown): boolean {
  return err instanceof AuditmaskError ? err.retriable : true;
}

export interface RetryOptions extends BackoffPolicy {
  /** Attempts in all, the first one included; default unbounded. */
  maxAttempts?: number;
  /** Give up when the next wait would end later than this after the first attempt; default unbounded. */
  maxElapsedMs?: number;
  /** Give up (with the last error) once aborted; an abort also ends a wait early. */
  signal?: AbortSignal;
  /** Default `isRetriable`. A failure it refuses is thrown at once. */
  retriable?: (err: unknown) => boolean;
  /**
   * A wait the failure asks for itself (HTTP Retry-After, `BackpressureError.retryAfterMs`), used
   * instead of the backoff's. `free`: the other side is busy rather than failing, so this retry
   * does not count against `maxAttempts` and does not grow the backoff. `until`: the wait ends
   * early when it settles (`BackpressureError.ready`: the capacity may be free again).
   */
  waitFor?: (err: unknown) => { ms: number; free?: boolean; until?: Promise<void> } | undefined;
  /** Called before each wait (for logs and counters). `attempt`: the attempt that failed (1-based). */
  onRetry?: (err: unknown, attempt: number, waitMs: number) => void;
  /** Injectable for tests. */
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  sleepFor(ms, undefined, signal ? { signal } : undefined).catch(() => {});

/** Resolves when `until` settles or after `ms`, whichever comes first (the timer is then cleared). */
export function settledOrAfter(until: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    until.then(done, done);
  });
}

/** `sleep(ms)`, ended early when `until` settles (the sleep's timer is then cancelled) or `signal` aborts. */
async function sleepUntil(
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>,
  ms: number,
  until: Promise<void>,
  signal: AbortSignal | undefined,
): Promise<void> {
  const done = new AbortController();
  const stop = () => done.abort();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    await Promise.race([sleep(ms, done.signal), until.then(stop, stop)]);
  } finally {
    done.abort();
    signal?.removeEventListener('abort', stop);
  }
}

/**
 * Runs `operation` until it resolves; after a retriable failure waits by the backoff and tries
 * again. Throws the last failure unchanged when it is not retriable, when `maxAttempts` are used,
 * when the next wait would pass `maxElapsedMs`, or once `signal` is aborted. `attempt` (1-based)
 * counts the attempts that count (free retries aside).
 */
export async function retry<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const backoff = new Backoff(options, options.random);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const retriable = options.retriable ?? isRetriable;
  const started = now();
  let attempt = 1;
  for (;;) {
    try {
      return await operation(attempt);
    } catch (err) {
      if (!retriable(err) || options.signal?.aborted) throw err;
      const asked = options.waitFor?.(err);
      if (!asked?.free && attempt >= (options.maxAttempts ?? Number.POSITIVE_INFINITY)) throw err;
      const computed = asked?.free ? 0 : backoff.next();
      const wait = asked !== undefined ? asked.ms : computed;
      if (options.maxElapsedMs !== undefined && now() + wait - started > options.maxElapsedMs) throw err;
      options.onRetry?.(err, attempt, wait);
      if (asked?.until === undefined) await sleep(wait, options.signal);
      else await sleepUntil(sleep, wait, asked.until, options.signal);
      if (options.signal?.aborted) throw err;
      if (!asked?.free) attempt++;
    }
  }
}

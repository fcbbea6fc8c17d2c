/**
 * A token bucket: `rate` tokens per second, holding at most `burst` (default one second's worth).
 * `take(n)` resolves when n tokens were taken; callers wait in arrival order, so partitions share
 * the rate fairly. `n` above `burst` is allowed: it waits until the bucket is full, then drives the
 * balance negative (the following callers wait for the debt to be paid), so the average holds.
 */
export class TokenBucket {
  readonly rate: number;
  readonly burst: number;
  #tokens: number;
  #last: number;
  #queue: Promise<void> = Promise.resolve();
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<void>;

  constructor(rate: number, options: { burst?: number; now?: () => number; sleep?: (ms: number) => Promise<void> } = {}) {
    if (!(rate > 0)) throw new RangeError('rate must be above 0');
    this.rate = rate;
    this.burst = Math.max(1, options.burst ?? rate);
    this.#now = options.now ?? (() => performance.now());
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    // Start full minus nothing: the first second may go at full burst, like a real bucket.
    this.#tokens = this.burst;
    this.#last = this.#now();
  }

  take(n: number): Promise<void> {
    const turn = this.#queue.then(() => this.#take(n));
    this.#queue = turn.catch(() => {});
    return turn;
  }

  #refill(): void {
    const now = this.#now();
    this.#tokens = Math.min(this.burst, this.#tokens + ((now - this.#last) / 1000) * this.rate);
    this.#last = now;
  }

  async #take(n: number): Promise<void> {
    const need = Math.min(n, this.burst);
    this.#refill();
    while (this.#tokens < need) {
      await this.#sleep(Math.max(1, Math.ceil(((need - this.#tokens) / this.rate) * 1000)));
      this.#refill();
    }
    this.#tokens -= n;
  }
}

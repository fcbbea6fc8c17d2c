import type { IncomingMessage } from 'node:http';

/**
 * Receiving OTLP/HTTP request bodies without letting slow clients starve the rest (issue 16):
 *
 * - A body is read *before* the request takes one of the receiver's `max_concurrent_requests`
 *   pipeline slots, so a client that trickles its body holds no slot at all.
 * - Bodies being read are capped in number (`maxReading`: they hold memory) and per client
 *   address (`maxPerAddress`), so one address cannot take every reading place.
 * - A body must arrive at a minimum average rate: after a grace period, a client that has sent
 *   fewer than `minBytesPerSecond` per second since its headers is cut off (408). The deadline
 *   thus scales with the body's size; a trickle of one byte every few seconds ends after the grace.
 */
export interface BodyIntakeOptions {
  maxReading: number;
  maxPerAddress: number;
  minBytesPerSecond: number;
  graceMs: number;
}

export const DEFAULT_MIN_BODY_BYTES_PER_SECOND = 4096;
export const DEFAULT_BODY_GRACE_MS = 10_000;

export class BodyIntake {
  #reading = 0;
  readonly #byAddress = new Map<string, number>();
  constructor(readonly options: BodyIntakeOptions) {}

  /** Takes a reading place for `address`; false when none is free. Call `leave` once after true. */
  enter(address: string): boolean {
    const mine = this.#byAddress.get(address) ?? 0;
    if (this.#reading >= this.options.maxReading || mine >= this.options.maxPerAddress) return false;
    this.#reading++;
    this.#byAddress.set(address, mine + 1);
    return true;
  }

  leave(address: string): void {
    this.#reading--;
    const mine = (this.#byAddress.get(address) ?? 1) - 1;
    if (mine <= 0) this.#byAddress.delete(address);
    else this.#byAddress.set(address, mine);
  }

  get reading(): number {
    return this.#reading;
  }

  /**
   * Reads the whole body: the bytes, undefined as soon as it exceeds `max` bytes, or 'too_slow'
   * when the client falls below the minimum rate. Rejects when the client goes away mid-body.
   */
  read(req: IncomingMessage, max: number): Promise<Buffer | undefined | 'too_slow'> {
    const { minBytesPerSecond, graceMs } = this.options;
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const started = Date.now();
      // Checked once a second: after the grace, the average rate since the headers must hold.
      const timer = setInterval(() => {
        const elapsed = Date.now() - started;
        if (elapsed > graceMs && size < (minBytesPerSecond * (elapsed - graceMs)) / 1000) {
          cleanup();
          resolve('too_slow');
        }
      }, 1000);
      const onData = (c: Buffer) => {
        size += c.length;
        if (size > max) {
          cleanup();
          resolve(undefined);
          return;
        }
        chunks.push(c);
      };
      const onEnd = () => {
        cleanup();
        resolve(Buffer.concat(chunks, size));
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const onClose = () => {
        if (req.complete) return;
        cleanup();
        reject(Object.assign(new Error('client aborted the request'), { code: 'ECONNRESET' }));
      };
      const cleanup = () => {
        clearInterval(timer);
        req.off('data', onData);
        req.off('end', onEnd);
        req.off('error', onError);
        req.off('close', onClose);
      };
      req.on('data', onData);
      req.on('end', onEnd);
      req.on('error', onError);
      req.on('close', onClose);
    });
  }
}

import * as crypto from 'node:crypto';

/**
 * Deterministic tokens: HMAC-SHA256 under the run's key over `entity NUL normalized-value`, so the
 * same value of the same type gives the same token in every record, process and worker (joins and
 * group-bys on masked data keep working), and nobody without the key can confirm a guess.
 *
 * HMAC(K, m) = H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)) is computed with two one-shot hashes over pads
 * prepared once, several times cheaper than `createHmac` per call; tokens of repeated values come
 * from a bounded cache.
 */

/** A token body is lower-case letters only: never a digit, so it never looks like a number. */
/** Body length: 12 letters ≈ 56 bits, collision-free in practice for joins. */
export const TOKEN_BODY_LENGTH = 12;
const CACHE_LIMIT = 20_000;

type OneShotHash = (algorithm: string, data: Buffer) => Buffer;
const oneShot: OneShotHash | undefined =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (algorithm, data) => (crypto as unknown as { hash(a: string, d: Buffer, o: 'buffer'): Buffer }).hash(algorithm, data, 'buffer')
    : undefined;

export class Tokenizer {
  readonly keyId: string;
  readonly #key: Buffer;
  readonly #inner: Buffer;
  readonly #outer: Buffer;
  readonly #cache = new Map<string, string>();

  /** `key` is the raw secret (at least 16 bytes); `keyId` travels with every output record. */
  constructor(key: Buffer, keyId: string) {
    if (key.length < 16) throw new Error('the HMAC key must be at least 16 bytes');
    this.keyId = keyId;
    const block = key.length > 64 ? crypto.createHash('sha256').update(key).digest() : key;
    this.#key = Buffer.from(block);
    const padded = Buffer.alloc(64);
    this.#key.copy(padded);
    this.#inner = Buffer.alloc(64 + 4096);
    this.#outer = Buffer.alloc(64 + 32);
    for (let i = 0; i < 64; i++) {
      this.#inner[i] = (padded[i] ?? 0) ^ 0x36;
      this.#outer[i] = (padded[i] ?? 0) ^ 0x5c;
    }
  }

  /** The raw HMAC-SHA256 digest of `entity NUL value` (exported for tests against createHmac). */
  digest(entity: string, value: string): Buffer {
    const message = `${entity}\u0000${value}`;
    if (oneShot !== undefined && message.length * 3 <= this.#inner.length - 64) {
      const n = this.#inner.write(message, 64, 'utf8');
      const innerDigest = oneShot('sha256', this.#inner.subarray(0, 64 + n));
      innerDigest.copy(this.#outer, 64);
      return oneShot('sha256', this.#outer);
    }
    return crypto.createHmac('sha256', this.#key).update(message, 'utf8').digest();
  }

  /** The token body (letters only) for a value of a type; cached. */
  body(entity: string, value: string): string {
    const cacheKey = `${entity}\u0000${value}`;
    let body = this.#cache.get(cacheKey);
    if (body === undefined) {
      const d = this.digest(entity, value);
      for (let i = 0; i < TOKEN_BODY_LENGTH; i++) d[i] = 97 + ((d[i] ?? 0) % 26);
      body = d.toString('latin1', 0, TOKEN_BODY_LENGTH);
      if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
      this.#cache.set(cacheKey, body);
    }
    return body;
  }
}

/** A key id derived from the key itself, when the operator gives none: safe to publish. */
export function deriveKeyId(key: Buffer): string {
  return `k-${crypto.createHash('sha256').update('auditmask-key-id\u0000').update(key).digest('hex').slice(0, 8)}`;
}

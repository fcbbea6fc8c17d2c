import * as crypto from 'node:crypto';
import type { TokenConstruction } from '../../core/evidence.js';
import { sampleHash } from '../scan-memo.js';

/**
 * Deterministic tokens, construction v2: the same value of the same type gives the same token in
 * every record, process and worker (joins and group-bys on masked data keep working), and nobody
 * without the key can confirm a guess.
 *
 * digest = BLAKE2b-512 over the UTF-8 bytes of
 *
 *     "auditmask-tok-v2" NUL <key length in bytes, decimal> ":" <key, lower-case hex> NUL entity NUL value
 *
 * and the body is the first TOKEN_BODY_LENGTH digest bytes mapped to letters (`a` + byte % 26).
 *
 * Why this is a PRF: BLAKE2b is not subject to length extension (its last block is finalised with a
 * flag, and the output is not the full chaining state a continuation could resume from), so a secret
 * prefix of full entropy keys it like its native keyed mode does (the same argument makes KMAC of
 * SHA-3 a prefix MAC). The encoding is injective: the key is framed by its length, entity types never
 * hold NUL (the policy schema allows only `[A-Z][A-Z0-9_]`, built-in types are the same), and the
 * value comes last, so two different (key, entity, value) triples never hash the same bytes.
 *
 * One native hash call per new value (HMAC-SHA256 took two plus buffer writes: 1.5–2.1 µs against
 * 0.6–0.7 µs here; SHA3-256 measured 0.8–0.9 µs, so BLAKE2b). Tokens of repeated values come from a
 * bounded direct-mapped cache. Tokens of v1 (HMAC-SHA256 over `entity NUL value`) differ: evidence names
 * the construction (`tok`, TOKEN_CONSTRUCTION).
 */

/** The token construction this module implements, written as `tok` in every evidence object. */
export const TOKEN_CONSTRUCTION: TokenConstruction = 'v2';
/** The hash of the v2 construction (a Node/OpenSSL digest name). */
export const TOKEN_HASH = 'blake2b512';
/** Domain separation for the v2 construction: the first bytes of every hashed input. */
export const TOKEN_DOMAIN = 'auditmask-tok-v2';

/** A token body is lower-case letters only: never a digit, so it never looks like a number. */
/** Body length: 12 letters ≈ 56 bits, collision-free in practice for joins. */
export const TOKEN_BODY_LENGTH = 12;
/** Slots of the cache of recent bodies (a power of two). */
const CACHE_SLOTS = 16_384;

/**
 * The digest of a string's UTF-8 bytes as a latin1 string (one character per byte). `crypto.hash`
 * (Node 20.12+) is one native call and, asked for latin1, allocates no Buffer; older 20.x releases
 * take `createHash`, same bytes out.
 */
type OneShotHash = (data: string) => string;
const nativeHash = (crypto as { hash?: unknown }).hash as ((alg: string, data: string, enc: 'latin1') => string) | undefined;
const hashLatin1: OneShotHash =
  typeof nativeHash === 'function'
    ? (data) => nativeHash(TOKEN_HASH, data, 'latin1')
    : (data) => crypto.createHash(TOKEN_HASH).update(data, 'utf8').digest('binary');

export class Tokenizer {
  readonly keyId: string;
  /** The construction of this tokenizer's tokens, named in evidence next to the key id. */
  readonly construction: TokenConstruction = TOKEN_CONSTRUCTION;
  /** `TOKEN_DOMAIN NUL <length>:<hex key> NUL`: the keyed prefix of every hashed input. */
  readonly #prefix: string;
  /** Bodies of recent values: value, entity and body per slot (see `body`). */
  readonly #values: (string | undefined)[] = new Array(CACHE_SLOTS).fill(undefined);
  readonly #entities: string[] = new Array(CACHE_SLOTS).fill('');
  readonly #bodies: string[] = new Array(CACHE_SLOTS).fill('');

  /** `key` is the raw secret (at least 16 bytes); `keyId` travels with every output record. */
  constructor(key: Buffer, keyId: string) {
    if (key.length < 16) throw new Error('the token key must be at least 16 bytes');
    this.keyId = keyId;
    this.#prefix = `${TOKEN_DOMAIN}\u0000${key.length}:${key.toString('hex')}\u0000`;
  }

  /** The raw v2 digest (64 bytes) of a value of a type (exported for tests that pin vectors). */
  digest(entity: string, value: string): Buffer {
    return Buffer.from(this.#hash(entity, value), 'latin1');
  }

  /** The digest as a latin1 string of 64 characters. */
  #hash(entity: string, value: string): string {
    return hashLatin1(`${this.#prefix}${entity}\u0000${value}`);
  }

  /** The token body (letters only) for a value of a type; cached. */
  body(entity: string, value: string): string {
    // Direct-mapped on a few characters of the value and the entity's length: a lookup reads a
    // handful of characters and compares once, where a Map would hash the whole new string, and a
    // new value costs one slot write (no growth, no clearing).
    const slot = (sampleHash(value, 0, value.length) ^ Math.imul(entity.length, 0x27d4eb2f)) & (CACHE_SLOTS - 1);
    if (this.#values[slot] === value && this.#entities[slot] === entity) return this.#bodies[slot]!;
    const d = this.#hash(entity, value);
    const letter = (i: number) => 97 + (d.charCodeAt(i) % 26);
    // TOKEN_BODY_LENGTH letters, built in one call (one flat string).
    const body = String.fromCharCode(
      letter(0),
      letter(1),
      letter(2),
      letter(3),
      letter(4),
      letter(5),
      letter(6),
      letter(7),
      letter(8),
      letter(9),
      letter(10),
      letter(11),
    );
    this.#values[slot] = value;
    this.#entities[slot] = entity;
    this.#bodies[slot] = body;
    return body;
  }
}

/** A key id derived from the key itself, when the operator gives none: safe to publish. */
export function deriveKeyId(key: Buffer): string {
  return `k-${crypto.createHash('sha256').update('auditmask-key-id\u0000').update(key).digest('hex').slice(0, 8)}`;
}

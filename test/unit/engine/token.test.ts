import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { isToken, replacement, TOKEN_PATTERN } from '../../../src/engine/mask/actions.js';
import { deriveKeyId, Tokenizer } from '../../../src/engine/mask/token.js';

const key = Buffer.from('0123456789abcdef0123456789abcdef');

/** The v2 input, built byte by byte: "auditmask-tok-v2" NUL <key length>":"<key hex> NUL entity NUL value. */
function v2Input(k: Buffer, entity: string, value: string): Buffer {
  const NUL = Buffer.from([0]);
  return Buffer.concat([
    Buffer.from('auditmask-tok-v2', 'ascii'),
    NUL,
    Buffer.from(`${k.length}:${k.toString('hex')}`, 'ascii'),
    NUL,
    Buffer.from(entity, 'ascii'),
    NUL,
    Buffer.from(value, 'utf8'),
  ]);
}

/** The body of a digest: its first 12 bytes as letters, `a` + byte % 26. */
function lettersOf(digest: Buffer): string {
  return [...digest.subarray(0, 12)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
}

describe('Tokenizer', () => {
  it('answers from its cache exactly what it computes: repeats, evictions, one value under two types', () => {
    const cached = new Tokenizer(key, 'k');
    const values = Array.from({ length: 40_000 }, (_, i) => `user${i}@example.com`);
    const first = values.map((v, i) => cached.body(i % 3 === 0 ? 'EMAIL' : 'USER_ID', v));
    // Asked again after 40,000 others (evicted or not), and under the other type.
    values.forEach((v, i) => {
      if (i % 997 !== 0) return;
      // (A Tokenizer allocates its whole cache: one per checked value, not one per value.)
      const fresh = new Tokenizer(key, 'k');
      expect(cached.body(i % 3 === 0 ? 'EMAIL' : 'USER_ID', v)).toBe(first[i]);
      expect(cached.body(i % 3 === 0 ? 'USER_ID' : 'EMAIL', v)).toBe(fresh.body(i % 3 === 0 ? 'USER_ID' : 'EMAIL', v));
      expect(cached.body(i % 3 === 0 ? 'EMAIL' : 'USER_ID', v)).toBe(fresh.body(i % 3 === 0 ? 'EMAIL' : 'USER_ID', v));
    });
    // Same value and length-equal types (EMAIL, PHONE) must not share a slot's answer.
    expect(cached.body('EMAIL', 'x@example.com')).not.toBe(cached.body('PHONE', 'x@example.com'));
    expect(cached.body('PHONE', 'x@example.com')).toBe(new Tokenizer(key, 'k').body('PHONE', 'x@example.com'));
  });

  it('pins known v2 vectors: the 12-letter body and the whole BLAKE2b-512 digest', () => {
    // Computed once with Python's hashlib.blake2b (digest_size=64) over the bytes below, and checked
    // here again against createHash over bytes built by hand, not by the code under test.
    const vectors = [
      {
        key: Buffer.alloc(32, 0x07),
        entity: 'EMAIL',
        value: 'jane.doe@example.com',
        hex: '833f0bd1900e9997fe971e22ac58d3dbfeac506c0c5002d4074befb6c286b13318545b68f4ba9796c1751c3f2fb63b0d976473c6e03a47aff54efbf69db63586',
        body: 'bllbooxvuvei',
      },
      {
        key: Buffer.alloc(32, 0x07),
        entity: 'PERSON',
        value: 'Zoë Łukasiewicz 漢字',
        hex: 'daeccba2754138b29148d5248868200f22297354783ad46b7053ee32b8da2b297076c4f27e6ccb9660948eddb48173e9e0464c83e59d81fdc2319d7c479e354c',
        body: 'kcvgnnewpufk',
      },
      {
        key: Buffer.from([...Array(16).keys()]),
        entity: 'IP_ADDRESS',
        value: '203.0.113.42',
        hex: '12251003c59e12b6388904c181c78928fb695e70972ff1c221f80c7caa936ee197613f7be686d33386e3347f812463bf66610c36a7d6f98c35b97abd06cfcbaf',
        body: 'slqdpcsaehel',
      },
    ];
    for (const v of vectors) {
      const t = new Tokenizer(v.key, 'k');
      expect(t.digest(v.entity, v.value).toString('hex')).toBe(v.hex);
      expect(t.body(v.entity, v.value)).toBe(v.body);
      expect(
        createHash('blake2b512')
          .update(v2Input(v.key, v.entity, v.value))
          .digest('hex'),
      ).toBe(v.hex);
      expect(lettersOf(Buffer.from(v.hex, 'hex'))).toBe(v.body);
    }
  });

  it('hashes exactly the documented input, for any value and key length (short, unicode, long)', () => {
    for (const keyLength of [16, 63, 64, 65, 200]) {
      const k = Buffer.alloc(keyLength, keyLength);
      const t = new Tokenizer(k, 'k');
      for (const v of ['', 'a', 'jane@example.com', 'Zoë ✓ 漢字 🙂', 'x'.repeat(5000), 'nul\u0000inside']) {
        expect(
          t.digest('EMAIL', v).equals(
            createHash('blake2b512')
              .update(v2Input(k, 'EMAIL', v))
              .digest(),
          ),
        ).toBe(true);
      }
    }
    const t = new Tokenizer(key, 'k');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (v) => {
        expect(
          t.digest('EMAIL', v).equals(
            createHash('blake2b512')
              .update(v2Input(key, 'EMAIL', v))
              .digest(),
          ),
        ).toBe(true);
        expect(t.body('EMAIL', v)).toBe(lettersOf(t.digest('EMAIL', v)));
      }),
    );
  });

  it('frames the key by its length: a key and its extension give unrelated tokens', () => {
    const short = new Tokenizer(Buffer.alloc(16, 1), 'k');
    const long = new Tokenizer(Buffer.alloc(17, 1), 'k');
    expect(short.body('EMAIL', 'a@b.co')).not.toBe(long.body('EMAIL', 'a@b.co'));
  });

  it('gives the same digests through createHash where crypto.hash is missing (Node 20 before 20.12)', async () => {
    vi.resetModules();
    vi.doMock('node:crypto', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:crypto')>()), hash: undefined }));
    try {
      const fallback = await import('../../../src/engine/mask/token.js');
      expect(fallback.Tokenizer).not.toBe(Tokenizer);
      for (const v of ['jane.doe@example.com', 'Zoë Łukasiewicz 漢字', 'x'.repeat(3000)]) {
        const viaFallback = new fallback.Tokenizer(key, 'k');
        const viaHash = new Tokenizer(key, 'k');
        expect(viaFallback.digest('EMAIL', v).equals(viaHash.digest('EMAIL', v))).toBe(true);
        expect(viaFallback.body('EMAIL', v)).toBe(viaHash.body('EMAIL', v));
      }
    } finally {
      vi.doUnmock('node:crypto');
      vi.resetModules();
    }
  });

  it('gives the same body for the same entity and value, different for another entity or key', () => {
    const t = new Tokenizer(key, 'k');
    expect(t.body('EMAIL', 'a@b.co')).toBe(t.body('EMAIL', 'a@b.co'));
    expect(t.body('EMAIL', 'a@b.co')).not.toBe(t.body('PERSON', 'a@b.co'));
    expect(new Tokenizer(Buffer.alloc(32, 1), 'k2').body('EMAIL', 'a@b.co')).not.toBe(t.body('EMAIL', 'a@b.co'));
  });

  it('bodies are 12 lower-case letters (never a digit, so never a number)', () => {
    const t = new Tokenizer(key, 'k');
    fc.assert(
      fc.property(fc.string(), (v) => {
        expect(t.body('X', v)).toMatch(/^[a-z]{12}$/);
      }),
    );
  });

  it('refuses a key shorter than 16 bytes', () => {
    expect(() => new Tokenizer(Buffer.alloc(8), 'k')).toThrow(/16 bytes/);
  });

  it('derives a stable key id that does not reveal the key', () => {
    expect(deriveKeyId(key)).toMatch(/^k-[0-9a-f]{8}$/);
    expect(deriveKeyId(key)).toBe(deriveKeyId(Buffer.from(key)));
    expect(deriveKeyId(key)).not.toContain(key.toString('hex').slice(0, 8));
  });
});

describe('replacement', () => {
  const t = new Tokenizer(key, 'k');
  it('token, redact and partial forms', () => {
    expect(replacement('token', 'EMAIL', 'jane@example.com', t)).toMatch(/^<EMAIL:[a-z]{12}>$/);
    expect(replacement('redact', 'EMAIL', 'jane@example.com', t)).toBe('<EMAIL>');
    expect(replacement('partial', 'EMAIL', 'jane@example.com', t)).toBe('<EMAIL:***@example.com>');
    expect(replacement('partial', 'CREDIT_CARD', '4111111111111111', t)).toBe('<CREDIT_CARD:****1111>');
    expect(replacement('partial', 'IP_ADDRESS', '203.0.113.42', t)).toBe('<IP_ADDRESS:203.0.x.x>');
    expect(replacement('partial', 'SECRET', 'short', t)).toBe('<SECRET>');
  });
  it('every form is recognised as a token, so it is never detected again', () => {
    for (const a of ['token', 'redact', 'partial'] as const) {
      const r = replacement(a, 'CREDIT_CARD', '4111111111111111', t);
      expect(isToken(r)).toBe(true);
      expect(`x ${r} y`.match(TOKEN_PATTERN)?.[0]).toBe(r);
    }
  });
});

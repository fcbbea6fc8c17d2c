import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isToken, replacement, TOKEN_PATTERN } from '../../../src/engine/mask/actions.js';
import { deriveKeyId, Tokenizer } from '../../../src/engine/mask/token.js';

const key = Buffer.from('0123456789abcdef0123456789abcdef');

describe('Tokenizer', () => {
  it('computes HMAC-SHA256 exactly as createHmac does, for short, unicode and long values and long keys', () => {
    for (const k of [key, Buffer.alloc(100, 9)]) {
      const t = new Tokenizer(k, 'k');
      for (const v of ['a', 'jane@example.com', 'Zoë ✓ 漢字', 'x'.repeat(5000)]) {
        const expected = createHmac('sha256', k).update(`EMAIL\u0000${v}`).digest();
        expect(t.digest('EMAIL', v).equals(expected)).toBe(true);
      }
    }
  });

  it('equals createHmac at every message length around the block boundaries, for any text and key length', () => {
    for (const keyLength of [16, 63, 64, 65, 200]) {
      const k = Buffer.alloc(keyLength, keyLength);
      const t = new Tokenizer(k, 'k');
      for (let n = 0; n <= 200; n++) {
        const v = 'v'.repeat(n);
        expect(t.digest('E', v).equals(createHmac('sha256', k).update(`E\u0000${v}`).digest())).toBe(true);
      }
    }
    const t = new Tokenizer(key, 'k');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (v) => {
        expect(t.digest('EMAIL', v).equals(createHmac('sha256', key).update(`EMAIL\u0000${v}`).digest())).toBe(true);
      }),
    );
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

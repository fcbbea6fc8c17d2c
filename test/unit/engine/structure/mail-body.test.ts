import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64UrlText } from '../../../../src/engine/structure/mail-body.js';

/**
 * base64UrlText as first written: decode to text, then look for a blank (or, since red-team round
 * 61, a `=` or `|`) past index 0 or a leading `{`, and printable text.
 */
function reference(s: string): string | undefined {
  if (s.length < 40 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return undefined;
  const decoded = Buffer.from(s, 'base64').toString('utf8');
  const separated = decoded.indexOf(' ') > 0 || decoded.indexOf('=') > 0 || decoded.indexOf('|') > 0 || decoded.startsWith('{');
  return separated && /^[\t\n\r\x20-\x7e\u00a0-\ufffc]+$/.test(decoded) ? decoded : undefined;
}

describe('base64UrlText', () => {
  it('reads a base64url body that decodes to prose, and not an identifier', () => {
    const body = Buffer.from('Hello Jane, your code is 4821 and your IBAN is on file.', 'utf8').toString('base64url');
    expect(base64UrlText(body)).toBe('Hello Jane, your code is 4821 and your IBAN is on file.');
    expect(base64UrlText('da39a3ee5e6b4b0d3255bfef95601890afd80709')).toBeUndefined();
    expect(base64UrlText(Buffer.from(' leading blank only then text', 'utf8').toString('base64'))).toBeUndefined();
    expect(base64UrlText(Buffer.from('family=Thorsby&birthdate=1971-05-09&_count=10', 'utf8').toString('base64'))).toBe(
      'family=Thorsby&birthdate=1971-05-09&_count=10',
    );
  });

  // The blank is looked for in the decoded bytes before they become text: the answer must be the
  // one of decoding first, on bytes with blanks anywhere, invalid UTF-8 and multi-byte letters.
  it('answers as decoding first would, on any bytes written in either alphabet', () => {
    const bytes = fc.uint8Array({ minLength: 28, maxLength: 90 }).chain((b) =>
      fc.array(fc.nat(b.length - 1), { maxLength: 4 }).map((blanks) => {
        const out = Buffer.from(b);
        for (const k of blanks) out[k] = 0x20;
        return out;
      }),
    );
    const words = fc.array(fc.constantFrom('Jane', 'café', 'ünïcode', '名前', 'code', '4821', '\u00ff', 'x\ty'), {
      minLength: 8,
      maxLength: 16,
    });
    const text = fc
      .oneof(
        fc.string({ unit: 'grapheme', minLength: 30, maxLength: 60 }),
        words.map((w) => w.join(' ')),
      )
      .map((t) => Buffer.from(t, 'utf8'));
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(bytes, text), fc.boolean(), (b, url) => {
        const s = b.toString(url ? 'base64url' : 'base64');
        const expected = reference(s);
        expect(base64UrlText(s)).toBe(expected);
        if (expected !== undefined) read++;
      }),
      { numRuns: 3000 },
    );
    // Both answers occur: bodies read as text, and strings left alone.
    expect(read).toBeGreaterThan(100);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regexDetector } from '../../../../src/engine/detect/values/helpers.js';
import { EMAIL_PATTERN, email, normalizeEmail } from '../../../../src/engine/detect/values/pii.js';
import { type Span, TextScan } from '../../../../src/engine/detect/types.js';
import { detectorCases } from './support.js';

/**
 * The email detector finds candidates from each `@` rather than running its pattern over the whole
 * text. The definition is the pattern run by the generic regexDetector loop (resume after an
 * accepted match, one character after a rejected one); both must give the same spans.
 */
const byPattern = regexDetector({ ...email, pattern: new RegExp(EMAIL_PATTERN.source, 'g'), validate: normalizeEmail });

function spans(d: typeof email, text: string): Span[] {
  const out: Span[] = [];
  d.find(new TextScan(text), out, 3);
  return out;
}

describe('email detector anchored at @', () => {
  it('finds what the whole-text pattern finds, on chosen edge cases', () => {
    const cases = [
      'mail jane.doe@example.com now',
      'a@b.com@c.org',
      '..a@b.com@c.org',
      'x..y@b.com@c.org and .lead@x.io trail.@x.io ok@x.io',
      'JANE@Example.COM, bob+tag@mail.example.co.uk;',
      `${'a'.repeat(64)}@example.com ${'b'.repeat(65)}@example.com`,
      `${'c'.repeat(63)}.@example.com`,
      '@example.com a@ @@ a@@b.com user@localhost user@host.c0m user@-bad.com user@x.co-',
      'first@a.io,second@b.io third@c.io.',
      'mailto:jane@example.com?subject=x',
      '"jane"@example.com <jane@example.com>',
      'user@sub.domain.example.travel.and.more.labels.than.eight.example.com',
    ];
    for (const text of cases) expect(spans(email, text), text).toEqual(spans(byPattern, text));
    expect(spans(email, 'mail jane.doe@example.com now').map((s) => s.normalized)).toEqual(['jane.doe@example.com']);
  });

  it('finds what the whole-text pattern finds, on generated text', () => {
    const pieces = ['a', 'Z', '0', '.', '..', '-', '_', '%', '+', '@', ' ', ',', 'x.com', 'mail.example.org', 'jane', '@@', '.io', 'é'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(spans(email, t)).toEqual(spans(byPattern, t));
      }),
      { numRuns: 5000, seed: 20261128 },
    );
  });
});

describe('email_host_only', () => {
  detectorCases(
    'email_host_only',
    [
      ['Invalid email address: "jane.doe@example" for user_identifiers[3].hashed_email', 'jane.doe@example'],
      ['bounce: e-mail is admin@localhost.', 'admin@localhost'],
      ['Email: <root@mailhost>', 'root@mailhost'],
    ],
    [
      'ssh user@host ok, email sent',
      'email jane@example.com',
      'Email sent to 3 users @ noon',
      'npm i pkg@latest; emailer@v2 loaded',
      'email: root@mail.example.org',
    ],
  );
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../../../../src/engine/detect/catalog.js';
import { type Span, TextScan, type ValueDetector } from '../../../../src/engine/detect/types.js';
import { regexDetector, regexSpecs } from '../../../../src/engine/detect/values/helpers.js';
import { loginBesideNameDetector, spaceParen } from '../../../../src/engine/detect/values/login-names.js';

/**
 * Detectors with an `anchors` search (stop 39) run their pattern only over the windows around
 * their anchors (a `letter.letter` dot of a login, a label word of a TOTP seed) instead of over
 * the whole text. The definition is the pattern run by the plain regexDetector loop on the whole
 * text; both must give the same spans on any text. Values here are made up (names not from any
 * corpus; seeds are letters and 2–7 in groups, as RFC 4648 base32 writes them).
 */
const anchored = builtinDetectors({ phoneRegions: ['US'] }).filter((d) => regexSpecs.get(d)?.anchors !== undefined);

function spans(d: ValueDetector, text: string): Span[] {
  const out: Span[] = [];
  const scan = new TextScan(text);
  if (d.prefilter(scan)) d.find(scan, out, 7);
  return out;
}

function plain(d: ValueDetector): ValueDetector {
  const { anchors: _anchors, ...spec } = regexSpecs.get(d)!;
  return regexDetector({ ...spec, pattern: new RegExp(spec.pattern.source, spec.pattern.flags) });
}

const PIECES = [
  ' ',
  '  ',
  '\t',
  '\n',
  '.',
  '. ',
  '-',
  '_',
  '@',
  '\\',
  '"',
  '">',
  ':',
  '=',
  'x',
  'é',
  'ſ',
  '\u212a',
  '😀',
  'revoked by ',
  'Approved BY ',
  'añadida por ',
  'geändert von ',
  'door ',
  'przez  ',
  'av\t',
  'User: ',
  'user ',
  'usrName=',
  'Account Name:   ',
  '\u00a0',
  '\u3000',
  'CORPORATEDOMAIN\\\\',
  'johanna.lorenz',
  'account ',
  'acct="',
  '<Data Name="User">',
  'CORP\\',
  'oskar.lindqvist',
  'przez \t ',
  'christopher.okafor',
  'Amara.Okafor',
  'teodora.vasquez',
  'mark.down',
  'max.depth',
  'ſofia.ſanchez',
  'index.html',
  'api.example.net',
  'Secret key: ',
  'your KEY is ',
  'seed ',
  'Schlüssel ',
  'clave: ',
  'monkey ',
  'mfzw izlt mfzw izlt',
  'kbxg s3tq nvzw wq2f',
  'MFZW IZLT MFZW IZLT',
  'this code will help ',
  'abcd efgh ',
  '2345 ',
  'word ',
  // brokerage_account_after_word: account words, their suffixes, numbers with and without the dash's four digits.
  'Account Number: ',
  'ACCT# ',
  'ira_acct=',
  'cuenta de valores ',
  'Depot ',
  'compte  ',
  '\\n',
  '5KR-',
  'Z83-104772',
  '224-819407',
  '4417-2290',
  '2024-2025',
  '0900-1730',
  '-12',
  '-1234',
  '-123456789',
  '.5',
  ',7',
  '9',
  'A',
];

describe('anchored search', () => {
  it('is used by the login-after-word, TOTP-seed, brokerage-account and APNs-token detectors', () => {
    expect(anchored.map((d) => d.id).sort()).toEqual([
      'apns_token_after_name',
      'brokerage_account_after_word',
      'login_given_in_chat',
      'login_name_after_by',
      'login_name_after_label',
      'otp_seed_groups',
    ]);
  });

  for (const d of anchored) {
    const reference = plain(d);
    describe(d.id, () => {
      it('finds its own example, and what the plain pattern finds in edge cases', () => {
        expect(spans(d, d.example).length).toBeGreaterThan(0);
        const filler = 'word '.repeat(60);
        const cases = [
          d.example,
          `${d.example} ${d.example}`,
          `${filler}${d.example}${filler}`,
          `${d.example}${filler}${d.example}`,
          `${filler}${d.example}.${filler}a.b`,
          `x${d.example}`,
          `Secret key: ${' '.repeat(40)}mfzw izlt mfzw izlt`,
          `Secret key: ${' '.repeat(43)}mfzw izlt mfzw izlt`,
          `Secret key: ${' '.repeat(44)}mfzw izlt mfzw izlt`,
          'seed mfzw izlt mfzw izlt mfzw izlt mfzw izlt mfzw',
          `user:${' '.repeat(300)}oskar.lindqvist`,
          `${filler}User:${' '.repeat(300)}johanna.lorenz`,
          `${filler}Account Name:${'\t'.repeat(60)} "CONTOSO\\johanna.lorenz"`,
          `usrName=${'\u00a0'.repeat(50)}=\u2003"johanna.lorenz" ${filler}`,
          `<Data Name="User">${' '.repeat(45)}CORPORATEDOMAIN\\\\johanna.lorenz</Data>`,
          `${filler}account name=CORPORATEDOMAIN\\\\christopher.okafor ${filler}`,
          `revoked by ${'oskar.lindqvist '.repeat(5)}`,
          'usunięte przez \t christopher.okafor',
          `${filler}przez \t christopher.okafor ${filler}`,
          'by abcdefghijklmnopqrst.abcdefghijklmnopqrstuvwxy',
          'by abcdefghijklmnopqrst.abcdefghijklmnopqrstuvwxy.z',
          `cuenta de valores_number:  ${' '.repeat(2)}5KR4-482913 ${filler}`,
          `\\ncuenta de valores_number  #  ABCD-12345678`,
          `\\ncuenta de valores_number  #  ABCD-12345678-1`,
          `${filler}Account ${'-1234 '.repeat(30)}account 3QR-10442`,
          `account 3QR-10442${'x'.repeat(40)}-1234`,
          '',
          'short',
        ];
        for (const text of cases) expect(spans(d, text), text).toEqual(spans(reference, text));
      });

      it('finds what the plain pattern finds on generated text', () => {
        const piece = fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(d.example), fc.constantFrom('word '.repeat(12)));
        fc.assert(
          fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
            const text = parts.join('');
            expect(spans(d, text)).toEqual(spans(reference, text));
          }),
          { seed: 20261207, numRuns: 3000 },
        );
      });
    });
  }
});

describe('login_beside_name searches ` (` by its parenthesis', () => {
  it('answers what indexOf answers', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '(', ' (', 'a', ')', 'x y'), { maxLength: 20 }), fc.nat(30), (parts, from) => {
        const text = parts.join('');
        expect(spaceParen(text, from)).toBe(text.indexOf(' (', from));
      }),
      { seed: 20261207, numRuns: 3000 },
    );
  });

  it('finds a login beside the name it is made from, and nothing in parentheses that is none', () => {
    const found = (text: string) => {
      const out: Span[] = [];
      const scan = new TextScan(text);
      if (loginBesideNameDetector.prefilter(scan)) loginBesideNameDetector.find(scan, out, 0);
      return out.map((s) => text.slice(s.start, s.end));
    };
    expect(found('Alert: Teodora Vasquez (tvasquez) signed in from a new device')).toEqual(['tvasquez']);
    expect(found('okafora (Amara Okafor) reset a password')).toEqual(['okafora']);
    expect(found('Teodora Vasquez (INC-20417) and Microsoft Teams (desktop)')).toEqual([]);
    expect(found(' (tvasquez) Teodora Vasquez')).toEqual([]);
  });
});

/**
 * Detectors searched by their starts (stop 42: phone_after_email_or tries its pattern only at each
 * `@` and `<`): the same spans as the plain loop over the whole text. Addresses and numbers are
 * made up (example.com / .net domains, numbers in no real plan).
 */
describe('search by starts', () => {
  const started = builtinDetectors({ phoneRegions: ['US'] }).filter((d) => regexSpecs.get(d)?.starts !== undefined);
  const STARTS_PIECES = [
    ...[' ', '  ', '\t', '\n', '.', '-', '@', '<', '>', 'x', 'é', 'İ', '\u212a', '2024-03-18', '12:30', '7'],
    ...['ana@example.com.br', 'j.silva@mail.example.net', '@example', '<EMAIL:ab12cd34>', '<email:0f9e8d7c>', '<EMAIL:', '<b>'],
    ...[' ou ', ' o ', ' or ', ' oder ', ' lub ', ' of ', ' OU ', ' ou pelo ', ' o llámame al ', ' ou au ', ' oder unter ', ' or on '],
    ...['11 96123-4567', '612 34 56 78', '06 12 34 56 78', '512 345 678', '06-12345678', '(555) 010-4477', '+1 555 010 4477'],
    ...['1234567', '2024-03-18', '1 2 3 4 5 6 7 8 9', 'tel.: ', 'whatsapp '],
    // census_line_name (stop 44) starts at `line <digit>`.
    ...['line 14: ', 'line 3a: ', 'line ', 'xline 7: ', 'pemberton, wilhelmina r', 'okafor, tobias', '  dau', ' wife', ', '],
  ];

  it('is used by the phone after an e-mail and an or word, and by census lines', () => {
    expect(started.map((d) => d.id).sort()).toEqual(['census_line_name', 'phone_after_email_or']);
  });

  for (const d of started) {
    const { starts: _starts, ...spec } = regexSpecs.get(d)!;
    const reference = regexDetector({ ...spec, pattern: new RegExp(spec.pattern.source, spec.pattern.flags) });
    it(`${d.id}: finds its example, and what the plain pattern finds on generated text`, () => {
      expect(spans(d, d.example).length).toBeGreaterThan(0);
      for (const text of [
        d.example,
        `${'word '.repeat(80)}${d.example} ${d.example}`,
        `${d.example}@`,
        `<${d.example}`,
        '@@ ou 11 96123-4567',
      ]) {
        expect(spans(d, text), text).toEqual(spans(reference, text));
      }
      let some = 0;
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.constantFrom(...STARTS_PIECES), fc.constantFrom(d.example)), { maxLength: 24 }), (parts) => {
          const text = parts.join('');
          const want = spans(reference, text);
          if (want.length > 0) some++;
          expect(spans(d, text)).toEqual(want);
        }),
        { seed: 20261207, numRuns: 4000 },
      );
      expect(some).toBeGreaterThan(100);
    });
  }
});

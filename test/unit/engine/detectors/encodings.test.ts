import { describe, expect, it } from 'vitest';
import { decodeEscapes } from '../../../../src/engine/detect/values/encodings.js';
import { detectorCases, engine } from './support.js';

describe('encoded_email', () => {
  detectorCases(
    'encoded_email',
    [
      ['GET /api/users/jane%40example.com/profile', 'jane%40example.com'],
      ['https://x.example.com/u?to=bob%40example.org&x=1', 'bob%40example.org'],
      ['<a href="mailto:john.smith&#64;example.com">', 'john.smith&#64;example.com'],
      ['contact jane&#x40;example.com', 'jane&#x40;example.com'],
      ['"jane\\u0040example.com"', 'jane\\u0040example.com'],
      ['id=jane.doe%2Bnews%40example.co.uk', 'jane.doe%2Bnews%40example.co.uk'],
      // A redirect target inside a query parameter, encoded twice (RFC 3986 `%` is `%25`).
      ['/login?next=%2Fprofile%3Fhint%3Dpat.kim%2540example.com', 'pat.kim%2540example.com'],
      // The full-width and small at signs (U+FF20, U+FE6B) are email_lookalike_at's (mailbox.test.ts);
      // the token test below checks that they get the plain address's token.
    ],
    [
      'discount 50%40 off',
      'a%40b',
      'user%40localhost',
      '%40example.com',
      'x &#64; y',
      'growth 12%2540 units',
      '会議\uff20東京オフィス',
      'meet \uff20 noon',
    ],
  );

  it('gives the encoded address the token of the plain one', () => {
    const a = engine.maskText('jane%40example.com').value;
    const b = engine.maskText('jane@example.com').value;
    expect(a).toBe(b);
  });

  it('gives the twice-encoded and the full-width spellings the token of the plain address', () => {
    const plain = engine.maskText('pat.kim@example.com').value;
    expect(engine.maskText('pat.kim%2540example.com').value).toBe(plain);
    expect(engine.maskText('pat.kim\uff20example.com').value).toBe(plain);
  });

  it('decodes percent escapes and HTML numeric entities', () => {
    expect(decodeEscapes('a%40b&#46;c&#x2e;d')).toBe('a@b.c.d');
    expect(decodeEscapes('%E0%A4%A')).toBeUndefined();
  });
});

describe('international_email', () => {
  detectorCases(
    'international_email',
    [
      ['contact josé@exämple.com', 'josé@exämple.com'],
      ['sent to θσερ@εχαμπλε.ψομ today', 'θσερ@εχαμπλε.ψομ'],
      ['用户@例子.广告', '用户@例子.广告'],
      ['from josé.garcía@correo.es', 'josé.garcía@correo.es'],
    ],
    ['jane@example.com', 'café @ noon', 'naïve@', '@über'],
  );
});

describe('iban_lower_case, uk_nino_lower_case, credit_card_dotted', () => {
  detectorCases(
    'iban_lower_case',
    [
      ['POST /v2/accounts/gb82west12345698765432/transfers', 'gb82west12345698765432'],
      ['iban de89 3704 0044 0532 0130 00', 'de89 3704 0044 0532 0130 00'],
    ],
    ['gb82west12345698765433', 'ab12cdef34567890', 'GB82WEST12345698765432'],
  );
  detectorCases(
    'uk_nino_lower_case',
    [
      ['nino ab123456c', 'ab123456c'],
      ['national insurance: ce 12 34 56 a', 'ce 12 34 56 a'],
    ],
    ['code ab123456c', 'nino dq123456c', 'nino AB123456C'],
  );
  detectorCases(
    'credit_card_dotted',
    [
      ['card 4111.1111.1111.1111', '4111.1111.1111.1111'],
      ['amex 3782.822463.10005', '3782.822463.10005'],
    ],
    ['build 1234.5678.9012.3456', 'v4111.1111.1111.1112', '4111.1111.1111.1112'],
  );
  it('lower-case and dotted spellings get the token of the canonical spelling', () => {
    expect(engine.maskText('gb82west12345698765432').value).toBe(engine.maskText('GB82WEST12345698765432').value);
    expect(engine.maskText('4111.1111.1111.1111').value).toBe(engine.maskText('4111111111111111').value);
  });
});

describe('base64_credential', () => {
  const mask = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
  it('masks a Docker config.json auth, an .npmrc _auth and a Kubernetes Secret value that decode to user:password', () => {
    expect(mask({ auths: { 'registry.example.com': { auth: 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==' } } })).not.toContain(
      'QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
    );
    expect(engine.maskText('_auth=QWxhZGRpbjpvcGVuIHNlc2FtZQ==').value).not.toContain('QWxhZGRp');
    expect(mask({ kind: 'Secret', data: { '.htpasswd-user': 'YWRtaW46Y2hhbmdlbWU=' } })).not.toContain('YWRtaW46Y2hhbmdlbWU=');
  });
  detectorCases(
    'base64_credential',
    [
      ['YWRtaW46Y2hhbmdlbWU=', 'YWRtaW46Y2hhbmdlbWU='],
      ['cGFzc3dvcmQ9aHVudGVyMg==', 'cGFzc3dvcmQ9aHVudGVyMg=='],
    ],
    ['aGVsbG8gd29ybGQ=', 'dGltZXN0YW1w', 'AKIAIOSFODNN7EXAMPLE', 'Zm9vYmFy', 'abcdEFGH12345678'],
  );
  it('keeps GitHub legacy node ids (base64 of `04:User1`, `010:Repository1296269`): the number is the type name length', () => {
    const out = mask({ login: 'octocat', node_id: 'MDQ6VXNlcjE=', repo: { node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5' } });
    expect(out).toContain('MDQ6VXNlcjE=');
    expect(out).toContain('MDEwOlJlcG9zaXRvcnkxMjk2MjY5');
    // A user of two digits with a password that does not fit the node-id length rule is still a credential.
    const b64 = Buffer.from('42:Summer2024', 'utf8').toString('base64');
    expect(mask({ auth: b64 })).not.toContain(b64);
  });
});

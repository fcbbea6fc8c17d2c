import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leaks the sixth and eighth red-team rounds left (fixtures/redteam6-corpus.ts,
 * fixtures/redteam8-corpus.ts), each closed where it happens, with the look-alikes beside it that
 * must stay.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('a whole string that is base64 of a credentials text (Splunk HEC event, a body field)', () => {
  const credentials = b64('aws_access_key_id=AKIAIOSFODNN7EXAMPLE\naws_secret_access_key=S3cr3t-Value-For-Tests-2024\n');

  it('masks the whole base64 value of a member whose name says nothing', () => {
    const out = value({ time: 1426279440, sourcetype: 'app:config', event: credentials });
    expect(out).not.toContain(credentials);
    expect(out).toMatch(/"event":"<SECRET:\w+>"/);
  });

  it('leaves base64 of text without a secret, binary data, a hex digest and a short run', () => {
    for (const kept of [
      b64('This is a readme file with some words in it, nothing else.\n'),
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      b64('password=x'),
    ]) {
      expect(value({ event: kept })).toBe(JSON.stringify({ event: kept }));
    }
  });
});

describe('mail bodies in a transfer encoding are read decoded (structure/mail-body.ts)', () => {
  const qp =
    'Content-Transfer-Encoding: quoted-printable\n\nBitte =C3=BCberweisen Sie auf IBAN DE89 3704 0044 0532 =\n0130 00.\nR=C3=BCckruf unter +49 221 4710=\n2233. Bestellung 4711 vom 3.5.\n';

  it('quoted-printable: a value broken by a soft line break is masked whole; the rest stays as written', () => {
    const out = text(qp);
    expect(out).not.toContain('0130 00');
    expect(out).not.toContain('2233');
    expect(out).toContain('IBAN <IBAN:');
    expect(out).toContain('Bitte =C3=BCberweisen Sie auf');
    expect(out).toContain('R=C3=BCckruf unter <PHONE:');
    expect(out).toContain('Bestellung 4711 vom 3.5.');
    expect(out).toContain('Content-Transfer-Encoding: quoted-printable');
  });

  it('quoted-printable: nothing to find in the decoded body changes nothing', () => {
    const plain = 'Content-Transfer-Encoding: quoted-printable\n\nDer Termin ist am Montag =\num 10 Uhr, Raum =C3=9C 3.\n';
    expect(text(plain)).toBe(plain);
  });

  it('base64 or base64url body (Gmail API payload.body.data): masked whole when its decoded text holds a value', () => {
    const body = Buffer.from('Hallo, hier meine IBAN: DE89370400440532013000. Tel. +49 221 47102233. Gruss Erika').toString('base64url');
    const out = value({ payload: { mimeType: 'text/plain', body: { size: 96, data: body } } });
    expect(out).not.toContain(body.slice(12, 60));
    expect(out).toMatch(/"data":"<IBAN:\w+>"/);
  });

  it('base64 of prose without a value, of binary data, and identifiers stay', () => {
    for (const kept of [
      Buffer.from('The meeting moved to Monday at ten, room three, bring the slides.').toString('base64url'),
      Buffer.from(Array.from({ length: 60 }, (_, i) => (i * 37) % 256)).toString('base64url'),
      'eyJhbGciOiJIUzI1NiJ9_not_a_body_but_a_long_identifier_value',
    ]) {
      expect(value({ data: kept })).toBe(JSON.stringify({ data: kept }));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leaks the ninth red-team round found (fixtures/redteam9-corpus.ts), each closed where it happens,
 * with the look-alike beside it that must stay. Device configurations, LDIF and EDIFACT have their
 * own tests in structure/.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('field names of identity and network infrastructure', () => {
  it('masks Firestore recovery codes, an Event Grid SAS key, an SNMP community and a FortiOS PSK by name', () => {
    const out = value({
      recoveryCodes: { arrayValue: { values: [{ stringValue: 'x7k2-9fpq-m3vd' }] } },
      headers: { 'aeg-sas-key': 'XXYZ3dk5Qm0wOXBjNnRrM2ZyN2ZhbGs4ZGphc2Q5Zmo=' },
      snmpCommunity: 'comaccess',
      psksecret: 'Vpn-Sh4red',
    });
    for (const raw of ['x7k2-9fpq-m3vd', 'XXYZ3dk5Qm0wOXBjNnRrM2ZyN2ZhbGs4ZGphc2Q5Zmo=', 'comaccess', 'Vpn-Sh4red'])
      expect(out).not.toContain(raw);
  });

  it('keeps what describes an authentication (Keycloak authDetails) and a count of backup codes', () => {
    const out = value({ authDetails: { realmId: 'master', clientId: 'admin-cli' }, backup_codes_count: 8 });
    expect(out).toContain('"realmId":"master"');
    expect(out).toContain('"clientId":"admin-cli"');
    expect(out).toContain('"backup_codes_count":8');
  });
});

describe('JSON Patch and SCIM PATCH operations name their field in path', () => {
  it('masks the value of a password path (RFC 7644 §3.5.2, RFC 6902)', () => {
    const out = value({
      Operations: [
        { op: 'replace', path: 'password', value: 'N3w-P@ssw0rd-2024' },
        { op: 'replace', path: '/data/apiToken', value: 'tok-9Zr2Wv7Qm' },
      ],
    });
    expect(out).not.toContain('N3w-P@ssw0rd-2024');
    expect(out).not.toContain('tok-9Zr2Wv7Qm');
  });

  it('keeps the value of a path that names nothing sensitive', () => {
    const out = value([
      { op: 'replace', path: '/spec/replicas', value: 3 },
      { op: 'add', path: 'displayTheme', value: 'dark' },
    ]);
    expect(out).toContain('"value":3');
    expect(out).toContain('"value":"dark"');
  });
});

describe('key=value with an escaped quote (a header map printed as JSON text)', () => {
  it('reads token=\\"…\\" to its escaped closing quote', () => {
    const out = text('DEBUG upstream {"header": {"Authorization": ["Token token=\\"9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d\\""]}}');
    expect(out).not.toContain('9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d');
    expect(out).toContain('Token token=\\"<SECRET:');
  });

  it('keeps an escaped value under a name that says nothing', () => {
    const line = 'msg {"q": "mode=\\"fast\\" region=\\"eu-west-1\\""}';
    expect(text(line)).toBe(line);
  });
});

describe('base64 payloads of event envelopes', () => {
  it('masks a CloudEvents data_base64 whose JSON assigns an AWS secret access key', () => {
    const data = b64('{"aws_access_key_id":"AKIAI44QH8DHBEXAMPLE","aws_secret_access_key":"je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"}');
    expect(value({ specversion: '1.0', id: 'x-1', data_base64: data })).not.toContain(data);
  });

  it('masks a Pub/Sub message.data that holds an email address', () => {
    const data = b64('email,name\nmaria.garcia@example.es,María García\n');
    const out = value({ message: { data, messageId: '2070443601311540' } });
    expect(out).not.toContain(data);
    expect(out).toContain('2070443601311540');
  });

  it('keeps base64 payloads without a credential or an address', () => {
    const health = b64('{"status":"ok","check":"liveness","token_count":5}');
    const metrics = b64('cpu=0.42 mem=0.71 host=node-7');
    expect(value({ a: health, b: metrics })).toBe(JSON.stringify({ a: health, b: metrics }));
  });
});

describe('a percent-encoded + phone right after another escape (SCIM filter, RFC 7644 §3.4.2.2)', () => {
  it('masks a quoted number in an encoded filter', () => {
    const out = text('GET /scim/v2/Users?filter=phoneNumbers.value%20eq%20%22%2B1-202-555-0178%22&count=1 HTTP/1.1');
    expect(out).not.toContain('202-555-0178');
    expect(out).toContain('%22&count=1');
  });

  it('masks a number whose groups are separated by %20 (no plain digit run long enough for the numeric gate)', () => {
    const out = text('GET /scim/v2/Users?filter=phoneNumbers.value%20eq%20%22%2B44%2020%207946%200958%22 HTTP/1.1');
    expect(out).not.toMatch(/7946|0958/);
    // The same number written plainly gets the same token.
    expect(out.match(/<PHONE:[a-z]+>/)?.[0]).toBe(text('call +44 20 7946 0958').match(/<PHONE:[a-z]+>/)?.[0]);
  });

  it('keeps a %2B before a version or a short figure', () => {
    for (const line of ['GET /v?tag=%2B1.2.3', 'GET /v?delta=%2B42%2012']) expect(text(line)).toBe(line);
  });

  it('keeps an escape inside a word-run id', () => {
    const line = 'GET /v?ref=AB%2B1234567890&x=1';
    expect(text(line)).toBe(line);
  });
});

describe('RADIUS accounting attributes are not bank accounts (RFC 2866)', () => {
  it('keeps Acct-Input-Octets and Acct-Output-Packets counters', () => {
    const detail = '\tAcct-Input-Octets = 123456789\n\tAcct-Output-Packets = 987654321';
    expect(text(detail)).toBe(detail);
  });

  it('still masks an account number after Acct-Number', () => {
    expect(text('Acct-Number: 123456789')).not.toContain('123456789');
  });
});

import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/index.js';
import { keepScanned, scanKeyFlaggedFirst } from '../../../src/engine/key-flagged.js';

const engine = createEngine({ key: Buffer.alloc(32, 7), keyId: 'k-test' });
const mask = (v: unknown) => engine.maskValue(structuredClone(v));
const out = (v: unknown) => JSON.stringify(mask(v).value);

describe('key-flagged values take the specific type (issue 13 item 6)', () => {
  const jwt =
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

  it('a JWT under authorization is a JWT, with the token it gets in free text', () => {
    const keyed = mask({ authorization: `Bearer ${jwt}` });
    expect(keyed.findings.map((f) => f.entity)).toEqual(['JWT']);
    const free = engine.maskText(`token ${jwt}`).value;
    expect(out({ authorization: `Bearer ${jwt}` })).toContain(free.slice('token '.length));
  });

  it('an OpenAI key under openai.api_key is an OpenAI key', () => {
    const r = mask({ openai: { api_key: 'sk-proj-abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789abcd' } });
    expect(r.findings.map((f) => f.entity)).toEqual(['OPENAI_API_KEY']);
  });

  it('an ADO.NET connection string under connectionString loses only its password (connectionstrings.com shapes)', () => {
    const value = 'Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=Sq1Serv3r!Pass;';
    const masked = mask({ connectionString: value }).value as { connectionString: string };
    expect(masked.connectionString).toMatch(/^Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=<SECRET:[a-z]+>;$/);
    // Idempotent: the masked string stays as it is.
    expect(mask(masked).value).toEqual(masked);
    // A password the free-text scan cannot cover whole (a blank inside) masks the whole value.
    expect(out({ connection_string: 'Server=a;Pwd=p@ss w0rd;' })).toMatch(/^\{"connection_string":"<SECRET:[a-z]+>"\}$/);
    expect(keepScanned('Server=a;Password=hunter2;Note=<EMAIL:abc>', 'SECRET')).toBe(false);
  });

  it('keeps placeholders and redaction markers under secret-like names, masks anything else', () => {
    const placeholders = {
      password: '[FILTERED]',
      'spring.datasource.password': '${DB_PASSWORD}',
      token: '{{ vault_token }}',
      SecretString: 'HIDDEN_DUE_TO_SECURITY_REASONS',
      authorization: '***',
    };
    expect(mask(placeholders).value).toEqual(placeholders);
    expect(mask(placeholders).findings).toEqual([]);
    // A value that only starts like a placeholder, or a word that is not a marker, is masked.
    expect(out({ password: '${A}xyz', secret: 'REDACTED-but-real', pwd: '*' })).toMatch(
      /^\{"password":"<SECRET:[a-z]+>","secret":"<SECRET:[a-z]+>","pwd":"<SECRET:[a-z]+>"\}$/,
    );
  });

  it('falls back to the key’s type when no detector covers the value', () => {
    expect(mask({ password: 'correct horse battery staple' }).findings.map((f) => [f.entity, f.detector])).toEqual([['SECRET', 'key']]);
    // Partly covered: the rest could be secret, so the whole value goes as the key's type.
    expect(mask({ api_key: `${jwt} and more` }).findings.map((f) => f.entity)).toEqual(['SECRET']);
  });

  it('a database URI under a *_uri / *_url key keeps host and path; only credentials are masked', () => {
    expect(out({ db_uri: 'postgres://db.example.com:5432/app' })).toBe('{"db_uri":"postgres://db.example.com:5432/app"}');
    const withCreds = out({ database_url: 'postgres://app:pa55word@db.example.com:5432/app' });
    expect(withCreds).not.toContain('pa55word');
    expect(withCreds).toContain('@db.example.com:5432/app');
    // Not a URI: masked whole as before.
    expect(out({ database_url: 'Server=db;Password=x' })).toMatch(/"<DB_CREDENTIALS:[a-z]+>"/);
  });

  it('scanKeyFlaggedFirst / keepScanned: generic names and URIs are scanned; the scan stands when tokens cover the value', () => {
    expect(scanKeyFlaggedFirst('Bearer abcdefghijklmnopqrstuvwx', 'SECRET')).toBe(true);
    // An opaque hex credential has no more specific format: masked whole without a scan.
    expect(scanKeyFlaggedFirst('Bearer 9d0f5107ad89dadd949f832839d2ca53eb7e6d75', 'SECRET')).toBe(false);
    expect(scanKeyFlaggedFirst('9D0F5107AD89DADD949F832839D2CA53', 'AUTH_CREDENTIAL')).toBe(false);
    expect(scanKeyFlaggedFirst('hunter2', 'SECRET')).toBe(false);
    expect(scanKeyFlaggedFirst('12345678Z', 'NATIONAL_ID')).toBe(true);
    expect(scanKeyFlaggedFirst('jane@example.com.xx.yy', 'EMAIL')).toBe(false);
    expect(scanKeyFlaggedFirst('postgres://db/app', 'DB_CREDENTIALS')).toBe(true);
    expect(scanKeyFlaggedFirst('Server=db;Password=x', 'DB_CREDENTIALS')).toBe(false);
    expect(keepScanned('Bearer <JWT:abcdefghijkl>', 'SECRET')).toBe(true);
    expect(keepScanned('"<OPENAI_API_KEY:abcdefghijkl>"', 'SECRET')).toBe(true);
    expect(keepScanned('<JWT:abcdefghijkl> and more', 'SECRET')).toBe(false);
    expect(keepScanned('no tokens here at all', 'SECRET')).toBe(false);
    expect(keepScanned('postgres://db/app', 'DB_CREDENTIALS')).toBe(true);
    // A date-time is when a credential expires, never the credential.
    expect(keepScanned('2011-07-15T23:28:33.359Z', 'SECRET')).toBe(true);
    expect(keepScanned('2024-05-01 10:00:00+02:00', 'SECRET')).toBe(true);
    expect(keepScanned('2011-07-15T23:28:33.359Zextra', 'SECRET')).toBe(false);
    expect(keepScanned('2011-07-15', 'SECRET')).toBe(false);
  });

  it('a date-time inside an object under a secret name stays (AWS STS Credentials.Expiration)', () => {
    // AWS CLI `sts assume-role` output (AWS docs example credentials).
    const sts = {
      Credentials: {
        AccessKeyId: 'ASIAIOSFODNN7EXAMPLE',
        SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
        Expiration: '2011-07-15T23:28:33.359Z',
      },
    };
    const text = out(sts);
    expect(text).toContain('"Expiration":"2011-07-15T23:28:33.359Z"');
    expect(text).not.toContain('wJalrXUtnFEMI');
    expect(text).not.toContain('ASIAIOSFODNN7EXAMPLE');
    // Not a whole date-time: still the key's entity.
    expect(out({ password: '2011-07-15T23:28:33Z!' })).not.toContain('2011-07-15');
  });
});

describe('precision (issue 13 item 6)', () => {
  it("CloudTrail's sourceIPAddress of a call made by an AWS service stays; an address or a look-alike host does not", () => {
    // CloudTrail record contents: the service's DNS name or `AWS Internal` when a service made the call.
    for (const source of ['cloudformation.amazonaws.com', 'ec2.amazonaws.com', 'AWS Internal']) {
      expect(out({ sourceIPAddress: source })).toBe(JSON.stringify({ sourceIPAddress: source }));
    }
    for (const source of ['203.0.113.7', '2001:db8::1', 'ec2.amazonaws.com.attacker.example', 'aws internal']) {
      expect(out({ sourceIPAddress: source })).not.toContain(source);
    }
  });

  it("ServiceNow's caller_id reference (a sys_id) is no phone number; a telephony caller id still is", () => {
    // ServiceNow Table API: reference fields are {link, value: <32-hex sys_id>}; SIP / CDR caller ids are numbers.
    const ref = { result: { caller_id: { value: '681ccaf9c0a8016400b98a06818d57c7' } } };
    expect(out(ref)).toBe(JSON.stringify(ref));
    expect(out({ caller_id: '6816f79cc0a8016401c5a33be04be441' })).toContain('6816f79cc0a8016401c5a33be04be441');
    for (const number of ['+1 415 555 2671', '4155552671', '"Alice" <sip:+14155552671@example.com>', '12345678901234567890']) {
      expect(out({ caller_id: number })).not.toContain(number);
    }
  });

  it("a mail log's dsn= delivery status (RFC 3463) is not a data source name; a DSN still is", () => {
    const postfix = 'postfix/smtp[123]: 4B2C: relay=mx.example.org:25, delay=0.4, dsn=2.0.0, status=sent (250 2.0.0 OK)';
    expect(engine.maskText(postfix).value).toContain('dsn=2.0.0, status=sent');
    expect(engine.maskText('dsn=4.4.1 status=deferred').value).toContain('dsn=4.4.1');
    expect(engine.maskText('dsn=Server=db;Uid=sa;Pwd=Xk9mQ2pL').value).not.toContain('Xk9mQ2pL');
  });

  it('UPS tracking numbers are not secrets', () => {
    const r = { shipment: { carrier: 'UPS', tracking_number: '1Z999AA10123456784' }, note: 'tracking 1Z999AA10123456784' };
    expect(out(r)).toBe(JSON.stringify(r));
  });

  it('an scp-style SSH remote is not an email; an address before :password still is', () => {
    expect(engine.maskText('git clone git@github.com:octocat/Hello-World.git').value).toBe(
      'git clone git@github.com:octocat/Hello-World.git',
    );
    expect(engine.maskText('deploy@host.example.com:repos/app.git').value).toBe('deploy@host.example.com:repos/app.git');
    expect(engine.maskText('jane@example.com:hunter2').value).not.toContain('jane@example.com');
    expect(engine.maskText('mail jane@example.com: hello').value).not.toContain('jane@example.com');
  });

  it('codes and dates beside sensitive names are not the entity', () => {
    const r = {
      phone_country: 'US',
      ssn_last_updated: '2024-01-02',
      password_last_changed_at: '2024-03-04',
      auth_method: 'saml',
      token_url: 'https://x/oauth/token',
    };
    expect(out(r)).toBe(JSON.stringify(r));
  });

  it('an IPv6 address with an embedded IPv4 part is masked whole', () => {
    for (const text of ['addr 2001:db8::192.168.1.10 here', 'client ::ffff:192.0.2.128', 'via 64:ff9b::198.51.100.7']) {
      const once = engine.maskText(text).value;
      expect(once).not.toMatch(/[0-9a-f]:{1,2}</);
      expect(once).not.toMatch(/\d+\.\d+\.\d+\.\d+/);
      expect(engine.maskText(once).value).toBe(once);
    }
    expect(engine.maskText('inet addr:10.0.0.5').value).not.toContain('10.0.0.5');
  });
});

describe('idempotence: our own tokens never trigger a detector (issue 13 item 6)', () => {
  const texts = [
    'psql postgres://app:pa55word@db.example.com:5432/app',
    'DATABASE_URL=postgres://app:pa55word@db/x',
    'addr 2001:db8::192.168.1.10 here',
    'mysql -u root -ppassword mydb wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'password = "a-very-long-password-value-here!" then 2.43.0.windows.1 and Zx9kQ2mV7pL4rT8wN3bY6cJ1',
    'x MWYyZDFlMmU2N2Rm=info@presidio.site',
  ];
  for (const text of texts) {
    it(`mask(mask(${JSON.stringify(text)})) == mask(…)`, () => {
      const once = engine.maskText(text).value;
      expect(engine.maskText(once).value).toBe(once);
    });
  }
  it('records with key-flagged values', () => {
    for (const r of [
      { authorization: 'Bearer abc.def.ghijklmnopqrstu' },
      { database_url: 'postgres://app:pw@db/x' },
      { auth: 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==' },
    ]) {
      const once = out(r);
      expect(JSON.stringify(engine.maskValue(JSON.parse(once)).value)).toBe(once);
    }
  });
});

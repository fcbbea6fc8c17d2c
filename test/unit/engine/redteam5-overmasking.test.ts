import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Over-maskings the fifth red-team round noticed (fixtures/redteam5-corpus.ts), each narrowed
 * where it happens: what is not a secret stays, and the look-alike beside it that is a secret
 * stays masked. JSON shapes are checked on both walks (maskValue and maskJsonText).
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
const jsonText = (v: unknown) => engine.maskJsonText(JSON.stringify(v))!.render('{}');
const both = (v: unknown) => `${value(v)}\n${jsonText(v)}`;

describe("docker login's warning names --password without a value", () => {
  const warning = 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.';

  it('keeps the warning sentence, in a CI log beside the masked password', () => {
    expect(text(warning)).toBe(warning);
    const out = text(`$ docker login -u deploy-bot -p mysecretpassword registry.gitlab.example.com\n${warning}\nLogin Succeeded`);
    expect(out).toContain(`\n${warning}\n`);
    expect(out).not.toContain('mysecretpassword');
  });

  it('still masks any other word after --password, and the warning wording joined to a real value', () => {
    expect(text('mytool --password via2Secret! run')).not.toContain('via2Secret!');
    expect(text('docker login --password Hunter2-via registry.example.com')).not.toContain('Hunter2-via');
    expect(text('wget --password via https://example.com/f')).not.toContain(' via ');
  });
});

describe('--password-stdin takes no value', () => {
  it('keeps the registry after it', () => {
    for (const registry of ['123456789012.dkr.ecr.us-east-1.amazonaws.com', 'registry-1.docker.io', 'registry.example.com']) {
      const line = `cat pw.txt | docker login --username AWS --password-stdin ${registry}`;
      expect(text(line)).toBe(line);
    }
  });

  it('still masks the echoed password and a high-entropy value after --password', () => {
    const out = text('echo "Zx9kQ2mV7pL4rT8wN3bY6cJ1" | docker login -u x --password-stdin registry-1.docker.io');
    expect(out).not.toContain('Zx9kQ2mV7pL4rT8wN3bY6cJ1');
    expect(out).toContain('registry-1.docker.io');
    expect(text('rotated the password Zx9kQ2mV7pL4rT8wN3bY6cJ1')).not.toContain('Zx9kQ2mV7pL4rT8wN3bY6cJ1');
  });
});

describe('a connection URI under DATABASE_URL loses only its user-info', () => {
  it('keeps scheme, host, port and path in .env, export, logfmt and YAML lines', () => {
    for (const line of [
      'DATABASE_URL=postgres://app:mysecretpassword@db.example.com:5432/app',
      'export DATABASE_URL="postgres://app:mysecretpassword@db.example.com:5432/app"',
      'level=info database_url=postgres://app:mysecretpassword@db.example.com:5432/app msg=boot',
      'database_url: postgres://app:mysecretpassword@db.example.com:5432/app',
    ]) {
      const out = text(line);
      expect(out, line).toContain('postgres://<DB_CREDENTIALS:');
      expect(out, line).toContain('>@db.example.com:5432/app');
      expect(out, line).not.toContain('mysecretpassword');
      expect(out, line).not.toContain('app:');
    }
  });

  it('masks the whole user-info when the password holds @, / or &, and pairs of the query', () => {
    const out = text('DATABASE_URL=postgres://app:p@ss/w&rd@db.example.com/app?sslmode=require&password=Hunter22');
    for (const piece of ['p@ss', 'ss/w', 'w&rd', 'Hunter22']) expect(out).not.toContain(piece);
    // (`w&rd@db.example.com` also reads as an address: more is masked, never less.)
    expect(out).toContain('/app?sslmode=require&password=');
  });

  it('masks a user alone, and the whole value when it is not a URI', () => {
    expect(text('DATABASE_URL=mysql://admin@db/app')).not.toContain('admin');
    expect(text('DATABASE_URL=hunter2secret')).not.toContain('hunter2secret');
    expect(text('DATABASE_URL=postgres://db.example.com:5432/app')).toBe('DATABASE_URL=postgres://db.example.com:5432/app');
  });
});

describe('objects under a credential-like name that hold no credential, or hold it in one place', () => {
  it('Postman bearer auth: type, attribute name and value type stay; the token goes', () => {
    const out = both({ auth: { type: 'bearer', bearer: [{ key: 'token', value: 'SlAV32hkKG-rfc6749', type: 'string' }] } });
    expect(out).not.toContain('SlAV32hkKG-rfc6749');
    expect(
      out.match(/\{"auth":\{"type":"bearer","bearer":\[\{"key":"token","value":"<SECRET:[a-z]+>","type":"string"\}\]\}/g),
    ).toHaveLength(2);
  });

  it('Postman apikey auth: the header name and its place stay; the key goes', () => {
    const out = both({
      auth: {
        type: 'apikey',
        apikey: [
          { key: 'value', value: 'Zq8xv2LmN9secret', type: 'string' },
          { key: 'key', value: 'X-Auth-Token', type: 'string' },
          { key: 'in', value: 'header', type: 'string' },
        ],
      },
    });
    expect(out).not.toContain('Zq8xv2LmN9secret');
    expect(out.match(/"value":"X-Auth-Token"/g)).toHaveLength(2);
    expect(out.match(/"value":"header"/g)).toHaveLength(2);
  });

  it('Postman look-alikes stay masked whole: an unknown attribute name, a member outside the schema, an unknown auth type', () => {
    for (const auth of [
      { type: 'bearer', bearer: [{ key: 'k9ZqSecretName', value: 'SlAV32hkKG', type: 'string' }] },
      { type: 'bearer', bearer: [{ key: 'token', value: 'SlAV32hkKG', type: 'string', extra: 'Hidden-1' }] },
      { type: 'apikey', apikey: [{ key: 'key', value: 'X-Auth-Token', type: 'hunter2' }] },
      { type: 'custom', custom: [{ key: 'in', value: 'Hidden-1' }] },
      { type: 'basic', basic: [{ key: 'password', value: 'mysecretpassword' }], password: 'Hidden-1' },
    ]) {
      const out = both({ auth });
      for (const secret of ['SlAV32hkKG', 'Hidden-1', 'k9ZqSecretName', 'hunter2', 'mysecretpassword']) expect(out).not.toContain(secret);
    }
  });

  it("Auth0's jti under auth.credentials stays; the other members of the subtree are masked", () => {
    const out = both({
      auth: {
        user: { user_id: 'google-oauth2|103547991597142817347' },
        credentials: { jti: '571e8f7f5a7f4d3bb4e1d2c3a4b5c6d7', token: 'Zq8xv2LmN9' },
      },
    });
    expect(out.match(/"jti":"571e8f7f5a7f4d3bb4e1d2c3a4b5c6d7"/g)).toHaveLength(2);
    expect(out).not.toContain('Zq8xv2LmN9');
    expect(out).not.toContain('103547991597142817347');
    // jti is read by its name only inside a credential subtree as a string; an object under it stays masked.
    expect(both({ credentials: { jti: { raw: 'Zq8xv2LmN9' } } })).not.toContain('Zq8xv2LmN9');
  });

  it("GitHub's hashed_token stays; a hashed PIN or password and a token do not", () => {
    const out = both({
      hashed_token: 'SpDgo2YzL9n/CfhnPnfNnM1kWTZeYGuExfdPIrVrtCs=',
      hashed_pin: '03ac6742',
      hashed_password: 'Zq8xv2LmN9',
      token: 'Tk9x2Lm',
    });
    expect(out.match(/SpDgo2YzL9n\/CfhnPnfNnM1kWTZeYGuExfdPIrVrtCs=/g)).toHaveLength(2);
    for (const secret of ['03ac6742', 'Zq8xv2LmN9', 'Tk9x2Lm']) expect(out).not.toContain(secret);
  });

  it('a LangChain secret reference names a variable and stays; a value beside the marker is masked', () => {
    const ref = {
      serialized: { lc: 1, type: 'constructor', kwargs: { openai_api_key: { lc: 1, type: 'secret', id: ['OPENAI_API_KEY'] } } },
    };
    expect(value(ref)).toBe(JSON.stringify(ref));
    expect(jsonText(ref)).toBe(`${JSON.stringify(ref).slice(0, -1)},"_auditmask":{}}`);
    for (const key of [
      { lc: 1, type: 'secret', id: ['OPENAI_API_KEY'], value: 'Zq8xv2LmN9' },
      { lc: 1, type: 'secret', id: ['Zq8xv2LmN9'] },
      { lc: 1, type: 'secret', id: ['ZQ8XV2_LMN9'] },
      { lc: 1, type: 'constructor', id: ['OPENAI_API_KEY'] },
    ]) {
      const out = both({ openai_api_key: key });
      expect(out, JSON.stringify(key)).not.toContain('Zq8xv2LmN9');
      expect(out, JSON.stringify(key)).not.toContain('ZQ8XV2_LMN9');
      expect(out, JSON.stringify(key)).not.toContain('"OPENAI_API_KEY"');
    }
  });
});

describe('a connection URI under a generic secret name (dsn=) loses only its user-info', () => {
  it('keeps scheme, host, port and path in key=value and YAML lines, quoted or bare', () => {
    for (const line of [
      "connecting dsn='mysql://app:s3cretPw@db.internal:3306/app' ok",
      'connecting dsn=mysql://app:s3cretPw@db.internal:3306/app ok',
      'dsn: mysql://app:s3cretPw@db.internal:3306/app',
    ]) {
      const out = text(line);
      expect(out, line).toContain('mysql://<DB_CREDENTIALS:');
      expect(out, line).toContain('>@db.internal:3306/app');
      expect(out, line).not.toContain('s3cretPw');
    }
  });

  it('masks the whole value when the URI carries no password, and keeps a mail delivery status', () => {
    expect(text('dsn=mysql://db.internal:3306/app ok')).not.toContain('db.internal');
    expect(text('secret=https://example.com/x ok')).not.toContain('example.com');
    expect(text('dsn=2.0.0 status=sent')).toBe('dsn=2.0.0 status=sent');
  });
});

describe('a bare DATABASE_URL cut at a blank inside its password', () => {
  it('masks what stands where the password is, and keeps URIs whose authority is hosts', () => {
    expect(text('DATABASE_URL=postgres://u:p w x@db/app')).not.toMatch(/u:p\b/);
    for (const line of [
      'DATABASE_URL=postgres://db:5432/app',
      'MONGO_URL=mongodb://h1:27017,h2:27017/app?replicaSet=rs0',
      'DATABASE_URL=postgresql://host1:123,host2:456/somedb?target_session_attrs=any',
    ]) {
      expect(text(line)).toBe(line);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { BUILTIN_KEY_RULES, KeyClassifier } from '../../../src/engine/detect/keys.js';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leaks and over-masking the twelfth red-team round found (fixtures/redteam12-corpus.ts: AI-agent
 * and developer activity), each closed where it happens, with the look-alike beside it that must
 * stay. Values come from public documentation as cited in the corpus: Docker Hub image examples,
 * Kubernetes "Managing Secrets using kubectl", RFC 8410 §10.3, Presidio's SSNs, Playwright trace
 * actions, bash's `history`, the MySQL client manual.
 */
const engine = testEngine();
const text = (t: string) => engine.maskText(t).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
const keys = new KeyClassifier(BUILTIN_KEY_RULES);

describe('configuration lines written by coding agents', () => {
  it('masks a quoted member of a code literal written one per line (`  ssn: "…",`), keeps the others', () => {
    const out = text('Customer.create!(\n  name: "Acme",\n  ssn: "078-05-1120",\n  version: "1.2.3",\n)');
    expect(out).not.toContain('078-05-1120');
    expect(out).toContain('version: "1.2.3",');
    expect(out).toContain('name: "Acme"');
  });

  it("reads a unified diff's added and removed lines as configuration lines", () => {
    const out = text('--- a/.env\n+++ b/.env\n-DB_PASSWORD=old-pass-2023\n+DB_PASSWORD=mysecretpassword\n LOG_LEVEL=debug');
    expect(out).not.toContain('mysecretpassword');
    expect(out).not.toContain('old-pass-2023');
    expect(out).toContain('LOG_LEVEL=debug');
  });

  it('masks every value under the data of a Kubernetes Secret, added in a diff or not, whatever its key', () => {
    const env = Buffer.from('AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n').toString('base64');
    const diff = text(`+apiVersion: v1\n+kind: Secret\n+metadata:\n+  name: worker-env\n+data:\n+  .env: ${env}\n`);
    expect(diff).not.toContain(env);
    expect(diff).toContain('name: worker-env');
    const manifest = text(
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-user-pass\ndata:\n  username: YWRtaW4=\n  tls.crt: LS0tLS1CRUdJTiBDRVJU\n',
    );
    expect(manifest).not.toContain('YWRtaW4=');
    expect(manifest).not.toContain('LS0tLS1CRUdJTiBDRVJU');
    expect(manifest).toContain('name: db-user-pass');
  });

  it('keeps the values of other manifests with the same keys (a ConfigMap holds no secret)', () => {
    const out = text('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-env\ndata:\n  .env: TE9HX0xFVkVMPWRlYnVn\n  mode: fast\n');
    expect(out).toContain('.env: TE9HX0xFVkVMPWRlYnVn');
    expect(out).toContain('mode: fast');
  });
});

describe('shell history and command lines', () => {
  it("reads a command after the number bash's history prints before it", () => {
    const out = text('  501  git pull --rebase\n  502  mysql -u root -pmy-secret-pw -h 127.0.0.1 shop\n  503* ls -la');
    expect(out).not.toContain('my-secret-pw');
    expect(out).toContain('-h 127.0.0.1 shop');
    expect(text('  12  docker run -p 8080:80 nginx')).toBe('  12  docker run -p 8080:80 nginx');
  });
});

describe('field names of login forms', () => {
  it.each(['clave', 'CLAVE', 'claveDeAcceso', 'clave_secreta'])('%s is SECRET', (key) => {
    expect(keys.classify(key)?.entity).toBe('SECRET');
  });

  it('`clave` names a password only as the whole name: `clave_producto` is a product code', () => {
    expect(keys.classify('clave_producto')).toBeNull();
    const out = text('usuario=lucia&clave=Tr0ub4dor%263&clave_producto=SKU-778');
    expect(out).not.toContain('Tr0ub4dor');
    expect(out).toContain('clave_producto=SKU-778');
  });
});

describe('private key bodies whose BEGIN line is gone', () => {
  const body = 'MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC';

  it('masks the base64 lines above an END line when a CI runner masked only the first line', () => {
    const out = text(
      `2024-06-11T09:14:05.1Z + cat deploy_key\n2024-06-11T09:14:05.1Z ***\n2024-06-11T09:14:05.1Z ${body}\n2024-06-11T09:14:05.1Z -----END PRIVATE KEY-----`,
    );
    expect(out).not.toContain(body);
    expect(out).toContain('+ cat deploy_key');
    expect(out).toContain('-----END PRIVATE KEY-----');
  });

  it('masks every line of a longer body, each on its own line', () => {
    const lines = [
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
      'MZEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu',
      'NMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ',
    ];
    const out = text(`***\n${lines.join('\n')}\n-----END RSA PRIVATE KEY-----`);
    for (const line of lines) expect(out).not.toContain(line);
    expect(out.split('\n')).toHaveLength(5);
  });

  it('keeps what stands above an END line when it is no base64 body', () => {
    const t = 'The key file ends with this line:\n-----END PRIVATE KEY-----';
    expect(text(t)).toBe(t);
  });
});

describe('browser automation steps', () => {
  it('masks the value a step fills into an input its selector names', () => {
    const out = value({
      apiName: 'locator.fill',
      params: { selector: 'internal:label="Password"i', value: 'my-secret-pw' },
      next: { selector: 'input[name="email"]', value: 'jenny.rosen@example.com' },
    });
    expect(out).not.toContain('my-secret-pw');
    expect(out).not.toContain('jenny.rosen@example.com');
    expect(out).toContain('internal:label=\\"Password\\"i');
  });

  it('keeps what it fills into other inputs', () => {
    const steps = [
      { selector: '#search', value: 'password reset' },
      { selector: 'button[type=submit]', value: 'Pay now' },
      { selector: '#root > div:nth-child(2) > form', value: 'hello' },
    ];
    expect(value(steps)).toBe(JSON.stringify(steps));
  });
});

describe('generic secrets after a secret word', () => {
  it("keeps a URL's port and path after its host", () => {
    const out = text('DATABASE_URL=mysql://root:my-secret-pw@127.0.0.1:3306/circle_test\nRunning 14 migrations');
    expect(out).not.toContain('my-secret-pw');
    expect(out).toContain('@127.0.0.1:3306/circle_test');
  });
});

describe('Japanese names after the words that introduce a person', () => {
  it.each(['連絡先: 山田太郎 / 電話', '担当者：佐藤 花子', '契約者 鈴木一郎'])('masks the name in %s', (t) => {
    const out = text(t);
    expect(out).toContain('<PERSON:');
  });

  it('keeps a contact line without a name, and the words alone', () => {
    expect(text('申込者の方へ')).toBe('申込者の方へ');
    expect(text('連絡先: 090-1234-5678')).not.toContain('<PERSON:');
  });
});

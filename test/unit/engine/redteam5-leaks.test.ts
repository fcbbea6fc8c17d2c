import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leak classes found by the fifth red-team round (fixtures/redteam5-corpus.ts), each closed as a
 * mechanism: positives that must lose their raw value and look-alikes that must stay as they are.
 * JSON shapes are checked on both walks: the parsed value (maskValue) and the record's text
 * (maskJsonText), which must agree.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
const jsonText = (v: unknown) => engine.maskJsonText(JSON.stringify(v))!.render('{}');
/** Both walks of a JSON record, one after the other. */
const both = (v: unknown) => `${value(v)}\n${jsonText(v)}`;

describe('Terraform JSON plan: values its sensitivity maps mark', () => {
  const plan = {
    resource_changes: [
      {
        address: 'random_password.db',
        change: {
          actions: ['create'],
          before: null,
          after: {
            length: 24,
            special: true,
            result: 'yourStrong(!)Password',
            keepers: { rotation: 'r1', seed: 'Zq8xv2LmN9' },
            list: ['plain', 'Hidden-1'],
          },
          after_sensitive: { result: true, keepers: { seed: true }, list: [false, true] },
          before_sensitive: false,
        },
      },
    ],
    planned_values: {
      root_module: {
        resources: [{ values: { user: 'app', plaintext_password: 'rootpasswd' }, sensitive_values: { plaintext_password: true } }],
      },
    },
    output_changes: { team_token: { actions: ['create'], after: 'opaque-output-value', after_sensitive: true } },
  };
  it('masks every value a map marks true, at any depth, in objects and arrays', () => {
    const out = both(plan);
    for (const secret of ['yourStrong(!)Password', 'Zq8xv2LmN9', 'Hidden-1', 'rootpasswd', 'opaque-output-value'])
      expect(out).not.toContain(secret);
    expect(engine.maskValue(structuredClone(plan)).findings.map((f) => f.detector)).toContain('structure:terraform');
  });
  it('keeps what no map marks, and the maps themselves', () => {
    const out = both(plan);
    for (const kept of ['"length":24', '"rotation":"r1"', '"plain"', '"user":"app"', '"result":true', 'random_password.db']) {
      expect(out.split('\n').every((line) => line.includes(kept))).toBe(true);
    }
  });
  it('a map beside another member, or a false mark, marks nothing', () => {
    const v = {
      change: { after: { result: 'visible-value' }, after_sensitive: false },
      other: { result: 'also-visible' },
      after_sensitive: { result: true },
    };
    const out = both(v);
    expect(out.match(/visible-value/g)).toHaveLength(2);
    expect(out.match(/also-visible/g)).toHaveLength(2);
  });
});

describe('name/value objects that declare their value secret', () => {
  it('masks a Postman variable of type "secret" whatever its name', () => {
    const env = { values: [{ key: 'pg', value: 'secretpassword', type: 'secret', enabled: true }] };
    expect(both(env)).not.toContain('secretpassword');
  });
  it('masks an Azure storage key of a listKeys response (keyName + permissions)', () => {
    const key = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
    const body = { responseBody: JSON.stringify({ keys: [{ keyName: 'key1', value: key, permissions: 'FULL' }] }) };
    expect(both(body)).not.toContain(key);
  });
  it('keeps values of other types, and objects without both Azure members', () => {
    const v = {
      values: [
        { key: 'host', value: 'staging.example.com', type: 'default' },
        { key: 'region', value: 'eu-west-1', type: 'string' },
      ],
      other: [{ keyName: 'shard', value: 'blue-42' }],
    };
    const out = both(v);
    for (const kept of ['staging.example.com', 'eu-west-1', 'blue-42']) expect(out.match(new RegExp(kept, 'g'))).toHaveLength(2);
  });
});

describe('GCP Secret Manager requests name the secret in `parent`', () => {
  it('masks the payload of AddSecretVersion', () => {
    const req = { parent: 'projects/123456789012/secrets/db-password', payload: { data: 'c2VjcmV0cGFzc3dvcmQ=' } };
    expect(both(req)).not.toContain('c2VjcmV0cGFzc3dvcmQ=');
  });
  it('keeps the payload under a parent that is not a secret', () => {
    const req = { parent: 'projects/123456789012/locations/europe-west1', payload: { data: 'aGVsbG8gd29ybGQ=' } };
    expect(both(req).match(/aGVsbG8gd29ybGQ=/g)).toHaveLength(2);
  });
});

describe('Azure authorization decisions under `authorization`', () => {
  it('keeps action and scope, and still masks a credential inside', () => {
    const v = {
      authorization: {
        action: 'Microsoft.KeyVault/vaults/secrets/write',
        scope: '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv/secrets/db-password',
        token: 'Zq8xv2LmN9pR4tY6',
      },
    };
    const out = both(v);
    expect(out.match(/Microsoft\.KeyVault\/vaults\/secrets\/write/g)).toHaveLength(2);
    expect(out).not.toContain('Zq8xv2LmN9pR4tY6');
  });
  it('an authorization object without action and scope, or a string, is still masked whole', () => {
    const out = both({ authorization: { scheme: 'Bearer', credentials: 'Zq8xv2LmN9pR4tY6' }, x: { authorization: 'Zq8xv2LmN9pR4tY7' } });
    expect(out).not.toContain('Zq8xv2LmN9pR4tY6');
    expect(out).not.toContain('Zq8xv2LmN9pR4tY7');
  });
});

describe('OneDrive personal-site URLs carry their owner', () => {
  it('masks the UPN segment as EMAIL and keeps host and file path', () => {
    const out = engine.maskText('ObjectId https://contoso-my.sharepoint.com/personal/meganb_contoso_com/Documents/Passport scan.pdf');
    expect(out.value).not.toContain('meganb_contoso_com');
    expect(out.value).toContain('https://contoso-my.sharepoint.com/personal/<EMAIL:');
    expect(out.value).toContain('/Documents/Passport scan.pdf');
    expect(out.findings.map((f) => f.entity)).toEqual(['EMAIL']);
  });
  it('keeps team sites and a personal segment that is no UPN', () => {
    for (const s of [
      'https://contoso.sharepoint.com/sites/personal/team_site_x/Shared',
      'https://contoso-my.sharepoint.com/personal/admin/Documents',
    ]) {
      expect(text(s)).toBe(s);
    }
  });
});

describe('Microsoft Teams conversation ids are not e-mail addresses', () => {
  it('keeps 19:…@thread.skype and 19:…@unq.gbl.spaces', () => {
    const s = 'TeamGuid 19:0b0f9c8c2c7a4f1e9b0d3c5e7a9b1d3f@thread.skype chat 19:a1b2c3d4@unq.gbl.spaces';
    expect(text(s)).toBe(s);
  });
  it('still masks an address at those domains without the 19: thread prefix', () => {
    expect(text('mail bob@thread.skype or 20:bob@thread.skype')).not.toContain('bob@thread.skype');
  });
});

describe('percent-encoded international phone numbers (form bodies, query strings)', () => {
  it('masks %2B numbers with the token of the plain number', () => {
    const form = engine.maskText('To=%2B14155550132&From=%2B15017122661&Body=call+%2B44+20+7946+0991');
    expect(form.value).not.toMatch(/14155550132|15017122661|7946/);
    const plain = engine.maskText('From=+15017122661').value;
    const token = /<PHONE:[a-z]+>/.exec(plain)![0];
    expect(form.value).toContain(`From=${token}`);
  });
  it('keeps encoded plus signs that are no phone number', () => {
    for (const s of ['q=1%2B2&x=%2B12345', 'sum=%2B1234567', 'c=C%2B%2B17']) expect(text(s)).toBe(s);
  });
});

describe('credential names: X-Auth-Key', () => {
  it("masks Cloudflare's global API key header in a curl command", () => {
    const out = text(
      'curl -H "X-Auth-Email: bird@slack.com" -H "X-Auth-Key: d3d1443e0adc9c24564c6c5676d679d47e2ca" https://api.cloudflare.com/client/v4/zones',
    );
    expect(out).not.toContain('d3d1443e0adc9c24564c6c5676d679d47e2ca');
    // The header name keeps its value secret; the Cloudflare row (its vendor word in the URL, the
    // same sentence) may name the entity more precisely.
    expect(out).toMatch(/X-Auth-Key: <(?:SECRET|CLOUDFLARE_KEY):/);
  });
  it('keeps a name that only starts like it', () => {
    expect(text('auth_key_id=12 X-Auth-Keys: abcdefgh1234')).toBe('auth_key_id=12 X-Auth-Keys: abcdefgh1234');
  });
});

describe("AWS access key ids as AWS's documentation writes them", () => {
  it('masks AKIAI44QH8DHBEXAMPLE (a digit outside base32) like a real id', () => {
    const out = engine.maskText('r2://logs?access-key-id=AKIAI44QH8DHBEXAMPLE&x=1');
    expect(out.value).not.toContain('AKIAI44QH8DHBEXAMPLE');
    expect(out.findings.map((f) => f.entity)).toContain('AWS_ACCESS_KEY_ID');
  });
  it('keeps look-alikes: lower case, one character short or long, inside a longer word', () => {
    for (const s of ['akiai44qh8dhbexample', 'AKIAI44QH8DHBEXAMPL', 'AKIAI44QH8DHBEXAMPLE1', 'XAKIAI44QH8DHBEXAMPLE'])
      expect(text(s)).toBe(s);
  });
});

describe('echo PASS | docker login --password-stdin', () => {
  it('masks the echoed password, also after a CI prompt', () => {
    for (const s of [
      'echo "mysecretpassword" | docker login registry.example.com -u bot --password-stdin',
      '$ echo mysecretpassword | podman login -u bot --password-stdin quay.io',
    ]) {
      expect(text(s)).not.toContain('mysecretpassword');
    }
  });
  it('keeps an echo piped into a login without --password-stdin, and a bare prompt line', () => {
    for (const s of ['echo hello | docker login --username AWS', '$ ls -la', '# mysql -u root -p orders']) expect(text(s)).toBe(s);
  });
});

describe('key=value verdicts under address, coordinate and phone names', () => {
  it("keeps Okta's behaviors verdicts and a word under phone=", () => {
    const s = 'behaviors={New Geo-Location=NEGATIVE, New Device=POSITIVE, New IP=NEGATIVE} phone=unknown';
    expect(text(s)).toBe(s);
  });
  it('still masks values written with digits or colons', () => {
    const out = text('New IP=203.0.113.9 ip=fe80::1 phone=4155550132 Geo-Location=52.52,13.40');
    expect(out).not.toMatch(/203\.0\.113\.9|fe80::1|4155550132|52\.52/);
  });
});

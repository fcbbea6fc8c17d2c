import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leak classes left by the first red-team round (issues 13, 14), each closed as a mechanism:
 * a positive that must lose its raw value and a look-alike that must stay as it is.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);

describe('config setters: `<tool> config set KEY VALUE`', () => {
  it('masks the value of a sensitive key, keeps the key', () => {
    const out = text('npm config set //registry.npmjs.org/:_authToken 9b1c7e2a-4f3d-4c8e-a1b2-3c4d5e6f7a8b');
    expect(out).not.toContain('9b1c7e2a-4f3d');
    expect(out).toContain('//registry.npmjs.org/:_authToken <');
    expect(text('yarn config set npmAuthToken Zq8xv2LmN9pR4tY6')).not.toContain('Zq8xv2LmN9pR4tY6');
  });
  it('keeps the value of a key that is not sensitive', () => {
    expect(text('npm config set registry https://registry.npmjs.org/')).toBe('npm config set registry https://registry.npmjs.org/');
    expect(text('git config set user.name octocat')).toBe('git config set user.name octocat');
  });
});

describe('password sentences with "secret" or a bare "to"', () => {
  it('masks a quoted value', () => {
    expect(text('user changed secret to "Pa55-Word" yesterday')).not.toContain('Pa55-Word');
    expect(text("set the password to 'tr0ub4dor&3' for bob")).not.toContain('tr0ub4dor&3');
  });
  it('keeps unquoted words after them', () => {
    const s = 'the secret was rotated by ops; password to unlock is in vault';
    expect(text(s)).toBe(s);
  });
});

describe('obfuscated email addresses', () => {
  it('masks (at)/(dot), [at]/[dot] and {at} forms as EMAIL', () => {
    const out = engine.maskText('mail jane(at)example(dot)com or jane [at] example [dot] com or bob{at}mail.example.org');
    expect(out.value).not.toMatch(/jane|bob|example/);
    expect(out.findings.map((f) => f.entity)).toContain('EMAIL');
  });
  it('keeps prose and code with a bracketed at', () => {
    const s = 'meet at noon at the office (at) 5pm; array[at] index; see fig (at) top';
    expect(text(s)).toBe(s);
  });
});

describe('short flags in argv arrays', () => {
  it('masks a glued mysql -p element and the element after sshpass -p', () => {
    expect(value({ argv: ['mysql', '-pX9vTq2LmN', '-h', 'db'] })).not.toContain('X9vTq2LmN');
    const out = value({ argv: ['sshpass', '-p', 'Hunter2Secret!', 'ssh', 'bob@host'] });
    expect(out).not.toContain('Hunter2Secret!');
    expect(out).toContain('"ssh"');
  });
  it('does the same inside a JSON string', () => {
    expect(text('{"argv":["/usr/bin/sshpass","-p","Hunter2Secret!","ssh"],"x":1}')).not.toContain('Hunter2Secret!');
  });
  it('keeps mysql -p followed by a database, and -p of other programs', () => {
    expect(value({ argv: ['mysql', '-p', 'orders'] })).toBe('{"argv":["mysql","-p","orders"]}');
    expect(value({ args: ['ls', '-p', 'src'] })).toBe('{"args":["ls","-p","src"]}');
  });
});

describe('a URI with credentials under a generic secret name', () => {
  it('masks the credentials only: host, port and path stay', () => {
    const out = value({ db: { connection_string: 'postgres://admin:S3cretPw9@db.internal.example.com:5432/orders' } });
    expect(out).not.toContain('S3cretPw9');
    expect(out).toContain('@db.internal.example.com:5432/orders');
  });
  it('masks a secret that is not a URI whole, as before', () => {
    expect(value({ connection_string: 'Server=db;Password=S3cretPw9x;' })).not.toContain('S3cretPw9x');
  });
});

describe('redirections after a token flag', () => {
  it('keeps `< file` after a boolean token flag', () => {
    expect(text('gh auth login --with-token < ~/.gh_token.txt')).toBe('gh auth login --with-token < ~/.gh_token.txt');
  });
  it('still masks a token given as the value', () => {
    expect(text('mytool --api-token Zq8xv2LmN9pR4tY6wE1u')).not.toContain('Zq8xv2LmN9pR4tY6wE1u');
  });
});

describe('command lines continued with a backslash, typed after a prompt', () => {
  it('reads flags on continuation lines and after a `sh-5.0$` prompt', () => {
    const s =
      "sh-5.0$ curl -k -X POST https://cache:11222/rest/v2/caches/default/hello \\\n  -H 'Content-type: text/plain' \\\n  -u developer:yqDVtkqPECriaLRi";
    const out = text(s);
    expect(out).not.toContain('yqDVtkqPECriaLRi');
    expect(out).toContain('developer:');
  });
  it('keeps a next line that is not continued, and a first word that is not a prompt', () => {
    const s = 'curl https://example.com/a\n-u is documented in the manual';
    expect(text(s)).toBe(s);
    expect(text('make -j4 test')).toBe('make -j4 test');
  });
});

describe('bracketed placeholders', () => {
  it('keeps `KEY=[value]` and masks a real value', () => {
    expect(text('Set DB_PASSWORD=[value] in .env')).toBe('Set DB_PASSWORD=[value] in .env');
    expect(text('Set DB_PASSWORD=[x9Tq!2] in .env')).not.toContain('x9Tq!2');
  });
});

describe('names after an abbreviated lead', () => {
  it('masks a name after `attn.`', () => {
    expect(text('Ship to 1600 Amphitheatre Parkway attn. Sundar Pichai')).not.toContain('Sundar Pichai');
  });
  it('keeps a capitalised word after a sentence that ends in a lead word', () => {
    expect(text('Thanks. Restarting the pod now')).toBe('Thanks. Restarting the pod now');
  });
});

describe('JSON-escaped slashes in text that is not valid JSON', () => {
  it('reads `\\/` as `/`: a Slack webhook and a URL password are masked', () => {
    const s =
      'payload={"url":"https:\\/\\/hooks.slack.com\\/services\\/T024BE7LD\\/B01ABCDEFGH\\/4fGhIjKlMnOpQrStUvWxYz12","ch" (truncated';
    const out = text(s);
    expect(out).not.toContain('4fGhIjKlMnOpQrStUvWxYz12');
    expect(out).toContain('https:\\/\\/hooks.slack.com\\/');
    expect(text('dsn="postgres:\\/\\/admin:S3cretPw9x@db:5432\\/app" (cut')).not.toContain('S3cretPw9x');
  });
  it('keeps escaped URLs without secrets and escaped backslashes as they are', () => {
    const s = 'link={"href":"https:\\/\\/example.com\\/docs\\/v2","path":"C:\\\\/tmp"} (cut';
    expect(text(s)).toBe(s);
  });
});

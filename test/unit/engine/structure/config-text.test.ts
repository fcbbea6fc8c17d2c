import { describe, expect, it } from 'vitest';
import { createEngine, policyFromText } from '../../../../src/engine/index.js';

const key = Buffer.alloc(32, 7);
const engine = createEngine({ key, keyId: 'k-test' });
const mask = (text: string) => engine.maskText(text).value;

describe('configuration lines, XML and password sentences (issue 13 item 3)', () => {
  const positives: [text: string, secret: string, kept: string][] = [
    ['  password: hunter2', 'hunter2', '  password: <SECRET:'],
    ['first_name: Jane', 'Jane', 'first_name: <PERSON:'],
    ['password = "hunter2" # prod', 'hunter2', '# prod'],
    ['[db]\nuser = app\npassword = s3cr3t\nhost = db', 's3cr3t', 'host = db'],
    ['[db]\\nuser = app\\npassword = s3cr3t\\nhost = db', 's3cr3t', '\\nhost = db'],
    ['export DB_PASS=Pa55word', 'Pa55word', 'export DB_PASS='],
    ['- api_key: k_live_abc123', 'k_live_abc123', '- api_key: '],
    ['FOO_TOKEN=tok123abc ./run.sh', 'tok123abc', './run.sh'],
    ['<password>hunter2</password>', 'hunter2', '<password><SECRET:'],
    ['<config><db><password> p@ss </password></db></config>', 'p@ss', '</password></db></config>'],
    ['<ns:apiKey type="x">k-123456</ns:apiKey>', 'k-123456', '</ns:apiKey>'],
    ['<user name="bob" password="hunter2"/>', 'hunter2', 'name="bob"'],
    ['the password is hunter2.', 'hunter2', 'the password is <SECRET:'],
    ['Your password for bob was Tr0ub4dor', 'Tr0ub4dor', 'Your password for bob was '],
    ['my pin is 4821', '4821', 'my pin is '],
    ['das Passwort ist Sommer2024', 'Sommer2024', 'das Passwort ist '],
    ['le mot de passe est Soleil99', 'Soleil99', 'le mot de passe est '],
    ['la contraseña es Perro123', 'Perro123', 'la contraseña es '],
    // A form-encoded line (OASIS SAML HTTP-POST binding): the value ends at the next `&name=`.
    ['SAMLResponse=PHNhbWxwOlJlc3BvbnNlPg%3D%3D&RelayState=%2Fdashboard', 'PHNhbWxwOlJlc3BvbnNlPg', '&RelayState=%2Fdashboard'],
    ['password=s3cr3t&remember=1', 's3cr3t', '&remember=1'],
  ];
  for (const [text, secret, kept] of positives) {
    it(`masks ${JSON.stringify(text)}`, () => {
      const out = mask(text);
      expect(out).not.toContain(secret);
      expect(out).toContain(kept);
    });
  }

  const negatives = [
    'the password is incorrect',
    'password is required',
    'Your password was changed',
    'token: ${TOKEN}',
    'password: ***',
    'server: db.example.com',
    'spring:\n  datasource:\n    username: shop',
    '<name>Widget</name>',
    '<password></password>',
    'password_length: 12',
    'pin the version to 1.2.3',
    'Authorization: Bearer abcdefghijklmno',
    'RelayState=%2Fdashboard&SAMLRequest=abc',
  ];
  for (const text of negatives) {
    it(`leaves ${JSON.stringify(text)} (no config or prose finding)`, () => {
      const { value, findings } = engine.maskText(text);
      expect(findings.filter((f) => f.detector === 'structure:config' || f.detector === 'structure:prose')).toEqual([]);
      if (!text.startsWith('Authorization')) expect(value).toBe(text);
    });
  }

  it('a YAML block scalar or nested mapping under a sensitive key is not taken as the value', () => {
    for (const text of ['first_name: |', 'first_name: >', 'email: {', 'email: &anchor']) {
      expect(engine.maskText(text).findings.filter((f) => f.detector === 'structure:config')).toEqual([]);
    }
  });

  it('can be switched off with structure.key_value', () => {
    const off = createEngine({ policy: policyFromText('structure: { key_value: false }'), key, keyId: 'k-test' });
    expect(off.maskText('<password>hunter2</password>').value).toBe('<password>hunter2</password>');
    expect(off.maskText('first_name: Jane').value).toBe('first_name: Jane');
  });

  it('is idempotent', () => {
    for (const [text] of positives) {
      const once = mask(text);
      expect(mask(once)).toBe(once);
    }
  });
});

describe('PHP define() constants and .netrc entries (red-team round 7)', () => {
  it("masks the value of a sensitive define( 'NAME', 'value' ), quotes and brackets included", () => {
    // WordPress wp-config-sample.php shapes; the salt's characters as api.wordpress.org generates them.
    const salt = 'KhI[r1;YQlH:0rgv=t+s%T+x?0>Ni0U4<Kse-z:tV#XOaM{rF1d4u?EXAH%>FyK,';
    const out = mask(`define( 'DB_PASSWORD', 'Wp-C0nfig-Secret' );\ndefine('AUTH_KEY', '${salt}');`);
    expect(out).not.toContain('Wp-C0nfig-Secret');
    expect(out).not.toContain(salt);
    expect(out).toContain("define('AUTH_KEY', '<SECRET:");
  });
  it("keeps define() constants whose names are not sensitive, and the sample file's fill-in text", () => {
    const text =
      "define( 'DB_HOST', 'localhost' ); define( 'WP_DEBUG', false ); define('DB_NAME', 'wordpress'); define( 'AUTH_KEY', 'put your unique phrase here' );";
    expect(mask(text)).toBe(text);
  });
  it('masks the password of .netrc entries, on one line or one token a line (curl manual)', () => {
    const out = mask('machine example.com\nlogin daniel\npassword qwerty\n\nmachine api.example.org login svc password 9vT!kq2Lw#pX');
    expect(out).not.toContain('qwerty');
    expect(out).not.toContain('9vT!kq2Lw#pX');
    expect(out).toContain('machine api.example.org login svc password <SECRET:');
  });
  it('reads no password out of prose that mentions a machine', () => {
    for (const text of [
      'the machine password is in the vault',
      'which machine did you log in to with that password',
      'machine learning password reset flow',
    ]) {
      expect(mask(text)).toBe(text);
    }
  });
});

describe('PuTTY private key files (red-team round 7)', () => {
  // PuTTY manual appendix C layout; random base64 lines.
  const PRIVATE_1 = 'qdTNXfM7sIYZxj3mLjzk+dOucUnSgHVGDsfK+ov7cKSWT3Czk3pMTU7EtVKXhkf8D/g8Lg';
  const PRIVATE_2 = 'hADbqC/fg1h2CygDZkdKtpe8Iq0LpRqHjS7lCaYk6JUPd7RdD1n6YmwXABh9tLGm9bS/Gg==';
  const ppk = `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ed25519-key-20240501\nPublic-Lines: 1\nAAAAC3NzaC1lZDI1NTE5AAAAIE5yn9tFpPVCbE2jHKX8Vg3uRbM4hGz1vX6cWnT0qZ2a\nPrivate-Lines: 2\n${PRIVATE_1}\n${PRIVATE_2}\nPrivate-MAC: 89bb096d1f165e4d8cc974ee32107bca\n`;
  it('masks the private lines and keeps the public line, comment and MAC', () => {
    const out = mask(ppk);
    expect(out).not.toContain(PRIVATE_1);
    expect(out).not.toContain(PRIVATE_2);
    expect(out).toContain('Comment: ed25519-key-20240501');
    expect(out).toContain('Private-MAC: 89bb096d1f165e4d8cc974ee32107bca');
  });
  it('reads a file escaped into one line (literal \\n)', () => {
    const out = mask(ppk.replace(/\n/g, '\\n'));
    expect(out).not.toContain(PRIVATE_1);
    expect(out).not.toContain(PRIVATE_2);
  });
  it('leaves text that only mentions the Private-Lines header', () => {
    const text = 'docs: a PuTTY-User-Key-File has a Private-Lines: count followed by the key';
    expect(mask(text)).toBe(text);
  });
});

// NCPDP SCRIPT 2017071 NewRx element names: the value sits in a generic child (`Date`, `Number`)
// of the element that names it.
describe('XML values in a generic child of a sensitive element (red-team round 8)', () => {
  it('masks the child by the name of the element around it', () => {
    const out = mask(
      '<HumanPatient><DateOfBirth><Date>1954-12-25</Date></DateOfBirth><PrimaryTelephone><Number>2175550143</Number></PrimaryTelephone></HumanPatient>',
    );
    expect(out).not.toContain('1954-12-25');
    expect(out).not.toContain('2175550143');
    expect(out).toContain('<DateOfBirth><Date><');
  });

  it('leaves a generic child of a plain element alone', () => {
    const text = '<Prescription><WrittenDate><Date>2024-03-11</Date></WrittenDate><Quantity><Value>30</Value></Quantity></Prescription>';
    expect(mask(text)).toBe(text);
  });
});

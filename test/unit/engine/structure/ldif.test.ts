import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

// RFC 2849 examples (Barbara Jensen, airius.com), `attr:: base64` values and folded lines.
const engine = testEngine();
const mask = (s: string) => maskText(engine, s).text;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('LDIF', () => {
  it('masks a userPassword written as base64 and keeps the dn and object classes', () => {
    const value = b64('{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=');
    const out = mask(`dn: cn=Barbara Jensen, ou=Product Development, dc=airius, dc=com\nobjectclass: person\nuserPassword:: ${value}\n`);
    expect(out).not.toContain(value);
    expect(out).toContain('objectclass: person');
    expect(out).toContain('userPassword:: <SECRET:');
  });

  it('masks every folded line of a value (RFC 2849 continuation lines start with one space)', () => {
    const out = mask(
      'dn: uid=gern,ou=People,dc=example,dc=com\nuserPassword:: e1BCS0RGMi1TSEE1MTJ9MTAwMDAkUjNsMFZ1\n RzhQbUY1cU4yayR4Yjda\nhomePhone: +49 221 47\n 102233\n',
    );
    for (const part of ['e1BCS0RGMi1TSEE1MTJ9MTAwMDAkUjNsMFZ1', 'RzhQbUY1cU4yayR4Yjda', '102233']) expect(out).not.toContain(part);
    expect(out).toContain('dn: uid=gern,ou=People,dc=example,dc=com');
  });

  it('masks base64 person attributes (non-ASCII names, addresses, a mail with a leading blank)', () => {
    const cn = b64('Jürgen Müller');
    const street = b64('Königsallee 92');
    const out = mask(`dn: uid=jmueller,ou=People,dc=example,dc=de\ncn:: ${cn}\nstreet:: ${street}\nuid: jmueller\n`);
    expect(out).not.toContain(cn);
    expect(out).not.toContain(street);
    expect(out).toContain('uid: jmueller');
  });

  it('masks an OpenLDAP cn=config root password in a modify record', () => {
    const out = mask('dn: olcDatabase={1}mdb,cn=config\nchangetype: modify\nreplace: olcRootPW\nolcRootPW: S3cr3t-Root-PW\n-\n');
    expect(out).not.toContain('S3cr3t-Root-PW');
    expect(out).toContain('replace: olcRootPW');
  });

  it("keeps a group's common name and members' dns", () => {
    const group =
      'dn: cn=Domain Admins,ou=Groups,dc=example,dc=com\nobjectClass: groupOfNames\ncn: Domain Admins\nmember: uid=admin,ou=People,dc=example,dc=com\n';
    expect(mask(group)).toBe(group);
  });

  it('reads nothing in text without a line that starts with dn:', () => {
    const line = 'note: the cn: field and mail: header are documented in RFC 4519';
    expect(mask(line)).toBe(line);
  });
});

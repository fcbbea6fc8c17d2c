import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// Leftovers of red-team round 65 (left65): account names beside an account's siblings, JSON
// escaped twice, LDIF base64 values, a secret's checksum. Sources: Microsoft Defender XDR
// advanced-hunting schema (AccountName, AccountDomain, AccountSid), Azure Monitor StorageBlobLogs
// (AccountName, ServiceType), SailPoint IdentityIQ Link (application, nativeIdentity), RFC 2849
// LDIF, GCP Secret Manager / Cloud KMS (dataCrc32c). Names and logins made up.

const engine = testEngine();
const masked = (input: unknown) => JSON.stringify(engine.maskValue(structuredClone(input)).value);

describe('an accountName is a login beside an account sibling', () => {
  it('beside AccountDomain / AccountSid, in the object walk and in JSON text', () => {
    const row = { AccountName: 'rwestergaard', AccountDomain: 'NORTHWIND', AccountSid: 'S-1-5-21-1111111111-2222222222-3333333333-1201' };
    expect(masked(row)).not.toContain('rwestergaard');
    expect(masked({ evidence: JSON.stringify(row) })).not.toContain('rwestergaard');
  });
  it('beside an application and a native identity (IdentityIQ Link)', () => {
    const link = { application: 'HR Portal', nativeIdentity: 'CN=X,OU=Staff,DC=example,DC=com', accountName: 'kosei.yamaguchi2' };
    expect(masked(link)).not.toContain('kosei.yamaguchi2');
  });
  it('a storage account, a service account and an endpoint URL stay', () => {
    expect(masked({ AccountName: 'fabrikamlogs02', ServiceType: 'blob', OperationName: 'PutBlob' })).toContain('fabrikamlogs02');
    expect(masked({ accountName: 'fabrikamlogs02', endpoint: 'https://fabrikamlogs02.blob.core.windows.net' })).toContain('fabrikamlogs02');
    expect(masked({ AccountName: 'svc_backup', AccountDomain: 'NORTHWIND' })).toContain('svc_backup');
    expect(masked({ AccountName: 'Administrator', AccountDomain: 'NORTHWIND' })).toContain('Administrator');
  });
});

describe('JSON escaped twice', () => {
  const twice = (o: unknown) => JSON.stringify(JSON.stringify(o));
  it("an actor's name and a full name written as a login are masked", () => {
    const out = masked({ raw: twice({ actor: { name: 'qpetrosyan' }, target: { name: 'lucia.romero' }, action: 'ROLE_GRANTED' }) });
    expect(out).not.toContain('qpetrosyan');
    expect(out).not.toContain('lucia.romero');
    expect(out).toContain('ROLE_GRANTED');
  });
  it('codes and ids under unknown names stay', () => {
    const out = masked({ raw: twice({ status: 'index.html', kind: 'max.depth', id: 'a1b2c3d4' }) });
    expect(out).toContain('index.html');
    expect(out).toContain('max.depth');
  });
});

describe('LDIF base64 values', () => {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  it('a base64 note that holds a phone is masked whole', () => {
    const note = b64('Call Ottilie Brennan at +44 7700 900123 after 5');
    const out = engine.maskText(`dn: cn=Ottilie Brennan,ou=Support,dc=example,dc=org\nobjectclass: person\ndescription:: ${note}\n`).value;
    expect(out).not.toContain(note);
  });
  it('a base64 dn, a binary value and a note with nothing in it stay', () => {
    const dn = b64('ou=Vertrieb Süd,dc=example,dc=de');
    const plain = b64('Server room – level 2, rack 14');
    const out = engine.maskText(
      `dn:: ${dn}\nobjectclass: organizationalUnit\ndescription:: ${plain}\njpegPhoto:: /9j/4AAQSkZJRgABAQEASABIAAD/\n`,
    ).value;
    expect(out).toContain(dn);
    expect(out).toContain(plain);
    expect(out).toContain('/9j/4AAQSkZJRgABAQEASABIAAD/');
  });
});

describe("a secret's checksum stays", () => {
  it('dataCrc32c beside a secret payload', () => {
    const out = masked({ parent: 'projects/p/secrets/db-password', payload: { data: b64Of('Wq8!zzR2-x'), dataCrc32c: '1029384756' } });
    expect(out).toContain('1029384756');
    expect(out).not.toContain(b64Of('Wq8!zzR2-x'));
  });
});

function b64Of(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/engine/index.js';

// Red-team round 80: xAPI agents (account logins, mbox, mbox_sha1sum), PHP serialize() output,
// and the SCORM / SLC / TCSI field names. Names, logins and numbers made up; the SHA-1 is of a
// made-up mailto IRI.

const engine = createEngine({ key: Buffer.alloc(32, 42), keyId: 'k-test' });
const value = (input: unknown) => JSON.stringify(engine.maskValue(structuredClone(input)).value);
const text = (input: string) => engine.maskText(input).value;

describe('xAPI agents', () => {
  it("masks an account's login beside its homePage, as a record and as JSON text", () => {
    const statement = { actor: { objectType: 'Agent', account: { homePage: 'https://vle.example.ac.uk', name: 'hpennington3' } } };
    expect(value(statement)).not.toContain('hpennington3');
    expect(text(JSON.stringify(statement))).not.toContain('hpennington3');
  });
  it('keeps numeric LMS ids, system accounts and accounts without a homePage', () => {
    expect(value({ actor: { account: { homePage: 'https://lms.example.org', name: '1625378' } } })).toContain('1625378');
    expect(value({ actor: { account: { homePage: 'https://lms.example.org', name: 'svc-lrs-sync' } } })).toContain('svc-lrs-sync');
    expect(value({ billing: { account: { name: 'Acme Storage Prod', plan: 'pro' } } })).toContain('Acme Storage Prod');
    expect(value({ account: { homePage: 'not a url', name: 'bwexford' } })).toContain('bwexford');
  });
  it("masks mbox, mbox_sha1sum and the actor's name beside them, in any case", () => {
    const out = value({
      actor: { name: 'lavinia okoro-bright', mbox: 'mailto:l.okorobright@example.edu' },
      context: { instructor: { name: 'Crispin Tallowmere', mbox_sha1sum: '5f1c8e3a9b2d4c6e7f8091a2b3c4d5e6f7081920' } },
    });
    for (const secret of [
      'lavinia okoro-bright',
      'l.okorobright@example.edu',
      '5f1c8e3a9b2d4c6e7f8091a2b3c4d5e6f7081920',
      'Crispin Tallowmere',
    ])
      expect(out).not.toContain(secret);
  });
  it("keeps a mail store's mbox_path and an actor without a contact", () => {
    expect(value({ mbox_path: '/var/mail/archive.mbox', mboxSize: 4096 })).toContain('/var/mail/archive.mbox');
    expect(value({ actor: { name: 'lrs-importer batch', objectType: 'Agent' } })).toContain('lrs-importer batch');
  });
});

describe('PHP serialize() output (structure/php-serialized.ts)', () => {
  it('masks sensitive members, nested ones too, and keeps the rest', () => {
    const out = text(
      '48120|\\core\\event\\user_updated|a:3:{s:8:"username";s:9:"ebrightly";s:6:"reason";i:2;s:4:"prof";a:2:{s:5:"email";s:21:"e.brightly@example.nz";s:4:"city";s:7:"Dunedin";}}|1728380102',
    );
    expect(out).not.toContain('ebrightly');
    expect(out).not.toContain('e.brightly@example.nz');
    expect(out).toContain('s:6:"reason";i:2;');
    expect(out).toContain('Dunedin');
    expect(out).toContain('48120');
  });
  it('reads byte lengths of non-ASCII strings and objects', () => {
    const out = text('O:8:"stdClass":2:{s:9:"full_name";s:15:"Zoë Ångström";s:8:"password";s:10:"p;ss\\"w0rd";}');
    expect(out).not.toContain('Ångström');
    expect(out).not.toContain('p;ss');
  });
  it('reads nothing where the grammar breaks', () => {
    const broken = 'a:1:{s:8:"username";s:40:"kwhitlock";}';
    expect(text(broken)).toBe(broken);
    expect(text('a:2:{s:4:"user";s:7:"service";s:5:"count";i:3;}')).toContain('"service"');
  });
});

describe('field names of learner and student-finance records', () => {
  it('masks SCORM 2004 learner members, CHESSN and an SLC customer reference number', () => {
    const out = value({
      'cmi.learner_id': 'ojuarez',
      'cmi.learner_name': 'Juarez, Octavia',
      CHESSN: '5092817364',
      customerReferenceNumber: '20583146097',
    });
    for (const secret of ['ojuarez', 'Juarez, Octavia', '5092817364', '20583146097']) expect(out).not.toContain(secret);
  });
  it('keeps the members around them', () => {
    const input = { 'cmi.completion_status': 'completed', 'cmi.score.scaled': '0.9', chessn_status: 'VERIFIED', reference: 'SFE-2025-77' };
    expect(value(input)).toBe(JSON.stringify(input));
  });
});

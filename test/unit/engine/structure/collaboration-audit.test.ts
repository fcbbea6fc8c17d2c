import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// Red-team round 68 (collaboration content and its audit). Shapes from the vendors' public docs:
// Exchange Online ObjectId paths of the Office 365 Management Activity API, Box Events API
// `accessible_by`, Adobe Acrobat Sign `participantSetsInfo[].memberInfos[]`, Concordance DAT
// load files (þ quote, DC4 delimiter), header-less participant and user-list rows, file-sharing
// audit paths. Names are made up and differ from the corpus's; e-mails use RFC 2606 domains.

const engine = testEngine();

function maskedText(text: string): string {
  return engine.maskText(text).value;
}
function maskedValue(value: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(value)).value);
}

describe('Exchange Online object paths', () => {
  it('masks the mailbox display name after the tenant', () => {
    const out = maskedText(
      'NAMPR11A009.prod.outlook.com/Microsoft Exchange Hosted Organizations/fabrikam.onmicrosoft.com/Kirsten Abernathy\\Move to RSS',
    );
    expect(out).not.toContain('Kirsten Abernathy');
    expect(out).toContain('Move to RSS');
    expect(out).toContain('fabrikam.onmicrosoft.com');
  });
  it('keeps system mailboxes', () => {
    const s =
      'x/Microsoft Exchange Hosted Organizations/fabrikam.onmicrosoft.com/DiscoverySearchMailbox{D919BA05-46A6-415f-80AD-7E09334BB852}';
    expect(maskedText(s)).toBe(s);
  });
});

describe('collaboration people objects', () => {
  it("masks a Box collaboration's accessible_by and a Sign participant's memberInfos name", () => {
    const box = maskedValue({ accessible_by: { type: 'user', id: '77120', name: 'Rutendo Mapfumo', login: 'rutendo.m@example.org' } });
    expect(box).not.toContain('Rutendo Mapfumo');
    expect(box).toContain('77120');
    const sign = maskedValue({ memberInfos: [{ id: 'CBJCHBCAABAAq1', email: 'h.lindahl@example.com', name: 'Henrik Lindahl' }] });
    expect(sign).not.toContain('Henrik Lindahl');
    expect(sign).toContain('CBJCHBCAABAAq1');
  });
  it("keeps a service account's display name", () => {
    const out = maskedValue({ created_by: { type: 'user', login: 'svc-dropbox-backup@example.com', name: 'Dropbox Backup Service' } });
    expect(out).toContain('Dropbox Backup Service');
  });
  it('keeps a project or folder name beside no contact', () => {
    expect(maskedValue({ accessible_by: { type: 'group', id: '9', name: 'Finance Team' } })).toContain('Finance Team');
  });
});

describe('load files and header-less rows', () => {
  it('masks the display name in a DAT cell after þ', () => {
    const out = maskedText('þDOC0000411þ\u0014þKwame Boateng-Ofori <kboateng@example.net>þ\u0014þQ4 planþ');
    expect(out).not.toContain('Kwame Boateng-Ofori');
    expect(out).toContain('DOC0000411');
    expect(out).toContain('Q4 plan');
  });
  it('masks a whole-name cell the row e-mail spells, and the login spelled from it', () => {
    const out = maskedText('U07QZ11AB|hvoskuijlen|Hendrika Voskuijlen|hendrika.voskuijlen@example.com|Account Executive');
    expect(out).not.toContain('Hendrika Voskuijlen');
    expect(out).not.toContain('hvoskuijlen');
    expect(out).toContain('U07QZ11AB');
    expect(out).toContain('Account Executive');
    const zoom = maskedText('Emmerich Stolzenberg,emmerich.stolzenberg@example.de,05/06/2024 10:00:01 AM,45,No');
    expect(zoom).not.toContain('Emmerich Stolzenberg');
    expect(zoom).toContain('05/06/2024 10:00:01 AM');
  });
  it('keeps a role pair beside its role mailbox', () => {
    expect(maskedText('T9,Help Desk,help.desk@example.com,12')).toContain('Help Desk');
    expect(maskedText('T9,Sales Ops,sales.ops@example.com,12')).toContain('Sales Ops');
  });
});

describe('personal documents of HR and legal files', () => {
  it('masks a name after an HR document word', () => {
    expect(maskedText('Termination - Ingeborg Halvorsen.docx')).not.toContain('Ingeborg Halvorsen');
    expect(maskedText('Appraisal 2024 - Desmond Achterberg.pdf')).not.toContain('Desmond Achterberg');
  });
  it("masks the person's folder above a personal document", () => {
    expect(maskedText('/HR/Personnel/Lindqvist, Maja/I-9.pdf')).not.toContain('Lindqvist, Maja');
    expect(maskedText('/Clients/Oskar Wennberg - custody/affidavit draft.pdf')).not.toContain('Oskar Wennberg');
  });
  it('keeps project folders and document titles without a person', () => {
    for (const s of [
      '/Shared/Projects/Release Notes/contract_v2.pdf',
      '/Docs/Marketing Plan - draft/offer_letter.pdf',
      'Performance Review Template.docx',
    ]) {
      expect(maskedText(s)).toBe(s);
    }
  });
});

describe('litigation leads', () => {
  it('masks the person a deposition or a witness line names', () => {
    expect(maskedText('Deposition of Tamsin Orlov-Greaves, taken 2024-02-11')).not.toContain('Tamsin Orlov-Greaves');
    expect(maskedText('Witness: Benedetta Crowhurst | Exhibit 7')).not.toContain('Benedetta Crowhurst');
    expect(maskedText('Witness: Benedetta Crowhurst | Exhibit 7')).toContain('Exhibit 7');
  });
  it('keeps document titles after the same words', () => {
    expect(maskedText('Witness Statement Form v3')).toBe('Witness Statement Form v3');
  });
});

import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leaks the thirty-first red-team round found (fixtures/redteam31-corpus.ts: documents and files —
 * file names, cloud-drive audit events, document metadata, e-signature trails, document AI
 * output), each closed where it happens, with the look-alike beside it that must stay. The values
 * here differ from the corpus'.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);

describe('ids and names glued into file names', () => {
  it('masks an id after its keyword glued by _ or -, in keys, paths and log lines', () => {
    // python-stdnum: PESEL 90090515836, NHS 4010232137, DNI 12345678Z, CPF 11144477735.
    const out = value({
      key: 'uploads/2025/pesel-90090515836.png',
      file: 'NHS_4010232137_referral_letter.pdf',
      name: 'scan_DNI_12345678Z.jpeg',
      path: '/srv/kyc/CPF_11144477735_front.heic',
    });
    for (const raw of ['90090515836', '4010232137', '12345678Z', '11144477735']) expect(out, raw).not.toContain(raw);
    expect(text('PUT /bucket/docs/pesel_90090515836.pdf 200')).not.toContain('90090515836');
  });

  it('masks a person named in a personal document file name, and the same person in the path', () => {
    const out = value({
      a: 'hr/Contract_Bruno_Esposito_2024.docx',
      b: 'kyc/Okonjo_Adaeze_passport.png',
      c: '/Clients/Wanjiru Kamau/Payslip_Wanjiru_Kamau_Oct.pdf',
    });
    for (const raw of ['Bruno_Esposito', 'Okonjo_Adaeze', 'Wanjiru Kamau', 'Wanjiru_Kamau']) expect(out, raw).not.toContain(raw);
  });

  it('keeps file names without a personal document word, versions, dates and product names', () => {
    const raws = [
      'release_notes_v2.3.1.pdf',
      'Quarterly_Business_Review_Q3.pptx',
      'IMG_20251103_101522.jpg',
      'Annual_Report_Final.pdf',
      'invoice_INV-2025-0042.pdf',
      'Passport_Photo_Guidelines.pdf',
      'Contract_Template_Final.docx',
      'build-1234-linux-x64.zip',
    ];
    const out = value({ files: raws });
    for (const raw of raws) expect(out, raw).toContain(raw);
  });
});

describe('document metadata', () => {
  it('masks authors, artists, camera body serials and degree-minute-second GPS positions', () => {
    const out = value({
      'PDF:Author': 'Ifeoma Chukwu',
      Artist: 'Lars Henriksen',
      'Last-Author': 'Pavel Dvořák',
      BodySerialNumber: '3051728849',
      CameraSerialNumber: 'DS-88120463',
    });
    for (const raw of ['Ifeoma Chukwu', 'Lars Henriksen', 'Pavel Dvořák', '3051728849', 'DS-88120463']) expect(out, raw).not.toContain(raw);
    const gps = text(`GPS Position                    : 40 deg 44' 54.36" N, 73 deg 59' 8.36" W`);
    expect(gps).not.toContain(`40 deg 44' 54.36" N`);
    expect(text(`pin at 41°24'12.2"N 2°10'26.5"E shared`)).not.toContain(`41°24'12.2"N`);
  });

  it('keeps software, lens and angle values beside them', () => {
    const out = value({ Creator: 'Microsoft Word', LensModel: 'EF 70-200mm f/2.8L', Rotation: '90 deg', FieldOfView: '54.4 deg' });
    for (const kept of ['Microsoft Word', 'EF 70-200mm f/2.8L', '90 deg', '54.4 deg']) expect(out).toContain(kept);
    expect(text(`rotate 90 deg 45' then 10 deg 5' 3" more`)).toContain('90 deg');
  });
});

describe('machine-readable zones and shared-file links', () => {
  it('masks a zone under its field name even when it is one line without check digits', () => {
    const out = value({
      mrz2: 'C11T002JM4D<<9608122F2310314<<<<<<<<<<<<<<<4',
      MachineReadableZone: { content: 'IDFRAX4RTBPFW46<<<<<<<<<<<<<<<' },
    });
    expect(out).not.toContain('C11T002JM4D');
    expect(out).not.toContain('X4RTBPFW4');
  });

  it('masks the token of Box, Egnyte and Dropbox shared links, rlkey / resourcekey and a DocuSign slt', () => {
    const out = text(
      'links: https://example.app.box.com/s/q8w7e6r5t4y3u2i1o0p9a8s7d6f5g4h3 https://files.egnyte.com/dl/Hq72kLm9Zp ' +
        'https://www.dropbox.com/s/a1b2c3d4e5f6g7h/report.pdf https://www.dropbox.com/scl/fi/zz9/x.pdf?rlkey=m2n3b4v5c6x7z8l9k0j1h2g3f&dl=1 ' +
        'https://drive.google.com/drive/folders/1AbC?resourcekey=0-ZyXwVuTsRqPoNmLkJiHgFe ' +
        'https://na3.docusign.net/Signing/MTRedeem/v1/aa?slt=eyJhbGciOiJSUzI1NiJ9.QUJDREVGR0g.c2lnbmF0dXJlLXBhcnQ',
    );
    for (const raw of [
      'q8w7e6r5t4y3u2i1o0p9a8s7d6f5g4h3',
      'Hq72kLm9Zp',
      'a1b2c3d4e5f6g7h',
      'm2n3b4v5c6x7z8l9k0j1h2g3f',
      '0-ZyXwVuTsRqPoNmLkJiHgFe',
      'eyJhbGciOiJSUzI1NiJ9',
    ])
      expect(out, raw).not.toContain(raw);
    expect(out).toContain('report.pdf');
    expect(out).toContain('drive.google.com/drive/folders/1AbC');
  });

  it('keeps other box.com and dropbox.com paths', () => {
    const out = text('docs https://developer.box.com/guides/authentication and https://www.dropbox.com/business/pricing');
    expect(out).toContain('developer.box.com/guides/authentication');
    expect(out).toContain('dropbox.com/business/pricing');
  });
});

describe('actors of file platforms', () => {
  it('masks the name of a created_by / modified_by user object with a login', () => {
    const out = value({ created_by: { type: 'user', id: '33019211', name: 'Chidinma Okafor', login: 'cokafor@example.net' } });
    expect(out).not.toContain('Chidinma Okafor');
  });

  it('keeps the name of a created_by object without a contact (a service, an app)', () => {
    const out = value({ created_by: { type: 'service', id: '9', name: 'Box Shield Automation' } });
    expect(out).toContain('Box Shield Automation');
  });
});

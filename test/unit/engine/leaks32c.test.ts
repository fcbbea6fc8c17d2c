import { describe, expect, it } from 'vitest';
import { leakChecks } from '../../helpers/leak-checks.js';

/**
 * Leftovers of red-team rounds 31 (documents and files) and 34 (web front end) closed in stop 32:
 * ids in file names proven by their own check, names in file names written with blanks or
 * hyphens, Entra guest UPNs, a TD1 first MRZ line alone, `né(e) le`, names with an apostrophe
 * surname as a whole value, the details of a document-extraction field, a seller's tax id and a
 * PostHog replay input without `isChecked`. Values differ from the corpus values; each group has
 * look-alikes that must stay.
 */
const { text, expectValue } = leakChecks();

describe('national ids in a personal document file name, proven by their own check (structure:file_name)', () => {
  it.each([
    // Wikipedia's PESEL example 02070803628 beside a document word, without `pesel`.
    ['kyc/2024/03/passport_Jan_Wrona_02070803628.png', '02070803628'],
    // Skatteverket's example personnummer 811228-9874 in a Swedish personbevis.
    ['inbox/personbevis_811228-9874_Lind.pdf', '811228-9874'],
    // The UIDAI-shaped example 2345 6789 0124 (Verhoeff) written 4-4-4 with blanks inside the name.
    ['aadhaar_2345 6789 0124_front.jpg', '2345 6789 0124'],
    // A structurally valid SSN where the document word names a US tax form.
    ['payroll/W2_2024_536-22-1847.pdf', '536-22-1847'],
    // The SSA's published sample there too: the name says what it is.
    ['forms/w9_219-09-9999_signed.pdf', '219-09-9999'],
    // A BSN (elfproef 123456782) glued to its keyword.
    ['loonstrook_BSN123456782_mei.pdf', '123456782'],
  ])('masks the id in %s', (name, id) => {
    expectValue({ key: name }, [id]);
    expect(text(`PUT /docs/${name} 201`)).not.toContain(id);
  });

  it.each([
    // No personal document word in the name.
    ['exports/invoice_123456782.pdf', '123456782'],
    ['backup_02070803628.zip', '02070803628'],
    ['order_2025_219-09-9999.pdf', '219-09-9999'],
    // A failed check, or a BSN-shaped number without `bsn` in the name.
    ['passport_scan_12345678901.pdf', '12345678901'],
    ['personbevis_880320-0017.pdf', '880320-0017'],
    ['aadhaar_3675 9834 6012_front.jpg', '3675 9834 6012'],
    ['contract_123456782_v2.pdf', '123456782'],
    // The SSA's sample number in a document that is no US tax form.
    ['payslip_2025_219-09-9999.pdf', '219-09-9999'],
    // Dates and camera counters.
    ['IMG_20251103_101522.jpg', '20251103'],
  ])('keeps %s', (name, kept) => {
    expectValue({ key: name }, [], [kept]);
  });
});

describe('names in file names written with blanks or hyphens beside a document word', () => {
  it('masks the person and the same person in the path', () => {
    expectValue(
      { ObjectName: 'E:\\Staff\\Ferreira, Lucas\\Pay\\2025-09 Lucas Ferreira payslip.pdf' },
      ['Lucas Ferreira', 'Ferreira, Lucas'],
      ['2025-09', 'payslip.pdf'],
    );
    expectValue({ title: 'Passport - Aisha Bello.jpg - Google Drive' }, ['Aisha Bello'], ['Google Drive']);
    expectValue({ f: 'uploads/Resume-Tomasz-Nowak.pdf' }, ['Tomasz', 'Nowak'], ['Resume-']);
    expectValue({ f: 'name="/home/u1/scans/Maria Lopez - drivers licence.pdf"' }, ['Maria Lopez'], ['drivers licence']);
  });

  it('keeps file names whose capitalised words are no person', () => {
    const names = [
      'Quarterly-Business-Review.pdf',
      'Passport - Photo Guidelines.pdf',
      'Release-Notes-Final.pdf',
      'Meeting Notes - Product Launch.docx',
      'Contract-Template-Final.docx',
      'see the Visa Application Checklist.pdf - thanks',
    ];
    expectValue({ files: names }, [], names);
  });
});

describe('Microsoft Entra guest UPNs (email)', () => {
  it('masks the whole guest UPN, the guest address in its local part included', () => {
    expectValue({ UserId: 'amara.osei_contoso.org#EXT#@fabrikam.onmicrosoft.com' }, ['amara.osei', 'contoso.org#EXT#']);
    expect(text('guest amara.osei_contoso.org#EXT#@fabrikam.onmicrosoft.com added')).not.toContain('amara.osei');
  });

  it('keeps a #EXT# tag with nothing before it', () => {
    expectValue({ note: 'tagged #EXT#@home and #EXT#' }, [], ['#EXT#@home']);
  });
});

describe('a TD1 first MRZ line alone (mrz)', () => {
  it('masks a 30-character identity-card first line whose number check holds', () => {
    // ICAO 9303 part 5 specimen (D23145890, check 7) and a built one (X12345678, check 5).
    for (const line of ['I<UTOD231458907<<<<<<<<<<<<<<<', 'IDFRAX123456785<<<<<<<<<<<<<<<']) {
      expectValue({ mrz1: { value: line } }, [line.slice(5, 14)]);
    }
  });

  it('keeps it with a wrong check digit, another document code or another length', () => {
    for (const line of ['I<UTOD231458906<<<<<<<<<<<<<<<', 'P<UTOD231458907<<<<<<<<<<<<<<<', 'I<UTOD231458907<<<<<<<<<<<<<<<<<<']) {
      expectValue({ mrz1: line }, [], [line]);
    }
  });
});

describe('French `né(e) le` (date_of_birth)', () => {
  it('masks the date after the form label', () => {
    const out = text('nom: DUBOIS\nné(e) le: 21.04.1979 à NANTES');
    expect(out).not.toContain('21.04.1979');
    expect(out).toContain('NANTES');
  });

  it('keeps other dates', () => {
    expect(text('mis à jour le: 21.04.2025')).toContain('21.04.2025');
  });
});

describe('names with an apostrophe surname as a whole value', () => {
  it('masks them as values and in XML elements', () => {
    expectValue({ msg: '<RecipientStatus><UserName>Aoife O’Connor</UserName></RecipientStatus>' }, ['Aoife', 'Connor']);
    expectValue({ note: "Sean O'Neill" }, ['Sean', 'Neill']);
  });

  it('keeps companies and words written so', () => {
    expectValue({ a: "Published by O'Reilly Media", b: "DROP O'Neil" }, [], ["O'Reilly Media", "DROP O'Neil"]);
  });
});

describe('document-extraction fields and company tax ids', () => {
  it('masks the field value but keeps its confidence and value type', () => {
    expectValue(
      {
        fields: [
          { Type: { Text: 'LAST_NAME' }, ValueDetection: { Text: 'OKONKWO', Confidence: 97.31 } },
          {
            Type: { Text: 'DATE_OF_BIRTH' },
            ValueDetection: { Text: '11/02/1983', NormalizedValue: { Value: '1983-11-02T00:00:00', ValueType: 'Date' }, Confidence: 96.4 },
          },
        ],
        document_number: { value: 'K7731920', confidence: 0.93 },
      },
      ['OKONKWO', '11/02/1983', '1983-11-02', 'K7731920'],
      ['97.31', '96.4', '"Date"', '0.93'],
    );
  });

  it("keeps a seller's tax id and masks a customer's", () => {
    expectValue({ VendorTaxId: { valueString: '5260250995' } }, [], ['5260250995']);
    expectValue({ CustomerTaxId: { valueString: '7251801126' } }, ['7251801126']);
  });
});

describe('PostHog session replay input events without isChecked', () => {
  it('masks the typed text of an input event in $snapshot_data', () => {
    expectValue(
      {
        event: '$snapshot',
        properties: { $snapshot_data: [{ type: 3, data: { source: 5, text: 'Blue-Falcon-1987!', id: 31 }, timestamp: 1 }] },
      },
      ['Blue-Falcon-1987!'],
      ['$snapshot'],
    );
  });

  it('keeps the same shape outside $snapshot_data and other sources or members inside it', () => {
    expectValue(
      {
        data: { source: 5, text: 'plain words', id: 4 },
        properties: {
          $snapshot_data: [
            { type: 3, data: { source: 0, text: 'mutation text', id: 5 } },
            { type: 3, data: { source: 5, text: 'with a label', id: 6, label: 'x' } },
            { type: 3, data: { source: 5, text: 'string id', id: 'n7' } },
          ],
        },
      },
      [],
      ['plain words', 'mutation text', 'with a label', 'string id'],
    );
  });
});

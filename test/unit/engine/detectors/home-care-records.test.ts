import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { detectorCases } from './support.js';

/**
 * Home care, home health and senior-living records (red-team round 87): EVV visit records,
 * assessment item sets, resident records and care notes. Values differ from the round's corpus
 * (names, ids, numbers made up here; python-stdnum us.ssn 536-90-4399 is the only valid SSN the
 * tests share with it); look-alikes (agency ids, qualifiers, item codes that name no person, dates,
 * HCPCS codes, counts) must stay.
 */
const engine = testEngine();
const mask = (input: string) => engine.maskText(input).value;
const maskRecord = (input: unknown) => JSON.stringify(engine.maskValue(structuredClone(input)).value);

describe('medicaid_id_after_name', () => {
  detectorCases(
    'medicaid_id_after_name',
    [
      ['visit ok, client (medicaid 207718354c) signed the timesheet', '207718354c'],
      ['Medicaid ID: NJ44910375 verified with the state portal', 'NJ44910375'],
      ['medicaid#=AB71942Q rejected by aggregator', 'AB71942Q'],
      ['member medicaid number is 330184726, waiver CHCPE', '330184726'],
    ],
    [
      // A waiver's number, a year, a HCPCS code, a compact date and a count stay.
      'Medicaid 1115 waiver renewal approved',
      'Medicaid 2025 rates for T1019 published',
      'medicaid T1019 units billed: 16',
      'medicaid 20251104 eligibility file loaded',
      'Medicaid enrollees: 152000 in the county',
      'medicaid 11111111 placeholder',
    ],
  );
});

describe('medical_record_number_after_label', () => {
  detectorCases(
    'medical_record_number_after_label',
    [
      ['4. Medical Record No. HHA-0071932  5. Provider No. 317052', 'HHA-0071932'],
      ['MedicalRecordNo.TRV-0090417 Physician: on file', 'TRV-0090417'],
      ['medical record # 00714385 scanned', '00714385'],
      ['MEDICAL RECORD NUMBER: 5521-8830', '5521-8830'],
    ],
    [
      // A label with no number, pages of a record and a request's count stay.
      'Medical Record No. pending',
      'medical record pages 3',
      'Medical Record No. N/A',
      'medical records requested: 12',
    ],
  );
});

describe('assessment item codes as field names (OASIS, MDS 3.0)', () => {
  it('masks the OASIS identity items by their codes and keeps the others', () => {
    const out = maskRecord({
      M0010_CCN: '317052',
      M0020_PAT_ID: 'HHA-0071932',
      M0030_START_CARE_DT: '20250903',
      M0040_PAT_FNAME: 'Wilhelmina',
      M0040_PAT_LNAME: 'Okonjo-Barrett',
      M0063_MEDICARE_NUM: '7QJ2-GW4-RM81',
      M0065_MEDICAID_NUM: '441902738',
      M0066_PAT_BIRTH_DT: '19420618',
      M1021_PRIMARY_DIAG_ICD: 'E11.9',
    });
    for (const v of ['HHA-0071932', 'Wilhelmina', 'Okonjo-Barrett', '7QJ2-GW4-RM81', '441902738', '19420618']) expect(out).not.toContain(v);
    for (const v of ['317052', '20250903', 'E11.9']) expect(out).toContain(v);
  });

  it('masks the MDS 3.0 section A identity items and keeps the CCN, the reason and the entry date', () => {
    const out = maskRecord({
      A0100B: '316008',
      A0310A: '02',
      A0500A: 'Ermengarde',
      A0500C: 'Vollbrecht',
      A0600A: '536904399',
      A0700: '552019837',
      A0900: '19300412',
      A1300A: 'SNF-88120',
      A1600: '20250815',
    });
    for (const v of ['Ermengarde', 'Vollbrecht', '536904399', '552019837', '19300412', 'SNF-88120']) expect(out).not.toContain(v);
    for (const v of ['316008', '"02"', '20250815']) expect(out).toContain(v);
  });

  it('reads the items in a log line of item=value pairs', () => {
    const out = mask('MDS-WARN A0100B=316008|A0500A=ERMENGARDE|A0500C=VOLLBRECHT|A0900=19300412|A1600=20250815');
    for (const v of ['ERMENGARDE', 'VOLLBRECHT', '19300412']) expect(out).not.toContain(v);
    for (const v of ['316008', '20250815']) expect(out).toContain(v);
  });
});

describe('Medicaid and Medicare ids under their names', () => {
  it('masks medicaidNumber, medicaid_num, medicare_id and a poaName, and keeps an admission id', () => {
    const out = maskRecord({
      medicaidNumber: '552019837',
      medicaid_num: 'NY44172R',
      medicare_id: '7QJ2GW4RM81',
      poaName: 'Leopoldine Ashgrove',
      AdmissionID: 'HHA-202509-0117',
    });
    for (const v of ['552019837', 'NY44172R', '7QJ2GW4RM81', 'Leopoldine Ashgrove']) expect(out).not.toContain(v);
    expect(out).toContain('HHA-202509-0117');
  });
});

describe('home care exports with a header row', () => {
  it("keeps a Medicaid column's header and masks names under the resident, caregiver and aide columns", () => {
    const out = mask(
      'Client Medicaid ID,Resident Name,Room,Caregiver Name,Aide Name\n552019837,ELLSWORTH HARRIET,204,QUENNELL MARJORIE,ACHEBE ROSALIND',
    );
    expect(out).toContain('Client Medicaid ID,Resident Name');
    for (const v of ['552019837', 'ELLSWORTH HARRIET', 'QUENNELL MARJORIE', 'ACHEBE ROSALIND']) expect(out).not.toContain(v);
    expect(out).toContain(',204,');
  });
});

describe('EVV qualifiers beside their ids (Sandata Alternate EVV)', () => {
  it("masks an employee's SSN and a client's Medicaid id beside their qualifiers", () => {
    const out = maskRecord({
      employee: { EmployeeQualifier: 'EmployeeSSN', EmployeeIdentifier: '536-90-4399' },
      client: { ClientIDQualifier: 'ClientMedicaidID', ClientID: 'NJ44910375' },
      other: { ClientQualifier: 'ClientSSN', ClientIdentifier: '536904399' },
    });
    for (const v of ['536-90-4399', 'NJ44910375', '536904399']) expect(out).not.toContain(v);
  });

  it("keeps the agency's own ids beside other qualifiers, and a provider's qualified id", () => {
    const out = maskRecord({
      ProviderIdentification: { ProviderQualifier: 'MedicaidID', ProviderID: '009918273' },
      employee: { EmployeeQualifier: 'EmployeeRegID', EmployeeIdentifier: 'E-33190' },
      client: { ClientQualifier: 'ClientCustomID', ClientIdentifier: 'CL-551093' },
      oauth: { clientId: '4f1c9a2b7e' },
    });
    for (const v of ['009918273', 'E-33190', 'CL-551093', '4f1c9a2b7e']) expect(out).toContain(v);
  });
});

describe('care roles before names', () => {
  it('masks lower-case names after cg, dtr, daughter-in-law and aide', () => {
    for (const [text, name] of [
      ['cg rosalind whitaker called off, no coverage', 'rosalind whitaker'],
      ['dtr harriet ellsworth-pike signs the care plan', 'harriet ellsworth-pike'],
      ['daughter-in-law marjorie castellano present for visit', 'marjorie castellano'],
      ['aide jennifer okafor-lind reported a fall', 'jennifer okafor-lind'],
      ['pt margaret whitaker sob on exertion, 2+ edema', 'margaret whitaker'],
    ] as const) {
      expect(mask(text)).not.toContain(name);
    }
  });

  it('masks capitalised names after Caregiver, Aide, Resident, POA, Pt and Spanish kin words', () => {
    for (const [text, name] of [
      ['Primary caregiver: Rosalind Achebe (niece)', 'Rosalind Achebe'],
      ['Aide Jennifer Castellano noted swelling', 'Jennifer Castellano'],
      ['POA: Harriet Ellsworth', 'Harriet Ellsworth'],
      ['Pt: Marjorie Quennell  DOB on file', 'Marjorie Quennell'],
      ['Su hija Mercedes Villaseñor llamó ayer', 'Mercedes Villaseñor'],
    ] as const) {
      expect(mask(text)).not.toContain(name);
    }
  });

  it("masks a surname-first name in a form's Name and Address box, and keeps the provider's", () => {
    const out = mask(
      "6. Patient's Name and Address: QUENNELL, MARJORIE  14 Foxhollow Way\n7. Provider's Name and Address: Oakhollow Home Health Services, 9 State St",
    );
    expect(out).not.toContain('QUENNELL, MARJORIE');
    expect(out).toContain('Oakhollow Home Health Services');
  });

  it('keeps a present-on-admission flag, therapy orders and everyday words after the roles', () => {
    for (const text of [
      'POA: Y',
      'PT Evaluation ordered, PT Eval and Treat 2w3',
      'caregiver training completed',
      'Resident Council meeting moved to Friday',
      'the aide called the office',
      'pt tolerated ambulation 40 ft with walker',
      'the prompt will be sent to the caregiver app',
    ]) {
      expect(mask(text)).toBe(text);
    }
  });

  it('masks who cleared an alarm in a door controller line and keeps the door and the tag', () => {
    const out = mask('ALARM door=WEST-EXIT-1 tag=WG-0051207 state=OPEN cleared_by=tquennell cleared_at=03:02:11');
    expect(out).not.toContain('tquennell');
    for (const v of ['WEST-EXIT-1', 'WG-0051207']) expect(out).toContain(v);
  });
});

import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

// Public material:
// - DICOM PS3.18 Annex F.2 (DICOM JSON model): members named by tag number with `vr` and `Value`,
//   its PN example `Wang^XiaoDong` / `王^小東`;
// - DICOM PS3.5 §6.2.1.1 PN examples (`Adams^John Robert Quincy^^Rev.^B.A. M.Div.`,
//   `Morrison-Jones^Susan^^^Ph.D., Chief Executive Officer`);
// - DCMTK dcmdump output (tag, VR, [value], `#` length, multiplicity, keyword);
// - DICOM PS3.15 Annex E table E.1-1 (the identity attributes), PS3.6 (tag numbers and keywords).
const engine = testEngine();

const DCMDUMP = [
  '# Dicom-Data-Set',
  '(0008,0020) DA [20240311]                               #   8, 1 StudyDate',
  '(0008,0050) SH [A10029384]                              #  10, 1 AccessionNumber',
  '(0008,0090) PN [Morrison-Jones^Susan^^^Ph.D.]           #  28, 1 ReferringPhysicianName',
  '(0008,1010) SH [CTAWP73396]                             #  10, 1 StationName',
  '(0010,0010) PN [Adams^John Robert Quincy^^Rev.^B.A. M.Div.] #  44, 1 PatientName',
  '(0010,0020) LO [MRN00471195]                            #  12, 1 PatientID',
  '(0010,0030) DA [19520414]                               #   8, 1 PatientBirthDate',
  '(0010,0040) CS [M]                                      #   2, 1 PatientSex',
  '(0010,1040) LO [12 Main St\\Springfield]                 #  22, 2 PatientAddress',
  '(0028,0010) US 512                                      #   2, 1 Rows',
].join('\n');

describe('dcmdump lines', () => {
  const out = maskText(engine, DCMDUMP);

  it('masks the value of every identity attribute by its tag number', () => {
    for (const v of ['A10029384', 'Morrison-Jones', 'Adams^John', 'MRN00471195', '19520414', '12 Main St']) {
      expect(out.text).not.toContain(v);
    }
    expect(out.entities).toEqual(expect.arrayContaining(['PERSON', 'MEDICAL_RECORD_NUMBER', 'DATE_OF_BIRTH', 'ADDRESS']));
  });

  it('keeps tags, VRs, keywords and the technical attributes', () => {
    for (const v of ['(0010,0010) PN [', '#  44, 1 PatientName', '[20240311]', '[CTAWP73396]', '(0010,0040) CS [M]', 'US 512']) {
      expect(out.text).toContain(v);
    }
  });

  it('leaves a dump of technical attributes alone', () => {
    const technical = '(0018,0050) DS [1.25]  #   4, 1 SliceThickness\n(0020,0011) IS [3]  #   2, 1 SeriesNumber';
    expect(maskText(engine, technical).text).toBe(technical);
  });
});

describe('DICOMweb JSON members by tag number', () => {
  const record = {
    '00080020': { vr: 'DA', Value: ['20240311'] },
    '00080050': { vr: 'SH', Value: ['ACC2024031100017'] },
    '00100010': { vr: 'PN', Value: [{ Alphabetic: 'Wang^XiaoDong', Ideographic: '王^小東' }] },
    '00100020': { vr: 'LO', Value: ['PID-88213-X'] },
    '00100030': { vr: 'DA', Value: ['19630712'] },
    '0040A123': { vr: 'PN', Value: [{ Alphabetic: 'Doe^Jane' }] },
    '0020000D': { vr: 'UI', Value: ['1.2.840.113619.2.55.3.604688119.868.1234567890.1'] },
  };

  it('masks the values of identity attributes and keeps study dates and UIDs', () => {
    const text = JSON.stringify(engine.maskValue(structuredClone(record)).value);
    for (const v of ['ACC2024031100017', 'Wang^XiaoDong', '王^小東', 'PID-88213-X', '19630712', 'Doe^Jane']) expect(text).not.toContain(v);
    for (const v of ['20240311', '1.2.840.113619.2.55.3.604688119.868.1234567890.1']) expect(text).toContain(v);
  });

  it('reads the same members in JSON text', () => {
    const out = engine.maskText(JSON.stringify(record)).value;
    for (const v of ['Wang^XiaoDong', 'PID-88213-X', '19630712']) expect(out).not.toContain(v);
    expect(out).toContain('20240311');
  });
});

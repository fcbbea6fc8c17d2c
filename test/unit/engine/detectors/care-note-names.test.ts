import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { detectorCases } from './support.js';

/**
 * Leftovers of red-team round 87 (stop 44): a relative's given name alone after a kin word, a
 * surname-first name after an OCR-glued name label, a birth date whose zeros OCR read as `O`, and
 * the full names, streets and agency names of care records around them. Names, dates and numbers
 * are made up here and differ from both corpora's; look-alikes (kin words before ordinary words,
 * labels without a name, dates without a birth label, agencies named like people) must stay.
 */
const engine = testEngine();
const mask = (input: string) => engine.maskText(input).value;
const maskRecord = (input: unknown) => JSON.stringify(engine.maskValue(structuredClone(input)).value);

describe('person_name_kin_given', () => {
  detectorCases(
    'person_name_kin_given',
    [
      ['pt sleeping most of shift, husband leopold helped with meds at 2200', 'leopold'],
      ['granddaughter harriet will bring groceries on sat', 'harriet'],
      ['Nephew Frederick called to confirm the ride', 'Frederick'],
      ['dtr georgina aware of fall, no injury', 'georgina'],
      ['client anxious, sister evangeline stayed until 1900', 'evangeline'],
    ],
    [
      // A kin word before an ordinary word, a word-like given name, a full name (the other detectors').
      'wife present for teaching, son aware of new schedule',
      'daughter notified by phone, husband agrees with plan',
      'son will call back tomorrow',
      'json parse error at line 4',
      'the person reason season was noted',
      'Son Jasper Whitcombe visits Sundays',
      'brother-in-law drove her home',
      // A user's own relative in a chat (red-team round 49's decision).
      'my wife priyanka is allergic to nuts',
    ],
  );
});

describe('person_name_glued_label', () => {
  detectorCases(
    'person_name_glued_label',
    [
      ["Patient'sName:TREGARTHEN,WILMOT HIClaimNo:…", 'TREGARTHEN,WILMOT'],
      ["6.Patient'sNameandAddress:LOVEGROVE-ABARA,PETRONELLA 12 Kiln St", 'LOVEGROVE-ABARA,PETRONELLA'],
      ['ResidentName: Halloran, Cressida Room 14', 'Halloran, Cressida'],
      ['PatientName:OYELARAN,ISIDORE DOB:…', 'OYELARAN,ISIDORE'],
    ],
    [
      // A label without a pair, a pair of everyday words, a field name alone.
      'PatientName:pending verification',
      'PatientName:Unknown,Pending',
      'column PatientName renamed to patient_name',
    ],
  );
});

describe('birth_date_ocr_letter_o', () => {
  detectorCases(
    'birth_date_ocr_letter_o',
    [
      ['DateofBirth:O2/14/1938 Sex:F', 'O2/14/1938'],
      ['DOB: 1O/O5/1940 MRN …', '1O/O5/1940'],
      ['8.Date of Birth O7/3O/1929', 'O7/3O/1929'],
    ],
    [
      // A date in digits (the other detectors'), a date with O but no birth label, an impossible date.
      'DOB: 02/14/1938',
      'StartofCare:11/O7/2025 Dx:L89.153',
      'DOB:O2/4O/1938',
      'DateofBirth:OO/OO/OOOO',
    ],
  );
});

describe('care records around the leftovers of round 87', () => {
  it('masks a full name copied from a prompt into the model summary, not a product name inside a longer run', () => {
    const out = maskRecord({
      messages: [
        { role: 'user', content: 'Visit note: client Philippa Thornquist, 84, fell at home.' },
        { role: 'assistant', content: '- Philippa Thornquist (84) had a fall at home.' },
      ],
    });
    expect(out).not.toContain('Philippa Thornquist');
    const product = maskRecord({ changes: 'name:\n- Widget Pro\n- Widget Pro Max\n' });
    expect(product).toContain('Widget Pro Max');
  });

  it('keeps home health agencies and senior-living communities named like people, and their office street', () => {
    const out = mask('referral routed from Juniper Hollow Home Health, 48 Commerce Street, to Aspen Ridge Assisted Living');
    expect(out).toContain('Juniper Hollow Home Health');
    expect(out).toContain('48 Commerce Street');
    expect(out).toContain('Aspen Ridge Assisted Living');
    // A person after a client lead and a client's home stay masked.
    expect(mask('client Rosalind Abernethy, 19 Quarry Lane, Rocky Hill')).not.toContain('19 Quarry Lane');
    expect(mask('Jane Thornbury Health Coach called')).not.toContain('Jane Thornbury');
  });

  it('reads a lower-case street wrapped over a line break after lives at', () => {
    expect(mask('pt lives at 19 tanners\nrow, 3rd floor')).not.toContain('tanners\nrow');
    expect(mask('i live at 5\nways to drive')).toContain('5\nways');
  });

  it('reads a resident after rsdt', () => {
    expect(mask('rsdt cordelia whitbread-nash refused 0900 meds')).not.toContain('cordelia whitbread-nash');
  });

  it('masks a PACE participant id beside its program and a pace_participant_id, not a trial participant', () => {
    const pace = maskRecord({ participantId: 'PPT-20448', program: 'Lakeview PACE', enrolled: '2024-01-01' });
    expect(pace).not.toContain('PPT-20448');
    expect(maskRecord({ pace_participant_id: 'LK-00719', center: 'Day Center 2' })).not.toContain('LK-00719');
    const trial = maskRecord({ participantId: '01-704-1102', program: 'CDISCPILOT01', site: '704' });
    expect(trial).toContain('01-704-1102');
  });
});

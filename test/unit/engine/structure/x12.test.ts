import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

// Segments laid out as the ASC X12 005010X222A1 (837 Professional) implementation guide's
// example claim: submitter PREMIER BILLING SERVICE with contact JERRY, billing provider BEN
// KILDARE SERVICE (NPI 9876543210, EIN 587654321), subscriber JANE SMITH (member id
// JS00111223333, 236 N MAIN ST, MIAMI FL 33413, born 1943-05-01), payer KEY INSURANCE COMPANY,
// claim 26463774; the SSN is python-stdnum's us/ssn.py doctest number 536-90-4399.
const engine = testEngine();

const ISA = 'ISA*00*          *00*          *ZZ*133052274      *ZZ*311279999      *240506*1023*^*00501*000000031*0*P*:~';
const CLAIM =
  `${ISA}GS*HC*133052274*311279999*20240506*1023*1*X*005010X222A1~ST*837*0021*005010X222A1~` +
  'BHT*0019*00*244579*20061015*1023*CH~NM1*41*2*PREMIER BILLING SERVICE*****46*TGJ23~PER*IC*JERRY*TE*3055552222~' +
  'NM1*40*2*KEY INSURANCE COMPANY*****46*66783JJT~HL*1**20*1~' +
  'NM1*85*2*BEN KILDARE SERVICE*****XX*9876543210~N3*234 SEAWAY ST~N4*MIAMI*FL*33111~REF*EI*587654321~' +
  'HL*2*1*22*0~SBR*P*18*******CI~NM1*IL*1*SMITH*JANE****MI*JS00111223333~N3*236 N MAIN ST~N4*MIAMI*FL*33413~' +
  'DMG*D8*19430501*F~REF*SY*536904399~NM1*PR*2*KEY INSURANCE COMPANY*****PI*999996666~' +
  'CLM*26463774*100***11:B:1*Y*A*Y*I~HI*ABK:J0300~SE*20*0021~GE*1*1~IEA*1*000000031~';

describe('X12 health care transactions (837 claim)', () => {
  const { text, entities } = maskText(engine, CLAIM);

  it.each(['SMITH', 'JANE', 'JS00111223333', '236 N MAIN ST', '33413', '19430501', '536904399', 'JERRY', '3055552222', '26463774'])(
    'masks the person element %s',
    (value) => {
      expect(text).not.toContain(value);
    },
  );

  it.each([
    'PREMIER BILLING SERVICE',
    'BEN KILDARE SERVICE',
    '9876543210',
    '234 SEAWAY ST',
    'REF*EI*587654321',
    'KEY INSURANCE COMPANY*****PI*999996666',
    '005010X222A1',
    'IEA*1*000000031',
    'HI*ABK:J0300',
    'DMG*D8*',
    '*F~',
  ])('keeps organisations, codes and the envelope: %s', (kept) => {
    expect(text).toContain(kept);
  });

  it('names the entities the guide gives the elements', () => {
    expect(entities).toEqual(
      expect.arrayContaining(['PERSON', 'HEALTH_PLAN_ID', 'ADDRESS', 'POSTCODE', 'DATE_OF_BIRTH', 'US_SSN', 'PHONE']),
    );
  });

  it('reads the delimiters ISA declares', () => {
    const own = CLAIM.replaceAll('*', '|').replaceAll('~', '\n').replace('ISA|', 'ISA|');
    const out = maskText(engine, own).text;
    expect(out).not.toContain('JS00111223333');
    expect(out).not.toContain('236 N MAIN ST');
    expect(out).toContain('BEN KILDARE SERVICE');
  });

  it('reads segments without the envelope, after other text and over escaped line breaks', () => {
    const out = maskText(engine, 'edi out: NM1*QC*1*SMITH*TED~\\nN3*236 N MAIN ST~\\nDMG*D8*19730501*M~').text;
    expect(out).not.toContain('SMITH');
    expect(out).not.toContain('236 N MAIN ST');
    expect(out).not.toContain('19730501');
  });
});

describe('X12 look-alikes', () => {
  it.each([
    'glob pattern NM1*.txt~ and DMG*.log',
    'REF*a~ pointer arithmetic: NM1*x',
    'ratio 3*4~5',
    'The NM1* segment names a party; REF* carries references~',
  ])('leaves %s', (input) => {
    expect(maskText(engine, input).text).toBe(input);
  });

  it('leaves organisation parties of a fragment without a person', () => {
    const input = 'ST*837*0001~NM1*PR*2*KEY INSURANCE COMPANY*****PI*999996666~N3*PO BOX 1000~N4*DALLAS*TX*75201~SE*4*0001~';
    expect(maskText(engine, input).text).toBe(input);
  });

  it('is off with structure.x12: false', () => {
    const off = testEngine('structure:\n  x12: false\n');
    expect(maskText(off, CLAIM).text).toContain('236 N MAIN ST');
  });
});

import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leaks the thirty-fifth red-team round found (fixtures/redteam35-corpus.ts: courts, legal
 * practice, public safety and immigration records), each closed where it happens, with the
 * look-alike beside it that must stay. The values here differ from the corpus'.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);

describe('USCIS receipt numbers', () => {
  it('masks a service-centre code and 10 digits, compact, grouped and under any field name', () => {
    expect(text('status of WAC2213456789 changed to approved')).not.toContain('WAC2213456789');
    expect(text('my receipt is LIN 231 905 4412 for the I-140')).not.toContain('LIN 231 905 4412');
    expect(value({ receipt: 'YSC1987654321', form: 'I-485' })).not.toContain('YSC1987654321');
  });

  it('keeps shop receipts, parcel tracking numbers, form numbers and other three-letter prefixes', () => {
    const out = text('receipt RCPT-2023-004512, UPS 1Z12345E0205271688, form I-130, ABC1234567890, EAC123456');
    for (const kept of ['RCPT-2023-004512', '1Z12345E0205271688', 'I-130', 'ABC1234567890', 'EAC123456']) expect(out).toContain(kept);
  });
});

describe('immigration case references by their layout', () => {
  it('masks GWF references, E-Verify case numbers, DS-160 confirmations, SEVIS ids and ImmiAccount TRNs', () => {
    const out = text('GWF098765432 / case 2023061512345ZX / AA009TB1C7 / N0012398765 / EGO4M2R8T1');
    for (const raw of ['GWF098765432', '2023061512345ZX', 'AA009TB1C7', 'N0012398765', 'EGO4M2R8T1']) expect(out).not.toContain(raw);
  });

  it('keeps look-alikes: an AA00 run of digits, an EGO word, a 14-digit timestamp, an N-prefixed SKU', () => {
    const out = text('ref AA00123456 flag EGOISTICAL ts 20240612123045Z sku N1234567890 build 2024061512345');
    for (const kept of ['AA00123456', 'EGOISTICAL', '20240612123045Z', 'N1234567890', '2024061512345']) expect(out).toContain(kept);
  });

  it('masks them by field name too (i94 number, SEVIS id, UCI, visa grant number)', () => {
    const out = value({ i94Number: '54812907316', sevisId: 'N0098712345', uci: '2203-1187', visaGrantNumber: '5519024467730' });
    for (const raw of ['54812907316', 'N0098712345', '2203-1187', '5519024467730']) expect(out).not.toContain(raw);
  });
});

describe('US A-numbers', () => {
  it('masks the grouped form alone, the compact form after an immigration word, digits after their label', () => {
    expect(text('client file A-312-448-905 pending')).not.toContain('312-448-905');
    expect(text('USCIS notice for A098123456 arrived')).not.toContain('A098123456');
    expect(text('her A# is 301 into… no: A# 077-441-290')).not.toContain('077-441-290');
    expect(value({ alienNumber: 'A077441290' })).not.toContain('A077441290');
  });

  it('keeps an arrest number, an order number with a letter and a 9-digit number without the word', () => {
    const out = text('arrest A24-09981 order A7654321 batch 314159265 route 071000013');
    for (const kept of ['A24-09981', 'A7654321', '314159265', '071000013']) expect(out).toContain(kept);
  });
});

describe('NCIC-style query and response messages', () => {
  it('masks the name, date of birth, SSN and licence in QW / QR messages', () => {
    const out = text('QW.TX2270100.NAM/NGUYEN, LINH T.SEX/F.RAC/A.DOB/19920704.OLN/31528876.OLS/TX');
    for (const raw of ['NGUYEN, LINH T', '19920704', '31528876']) expect(out).not.toContain(raw);
    expect(out).toContain('TX2270100');
    expect(text('QR.TX2270100 NO RECORD NAM/NGUYEN, LINH T SOC/449-61-2208')).not.toContain('449-61-2208');
    expect(text('QV.TX2270100.LIC/KLM4402.LIS/TX.LIY/2024')).not.toContain('KLM4402');
  });

  it('keeps slash-separated text that is no NCIC message', () => {
    for (const kept of ['see docs/NAM/readme', 'path DOB/index.html', 'ratio 3/4 of LIC/units'])
      expect(text(kept)).toContain(kept.split(' ').at(-1)!);
  });
});

describe('ALI / CAD caller numbers by field name', () => {
  it('masks ani and callback number, keeps the ESN and class of service', () => {
    const out = value({ ani: '3035550143', callbackNumber: '303-555-0143', esn: '00731', cos: 'WPH2' });
    for (const raw of ['3035550143', '303-555-0143']) expect(out).not.toContain(raw);
    for (const kept of ['00731', 'WPH2']) expect(out).toContain(kept);
  });
});

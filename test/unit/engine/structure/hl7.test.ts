import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

/** HL7 v2 PID / NK1 segments: patient data masked by field position (HL7 v2.5 chapter 3). */
const engine = testEngine();

// The ADT^A01 example of the Wikipedia "Health Level 7" article, segments split by \r.
const ADT = [
  'MSH|^~\\&|MegaReg|XYZHospC|SuperOE|XYZImgCtr|20060529090131-0500||ADT^A01^ADT_A01|01052901|P|2.5',
  'EVN||200605290901||||200605290900',
  'PID|||56782445^^^UAReg^PI||KLEINSAMPLE^BARRY^Q^JR||19620910|M||2028-9^^HL70005^RA99113^^XYZ|260 GOODWIN CREST DRIVE^^BIRMINGHAM^AL^35209^^M|||||||0105I30001^^^99DEF^AN',
  'NK1|1|KLEINSAMPLE^ANNA|SPO|260 GOODWIN CREST DRIVE^^BIRMINGHAM^AL^35209|(205)555-0100',
  'PV1||I|W^389^1^UABH^^^^3',
].join('\r');

describe('HL7 v2 (structure:hl7)', () => {
  it('masks the patient and next-of-kin fields and keeps the rest of the message', () => {
    const out = engine.maskText(ADT);
    for (const hidden of ['56782445', 'KLEINSAMPLE', 'BARRY', '19620910', 'GOODWIN', '0105I30001', 'ANNA', '(205)555-0100']) {
      expect(out.value).not.toContain(hidden);
    }
    // Assigning authority and identifier type of PID-3 stay; so do MSH, EVN, PV1, sex and race codes.
    expect(out.value).toMatch(/^PID\|\|\|<MEDICAL_RECORD_NUMBER:[a-z]+>\^\^\^UAReg\^PI\|\|<PERSON:[a-z]+>\|\|<DATE_OF_BIRTH:[a-z]+>\|M\|/m);
    for (const kept of ['ADT^A01^ADT_A01|01052901', 'EVN||200605290901', 'PV1||I|W^389^1^UABH^^^^3', '2028-9^^HL70005', '|SPO|']) {
      expect(out.value).toContain(kept);
    }
    expect(engine.maskText(out.value).value).toBe(out.value);
  });

  it('reads a PID segment logged inside JSON text (escaped \\r) and every repetition of an identifier', () => {
    const line = String.raw`{"msg":"MSH|^~\\&|A|B\rPID|1||MRN-000123^^^HOSP^MR~A77^^^X||DOE^JANE||19800101|F|||123 MAIN ST^^SPRINGFIELD^IL^62701||(217)555-0123|||S||ACCT-9|078-05-1120"}`;
    const out = engine.maskText(line);
    for (const hidden of ['MRN-000123', 'A77', 'DOE^JANE', '19800101', '123 MAIN ST', 'ACCT-9', '078-05-1120']) {
      expect(out.value).not.toContain(hidden);
    }
    expect(out.findings.some((f) => f.entity === 'US_SSN' && f.detector === 'structure:hl7')).toBe(true);
  });

  it.each([
    ['a markdown table with a PID column', '| PID| user | cmd |\n|---|---|---|\n| 4242 | root | sshd |'],
    ['a ps listing', 'PID|PPID|CMD\n4242|1|/usr/sbin/sshd -D'],
    ['a PID segment with empty patient fields', 'PID|1||||||||||||||||||||'],
  ])('leaves %s alone', (_what, text) => {
    const out = engine.maskText(text);
    expect(out.findings).toEqual([]);
    expect(out.value).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { maskText, testEngine } from '../../../helpers/engine.js';

// Messages from public material:
// - ADT^A01 from the Wikipedia article "Health Level 7" (its v2.x example message);
// - PID, NK1, GT1, IN1, MRG and PV1 laid out by the HL7 v2.5 field definitions (chapters 3 and 6:
//   PID-3 patient identifier list, PID-5 name, PID-7 birth date, PID-11 address, PID-13 home phone,
//   PID-19 SSN, NK1-2/4/5, GT1-3/5/6/8/12, IN1-16/18/19/36, MRG-1/7, PV1-7 attending doctor);
// - SSN 078-05-1120 (the SSA's published "Woolworth wallet" number), 555-01xx fictional phones,
//   RFC 2606 e-mail domains.
const engine = testEngine();

const WIKIPEDIA_ADT =
  'MSH|^~\\&|MegaReg|XYZHospC|SuperOE|XYZImgCtr|20060529090131-0500||ADT^A01^ADT_A01|01052901|P|2.5\r' +
  'EVN||200605290901||||200605290900\r' +
  'PID|||56782445^^^UAReg^PI||KLEINSAMPLE^BARRY^Q^JR||19620910|M||2028-9^^HL70005^RA99113^^XYZ|' +
  '260 GOODWIN CREST DRIVE^^BIRMINGHAM^AL^35209^^M~NICKELL’S PICKLES^10000 W 100TH AVE^BIRMINGHAM^AL^35200^^O|||||||0105I30001^^^99DEF^AN\r' +
  'PV1||I|W^389^1^UABH^^^^3||||12345^MORGAN^REX^J^^^MD^0010^UAMC^L||67890^GRAINGER^LUCY^X^^^MD^0010^UAMC^L|MED|||||A0||13579^POTTER^SHERMAN^T^^^MD^0010^UAMC^L\r' +
  'OBX|1|NM|^Body Height||1.80|m^Meter^ISO+|||||F\r' +
  'AL1|1||^ASPIRIN';

const IDENTITY = [
  '56782445',
  'KLEINSAMPLE',
  'BARRY',
  '19620910',
  '260 GOODWIN CREST DRIVE',
  '35209',
  '10000 W 100TH AVE',
  '0105I30001',
  'MORGAN',
  'GRAINGER',
  'POTTER',
];
const KEPT = [
  'MSH|^~\\&|MegaReg|XYZHospC',
  'ADT^A01^ADT_A01',
  '^^^UAReg^PI',
  '^AL^',
  '^MD^0010^UAMC^L',
  'OBX|1|NM|^Body Height||1.80',
  'AL1|1||^ASPIRIN',
  '|M||',
];

describe('HL7 v2 messages in text', () => {
  for (const [name, sep] of [
    ['CR-separated', '\r'],
    ['LF-separated', '\n'],
    ['escaped \\r (logged twice-encoded)', '\\r'],
    ['flattened onto one line with spaces', ' '],
  ] as const) {
    it(`masks the identity fields of the Wikipedia ADT^A01 message (${name}), keeps codes and structure`, () => {
      const message = WIKIPEDIA_ADT.replace(/\r/g, sep);
      const { text, entities } = maskText(engine, message);
      for (const v of IDENTITY) expect(text, v).not.toContain(v);
      for (const v of KEPT) expect(text, v).toContain(v);
      expect(entities).toEqual(expect.arrayContaining(['MEDICAL_RECORD_NUMBER', 'PERSON', 'DATE_OF_BIRTH', 'ADDRESS', 'POSTCODE']));
      // Every segment is still there, in order.
      expect(text.split(sep === ' ' ? /\s(?=[A-Z][A-Z0-9]{2}\|)/ : sep).map((s) => s.slice(0, 3))).toEqual([
        'MSH',
        'EVN',
        'PID',
        'PV1',
        'OBX',
        'AL1',
      ]);
    });
  }

  it('masks it inside a JSON record (the text engine), with the message text around the masks unchanged', () => {
    const line = JSON.stringify({ event: 'hl7.inbound', channel: 'ADT', message: WIKIPEDIA_ADT });
    const out = maskJsonString(engine, line).output!;
    for (const v of IDENTITY) expect(out).not.toContain(v);
    expect(out).toContain('"channel":"ADT"');
    expect(JSON.parse(out).message.startsWith('MSH|^~\\&|MegaReg')).toBe(true);
  });

  it('reads NK1, GT1, IN1 and MRG by their field definitions, and the delimiters MSH declares', () => {
    const message = [
      'MSH#^~\\&#LAB#HOSP#EHR#HOSP#20240101120000##ADT^A40#MSG0001#P#2.5',
      'PID#1##MRN7788^^^HOSP^MR##WALLACE^GRACE^^^MRS##19550214#F###12 ELM ROAD^^SPRINGFIELD^IL^62704##(217)555-0142^PRN^PH^grace@example.org#####ACCT991#078-05-1120',
      'NK1#1#WALLACE^HENRY#SPO#12 ELM ROAD^^SPRINGFIELD^IL^62704#(217)555-0143',
      'GT1#1#G7788#WALLACE^HENRY##12 ELM ROAD^^SPRINGFIELD^IL^62704#(217)555-0143##19530601#M###078-05-1120',
      'IN1#1#PLAN001^BlueShield#IC001#BLUE SHIELD############WALLACE^GRACE##19550214#12 ELM ROAD^^SPRINGFIELD^IL^62704#################XG4471123',
      'MRG#MRN0001^^^HOSP^MR######WALLACE^GRACE',
    ].join('\r');
    const { text } = maskText(engine, message);
    for (const v of [
      'MRN7788',
      'WALLACE',
      'GRACE',
      '19550214',
      '12 ELM ROAD',
      'SPRINGFIELD',
      '62704',
      '555-0142',
      'grace@example.org',
      'ACCT991',
      '078-05-1120',
      'HENRY',
      '555-0143',
      'G7788',
      '19530601',
      'XG4471123',
      'MRN0001',
    ]) {
      expect(text, v).not.toContain(v);
    }
    for (const v of ['ADT^A40', '^^^HOSP^MR', '^PRN^PH^', '^IL^', '#SPO#', 'BLUE SHIELD', '#F#']) expect(text, v).toContain(v);
  });

  it('keeps HL7 empty values ("") and empty fields', () => {
    const { text } = maskText(engine, 'PID|1||""||""^""');
    expect(text).toBe('PID|1||""||""^""');
  });

  it('leaves pipes that are not HL7 alone: shell pipelines, markdown tables, ps output, log fields', () => {
    for (const s of [
      'ps -eo PID,CMD | grep PID | sort',
      '| PID | NAME | STATUS |\n|-----|------|--------|',
      'level=info|msg=started|component=PV1-gateway',
      'route MSH messages | filter PID segments',
      'GRACE WALLACE? no: the PIDs were 4412|4413',
    ]) {
      expect(maskText(engine, s).entities.filter((e) => e === 'MEDICAL_RECORD_NUMBER' || e === 'DATE_OF_BIRTH')).toEqual([]);
    }
  });

  it('reads a PID segment logged inside JSON text (escaped \\r) and every repetition of an identifier', () => {
    const line = String.raw`{"msg":"MSH|^~\\&|A|B\rPID|1||MRN-000123^^^HOSP^MR~A77^^^X||DOE^JANE||19800101|F|||123 MAIN ST^^SPRINGFIELD^IL^62701||(217)555-0123|||S||ACCT-9|078-05-1120"}`;
    const out = engine.maskText(line);
    for (const hidden of ['MRN-000123', 'A77', 'DOE', 'JANE', '19800101', '123 MAIN ST', 'ACCT-9', '078-05-1120']) {
      expect(out.value).not.toContain(hidden);
    }
    expect(out.findings.some((f) => f.entity === 'US_SSN' && f.detector === 'structure:hl7')).toBe(true);
    expect(engine.maskText(out.value).value).toBe(out.value);
  });

  it.each([
    ['a markdown table with a PID column', '| PID| user | cmd |\n|---|---|---|\n| 4242 | root | sshd |'],
    ['a ps listing', 'PID|PPID|CMD\n4242|1|/usr/sbin/sshd -D'],
    ['a PID segment with empty patient fields', 'PID|1||||||||||||||||||||'],
    ['an MRG-like listing without MSH', 'MRG|merged|rows\nIN2|x|y'],
  ])('leaves %s alone', (_what, text) => {
    const out = engine.maskText(text);
    expect(out.findings).toEqual([]);
    expect(out.value).toBe(text);
  });

  it('is off with structure.hl7: false (the detectors still run on the text)', () => {
    const off = testEngine('structure: { hl7: false }\n');
    const { text } = maskText(off, WIKIPEDIA_ADT);
    expect(text).toContain('KLEINSAMPLE^BARRY');
    expect(text).toContain('56782445');
  });
});

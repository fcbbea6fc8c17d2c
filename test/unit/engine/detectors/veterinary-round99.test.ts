import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { detectorCases } from './support.js';

/**
 * Veterinary clinics, animal hospitals and pet services (red-team round 99): transponder numbers
 * after their European names and older FDX-A chips in hex, a doctor's surname alone after `dr` in
 * lower case, a lockbox's code after `is`, a French insurance contract's number; and the record
 * rules of the round (a registry's `chip`, an alarm's keypad code, a pet's owner by name, a lab
 * order's cell phones, a form body encoded into one value, a WhatsApp sender in Mexico, an HL7
 * order's ordering provider, lower-case name halves of a sync line, a vet export's patient
 * columns). Values are made up and differ from the corpus's; the negatives are the look-alikes
 * analysts need.
 */
describe('microchip_after_name: transponder numbers and FDX-A chips', () => {
  detectorCases(
    'microchip_after_name',
    [
      ['Patient: Bello (Hund); Transpondernummer: 276098102234417; Impfung 2025', '276098102234417'],
      ['Transpondercode 528140000877213 aangebracht op 01-02-2023', '528140000877213'],
      ['rescan ok, old 125 kHz chip 0B4C19A7F2 still reads', '0B4C19A7F2'],
    ],
    [
      'toll lane 3 read transponder 021-11804573 at 06:12',
      'chip id deadbeef12 of the sensor board',
      'chip 1234567890 reset by firmware',
      'transponder firmware v2.4.1 installed',
    ],
  );
});

describe('person_name_lower_title: a doctor by surname alone in lower case', () => {
  detectorCases(
    'person_name_lower_title',
    [
      ['lab called, results sent to dr. kowalski at 4pm', 'kowalski'],
      ['can dr pemberton see biscuit tomorrow?', 'pemberton'],
    ],
    ['need a dr. appointment for the cat', 'dr office called back', 'dr. brown said it was fine', 'ask the dr. visit team'],
  );
});

describe('access_code_after_name: a lockbox code after is', () => {
  detectorCases(
    'access_code_after_name',
    [['fyi the lockbox for the hendersons is 4417 this week', '4417']],
    ['the lockbox is 12 ft left of the door', 'lockbox on unit 4 is broken'],
  );
});

describe('insurance_policy_after_name: a French contract number', () => {
  detectorCases(
    'insurance_policy_after_name',
    [["Bonjour, contrat n° AV-0077120954 pour mon chat, merci d'avance", 'AV-0077120954']],
    ['le contrat n° 3 est signé', 'contrat de travail signé le 12/03'],
  );
});

describe('record rules of red-team round 99', () => {
  const engine = testEngine();
  const masked = (input: unknown): string => JSON.stringify(engine.maskValue(structuredClone(input)).value);

  it("masks a registry lookup's chip and a transponder code, keeps other chips", () => {
    const out = masked({ chip: '985141002990317', board: { chip: 'M2 Pro' }, 'III. Transpondercode': '528140000877213' });
    expect(out).not.toContain('985141002990317');
    expect(out).not.toContain('528140000877213');
    expect(out).toContain('M2 Pro');
  });

  it("masks an alarm's keypad code and a lockbox code, keeps a device's alarm code", () => {
    const out = masked({ alarmCode: '7140', lockboxCode: '3391', device: { alarmCode: 'E-102' }, alarmCodeDescription: 'Door open' });
    expect(out).not.toContain('7140');
    expect(out).not.toContain('3391');
    expect(out).toContain('E-102');
    expect(out).toContain('Door open');
  });

  it("masks a pet owner's name written out, keeps a team and a company", () => {
    const out = masked({
      a: { owner_name: 'Theodora Wainwright' },
      b: { ownerName: 'Platform Team' },
      c: { owner_name: 'Acme Holdings LLC' },
    });
    expect(out).not.toContain('Wainwright');
    expect(out).toContain('Platform Team');
    expect(out).toContain('Acme Holdings LLC');
  });

  it("masks a lab order's cell phones and a WhatsApp sender in Mexico", () => {
    const out = masked({ ClientCell: '6025550177', DoctorCell: '6025550178', msg: { from: '5215512345678', type: 'text' } });
    expect(out).not.toContain('6025550177');
    expect(out).not.toContain('6025550178');
    expect(out).not.toContain('5215512345678');
  });

  it('reads a form body URL-encoded into one value', () => {
    const out = engine.maskText(
      'POST /hooks/intake 200 body=form_id%3Dk9%26owner_name%3DRosalind%2BAchterberg%26owner_email%3Dr.achterberg%2540example.com%26pet%3DRex',
    ).value;
    expect(out).not.toContain('Achterberg');
    expect(out).not.toContain('r.achterberg');
    expect(out).toContain('form_id%3Dk9');
    expect(engine.maskText('GET /r?next=%2Fapp%3Fa%3D1%26b%3D2%26c%3D3 200').value).toBe('GET /r?next=%2Fapp%3Fa%3D1%26b%3D2%26c%3D3 200');
  });

  it("masks an HL7 order's ordering provider (OBR-16), keeps its codes", () => {
    const out = engine.maskText(
      'MSH|^~\\&|LAB|X|PIMS|Y|20251206||ORU^R01|M1|P|2.3\rOBR|1||ACC-1|CBC^Complete Blood Count|||20251206|||||||||V7^Oyelaran^Beatrix',
    ).value;
    expect(out).not.toContain('Oyelaran');
    expect(out).not.toContain('Beatrix');
    expect(out).toContain('CBC^Complete Blood Count');
  });

  it('masks lower-case name halves under a person prefix, keeps page bounds', () => {
    const out = engine.maskText('sync client_last=whitfield client_first=ambrose ok').value;
    expect(out).not.toContain('whitfield');
    expect(out).not.toContain('ambrose');
    expect(engine.maskText('page first=next last=prev').value).toBe('page first=next last=prev');
  });

  it("keeps a vet export's patient columns beside a species column", () => {
    const out = masked({ csv: 'Client ID,Last Name,First Name,Patient ID,Patient,Species\n5120,Oyelaran,Beatrix,5120-3,Rex,Canine\n' });
    expect(out).toContain('5120-3');
    expect(out).not.toContain('Oyelaran');
  });
});

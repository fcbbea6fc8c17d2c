import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// Pharmacy benefit records (red-team round 92): member ids after the labels PBM desks write,
// REMS patient ids, PA and claims exports' member columns, pharmacy NPIs kept, authorizations that
// are no credentials, Rx numbers that are no phones. Values made up for these tests; NPIs
// 1638294755 and 1209483761 built with the Luhn rule over 80840.
const engine = testEngine();
const masked = (text: string) => engine.maskText(text).value;

describe('PBM member ids after their labels', () => {
  it('masks ids after mbr, a bare member, Ins ID and the Spanish and Vietnamese labels', () => {
    for (const [text, id] of [
      ['reprocessed: mbr zkp40129377 moved to OOP', 'zkp40129377'],
      ['mbr# QRT771039254 termed 12/31', 'QRT771039254'],
      ['pa approved for member wnx558201447 thru 2026', 'wnx558201447'],
      ['Member Tobias Wrenfield, DOB 02/11/1957, ID LKM302918564. Approved.', 'LKM302918564'],
      ['Ins ID: DHB8821047735\nGroup: 44102', 'DHB8821047735'],
      ['afiliada Rocío Benítez, número de afiliado MXP6620193847, tel', 'MXP6620193847'],
      ['hội viên, số thành viên QNV441029384, giao trễ', 'QNV441029384'],
    ] as const) {
      expect(masked(text), text).not.toContain(id);
    }
  });

  it('leaves counts, dates, order ids and chat members after the same words', () => {
    for (const kept of [
      'member 20251208 renewal batch',
      'member 3 of 5 voted',
      'mbr count 12 of 400',
      'Member since 2019, ID badge pending',
      'slack member U04KQ7731X joined',
      'Ins ID: see card',
    ]) {
      expect(masked(kept), kept).toBe(kept);
    }
  });

  it('masks a REMS patient id after its label, not a REMS programme or a count', () => {
    expect(masked('rems chk ok, REMS patient ID: 6610239845, pharmacy certified')).not.toContain('6610239845');
    expect(masked('iPLEDGE id 4471029938 confirmed')).not.toContain('4471029938');
    for (const kept of ['Clozapine REMS program v2', 'rems# pending', 'REMS 2024 update']) expect(masked(kept)).toBe(kept);
  });
});

describe('PBM records by field', () => {
  it('masks a PA export member_id column beside a birth date or a pharmacy column, not a SaaS member list', () => {
    const pa = masked(
      'case_id,patient_last,patient_first,patient_dob,member_id,ndc\nPA-1182,Fairclough,Winslow,1968-07-30,BRQ44019283,00169413212',
    );
    expect(pa).not.toMatch(/Fairclough|Winslow|1968-07-30|BRQ44019283/);
    expect(pa).toContain('PA-1182');
    expect(pa).toContain('00169413212');
    expect(masked('member_id,display_name,role\nU77201,Team Bot,admin')).toContain('U77201');
  });

  it('masks a memberId beside a pharmacy NPI, an Rx number or an addressee', () => {
    const out = engine.maskValue({ memberId: 'CGX91820374', pharmacyNpi: '1638294755', drug: 'rosuvastatin 10 mg' });
    expect(JSON.stringify(out.value)).not.toContain('CGX91820374');
    const rts = engine.maskValue({ returnId: 'RTS-7781', addressee: 'Imogen Falkenrath', memberId: 'EXR60219384' });
    expect(JSON.stringify(rts.value)).not.toContain('EXR60219384');
    const kept = engine.maskValue({ workspace: 'acme', memberId: 'M2209183', plan: 'pro' });
    expect(kept.value).toMatchObject({ memberId: 'M2209183' });
  });

  it('masks the PBMMemberID element, a received-by name and the people of a header-less claims row', () => {
    expect(JSON.stringify(engine.maskValue({ BenefitsCoordination: { PBMMemberID: 'OPT77120398' } }).value)).not.toContain('OPT77120398');
    expect(JSON.stringify(engine.maskValue({ deliveryDetails: { receivedByName: 'K.ABERCROMBIE' } }).value)).not.toContain('ABERCROMBIE');
    // The names and birth date of a header-less claims row go; its member id stays (round 38 keeps
    // an enrolment row's member id as a look-alike).
    const row = masked('B1|20251130|004336|ADV|5120448|ZTR500128374|HORTENSE|BLACKWOOD-ADEYEMI|19610822|F|00378395077|30|1209483761|P|');
    expect(row).not.toMatch(/HORTENSE|BLACKWOOD-ADEYEMI|19610822/);
    expect(row).toContain('|5120448|');
    expect(row).toContain('|1209483761|');
  });

  it('keeps pharmacy NPIs, masks prescribers', () => {
    const out = engine.maskValue({ pharmacy: { npi: '1638294755', ncpdpId: '4410293' }, prescriber: { npi: '1209483761' } });
    expect(out.value).toMatchObject({ pharmacy: { npi: '1638294755', ncpdpId: '4410293' } });
    expect(JSON.stringify(out.value)).not.toContain('1209483761');
    expect(engine.maskValue({ pharmacyNpi: '1638294755' }).value).toMatchObject({ pharmacyNpi: '1638294755' });
    expect(masked('desk audit DA-77 pharmacy npi 1638294755, prescriber npi 1209483761')).toBe(
      masked('desk audit DA-77 pharmacy npi 1638294755, prescriber npi 1209483761').replace('1209483761', '1209483761'),
    );
    expect(masked('desk audit DA-77 pharmacy npi 1638294755')).toContain('1638294755');
    expect(masked('prescriber npi 1209483761')).not.toContain('1209483761');
  });

  it('keeps prior and HIPAA authorizations and original authorization numbers, masks credentials', () => {
    const pa = engine.maskValue({ priorAuthorization: { number: 'PA-55102', status: 'APPROVED' } });
    expect(pa.value).toMatchObject({ priorAuthorization: { number: 'PA-55102', status: 'APPROVED' } });
    const hipaa = engine.maskValue({ hipaaAuthorization: { signedDate: '2025-11-03', version: 'v4' } });
    expect(hipaa.value).toMatchObject({ hipaaAuthorization: { signedDate: '2025-11-03', version: 'v4' } });
    expect(masked('B2 ok origAuth=N4410298833 prior_auth=PENDING')).toBe('B2 ok origAuth=N4410298833 prior_auth=PENDING');
    expect(masked('auth=Wq9-hunter-71x')).not.toContain('Wq9-hunter-71x');
  });

  it('reads a number after an Rx label as the prescription, not a phone', () => {
    expect(masked('pharmacist called re reject 79 on rx 5120448')).toContain('5120448');
    expect(masked('called about Rx# 5120448 today')).toContain('5120448');
    expect(masked('call me back at 503-555-0162 re rx 5120448')).not.toContain('503-555-0162');
  });

  it('masks auditors by login, keeps service and role accounts', () => {
    expect(JSON.stringify(engine.maskValue({ auditor: 'rwhitcombe-lane' }).value)).not.toContain('rwhitcombe');
    expect(engine.maskValue({ auditor: 'svc-pa-engine' }).value).toMatchObject({ auditor: 'svc-pa-engine' });
    // A team account under a reviewer stays (round 73's `reviewer: kyc-ops-de`).
    expect(engine.maskValue({ reviewer: 'pa-ops-us' }).value).toMatchObject({ reviewer: 'pa-ops-us' });
    // A role account named by its role word (`…-reviewer`, `….auditor`).
    expect(engine.maskValue({ reviewer: 'pharmacy-ops-reviewer', auditor: 'network.auditor' }).value).toMatchObject({
      reviewer: 'pharmacy-ops-reviewer',
      auditor: 'network.auditor',
    });
  });
});

describe('ship-to blocks', () => {
  it('masks the recipient and street lines before a US city line, however wrapped', () => {
    const out = masked(
      'PACKING SLIP ORDER MO-8812 TOTE T-77\nSHIP TO:\nEVANGELINE\nTRESSLER-MBATHA\n418 WILLOW\nBEND RD\nOMAHA NE 68104\nRX 5120448 QTY 30',
    );
    expect(out).not.toMatch(/EVANGELINE|TRESSLER|418 WILLOW|BEND RD/);
    for (const kept of ['ORDER MO-8812', 'TOTE T-77', 'RX 5120448 QTY 30', 'OMAHA NE']) expect(out).toContain(kept);
  });

  it('leaves a ship-to block without a city line', () => {
    for (const kept of ['Ship to:\nStore 4471\nsee manifest', 'SHIP TO: same as billing\nQTY 2']) expect(masked(kept)).toBe(kept);
  });
});

import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Red-team round 27 (telecom, travel and mobility records): the shapes that leaked, each fixed by a
 * general rule, with positives other than the corpus values and look-alikes that must stay.
 * Values: libphonenumber example numbers, Luhn- / MOD 97-built SIM and eSIM ids, ICAO 9303 and
 * GDS layouts, AAMVA element ids, DVLA plate format.
 */

const engine = testEngine();

function text(input: string): string {
  return engine.maskText(input).value;
}
function value(input: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(input)).value);
}

describe('red-team 27: SIM, eSIM and device ids', () => {
  it('masks ICCIDs (89…, Luhn) bare, under their names, and grouped after a SIM word', () => {
    // 8944200011231044047: 89 44 20 … built with the Luhn rule.
    expect(value({ old_value: '8944200011231044047' })).not.toContain('8944200011231044047');
    expect(value({ simIccid: '8931088915123456789' })).not.toContain('8931088915123456789');
    expect(text('swapped to new SIM 8944 2000 1123 1044 047 today')).not.toContain('8944 2000 1123 1044 047');
  });

  it('keeps 19–20 digit numbers that fail the Luhn rule or do not start 89, and grouped digits without a SIM word', () => {
    expect(value({ order: '8944200011231044048' })).toContain('8944200011231044048');
    expect(value({ snowflake: '1234567890123456789' })).toContain('1234567890123456789');
    expect(text('ref 8944 2000 1123 1044 047 paid')).toContain('8944 2000 1123 1044 047');
  });

  it('masks eSIM EIDs (32 digits from 89, MOD 97-10) and keeps 32-digit runs that fail the check', () => {
    // 890440000000000000000000000000 + check digits computed for mod 97 = 1.
    const eid = `890440000000000000000000000000${String(98 - Number(BigInt('89044000000000000000000000000000') % 97n)).padStart(2, '0')}`;
    expect(value({ device: eid })).not.toContain(eid);
    const wrong = `${eid.slice(0, 30)}${eid.slice(30) === '00' ? '01' : '00'}`;
    expect(value({ device: wrong })).toContain(wrong);
  });

  it('masks IMEISVs after an IMEI word (16 digits, 8-6-2) and keeps the same digits without one', () => {
    expect(text('handset IMEISV 3533251104271701 registered')).not.toContain('3533251104271701');
    expect(text('IMEI: 35332511-042717-01')).not.toContain('35332511-042717-01');
    expect(text('invoice 35332511-042717-01 paid')).toContain('35332511-042717-01');
  });

  it('reads RADIUS vendor attributes whose names start with a number (3GPP-IMSI, 3GPP-IMEISV)', () => {
    const out = text('\t3GPP-IMSI = "310260000000017"\n\t3GPP-IMEISV = "3533251104271701"\n\tAcct-Session-Id = "6B3F00A1"');
    expect(out).not.toContain('310260000000017');
    expect(out).not.toContain('3533251104271701');
    expect(out).toContain('6B3F00A1');
  });

  it('keeps RADIUS accounting session ids and counters beside an IP-Address attribute', () => {
    const out = text('Framed-IP-Address=198.51.100.7 Acct-Output-Octets=560123 Acct-Session-Id=5F2A11C0');
    expect(out).toContain('560123');
    expect(out).toContain('5F2A11C0');
    expect(value({ 'Acct-Session-Id': '5F2A11C0', 'Acct-Multi-Session-Id': '77AB' })).toContain('5F2A11C0');
  });
});

describe('red-team 27: message parties (SMS gateways, CPaaS webhooks, SMPP)', () => {
  it('masks bare international numbers under from / to / recipient / originator, string or number', () => {
    const out = value({ from: '34612345678', to: '12345', recipients: { items: [{ recipient: 819012345678 }] } });
    expect(out).not.toContain('34612345678');
    expect(out).not.toContain('819012345678');
    expect(out).toContain('"to":"12345"');
  });

  it('masks them in form bodies and query strings', () => {
    const out = text('POST /sms/in From=61412345678&To=61491570156&Body=hi');
    expect(out).not.toContain('61412345678');
  });

  it('keeps sender ids, short codes, dates and ids under the same names', () => {
    const out = value({ from: 'AcmeBank', to: '2024050612', sender: '20240506123045', recipient: 'ops-team', src: 1714990502 });
    expect(out).toContain('AcmeBank');
    expect(out).toContain('2024050612');
    expect(out).toContain('20240506123045');
    expect(out).toContain('1714990502');
  });

  it('masks SMPP source_addr and FreeSWITCH sip_from_user, and keeps the ton / npi beside them', () => {
    const out = value({
      source_addr: '61412345678',
      source_addr_ton: 1,
      source_addr_npi: 1,
      dest_addr_ton: 1,
      sip_from_user: '61491570156',
    });
    expect(out).not.toContain('61412345678');
    expect(out).not.toContain('61491570156');
    expect(out).toContain('"source_addr_ton":1');
    expect(out).toContain('"source_addr_npi":1');
    expect(out).toContain('"dest_addr_ton":1');
  });

  it('keeps a SIP Call-ID of digits and masks the numbers of the same trace', () => {
    const out = text('From: <sip:+61412345678@sip.example.net>;tag=9x\r\nCall-ID: 120934761123457@pc33.example.com\r\nCSeq: 1 INVITE');
    expect(out).toContain('120934761123457@pc33.example.com');
    expect(out).not.toContain('+61412345678');
  });

  it('masks a + number right after a colon (Kannel [to:+…]) and keeps a time zone offset', () => {
    const out = text('Sent SMS [SMSC:eu1] [to:+61412345678] at 12:+0100');
    expect(out).not.toContain('+61412345678');
    expect(out).toContain('12:+0100');
  });
});

describe('red-team 27: PNRs, passenger lists, travel documents', () => {
  it('masks PNR name elements with a title or a Sabre passenger number, several on a line', () => {
    const out = text('RP/PARAF08AA/\n  1.DUPONT/MARIE MRS   2.DUPONT/LUC MSTR\n 1.1NGUYEN/VAN AN MR\n  3 AP PAR 33 1 23 45 67 89 - H');
    expect(out).not.toContain('DUPONT/MARIE');
    expect(out).not.toContain('DUPONT/LUC');
    expect(out).not.toContain('NGUYEN/VAN AN');
    expect(out).not.toContain('33 1 23 45 67 89');
  });

  it('keeps numbered PNR elements that are not names', () => {
    const out = text('TKT/TIME LIMIT\n  1.TAW/20JUN\n  2.SSR FOID SK HK1/XX\n  4.TKT/TIME LIMIT');
    expect(out).toContain('TAW/20JUN');
    expect(out).toContain('4.TKT/TIME LIMIT');
  });

  it('masks SSR FOID documents and SSR FQTV numbers, keeping airline and status', () => {
    const out = text('5 SSR FOID AF HK1/PP19AB12345\n6 SSR FQTV AF HK1 AF1234567890');
    expect(out).not.toContain('19AB12345');
    expect(out).not.toContain('AF1234567890');
    expect(out).toContain('SSR FOID AF HK1');
  });

  it('masks PNL names and airline-less DOCS remarks', () => {
    const out = text('2MARTIN/CLAIREMRS .L/Q7W8E9 .R/DOCS HK1/P/FRA/19AB12345/FRA/02FEB90/F/01JAN30/MARTIN/CLAIRE');
    expect(out).not.toContain('MARTIN/CLAIRE');
    expect(out).not.toContain('19AB12345');
    expect(out).toContain('Q7W8E9');
  });

  it('masks a TD3 names line alone and keeps other lines of fillers', () => {
    const line = 'P<FRAMARTIN<<CLAIRE<ANNE<<<<<<<<<<<<<<<<<<<<';
    expect(line.length).toBe(44);
    expect(value({ mrz1: line })).not.toContain('MARTIN<<CLAIRE');
    expect(value({ sep: 'A<<B<<C' })).toContain('A<<B<<C');
  });

  it('masks PAXLST traveller segments and keeps other EDIFACT documents', () => {
    const out = text("NAD+FL+++DUPONT:MARIE+12 RUE DE LA PAIX+PARIS++75002+FRA'DTM+329:900202'DOC+P:110:111+19AB12345'");
    expect(out).not.toContain('DUPONT');
    expect(out).not.toContain('12 RUE DE LA PAIX');
    expect(out).not.toContain('900202');
    expect(out).not.toContain('19AB12345');
    const invoice = text("UNH+1+INVOIC:D:96A:UN'DOC+380+INV20240017'NAD+SU+++ACME SUPPLIES LTD'");
    expect(invoice).toContain('INV20240017');
  });
});

describe('red-team 27: vehicles, drivers, EV charging', () => {
  it('masks plates named by the word plate and current UK registrations', () => {
    const out = text('Car with plate 4GHJ219 blocked the gate; number plate is KX-509-PL. Returned YB71 FNR late.');
    expect(out).not.toContain('4GHJ219');
    expect(out).not.toContain('KX-509-PL');
    expect(out).not.toContain('YB71 FNR');
  });

  it('keeps plate words without a plate and UK-like codes with another age identifier', () => {
    const out = text('boiler plate 3 of 5; plate number is pending; batch AB99 CDE shipped');
    expect(out).toContain('plate 3 of 5');
    expect(out).toContain('AB99 CDE');
  });

  it('masks a courier or driver name beside a plate or a licence number', () => {
    const out = value({ courier: { name: 'Ines Duarte', vehicle_plate: 'AA-12-BB' }, vehicle: { name: 'Van 7', plate: 'YB71 FNR' } });
    expect(out).not.toContain('Ines Duarte');
    expect(out).toContain('Van 7');
  });

  it('reads AAMVA licence barcode elements after the ANSI 636 header', () => {
    const out = text('ANSI 636026080102DL00410288ZA03290015DLDAQF9876543\nDCSDOE\nDACJANE\nDBB01151990\nDAG1 MAIN ST\nDAK850010000');
    expect(out).not.toContain('F9876543');
    expect(out).not.toContain('01151990');
    expect(out).not.toContain('1 MAIN ST');
    expect(text('DAQ123 without the header')).toContain('DAQ123');
  });

  it('masks OCPP AuthorizationKey and OCPI visual numbers, keeps charge point ids', () => {
    const out = value({
      key: 'AuthorizationKey',
      value: '7a1b2c3d4e5f60718293a4b5c6d7e8f9',
      AuthorizationKey: 'a0b1c2d3e4f5a6b7c8d9',
      chargeBoxId: 'CP-LIS-0001',
    });
    expect(out).not.toContain('a0b1c2d3e4f5a6b7c8d9');
    expect(out).toContain('CP-LIS-0001');
    expect(value({ visual_number: 'PT-EVI-123456-7' })).not.toContain('PT-EVI-123456-7');
  });
});

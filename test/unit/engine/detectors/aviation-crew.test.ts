import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { detectorCases } from './support.js';

/**
 * Airline crew, flight-operations, maintenance and ground-handling records (red-team round 90).
 * Values differ from the round's corpus: names, staff numbers, licence and certificate numbers made
 * up here in the layouts EASA, the FAA and the crew systems print; look-alikes (flight numbers,
 * registrations, Part-145 approvals, pairings, work orders, part numbers, versions, counts) stay.
 */
const engine = testEngine();
const mask = (input: string) => engine.maskText(input).value;
const maskRecord = (input: unknown) => JSON.stringify(engine.maskValue(structuredClone(input)).value);

describe('aviation_licence_number', () => {
  detectorCases(
    'aviation_licence_number',
    [
      ['CPT MARCHETTI/LUCA   LIC IT.FCL.ATPL.30218', 'IT.FCL.ATPL.30218'],
      ['released by B1 engineer, licence AT.66.00841', 'AT.66.00841'],
      ['CRS: K. DEVLIN IE.66.07731B', 'IE.66.07731B'],
      ['examiner be.fcl.tre.0442 signed', 'be.fcl.tre.0442'],
      ['Lizenz PL.FCL.CPL.77120 gültig', 'PL.FCL.CPL.77120'],
    ],
    [
      // An organisation's approvals, an IP address, a version, a dotted id without a state code.
      'Lufthansa Technik AG, approval DE.145.0007',
      'design organisation EASA.21J.035',
      'gateway 10.66.12.4 reachable',
      'release 2.66.1041 deployed',
      'node app.66.2041 crashed',
    ],
  );
});

describe('mechanic_certificate_number', () => {
  detectorCases(
    'mechanic_certificate_number',
    [
      ['Annual completed. Rosalie Penhaligon, A&P 2231907 IA', '2231907'],
      ['signed: t. okafor a&p #4471093', '4471093'],
      ['POST /sign?tech=x&cert=A%26P+6620418 HTTP/1.1', '6620418'],
      ['returned to service by\nOrla Bexley A&P\n5528016', '5528016'],
      ['mecânico responsável (CANAC 508233)', '508233'],
    ],
    [
      // A&P as a rating without a number, a tach time, a date, a short number after IA.
      'A&P mechanic required on night shift',
      'A&P inspection at tach 2284.6 hrs',
      'A&P school class of 2025-09-01',
      'ia 42 pending, see A&P notes',
    ],
  );
});

describe('airman_certificate_number', () => {
  detectorCases(
    'airman_certificate_number',
    [
      ['Airman: Quentin Ashby   Certificate No.: 3307741', '3307741'],
      ['pilot verification: certificate number 4418207 ok', '4418207'],
      ['dispatcher on duty, dsp_cert=2290615', '2290615'],
    ],
    [
      // A TLS certificate's serial and a certificate number in a text about no airman.
      'TLS certificate no. 0x3fa2c1 renewed',
      'certificate number 4418207 for the web server',
      'pilot batch run: certificate rotation 2025-11-30',
    ],
  );
});

describe('crew numbers and surnames in crew-tracking lines, PBS awards and ACARS', () => {
  it('masks the number and surname of OLD / NEW crew lines, keeps the flight and reason', () => {
    const out = mask('04DEC25 1210Z|CHG|FLT BA0284|POS CP|OLD 310552 WAINWRIGHT J|NEW 318007 DE-LA-CRUZ M|REASON FDP');
    for (const v of ['310552', 'WAINWRIGHT', '318007', 'DE-LA-CRUZ']) expect(out).not.toContain(v);
    for (const v of ['BA0284', 'REASON FDP', 'POS CP']) expect(out).toContain(v);
  });
  it('masks a PBS award row and an ACARS sign-on, keeps the line, credit and pairings', () => {
    const out = mask('PBS AWARD BID PERIOD FEB26\n0212 3310448  PRENDERGAST L     L044  80:10   K2201 K2207');
    expect(out).not.toContain('3310448');
    expect(out).not.toContain('PRENDERGAST');
    for (const v of ['L044', '80:10', 'K2201 K2207']) expect(out).toContain(v);
    const acars = mask('CREW SIGN ON\nCPT 552013 OYELARAN B\nFO  560217 KRISTIANSEN-BO A\nDEP EWR');
    for (const v of ['552013', 'OYELARAN', '560217', 'KRISTIANSEN-BO']) expect(acars).not.toContain(v);
  });
  it('keeps a number before capitals in a text that is no crew record', () => {
    const out = mask('ORDER 2204518 SHIPPED X|NEXT');
    expect(out).toContain('2204518 SHIPPED');
  });
  it('masks slash-separated crew lists, keeps the pax count', () => {
    const out = mask('CREW/CPT 663201/FO 670044/CM1 LINDGREN/CM2 OSEI-BONSU/PAX 188');
    for (const v of ['663201', '670044', 'LINDGREN', 'OSEI-BONSU']) expect(out).not.toContain(v);
    expect(out).toContain('PAX 188');
  });
});

describe('crew_slash_name and load_sheet_signatory', () => {
  it('masks SURNAME/GIVEN on OFP crew lines and the BSM passenger, keeps the rest', () => {
    const ofp = mask('OFP 2  BA0117  EGLL-KJFK  D-ABCD\nCPT  MERRIWETHER/ALISTAIR   LIC 00112\nDISP KOVALENKO/DARYNA');
    expect(ofp).not.toContain('MERRIWETHER/ALISTAIR');
    expect(ofp).not.toContain('KOVALENKO/DARYNA');
    expect(ofp).toContain('EGLL-KJFK');
    const bsm = mask('BSM\n.V/1LLHR\n.F/BA0117/12DEC/JFK/J\n.N/0125998877001\n.P/2ABERCROMBY/HELENAMRS/TOBIASMR\nENDBSM');
    expect(bsm).not.toContain('ABERCROMBY/HELENAMRS');
    expect(bsm).toContain('.F/BA0117/12DEC/JFK/J');
    expect(bsm).toContain('0125998877001');
  });
  it('masks who prepared and signed a load sheet, keeps the weights', () => {
    const out = mask('LOADSHEET FINAL\nTOTAL TRAFFIC LOAD 18220\nPREPARED BY OSWIN TREGARTHEN\nCAPTAINS SIGNATURE B. AKINFENWA');
    expect(out).not.toContain('OSWIN TREGARTHEN');
    expect(out).not.toContain('AKINFENWA');
    expect(out).toContain('TOTAL TRAFFIC LOAD 18220');
  });
});

describe('crew_staff_number_after_label', () => {
  detectorCases(
    'crew_staff_number_after_label',
    [
      ['called RSV FA Jane Roe (emp 771204) at 0415Z', '771204'],
      ['crew swap with fo emp no 660918, approved', '660918'],
      ['Kapitän Roe (Personalnummer 00552107) getauscht', '00552107'],
      ["l'hôtesse Roe, matricule 880214, arrivée 04/12", '880214'],
      ['gatekeeper: capt crew id 702215', '702215'],
      ['Capt. Roe (employee 448210) removed from duty', '448210'],
    ],
    [
      // An HR record's employee ids stay (rounds 7, 18, 74), as do counts, dates and other words.
      'payroll.final_check employee=E31120 name="Jane Roe"',
      'Employee ID: 55012 in the payroll run',
      'Update bank details of employee 00412',
      'capt: employees 2025 headcount report',
      'crew: emp 4017 left the building',
      'crew temp 12345 reading',
    ],
  );
});

describe('ops_login_after_by, bag_file_name, bag_file_address', () => {
  it('masks a controller login after |BY and an MRO login before its display name, keeps service accounts', () => {
    expect(mask('05DEC25 0300Z|CHG|FLT AF1141|POS PU|REASON SWAP|BY mlacroix-dupont')).not.toContain('mlacroix-dupont');
    expect(mask('WO 2026/0412 closed by user RDALGLEISH (Rhona Dalgleish)')).not.toContain('RDALGLEISH');
    expect(mask('05DEC25 0300Z|CHG|FLT AF1141|BY svc_crewsync')).toContain('svc_crewsync');
  });
  it('masks the NM and PA lines of an AHL file, keeps the file reference and tag', () => {
    const out = mask('AHL LHRBA77120\nNM OYELOWO-BRANDT\nPA 9 MARSHGATE CLOSE/EH4 2BX EDINBURGH/GB\nTN BA441207\nFD BA0117/12DEC');
    expect(out).not.toContain('OYELOWO-BRANDT');
    expect(out).not.toContain('9 MARSHGATE CLOSE');
    for (const v of ['LHRBA77120', 'BA441207', 'BA0117/12DEC']) expect(out).toContain(v);
  });
});

describe('staff numbers and names beside each other in crew and MRO records', () => {
  it("masks a crew member's staff number beside the name, keeps an HR employee id beside it", () => {
    const out = maskRecord({ crewId: 'C-550713', firstName: 'Philippa', lastName: 'Quarrington', rank: 'FO' });
    expect(out).not.toContain('C-550713');
    expect(maskRecord({ employeeId: 'E-000517', firstName: 'Philippa', lastName: 'Quarrington' })).toContain('E-000517');
  });
  it('masks a rooming list name written SURNAME, Given beside the staff number, keeps the hotel', () => {
    const out = maskRecord({ bookingRef: 'HTL-40211', roomingList: [{ name: 'QUARRINGTON, Philippa', staffNo: '220418', nights: 2 }] });
    expect(out).not.toContain('QUARRINGTON, Philippa');
    expect(out).not.toContain('220418');
    expect(out).toContain('HTL-40211');
  });
  it("masks a certifying engineer's name beside the Part-66 licence, keeps the stamp", () => {
    const out = maskRecord({ certifiedBy: { name: 'Wilhelmina Oosthuizen-Bray', licence: 'NL.66.4410', stamp: 'KLM-E-220' } });
    expect(out).not.toContain('Wilhelmina Oosthuizen-Bray');
    expect(out).not.toContain('NL.66.4410');
    expect(out).toContain('KLM-E-220');
  });
  it('masks badge and captain numbers beside names, keeps a product name beside a count', () => {
    expect(maskRecord({ assistant: { name: 'Oluwaseun Adebayo-Kerr', badge: 'LHR-55102' } })).not.toContain('LHR-55102');
    expect(maskRecord({ captainEmpNo: '0073319', captainName: 'Ignatius Farraday' })).not.toContain('0073319');
    expect(maskRecord({ name: 'Garden Inn Express', rooms: 120, employeeCount: 41 })).toContain('Garden Inn Express');
  });
});

describe('crew ranks as leads of names', () => {
  it('masks names after Capt., Erster Offizier, Primer oficial, monteur and lower-case capt', () => {
    expect(mask('crew of BA0284 (Capt. Leopoldine Varga-Sands) reported')).not.toContain('Leopoldine Varga-Sands');
    expect(mask('Erster Offizier Konstanze Albrechtsen, Ergebnis: bestanden')).not.toContain('Konstanze Albrechtsen');
    expect(mask('Primer oficial: Itziar Goikoetxea Mendizabal')).not.toContain('Itziar Goikoetxea Mendizabal');
    expect(mask('vervangen door monteur Sjoerd van Balkom-Drees (licentie …)')).not.toContain('Sjoerd van Balkom-Drees');
    expect(mask('trip 4410: capt margaret holloway-pike, fo daniel westerberg (tel 0400 000 000)')).not.toContain('margaret holloway-pike');
  });
  it('keeps ranks before words that are no names', () => {
    const out = mask('the captain reported all checks complete; FO duties per OM-A 8.3');
    expect(out).toContain('the captain reported all checks complete; FO duties per OM-A 8.3');
  });
});

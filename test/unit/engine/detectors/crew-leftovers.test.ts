import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { detectorCases } from './support.js';

/**
 * The leftovers of red-team round 90 (stop 44): crew names after lower-case ranks and sign-offs,
 * names in brackets after a rank, CRS signatories, crew-transport lines, access-control and crew
 * list rows, crew tables' staff and `who` columns, keyed crew ids and airman certificates, identity
 * documents, phones after `reached on`, the CIE after `documento`. Values differ from the corpora's
 * (left90-corpus.ts, redteam90-corpus.ts): names, numbers and logins made up here; look-alikes
 * (ordinary words after `fo` and `capt`, parts of a tech-log write-up, user agents, drivers of
 * software, crew counts, door alarms, TLS serials, hotels and ASRS fields) stay.
 */
const engine = testEngine();
const mask = (input: string) => engine.maskText(input).value;
const maskRecord = (input: unknown) => JSON.stringify(engine.maskValue(structuredClone(input)).value);

describe('person_name_lower_crew', () => {
  detectorCases(
    'person_name_lower_crew',
    [
      ['standby: capt ludovic arnesen-ward called in sick', 'ludovic arnesen-ward'],
      ['crew swap ok: fo philippa trelawney takes the early', 'philippa trelawney'],
      ['crew note: fa marike van den akker has the galley', 'marike van den akker'],
      ['ls final edno 4, prepared by ottilie hargreaves, ok to board', 'ottilie hargreaves'],
      ['mx note: defect closed, cert by r. adeyemi-collins next shift', 'r. adeyemi-collins'],
      ['crew: purser annika sjoberg is briefing', 'annika sjoberg'],
      ['cockpit report: the fo (bartholomew quince) flew the leg', 'bartholomew quince'],
    ],
    [
      // Ordinary words after a rank, a part of a write-up, `for`, a rank alone.
      'crew note: fo was late for report, capt said the fuel figure was fine',
      'crew: capt windshield heat inop, fo pitot probe replaced',
      'pairing change for crew 12, capt and fo to reposition',
      'crew rest: capt decided to divert, fo flying',
      'prepared by the night shift, checked by qa',
    ],
  );
});

describe('rank_bracket_name and crs_signatory', () => {
  detectorCases(
    'rank_bracket_name',
    [
      ['On the go-around the FO (Leontine Marchbank) retracted flaps', 'Leontine Marchbank'],
      ['Capt (Hamish Okonedo-Reid) took control', 'Hamish Okonedo-Reid'],
    ],
    ['the FO (Seat Track) was loose', 'PF (Capt) flew the approach', 'FO Seat Track loose'],
  );
  detectorCases(
    'crs_signatory',
    [
      ['WORK: WHEEL CHANGE #3\nCERTIFIED: M. FITZGERALD-OBI  IE.66.11204', 'M. FITZGERALD-OBI'],
      ['TASK 32-41-00 DONE. CRS SIGNED: A.J. KOWALCZYK', 'A.J. KOWALCZYK'],
    ],
    ['CERTIFIED: YES', 'CRS: N/A  STATUS OPEN', 'SIGNED BY SYSTEM'],
  );
});

describe('crew-transport lines', () => {
  detectorCases(
    'crew_id_list',
    [
      ['svc=crewlimo ride=R-1 crew=[712044,712399] flight=EI0154', '712044'],
      ['pickup CREW_IDS=[640118, 640221]', '640221'],
    ],
    ['dispatch LH400 crew=2/4 pax=371 | LH401 crew=3', 'pairings=[P4017,P4022] crew=[]', 'crew=[12,14]'],
  );
  detectorCases(
    'quoted_driver_name',
    [
      ['transport job=T-4 driver="Gwendolyn Abernethy" flight=BA0117', 'Gwendolyn Abernethy'],
      ['limo chauffeur="Teodor Wisniewski-Hale" pickup=FRA', 'Teodor Wisniewski-Hale'],
    ],
    [
      'db driver="PostgreSQL Unicode" ok',
      'printer driver="HP Universal Printing PCL 6"',
      'jdbc driver=org.postgresql.Driver',
      'driver="Generic Text"',
    ],
  );
});

describe('access-control and crew list rows', () => {
  detectorCases(
    'access_event_holder',
    [
      ['2025-11-02T06:14:20Z,CARGO-GATE-2,7730415,ODUYA-FENWICK,Marisol,GRANTED', 'ODUYA-FENWICK'],
      ['06:20:11\tT3-DOOR-B\t5510248\tKVARNSTROM\tHelga\tINVALID', 'Helga'],
      ['Ramp-Door-7;Achterberg, Wolter;Credential 44120958;Access denied', 'Achterberg, Wolter'],
    ],
    [
      '2025-11-02T06:20:01Z,T2-GATE-D04,,DOOR FORCED OPEN,ALARM',
      '2025-11-02T06:21:44Z,T2-GATE-D04,,NORTH DOOR,DENIED',
      'permission denied, retry at 10:02, see log,file,line',
    ],
  );
  detectorCases(
    'access_event_card',
    [['2025-11-02T06:14:20Z,CARGO-GATE-2,7730415,ODUYA-FENWICK,Marisol,GRANTED', '7730415']],
    ['2025-11-02T06:20:01Z,T2-GATE-D04,7730415,DOOR FORCED OPEN,ALARM'],
  );
  detectorCases(
    'crew_row_number',
    [['804417|WEATHERBY|CONSTANCE|PU|ORK|P2210', '804417']],
    ['804417|WIDGET|ASSEMBLY|QTY|ORK|P2210', 'ORDER|804417|BLUE|LARGE|SHIP'],
  );
});

describe('crew tables, keyed crew ids and airman certificates', () => {
  it('masks a staff-number column beside a name column, not alone', () => {
    const out = mask('crew_number,surname,given_name,rank\n551207,Achebe-Lund,Rosamund,FA');
    expect(out).not.toContain('551207');
    expect(mask('crew_number,fleet,rank\n551207,A320,FA')).toContain('551207');
  });
  it('masks logins of a `who` column and of an event table with an action column', () => {
    const out = mask('tool,who,out\nTQ-WR-11,mbrightlingsea,06:10\nTQ-WR-12,stores team,07:00');
    expect(out).not.toContain('mbrightlingsea');
    expect(out).toContain('stores team');
    expect(mask('time,key,user,action\n06:02,GPU-3,tquarshie,REMOVED')).not.toContain('tquarshie');
    expect(mask('time,key,user,action\n06:02,GPU-3,system,REMOVED')).toContain('system');
  });
  it('masks a crew id beside a sign-in e-mail, and an airman certificate beside the name', () => {
    const efb = maskRecord({ user: 'l.mbatha@example.org', crewId: 'EI-771204', device: 'EFB-22' });
    expect(efb).not.toContain('EI-771204');
    expect(maskRecord({ crewId: 'crew-7f3a', user: 'l.mbatha@example.org' })).toContain('crew-7f3a');
    const airman = maskRecord({ firstName: 'Odessa', lastName: 'Varga-Lind', certificateNumber: '5520194' });
    expect(airman).not.toContain('5520194');
    expect(maskRecord({ name: 'api.example.com', certificateNumber: '5520194' })).toContain('5520194');
  });
  it('masks an identity document under its own name, not its type', () => {
    const out = maskRecord({ collector: { identityDocument: 'L01X00T47', idDocumentType: 'ID card' } });
    expect(out).not.toContain('L01X00T47');
    expect(out).toContain('ID card');
  });
});

describe('look-alikes of names and phones in crew records', () => {
  it('keeps ASRS experience fields and crew hotels as names', () => {
    expect(mask('Flight Crew Total 2210; Flight Crew Type 410')).toContain('Flight Crew Total 2210; Flight Crew Type 410');
    expect(maskRecord({ hotel: { name: 'Hilton Garden Inn Dublin Airport' } })).toContain('Hilton Garden Inn Dublin Airport');
  });
  it('masks a phone after `reached on`, the CIE after `documento`', () => {
    expect(mask('She can be reached on 07400 123456 after six.')).not.toContain('07400 123456');
    expect(mask('consegnato alla madre, documento CA00000AA')).not.toContain('CA00000AA');
    expect(mask('host reached on attempt 3 after 2 retries')).toContain('attempt 3');
  });
});

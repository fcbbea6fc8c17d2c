import { describe, expect, it } from 'vitest';
import { maloIdValid, nmiChecksum } from '../../../../src/engine/detect/values/meter-points.js';
import { detectorCases, engine } from './support.js';

// Red-team round 71 (utilities, smart metering, EV charging). Sources: ERCOT ESI ID layout (17 or
// 22 digits, a distribution utility's DUNS number first: 1044372 Oncor, 1008901 CenterPoint);
// Xoserve MPRN (6–10 digits); AEMO "NMI Allocation List" checksum examples (2001985732/8,
// 6305888444/6, VKTS876510/8, 3075621875/8); the BDEW Marktlokations-ID check-digit rule and its
// example 51238696781 (the others here computed by it); MeLo-ID layout (DE, operator number,
// postcode, 20 characters); Elexon MPAN core check digit and DTC flow layout (ZHV header, group
// 288 of D0150); OCPI 2.2.1 Tokens module paths (ocpi/ocpi repository). Values differ from the
// corpus's (fixtures/redteam71-corpus.ts).

describe('us_esi_id', () => {
  detectorCases(
    'us_esi_id',
    [
      ['REP note: ESI ID 10443720001234567 moved in 03/05', '10443720001234567'],
      ['esiid=1008901000140000012345 status=active', '1008901000140000012345'],
      ['Electric Service Identifier (ESI-ID): 10032789400112233', '10032789400112233'],
    ],
    ['order 10443720001234567 shipped', 'ESI ID 2044372000123456 (16 digits)', 'ESI ID lookup took 10443720001234567890123 ms'],
  );
});

describe('uk_mprn', () => {
  detectorCases(
    'uk_mprn',
    [
      ['gas mprn 4521098733 registered', '4521098733'],
      ['the mprn for the flat is 889123 (old format)', '889123'],
    ],
    ['MPRN lookup failed at step 2', 'gas meter 4521098733 read', 'mprn 1111111 placeholder'],
  );
});

describe('au_nmi', () => {
  it('computes the AEMO checksum of the published examples', () => {
    expect(nmiChecksum('2001985732')).toBe(8);
    expect(nmiChecksum('6305888444')).toBe(6);
    expect(nmiChecksum('VKTS876510')).toBe(8);
  });
  detectorCases(
    'au_nmi',
    [
      ['CR1000 raised for NMI 3075621875 by retailer', '3075621875'],
      ['nmi: 20019857328 site vacant', '20019857328'],
      ['NMI VKTS876510 de-energised', 'VKTS876510'],
    ],
    ['NMI 20019857321 (checksum wrong)', 'flight leg 3075621875 nmi', 'NMI ABCDEFGHJK pending', 'distance 120 nmi, heading 270'],
  );
  it('masks an NMI under a bare nmi member and keeps nautical miles', () => {
    const out = engine.maskValue({ nmi: '6305888444', distance_nmi: 12.5, leg: { nmi: '12.5' } });
    const text = JSON.stringify(out.value);
    expect(text).not.toContain('6305888444');
    expect(text).toContain('"distance_nmi":12.5');
    expect(text).toContain('"nmi":"12.5"');
  });
});

describe('de_malo_id and de_melo_id', () => {
  it('checks the BDEW check digit', () => {
    expect(maloIdValid('51238696781')).toBe(true);
    expect(maloIdValid('58765432109')).toBe(true);
    expect(maloIdValid('58765432108')).toBe(false);
  });
  detectorCases(
    'de_malo_id',
    [
      ['Lieferbeginn für MaLo-ID 58765432109 bestätigt', '58765432109'],
      ['Marktlokation: 12345678905, Kunde informiert', '12345678905'],
    ],
    ['MaLo-ID 58765432108 (Prüfziffer falsch)', 'Auftrag 58765432109 versandt', 'MaLo-ID 01234567890'],
  );
  detectorCases(
    'de_melo_id',
    [['Zählpunkt DE0007391803310000000000000412345 gesperrt', 'DE0007391803310000000000000412345']],
    ['Auftrag DE0007391803310000000000000412345 angelegt', 'MeLo DE0007391ABCDEFGHIJKLMNOPQRSTUVWXY'],
  );
  it('masks the ids under their member names and keeps other values there', () => {
    const out = engine.maskValue({
      marktlokationsId: '58765432109',
      messlokationsId: 'DE0007391803310000000000000412345',
      esiId: '10443720001234567',
      maloIdStatus: 'aktiv',
      marktlokation: { typ: 'Verbrauch' },
      zaehlpunktbezeichnung: 'DE0007391803310000000000000499999',
    });
    const text = JSON.stringify(out.value);
    expect(text).not.toContain('58765432109');
    expect(text).not.toContain('DE0007391803310000000000000412345');
    expect(text).not.toContain('10443720001234567');
    expect(text).toContain('aktiv');
    expect(text).toContain('Verbrauch');
    expect(text).not.toContain('DE0007391803310000000000000499999');
  });
});

describe('uk_dtc_flow_mpan', () => {
  detectorCases(
    'uk_dtc_flow_mpan',
    [
      [
        'ZHV|DF00998812|D0150001|M|LOND|X|EELC|20250301101010||||OPER|\n288|1700044556670|20250301|\nZPT|DF00998812|3||1|20250301101011|',
        '1700044556670',
      ],
    ],
    [
      'ZHV|DF00998812|D0150001|M|LOND|X|EELC|20250301101010||||OPER|\n288|1700044556671|20250301|',
      'batch|1700044556670|done (no flow header)',
    ],
  );
});

describe('ocpi_token_uid_path', () => {
  detectorCases(
    'ocpi_token_uid_path',
    [
      ['POST /ocpi/emsp/2.2.1/tokens/04A1B2C3D4E580/authorize?type=RFID 200', '04A1B2C3D4E580'],
      ['PUT https://hub.example/ocpi/cpo/2.2.1/tokens/NL/TNM/0123ABCD45/ 201', '0123ABCD45'],
    ],
    [
      'GET /ocpi/emsp/2.2.1/tokens/?offset=0&limit=50 200',
      'GET /api/tokens/04A1B2C3D4E580 (no OCPI path)',
      'POST /ocpi/emsp/2.2.1/tokens/authorize 404',
    ],
  );
});

describe('person_name_lower_title', () => {
  detectorCases(
    'person_name_lower_title',
    [
      ['pp note: spoke to mr desmond quarrie re arrears', 'desmond quarrie'],
      ['cust is mrs winifred ashcombe, mob on file', 'winifred ashcombe'],
      ['letter returned for miss harriet pellow. review 02/07', 'harriet pellow'],
    ],
    ['mr desmond said he will call back', 'latency 35 ms average today', 'do not miss the deadline for order 4471', 'mrs smith called'],
  );
});

describe('lower-case names after a role word in a record, surname unknown to the lists', () => {
  detectorCases(
    'person_name_lower_role',
    [['tech note: card uid 04:11:22:33:44:55:66 belongs to fleet driver marcus vandermolen, re-issue', 'marcus vandermolen']],
    [
      'driver marcus requested a refund for session 4471',
      'driver marcus installed the app on 2025-03-01',
      'the driver marcus tregothnan (no number in the note)',
    ],
  );
  detectorCases(
    'person_name_lower_customer',
    [['note 2025-03-04: cust eleanor tregothnan moving out fri', 'eleanor tregothnan']],
    ['cust eleanor moving out on 2025-03-04', 'order 4471 for eleanor tregothnan'],
  );
});

describe('access codes in Italian, German and Spanish', () => {
  detectorCases(
    'access_code_after_name',
    [
      ['Intervento: codice cancello 5820, cane in giardino', '5820'],
      ['Hinweis Monteur: Torcode 7104 am Hoftor', '7104'],
      ['nota: código del portón 3391 y perro', '3391'],
    ],
    ['codice cliente 558201 aggiornato', 'Torcode geändert am 2024-05-01', 'código postal 28013'],
  );
});

describe('header-less rows (bare_cells): names beside a rarer given name, German mobiles', () => {
  it('masks a surname and a given name in a partner row with a phone and an e-mail', () => {
    const out = engine.maskText('BP_EXPORT: 1000881234|Wisniewska|Malgorzata|Hauptstraße|12|80331|München|0171 2345678|mw@example.de');
    expect(out.value).not.toContain('Wisniewska');
    expect(out.value).not.toContain('Malgorzata');
    expect(out.value).not.toContain('0171 2345678');
  });
  it("keeps a rarer given name beside an unknown word when the row's mailbox spells neither", () => {
    const out = engine.maskText('Plotter,Toshiba,plot-queue@contoso.example,/Devices,Active');
    expect(out.value).toContain('Plotter,Toshiba');
    const person = engine.maskText('Morcombe,Elspeth,em@contoso.example,/Tenants,Active');
    expect(person.value).not.toContain('Morcombe');
  });
  it('keeps company and product cells beside a given name when the row proves nothing else', () => {
    const out = engine.maskText('SKU-44120;Hartmann;Ventil;12;Lager 3;2025-03-01');
    expect(out.value).toContain('Hartmann');
    expect(out.value).toContain('Ventil');
  });
});

describe('street_address: a British wharf', () => {
  detectorCases(
    'street_address',
    [['final bill to 14 Kestrel Wharf, Bristol BS1 6XN', '14 Kestrel Wharf']],
    ['Canary Wharf station closed', 'Wharf 12 berth 3 unloading'],
  );
});

describe("residence_street: an agent's move-out note", () => {
  detectorCases(
    'residence_street',
    [
      ['cust moving fri. new addy 12 sandpiper walk, bath. final read taken', '12 sandpiper walk'],
      ['fwd addr: 3 tanner mews, york', '3 tanner mews'],
    ],
    ["i'm at 5 min walk from the station", 'new addy not given yet, call back 2 days', 'addy 3 lines long'],
  );
});

describe('uk_mprn: only the number right after its name', () => {
  detectorCases('uk_mprn', [], ['batch ok: mprn=10012345678 isbn=0306406152 rows=1204']);
});

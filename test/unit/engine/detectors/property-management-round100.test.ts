import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './support.js';

/**
 * Property-management, HOA and tenant-portal records (red-team round 100): lower-case names after
 * the parties of rent, lease and housing notes (person_name_lower_tenancy, and a second name joined
 * by `y` / `et` / `und` / `&`); a second person after `and` in a greeting or a tenants' line
 * (person_name); rental communities and associations by their head nouns; a gate pass's `guest` /
 * `host` in a link; a technician's and an inspector's login; a parking pass's number; Yardi's
 * interface licence; a door panel's credential serial; a TRACS household row's MMDDYYYY birth
 * date. Names are made up and differ from the corpus's; the negatives are the look-alikes
 * analysts need.
 */
describe('person_name_lower_tenancy: lower-case names after the parties of rent and housing notes', () => {
  detectorCases(
    'person_name_lower_tenancy',
    [
      ['ach_debit payer="cordelia gallagher" amt=900.00 batch=B-7', 'cordelia gallagher'],
      ['ref check: current landlord is bartholomew quinlan, 312 555 0147', 'bartholomew quinlan'],
      ['roommate winifred gallagher moved out 3/1, remove from lease', 'winifred gallagher'],
      ['los inquilinos marisol quintero y leopoldo vargas pagaron el 5/11', 'leopoldo vargas'],
      ['locataire : camille rousseau, logement 12, bail du 2024-07-01', 'camille rousseau'],
    ],
    [
      'payer id 44812 settled on 2026-11-03',
      'landlord portal login failed 3 times',
      'occupant count 3 max per unit 12',
      'el propietario del inmueble debe firmar el 12/11',
      'die mieter sind verpflichtet, die miete bis zum 3. zu zahlen',
      'landlord is responsible for repairs per lease section 9',
    ],
  );
});

describe('person_name: a second person joined by "and" to a name just found', () => {
  const masked = (text: string) => engine.maskText(text).value;
  it('masks the second given name of a greeting', () => {
    const out = masked('Hi Evangeline and Leopold,\nyour renewal is ready in the portal.');
    expect(out).not.toContain('Evangeline');
    expect(out).not.toContain('Leopold');
  });
  it("masks the second tenant of an itemisation's tenants line", () => {
    const out = masked('Tenant(s): Rosamund Achterberg and Tiberius Quenneville\nDeposit held: $1,200.00');
    expect(out).not.toContain('Tiberius Quenneville');
  });
  it('keeps a firm after a name and "and"', () => {
    expect(masked('Dear Rosamund Achterberg and Associates, thank you')).toContain('Associates');
  });
  it('keeps a company joined by "&"', () => {
    expect(masked('Stock: Johnson & Johnson and Procter & Gamble')).toContain('Procter & Gamble');
  });
});

describe('person_name: rental communities and associations stay', () => {
  detectorCases(
    'person_name',
    [['Landlord: Rosamund Achterberg, Unit 4', 'Rosamund Achterberg']],
    [
      'property: Aspen Hollow Townhomes, unit 14',
      'community: Juniper Creek Village HOA',
      'Pay to: Silver Mesa Property Management, Mon-Fri 9-5',
      'From the Briar Glen Apartments leasing office',
    ],
  );
});

describe('structure:url: a gate pass link names its guest and host', () => {
  const masked = (text: string) => engine.maskText(text).value;
  it('masks a spaced name under guest and host', () => {
    const out = masked('https://pass.example.com/qr?guest=Tiberius%20Quenneville&host=Rosamund%20Achterberg&lot=12');
    expect(out).not.toContain('Quenneville');
    expect(out).not.toContain('Achterberg');
  });
  it('keeps a host name and a flag', () => {
    const out = masked('GET /x?host=api.example.com&guest=true&lot=12');
    expect(out).toContain('host=api.example.com');
    expect(out).toContain('guest=true');
  });
});

describe('keys: logins, passes and licences of property-management records', () => {
  const mask = (value: Record<string, unknown>) => JSON.stringify(engine.maskValue(value).value);
  it("masks a service issue's assignee and an inspector by login", () => {
    const out = mask({ AssignedToUserName: 'tquenneville', inspector: 'rachterberg' });
    expect(out).not.toContain('tquenneville');
    expect(out).not.toContain('rachterberg');
  });
  it('keeps a parking pass number', () => {
    expect(mask({ ParkingPassNumber: 'PP-2207', parking_pass: 'N-118' })).toContain('PP-2207');
  });
  it('masks a Yardi interface licence in a SOAP body', () => {
    const out = engine.maskText('<InterfaceLicense>MIIBkzCCATmgAwIBAgIUZx7Qp2</InterfaceLicense>').value;
    expect(out).not.toContain('MIIBkzCCATmgAwIBAgIUZx7Qp2');
  });
});

describe('secret_assignment and key_value: a door panel credential serial stays', () => {
  it('keeps credential=fob:… and credential=card:…', () => {
    const out = engine.maskText('door="Lobby" credential=fob:0x4C19A2 result=GRANTED; door="Gym" credential=card:10442871').value;
    expect(out).toContain('fob:0x4C19A2');
    expect(out).toContain('card:10442871');
  });
  it('still masks a credential that is no serial', () => {
    expect(engine.maskText('credential=Gate-Pw-7731!').value).not.toContain('Gate-Pw-7731!');
  });
});

describe('bare_cells: a TRACS household row written MMDDYYYY', () => {
  it('masks the birth date of a header-less household row with an SSN', () => {
    const out = engine.maskText('1|Quenneville|Rosamund|A|H|F|07221961|E|401-23-9876').value;
    expect(out).not.toContain('07221961');
  });
  it('keeps an 8-digit number in a row without a person', () => {
    expect(engine.maskText('order|12345678|widget|04151958|x').value).toContain('04151958');
  });
});

describe("person_rows: a couple's given names in a header-less directory row", () => {
  it('masks `Given & Given` beside the surname cell', () => {
    const out = engine.maskText(
      'Lot 21,Gallagher,Cordelia & Bartholomew,311 Plover Way,(850) 555-0122,cgallagher@example.net,Owner-occupied\nLot 22,Quinlan,Winifred,315 Plover Way,(850) 555-0167,wquinlan@example.com,Rented',
    ).value;
    expect(out).not.toContain('Cordelia & Bartholomew');
  });
  it('keeps a product joined by `&` in a catalogue row', () => {
    const out = engine.maskText('SKU-1,Salt & Pepper,Grinder Set,12.99,in stock,2\nSKU-2,Black & Decker,Drill,49.00,in stock,3').value;
    expect(out).toContain('Salt & Pepper');
    expect(out).toContain('Black & Decker');
  });
});

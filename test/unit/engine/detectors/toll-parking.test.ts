import { describe, expect, it } from 'vitest';
import { engine } from './support.js';

// Rules written for red-team round 94 (311, parking, tolling, permits, municipal courts and
// utilities), with values other than the corpus's: plates and tag serials built to the issuers'
// layouts (other letters and digits), made-up names and logins, python-stdnum's other sample SSN.

function masked(input: unknown): string {
  if (typeof input === 'string') return engine.maskText(input).value;
  return JSON.stringify(engine.maskValue(structuredClone(input)).value);
}

describe('toll transponders after their word and under their names (detect/values/toll-parking.ts, detect/keys.ts)', () => {
  it('masks an agency-and-serial tag after tag / transponder and a transponder number of 8–12 digits', () => {
    for (const [text, value] of [
      ['<134>Dec  9 05:12:40 lane-ctl-03 etcd[881]: txn=552019384 tag=017-22094418 class=1 avi=READ', '017-22094418'],
      ['Tag 004 31870562  Plate PA JXM5521  Class 2', '004 31870562'],
      ['driver insists transponder 01731870562 was on the windshield', '01731870562'],
      ['Transponder #: 52209441 reported lost', '52209441'],
    ] as const) {
      expect(masked(text), text).not.toContain(value);
    }
  });
  it('keeps release tags, dates after tag, versions and counts', () => {
    const text = 'deployed image tag=20251209 release tag v4.12.0 tag 7 of 9; transponder batch 12 shipped';
    expect(masked(text)).toBe(text);
  });
  it('masks tagSerial / transponderId and keeps a transponder status or type', () => {
    const out = masked({ tagSerial: '22094418', transponderId: '01722094418', transponderStatus: 'VALID', transponderType: 'SWITCHABLE' });
    expect(out).not.toContain('22094418');
    for (const v of ['VALID', 'SWITCHABLE']) expect(out).toContain(v);
  });
});

describe('rows of toll interoperability and reconciliation files (toll_interop_row)', () => {
  it('masks the serial and the plate of a fixed-width list row and a header-less CSV row', () => {
    const list = 'HDR ITAG 017 20251209 000001\nDTL US NJ GHT4471  COM 017 22094418 V\nTRL 000001';
    const out = masked(list);
    for (const v of ['22094418', 'GHT4471']) expect(out).not.toContain(v);
    for (const v of ['HDR ITAG 017 20251209 000001', 'TRL 000001', 'DTL US NJ']) expect(out).toContain(v);
    const csv = '004,31870562,MD,2CX7719,2025-12-08T17:02:11,4.00,POSTED';
    const outCsv = masked(csv);
    for (const v of ['31870562', '2CX7719']) expect(outCsv).not.toContain(v);
    for (const v of ['2025-12-08T17:02:11', '4.00,POSTED']) expect(outCsv).toContain(v);
  });
  it('keeps rows whose 8-digit cell is a date or whose neighbours are no state and plate', () => {
    for (const row of ['004,20251208,MD,2CX7719,POSTED', '004,31870562,XX,2CX7719,POSTED', '004,31870562,MD,ACCOUNTS,POSTED']) {
      expect(masked(row)).toBe(row);
    }
  });
});

describe('plates typed in lower case and after the French word (plate_after_word_lower_case, plate_after_plaque)', () => {
  it('masks a lower-case plate after plate near a vehicle or toll word, with the state before or after', () => {
    for (const [text, value] of [
      ['car parked on the hydrant, plate 7bnw204 ca, ticket issued', '7bnw204'],
      ['my truck was sold last spring, its plate was kzt5108 in ohio', 'kzt5108'],
      ['v-toll reversed for plate ny hmt 3307 per supervisor', 'hmt 3307'],
    ] as const) {
      expect(masked(text), text).not.toContain(value);
    }
  });
  it('keeps a lab plate and a plate without vehicle talk', () => {
    for (const text of ['loaded plate ab12cd into the reader, 96 wells', 'culture plate 3a7x9 grew overnight']) {
      expect(masked(text)).toBe(text);
    }
  });
  it('masks a plate after plaque and keeps a dental plaque score', () => {
    const out = masked("Avis no AP-2025-118830 : plaque d'immatriculation GKT 5512, montant 9,80 $");
    expect(out).not.toContain('GKT 5512');
    expect(out).toContain('AP-2025-118830');
    const dental = 'indice de plaque 2, plaque score 3 au contrôle';
    expect(masked(dental)).toBe(dental);
  });
});

describe('court and records names under their fields (detect/keys.ts)', () => {
  it('masks a defendant named in a key=value line and reads defendant_dob as a date', () => {
    const out = masked('2025-12-09T10:01:00Z court-cms FTA_NOTICE case=OR-2025-0008812 defendant="Cosima Rautenberg" bond=250.00');
    expect(out).not.toContain('Cosima Rautenberg');
    for (const v of ['OR-2025-0008812', 'bond=250.00']) expect(out).toContain(v);
    expect(masked({ defendant_dob: '1990-02-11' })).toContain('DATE_OF_BIRTH');
  });
  it('masks a records officer login under point_of_contact and keeps a system account', () => {
    expect(masked({ point_of_contact: 'hbrightwater' })).not.toContain('hbrightwater');
    expect(masked({ point_of_contact: 'svc-records' })).toContain('svc-records');
  });
  it('masks a plate under Plate ID / plateId', () => {
    const out = masked({ 'Plate ID': 'LRK9043', plateId: 'MWT2286', plateState: 'NY' });
    for (const v of ['LRK9043', 'MWT2286']) expect(out).not.toContain(v);
    expect(out).toContain('"NY"');
  });
});

describe('licensing records under a generic licence number (structure/types.ts keptUnderKey)', () => {
  it('keeps a licensing office record id and masks a driver licence under the same name', () => {
    expect(masked({ licenseNumber: 'BUS-2024-11820' })).toContain('BUS-2024-11820');
    expect(masked({ license_no: 'STR-2023-0417' })).toContain('STR-2023-0417');
    expect(masked({ licenseNumber: 'W4481207' })).not.toContain('W4481207');
    expect(masked({ driversLicense: 'AB-2024-11820' })).not.toContain('AB-2024-11820');
  });
});

describe('names and samples in municipal records (lower-case-names.ts, person-name-stop.ts, structure/bare-cells.ts)', () => {
  it('masks a lower-case name after named / host is', () => {
    for (const [text, value] of [
      ['the buyer was a man named ambrose kettleby-vance, never transferred the title', 'ambrose kettleby-vance'],
      ['noise again. host is philippa oduya-brandt, no answer', 'philippa oduya-brandt'],
    ] as const) {
      expect(masked(text), text).not.toContain(value);
    }
  });
  it('keeps things named in prose', () => {
    const text = 'a file named settings.json and a queue named after the service';
    expect(masked(text)).toBe(text);
  });
  it('keeps the contact columns of a header after Caller and its Unique Key', () => {
    const out = masked(
      'Unique Key,Created Date,Caller Name,Caller Phone,Caller Email\n60011872,12/08/2025 09:10:00 AM,Bettina Osei,(646) 555-0142,b.osei@example.com\n60011890,12/08/2025 09:14:30 AM,Laurent Ashby,(646) 555-0177,l.ashby@example.com',
    );
    for (const v of ['Unique Key', 'Caller Phone', 'Caller Email', '60011872', '60011890']) expect(out).toContain(v);
    for (const v of ['(646) 555-0142', 'b.osei@example.com', 'Bettina Osei', 'Laurent Ashby']) expect(out).not.toContain(v);
  });
  it('masks a published sample SSN after the birth date of a proven row', () => {
    const out = masked('OR-2025-0009921,HALVORSEN-IKE,MARGIT,1969-09-30,219-09-9999,98.00,2025-12-02');
    for (const v of ['219-09-9999', 'HALVORSEN-IKE', '1969-09-30']) expect(out).not.toContain(v);
    for (const v of ['OR-2025-0009921', '98.00']) expect(out).toContain(v);
  });
});

describe('registered-owner return rows (registered_owner_row)', () => {
  it('masks the plate and the street of a header-less owner row and keeps the city, state and ZIP', () => {
    const out = masked('7LQD204|CA|MARCHETTI|ROSALIND|4471 ALTA LOMA DR|FRESNO|CA|93711');
    for (const v of ['7LQD204', 'MARCHETTI', 'ROSALIND', '4471 ALTA LOMA DR']) expect(out).not.toContain(v);
    expect(out).toContain('FRESNO|CA|93711');
  });
  it('keeps an order row of the same layout whose cells are no names', () => {
    for (const row of ['ORD55120|CA|SHIPPED|GROUND|12 UNITS|DOCK B|TX|75001', 'SKU4471A|NY|PALLET|BLUE|40 CASES|BRONX|NY|10451']) {
      expect(masked(row)).toBe(row);
    }
  });
});

describe('a company as a defendant (structure/company-name.ts)', () => {
  it('keeps a limited partnership under defendant and masks a person there', () => {
    const out = masked({ court_case: { number: '2025-00417', defendant: 'Sabine Creek Midstream LP' } });
    for (const v of ['Sabine Creek Midstream LP', '2025-00417']) expect(out).toContain(v);
    expect(masked({ defendant: 'Orla Penhaligon' })).not.toContain('Orla Penhaligon');
  });
});

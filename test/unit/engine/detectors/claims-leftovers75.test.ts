import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { isCompanyName } from '../../../../src/engine/structure/company-name.js';

// Leftovers of red-team round 75 (P&C and workers' compensation claims): the value detectors'
// rules, on values other than the corpora's (names and streets made up; plates of the DVLA format),
// with the look-alikes each rule must keep.
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;

describe('uk_plate_lower_case', () => {
  it('masks a lower-case UK plate after a vehicle or lookup word, with or without its blank', () => {
    const out = text('ran askmid on yk63ofa, no cover; third party car lb07 sev parked, reg hx21kwd');
    for (const s of ['yk63ofa', 'lb07 sev', 'hx21kwd']) expect(out).not.toContain(s);
  });

  it('keeps the shape without such a word, an impossible age identifier and longer tokens', () => {
    for (const input of ['build yk63ofa passed', 'reg yk99ofa pending', 'vrm file yk63ofa.txt', 'car id yk63ofa1', 'checked v5c and v62']) {
      expect(engine.maskText(input).findings.map((f) => f.detector)).not.toContain('uk_plate_lower_case');
    }
  });
});

describe('person_name: a claims bureau report in capitals', () => {
  it('masks LAST, FIRST after SUBJECT / INVOLVED PARTY / VEHICLE OWNER / CLAIMANT, and before DOB', () => {
    const out = text(
      'ISO HIT SUBJECT: ACHTERBERG, LEONIE  ROLE: INSD\nVEHICLE OWNER: DUNMORE-ADEYEMI, CLARISSA  STATE: OH\nFALKENRATH, MATILDA DOB: 1984-02-11',
    );
    for (const s of ['ACHTERBERG', 'DUNMORE-ADEYEMI', 'FALKENRATH']) expect(out).not.toContain(s);
  });

  it('keeps pairs of capitals that are no person', () => {
    const input = 'SUBJECT: AUTO, PERSONAL  CARRIER: PROGRESSIVE, DIRECT  LOSS: COLLISION, AT FAULT  OWNER: LESSOR, LEASING CO';
    expect(text(input)).toBe(input);
  });
});

describe('residence_street: third-person leads', () => {
  it('masks a lower-case street after lives / resides / residing at', () => {
    const out = text('clmt lives 27 foxglove way, works nights. insd resides at 3 mill race lane. tp residing at 88 kestrel rd');
    for (const s of ['27 foxglove way', '3 mill race lane', '88 kestrel rd']) expect(out).not.toContain(s);
  });

  it('keeps counts of lives and prose without a street', () => {
    const input = 'the fire took 2 lives 40 miles away on the main road; she lives 5 minutes from the depot';
    expect(text(input)).toBe(input);
  });
});

describe('person names in quoted e-mail and with an apostrophe', () => {
  it("reads a quoted reply's signature after its closing line", () => {
    const out = text('> Thanks for your help.\n> Best regards,\n> Niamh Ní Bhriain\n> Claims Handler');
    expect(out).not.toContain('Niamh');
  });

  it('masks a lower-case surname that opens with a particle and an apostrophe', () => {
    for (const input of ["tp says name is declan o'flaherty-moss, will call back", "my name is anita d'costa"]) {
      const out = text(input);
      expect(out).not.toMatch(/o'flaherty|d'costa/);
    }
  });

  it('keeps a greater-than that opens no quoted line, and contractions after a name', () => {
    expect(text('a > Regards, b')).toBe('a > Regards, b');
    expect(text("name is grace o'clock")).not.toContain('<PERSON');
  });
});

describe('company names: claims trades and regional legal forms', () => {
  it('keeps a tow firm, a salvage yard and a body shop after their role words', () => {
    const input = 'towed by tow (Ace Towing) to yard (Metro Salvage), then shop (Kingsway Collision)';
    expect(text(input)).toBe(input);
  });

  it('reads Central and Eastern European, Baltic and Nordic legal forms in their register case', () => {
    for (const name of [
      'Brno Parts s.r.o.',
      'Kaunas Motors UAB',
      'Tartu Logistics OÜ',
      'Liepaja Trade SIA',
      'Gdansk Auto sp. z o.o.',
      'Debrecen Car Kft.',
      'Aarhus Dele ApS',
    ]) {
      expect(isCompanyName(name), name).toBe(true);
    }
    for (const name of ['Maria Sia', 'Jonas Uab', 'Peter As']) expect(isCompanyName(name), name).toBe(false);
  });
});

describe('plate_after_vin_state_cell', () => {
  it('masks the plate cell after a valid VIN and a state or province code', () => {
    // VINs: Wikipedia's check-digit example and one built with the ISO 3779 check digit.
    for (const [input, plate] of [
      ['EST|B-118204|SUPP 2|1M8GDM9AXKP042788|MI|DKR 4471|TOTAL|2210.00', 'DKR 4471'],
      ['lot;2T1BURHE7KC204417;ON;CBKT-482;SALVAGE', 'CBKT-482'],
    ]) {
      expect(text(input!)).not.toContain(plate);
    }
  });

  it('keeps a year or a code after the state, a cell after an invalid VIN and one after no region', () => {
    for (const input of [
      'lot,1M8GDM9AXKP042788,OH,2019,SALVAGE',
      'lot,1M8GDM9AXKP042780,OH,AB1234,SALVAGE',
      'lot,1M8GDM9AXKP042788,ZZ,AB1234,SALVAGE',
      'lot,1M8GDM9AXKP042788,OH,CLEAN,SALVAGE',
    ]) {
      expect(engine.maskText(input).findings.map((f) => f.detector)).not.toContain('plate_after_vin_state_cell');
    }
  });
});

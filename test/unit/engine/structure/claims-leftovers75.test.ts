import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// Leftovers of red-team round 75 (P&C and workers' compensation claims): the structure readers'
// rules, on values other than the corpora's (names, streets and numbers made up; the SSN has a
// valid structure), with the look-alikes each rule must keep.
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const record = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);

describe('XML name parts inside a name element', () => {
  it('masks Given / Family / First / Last / Middle under an element whose name ends in Name', () => {
    const out = text(
      '<Party><PersonName><Given>Ruairi</Given><Middle>Tobias</Middle><Family>Wetherall</Family></PersonName><ClaimantName><First>Yevgenia</First><Last>Brockbank</Last></ClaimantName></Party>',
    );
    for (const s of ['Ruairi', 'Tobias', 'Wetherall', 'Yevgenia', 'Brockbank']) expect(out).not.toContain(s);
  });

  it('keeps font and address families, pages and names of things', () => {
    const input =
      '<Style><Font><Family>Noto Sans</Family></Font><Socket><Family>AF_INET</Family></Socket><Pager><First>1</First><Last>12</Last></Pager><FileName><First>report</First></FileName><CompanyName><First>Acme</First></CompanyName></Style>';
    expect(text(input)).toBe(input);
  });
});

describe('a policy reference by name', () => {
  it('masks a policy number under PolicyRef / policy_reference', () => {
    expect(text('<PolicyRef>AUT-GB-30918827</PolicyRef>')).not.toContain('AUT-GB-30918827');
    expect(record({ policy_reference: 'HO5 4410029381' })).not.toContain('4410029381');
  });

  it('keeps references that are no policy number', () => {
    const v = {
      policyRef: 'Acceptable Use 2.1',
      policyReference: 'default-deny',
      b: { policy_ref: 'arn:aws:iam::123456789012:policy/ReadOnly' },
    };
    expect(record(v)).toBe(JSON.stringify(v));
    expect(text('<PolicyRef>HO 00 05</PolicyRef>')).toContain('HO 00 05');
  });
});

describe("a vehicle's registration under the vehicle", () => {
  it('masks registration / reg / registrationNumber under a vehicle parent, in a list too', () => {
    const out = record({
      vehicleB: { registration: 'GE-881-TK' },
      insuredVehicle: { reg: 'KX19 PLM' },
      other_vehicle: { registrationNumber: '5521 HFG' },
      vehicles: [{ registration: 'M-QR 4471' }],
    });
    for (const s of ['GE-881-TK', 'KX19 PLM', '5521 HFG', 'M-QR 4471']) expect(out).not.toContain(s);
  });

  it('keeps registration dates and statuses, and registrations of anything else', () => {
    const v = {
      vehicle: { registration: 'expired', registrationDate: '2020-02-11', reg: '2021-07-30' },
      user: { registration: 'R2D2X9' },
      domain: { registration: 'ABC-123' },
      card: { registration: 'XY123' },
    };
    expect(record(v)).toBe(JSON.stringify(v));
  });
});

describe('claim parties under their role in key=value lines', () => {
  it('masks a quoted name under claimant / third_party / witness', () => {
    const out = text('level=warn msg=match claimant="Eilidh Marchbanks" third_party=\'Tegid Vaughan-Rees\' witness="Oona de Burca"');
    for (const s of ['Eilidh Marchbanks', 'Tegid Vaughan-Rees', 'Oona de Burca']) expect(out).not.toContain(s);
  });

  it('keeps placeholders, companies, one-word values and other keys', () => {
    const input =
      'claimant="None Given" tp="Direct Line Insurance" witness="Unknown" claimant="all" insurer="Hastings Direct" status="Open Review"';
    expect(text(input)).toBe(input);
  });
});

describe('IAIABC FROI / SROI records joined by *', () => {
  it('masks the SSN, the names after it and the birth date after them', () => {
    const out = text('gw reject seg="FROI*04*FL-25-7730011*20250510*401227815*ABERCROMBIE-DIAZ*ROSAMUND*J*19770704*F*0000920.00"');
    for (const s of ['401227815', 'ABERCROMBIE-DIAZ', 'ROSAMUND', '19770704']) expect(out).not.toContain(s);
    for (const kept of ['FROI*04*FL-25-7730011*20250510*', '*F*0000920.00']) expect(out).toContain(kept);
  });

  it('leaves segments without a valid SSN and other star-separated text', () => {
    for (const input of [
      'seg="SROI*IP*FL*04*EFT*CHECK"',
      'seg="FROI*00*FL-25-7730011*20250510*078051120*SMITH*JOHN*19770704"',
      'NM1*IL*1*DOE*JANE****MI*W123456789',
      'XFROI*00*401227815*SMITH*JOHN',
    ]) {
      expect(engine.maskText(input).findings.map((f) => f.detector)).not.toContain('structure:iaiabc');
    }
  });
});

describe('claim parties in query parameters', () => {
  it('masks names under patient / claimant / injured_worker, in capitals or in lower case', () => {
    const out = text('GET /review?patient=margaret%20hollowell&claimant=Desmond+Achebe-Lowe&injured_worker=Priya%20Ramaswamy 200');
    for (const s of ['margaret%20hollowell', 'Desmond+Achebe-Lowe', 'Priya%20Ramaswamy']) expect(out).not.toContain(s);
  });

  it('keeps filters, statuses and one-word values', () => {
    const input = 'GET /claims?patient=new%20referral&claimant=all&witness=none&status=Under%20Review 200';
    expect(text(input)).toBe(input);
  });
});

describe('ACORD AL3 insured groups', () => {
  it('masks the name cells and the street cell of a 5BIS group', () => {
    const out = text('al3 ERR group: 5BIS12 FONTAINE-OKAFOR   LUDMILA  418 WILLOWBROOK BND   TOLEDO OH43604 6CVH10 2011FORD');
    for (const s of ['FONTAINE-OKAFOR', 'LUDMILA', '418 WILLOWBROOK BND']) expect(out).not.toContain(s);
    expect(out).toContain('6CVH10 2011FORD');
  });

  it('keeps a commercial insured and other groups', () => {
    for (const input of [
      '5BIS10 NORTHGATE FOODS INC    900 COMMERCE DR   TOLEDO OH43604',
      '5LAG10 0001 HOMEOWNERS  FRAME  1962',
      '6CVH10 2011FORD  FOCUS   SE',
    ]) {
      expect(engine.maskText(input).findings.map((f) => f.detector)).not.toContain('structure:al3');
    }
  });
});

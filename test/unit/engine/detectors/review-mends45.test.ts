import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

/**
 * Mends found in the lead's review of stop 45's branches (helpers' "noticed, left alone"): a CSV
 * header's column names after a name label are no person, and a bank form's account holder that
 * is a company is no login. Names and companies made up.
 */
const engine = testEngine();
const maskRecord = (input: Record<string, unknown>) => JSON.stringify(engine.maskValue(structuredClone(input)).value);
const maskJson = (input: Record<string, unknown>) => engine.maskJsonText(JSON.stringify(input))!.render('{}');

describe("a CSV header's column names after a name label", () => {
  it('keeps `Date of Birth` and `File Location` and still masks the rows', () => {
    const records = [
      { export: 'Given Name,Last Name,Date of Birth,Phone\nTamsin,Achterberg,1958-11-23,+1 202 555 0147' },
      { export: 'Custodian,File Location,Size\nWendeline Osterhaus,/holds/2291/w.pst,88412' },
    ];
    for (const record of records)
      for (const out of [maskRecord(record), maskJson(record)]) {
        expect(out).not.toContain('Achterberg');
        expect(out).not.toContain('Osterhaus');
      }
    expect(maskRecord(records[0]!)).toContain('Last Name,Date of Birth');
    expect(maskRecord(records[1]!)).toContain('Custodian,File Location,Size');
  });
  it('still masks a name written after a name label with a colon', () => {
    expect(engine.maskText('Custodian: Wendeline Osterhaus').value).not.toContain('Osterhaus');
  });
});

describe('an account name that is a company', () => {
  it("keeps a company holder's first word and masks a person's login after the same label", () => {
    expect(engine.maskText('payee bank: 062-000 account name: BRINDLEWOOD PTY LTD').value).toContain('BRINDLEWOOD PTY LTD');
    expect(engine.maskText('account name: Halvorsen Freight Ltd, bsb 062-000').value).toContain('Halvorsen Freight Ltd');
    expect(engine.maskText('Account Name:\t\tmquarrington\n\tAccount Domain:\t\tCORP').value).not.toContain('mquarrington');
    expect(engine.maskText('Account Name: mquarrington Account Domain: CORP').value).not.toContain('mquarrington');
  });
});

describe("a header-less row's site before its street", () => {
  it('keeps a mall or a depot and masks a customer in the same place', () => {
    const site = { rows: 'Kestrel Roofing,Northgate Plaza,2207 Larkin Ave,Fresno CA' };
    const person = { rows: 'Kestrel Roofing,Wendeline Osterhaus,2207 Larkin Ave,Fresno CA' };
    for (const out of [maskRecord(site), maskJson(site)]) {
      expect(out).toContain('Northgate Plaza');
      expect(out).not.toContain('2207 Larkin Ave');
    }
    for (const out of [maskRecord(person), maskJson(person)]) expect(out).not.toContain('Osterhaus');
  });
});

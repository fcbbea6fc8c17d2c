import { describe, expect, it } from 'vitest';
import { engine } from './support.js';

// Leftovers of red-team round 63 (stop 38, left63): the rules written for HR and payroll record
// shapes, with values other than the corpora's. Sources: python-stdnum's se.personnummer doctest
// (640823-3234), HMRC's specimen NI prefix QQ, made-up German bank codes and accounts (no
// checksum applies to a bare SAP account field), made-up names, logins and streets.

function masked(input: unknown): string {
  if (typeof input === 'string') return engine.maskText(input).value;
  return JSON.stringify(engine.maskValue(structuredClone(input)).value);
}

describe('ABAP short dump and debugger variable lists (structure/abap-variables.ts)', () => {
  const dump =
    'Runtime Errors  UNCAUGHT_EXCEPTION\nName                 Value\nP0002-GBDAT          19780214\nLV_PERID_SE          640823-3234\nLS_P0009-BANKN       7654321098\nLV_COUNT             42\nPSPAR-PERNR          00012345\nSY-UNAME             HR_BATCH02';
  it('masks the values of personal fields by their component name', () => {
    const out = masked(dump);
    for (const v of ['19780214', '640823-3234', '7654321098']) expect(out).not.toContain(v);
  });
  it('keeps counters, personnel numbers, system fields and the error name', () => {
    const out = masked(dump);
    for (const v of ['LV_COUNT             42', '00012345', 'HR_BATCH02', 'UNCAUGHT_EXCEPTION']) expect(out).toContain(v);
  });
  it('reads no list without its header line', () => {
    const text = 'deploy log\nP0002-GBDAT  19780214 rows';
    expect(masked(text)).toContain('P0002-GBDAT');
  });
});

describe('change-report lines with old: and new: values (structure/old-new-lines.ts)', () => {
  it('masks both values of a bank account field and keeps the bank key', () => {
    const out = masked(
      '  BANKN  Bank account   old: 7654321098   new: 1234509876\n  BANKL  Bank key       old: 10020030     new: 50010517',
    );
    expect(out).not.toMatch(/7654321098|1234509876/);
    expect(out).toContain('10020030');
    expect(out).toContain('50010517');
  });
  it('keeps a line whose field names nothing personal', () => {
    const text = '  STAT2  Employment status   old: 3   new: 0';
    expect(masked(text)).toBe(text);
  });
});

describe('an account beside its bank key (banking.ts account_beside_bank_key)', () => {
  it.each([
    ['rejected: bank key 10020030 / account 7654321098', '7654321098'],
    ['account number 3300716 52 is not valid for bank key 50010517', '3300716 52'],
  ])('masks the account in %j', (text, account) => {
    expect(masked(text)).not.toContain(account);
  });
  it('keeps a bank key alone', () => {
    const text = 'bank key 10020030 not found in table BNKA';
    expect(masked(text)).toBe(text);
  });
});

describe('logins under User ID (keys.ts, login-names.ts login_after_user_id_label)', () => {
  it('masks a person login and keeps ids and integration users', () => {
    const out = masked({
      User_ID: 'rkowalczyk',
      other: { User_ID: 'ISU_Payroll_Outbound' },
      x: { userId: 'c0ffee12ab' },
      y: { user_id: 'emp_48213' },
      z: { UserID: 'A4409812' },
    });
    expect(out).not.toContain('rkowalczyk');
    for (const v of ['ISU_Payroll_Outbound', 'c0ffee12ab', 'emp_48213', 'A4409812']) expect(out).toContain(v);
  });
  it('masks a login after a User ID label in report text and in XML', () => {
    expect(masked('User ID=tvanderberg Session ID=b7e4c1d09a2f')).not.toContain('tvanderberg');
    expect(masked('<wd:User_ID>hbergstrom</wd:User_ID>')).not.toContain('hbergstrom');
  });
  it('keeps an id after the label', () => {
    const text = 'User ID=b7e4c1d09a2f Session ID=44';
    expect(masked(text)).toBe(text);
  });
});

describe("names under displayName, a new hire's name and a payslip subject", () => {
  it('masks a display name beside a worker member', () => {
    expect(masked({ employeeId: '77', displayName: 'Rosalind Featherstonehaugh' })).not.toContain('Featherstonehaugh');
    expect(masked({ display_name: 'Cosimo Varvaressos', jobTitle: 'Payroll Analyst' })).not.toContain('Varvaressos');
  });
  it("keeps a group's display name", () => {
    const group = { displayName: 'Finance Approvers', groupTypes: [] };
    expect(masked(group)).toBe(JSON.stringify(group));
  });
  it('masks a hire object name', () => {
    expect(masked({ new_hire: { name: 'Cosmo Ravensworth', start_date: '2026-01-05' } })).not.toContain('Ravensworth');
  });
  it('masks the worker in a payslip subject and keeps other subjects', () => {
    expect(masked('subject="Your payslip for May 2025 - Philippa Oduya"')).not.toContain('Oduya');
    expect(masked('Betreff: Lohnabrechnung 04/2025 für Jolanda Brinkhorst')).not.toContain('Brinkhorst');
    for (const text of ['subject="Your payslip for May 2025 - Download Ready"', 'Your payslip for May 2025 is ready - Payroll Team'])
      expect(masked(text)).toBe(text);
  });
});

describe('health conditions without a leave word (health-conditions.ts, bare-name-columns.ts)', () => {
  it('masks a listed condition under an accommodation record condition', () => {
    expect(masked({ condition: 'epilepsy', restrictions: 'no driving' })).not.toContain('epilepsy');
  });
  it('keeps a rule condition and a condition without the record', () => {
    for (const v of [{ condition: 'equals', restrictions: 'none' }, { condition: 'epilepsy' }]) expect(masked(v)).toBe(JSON.stringify(v));
  });
  it("masks the writer's own condition after a possessive", () => {
    expect(masked('I left because of my migraines and the commute')).not.toContain('migraines');
    expect(masked('motivo: minha gravidez de alto risco')).not.toContain('gravidez');
  });
  it('keeps a condition named without one', () => {
    const text = 'a migraine clinic opened near the office';
    expect(masked(text)).toBe(text);
  });
});

describe('German streets in lower case after an address label (residence-street.ts)', () => {
  it.each([
    ['anschrift: rosenweg 3, 12345 berlin', 'rosenweg 3'],
    ['neue adresse: an der alster 5, hamburg', 'an der alster 5'],
  ])('masks the street in %j', (text, street) => {
    expect(masked(text)).not.toContain(street);
  });
});

describe('labels and names analysts need', () => {
  it('keeps an issuing authority under auth and masks a credential there', () => {
    expect(masked('auth="State of Texas" doc=DL')).toContain('State of Texas');
    expect(masked('auth="Bearer abc.def.ghi"')).not.toContain('abc.def.ghi');
  });
  it("keeps a bank's name under a bank account and masks a holder's", () => {
    expect(masked({ bank_account: { name: 'Chase Bank', account_number: '000123456789' } })).toContain('Chase Bank');
    expect(masked({ bank_account: { name: 'Gaurav Kumar', account_number: '000123456789' } })).not.toContain('Kumar');
  });
  it('masks an ADP custom field value named by its nameCode', () => {
    const out = masked({ nameCode: { codeValue: 'Emergency Contact Name' }, codeValue: 'Ottoline Pembridge' });
    expect(out).not.toContain('Pembridge');
    expect(out).toContain('Emergency Contact Name');
  });
  it('masks an NI number after ni=', () => {
    expect(masked('doc_b="NI card" ni=QQ 65 43 21 B')).not.toContain('65 43 21');
  });
});

import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { nzBankAccountValid, compactTaxIdEntity } from '../../../../src/engine/structure/row-accounts.js';
import { idShapeMemberEntity, isIdShapeMember } from '../../../../src/engine/structure/id-shape-members.js';
import { ID_SHAPE, memberChecks } from '../../../../src/engine/structure/member-gate.js';
import { isSystemAccount } from '../../../../src/engine/detect/values/login-names.js';

/**
 * The rules of the leftover pass of red-team round 28 (stop 45), on values other than the corpora's
 * (python-stdnum's algorithms, made-up names) and with the look-alikes each rule must leave.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const both = (rec: Record<string, unknown>) => [
  JSON.stringify(engine.maskValue(structuredClone(rec)).value),
  engine.maskJsonText(JSON.stringify(rec))!.render('{}'),
];

describe('an account holder written as initials and a surname after its label (person-names.ts)', () => {
  it('masks the initials and the surname after acct name, a/c name, account holder, beneficiary name', () => {
    for (const [line, name] of [
      ['refund to acct name P Okonjo today', 'P Okonjo'],
      ['a/c name: D. Fairweather-Lowe (close match)', 'D. Fairweather-Lowe'],
      ['paid to account holder R.K. Aggarwal for rent', 'R.K. Aggarwal'],
      ['Beneficiary name: L. Chatterjee, A/c added', 'L. Chatterjee'],
      ['account name H de Villiers, ref DEC', 'H de Villiers'],
    ] as const) {
      const out = text(line);
      expect(out, line).not.toContain(name);
      expect(out, line).toContain('<PERSON:');
    }
  });

  it('keeps companies, everyday words and other labels', () => {
    for (const line of ['acct name J Papadakis Pty Ltd ref 7781', 'acct name T Support queue', 'file name: A Report.pdf', 'grade A Plus']) {
      expect(text(line), line).toBe(line);
    }
  });
});

describe('header-less payroll and payment rows (person-rows.ts, row-accounts.ts)', () => {
  it('checks New Zealand accounts written compact by their bank', () => {
    expect(nzBankAccountValid('123140017132350')).toBe(true);
    expect(nzBankAccountValid('1231400171323050')).toBe(true);
    expect(nzBankAccountValid('123140017133350')).toBe(false);
    expect(nzBankAccountValid('310001000000100')).toBe(false);
  });

  it('reads a compact IRD, SIN or TFN by its check', () => {
    expect(compactTaxIdEntity('48152376')).toBe('NATIONAL_ID');
    expect(compactTaxIdEntity('48152377')).toBeNull();
    expect(compactTaxIdEntity('612349878')).toBe('CA_SIN');
    expect(compactTaxIdEntity('1234567')).toBeNull();
  });

  it('masks the account and the name of a row that names its holder', () => {
    for (const [row, secrets] of [
      ['DC,James Hetaraka,123140017132350,250.00,RENT', ['James Hetaraka', '123140017132350']],
      ['401122,31926819,Priya Natarajan,75.00,SUBS', ['31926819', 'Priya Natarajan']],
      ['BSB,083-004,512904,Brodie Kavanagh,RENT', ['512904', 'Brodie Kavanagh']],
      ['N,000405123456,1200,Arjun Mehta,ICIC0000104,RENT', ['000405123456', 'Arjun Mehta']],
      ['ks,Mereana Tuhoe,48152376,4%,opt-in', ['Mereana Tuhoe', '48152376']],
      ['3,233241234567,Kofi Boateng,50,Bonus', ['233241234567']],
    ] as const) {
      const out = text(row);
      for (const s of secrets) expect(out, row).not.toContain(s);
      for (const kept of ['RENT', 'SUBS', 'ICIC0000104', 'opt-in', 'Bonus']) if (row.includes(kept)) expect(out, row).toContain(kept);
    }
  });

  it('keeps digits of rows that name no one, and numbers that fail their checks', () => {
    for (const row of [
      'metrics,200000,55779911,0.99,ok',
      // A provider number and a sample month (an HHCAHPS file row), and a date after a six-digit id.
      '077123,202510,Horatio,Penwarden,77 Saltbox Lane',
      'ID,075512,20251028,Horatio Penwarden,NC',
      'ks,Mereana Tuhoe,48152377,4%,opt-in',
      '3,233241234567,50,Bonus,x',
      '3,100012345678,Kofi Boateng,50,Bonus',
      'DC,James Hetaraka,123140017133350,250.00,RENT',
      'SBI,Mumbai Main,SBIN0000001,branch',
    ]) {
      const out = text(row);
      const digits = row.match(/\d{6,}|[A-Z]{4}0\d{6}/g) ?? [];
      for (const d of digits) expect(out, row).toContain(d);
    }
  });

  it('masks a mobile written in its country groups in any row, and keeps other digit cells', () => {
    for (const [row, phone] of [
      ['SMS|0805 123 4567|queued|retry-2', '0805 123 4567'],
      ['ORD-7781;0722 123456;delivered;2026-11-02', '0722 123456'],
    ] as const) {
      expect(text(row), row).not.toContain(phone);
    }
    for (const row of ['batch,0802123,queued,ok', 'ver,2025.12.1,0.981,build', 'sku,00012345,12,in-stock'])
      expect(text(row), row).toBe(row);
  });

  it('reads a labelled national id as a person row evidence', () => {
    const out = text('PAY|starter|Siobhan Kearney|PPSN 7654321G|start 2026-12-01');
    expect(out).not.toContain('Siobhan Kearney');
    expect(out).not.toContain('7654321G');
    const row = 'JOB|nightly|Release Train|SIN 12345|2026-12-07';
    expect(text(row)).toBe(row);
  });
});

describe('generic members read by the id their value passes (id-shape-members.ts)', () => {
  it('gates the names and reads the value', () => {
    expect((memberChecks('uid') & ID_SHAPE) !== 0).toBe(true);
    for (const k of ['subject_ref', 'subjectIdentifier', 'reference', 'Reference', 'ref']) {
      expect(isIdShapeMember(k), k).toBe(true);
      expect((memberChecks(k) & ID_SHAPE) !== 0, k).toBe(true);
    }
    expect(isIdShapeMember('user_id')).toBe(false);
    expect(idShapeMemberEntity('uid', '475192063812')).toBe('IN_AADHAAR');
    expect(idShapeMemberEntity('uid', '4751 9206 3812')).toBe('IN_AADHAAR');
    expect(idShapeMemberEntity('uid', '475192063813')).toBeNull();
    expect(idShapeMemberEntity('reference', '8501015009086')).toBe('ZA_ID');
    expect(idShapeMemberEntity('reference', '1711201234567')).toBeNull();
  });

  it('masks them in both walks and keeps Unix uids, timestamps and references', () => {
    for (const out of both({ result: { uid: '475192063812', yob: '1979' }, task: 'ekyc' })) {
      expect(out).not.toContain('475192063812');
      expect(out).toContain('ekyc');
    }
    for (const out of both({ enquiry: { subjectRef: '9206151234188', purpose: 'Affordability' } })) {
      expect(out).not.toContain('9206151234188');
      expect(out).toContain('Affordability');
    }
    for (const out of both({ uid: '1000', gid: '1000', ref: '1765101234567', reference: 'INV-2026-0042', subject: 'Password reset' })) {
      for (const kept of ['1000', '1765101234567', 'INV-2026-0042', 'Password reset']) expect(out).toContain(kept);
    }
  });

  it('reads a South African id after a subject= or ref: label in text', () => {
    expect(text('xds enquiry ok subject=8501015009086 score=640')).not.toContain('8501015009086');
    const line = 'xds enquiry ok subject=1765101234567 score=640';
    expect(text(line)).toBe(line);
  });
});

describe('command-line flags that name a person (command-line.ts)', () => {
  it('masks a SIN or an NHS number after --employee / --patient', () => {
    const out = text('cron[81]: /opt/pay/bin/roe --employee 612349878 --year 2025; /opt/ehr/trace --patient 4857773457 --out /tmp/x');
    expect(out).not.toContain('612349878');
    expect(out).not.toContain('4857773457');
    expect(out).toContain('--year 2025');
  });

  it('keeps counts, staff numbers and numbers that fail the checks', () => {
    for (const line of [
      '/opt/hr/bin/headcount --employees 250 --year 2025',
      '/opt/pay/bin/roe --employee 12345 --year 2025',
      '/opt/pay/bin/roe --member 612349879 --year 2025',
    ]) {
      expect(text(line), line).toBe(line);
    }
  });
});

describe('look-alikes of the pass', () => {
  it('keeps a GTIN-13 after a sku cell that also passes Luhn, and still masks a card there', () => {
    const row = 'sku,5901200000010,12,in-stock';
    expect(text(row)).toBe(row);
    expect(text('card,4111111111111111,visa,ok')).not.toContain('4111111111111111');
  });

  it('keeps a shared desk login and masks a person login', () => {
    for (const login of ['gp-reception-12', 'ed.triage', 'pharmacy_kiosk-3']) expect(isSystemAccount(login), login).toBe(true);
    expect(isSystemAccount('m.kowalski')).toBe(false);
  });
});

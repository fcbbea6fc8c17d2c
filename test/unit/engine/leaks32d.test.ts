import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../src/record/json-codec.js';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leftovers of red-team rounds 33 (payroll and banking files) and 32 (e-mail and support), each
 * closed as a general rule, with the look-alikes beside it that must stay. Values differ from the
 * corpora: routing numbers of other public banks (ABA check digit verified), SSNs built to the SSA
 * rules, plausible names.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
/** Both walks: the decoded value and the record's JSON text. */
function both(record: unknown): string[] {
  return [value(record), maskJsonString(engine, JSON.stringify(record)).output ?? ''];
}

describe('a bare account beside its routing code, and an 834 member id beside the enrolment (key:beside_partner)', () => {
  const positives: [string, unknown, string][] = [
    ['ACH entry split into short members', { tc: '27', rdfi: '12200024', acct: '55019283746', amt: '0000031245' }, '55019283746'],
    ['NACHA dfi_acct beside rdfi_routing', { rdfi_routing: '031000503', dfi_acct: '000777123456' }, '000777123456'],
    ['tool-call arguments', { tool: 'pay', arguments: JSON.stringify({ routing: '053000196', account: '88012345678' }) }, '88012345678'],
    ['CPA-005 segment parsed to JSON', { institution: '0010', transit: '00456', account: '7712345', payee: 'x' }, '7712345'],
    ['account as a number', { routing_number: 122000247, account: 4455667788 }, '4455667788'],
    ['834 member id that is an SSN', { subscriber_indicator: 'N', relationship: '19', member_id: '412659083' }, '412659083'],
  ];
  for (const [label, record, raw] of positives) {
    it(`masks it: ${label}`, () => {
      for (const out of both(record)) expect(out).not.toContain(raw);
    });
  }

  const lookAlikes: [string, unknown, string][] = [
    ['a cloud account beside a region', { region: 'us-east-1', account: '123456789012' }, '123456789012'],
    ['an account beside a named institution', { institution: 'MIT', account: '20931744' }, '20931744'],
    ['an account alone', { account: '55019283746', status: 'active' }, '55019283746'],
    ['a short account code beside routing', { routing: '053000196', account: '4021' }, '4021'],
    ['a chat member id', { guild_id: '8812', member_id: '412659083', nick: 'x' }, '412659083'],
    ['an 834 member id that is no SSN', { subscriber_indicator: 'Y', member_id: '900123456' }, '900123456'],
  ];
  for (const [label, record, raw] of lookAlikes) {
    it(`keeps it: ${label}`, () => {
      for (const out of both(record)) expect(out).toContain(raw);
    });
  }

  it('keeps the routing code itself', () => {
    for (const out of both({ routing: '053000196', account: '88012345678' })) expect(out).toContain('053000196');
  });
});

describe('CNAB 400 payer registration number', () => {
  it('masks sacado_inscricao, keeps other inscricao fields', () => {
    const out = value({ sacado_inscricao: '39053344705', empresa_inscricao: '11222333000181' });
    expect(out).not.toContain('39053344705');
    expect(out).toContain('11222333000181');
  });
});

describe('a query account right after its routing member', () => {
  it('masks account= after routing=', () => {
    const out = text('GET https://bank.example/verify?routing=122000247&account=55019283746&holder=x');
    expect(out).not.toContain('55019283746');
  });
  it('keeps account= alone or after another member', () => {
    expect(text('GET /v1/billing?account=55019283746&plan=pro')).toContain('55019283746');
    expect(text('GET /v1/x?region=122000247&account=55019283746')).toContain('55019283746');
  });
});

describe('nine digits after a payee TIN or an ACH addenda IND ID', () => {
  it('masks them when the SSA rules allow an SSN', () => {
    expect(text('FIRE: payee TIN 412659083 (Bo Lind) rejected')).not.toContain('412659083');
    expect(text('88,ORIG CO NAME=ACME,IND NAME=JO LIND,IND ID=318402759/')).not.toContain('318402759');
  });
  it('keeps other numbers', () => {
    expect(text('payee TIN 941234567 (an EIN)')).toContain('941234567');
    expect(text('kind id 318402759')).toContain('318402759');
    expect(text('IND ID=EMP-4471')).toContain('EMP-4471');
  });
});

describe('positive-pay issue records and employee census rows by their columns', () => {
  const issue = (acct: string, serial: string, cents: number, date: string, payee: string) =>
    `${acct}${serial}${String(cents).padStart(12, '0')}${date}${payee.padEnd(40, ' ')}`;
  it('masks the account and payee of an issue record, keeps serial, amount and date', () => {
    const file = `${issue('000311224455', '0000200781', 98800, '20270115', 'HENRIETTA OYELARAN')}\n${issue('000311224455', '0000200782', 5000, '20270115', 'LUCAS FERREIRA')}`;
    const out = text(file);
    for (const raw of ['000311224455', 'HENRIETTA OYELARAN', 'LUCAS FERREIRA']) expect(out).not.toContain(raw);
    for (const kept of ['0000200781', '000000098800', '20270115']) expect(out).toContain(kept);
  });
  it('keeps a digit run without a valid issue date', () => {
    const bad = issue('000311224455', '0000200781', 98800, '20271315', 'HENRIETTA OYELARAN');
    expect(text(bad)).toContain('000311224455');
  });

  const row = (emp: string, ssn: string, last: string, first: string, dob: string) =>
    `${emp}${ssn}${last.padEnd(20, ' ')}${first.padEnd(15, ' ')}${dob}0005125`;
  it('masks SSN, names and birth date of a census row, whole or quoted', () => {
    const line = row('000871', '412659083', 'OYELARAN', 'HENRIETTA', '03171988');
    for (const out of [
      text(`${line}\n${row('000872', '318402759', 'FERREIRA', 'LUCAS', '12011979')}`),
      text(`sftp ok; first line: ${line}`),
    ]) {
      for (const raw of ['412659083', 'OYELARAN', 'HENRIETTA', '03171988']) expect(out).not.toContain(raw);
      expect(out).toContain('000871');
    }
  });
  it('keeps a row whose nine digits are no SSN or whose date is no date', () => {
    expect(text(row('000871', '000659083', 'OYELARAN', 'HENRIETTA', '03171988'))).toContain('OYELARAN');
    expect(text(row('000871', '412659083', 'OYELARAN', 'HENRIETTA', '13171988'))).toContain('OYELARAN');
  });
});

describe('round 32: a signature number, an entity-joined card, a filled placeholder', () => {
  it('masks a national number alone on its line before Sent from my …', () => {
    expect(text('fine by me\n\nMaria Lopez\n07911 123456\n\nSent from my iPad')).not.toContain('07911 123456');
    expect(text('ok\nMaria Lopez\n07911 123456\nGet Outlook for Android')).not.toContain('07911 123456');
    // A landline too (the look-alikes below use one: since stop 37 a UK mobile is found anywhere).
    expect(text('fine by me\n\nMaria Lopez\n01632 960123\n\nSent from my iPad')).not.toContain('01632 960123');
  });
  it('keeps a number that is not alone on its line or has no sign-off after it', () => {
    expect(text('order\n01632 960123 shipped\n\nSent from my iPhone')).toContain('01632 960123');
    expect(text('Invoice\n01632 960123\n\nTotal due')).toContain('01632 960123');
  });

  it('masks a card grouped with &nbsp; or &#160;', () => {
    expect(text('<p>card 5555&nbsp;5555&nbsp;5555&nbsp;4444 ok</p>')).not.toContain('5555&nbsp;5555');
    expect(text('<p>card 5555&#160;5555&#160;5555&#160;4444</p>')).not.toContain('4444');
  });
  it('keeps entity-joined numbers that fail the card checks', () => {
    expect(text('<p>ref 1234&nbsp;5678&nbsp;9012&nbsp;3456</p>')).toContain('1234&nbsp;5678&nbsp;9012&nbsp;3456');
  });

  // Decision: a template variable is an identifier (`{{first_name}}`, `{{FirstName}}`); one
  // capitalised known given name between the braces is the value that filled it.
  it('masks a given name left between template braces', () => {
    const out = text('Hi {{Daniel}}, your refund of €20 is on its way');
    expect(out).not.toContain('Daniel');
    expect(out).toContain('{{');
  });
  it('keeps template variables and everyday words in braces', () => {
    const kept = 'Hi {{first_name}}, {{Name}} {{FirstName}} {{Mark}} {{Grace}} {{NAME}} {{Customer}}';
    expect(text(kept)).toBe(kept);
  });
});

import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leaks the thirty-third red-team round found (fixtures/redteam33-corpus.ts: fixed-width and EDI
 * files of payroll, benefits and banking), each closed where it happens, with the look-alike beside
 * it that must stay. Values differ from the corpus: routing numbers of other public banks (ABA check
 * digit verified), SSNs built to the SSA rules, plausible names.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);

const left = (s: string, n: number) => s.padEnd(n, ' ');
const right = (s: string | number, n: number) => String(s).padStart(n, '0');

/** A NACHA entry detail record (94 characters). */
function nachaEntry(code: string, rdfi9: string, account: string, amount: number, id: string, name: string, trace: string): string {
  return `6${code}${rdfi9}${left(account, 17)}${right(amount, 10)}${left(id, 15)}${left(name, 22)}  0${trace}`;
}

describe('NACHA ACH records by their columns', () => {
  const entry = nachaEntry('22', '122000247', '55019283746', 312450, '412659083', 'BENEDIKT ARNASON', '122000240000042');

  it('masks the DFI account, an SSN as individual id and the individual name of an entry detail', () => {
    expect(entry).toHaveLength(94);
    const out = text(`${entry}\n${nachaEntry('32', '031000503', '000777123456', 1200, 'EMP-2291', 'ROSALIE DUPRE', '031000500000007')}`);
    for (const raw of ['55019283746', '412659083', 'BENEDIKT ARNASON', '000777123456', 'ROSALIE DUPRE']) expect(out).not.toContain(raw);
    // The routing number, the amount, an employee number and the trace number stay.
    for (const kept of ['122000247', '0000312450', 'EMP-2291', '122000240000042']) expect(out).toContain(kept);
  });

  it('reads one entry quoted in a parser error and inside an escaped JSON string', () => {
    const quoted = text(`ach: line 12: invalid record: ${entry.trimEnd()} (bad trace)`);
    expect(quoted).not.toContain('55019283746');
    expect(quoted).not.toContain('BENEDIKT ARNASON');
    const escaped = value({ attributes: JSON.stringify({ raw: entry }) });
    expect(escaped).not.toContain('55019283746');
  });

  it('masks the corrected account of a notification of change (C01 and C03)', () => {
    const c01 = `798C01122000240000042      12200024${left('88112233', 29)}${' '.repeat(15)}053000190000011`;
    const c03 = `798C03122000240000043      12200024${left('053000196   4455667788', 29)}${' '.repeat(15)}053000190000012`;
    expect(c01).toHaveLength(94);
    const out = text(`${c01}\n${c03}`);
    expect(out).not.toContain('88112233');
    expect(out).not.toContain('4455667788');
    expect(out).toContain('053000196');
  });

  it('keeps a line whose routing field fails the ABA check digit, and batch / file control records', () => {
    const wrong = nachaEntry('22', '122000248', '55019283746', 312450, 'X', 'NOT A RECORD', '122000240000042');
    const control = `8220000003002440004900000000000000000000312450${left('1411234567', 10)}${' '.repeat(25)}122000240000001`;
    const out = text(`${wrong}\n${control}`);
    expect(out).toContain('55019283746');
    expect(out).toContain(control);
  });
});

describe('SSA EFW2 and IRS FIRE payee records', () => {
  const rw = `RW287310546${left('MARGUERITE', 15)}${left('L', 15)}${left('OYELARAN', 20)}${' '.repeat(4)}${left('', 22)}${left('4410 GREENWAY PKWY', 22)}${left('RALEIGH', 22)}NC27609`;

  it('masks the SSN, names and delivery address of an RW record, whole or quoted in a diff', () => {
    const out = text(`RE2026 561234567${' '.repeat(30)}\n${rw}`);
    for (const raw of ['287310546', 'MARGUERITE', 'OYELARAN', '4410 GREENWAY PKWY']) expect(out).not.toContain(raw);
    expect(text(`+ ${rw.slice(0, 90)}`)).not.toContain('OYELARAN');
  });

  it('keeps an RW-like run whose SSN the SSA rules exclude', () => {
    const out = text(`RW987654321${left('SAMPLE', 15)}${left('', 15)}${left('EXAMPLE', 20)}`);
    expect(out).toContain('EXAMPLE');
  });

  it("masks an individual payee's TIN, name and address of a B record, and keeps a business payee", () => {
    const b = (tinType: string, tin: string, name: string, address: string) =>
      `B2026 ${name.slice(0, 4)}${tinType}${tin}${left('P-77', 20)}${' '.repeat(14)}${right(50000, 12)}${'0'.repeat(180)} ${left(name, 40)}${left('', 40)}${left(address, 40)}`;
    const out = text(
      `${b('2', '412659083', 'WENDELL ASHCROFT', '19 QUARRY RD')}\n${b('1', '561234567', 'ACME PLUMBING LLC', '1 INDUSTRIAL WAY')}`,
    );
    for (const raw of ['412659083', 'WENDELL ASHCROFT', '19 QUARRY RD']) expect(out).not.toContain(raw);
    for (const kept of ['561234567', 'ACME PLUMBING LLC', 'P-77']) expect(out).toContain(kept);
  });
});

describe('ABA, Bacs, CNAB 240, CPA-005 and BAI2 records', () => {
  it('masks the account, title and trace account of an ABA detail record; the BSBs stay', () => {
    const detail = `1033-000${'  7730412'} 50${right(99000, 10)}${left('SINGH HARPREET', 32)}${left('PAY JAN', 18)}033-000${' 55667788'}${left('ACME PTY', 16)}00000000`;
    expect(detail).toHaveLength(120);
    const out = text(`DE file rejected: ${detail}`);
    for (const raw of ['7730412', 'SINGH HARPREET', '55667788']) expect(out).not.toContain(raw);
    for (const kept of ['033-000', 'PAY JAN']) expect(out).toContain(kept);
  });

  it('masks both accounts and the payee of a Bacs Standard 18 record', () => {
    const record = `309634${'12345670'}099${'400515'}${'88776655'}    ${right(125000, 11)}${left('ACME LTD', 18)}${left('JAN PAYROLL', 18)}${left('GWEN MORGAN', 18)}`;
    const out = text(record);
    for (const raw of ['12345670', '88776655', 'GWEN MORGAN']) expect(out).not.toContain(raw);
    expect(out).toContain('JAN PAYROLL');
  });

  it('masks the account and name of CNAB 240 segment A and the CPF and street of segment B', () => {
    const a = `0010001300003A000000${'001'}${'04321'}7${right('998877', 12)}5 ${left('RENATA MOURA LIMA', 30)}${left('SAL012027', 20)}`;
    const b = `0010001300004B   1${right('11144477735', 14)}${left('RUA AUGUSTA', 30)}00500`;
    const out = text(`${a}\n${b}`);
    for (const raw of ['000000998877', 'RENATA MOURA LIMA', '11144477735', 'RUA AUGUSTA']) expect(out).not.toContain(raw);
    expect(out).toContain('SAL012027');
  });

  it('masks the payee account and name of a CPA-005 credit segment', () => {
    const segment = `450${right(98000, 10)}027015${'000212345'}${left('8800771', 12)}${'0'.repeat(25)}${left('ACME', 15)}${left('MARC-ANDRE PELLETIER', 30)}`;
    const out = text(`C000000005${left('ACMEPAY01', 10)}0007${segment}`);
    expect(out).not.toContain('8800771');
    expect(out).not.toContain('MARC-ANDRE PELLETIER');
    expect(out).toContain('000212345');
  });

  it('masks the account of a BAI2 03 record; the group header and amounts stay', () => {
    const out = text(
      '01,031000503,ACME,270105,0600,1,80,1,2/\n02,ACME,031000503,1,270104,2400,USD,2/\n03,5550192837,USD,010,880000,,/\n49,880000,2/',
    );
    expect(out).not.toContain('5550192837');
    for (const kept of ['02,ACME,031000503,1,270104,2400,USD,2/', '880000']) expect(out).toContain(kept);
  });
});

describe('X12 820 payments and segments quoted alone', () => {
  it("masks BPR's account numbers after DA / SG and keeps its routing numbers and amount", () => {
    const out = text(
      'ST*820*0002*005010X218~BPR*C*910.00*C*ACH*CCP*01*053000196*DA*6677001122*1561234567**01*031000503*SG*3344556677*20270110~TRN*3*P27*1561234567~SE*4*0002~',
    );
    expect(out).not.toContain('6677001122');
    expect(out).not.toContain('3344556677');
    for (const kept of ['053000196', '031000503', '910.00']) expect(out).toContain(kept);
  });

  it('reads one NM1 of a person or one BPR quoted in an error; an organisation NM1 stays', () => {
    const out = text('segment 9 invalid: "NM1*IL*1*OKAFOR*CHIDI*E***34*287310546"');
    expect(out).not.toContain('OKAFOR');
    expect(out).not.toContain('287310546');
    expect(text('retrying BPR*D*15.00*C*ACH*CCP*01*122000247*DA*9900112233*1561234567')).not.toContain('9900112233');
    expect(text('payer: NM1*PR*2*ACME HEALTH PLAN*****PI*00123')).toContain('ACME HEALTH PLAN');
  });

  it('reads an 834 written with `|` between elements and a line per segment', () => {
    const out = text('INS|Y|18|021|28|A\nREF|0F|412659083\nNM1|IL|1|ASHCROFT|WENDELL||||34|412659083\nDMG|D8|19760311|M');
    for (const raw of ['412659083', 'ASHCROFT', '19760311']) expect(out).not.toContain(raw);
  });
});

describe('column and field names of payment and HR exports', () => {
  it('reads a CSV header whose required columns carry `*` (Workday EIB)', () => {
    const out = text('Key*,Worker*,Date of Birth*,Bank Account Number,Cost Center\n7,Wendell Ashcroft,1976-03-11,4455001122,CC-410');
    for (const raw of ['1976-03-11', '4455001122']) expect(out).not.toContain(raw);
    expect(out).toContain('CC-410');
  });

  it('masks SPEI / ACB account names and a payee column named BENEFICIARIO', () => {
    const out = value({ cuentaBeneficiario: '646180157000000004', homing_account: '62001122334' });
    for (const raw of ['646180157000000004', '62001122334']) expect(out).not.toContain(raw);
    const csv = text('CLABE,BENEFICIARIO,IMPORTE\n646180157000000004,ROSA ELENA MONTOYA,900.00');
    expect(csv).not.toContain('ROSA ELENA MONTOYA');
    expect(csv).toContain('900.00');
  });

  it('masks `--dda` on a command line, and keeps a `dda_status`', () => {
    expect(value({ cmd: 'achctl add-payee --rtn 122000247 --dda 7788990011 --type savings' })).not.toContain('7788990011');
    expect(value({ dda_status: 'verified', debtor_account_type: 'SB' })).toContain('"dda_status":"verified"');
  });
});

describe('an account number in prose beside its routing number', () => {
  it('masks a bare `account` number with a routing number named right after, and a homing / DDA account', () => {
    const out = text('Paid to account 55664433 at routing 053000196; old homing account 62004455667 closed; DDA 778899001');
    for (const raw of ['55664433', '62004455667', '778899001']) expect(out).not.toContain(raw);
  });

  it('keeps a cloud account before a route table and an account number without a routing number after it', () => {
    const out = text('aws account 123456789012 and routing table rtb-0a1b; account 44556677 was closed');
    expect(out).toContain('123456789012');
    expect(out).toContain('44556677');
  });
});

import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// Leftovers of red-team round 82 (stop 42): header-less brokerage rows, OMS audit events, links of
// wire approvals and CRM searches. Values differ from both corpora's: names, logins and accounts
// made up; python-stdnum nz.ird 35901981 / 136410132; SSN and ITIN shaped by the SSA's and IRS's rules.

const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;

describe('header-less brokerage rows', () => {
  it("masks an account title's owner, the account and the login after the title; keeps the registration type and the rest", () => {
    const out = text(
      '2025-09-02T10:01:05Z|ORDER_NEW|O-99120|6MV-118204|GARRANBY LUCASTA ROTH IRA|tquenby|drift\n2025-09-02T10:03:40Z|ORDER_CANCEL|O-99121|6MV-118207|FENNIMORE ADAIR JTWROS|system|client call',
    );
    for (const v of ['6MV-118204', 'GARRANBY LUCASTA', 'tquenby', '6MV-118207', 'FENNIMORE ADAIR']) expect(out).not.toContain(v);
    for (const v of ['ROTH IRA', 'JTWROS', '|system|', 'O-99120', 'ORDER_CANCEL', 'client call']) expect(out).toContain(v);
  });
  it('masks an owner in capitals between an account and an SSN, an ITIN or a registration type', () => {
    const out = text(
      'R22-440918,MERRIDEW SEPTIMA,536221187,ISHARES CORE US AGG BOND ETF,464287226,811.02\nR22-440919,OKONKWO DAMARIS,912701234,SPDR S&P 500 ETF,78462F103,402.17',
    );
    for (const v of ['R22-440918', 'MERRIDEW SEPTIMA', '536221187', 'OKONKWO DAMARIS', '912701234']) expect(out).not.toContain(v);
    for (const v of ['ISHARES CORE US AGG BOND ETF', '464287226', '78462F103']) expect(out).toContain(v);
    const list = text('3TT-771050,ASHCOMBE PERRIN,SEP IRA,ACTIVE,2018-06-11\n3TT-771051,ASHCOMBE PERRIN,INDIVIDUAL,ACTIVE,2018-06-11');
    expect(list).not.toContain('ASHCOMBE PERRIN');
    expect(list).toContain('SEP IRA');
  });
  it('keeps a fund row without an account beside the name, and a title-less row', () => {
    const out = text('VANGUARD TOTAL BOND ETF,921937835,412.18,0.00\nISHARES CORE S&P 500 ETF,464287200,1022.40,153.36');
    expect(out).toContain('VANGUARD TOTAL BOND ETF');
    expect(out).toContain('921937835');
    const models = text(
      '2025-09-02|REBALANCE|MODEL-7|HARBORLIGHT INCOME MODEL|svc_rebalancer|ok\n2025-09-02|REBALANCE|MODEL-8|CORE GROWTH ROTH IRA|svc_rebalancer|ok',
    );
    expect(models).toContain('HARBORLIGHT INCOME MODEL');
    expect(models).toContain('CORE GROWTH ROTH IRA');
  });
  it('masks a New Zealand IRD number written 2-3-3 or 3-3-3 in a person row, not other dashed numbers', () => {
    const out = text(
      'DTL,35-901-981,Tapsell Hinemoa,2025-08-01,2025-08-31,3120.00\nDTL,136-410-132,Ngata Rawiri,2025-08-01,2025-08-31,2890.00',
    );
    expect(out).not.toContain('35-901-981');
    expect(out).not.toContain('136-410-132');
    // A batch id of the same shape that fails the check stays.
    expect(
      text('DTL,35-901-982,Tapsell Hinemoa,2025-08-01,2025-08-31,3120.00\nDTL,136-410-133,Ngata Rawiri,2025-08-01,2025-08-31,2890.00'),
    ).toContain('35-901-982');
  });
});

describe('audit events and links', () => {
  it("reads an OMS event's user beside eventType as a login, a system account staying", () => {
    expect(JSON.stringify(engine.maskValue({ eventType: 'ALLOCATION_AMENDED', user: 'hbramwell' }).value)).not.toContain('hbramwell');
    expect(engine.maskValue({ eventType: 'ALLOCATION_AMENDED', user: 'svc_alloc' }).value).toEqual({
      eventType: 'ALLOCATION_AMENDED',
      user: 'svc_alloc',
    });
  });
  it('reads modifiedBy / changedBy as a login; an admin account and a display name stay', () => {
    const out = engine.maskValue({ modifiedBy: 'olarkspur', changedBy: 'dbadmin', lastModifiedBy: 'HR Admin' }).value as Record<
      string,
      string
    >;
    expect(out.modifiedBy).not.toBe('olarkspur');
    expect(out.changedBy).toBe('dbadmin');
    expect(out.lastModifiedBy).toBe('HR Admin');
  });
  it("masks a wire link's bene and a custodian account under from, keeping dates under from / to", () => {
    const out = text('https://ops.example/wires/approve?id=WR-77&from=K52-880913&bene=Tamsin+Okonedo&to=2025-09-30');
    expect(out).not.toContain('K52-880913');
    expect(out).not.toContain('Tamsin+Okonedo');
    expect(out).toContain('to=2025-09-30');
    expect(text('GET /api/statements?from=2025-07-01&to=2025-09-30 200')).toContain('from=2025-07-01');
  });
  it("masks a people search's name, not a filter or a product search", () => {
    expect(text('"GET /v2/clients?search=Beatrix%20Lowenthal&page=2 HTTP/1.1" 200')).not.toContain('Lowenthal');
    expect(text('"GET /v2/clients?search=status%3Aactive&page=2 HTTP/1.1" 200')).toContain('status%3Aactive');
    expect(text('"GET /shop/products?q=Jordan+Retro+High HTTP/1.1" 200')).toContain('Jordan+Retro+High');
  });
});

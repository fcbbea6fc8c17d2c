import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

/**
 * Values in rows printed without their header (stop 38): structure/login-cells.ts (a login that
 * spells a full name as a cell, an initial-and-surname login beside it) and bare-cells.ts (a
 * dashed Danish CPR with its mod-11 check, a Belgian national number in its printed writing, a
 * birth date right after a surname and a given name in columns of their own, a row's 4-digit
 * gate). Values differ from the rows38 corpus's; look-alikes in the same rows must stay.
 */
const engine = testEngine();
const mask = (t: string) => engine.maskText(t).value;

describe('login cells of a header-less row', () => {
  it('masks a full-name login and an initial-and-surname login beside it', () => {
    const out = mask('2023-09-04T12:00:00Z,user.authentication.sso,SUCCESS,helena.vukovic,Firefox,OKTA');
    expect(out).not.toContain('helena.vukovic');
    expect(out).toContain('user.authentication.sso');
    const pair = mask('RESET_MFA;2023-10-02 08:15:44;tobias_lindgren;kgallagher;SECURITY');
    expect(pair).not.toContain('tobias_lindgren');
    expect(pair).not.toContain('kgallagher');
    expect(pair).toContain('RESET_MFA');
  });

  it('keeps event names, config keys, file names, system accounts and lone short logins', () => {
    for (const row of [
      '2023-09-04 10:00:01|svc_backup|RepositoryPushEvent|OPS|infra-scripts',
      '2023-09-04 10:00:01|jenkins|app.config|reload|ok',
      'build,index.html,max.depth,grace.period,2023-09-04',
      'audit;2023-09-04;jdoe;policy.update;ALLOW',
      'metrics|http.server.requests|p99|412|2023-09-04',
    ]) {
      expect(mask(row), row).toBe(row);
    }
  });
});

describe('national ids and birth dates as bare cells', () => {
  it('masks a dashed CPR with its mod-11 check and a printed Belgian national number', () => {
    const dk = mask('LOEN|L-3317|070761-4285|Odense|Kontor|2023-11');
    expect(dk).not.toContain('070761-4285');
    expect(dk).toContain('L-3317');
    const be = mask('SECUREX;2023-11;93.05.18-223 61;Leuven;Arbeider');
    expect(be).not.toContain('93.05.18-223 61');
    expect(be).toContain('Leuven');
  });

  it('keeps dashed and dotted numbers whose check fails', () => {
    for (const row of ['LOEN|L-3317|070761-4286|Odense|Kontor|2023-11', 'SECUREX;2023-11;93.05.18-223 62;Leuven;Arbeider']) {
      expect(mask(row), row).toBe(row);
    }
  });

  it('masks a birth date right after surname and given-name columns, and keeps a member id before them', () => {
    const out = mask('ENRL|XQ40917733|HARGREAVES|MARGARET|1954-02-17|HMO-SILVER|2023-01-01');
    expect(out).not.toContain('1954-02-17');
    expect(out).not.toContain('MARGARET');
    expect(out).toContain('XQ40917733');
    expect(out).toContain('2023-01-01');
  });

  it('keeps old dates after product, place and release cells', () => {
    for (const row of [
      'release|ledger-core|v2.3.1|1999-12-31|legacy|amber',
      'site|Equinix|Frankfurt|1998-05-04|DC-FRA-2|active',
      'catalog,Northwind,Traders,1996-07-04,10248,shipped',
    ]) {
      expect(mask(row), row).toBe(row);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leaks the thirty-seventh red-team round found (fixtures/redteam37-corpus.ts: insurance claims and
 * policy records, dealer credit, DMV, rental and service records), each closed where it happens,
 * with the look-alike beside it that must stay. The values here differ from the corpus'.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);

describe('insurance and automotive field names', () => {
  it('masks ACORD Life PolNumber / GovtID, polNo, dlNo, a party-named licence, a registered owner', () => {
    const out = value({
      PolNumber: 'WL5512093388',
      GovtID: '401876523',
      polNo: 'TRM-2200918',
      party: { dlNo: 'F2214093' },
      seller_dl: '33019482',
      registeredOwner: 'Lucia Moreno',
    });
    for (const raw of ['WL5512093388', '401876523', 'TRM-2200918', 'F2214093', '33019482', 'Lucia Moreno']) expect(out).not.toContain(raw);
  });

  it('masks agency phone columns, a co-applicant income, a loan number and address history', () => {
    const out = value({
      cellPh: '(614) 555-0112',
      coapp_income: '4100',
      mortgagee: { loanNumber: '7003318842' },
      previousAddress: '12 Elm St, Dayton, OH 45402',
    });
    for (const raw of ['(614) 555-0112', '4100', '7003318842', '12 Elm St']) expect(out).not.toContain(raw);
  });

  it('keeps look-alike names: a download link, a loan type, a polling interval, an app name', () => {
    const out = value({ dl: 'https://cdn.example.com/app.zip', loanType: 'AUTO', pollInterval: '30000', app: 'billing-7' });
    for (const kept of ['https://cdn.example.com/app.zip', 'AUTO', '30000', 'billing-7']) expect(out).toContain(kept);
  });
});

describe('policy numbers in claim chats and notes', () => {
  it('masks a number read out in digit groups after `policy #` and a carrier-shaped number right after `policy`', () => {
    expect(text('my policy # is HX 2201 448 907 thanks')).not.toContain('HX 2201 448 907');
    expect(text('renewed policy AU7-4410938 today')).not.toContain('AU7-4410938');
  });

  it('keeps IAM and retention policies and a policy word before other words', () => {
    const line = 'IAM policy 12345 attached; policy denied for user 4412; policy v2 rollout 2024; retention policy P30D';
    expect(text(line)).toBe(line);
  });
});

describe('driver licences as states print them', () => {
  it('masks dash-grouped (FL, WI) and 3-3-3 (NY) licences after a licence word', () => {
    expect(text('FL DL# T512-118-90-224-0 on file')).not.toContain('T512-118-90-224-0');
    expect(text('showed DL W215-3397-4410-28 at counter')).not.toContain('W215-3397-4410-28');
    expect(text('seller_dl=512 774 903 odo=40112')).not.toContain('512 774 903');
  });

  it('keeps a value under a key of its own after a licence pair, and grouped ids without a licence word', () => {
    expect(text('seller_dl=512 774 903 odo=40112')).toContain('odo=40112');
    expect(text('order A123-45-67 shipped')).toBe('order A123-45-67 shipped');
  });
});

describe('lower-case party names in claim, rental and service notes', () => {
  it('masks a known given name and surname after renter / insd / insured / claimant', () => {
    expect(text('insd maria lopez called re glass claim')).not.toContain('maria lopez');
    expect(text('Renter james whitfield returned unit 5512')).not.toContain('james whitfield');
    expect(text('claimant emily carter sent photos')).not.toContain('emily carter');
  });

  it('keeps the role words before ordinary words', () => {
    const line = 'renter insurance quote; insured party reported the loss; claimant counsel called; enter the code';
    expect(text(line)).toBe(line);
  });
});

describe('names in rows without column names', () => {
  it('masks a given name and a surname in neighbouring cells of a row that holds an SSN or a phone', () => {
    const out = text('POL-77,BENEFICIARY,Laura,Bianchi,Spouse,521-38-4471,100');
    for (const raw of ['Laura', 'Bianchi', '521-38-4471']) expect(out).not.toContain(raw);
    const caps = text('9001,ACCORD,GARCIA,MARIA,3125550177,612384459');
    for (const raw of ['GARCIA', 'MARIA', '3125550177', '612384459']) expect(caps).not.toContain(raw);
  });

  it('keeps names alone in a row, city names, and a 9-digit cell without a name pair', () => {
    for (const row of [
      'build,Jordan,Smith,2024-01-01,123456789',
      '1001,Paris,London,Berlin,2024-01-01,77',
      'sku,Red,Green,Blue,412583907,x',
      '2024-06-01,ACCORD,LX,412583907,3125550177',
    ]) {
      const out = text(row);
      for (const kept of row.split(',').filter((c) => /^[A-Za-z]+$/.test(c) || /^\d{9}$/.test(c))) expect(out).toContain(kept);
    }
  });
});

describe('name halves under short keys beside their partner', () => {
  it('masks LN= / FN=, last= / first= and app_fname= / app_lname= when both halves are names', () => {
    const out = text('CLM-QRY LN=HOLLIS FN=MARGARET ST=OH');
    for (const raw of ['HOLLIS', 'MARGARET']) expect(out).not.toContain(raw);
    const url = text('GET /mvr/order?state=OH&last=Whitaker&first=Janet&purpose=UW 200');
    for (const raw of ['Whitaker', 'Janet']) expect(url).not.toContain(raw);
    expect(text('x app_fname=Laura&app_lname=Bianchi&y=1')).not.toMatch(/Laura|Bianchi/);
  });

  it('keeps page bounds, a function key and words that are no names', () => {
    for (const line of ['GET /items?first=10&last=20 and first=Alpha only', 'fn=Main ln=42 kiln=Hot', 'page first=Next last=Prev']) {
      expect(text(line)).toBe(line);
    }
  });
});

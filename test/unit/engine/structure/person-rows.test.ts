import { describe, expect, it } from 'vitest';
import { balticPersonalCodeValid } from '../../../../src/engine/detect/validators-national.js';
import { type Span, TextScan } from '../../../../src/engine/detect/types.js';
import { personRowSpans } from '../../../../src/engine/structure/person-rows.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * A row is evidence about its cells, rows come in runs (stop 39, structure/person-rows.ts).
 * Values differ from the rows39 corpus's: python-stdnum test values (se.personnummer 8803200115,
 * no.fodselsnummer 10048744732, za.idnr 7106245929185 / 7209170838080, ee.ik 36205030034, lt.asmens
 * 35002125431), libphonenumber example numbers (ES 612345678, FI 0412345678), made-up names and
 * streets. Look-alikes in the same rows must stay.
 */
const engine = testEngine();
const mask = (t: string) => engine.maskText(t).value;

describe('balticPersonalCodeValid', () => {
  it('accepts python-stdnum ee.ik and lt.asmens values and refuses a wrong check digit or date', () => {
    expect(balticPersonalCodeValid('36205030034')).toBe(true);
    expect(balticPersonalCodeValid('35002125431')).toBe(true);
    expect(balticPersonalCodeValid('36205030035')).toBe(false);
    expect(balticPersonalCodeValid('36213030034')).toBe(false);
    expect(balticPersonalCodeValid('76205030034')).toBe(false);
  });
});

describe("a person's row", () => {
  it('masks a national id, the name and the oldest birth-plausible date of a row of two kinds', () => {
    const se = mask('4410\t8803200115\tIngela Forsberg\tInköp');
    expect(se).not.toContain('8803200115');
    expect(se).not.toContain('Ingela Forsberg');
    expect(se).toContain('Inköp');
    const no = mask('B-221,10048744732,Rognstad,Kari,Bergen');
    expect(no).not.toContain('10048744732');
    expect(no).not.toContain('Rognstad');
    expect(no).toContain('B-221');
    const census = mask('W3307,Margit,Halloran,1976-08-14,2015-02-02,Full time');
    expect(census).not.toContain('1976-08-14');
    expect(census).not.toContain('Margit');
    expect(census).toContain('2015-02-02');
    expect(census).toContain('W3307');
  });

  it('keeps a status in capitals and a relationship beside a capitalised name', () => {
    const out = mask('B-9,PRIMARY,Marta,Kowalczyk,Daughter,1988-02-11,100');
    expect(out).not.toContain('Marta');
    expect(out).not.toContain('1988-02-11');
    expect(out).toContain('PRIMARY');
    expect(out).toContain('Daughter');
  });

  it('masks a street, a Dutch postcode and a name of an address row', () => {
    const nl = mask('71120\tJoost Verbeek\tLindelaan\t4\t2514 AB\tDen Haag');
    expect(nl).not.toContain('Lindelaan');
    expect(nl).not.toContain('2514 AB');
    expect(nl).not.toContain('Joost Verbeek');
    expect(nl).toContain('71120');
    const au = mask('CN-55120|Harriet Blackwood|9 Wattle Parade|Paddington|QLD|4064');
    expect(au).not.toContain('9 Wattle Parade');
    expect(au).toContain('CN-55120');
  });

  it('masks a bare mobile right after the name and a login spelled from the name', () => {
    const es = mask('CLI-7712|Rodrigo Villanueva|612345678|Zaragoza');
    expect(es).not.toContain('612345678');
    expect(es).toContain('CLI-7712');
    const login = mask('m.oostendorp;Marieke;Oostendorp;true;1711002233441');
    expect(login).not.toContain('m.oostendorp');
    expect(login).not.toContain('Oostendorp');
    expect(login).toContain('1711002233441');
    const alias = mask('"Corentin Lefebvre","clefebvre@example.org","clefebvr","Field Sales","Standard User"');
    expect(alias).not.toContain('clefebvr"');
    expect(alias).toContain('Field Sales');
  });

  it('masks a lower-case name whose both words the lists know', () => {
    const out = mask('INC-5512|printer jams on tray 2|rosalind whitaker|Hardware|open');
    expect(out).not.toContain('rosalind whitaker');
    expect(out).toContain('printer jams on tray 2');
  });

  it('keeps product, department, place and event rows, system accounts and ids that fail every check', () => {
    for (const row of [
      'SKU-3101,Harbor Lantern,Home Goods,Active',
      'PAY;000512;RSSMRA45C12F205X;Genova;Amministrazione;2024-02',
      'LOEN|K-5521|Aarhus|Lager|2024-03|Aktiv',
      'B-222,Hilde,Bergen,Lager,2024-03',
      'INV,4002318879,1709550000,3600,EUR,Paid',
      '5901234123450,Notebook A4,20,Stationery',
      'svc-ldap-sync;;;true;1690012003344',
      'ORD-66120,2024-03-11,2024-03-14,DHL Express,Delivered',
      'tty-audit: jenkins|pts/1|build-agent-7|Tue Apr  2 08:15:09 2024',
      'RDV;2024-03-14;Agence Lyon Part-Dieu;Guichet;Ouvert',
    ]) {
      expect(mask(row), row).toBe(row);
    }
  });
});

describe('column runs', () => {
  it('reads a name column from the rows that prove it and masks it in every row', () => {
    const out = mask('Brinkmann;Hannelore;Mitglied;2018\nSchwarzkopf;Ottilie;Mitglied;2020\nKettelhack;Wendelin;Vorstand;2016');
    for (const v of ['Brinkmann', 'Hannelore', 'Schwarzkopf', 'Ottilie', 'Kettelhack', 'Wendelin']) expect(out).not.toContain(v);
    expect(out).toContain('Vorstand');
    expect(out).toContain('2016');
  });

  it('masks a column of checked ids and the names beside them', () => {
    const out = mask('E-01,Lindiwe,Mokoena,7106245929185,PAYE\nE-02,Johannes,Botha,7209170838080,PAYE');
    expect(out).not.toContain('7106245929185');
    expect(out).not.toContain('7209170838080');
    expect(out).not.toContain('Lindiwe');
    expect(out).toContain('E-01');
    expect(out).toContain('PAYE');
  });

  it('masks a column of phones and the logins of a login column, and keeps a run of products', () => {
    const phones = mask('Lehtonen;Aino;0412345678\nMarek;Zuzana;612345678\nBerggren;Ylva;0412345678');
    expect(phones).not.toContain('0412345678');
    const logins = mask(
      'anna.kowalczyk,sms,2024-01-08,enrolled\nli.wei.zhang,sms,2024-01-09,enrolled\nsvc-mfa-probe,sms,2024-01-09,enrolled',
    );
    expect(logins).not.toContain('anna.kowalczyk');
    expect(logins).not.toContain('li.wei.zhang');
    expect(logins).toContain('svc-mfa-probe');
    const products = 'SKU-1,Harbor Lantern,Home Goods,Active\nSKU-2,Stoneware Mug,Kitchen,Active\nSKU-3,Wool Blanket,Textiles,Draft';
    expect(mask(products)).toBe(products);
  });

  it("keeps a firm's name with its legal form in a column of people's names", () => {
    const out = mask(
      'c-101,Ingrid,Solbakken,1969-08-02,PASSPORT\nc-102,Tomasz,Wieczorek,1980-12-11,PASSPORT\nc-103,Harbourline Freight BV,,,COMPANY',
    );
    expect(out).not.toContain('Solbakken');
    expect(out).toContain('Harbourline Freight BV');
  });
});

describe('one line under four cells (stop 39, second pass: not read)', () => {
  const spansOf = (text: string) => {
    const ctx = { classifyKey: () => null, out: [] as Span[], priority: 1 };
    personRowSpans(new TextScan(text), ctx);
    return ctx.out.map((s) => text.slice(s.start, s.end));
  };
  it('reads a line of four cells and a run of three-cell lines, not one line of three', () => {
    expect(spansOf('4410\t8803200115\tIngela Forsberg\tInköp')).toContain('8803200115');
    expect(spansOf('8803200115\tIngela Forsberg\tInköp')).toEqual([]);
    expect(spansOf('"8803200115","Ingela, Forsberg",Inköp')).toEqual([]);
    expect(spansOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36')).toEqual([]);
    expect(spansOf('B-221,10048744732,Rognstad\nB-222,36205030034,Tamm').length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// Leftovers of red-team round 77 (law firms, courts and e-filing): the URL and file-name readers'
// rules, on names other than the corpora's (plausible, made up), with the look-alikes each must keep.
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;

describe('a name searched in a URL', () => {
  it('masks `Surname, Given` and a given name beside a known surname under a search parameter', () => {
    for (const [input, name] of [
      ['GET /api/contacts?search=Pennington%2C%20Rosalind&limit=50 200', 'Pennington%2C%20Rosalind'],
      ['GET /search/?type=r&party_name=Okonjo%2C+Thaddeus&court=cand', 'Okonjo%2C+Thaddeus'],
      ['GET /contacts.json?query=Whitaker%20Imogen&fields=id', 'Whitaker%20Imogen'],
      ['GET /dockets?q=Harriet+Pennington&page=2', 'Harriet+Pennington'],
    ])
      expect(text(input!)).not.toContain(name);
  });

  it('keeps products, places and topics searched', () => {
    for (const input of [
      'GET /s?q=Jordan+Shoes&page=1',
      'GET /s?q=Returns%2C+Refunds',
      'GET /s?q=Paris%2C+France',
      'GET /s?query=Apache+Kafka',
      'GET /s?search=Washington+Post',
      'GET /s?q=Grant+Thornton',
    ])
      expect(text(input)).toBe(input);
  });
});

describe('a name in a document path percent-encoded', () => {
  it('masks a name in a legal paper glued by %20', () => {
    expect(text('GET /files/991/content/Declaration%20of%20Service%20on%20Harriet%20Oyelaran.pdf 302')).not.toContain('Harriet%20Oyelaran');
    expect(text('GET /docs/Witness%20Statement%20-%20Leonora%20Pike.docx')).not.toContain('Leonora%20Pike');
  });

  it('masks two words no list knows right after `<kind> of`', () => {
    expect(text('GET /dl/Affidavit%20of%20Ysolde%20Brannock%20re%20service.pdf 200')).not.toContain('Ysolde%20Brannock');
  });

  it('keeps titles of contracts and of papers about roles', () => {
    for (const input of [
      'GET /docs/download/Master%20Services%20Agreement%20-%20Northwind%20Traders.pdf 200',
      'GET /d/Deposition%20of%20Corporate%20Representative.pdf',
      'GET /d/Statement%20of%20Work%20v3.docx',
    ])
      expect(text(input)).toBe(input);
  });
});

describe("a court's address under a hearing's venue", () => {
  const record = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
  it('keeps a court building and its public address under venue / hearing_location / location', () => {
    const v = {
      hearing: { venue: 'Birmingham Civil Justice Centre, Priory Courts, 33 Bull Street, Birmingham B4 6DS' },
      listing: { hearing_location: 'Leeds Combined Court Centre, The Courthouse, 1 Oxford Row, Leeds LS1 3BG' },
      notice: { location: 'Daniel Patrick Moynihan U.S. Courthouse, 500 Pearl Street, New York, NY 10007' },
    };
    expect(record(v)).toBe(JSON.stringify(v));
  });

  it("masks a party's home under the same members, and a venue line with a phone", () => {
    const out = record({
      visit: { location: '14 Larkspur Close, Leeds LS6 2QT' },
      hearing: { venue: 'Leeds Combined Court Centre, tel 0113 306 2800' },
    });
    expect(out).not.toContain('14 Larkspur Close');
    expect(out).not.toContain('0113 306 2800');
  });
});

describe("a bank account's display name", () => {
  const record = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
  it("keeps a name that says the account's kind, masks a holder's", () => {
    const kept = { bank_account: { name: 'Client Trust Account - Barclays', type: 'trust' } };
    expect(record(kept)).toBe(JSON.stringify(kept));
    expect(record({ bank_account: { name: 'Imogen Whitaker', ifsc: 'HDFC0000001' } })).not.toContain('Imogen Whitaker');
  });
});

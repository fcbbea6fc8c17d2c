import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// Leftovers of red-team round 77 (law firms, courts and e-filing): the name detectors' rules, on
// names other than the corpora's (plausible, made up), with the look-alikes each rule must keep.
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;

describe('lower-case names after the parties of a law firm and after paying verbs', () => {
  it("masks a name after a paying verb's `to` in the same clause", () => {
    for (const [input, name] of [
      ['trust ledger: wire net proceeds to marisol quintanar-webb before friday', 'marisol quintanar-webb'],
      ['please remit the balance to jeremiah ashcroft by check', 'jeremiah ashcroft'],
      ['retainer refunded back to harriet oyelaran (matter 2024-0091)', 'harriet oyelaran'],
      ['settlement: disburse the client share to rosalind whitcombe', 'rosalind whitcombe'],
    ])
      expect(text(input!)).not.toContain(name);
  });

  it('keeps what money is sent to when it is no person, and a `to` past the clause', () => {
    for (const input of [
      'wire the retainer to escrow today',
      'send logs to splunk cloud; pay invoices to vendor accounts',
      'refund issued. to harriet: thanks',
      'transfer ownership to platform team',
    ])
      expect(text(input)).toBe(input);
  });

  it('masks a name after a party of a matter in lower case (client, adverse party, signatory, payee, petitioner)', () => {
    for (const [input, name] of [
      ['intake: client is leopold farquharson-reyes, slip on stairs', 'farquharson-reyes'],
      ['conflicts: adverse party tobias whitfield and his insurer', 'tobias whitfield'],
      ['closing: the signatory will be agnieszka holloway-brandt, cc gc', 'holloway-brandt'],
      ['payee: gwendolyn marchetti, check no 1042', 'gwendolyn marchetti'],
      ['petitioner amelia okonkwo-hart filed pro se', 'amelia okonkwo-hart'],
    ])
      expect(text(input!)).not.toContain(name);
  });

  it('reads a name after an apposition comma and a given name no list knows after `is` / `will be`', () => {
    expect(text('the tenant is arlo pemberton and his guarantor is his father, desmond pemberton')).not.toContain('desmond pemberton');
    expect(text('counterparty says the signer will be ysolde brannigan-fisk')).not.toContain('ysolde brannigan-fisk');
  });

  it('keeps lower-case phrases after the same leads', () => {
    for (const input of [
      'note: signatory will be confirmed by their board',
      'client is running version 4.2 and the client will be updated',
      'client portal invite resent; adverse party counsel not yet known',
      'the signer will be notified by email',
    ])
      expect(text(input)).toBe(input);
  });

  it('reads an Irish surname after its particle (ní, mac, mac an, mac giolla)', () => {
    for (const [input, name] of [
      ['respondent is niamh ní fhlannagáin, served at home', 'ní fhlannagáin'],
      ['witness is declan mac an bhaird per his solicitor', 'mac an bhaird'],
      ['deponent is eoin mac giolla bhríde, mob withheld', 'mac giolla bhríde'],
    ])
      expect(text(input!)).not.toContain(name);
  });

  it('masks a given name no list knows before a known surname and a date of birth', () => {
    const out = text('new matter: client ysolde hargreaves (dob 1988-02-14) referred by bar');
    expect(out).not.toContain('ysolde hargreaves');
    expect(text('updated record (dob 1990-01-02)')).toContain('updated record (dob');
    expect(text('verified photo id, dob 1990-01-02')).toContain('verified photo id, dob');
  });
});

describe('names wrapped by a line break in legal records', () => {
  it('masks a surname on the next line before `;` or a sentence end', () => {
    const out = text('narrative="Prepare outline for deposition of Philippa\nHargreave-Lowe; call adjuster" tk=TK210');
    expect(out).not.toContain('Hargreave-Lowe');
    expect(text('Letter sent on behalf of Mr. Tobias\nFennimore.')).not.toContain('Fennimore');
  });

  it("masks a surname on a quoted e-mail's next line, the quote marker kept", () => {
    const out = text('> wrote:\n> the claimant, Mrs. Leontyne\n> Ashgrove, will attend');
    expect(out).not.toContain('Ashgrove');
    expect(out).toContain('\n> ');
  });

  it('masks a surname after a title that ends the line before', () => {
    const out = text('rendered: "Dear Mr\nQuartermaine-Hobbs,\nWe write about your claim."');
    expect(out).not.toContain('Quartermaine-Hobbs');
  });

  it('keeps wrapped docket text of companies and motions', () => {
    const input = 'Dkt 12 MOTION to Compel filed by\nAcme Freight Holdings Inc in support of motion to\nCompel Discovery';
    expect(text(input)).toBe(input);
  });
});

describe("a conflicts search's quoted key=value terms", () => {
  it('masks the people of party= / terms= and keeps the companies beside them', () => {
    const out = text(
      'svc=conflicts action=search terms="Bartholomew Ashdown; Pinecrest Biologics LLC" hits=2\nsvc=conflicts action=hit party="Cordelia Farnsworth" relation=Adverse matter=0412-001\nsvc=conflicts action=done id=7',
    );
    for (const s of ['Bartholomew Ashdown', 'Cordelia Farnsworth']) expect(out).not.toContain(s);
    expect(out).toContain('Pinecrest Biologics LLC');
  });

  it('keeps companies, states and terms under the same keys', () => {
    const input =
      'svc=conflicts party="United States of America" term="Payment Terms" party="Third Party" party="Blackwater Dredging Co" party="Wells Fargo"\nsvc=conflicts action=done';
    expect(text(input)).toBe(input);
  });
});

describe("a deed's party `of` a home", () => {
  it('masks the capitalised name before `of` and a house number or a flat', () => {
    expect(text('This Tenancy is made between Larkspur Homes Ltd and Evander Holloway of 22 Quarry Lane, Leeds')).not.toContain(
      'Evander Holloway',
    );
    expect(text('made between Oakfield Estates Limited and Marguerite Penhallow of Flat 9, 3 Mill Road')).not.toContain(
      'Marguerite Penhallow',
    );
  });

  it('keeps institutions and trades before `of`', () => {
    for (const input of ['the Court of Appeal ruled', 'Northwind Traders of 4 Main Street', 'Bank of 3 Rivers'])
      expect(text(input)).toContain(input.split(' of ')[0]!);
  });
});

describe("a person parent's name without a contact beside it", () => {
  const record = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
  it('masks a name written out under user / user_ref / participants', () => {
    const out = record({
      activity: { id: 7, user: { id: 31, name: 'Harriet Pennington' } },
      entry: { user_ref: { id: 'u-9', display_name: 'Leonard Whitfield' } },
      linked: { participants: [{ id: 4, displayName: 'Margaret Oyelaran' }] },
    });
    for (const s of ['Harriet Pennington', 'Leonard Whitfield', 'Margaret Oyelaran']) expect(out).not.toContain(s);
  });

  it('keeps integrations, products and teams under the same parents', () => {
    const v = {
      a: { user: { id: 1, name: 'Zapier Integration' } },
      b: { agent: { name: 'Elastic Agent' } },
      c: { owner: { name: 'Platform Team' } },
      d: { user_ref: { display_name: 'System Administrator' } },
    };
    expect(record(v)).toBe(JSON.stringify(v));
  });
});

describe("a German law firm's parties and a conflicts hit's matched name", () => {
  it('masks the name after Gegner: / Mandantin / Beklagte', () => {
    const out = text('Az. 3 O 118/25: Gegner: Wolfram Achterberg-Lenz; Mandantin Henrike Sauerbrey');
    for (const s of ['Wolfram Achterberg-Lenz', 'Henrike Sauerbrey']) expect(out).not.toContain(s);
  });

  it('keeps companies after the same words', () => {
    const input = 'Der Gegner Verlag GmbH; Mandant Software AG; Beklagte Partei';
    expect(text(input)).toBe(input);
  });

  it("masks a person's matchedName and keeps a company's", () => {
    const out = JSON.stringify(
      engine.maskValue({ hits: [{ matchedName: 'Leonora Whitcombe' }, { matchedName: 'Harbour Cold Storage Ltd' }] }).value,
    );
    expect(out).not.toContain('Leonora Whitcombe');
    expect(out).toContain('Harbour Cold Storage Ltd');
  });
});

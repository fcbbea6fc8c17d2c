import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

/**
 * Red-team round 102's rules for political campaigns, fundraising and civic engagement: FEC `.fec`
 * lines split by FS, committees named `<Surname> for <Office>`, ActBlue receipt ids, voter-file
 * rows with a birth year and a registration date, record-id columns under a header, `FName` /
 * `MName` header columns, `{first, last}` beside contact members, OSDI signatures, `sms` numbers,
 * staff logins, a phone word's id key, lower-case names after campaign leads, `sq` streets and a
 * form body's `…_name`. Values differ from the corpus's: other made-up names, logins and streets,
 * other numbers of the 555-01XX fiction range.
 */
const engine = testEngine();

function masked(text: string): string {
  return maskText(engine, text).text;
}
function maskedValue(value: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(value)).value);
}
function maskedJsonText(value: unknown): string {
  return engine.maskJsonText(JSON.stringify(value))!.render('{}');
}
function bothWalks(value: unknown): string[] {
  return [maskedValue(value), maskedJsonText(value)];
}

describe('campaign-finance rows', () => {
  it('reads an FEC Schedule A line split by FS (0x1C)', () => {
    const line = [
      'SA11AI',
      'C00812345',
      'SA11AI.9001',
      '',
      '',
      'IND',
      '',
      'Kettering',
      'Rosalind',
      '',
      '',
      '',
      '77 Alder Way',
      '',
      'Boise',
      'ID',
      '83702',
      'G2026',
      '',
      '20250901',
      '300.00',
      '300.00',
      '',
      'St Lukes',
      'Nurse',
    ].join('\x1c');
    const out = masked(line);
    expect(out).not.toContain('Kettering');
    expect(out).not.toContain('Rosalind');
    for (const kept of ['C00812345', 'SA11AI.9001', 'G2026']) expect(out).toContain(kept);
  });

  it('keeps an ActBlue receipt id first in a contribution row, masks the donor', () => {
    const out = masked(
      'AB412209331,2025-10-02 10:11:12,35.00,Pruitt for Senate,pruitt-oct,em_1002,Gwendolyn,Marchbanks,18 Fern Hollow Ln,Tulsa,OK,74105,United States,Retired,Retired,gwen.m@example.com,918-555-0162,',
    );
    expect(out).toContain('AB412209331');
    expect(out).toContain('Pruitt for Senate');
    expect(out).not.toContain('Marchbanks');
    expect(out).not.toContain('gwen.m@example.com');
  });

  it('still reads a carrier policy number in a person row', () => {
    const out = masked('HO3-7720419900|ACHTERBERG|WILHELM|1958-03-02|44 Orchard Ln|Dayton|OH|45409');
    expect(out).not.toContain('HO3-7720419900');
  });

  it('keeps a nine-digit record id under its header id column, masks an SSN-named one', () => {
    const header = 'VANID,Last Name,First Name,Home Phone,Personal Email,Address,City,State,Zip,Amount\n';
    const row = '100387221,Lindqvist,Ottoline,(502) 555-0147,ottoline.l@example.com,88 Bardstown Rd,Louisville,KY,40204,100.00';
    const out = masked(header + row);
    expect(out).toContain('100387221');
    expect(out).not.toContain('Lindqvist');
    expect(masked(`SSN,Last Name,First Name,Email\n536904399,Lindqvist,Ottoline,ottoline.l@example.com`)).not.toContain('536904399');
  });
});

describe('committees named for an office', () => {
  it('keeps a committee in a From: header and under a recipient, masks the person after', () => {
    expect(masked('From: Whitcombe for Congress <info@example.org>')).toContain('Whitcombe for Congress');
    expect(masked('Recipient: Delgado for State Assembly 2026.')).toContain('Delgado');
  });

  it('masks a person whose sentence goes on after the office', () => {
    expect(masked('Thank you, Priscilla Vantongeren for Senate support')).not.toContain('Vantongeren');
  });
});

describe('voter files', () => {
  it('keeps a registration date in a row that holds a birth year, masks the names', () => {
    const row =
      'WAKE\t000031188771\tEH2093382\tOKAFOR-LUND\tTHEODORA\t\t2211 BRENTWOOD RD\tRALEIGH\t27604\t9195550133\tDEM\tF\t1983\t05/09/2008\t01-12';
    const out = masked(row);
    expect(out).toContain('05/09/2008');
    expect(out).not.toContain('THEODORA');
    expect(out).not.toContain('2211 BRENTWOOD RD');
  });

  it('still masks a birth date in a row without a birth year', () => {
    expect(masked('OH0021980001|25|HOLLOWAY|GRETCHEN|1961-02-14|882 ELM ST|COLUMBUS|OH|43201')).not.toContain('1961-02-14');
  });

  it('reads FName and MName beside LName in a header', () => {
    const out = masked('StateVoterID|FName|MName|LName|Birthyear\nWA009912230|Henrike|Ottilie|Brandvold|1990');
    for (const v of ['Henrike', 'Ottilie', 'Brandvold']) expect(out).not.toContain(v);
    expect(out).toContain('WA009912230');
  });

  it('masks a walk list voter by the vanId beside the name, keeps an organisation', () => {
    for (const out of bothWalks({ vanId: 31190001, name: 'Evander Quillfeather', age: 44, phone: null }))
      expect(out).not.toContain('Quillfeather');
    for (const out of bothWalks({ vanId: 31190002, name: 'Westside Tenants Union' })) expect(out).toContain('Westside Tenants Union');
  });
});

describe('members of donation and organising records', () => {
  it('reads {first, last} beside a contact member, keeps a range', () => {
    for (const out of bothWalks({ contributor: { first: 'Ysolde', last: 'Brackenridge', street: '12 Tern Ct', zip: '02134' } })) {
      expect(out).not.toContain('Ysolde');
      expect(out).not.toContain('Brackenridge');
    }
    for (const out of bothWalks({ shift: { first: 'Monday', last: 'Friday', count: 5 } })) expect(out).toContain('Friday');
  });

  it('keeps the ids and tags of an OSDI signature, masks its person', () => {
    const value = {
      'osdi:signature': {
        identifiers: ['action_network:5b1e0c2a-8f11-4d2e-9a7c-3c0f9e8d7b6a'],
        add_tags: ['transit-2026'],
        person: { given_name: 'Thomasina', family_name: 'Oyelowo', email_addresses: [{ address: 'thomasina.o@example.net' }] },
      },
    };
    for (const out of bothWalks(value)) {
      expect(out).toContain('5b1e0c2a-8f11-4d2e-9a7c-3c0f9e8d7b6a');
      expect(out).toContain('transit-2026');
      expect(out).not.toContain('Oyelowo');
    }
  });

  it('masks a number under sms, keeps a message or a setting there', () => {
    for (const out of bothWalks({ sms: '4125550171' })) expect(out).not.toContain('4125550171');
    for (const out of bothWalks({ sms: 'Your code expires soon' })) expect(out).toContain('Your code expires soon');
    for (const out of bothWalks({ sms: 'opted_in' })) expect(out).toContain('opted_in');
  });

  it('masks a contributor by its parts and a co-host', () => {
    for (const out of bothWalks({ contributor_last: 'Fairbrother', contributor_first: 'Leontyne', 'Co-host': 'Ambrose Kettleby' })) {
      for (const v of ['Fairbrother', 'Leontyne', 'Ambrose Kettleby']) expect(out).not.toContain(v);
    }
  });

  it('masks a staff login under staff and agent_username, keeps a team or a system account', () => {
    for (const out of bothWalks({ staff: 'tquillon', agent_username: 'vol_rmarchetti' })) {
      expect(out).not.toContain('tquillon');
      expect(out).not.toContain('vol_rmarchetti');
    }
    for (const out of bothWalks({ staff: 'Front Desk', texter: 'admin' })) {
      expect(out).toContain('Front Desk');
      expect(out).toContain('admin');
    }
  });
});

describe('free text', () => {
  it('keeps a record id after a phone word id key, masks the number after a phone word', () => {
    const out = masked('optout contact_id=8812034 call_id=4410299 cell=+14125550166');
    expect(out).toContain('8812034');
    expect(out).toContain('4410299');
    expect(out).not.toContain('4125550166');
    expect(masked('contact 555-0134 after 5')).not.toContain('555-0134');
  });

  it('masks lower-case names after campaign leads, keeps the prose', () => {
    const out = masked(
      'riders: cordelia fairweather and me. his assistant is bartholomew okonjo, 312-555-0122. draft a thank-you to evangeline marchetti',
    );
    for (const v of ['cordelia fairweather', 'bartholomew okonjo', 'evangeline marchetti']) expect(out).not.toContain(v);
    expect(masked('the volunteer training starts at 6, thank you to everyone')).toBe(
      'the volunteer training starts at 6, thank you to everyone',
    );
  });

  it('masks a lower-case street ending in sq, keeps square feet', () => {
    expect(masked('they moved to 12 hanover sq, call first')).not.toContain('12 hanover sq');
    expect(masked('about 400 sq ft of office space')).toContain('400 sq ft');
  });

  it('masks a role name in a form body beside a phone, keeps an app name', () => {
    expect(masked('POST /hooks/sms lead_name=Margaret%20Brightwater&phone=%2B13125550144')).not.toContain('Brightwater');
    expect(masked('POST /x app_name=Billing%20Api&phone=%2B13125550144')).toContain('Billing%20Api');
  });

  it('keeps a campaign event and a school, masks the person beside them', () => {
    const out = masked(
      'Madison Lit Drop on Saturday; my son Leopold teaches at Jefferson Elementary. Contact: Marisol Quintero 608-555-0177',
    );
    expect(out).toContain('Madison Lit Drop');
    expect(out).toContain('Jefferson Elementary');
    expect(out).not.toContain('Marisol Quintero');
  });
});

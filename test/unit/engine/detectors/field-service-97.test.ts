import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

/**
 * Red-team round 97's rules for field service and home services: access codes in work orders and
 * technicians' notes, a phone before a numbered list's next item, a card read out with mixed
 * separators, lower-case names after homeowner / owner / this is, trade words that make a run a
 * contractor's name, technicians' logins in field-service lines, a name cell before a street cell
 * in a header-less route row, USPS `Ter`, a Jobber GraphQL global id and a ServiceNow
 * reference link. Values differ from the corpus's: other made-up names, logins, codes and streets,
 * other numbers of the 555-01XX fiction range, another test card.
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

describe('access codes in field-service notes', () => {
  it('masks a lockbox combination, an alarm password and a gate or door code further on', () => {
    const cases: [string, string][] = [
      ['Back gate lockbox 2286, key on the hook.', '2286'],
      ['GET /jobs/J-550120/access?lockbox=5173&tech=x HTTP/1.1', '5173'],
      ['alarm pw 8031 then press off', '8031'],
      ['please use the front door, code is 9#4410 and ring twice', '9#4410'],
      ['Code du portail 4183, chien gentil', '4183'],
      ['Schlüsselkasten neben der Garage, Code 7702. Danke', '7702'],
      ['Türcode 3391, Hund im Garten', '3391'],
    ];
    for (const [text, code] of cases) expect(masked(text), text).not.toContain(code);
  });

  it('keeps a lockbox serial, a status code and a model number near the same words', () => {
    const cases: [string, string][] = [
      ['Lockbox 20318845 installed at listing', '20318845'],
      ['lockbox SN 20318845 replaced', '20318845'],
      ['door sensor reported status code 4031 overnight', '4031'],
      ['garage door opener model 8500 installed', '8500'],
      ['the gate, code is pending from the HOA', 'pending'],
    ];
    for (const [text, kept] of cases) expect(masked(text), text).toContain(kept);
  });
});

describe('phones, cards', () => {
  it('masks a phone that ends a numbered list item', () => {
    const out = masked('open jobs: 1) j-550201 leak, cust at 503-555-0119. 2) j-550202 no heat');
    expect(out).not.toContain('503-555-0119');
    expect(out).toContain('j-550202');
  });

  it('keeps a date that ends a list item', () => {
    expect(masked('done: 1) filed on 2025-11-18. 2) closed')).toContain('2025-11-18');
  });

  it('masks a card read out with blanks and dashes mixed, in one pass', () => {
    const text = 'paid by phone, visa 4012 8888-8888 1881 exp 0428';
    const once = masked(text);
    expect(once).not.toContain('8888');
    expect(masked(once)).toBe(once);
  });

  it('keeps two ids side by side with mixed separators', () => {
    expect(masked('batch 2024-0001 1234-5678 posted')).toContain('2024-0001 1234-5678');
  });
});

describe('names in home-services notes and transcripts', () => {
  it('masks a lower-case name after homeowner, owner and this is', () => {
    const cases: [string, string][] = [
      ['homeowner delphine marchetti let us in through the garage', 'delphine marchetti'],
      ['permit pulled for owner augustin pelletier-roy, inspection friday', 'augustin pelletier-roy'],
      ['caller: hi, yes this is priscilla vandermeer, the ac is out', 'priscilla vandermeer'],
    ];
    for (const [text, name] of cases) expect(masked(text), text).not.toContain(name);
  });

  it('keeps prose after the same words', () => {
    for (const text of [
      'this is fine, the unit works',
      'owner team platform approved',
      'this is not a drill',
      'homeowner not home, left tag',
    ])
      expect(masked(text)).toBe(text);
  });

  it('keeps a contractor named by its trade, masks a person beside it', () => {
    const out = masked('Hi Rosamund Heathcote, this is Brightline Plumbing. Thanks for calling Northgate Heating & Cooling.');
    expect(out).not.toContain('Rosamund');
    expect(out).toContain('Brightline Plumbing');
    expect(out).toContain('Northgate Heating & Cooling');
  });
});

describe('technician logins in field-service lines', () => {
  it('masks a login after author= / tech= and after tech in an assistant answer', () => {
    const cases: [string, string][] = [
      ['mobile-sync note_added wo=00002211 author=dfontaine', 'dfontaine'],
      ['dispatch-board assign job=J-550310 tech=mkowalczyk slot=10:00', 'mkowalczyk'],
      ['for the 2pm appointment suggest tech hnakashima, she is closest', 'hnakashima'],
    ];
    for (const [text, login] of cases) expect(masked(text), text).not.toContain(login);
  });

  it('keeps a service account, an everyday word and tech= outside field-service text', () => {
    expect(masked('dispatch-board assign job=J-550311 tech=svc-dispatch')).toContain('svc-dispatch');
    expect(masked('tech support will call before the appointment')).toContain('tech support');
    expect(masked('cell=4471 tech=lte band=12 rsrp=-98')).toContain('tech=lte');
  });

  it('keeps an employee number under tech=, masks a login in the same shape of line in one pass', () => {
    expect(masked('upload ok https://photos.example.net/jobs/JOB-77310/panel.jpg?tech=k4471&cust_phone=x')).toContain('tech=k4471');
    const once = masked('upload ok https://photos.example.net/jobs/JOB-77311/panel.jpg?tech=obrannigan&size=2MB');
    expect(once).not.toContain('obrannigan');
    expect(masked(once)).toBe(once);
  });
});

describe('structure: a route row, a street with a USPS abbreviation', () => {
  it('masks a customer cell right before a street cell in a header-less row', () => {
    const out = masked('RT-7,3,Oluwadamilare Chukwu,77 Pelican Sound Way,08:40\nRT-7,4,Teodora Vasquez-Imbert,12 Gull Harbor Rd,09:30');
    expect(out).not.toContain('Oluwadamilare Chukwu');
    expect(out).toContain('RT-7');
  });

  it('keeps a site named before its street', () => {
    expect(masked('ST-4,Quorvex Depot,1200 Commerce Dr,open')).toContain('Quorvex Depot');
    expect(masked('ST-5,Marrowfield Outlet,14 Tannery Rd,closed')).toContain('Marrowfield Outlet');
  });

  it('masks a street ending in Ter, keeps a listing line ending in Trl', () => {
    expect(masked('stops: 14 Wisteria Ter, Apt 2 then home')).not.toContain('Wisteria Ter');
    const listing = maskText(engine, 'Open house at 88 Quarrystone Trl on Sat');
    expect(listing.entities).not.toContain('ADDRESS');
  });
});

describe('ids that stay: a Jobber global id, a ServiceNow reference link', () => {
  it('keeps a base64 GraphQL global id, masks a base64 user:password', () => {
    expect(maskedValue({ client: { id: 'Z2lkOi8vSm9iYmVyL0NsaWVudC81NTIxOTA0' } })).toContain('Z2lkOi8vSm9iYmVyL0NsaWVudC81NTIxOTA0');
    expect(maskedValue({ auth: 'ZGlzcGF0Y2g6SHVudGVyMnBhc3M=' })).not.toContain('ZGlzcGF0Y2g6SHVudGVyMnBhc3M=');
  });

  it('keeps the link of a reference field under caller_id in both walks, masks its display value', () => {
    const link = 'https://dev84211.service-now.com/api/now/table/sys_user/9d385017c611228701d22104cc95c371';
    const rec = { number: 'WO0020817', caller_id: { display_value: 'Evangeline Trask', link } };
    for (const out of [maskedValue(rec), maskedJsonText(rec)]) {
      expect(out).toContain(link);
      expect(out).not.toContain('Evangeline Trask');
      expect(out).toContain('WO0020817');
    }
  });
});

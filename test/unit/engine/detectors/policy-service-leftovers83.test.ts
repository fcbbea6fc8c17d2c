import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { detectorCases } from './support.js';

/**
 * Leftovers of red-team round 83 (stop 43): policy-service prose, key rules, header-less carrier
 * rows, quote-portal URLs, carriers' offices and brands with a title. Values differ from the
 * round's and the left83 corpus': names, logins, contract, policy, certificate and account numbers
 * made up here; look-alikes (counts, codes, vendor contracts, teams, system actors, order ids,
 * CUSIPs, company offices, brands) must stay.
 */
const engine = testEngine();
const mask = (input: string) => engine.maskText(input).value;
const maskRecord = (input: Record<string, unknown>) => JSON.stringify(engine.maskValue(structuredClone(input)).value);

describe('annuity_contract_after_name', () => {
  detectorCases(
    'annuity_contract_after_name',
    [
      ['pls send the 1099-R for contract ia4471029385, moved last year', 'ia4471029385'],
      ['Contract # FA-77120934 surrendered in full', 'FA-77120934'],
      ['free look cancel on contract no. VL3381940227 requested', 'VL3381940227'],
    ],
    [
      // A version, a count, a vendor contract's code, too few digits, mixed-case letters.
      'contract v2 schema rolled out',
      'contract 3 of 5 signed',
      'service contract CNTR0010041 renews in June',
      'contract AB1234567 short',
      'contract Ab12345678 typed oddly',
    ],
  );
});

describe('person_name_inline_sign_off', () => {
  detectorCases(
    'person_name_inline_sign_off',
    [
      ['can you mail the forms to my new address please. thanks, cordelia ashcombe', 'cordelia ashcombe'],
      ['need the loan payoff figure by friday, regards, harriet quenby', 'harriet quenby'],
    ],
    [
      // A team, a desk, a closing mid-text, a word-like given name.
      'please call back tomorrow. thanks, support team',
      'regards, underwriting desk',
      'thanks, cordelia ashcombe. also the forms are missing',
      'thanks, grace period',
    ],
  );
});

describe('person_name_subject_inverted', () => {
  detectorCases(
    'person_name_subject_inverted',
    [
      ['From: uw@example.com\nSubject: APS follow-up - TREVANION, Rosalind - $2M term\nBody: see attached', 'TREVANION, Rosalind'],
      ['Subject: Re: HOLLINGWORTH-BAYE, Clementine (case JC-2025-4410)', 'HOLLINGWORTH-BAYE, Clementine'],
    ],
    [
      // An everyday word in capitals, a word-like given name, the pair outside a subject line.
      'Subject: URGENT, Please review the treaty',
      'Subject: NOTE, Grace period ends Friday',
      'Body: PEMBERTON, Rosalind is the insured',
    ],
  );
});

describe('person_slug_after_collection', () => {
  detectorCases(
    'person_slug_after_collection',
    [
      ['GET /api/policyholders/rosalind-trevanion/documents 200', 'rosalind-trevanion'],
      ['path="/crm/clients/harriet-okonjo-blythe?tab=notes" status=200', 'harriet-okonjo-blythe'],
    ],
    [
      // A plan, an action, a slug after another collection, a word-like given name.
      'GET /customers/enterprise-plan 200',
      'GET /members/search-results 200',
      'GET /products/rosalind-trevanion 200',
      'GET /policyholders/grace-period 200',
    ],
  );
});

describe('key rules of leftovers 83', () => {
  it('masks a carrier contract number under contractNumber / ContractNo, keeps a vendor contract', () => {
    const out = maskRecord({
      contractNumber: 'VL3381940227',
      replaced: { ContractNo: 'AN-55018832' },
      vendor: { contractNumber: 'CNTR0020871', contract_no: 'KRD-2025-11820' },
    });
    expect(out).not.toContain('VL3381940227');
    expect(out).not.toContain('AN-55018832');
    expect(out).toContain('CNTR0020871');
    expect(out).toContain('KRD-2025-11820');
  });

  it("masks an owner's name beside the owner's tax id or the contract, keeps a team and a firm", () => {
    const out = maskRecord({
      exchange: { ownerName: 'Ysolde Carrow-Bax', ownerTin: '536-90-4399', relinquishingContract: 'VL3381940227' },
      repo: { ownerName: 'Payments Platform', contract_number: 'VL3381940228' },
      bucket: { owner_name: 'Quillfeather Logistics LLC', owner_tin: '12-3456789' },
    });
    expect(out).not.toContain('Ysolde Carrow-Bax');
    expect(out).toContain('Payments Platform');
    expect(out).toContain('Quillfeather Logistics LLC');
    const line = mask('INFO ips msgType=REPLACEMENT_1035 ownerName="Ysolde Carrow-Bax" ownerTin=<redacted> plan="Secure Income 9"');
    expect(line).not.toContain('Ysolde Carrow-Bax');
    expect(line).toContain('Secure Income 9');
    expect(mask('INFO catalog ownerName="Ysolde Carrow-Bax" service=ledger tier=2')).toContain('Ysolde Carrow-Bax');
  });

  it('masks a vital record number under its names, keeps a status', () => {
    const out = maskRecord({
      decedent: { stateFileNumber: '2023-WA-118402', death_cert_no: 'D-77120' },
      cert: { stateFileNumber: 'pending' },
    });
    expect(out).not.toContain('2023-WA-118402');
    expect(out).not.toContain('D-77120');
    expect(out).toContain('pending');
  });

  it("masks a channel's login under submittedBy / performedBy, keeps system actors and plain values", () => {
    const out = maskRecord({
      a: { submittedBy: 'mobile:hquenby22' },
      b: { performedBy: 'csr:rtrevanion' },
      c: { performedBy: 'batch:month-end' },
      d: { submittedBy: 'web-portal' },
      e: { requestedBy: 'api:partner-sync' },
      f: { submittedBy: 'portal:system' },
      // A requester is a plain login (a parts issue's `requestedBy`, red-team round 90).
      g: { requestedBy: 'tbrannigan4' },
    });
    expect(out).not.toContain('tbrannigan4');
    expect(out).not.toContain('hquenby22');
    expect(out).not.toContain('rtrevanion');
    for (const kept of ['batch:month-end', 'web-portal', 'api:partner-sync', 'portal:system']) expect(out).toContain(kept);
  });

  it('reads a paired document label by its first field', () => {
    const out = maskRecord({
      keyValuePairs: [
        { key: { content: "Driver's Lic. No. / State" }, value: { content: 'K220-4417-9031 / MI' } },
        { key: { content: 'Plan / Rider' }, value: { content: 'UL-Plus / WP' } },
      ],
      fields: [{ key: "Driver's License # / State", value: 'T7730219 / OR' }],
    });
    expect(out).not.toContain('K220-4417-9031');
    expect(out).not.toContain('T7730219');
    expect(out).toContain('UL-Plus / WP');
  });

  it("masks a rater's party-prefixed abbreviations, keeps other short params", () => {
    const line = mask('POST /rate body=appl_ln=Trevanion&appl_soc=536904399&ins_bdt=1975-11-02&drv2_lic=B4417730&ln=2&soc=3');
    expect(line).not.toContain('Trevanion');
    expect(line).not.toContain('536904399');
    expect(line).not.toContain('1975-11-02');
    expect(line).not.toContain('B4417730');
    expect(line).toContain('ln=2');
    expect(line).toContain('soc=3');
  });
});

describe('quote-portal URL name parts', () => {
  it('masks first / last / fname beside a person field, keeps Relay pagination', () => {
    const out = mask('GET /quote?first=Rosalind&last=Trevanion&dob=1975-11-02 200 | GET /q?fname=Harriet&lname=Quenby 200');
    for (const v of ['Rosalind', 'Trevanion', 'Harriet', 'Quenby']) expect(out).not.toContain(v);
    const pages = mask('GET /graphql?first=50&after=Y3Vyc29yOjQ5 200 | GET /list?last=5&before=Y3Vyc29yOjQ5 200');
    expect(pages).toContain('first=50');
    expect(pages).toContain('last=5');
  });
  it('keeps a bare first= word without a person field beside it', () => {
    expect(mask('GET /sort?first=Newest&order=desc 200')).toContain('first=Newest');
  });
});

describe('header-less carrier rows', () => {
  it('masks capitals names and policy cells of a carrier batch, keeps amounts and codes', () => {
    const out = mask(
      'PRM|WL-5520934417|ASHCOMBE PERPETUA|20251215|88.40|DRAFT\nPRM|WL-5520934502|TREVANION ROSALIND|20251215|102.10|DRAFT',
    );
    for (const v of ['WL-5520934417', 'ASHCOMBE PERPETUA', 'WL-5520934502', 'TREVANION ROSALIND']) expect(out).not.toContain(v);
    for (const v of ['20251215', '88.40', 'DRAFT']) expect(out).toContain(v);
  });
  it('masks a policy with a state group, a zero-led policy after a form code and an 8-digit LOB policy beside a name', () => {
    const out = mask(
      'HO-TX-4410298833,Clementine Hollingworth,ACTIVE,2025-02-01\nDP3-0044120987,Rosalind Trevanion,ACTIVE,2025-03-01\nUL-33018842,Harriet Quenby,LAPSED,2025-04-01',
    );
    for (const v of ['HO-TX-4410298833', 'DP3-0044120987', 'UL-33018842']) expect(out).not.toContain(v);
  });
  it('masks `LAST, FIRST` in capitals and the account after amounts', () => {
    const out = mask('SUR|IA-4471029385|TREVANION, ROSALIND|15000.00|1500.00|000442918830');
    expect(out).not.toContain('TREVANION, ROSALIND');
    expect(out).not.toContain('000442918830');
    expect(out).toContain('15000.00');
  });
  it('keeps order ids, invoices, places and CUSIPs', () => {
    const orders = mask('ORD|TWN-44120987|UPS|SHIPPED|18.40\nORD|TWN-44120988|UPS|SHIPPED|22.00');
    expect(orders).toContain('TWN-44120987');
    const invoice = mask('INV-000123456,Rosalind Trevanion,PAID,118.00,2025-05-01');
    expect(invoice).toContain('INV-000123456');
    const places = mask('SHP|4410|AUSTIN, TEXAS|2025-05-01|OPEN\nSHP|4411|SAN JOSE|2025-05-01|OPEN');
    expect(places).toContain('AUSTIN, TEXAS');
    const fund = mask(
      'VAL|0119|VA-00771203|037833100|QUENBY HARRIET|20251130|1204.77\nVAL|0119|VA-00771288|38141G104|ASHCOMBE PERPETUA|20251130|88.10',
    );
    expect(fund).toContain('037833100');
  });
});

describe('offices and brands of leftovers 83', () => {
  it("keeps an insurer's office after its form, masks a person's street", () => {
    const out = mask(
      'mail to Lincoln Benefit Life Company, 1221 N Street, Lincoln NE 68508; the agency is Brown & Brown Inc (300 North Beach Street, Daytona Beach FL). Insured lives at 42 Tamarind Lane, Lincoln NE 68510.',
    );
    expect(out).toContain('1221 N Street, Lincoln NE 68508');
    expect(out).toContain('300 North Beach Street');
    expect(out).not.toContain('42 Tamarind Lane');
  });
  it('keeps brands with a title and carriers named after people, masks a titled person', () => {
    const out = mask(
      'renewed for the Dr Pepper plant; loss payee Mr. Cooper (Nationstar Mortgage LLC); annuity from Jackson National Life; Mr. Quenby called',
    );
    for (const v of ['Dr Pepper', 'Mr. Cooper', 'Jackson National Life']) expect(out).toContain(v);
    expect(out).not.toContain('Quenby');
    expect(mask('Mr. Cooper said his mortgage payment bounced')).not.toContain('Cooper');
  });
});

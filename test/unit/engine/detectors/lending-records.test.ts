import { describe, expect, it } from 'vitest';
import { engine } from './support.js';

// Red-team round 81 (retail lending origination and credit decisioning): the rules added for its
// record shapes, with values other than the corpus's and the look-alikes that must stay.

function maskedValue(input: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(input)).value);
}

function expectMasked(text: string, secrets: readonly string[], keep: readonly string[] = []): void {
  const out = engine.maskText(text).value;
  for (const s of secrets) expect(out, s).not.toContain(s);
  for (const k of keep) expect(out, k).toContain(k);
}

describe('Encompass field ids name the values beside them', () => {
  it('masks the borrower fields of an Enhanced Field Change webhook, not the loan amount or status', () => {
    const out = maskedValue({
      eventType: 'change',
      meta: { resourceType: 'Loan', instanceId: 'TE22290051' },
      fieldChanges: [
        { fieldId: '4000', previousValue: '', newValue: 'Quintessa' },
        { fieldId: '4002', previousValue: 'Marlow', newValue: 'Marlowe-Pike' },
        { fieldId: '1403', previousValue: '', newValue: '07/22/1981' },
        { fieldId: '1109', previousValue: '250000.00', newValue: '275000.00' },
        { fieldId: '1393', previousValue: 'Active Loan', newValue: 'Loan Originated' },
      ],
    });
    for (const s of ['Quintessa', 'Marlowe-Pike', 'Marlow"', '07/22/1981']) expect(out).not.toContain(s);
    for (const k of ['TE22290051', '275000.00', '250000.00', 'Loan Originated', '"4000"']) expect(out).toContain(k);
  });

  it('masks an audit-trail entry by its field id; the employer name (FE0102) stays', () => {
    const out = maskedValue([
      { fieldId: 'FR0104', userId: 'svc_los_sync', previousValue: '', value: '88 Tern Hollow Road' },
      { fieldId: 'FE0102', userId: 'svc_los_sync', previousValue: '', value: 'Cascade Mills Inc' },
    ]);
    expect(out).not.toContain('Tern Hollow');
    expect(out).toContain('Cascade Mills Inc');
  });

  it('reads a field id held in escaped JSON that a log line quotes', () => {
    const body = JSON.stringify(JSON.stringify({ fieldChanges: [{ fieldId: '4004', previousValue: '', newValue: 'Barnabas' }] }));
    expectMasked(`consumer WARN retry=2 body=${body}`, ['Barnabas'], ['retry=2', '4004']);
  });
});

describe('JSON documents quoted in a log line', () => {
  it('masks name parts and named values inside the quoted document', () => {
    const doc = JSON.stringify(JSON.stringify({ customer: { name: { first: 'Ysolde', last: 'Farrant' } }, order: 'ORD-551', items: 3 }));
    expectMasked(`[2025-12-01 10:02:11] shop.ERROR: checkout failed payload=${doc} []`, ['Ysolde', 'Farrant'], ['ORD-551', 'shop.ERROR']);
  });

  it('leaves a quoted document without personal data as it was', () => {
    const line = `worker INFO done result=${JSON.stringify(JSON.stringify({ status: 'ok', count: 42, queue: 'credit-pulls' }))}`;
    expect(engine.maskText(line).value).toBe(line);
  });
});

describe('bureau request and report shapes', () => {
  it('masks the number of an Equifax `socialNum` entry, not its identifier', () => {
    const out = maskedValue({
      consumers: { socialNum: [{ identifier: 'current', number: '401239876' }] },
      models: [{ identifier: '05402' }],
    });
    expect(out).not.toContain('401239876');
    expect(out).toContain('"identifier":"current"');
    expect(out).toContain('05402');
  });

  it('masks a TransUnion person in parts and a street name in parts', () => {
    expectMasked(
      '<indicative><name><person><first>MARGARETHE</first><middle>L</middle><last>OYELOWO-BRANDT</last></person></name><address><street><number>1200</number><name>BRIARWOOD</name><type>LN</type></street></address></indicative>',
      ['MARGARETHE', 'OYELOWO-BRANDT', 'BRIARWOOD'],
      ['<type>LN</type>'],
    );
  });

  it('keeps the names of subscribers, queues and pages', () => {
    for (const xml of [
      '<subscriber><memberCode>0235197</memberCode><name><unparsed>DISCOVER BANK</unparsed></name></subscriber>',
      '<queue><name>credit-pulls</name><depth>12</depth></queue>',
      '<page><first>1</first><last>9</last></page>',
    ]) {
      expect(engine.maskText(xml).value).toBe(xml);
    }
  });

  it("keeps a MISMO legal entity's FullName and masks an individual's", () => {
    expectMasked(
      '<EMPLOYER><LEGAL_ENTITY><LEGAL_ENTITY_DETAIL><FullName>Harbor Point Veterinary Group</FullName></LEGAL_ENTITY_DETAIL></LEGAL_ENTITY></EMPLOYER><INDIVIDUAL><NAME><FullName>Rosamund Pike-Ellery</FullName></NAME></INDIVIDUAL>',
      ['Rosamund Pike-Ellery'],
      ['Harbor Point Veterinary Group'],
    );
  });
});

describe("a loan's parties named in notes and logs", () => {
  it('masks a name after a lending role word', () => {
    expectMasked('VOE ok. Confirmed borrower Octavian Wexley employed since 2019.', ['Octavian Wexley'], ['2019']);
    expectMasked('dms INFO push deal=D-99120 applicant="Henrietta Galloway" status=SUBMITTED', ['Henrietta Galloway'], ['D-99120']);
    expectMasked('uw: spoke w/ borr maria gonzalez, ok to proceed', ['maria gonzalez']);
    expectMasked('called employer contact james wilson re dates of employment', ['james wilson']);
  });

  it('keeps what follows a role word when it is no name', () => {
    for (const line of [
      'borrower Credit Report ordered by svc_blend_sync',
      'seller Central Account linked',
      'dms INFO push deal=D-99121 applicant="APP-20931" status=SUBMITTED',
      'signer Status: COMPLETED',
    ]) {
      expect(engine.maskText(line).value).toBe(line);
    }
  });

  it("keeps a system account's display name under a user's name, not a person's", () => {
    const out = maskedValue([
      { fieldId: '1393', userId: 'admin', userName: 'Pipeline Admin', value: 'Active Loan' },
      { fieldId: '1393', userId: 'jfairbanks', userName: 'Juniper Fairbanks', value: 'Loan Originated' },
    ]);
    expect(out).toContain('Pipeline Admin');
    expect(out).not.toContain('Juniper Fairbanks');
  });

  it("keeps a loan system's queue workers as system accounts", () => {
    const line = '{"event":"BORROWER_UPDATED","actor":"docs.queue.processor"}';
    expect(engine.maskText(line).value).toContain('docs.queue.processor');
  });

  it("keeps the time of a reply's attribution line and masks the name after it", () => {
    expectMasked('On Mon, Dec 1, 2025 at 9:02 AM Talia Brenning <talia.brenning@example.com> wrote:', ['Talia Brenning'], ['9:02 AM']);
  });
});

describe('street lines and accounts in lending notes', () => {
  it('masks a number-first Spanish street with its type in lower case', () => {
    expectMasked('Vive en 4410 calle Girasol, Yuma. Tel pendiente.', ['4410 calle Girasol']);
    expectMasked('dirección: 77 avenida Del Mar, Oxnard CA', ['77 avenida Del Mar']);
  });

  it('masks a lower-case US street line before its town, state and ZIP', () => {
    expectMasked('addr: 731 foxtail run rd, bend or 97701 (verified)', ['731 foxtail run rd'], ['verified']);
    expectMasked('old address 9 birch hill\nlane, keene nh 03431', ['9 birch hill']);
  });

  it('keeps lower-case prose with numbers that is no street line', () => {
    for (const line of [
      'ran 5 unit tests way faster, 3 failed on ci',
      'we drove 12 miles down the road, then 4 more',
      'retry 3 court filings, then batch 7781 done',
    ]) {
      expect(engine.maskText(line).value).toBe(line);
    }
  });

  it('masks a subdivision street ending Overlook or Bluff before a town', () => {
    expectMasked('donor of 5120 Eagle Overlook, Boise ID', ['5120 Eagle Overlook']);
    expectMasked('mailing: 62 Heron Bluff, Beaufort SC', ['62 Heron Bluff']);
  });

  it('masks an account number with its routing number in brackets after it', () => {
    expectMasked('wired from account 000987654321 (routing 021000021) on 11/30', ['000987654321'], ['on 11/30']);
  });
});

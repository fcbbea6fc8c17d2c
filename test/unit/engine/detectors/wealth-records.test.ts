import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { detectorCases } from './support.js';

/**
 * Brokerage, retirement-plan and adviser records (red-team round 82). Values differ from the
 * round's corpus: account numbers, names, streets and logins made up here; look-alikes (ids,
 * year ranges, clock times, CUSIPs, firm names, service accounts) must stay.
 */
const engine = testEngine();
const mask = (input: string) => engine.maskText(input).value;
const maskRecord = (input: Record<string, unknown>) => JSON.stringify(engine.maskValue(structuredClone(input)).value);

describe('brokerage_account_after_word', () => {
  detectorCases(
    'brokerage_account_after_word',
    [
      ['interest of $3.10 was credited to account 7MX-204418 on 2024-06-03', '7MX-204418'],
      ['pls journal 20k from acct 5530-1187 to the trust', '5530-1187'],
      ['MARGIN NOTICE | Account: Q19-660271 | Due 2024-06-05', 'Q19-660271'],
      ['disb job check_no=77120 roth_acct=310-552904 amount=900.00', '310-552904'],
      ['Transferring IRA 6120-0934 to the Conservative model', '6120-0934'],
      ['su cuenta de valores 4TR-880217 presenta un descubierto', '4TR-880217'],
      ['{"ocr":"Statement\\nAccount: B7K-330981"}', 'B7K-330981'],
    ],
    [
      // Ids that are words, year ranges, clock times and ticket numbers stay.
      'set account prod-1234 as default; account SR-12345 closed',
      'budget account 2024-2025 approved',
      'acct 0900-1730 shift window',
      'account CVE-2024-12345 advisory',
      'account count 12 of 40, ticket INC-7781920',
      // A year and a serial (a case or matter number) and an air waybill after the word stay.
      'account 2024-0451207 opened by the court; acct 176-88345213 air waybill',
    ],
  );
});

describe('account_number_alphanumeric with a custodian middle group', () => {
  it('masks `Account number: IRA-552-770134` and keeps the form box amounts', () => {
    const out = mask('Account number: IRA-552-770134\n1 Gross distribution: 5000.00');
    expect(out).not.toContain('IRA-552-770134');
    expect(out).not.toContain('770134');
    expect(out).toContain('5000.00');
  });
});

describe('mailing_block_name', () => {
  detectorCases(
    'mailing_block_name',
    [
      ['YOUR QUARTERLY STATEMENT\n\nTHOMASINA GRELLIER\n417 BRIARCLIFF COURT\nCEDAR FALLS IA 50613\n', 'THOMASINA GRELLIER'],
      ['  EMRYS T OKONJO\n  9 WILLOWMERE PLACE APT 3\n  DULUTH, MN 55802', 'EMRYS T OKONJO'],
    ],
    [
      // A firm's or a department's block stays; a name line without the street and city lines too.
      'HARBORLIGHT TRUST COMPANY\n100 FEDERAL STREET\nBOSTON MA 02110',
      'ACME SUPPLY INC\n12 DOCK ROAD\nNEWARK NJ 07105',
      'THOMASINA GRELLIER\nCEDAR FALLS IA 50613',
    ],
  );
});

describe('FIX-free brokerage rows (structure/person-rows.ts accountCells)', () => {
  it('masks the accounts and the SSN beside the name of a header-less transfer row, and keeps codes and a CUSIP', () => {
    const out = mask('ACATS|REJECT|0226|0164|7MX-204418|5530-1187|FULL|Rosamund Pettigrew|401227718|R07|CUSIP 037833100 DELIVERED');
    expect(out).not.toContain('7MX-204418');
    expect(out).not.toContain('5530-1187');
    expect(out).not.toContain('401227718');
    expect(out).toContain('R07');
    expect(out).toContain('0226');
    expect(out).toContain('037833100');
  });
  it('keeps a case number and an air waybill in a named row', () => {
    const out = mask(
      '2023-0518812|Rosamund Pettigrew|1961-02-03|176-55012345|R07\n2023-0518813|Laurence Whitby|1958-07-19|057-33120987|R07',
    );
    expect(out).toContain('2023-0518812');
    expect(out).toContain('176-55012345');
  });
  it('keeps nine digits that stand apart from the name and clock ranges in a named row', () => {
    const out = mask('Rosamund Pettigrew,0900-1730,037833100,APPLE INC,12.50\nLaurence Whitby,1300-2100,594918104,MICROSOFT CORP,4.75');
    expect(out).toContain('0900-1730');
    expect(out).toContain('037833100');
    expect(out).toContain('594918104');
  });
});

describe('key names of brokerage operations', () => {
  it('masks a wire approver and a from-account, keeps a service approver', () => {
    const out = maskRecord({
      wireId: 'WR-77120',
      fromAccount: '8Q2-771903',
      approvals: [
        { approver: 'tmcallister', role: 'ADVISOR' },
        { approver: 'svc-callback-check', role: 'CALLBACK' },
      ],
      ira_acct: '552-770134',
    });
    expect(out).not.toContain('8Q2-771903');
    expect(out).not.toContain('tmcallister');
    expect(out).not.toContain('552-770134');
    expect(out).toContain('svc-callback-check');
    expect(out).toContain('WR-77120');
  });
});

describe('lower-case names after household and plan roles (person_name_lower_role)', () => {
  it('masks names after spouse, mother, ppt and partner and keeps the words around them', () => {
    const out = mask(
      'hh note 2024-05-02: spouse: maria gonzalez, mother linda walker lives in. ppt james carter called. k-1 partner susan mitchell moved.',
    );
    for (const name of ['maria gonzalez', 'linda walker', 'james carter', 'susan mitchell']) expect(out).not.toContain(name);
    expect(out).toContain('hh note 2024-05-02');
    expect(mask('the spouse benefit and partner program apply to 2 plans')).toContain('partner program');
  });
});

describe('adviser CRM look-alikes', () => {
  it('keeps Salesforce FSC fields read as a hospital FIN and masks the tax id among them', () => {
    const out = maskRecord({
      FinServ__Balance__c: 90412.55,
      FinServ__Occupation__pc: 'Architect',
      FinServ__OpenDate__c: '2019-04-01',
      FinServ__TaxId__pc: '401-22-7718',
    });
    expect(out).toContain('90412.55');
    expect(out).toContain('Architect');
    expect(out).toContain('2019-04-01');
    expect(out).not.toContain('401-22-7718');
  });
  // (The entry's `id` stays masked with the list: an object under a phone or e-mail list that names
  // nothing else is masked whole, structure/own-field-members.test.ts.)
  it("keeps a contact list entry's kind, masks the address and number", () => {
    const out = maskRecord({
      email_addresses: [{ id: 7, address: 'g.okafor@example.org', principal: true, kind: 'Work' }],
      phone_numbers: [{ id: 8, address: '(201) 555-0148', kind: 'Mobile' }],
    });
    expect(out).toContain('"kind":"Work"');
    expect(out).toContain('"kind":"Mobile"');
    expect(out).not.toContain('g.okafor@example.org');
    expect(out).not.toContain('555-0148');
  });
  it('keeps what a CRM files after Client and still masks a name after it', () => {
    for (const kept of ['Client Meeting', 'Client Review', 'Client Portal', 'Client Onboarding'])
      expect(mask(`category: ${kept}`)).toContain(kept);
    expect(mask('Client Hartley Umberfield called about the RMD')).not.toContain('Hartley Umberfield');
  });
});

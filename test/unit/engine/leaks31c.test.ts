import { describe, it } from 'vitest';
import { leakChecks } from '../../helpers/leak-checks.js';

/**
 * Leftovers of red-team rounds 28, 22 and 23 closed in stop 31: ids, accounts, phones and
 * addresses of Commonwealth records written without their usual word. Values differ from the
 * corpus values; each group has look-alikes that must stay.
 */
const { expectText, expectValue } = leakChecks();

describe('an account right after its bank routing code in a payment line (routing_code_account)', () => {
  it.each([
    ['FPO MRS K PATEL 400530 71584629 MORTGAGE', '71584629'],
    ['BGC ACME PAYROLL 309634 00123456', '00123456'],
    ['pls refund to 633000 148739210 thanks', '148739210'],
    ['paid to 083-004 512345678 on Friday', '512345678'],
    ['consent ok creditor=309634-88776655 scope=payments', '88776655'],
    ['direct debit: 00123-004 1234567 (void cheque attached)', '1234567'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it.each([
    ['order 400530 71584629 shipped', '71584629'],
    ['refund to ticket 400530 for order 71584629', '71584629'],
    ['refund to 633000 000000 (test)', '633000 000000'],
    ['paid to 2026-12 batch 123456 7890123', '123456 7890123'],
    ['build 12345-003 5039471 passed', '5039471'],
  ])('keeps %s', (input, kept) => expectText(input, [], [kept]));
});

describe('an NHS number as the patient id of a URL path (uk_nhs_patient_path)', () => {
  it.each([
    ['GET /gp/v1/patients/4010232137/summary 200', '4010232137'],
    ['fetch https://api.example.nhs.uk/Patient/4857773457?_format=json', '4857773457'],
    ['PUT /patient/5556667772 204', '5556667772'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it.each([
    ['GET /gp/v1/patients/4010232138/summary 200', '4010232138'],
    ['GET /gp/v1/orders/4010232137/summary 200', '4010232137'],
    ['GET /gp/v1/patients/40102321370/summary 200', '40102321370'],
  ])('keeps %s', (input, kept) => expectText(input, [], [kept]));
});

describe('a national number right after a preposition of contact (phone)', () => {
  it.each([
    ['son Callum Reid on 0161 496 0456 to collect', '0161 496 0456'],
    ['ring me 0423 456 789 after six', '0423 456 789'],
    ['call me on 07700 900 461 tomorrow', '07700 900 461'],
    ['reply from 0698765432: oui merci', '0698765432'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it.each([
    ['invoice 0161 496 0456 settled', '0161 496 0456'],
    ['updated on 0203 2026', '0203 2026'],
    ['on 0161 496 payments queued', '0161 496'],
    ['sent from 0698765432 items', '0698765432'],
  ])('keeps %s', (input, kept) => expectText(input, [], [kept]));
});

describe('a unit number and a slash before an English street line (street_address)', () => {
  it.each([
    ['i moved to 7/128 Ocean Parade, Manly NSW 2095', '7/128 Ocean Parade'],
    ['deliver: 12/5 Smith Street Fitzroy', '12/5 Smith Street'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it.each([
    ['score 7/128 Ocean views', '7/128'],
    ['page 3/41 of Road Safety Report', '3/41'],
    ['v1.2/41 Beach Road', 'v1.2/41'],
  ])('keeps %s', (input, kept) => expectText(input, [], [kept]));
});

describe('Indian house lines on numbered cross and main roads (in_cross_address)', () => {
  it.each([
    ['deliver to #221, 3rd Cross, 2nd Stage Indiranagar near metro', '#221, 3rd Cross, 2nd Stage Indiranagar'],
    ['addr: No. 9, 4th Main Road, Bengaluru', '4th Main'],
    ['flat at 45/2, 7th Cross, 1st Block Jayanagar', '7th Cross, 1st Block Jayanagar'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it.each([
    ['build 14, 2nd Main branch merged', '14, 2nd Main'],
    ['Step 4, 2nd Cross check done', '4, 2nd Cross'],
    ['Step 4, 2nd Cross-check done', '4, 2nd Cross-check'],
  ])('keeps %s', (input, kept) => expectText(input, [], [kept]));
});

describe('a Kenyan national id after an id word in a Kenyan record (ke_national_id)', () => {
  it.each([
    ['kra pin a123456789z, id no 31234567, Westlands', '31234567'],
    ['Paid KES 2,000 via M-Pesa; ID number 30123456', '30123456'],
    ['Huduma centre Mombasa, national id 2765432', '2765432'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it.each([
    ['id no 31234567', '31234567'],
    ['claim id no 88012345 for the Nairobi branch', '88012345'],
    ['Mombasa depot, ticket no 27654321', '27654321'],
    ['Nairobi id no 11111111', '11111111'],
  ])('keeps %s', (input, kept) => expectText(input, [], [kept]));
});

describe("a bank account's holder under account_name beside the account (bare-name-columns.ts)", () => {
  it('masks the holder beside the account number or the routing code', () => {
    expectValue({ payout: { bsb: '033-001', account_number: '22334455', account_name: 'PRIYA RAMAN' } }, ['PRIYA RAMAN']);
    expectValue({ data: { account_number: 1234509876, account_name: 'Ngozi Okafor', bank_code: '044' } }, ['Ngozi Okafor']);
    expectValue({ account_name: 'Liam O Brien', sort_code: '90-00-17' }, ['Liam O Brien']);
  });

  it('keeps other account names', () => {
    expectValue({ AccountName: 'acmelogs', AccountKey: 'k' }, [], ['acmelogs']);
    expectValue({ account_name: 'Marketing', account_id: 'acc-123' }, [], ['Marketing']);
    expectValue({ account_name: 'Savings', account_number: 'none' }, [], ['Savings']);
  });
});

describe('over-masking fixed: card descriptors under an authorization, a FHIR reference identifier', () => {
  it("reads a card authorization's BIN, last four and expiry as any value; the code stays a secret", () => {
    expectValue(
      {
        authorization: {
          authorization_code: 'AUTH_q7w8e9r0',
          bin: '539983',
          last4: '8381',
          exp_month: '09',
          exp_year: '2031',
          card_type: 'visa',
          signature: 'SIG_zx81mn',
        },
      },
      ['AUTH_q7w8e9r0', 'SIG_zx81mn'],
      ['539983', '8381', '2031'],
    );
    expectValue({ credentials: { password: 'Tr0ub4dor&3', token: 'tok_99aa88bb77cc' } }, ['Tr0ub4dor&3', 'tok_99aa88bb77cc']);
  });

  it("keeps a Patient's GP practice code, masks the Patient's own identifiers", () => {
    expectValue(
      {
        resourceType: 'Patient',
        identifier: [{ system: 'urn:oid:2.16.840.1.113883.2.1.4.1', value: 'MRN-448120' }],
        generalPractitioner: [
          { type: 'Organization', identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'B86016' } },
        ],
        managingOrganization: { identifier: { value: 'RR8' } },
      },
      ['MRN-448120'],
      ['B86016', 'RR8'],
    );
  });
});

describe('a Centrelink CRN under a bare crn (keys.ts, structure/types.ts)', () => {
  it('masks the 9 digits and letter', () => {
    expectValue({ customer: { crn: '311 222 333A', name: 'Mia Tran' } }, ['311 222 333A']);
    expectValue({ CRN: '407123456B' }, ['407123456B']);
  });

  it("keeps a company's registration number under the same name", () => {
    expectValue({ crn: '01234567', company_name: 'EXAMPLE TRADING LTD' }, [], ['01234567']);
    expectValue({ crn: 'NI612345' }, [], ['NI612345']);
    expectValue({ crn: '2208162517' }, [], ['2208162517']);
  });

  it('masks anything else under the name (fail closed: not a company number)', () => {
    expectValue({ crn: 'mia.tran@example.com' }, ['mia.tran@example.com']);
    expectValue({ crn: 'Mia Tran, 14 Beach Rd' }, ['Mia Tran, 14 Beach Rd']);
  });
});

describe("a firm's tax number named by its role (keys.ts DESCRIPTIVE_BEFORE_PHRASE)", () => {
  it("keeps the business's registration", () => {
    expectValue({ payerABN: '53 004 085 616', payee: { tfn: '876 543 210' } }, ['876 543 210'], ['53 004 085 616']);
    expectValue({ merchant_tin: 'C0012345678', company_gstin: '29ABCDE1234F1Z5' }, [], ['C0012345678', '29ABCDE1234F1Z5']);
  });

  it("masks a person's", () => {
    expectValue({ tin: 'P0098765432', payee_tin: '912-34-5678', customer_abn: '53 004 085 616' }, [
      'P0098765432',
      '912-34-5678',
      '53 004 085 616',
    ]);
  });
});

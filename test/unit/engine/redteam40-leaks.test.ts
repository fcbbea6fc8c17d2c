import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks the fortieth red-team round found (fixtures/redteam40-corpus.ts: rental screening, property
 * operations, mortgage servicing, title and closing records), each closed where it happens, with
 * the look-alike beside it that must stay. The values here differ from the corpus'.
 */
const { masks, keeps } = leakCases();

describe('entry, lockbox and alarm codes written short in property notes', () => {
  masks('a number sign after the gate', 'Unit 12: gate #8812, dog in yard', ['8812']);
  masks('digits right after keypad', 'leave key inside, side door keypad 30417#', ['30417']);
  masks('a lockbox combination alone', 'Combo: 5190 on the rear hose bib', ['5190']);
  masks('a lockbox combo after its name', 'supra lockbox combo 7731, return key after', ['7731']);
  masks('the Supra call-before-showing code', 'Vacant. CBS code 6603, showings 9-6', ['6603']);
  keeps('an airport gate, a combo box and an alarm time', 'Boarding at Gate 42; combo box 3 selected; alarm set for 0600', [
    'Gate 42',
    'combo box 3',
    '0600',
  ]);
});

describe('deed and tax-roll parties under their field names', () => {
  masks('a recorder index row', { instrument: '2023118804', grantor: 'MEDINA LUIS A', grantee: 'HUANG WEI; HUANG MEI LIN' }, [
    'MEDINA LUIS A',
    'HUANG WEI',
  ]);
  masks('grantees as a list', { grantees: ['OKONJO CHIDI', 'OKONJO ADA'] }, ['OKONJO CHIDI', 'OKONJO ADA']);
  masks('a tax roll owner and a vesting', { owner_of_record: 'BRANDT HELGA M', vested_in: 'Helga M. Brandt, a widow' }, [
    'BRANDT HELGA',
    'Helga M. Brandt',
  ]);
  keeps(
    'an S3 ACL grant (Grantee object) and a KMS grantee principal',
    {
      Grants: [{ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' }],
      GranteePrincipal: 'arn:aws:iam::111122223333:role/ExampleRole',
      instrument: '2023118804',
    },
    ['http://acs.amazonaws.com/groups/global/AllUsers', 'arn:aws:iam::111122223333:role/ExampleRole', '2023118804'],
  );
});

describe('wire and ACH records', () => {
  masks('a beneficiary account after its label', 'Bank: Wells Fargo\nBeneficiary Account: 7710043928\nRef: escrow 22-0419', ['7710043928']);
  masks('a payee account in prose', 'send proceeds to payee account 55120093817 please', ['55120093817']);
  masks('the receiving DFI of a NACHA entry', 'R03 NO ACCOUNT rdfi=021000021 dfi_acct=99120044 amt=000089000', ['021000021', '99120044']);
  keeps('the trace and amount of the same entry', 'R03 dfi_acct=99120044 amt=000089000 trace=021000020001187', [
    'amt=000089000',
    'trace=021000020001187',
  ]);
});

describe('names with a middle initial without its period, and sale parties in prose', () => {
  masks('an authorization signed in its first line', 'I, Marguerite L Okafor, authorize Summit Title to release', ['Marguerite L Okafor']);
  masks('a seller in a closing note', 'seller Douglas R Fairweather signed at 2pm', ['Douglas R Fairweather']);
  masks('a transferor on a 1099-S worksheet', 'transferor Beatrice Nakamura, gross proceeds $310,000', ['Beatrice Nakamura']);
  keeps('plan letters and vitamin names', 'Plan B Options and Vitamin C Serum are listed; Section A Part B applies', [
    'Plan B Options',
    'Vitamin C Serum',
    'Section A Part B',
  ]);
});

describe('Encompass loan fields set by id in script and plugin logs', () => {
  masks(
    'a borrower SSN, birth date and last name by field id',
    '[LoanScript] 2310004417 SetField("97", "401-23-9876"); SetField(\'1403\', \'11/30/1979\'); SetField("4006", "Abernathy")',
    ['401-23-9876', '11/30/1979', 'Abernathy'],
  );
  masks(
    'an SSN and a first name through the Fields indexer',
    'plugin: loan.Fields["65"].Value = "318-62-4410"; loan.Fields["4000"].Value = "Marguerite"; saved',
    ['318-62-4410', 'Marguerite'],
  );
  masks('a lone first name through the Fields indexer', 'plugin: loan.Fields["4004"].Value = "Ottoline"; saved', ['Ottoline']);
  keeps(
    'the loan amount, rate and loan number fields',
    '[LoanScript] SetField("1109", "412000.00"); SetField(\'3\', \'6.625\'); SetField("364", "2310004417")',
    ['412000.00', '6.625', '2310004417'],
  );
});

describe("an agent's or a loan originator's own licence number by its field name", () => {
  masks('RESO agent licence fields', { ListingId: 'ML90331872', BuyerAgentStateLicense: 'SL3391072', MemberStateLicense: '0588214' }, [
    'SL3391072',
    '0588214',
  ]);
  masks('a loan originator NMLS id', { LoanOriginatorNMLSID: '2208817', CompanyNMLSID: '174457' }, ['2208817']);
  keeps(
    'the company NMLS id, the listing id and a licence flag',
    { ListingId: 'ML90331872', CompanyNMLSID: '174457', LicenseState: 'TX' },
    ['ML90331872', '174457', 'TX'],
  );
});

describe('leftovers, stop 34', () => {
  masks('a routing / account pair re-keyed without labels', 'Hollis payoff -> Chase 021000021 / 40928817731, confirmed by phone', [
    '40928817731',
  ]);
  keeps('the routing number of the pair (a bank)', 'Hollis payoff -> Chase 021000021 / 40928817731', ['021000021']);
  masks('the pair with a slash and no blanks', { notes: 'wire 121000358/3390045127 sent' }, ['3390045127']);
  masks("a cheque's MICR line", 'Check #2210 from T. Hollis MICR ⑆026009593⑆ 0031187726⑈ 2210', ['0031187726']);
  keeps(
    'a pair whose first number fails the routing check, a path and a decimal',
    'ratio 123456789 / 12345678; GET /orders/121000358/4410 ok; 121000358/4410.5 units',
    ['123456789 / 12345678', '/orders/121000358/4410', '121000358/4410.5'],
  );
  masks(
    'a person named by role in a query string',
    'GET /tax/pay?parcel=044-118-09&owner=HOLLOWAY+DANIEL&tenant=Teresa%20Whitfield HTTP/1.1',
    ['HOLLOWAY+DANIEL', 'Teresa%20Whitfield'],
  );
  masks(
    'mailing and forwarding members that hold an address',
    'https://pm.example.com/moveout/77120?mail=PO+Box+4471&fwd=2290%20W%20Belmont%20Ave',
    ['PO+Box+4471', '2290%20W%20Belmont%20Ave'],
  );
  keeps(
    'a cloud tenant, a team owner, a forwarded subject and a mail setting',
    'https://portal.example.com/x?tenant=Contoso+Ltd&owner=platform-team&fwd=Re:+Lunch+at+12&mail=weekly+digest',
    ['tenant=Contoso+Ltd', 'owner=platform-team', 'fwd=Re:+Lunch+at+12', 'mail=weekly+digest'],
  );
});

describe('leftovers, stop 34: a licence number under a generic number key', () => {
  masks('an Illinois licence printed grouped after doc=DL', 'idv result=match doc=DL state=IL number=B456-7012-3345 exp=2028-03-01', [
    'B456-7012-3345',
  ]);
  keeps('a number under a key of its own after a licence word', 'doc=DL verified; order_number=B456-7012-3345 score=0.91', [
    'B456-7012-3345',
  ]);
});

describe('leftovers, stop 34, second pass', () => {
  masks(
    'Encompass borrower field ids as the keys of a loan field map',
    { loanGuid: 'b81c', fields: { '97': '536-90-4399', '1403': '11/30/1975', '4004': 'Marguerite', '4006': 'Villanueva', '3': '6.125' } },
    ['536-90-4399', '11/30/1975', 'Marguerite', 'Villanueva'],
  );
  masks(
    'a loan field map under loanFields, in a message',
    { payload: JSON.stringify({ loanFields: { '65': '401239876', '37': 'Okafor' } }) },
    ['401239876', 'Okafor'],
  );
  keeps(
    'the same ids as keys of other maps, and loan terms by id',
    { buckets: { '65': '401239876', '4000': 'Marguerite' }, fields: { '3': '6.125', '364': '2404118723', '1109': '410000.00' } },
    ['401239876', 'Marguerite', '6.125', '2404118723', '410000.00'],
  );
  masks('a NACHA entry detail name as indiv_name=', 'ACH R03 NO ACCOUNT indiv_name=OKAFOR DANIEL E rdfi=021000021 amt=000098000', [
    'OKAFOR DANIEL E',
  ]);
  masks('a two-digit-year birth date after DOB on file / on record', 'verified employment; DOB on file 11/30/79, dob on record: 2-14-91', [
    '11/30/79',
    '2-14-91',
  ]);
  keeps('a file date after a DOB mention', 'DOB on file; file updated 3/4/24 by agent', ['3/4/24']);
  masks(
    'an alarm code without the word code, before disarm',
    'HVAC tech at 12 Oak Ct, alarm 48213 to disarm; disarm with 2580 at side panel',
    ['48213', '2580'],
  );
  keeps('an alarm event number and a count to disarm', 'alarm 1203 disarmed at 14:02; alarm 0600 set; disarm 2 zones', [
    'alarm 1203',
    '0600',
  ]);
  masks(
    "a real-estate licensee's number after the licensing body's initials",
    'Showing set for agent Maya Chen (CalDRE #02011234); co-op agent TREC 0611873; FREC SL3301234',
    ['02011234', '0611873', 'SL3301234'],
  );
  keeps('the initials inside words, a year and a hyphenated id after them', 'DREAM 12345 units; DRE 2024 rollout; DRE-12345678 ticket', [
    'DREAM 12345',
    'DRE 2024',
    'DRE-12345678',
  ]);
});

import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks and over-masking the forty-sixth red-team round found (fixtures/redteam46-corpus.ts:
 * public benefits and case notes, tax e-file and preparer logs, citizen services, identity
 * proofing), each closed where it happens, with the look-alike beside it that must stay. The values
 * here differ from the corpus': python-stdnum's us.ssn / us.ptin doctest shapes rebuilt with other
 * digits, AAMVA DL/ID element layouts with plausible holders, NANP 555-01xx numbers.
 */
const { masks, keeps } = leakCases();

describe('refund bank accounts and preparer ids of tax software by their names', () => {
  masks('MeF DepositorAccountNum beside a routing number', { RoutingTransitNum: '011000138', DepositorAccountNum: '88120047731' }, [
    '88120047731',
  ]);
  masks("an integrator's dan", { rtn: '011000138', dan: '4471002298' }, ['4471002298']);
  masks('a --dan flag of a preparer command', 'prep efile --rtn 011000138 --dan 99018377 --year 2025', ['99018377']);
  masks('a PTIN under ptin', { ero: { ptin: 'P02718364', efin: '610432' } }, ['P02718364']);
  masks('a PTIN under PreparerPTIN', { PaidPreparerInformationGrp: { PreparerPTIN: 'P-02718364' } }, ['P-02718364']);
  keeps(
    'the routing number and the firm EFIN beside them',
    { RoutingTransitNum: '011000138', DepositorAccountNum: '88120047731', efin: '610432' },
    ['011000138', '610432'],
  );
  keeps('a danger level is no account', { danger: 'HIGH', dan_level: '3' }, ['HIGH']);
});

describe('MeF validation errors: the element path names the rejected value', () => {
  masks(
    'an SSN under FieldValueTxt whose XpathContent ends in PrimarySSN',
    {
      RuleNum: 'IND-031-04',
      FieldValueTxt: '612480337',
      XpathContent: '/efile:Return[1]/efile:ReturnHeader[1]/efile:Filer[1]/efile:PrimarySSN[1]',
    },
    ['612480337'],
  );
  masks(
    'a spouse SSN',
    { RuleNum: 'IND-510-02', FieldValueTxt: '612-48-0338', XpathContent: '/efile:Return/efile:ReturnHeader/efile:Filer/efile:SpouseSSN' },
    ['612-48-0338'],
  );
  keeps(
    'an amount whose path names an amount',
    {
      RuleNum: 'F1040-164-01',
      FieldValueTxt: '4120',
      XpathContent: '/efile:Return[1]/efile:ReturnData[1]/efile:IRS1040[1]/efile:RefundAmt[1]',
    },
    ['4120', 'F1040-164-01'],
  );
});

describe('attribute lists with a handle and HMRC fraud-prevention user ids', () => {
  masks('a birth date named by its handle', { attributes: [{ handle: 'birth_date', value: '1979-06-02' }] }, ['1979-06-02']);
  keeps('a state named by its handle stays', { attributes: [{ handle: 'state', value: 'OH' }] }, ['OH']);
  masks('Gov-Client-User-IDs', { headers: { 'Gov-Client-User-IDs': 'os=d.okafor&my-app=dokafor77' } }, ['d.okafor', 'dokafor77']);
  keeps('Gov-Client-Connection-Method', { headers: { 'Gov-Client-Connection-Method': 'WEB_APP_VIA_SERVER' } }, ['WEB_APP_VIA_SERVER']);
});

describe('parties of permits, vehicle records and child-welfare intake by their names', () => {
  keeps('a team under owner_name (an owner may be a team)', { repo: 'billing-api', owner_name: 'platform team' }, ['platform team']);
  masks('owner_first / owner_last of a proofing vendor', { owner_first: 'Ngozi', owner_last: 'Eze', match: 'FULL' }, ['Eze']);
  masks('the name of an alleged perpetrator', { alleged_perpetrator: { name: 'Dwayne Kittredge', relationship: 'uncle' } }, [
    'Dwayne Kittredge',
  ]);
  masks('the name of a victim', { victim: { name: 'Kai Lundgren' } }, ['Kai Lundgren']);
  keeps('an owner team label under owner', { owner: 'platform-team', owner_id: 'T-42' }, ['platform-team']);
});

describe("decoded PDF417 text of driver's licences (AAMVA DL/ID elements)", () => {
  masks(
    'elements joined by escaped line breaks',
    'scan ok: DAQS530-4417-2290\\nDCSLUNDGREN\\nDACKAI\\nDBB08231988\\nDAG2207 BIRCH HOLLOW LN\\nDAIMADISON',
    ['S530-4417-2290', 'LUNDGREN', 'KAI', '08231988', '2207 BIRCH HOLLOW LN'],
  );
  masks(
    'a raw payload with the subfile header',
    { pdf417: 'ANSI 636020090002DL00410266ZO03070012DLDAQ0917734\nDCSPERALTA\nDACINES\nDBB19900105\nDAK802050000' },
    ['0917734', 'PERALTA', 'INES', '19900105', '802050000'],
  );
  keeps('element-like words of other text', 'DAQ board DAC converter DAG output; DBB tuned', ['DAC converter']);
  keeps('one element alone', { note: 'field DAQ missing', code: 'DCSMISSING' }, ['DCSMISSING']);
});

describe('header-less person rows of rosters, waitlists and voter extracts', () => {
  masks('a name cell written surname first before an ISO birth date', 'queue|SEC8|n=204|LUNDGREN, KAI|1988-08-23|kai.l@example.net|fam=2', [
    'LUNDGREN, KAI',
    '1988-08-23',
  ]);
  masks(
    'name cells with a middle initial before the birth date',
    'WI-000917734|PERALTA|INES|M|1990-01-05|2207 BIRCH HOLLOW LN|MADISON|WI|53704|ACTIVE',
    ['PERALTA', 'INES'],
  );
  masks('a NANP phone with separators in its own cell', '88213,SNAP,ORTEGA,LUIS,04/11/1983,612-48-0337,513-555-0148', ['513-555-0148']);
  keeps('the city and state before a ZIP cell', '88213,SNAP,ORTEGA,LUIS,04/11/1983,612-48-0337,2207 BIRCH HOLLOW LN,COLUMBUS,OH,43229', [
    'COLUMBUS,OH,43229',
  ]);
  keeps('a release row with an initial-like cell and a date', 'release|v1.2.3|B|1999-01-05|CA|94105|ok', ['v1.2.3']);
});

describe("an operator's licence after OL# or OLN", () => {
  masks('OL# in a docket entry', 'Defendant appeared; OL# TK730215 suspended 6 months.', ['TK730215']);
  masks('OLN in a citation', 'citation 26-TR-1182 OLN RP441902 plate KDX4471', ['RP441902']);
  keeps('a citation number without the word', 'citation 26-TR-1182 issued', ['26-TR-1182']);
});

describe('a vendor code under account_number and a last name under lname', () => {
  keeps('a vendor code of an information-return filing API', { form_type: '1099-MISC', account_number: 'PAYE-004417' }, ['PAYE-004417']);
  keeps('a three-letter prefix and zero-padded digits', { account_number: 'SUP-0091822' }, ['SUP-0091822']);
  masks('the same code under a bank name', { bank_account_number: 'SUP-0091822' }, ['SUP-0091822']);
  masks('digits under account_number', { account_number: '7731004419' }, ['7731004419']);
  masks('lname named by a handle', { attributes: [{ handle: 'lname', value: 'Adebayo' }] }, ['Adebayo']);
  masks('an lname member', { lname: 'Kowalczyk', zip: '18505' }, ['Kowalczyk']);
});

describe('leftovers, stop 35', () => {
  // A property owner's name beside the parcel, the site or the owner's phone; alone an owner may be a team.
  masks(
    'owner_name beside the owner phone of a permit',
    { permit_no: 'EP-2026-11802', owner_name: 'Chidinma Okonkwo-Bello', owner_phone: '469-555-0131' },
    ['Chidinma Okonkwo-Bello'],
  );
  masks('ownerName beside a parcel id of an assessor record', { parcelId: '27-118-04-0019', ownerName: 'Babajide Ogunleye' }, [
    'Babajide Ogunleye',
  ]);
  masks('owner_name beside a site address', { site_address: '41 Quarry Ln', owner_name: 'Tunde Bakare' }, ['Tunde Bakare']);
  keeps('a team under owner_name beside an owner phone', { owner_name: 'Platform Team', owner_phone: '469-555-0131' }, ['Platform Team']);
  keeps('a firm under owner_name beside a parcel', { parcel_id: '27-118-04-0019', owner_name: 'Northgate Holdings LLC' }, [
    'Northgate Holdings LLC',
  ]);
  // Since red-team round 99 a person's name written out under owner_name is masked wherever it stands
  // (a pet's owner, a lab feed's OwnerName); a team or a service account there stays.
  masks("an owner name written out as a person's, without a parcel", { service: 'ledger', owner_name: 'Babajide Ogunleye' }, [
    'Babajide Ogunleye',
  ]);
  keeps('a team under owner_name without a parcel', { service: 'ledger', owner_name: 'payments-platform' }, ['payments-platform']);
  keeps('a team in words under owner_name', { service: 'ledger', owner_name: 'Core Banking Team' }, ['Core Banking Team']);

  // A surname sent without the given name, beside an SSN or a birth date of the same lookup.
  masks('last= of a claimant search beside dob=', 'GET /v1/people/find?dob=1958-11-30&last=Kowalski HTTP/1.1 200', ['Kowalski']);
  masks('lname= of a log line beside ssn=', 'match ssn=<redacted> lname=Haddad result=none', ['Haddad']);
  keeps('last= as a page bound beside a dob filter', 'GET /list?first=10&last=50&dob=1958-11-30', ['last=50']);
  keeps('last= of a pager word beside dob=', 'GET /list?last=Next&dob=1958-11-30', ['last=Next']);
  keeps('last= without an id beside it', 'GET /list?last=Harris&page=2', ['Harris']);

  // A preparer firm's and a payer's EIN are a business's registration.
  keeps('PreparerFirmEIN of a MeF return header', { PaidPreparerInformationGrp: { PreparerFirmEIN: '460918273' } }, ['460918273']);
  keeps('payer_ein of an information return', { form: '1099-INT', payer_ein: '27-3309145' }, ['27-3309145']);
  masks('an EIN under a bare ein or a payee', { ein: '27-3309145', payee_ein: '81-2207734' }, ['27-3309145', '81-2207734']);

  // A birth date in brackets after the age it gives.
  masks(
    'an age and its birth date in a household list',
    'Household:\n- Client: Rosa Alvarez, 34 (1991-07-14)\n- Son: Mateo, 6 (03/02/2020)',
    ['1991-07-14', '03/02/2020'],
  );
  masks('aged and a day-first birth date', 'Resident aged 71 (27/09/1954) reviewed by the panel', ['27/09/1954']);
  keeps('a count before an old date that disagrees with it', 'ticket, 5 (01/02/1960) archived', ['01/02/1960']);
  keeps('a number without a name or age before it', 'build 71 (27/09/1954) rolled back', ['27/09/1954']);

  // The parties of a case worker's shorthand in lower case.
  masks('client and bf in a case note', 'seen client maria gonzalez today; her bf david collins left in May', [
    'maria gonzalez',
    'david collins',
  ]);
  masks('caretaker in an intake note', 'caretaker linda morales reports no food in home', ['linda morales']);
  keeps('a client in technical prose', 'the http client error came from the client side retry logic', ['client error', 'client side']);
  keeps('a client grace period', 'client grace period ends 30 days after notice', ['grace period']);
  keeps('bf16 weights', 'load bf16 weights for client james', ['bf16', 'client james']);

  // A name right before the birth-date or SSN pairs of a failed lookup.
  masks('a name in capitals after for', 'kba: verification failed for ODALYS TREMBLAY-VOSS dob=1979-06-02 ssn=<redacted>', [
    'ODALYS',
    'TREMBLAY-VOSS',
  ]);
  masks('a capitalised name with an initial after of', 'no match of Tobias Q Wren dob=1972-03-04', ['Tobias Q Wren']);
  keeps('labels in capitals before the pair', 'retry for TEST USER dob=1972-03-04; check for SSN DOB ssn=<redacted>', [
    'TEST USER',
    'SSN DOB',
  ]);
  keeps('capitals before a pair that is no id', 'retry for MISSING DATA region=us-east-1', ['MISSING DATA']);

  // A bare social holds an SSN only written as one.
  masks('an identity attribute named social', { attributes: [{ handle: 'social', value: '412330917' }] }, ['412330917']);
  masks('a social member with dashes', { applicant: 'x', social: '412-33-0917' }, ['412-33-0917']);
  keeps('a profile link under social', { social: 'https://twitter.com/rosa_d' }, ['https://twitter.com/rosa_d']);
  keeps(
    "a profile's links as an object or a list",
    { profile: { social: { twitter: '@rosa_d', linkedin: 'in/rosa-d' }, links: { social: ['@rosa_d'] } } },
    ['@rosa_d', 'in/rosa-d'],
  );
  keeps('a company name under razon_social', { razon_social: 'Inversiones Costa Azul SAC' }, ['Inversiones Costa Azul SAC']);
});

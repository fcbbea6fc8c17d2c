import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leftovers of red-team rounds 36 (ERP), 37 (insurance, automotive) and 38 (education), each
 * closed as a general rule, with the look-alikes beside it that must stay. Values differ from the
 * corpora: other names and numbers of the same shapes.
 */
const { masks, keeps } = leakCases();

describe('an id typed by an XML type attribute with its namespace prefix (Workday `@wd:type` / `#text`)', () => {
  masks('a student reference', { 'wd:Student_Reference': { 'wd:ID': { '@wd:type': 'Student_ID', '#text': 'SID-4471902' } } }, [
    'SID-4471902',
  ]);
  masks(
    'a national id in a list of ids',
    {
      'wd:Worker': {
        'wd:ID': [
          { '@wd:type': 'WID', '#text': '7c2e91ab04f14d1d9b3b0c6f8e2a5d10' },
          { '@wd:type': 'National_ID', '#text': '218-54-9903' },
        ],
      },
    },
    ['218-54-9903'],
  );
  masks('another prefix', { 'ns1:Identifier': { '@ns1:type': 'Passport_Number', '#text': 'X72214590' } }, ['X72214590']);
  keeps(
    'a Workday WID and a country code',
    {
      'wd:ID': [
        { '@wd:type': 'WID', '#text': '5d0a6c2f8e3b4a71b9c4e2f1a0d3b6c8' },
        { '@wd:type': 'ISO_3166-1_Alpha-2_Code', '#text': 'US' },
      ],
    },
    ['5d0a6c2f8e3b4a71b9c4e2f1a0d3b6c8', '"US"'],
  );
  keeps('an XML schema type', { amount: { '@xsi:type': 'xsd:decimal', '#text': '1250.00' } }, ['1250.00']);
  keeps('a JSON-LD type is no type attribute', { '@type': 'Student_ID', '#text': 'Enrolment office' }, ['Enrolment office']);
});

describe('driver licence numbers in a list under a bare `licenses`', () => {
  masks('a rating request with two operators', { quote: 'Q-88120', licenses: ['S530-4417-2209', 'D8812044'] }, [
    'S530-4417-2209',
    'D8812044',
  ]);
  masks('a single licence as a string', { drivers: 2, licences: '730129448' }, ['730129448']);
  keeps('software licences of a package', { name: 'left-pad', licenses: ['MIT', 'Apache-2.0', 'GPL-3.0-only'] }, [
    'MIT',
    'Apache-2.0',
    'GPL-3.0-only',
  ]);
  keeps('an SBOM component', { component: 'zlib', licenses: [{ license: { id: 'Zlib' } }] }, ['Zlib']);
  keeps('a count of seats', { product: 'IDE', licenses: 25, licences: '25 seats' }, ['25 seats']);
});

describe('a birth date under `bDt` beside a name', () => {
  masks('an ACORD-style party update', { pty: { nm: 'OKONJO BEATRICE', gvtId: '518442097', bDt: '19620704' } }, ['19620704']);
  masks('dashed, beside a name part', { fn: 'Marek', ln: 'Dvorak', bDt: '1979-02-18' }, ['1979-02-18']);
  keeps('a business date beside a job name', { nm: 'Daily close', bDt: '20250314' }, ['20250314']);
  keeps('a date without a name beside it', { acct: 'GL-4410', bDt: '19991231' }, ['19991231']);
  keeps('a taka rate', { nm: 'FX', bdt: '117.25' }, ['117.25']);
});

describe('SAP BAPIRET2 message variables holding the value their MESSAGE names', () => {
  masks(
    'an unformatted tax number and a bank account in a return table',
    {
      RETURN: [
        {
          TYPE: 'E',
          ID: 'R11',
          NUMBER: '601',
          MESSAGE: 'Tax number 219483307 already exists for business partner 1000456',
          MESSAGE_V1: '219483307',
          MESSAGE_V2: '1000456',
        },
        {
          TYPE: 'E',
          ID: 'AR',
          NUMBER: '205',
          MESSAGE: 'Bank account 004417739901 routing 021000021 used by vendor 100077',
          MESSAGE_V1: '004417739901',
          MESSAGE_V2: '100077',
        },
      ],
    },
    ['219483307', '004417739901'],
  );
  keeps(
    'the codes, the partner and vendor numbers',
    {
      RETURN: [
        {
          TYPE: 'E',
          ID: 'R11',
          NUMBER: '601',
          MESSAGE: 'Tax number 219-48-3307 already exists for business partner 1000456',
          MESSAGE_V1: '219-48-3307',
          MESSAGE_V2: '1000456',
        },
      ],
    },
    ['"R11"', '"601"', '1000456'],
  );
  keeps(
    'a message variable the message holds unmasked',
    {
      TYPE: 'S',
      ID: 'BAPI',
      NUMBER: '000',
      MESSAGE: 'Document 4500012345 posted in company code 1000',
      MESSAGE_V1: '4500012345',
      MESSAGE_V2: '1000',
    },
    ['4500012345'],
  );
});

describe('a person row of a fixed-width file: capitals name cells and a compact birth date', () => {
  masks(
    'an AL3-style name group in a download log',
    'AL3 rec: 5BIS10012 P HOA8810042271 OKAFOR BRENDA          77 LARCH HILL RD           DAYTON        OH45402 9375550182 19770522',
    ['OKAFOR BRENDA', '9375550182', '19770522'],
  );
  masks(
    'an ISIR-style fragment with the SSN glued to the surname',
    'ISIR load failed line 88: "2526    219483307MCALLISTER          DEREK          20050917 ..."',
    ['219483307', 'MCALLISTER', 'DEREK', '20050917'],
  );
  masks('a record as a JSON value', { line: 'EMP 0042  HARTMANN LENA           19880130   F  FT' }, ['HARTMANN LENA', '19880130']);
  keeps('capitals report headings and a run date', 'ACCOUNT SUMMARY     JANUARY     19991231   1200.00   CLOSED', [
    'ACCOUNT SUMMARY',
    '19991231',
  ]);
  keeps('a name with a recent business date', 'BATCH 7781  OKAFOR BRENDA          20250314   POSTED', ['20250314']);
  keeps('a product row in capitals', 'SKU 10044  BLUE WIDGET        19990101   QTY 12', ['BLUE WIDGET', '19990101']);
  keeps('a name in mixed case', 'row 3: Okafor Brenda          19770522   ok', ['19770522']);
});

describe('an institution named by its head noun under a person name field', () => {
  keeps('a mortgagee', { mortgagee: { name: 'Chase Home Lending Mortgage', loanNumber: '0331847265' } }, ['Chase Home Lending Mortgage']);
  keeps('an agency in a dispatch config', { agencies: [{ ori: 'TX0570100', name: 'Dallas Police Department' }] }, [
    'Dallas Police Department',
  ]);
  keeps('a provider of a claim party', { claimant: { name: 'Mercy General Hospital', role: 'provider' } }, ['Mercy General Hospital']);
  masks('a person whose surname is also an institution word', { insured: { name: 'Grace Church', dob: '1971-03-02' } }, ['Grace Church']);
  masks('a person named Bank', { borrower: { name: 'Daniel Bank', ssn: '219-48-3307' } }, ['Daniel Bank']);
  masks('a person with a title', { driver: { name: 'Officer Daniel Police' } }, ['Daniel Police']);
  keeps('an agency in prose', 'Report filed with Mesa Police Department, case 24-118; copy to Banner University Hospital.', [
    'Mesa Police Department',
    'Banner University Hospital',
  ]);
  masks('an officer before the agency', 'Statement taken by Det. Maria Lopez, Mesa Police Department, on 03/04.', ['Maria Lopez']);
  masks('a person named Police after a title', 'Witness: Officer Daniel Police (badge 4471) arrived at 21:40.', ['Daniel Police']);
});

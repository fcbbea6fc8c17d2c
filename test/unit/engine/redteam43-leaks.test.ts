import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks the forty-third red-team round found (fixtures/redteam43-corpus.ts: applicant tracking,
 * background checks, work eligibility, time and attendance), each closed where it happens, with the
 * look-alike beside it that must stay. The values here differ from the corpus'.
 */
const { masks, keeps } = leakCases();

describe('hiring and onboarding field names', () => {
  masks(
    'iCIMS address members written as one word',
    { addresses: [{ addressstreet1: '58 Larkspur Ct', addressstreet2: 'Unit 3', addresszip: '27514', addresscity: 'Chapel Hill' }] },
    ['58 Larkspur Ct', '27514'],
  );
  masks(
    'UK right-to-work share codes and DBS certificate numbers by name',
    { share_code: 'WR4 7TK 2MX', rtwShareCode: 'W9P-2HL-6QD', dbsCertificateNumber: '009812347765' },
    ['WR4 7TK 2MX', 'W9P-2HL-6QD', '009812347765'],
  );
  masks(
    'Form I-9 document members (I-94, EAD card number, I-766)',
    { i94: '31842096517', ead_card_number: 'LIN2190345678', i766_number: 'EAC2290512347' },
    ['31842096517', 'LIN2190345678', 'EAC2290512347'],
  );
  masks('`nbr` read as `number` (SOAP and mainframe names)', { AlienNbr: 'A204518763', I94Nbr: '77102938451', PassportNbr: 'X41209837' }, [
    'A204518763',
    '77102938451',
    'X41209837',
  ]);
  masks('XML elements named with `Nbr`', '<Case><AlienNbr>A204518763</AlienNbr><I94Nbr>77102938451</I94Nbr></Case>', [
    '204518763',
    '77102938451',
  ]);
  keeps(
    'a TFN declaration form and an SSN trace are not the number: their other members stay',
    {
      tfnDeclaration: { title: 'Mr', residencyStatus: 'Foreign resident', claimTaxFreeThreshold: false },
      ssn_trace_id: '62a0c7f1e4b0d3002d8a91f4',
      ssn_trace: { status: 'clear', county: 'Cook' },
    },
    ['Foreign resident', '62a0c7f1e4b0d3002d8a91f4', 'Cook', 'clear'],
  );
  masks(
    'the numbers inside them are still read by their own names',
    { tfnDeclaration: { tfn: '714 029 850' }, ssn_trace: { ssn: '432-19-0876' } },
    ['714 029 850', '432-19-0876'],
  );
  keeps('UKG `auth_chain` names the login chain', { auth_chain: 'OAuthLdapService', grant_type: 'password' }, ['OAuthLdapService']);
  keeps('a number-named member that is a count or a type stays', { FIN_NBR_TYPE: 'ENCNTR', nbr_of_shifts: '12' }, ['ENCNTR', '12']);
});

describe('API keys passed as the user name of curl -u with an empty password', () => {
  masks('a 40-hex key', 'curl -s -u 5b1e0d47c93a28f6e2d4b81a7c09f35e6d2a4c18: https://api.checkr.com/v1/reports/abc', [
    '5b1e0d47c93a28f6e2d4b81a7c09f35e6d2a4c18',
  ]);
  masks('a mixed-case key with an underscore', "curl --user 'qK8w_Zt3LmV9xR2nB7yC4pD1': https://api.lever.co/v1/opportunities", [
    'qK8w_Zt3LmV9xR2nB7yC4pD1',
  ]);
  keeps('a login with an empty password stays (curl prompts)', 'curl -u deploy: https://files.example.com/upload', ['deploy']);
  keeps('the user of user:password stays, the password goes', 'curl -u svc_backup_2024_nightly:Xy9 https://x.example/', [
    'svc_backup_2024_nightly',
  ]);
});

describe('a vendor key under a two-word name ending in KEY', () => {
  masks('hex with a key number', 'env GREENHOUSE_HARVEST_KEY=0d6c3b8a91f24e7c5a2b9d4e8f1a3c67-3 APP=sync', [
    '0d6c3b8a91f24e7c5a2b9d4e8f1a3c67-3',
  ]);
  masks('mixed case', 'SMART_RECRUITERS_KEY=Tq4vN8zLx2Rb7Kc9Wm3Hd5Fy APP=sync', ['Tq4vN8zLx2Rb7Kc9Wm3Hd5Fy']);
  keeps(
    'a cache or object key of two words stays',
    'ORDER_CACHE_KEY=0d6c3b8a91f24e7c5a2b9d4e8f1a3c67 S3_OBJECT_KEY=7f3e9a1c5b2d48e6a0c4f8b2d6e1a9c3',
    ['0d6c3b8a91f24e7c5a2b9d4e8f1a3c67', '7f3e9a1c5b2d48e6a0c4f8b2d6e1a9c3'],
  );
});

describe('pipe-delimited key=value result lines', () => {
  masks(
    'each value ends at the pipe before the next pair',
    'TOX|SPEC=8830127|SSN=521-73-0498|DOB=19870302|RESULT=POSITIVE|MRO=Dr. K. Ames',
    ['521-73-0498', '19870302'],
  );
  keeps('the pairs after a masked value stay', 'TOX|SPEC=8830127|SSN=521730498|DOB=19870302|RESULT=POSITIVE|PANEL=5-Panel', [
    'RESULT=POSITIVE',
    'PANEL=5-Panel',
    'SPEC=8830127',
  ]);
  masks('a pipe inside a value is not a separator', 'dobs=1979-04-02|1984-11-30 count=2', ['1979-04-02', '1984-11-30']);
});

describe('application form answers under a question with a note in brackets', () => {
  masks(
    'the note does not hide the field the question names',
    {
      answers: [
        { question: 'What is your date of birth? (needed for the background check)', answer: '09/14/1991' },
        { question: 'Mobile number (we will text interview times)', answer: '(646) 555-0137' },
      ],
    },
    ['09/14/1991', '(646) 555-0137'],
  );
  keeps(
    'answers to other questions stay, and a one-word note still describes the field',
    {
      answers: [
        { question: 'Earliest start date (if an offer is made)', answer: '2024-07-01' },
        { question: 'Password (hint)', answer: 'first pet' },
      ],
    },
    ['2024-07-01', 'first pet'],
  );
});

describe('the whole name beside its parts under a name member', () => {
  masks(
    'résumé parser and address-book name objects',
    {
      data: { name: { raw: 'Ngozi Chukwuemeka', first: 'Ngozi', last: 'Chukwuemeka' } },
      contact: { name: { formatted: 'Pieter van Dijk' } },
    },
    ['Ngozi Chukwuemeka', 'Pieter van Dijk'],
  );
  keeps(
    'a display member under a person parent (a team) and a name member holding a version',
    { owner: { display: 'Payments Platform', email: 'payments-oncall@example.com' }, name: { raw: 'release 4.2' } },
    ['Payments Platform', 'release 4.2'],
  );
});

describe('I-94 admission numbers after an I-94 word in prose', () => {
  masks('11 digits and the 2013 layout', 'HR note: her I-94 (admission no. 48291730564) and the new I-94 is 731904826B2 (Newark)', [
    '48291730564',
    '731904826B2',
  ]);
  keeps('11 digits without an I-94 word', 'invoice 48291730564 paid; tracking 731904826B2', ['48291730564', '731904826B2']);
});

describe("a chat reply to a bot's question for an identifier or a birth date", () => {
  masks(
    'the short reply with a digit, as what the question names',
    {
      messages: [
        { role: 'assistant', content: 'Before we continue, what is your Social Security number?' },
        { role: 'user', content: '521 73 0498' },
        { role: 'bot', text: 'And your date of birth, please?' },
        { role: 'user', text: 'sure: 3/2/87' },
      ],
    },
    ['521 73 0498', '3/2/87'],
  );
  keeps(
    'replies to other questions, long replies and replies without a question stay',
    {
      conversation: [
        { role: 'assistant', content: 'Which store number do you work at?' },
        { role: 'user', content: 'store 0457' },
        { role: 'assistant', content: 'Do you have your passport with you today?' },
        { role: 'user', content: 'yes, I will bring it to the 9:30 shift tomorrow at store 0457' },
        { role: 'user', content: 'shift SH-88213' },
      ],
    },
    ['store 0457', '9:30 shift', 'SH-88213'],
  );
});

describe('leftovers, stop 34', () => {
  masks(
    'a diagnosis or procedure given as the reason of a leave, sick day or FMLA certification',
    {
      leave: { type: 'FMLA', reason: 'Laparoscopic appendectomy on 3/4, surgeon says two weeks recovery' },
      note: 'Worker approved for intermittent leave: Type 2 diabetes with hyperglycemia episodes, up to 3 days a month.',
      absence: { comment: 'Out sick Mon-Tue, stillbirth last week. My GP signed me off.' },
      sick_note: 'Undergoing chemotherapy for breast cancer; medical leave through June',
    },
    ['appendectomy', 'Type 2 diabetes', 'hyperglycemia', 'stillbirth', 'chemotherapy', 'breast cancer'],
  );
  masks(
    'medical reason and condition fields, whatever they hold',
    { medical_reason: 'post-op rest after knee replacement', medicalCondition: 'chronic back pain' },
    ['post-op rest after knee replacement', 'chronic back pain'],
  );
  keeps(
    'a condition word without a leave or medical word, a leave type and a reason without a condition stay',
    {
      reason: 'vacation',
      leaveType: 'FMLA - Employee Serious Health Condition',
      sku: 'Diabetes care kit, 30 test strips',
      campaign: 'Team run for cancer research on Saturday',
      note: 'Stroke order of the kanji in the training deck',
      clinic: 'Diagnosis: type 2 diabetes; doctor reviewed treatment plan',
    },
    ['vacation', 'Serious Health Condition', 'Diabetes care kit', 'cancer research', 'Stroke order', 'type 2 diabetes'],
  );
});

describe('leftovers, stop 34, second pass', () => {
  masks(
    'a street line under a bare addr and a birth date under a bare bd',
    {
      parsed: { name_raw: 'x', addr: 'Storgata 7A, 0155 Oslo', bd: '1979-11-23' },
      profile: { addr: '88 Wellington Road, Leeds LS1 4AP', bd: '23/11/1979' },
      extra: { ADDR: '4410 Cedar Springs Rd', BD: '1979.11.23' },
    },
    ['Storgata 7A', '1979-11-23', '88 Wellington Road', '23/11/1979', '4410 Cedar Springs Rd', '1979.11.23'],
  );
  keeps(
    'a listen address, a host and port, an interface line, a wallet under addr; a recent, compact or non-date bd',
    {
      server: { addr: ':8080' },
      upstream: { addr: 'localhost:9090' },
      nic: { addr: 'eth0 mtu 1500' },
      socket: { addr: 'unix:/var/run/app.sock' },
      batch: { bd: '2025-06-30' },
      board: { bd: '3' },
      pcb: { bd: 'Rev B 12' },
      ledger: { bd: '19991231' },
    },
    [':8080', 'localhost:9090', 'eth0 mtu 1500', 'unix:/var/run/app.sock', '2025-06-30', '"bd":"3"', 'Rev B 12', '19991231'],
  );
  masks(
    'a certificate number member under a parent that names the DBS check',
    {
      dbs_check: { certificateNo: '000912837465', level: 'Basic' },
      dbsUpdateService: { cert_number: '001234509876', status: 'Current' },
      dbs: { certificate_number: '004455667788' },
    },
    ['000912837465', '001234509876', '004455667788'],
  );
  keeps(
    'a certificate number under a parent that names no personal document, and the check members',
    {
      ssl: { certificate_number: '7712', issuer: 'R11' },
      gift_certificate: { certificate_number: 'GC-55012' },
      dbs_update_service: { level: 'Enhanced', status: 'No new information' },
    },
    ['7712', 'GC-55012', 'Enhanced', 'No new information'],
  );
  keeps(
    'a reply or notification mailbox of a system, its words joined by a dash or an underscore',
    'From: Jobs <jobs-noreply@example.com>; copy from talent_notifications@example.org, replies to ats-candidate-reply@example.net',
    ['jobs-noreply@example.com', 'talent_notifications@example.org', 'ats-candidate-reply@example.net'],
  );
  masks(
    "a person's address that merely ends in reply, and a VERP bounce holding a recipient's address",
    'cc anna.reply@gmail.com; bounce to bounces+marek.nowak=example.com@lists.example.org',
    ['anna.reply@gmail.com', 'marek.nowak=example.com@lists'],
  );
  masks(
    "an HL7 name (Family^Given^Middle) under a person's role in a pipe or blank-separated line",
    'SCREEN|ID=55102|DONOR=Okafor^Ngozi^A|RESULT=POSITIVE; lab PATIENT=HALVORSEN^INGRID panel done',
    ['Okafor^Ngozi', 'HALVORSEN^INGRID'],
  );
  keeps(
    'order codes, message types and a test name with carets, and a caret name under a name that says nothing',
    'lab TEST=GLU^Glucose^L MSG=ADT^A01 ORDER=718-7^Hemoglobin^LN PANEL=Lipid^Panel',
    ['GLU^Glucose^L', 'ADT^A01', '718-7^Hemoglobin^LN', 'Lipid^Panel'],
  );
});

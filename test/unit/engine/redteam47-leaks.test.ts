import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks and over-masking the forty-seventh red-team round found (fixtures/redteam47-corpus.ts:
 * marketplaces and seller KYC, identity verification, gig trips and short-term rentals, trust &
 * safety), each closed where it happens, with the look-alike beside it that must stay. The values
 * here differ from the corpus': libphonenumber's US example 201-555-0123 read in words, python-stdnum's
 * SSN doctest digits in a nested form body, the DVLA licence example with another birth date built
 * to its structure, plausible codes, streets and handles.
 */
const { masks, keeps } = leakCases();

describe('door, lockbox and intercom codes in check-in messages', () => {
  masks('a lockbox code later in its sentence', 'Keys: the lockbox hangs on the gate post, code 5173.', ['5173']);
  masks('a key box with its combo', 'Key box is under the meter, combo 8042', ['8042']);
  masks('an intercom code after a flat number', 'Intercom 12, code #6690 then lift to 3rd floor', ['6690']);
  masks('a French key box', 'La boîte à clés est à gauche, code : 3071.', ['3071']);
  masks('a digicode with its keypad letter first', "le digicode de l'immeuble est A7315", ['A7315']);
  masks('a door code spelled in words', 'Door code is two eight six four, see you soon', ['two eight six four']);
  keeps('a lockbox model number', 'the lockbox model 3200 has code 7 digits', ['3200']);
  keeps('an error code near a buzzer', 'error code 4402 on the buzzer', ['4402']);
  keeps('an intercom firmware note', 'Intercom firmware 2.1, code review done', ['2.1']);
  keeps('words after a gate code that are not digits', 'gate code is one of the worst', ['one of the worst']);
});

describe('driving licence numbers in verification logs', () => {
  masks('a UK licence in its printed blocks', 'uploaded GB licence WOODS 710195 JA8HU (spaced)', ['WOODS 710195 JA8HU']);
  masks('a UK licence joined', { doc: 'WOODS710195JA8HU' }, ['WOODS710195JA8HU']);
  masks('a letter and seven digits right after licence', 'extracted licence K5519034 from the front image', ['K5519034']);
  keeps('a licence key of that shape', 'license key A1234567 activated', ['A1234567']);
  keeps('a build number after a software licence', 'MIT licence, build B4827361', ['B4827361']);
  keeps('three blocks that fail the licence date', 'order WOODS 719995 JA8HU', ['WOODS 719995 JA8HU']);
});

describe('nested form fields and KYC query parameters', () => {
  masks('an id number under a bracketed name', 'curl -d "individual[id_number]=078051121" https://api.example', ['078051121']);
  masks('an address line under address[line1]', 'body="a=1&address[line1]=77+Larkspur+Way&b=2"', ['77+Larkspur+Way']);
  masks('a person in a two-level subscript', 'owners[0][email]=r.okafor@example.net&owners[0][phone]=2015550123', [
    'r.okafor@example.net',
    '2015550123',
  ]);
  masks('a nome of a KYC lookup', 'GET /api/v2/cpf?numero=1&nome=Mariana%20Siqueira&x=2', ['Mariana%20Siqueira']);
  keeps('bracketed fields that name nothing', 'metadata[order_id]=A-1&items[0][price]=12&arr[]=1', ['A-1', 'price]=12', 'arr[]=1']);
  keeps('a place under a bare name', 'GET /search?name=New+York&x=1', ['New+York']);
});

describe('address lines, and streets in rider chat', () => {
  masks('a document street in capitals under line1', { address: { line1: '2290 WALNUT GROVE AVE', city: 'CHICO' } }, [
    '2290 WALNUT GROVE AVE',
  ]);
  masks('line2 of an address', { address: { line1: '9 Elm Rd', line2: 'APT 14C' } }, ['APT 14C']);
  masks('a pickup street in lower case', 'pick me up at 48 cedar ln pls', ['48 cedar ln']);
  masks('a rider saying where she waits', "i'm at 310 birch st, blue door", ['310 birch st']);
  keeps('a count after meet me at', 'meet me at 5 ways to drive', ['5 ways to drive']);
  keeps('a longer name holding line1', { invoice_line1_total: '12.00' }, ['12.00']);
});

describe('card numbers and ids in dashed groups', () => {
  masks('a card in groups of four', 'card 4000-0566-5566-5556 declined', ['4000-0566-5566-5556']);
  keeps('a report id in 7-6-6 groups', { id: '5216803-441239-880127' }, ['5216803-441239-880127']);
});

describe('names of things taken for people', () => {
  keeps('a vehicle trim', { vehicle: { make: 'Honda', model: 'Accord Hybrid' } }, ['Accord Hybrid']);
  keeps('an airport', { dropoff: 'Austin International Airport' }, ['Austin International']);
  keeps('a bank branch', { pickup_business_name: 'Wells Fargo Midtown' }, ['Wells Fargo']);
  masks('a person still', 'Contact Emily Wells at the front desk', ['Emily Wells']);
});

describe('contact details written past a filter', () => {
  masks('a phone number in words', 'cant post it lol. two one two five five five zero one eight seven, text me', [
    'two one two five five five zero one eight seven',
  ]);
  keeps('a count read out', 'one two three four five six seven eight nine zero', ['one two three four five six seven eight nine zero']);
  masks('a Snapchat handle in brackets', 'he screenshotted my snap (maya_k22) and posted it', ['maya_k22']);
  masks('an Instagram handle with @', 'her insta @maya.kowalski is on the flyer', ['maya.kowalski']);
  masks('a Venmo handle and a cashtag', 'send it to venmo @Ben-Ortiz-7 or cashapp $bortiz7', ['Ben-Ortiz-7', 'bortiz7']);
  keeps('a private account', 'my insta is private', ['private']);
  keeps('an EBS snapshot', 'snapshot snap-0a1b2c3d created', ['snap-0a1b2c3d']);
  keeps('a company after Snap', 'Snap Inc. reported Q3', ['Snap Inc.']);
});

describe('leftovers, stop 35', () => {
  // A sole trader's VAT id is his own: masked beside a legal form saying so, on the VAT id's
  // object or one above it; a company's stays (round 36). python-stdnum's it.iva and nl.btw examples.
  masks(
    'a VAT id of a sole trader in a list of registrations',
    { legalForm: 'sole_proprietorship', vat: [{ vatNumber: 'IT00743110157' }] },
    ['00743110157'],
  );
  masks('a VAT id beside business_type individual', { business_type: 'individual', vat_id: 'NL004495445B01' }, ['004495445']);
  masks('a tax id of an individual under a company object', { entity_type: 'Einzelunternehmen', company: { tax_id: 'IT00743110157' } }, [
    '00743110157',
  ]);
  keeps('a company VAT id beside its legal form', { legal_form: 'GmbH', vat_number: 'IT00743110157' }, ['IT00743110157']);
  keeps('a VAT id under a company business type', { business_type: 'company', vat_id: 'IT00743110157' }, ['IT00743110157']);
  keeps('a sole trader form beside a VAT rate', { legal_form: 'sole_trader', vat: '20%', vat_rate: '0.2' }, ['20%', '0.2']);
  // The number an identity check read off the document, in a CRM's name/value custom fields.
  masks('an idv_number custom field', { fields: [{ name: 'idv_number', value: 'K7730192' }] }, ['K7730192']);
  masks('an idv_number pair in a log line', 'crm.sync idv_number=K7730192 idv_status=verified', ['K7730192']);
  keeps(
    'an idv status beside it',
    {
      fields: [
        { name: 'idv_status', value: 'verified' },
        { name: 'idv_provider', value: 'stripe' },
      ],
    },
    ['verified', 'stripe'],
  );
  // A percent-encoded number under a phone name: masked whole, not from the `20` of its last `%20`.
  masks('a percent-encoded phone under phone=', 'GET /u?phone=%2B44%207700%20900321&x=1', ['%2B44%207700%20900321', '7700']);
  masks('a percent-encoded phone later in a query', 'q=call%20me%20%2B44%207700%20900321', ['7700', '900321']);
  keeps('percent escapes before digits that are no phone', 'GET /s?q=100%25%2020240101&page=2', ['20240101']);
});

describe("leftovers, stop 35: Jumio's credentials list", () => {
  // Jumio KYX retrieval: `credentials: [{id, category, parts}]` names the uploaded credentials by UUID.
  keeps(
    'the ids and categories of a Jumio credentials list',
    {
      workflow: { status: 'PROCESSED' },
      credentials: [
        { id: '9b1f04c2-7e3a-4d51-8c6e-2a0f3b9d7e11', category: 'ID', parts: [{ classifier: 'FRONT' }] },
        { id: '0c4e7a19-5b2d-4f83-a1c6-7d9e2f0b3a54', category: 'SELFIE' },
      ],
    },
    ['9b1f04c2-7e3a-4d51-8c6e-2a0f3b9d7e11', '0c4e7a19-5b2d-4f83-a1c6-7d9e2f0b3a54', 'SELFIE'],
  );
  masks('a credentials list of another shape', { credentials: [{ id: 'svc-deploy', secret: 'Wq7-pL2x-9vKd-3mZt' }] }, [
    'Wq7-pL2x-9vKd-3mZt',
  ]);
  masks(
    'a Jumio-like list with a token beside',
    { credentials: [{ id: '9b1f04c2-7e3a-4d51-8c6e-2a0f3b9d7e11', category: 'ID', token: 'Wq7pL29vKd3mZt' }] },
    ['Wq7pL29vKd3mZt'],
  );
});

describe('leftovers, stop 35: document numbers, a second licence, a lock audit code', () => {
  // Identity documents' numbers after a name that says only ID or card (ICAO 9303's TD1 specimen
  // layout of a letter and eight digits; plausible state licence and identity card numbers).
  masks('an ID# in a reviewer note', 'ID# K7730192 expired, DOB mismatch, asked for passport', ['K7730192']);
  masks('a card number with a letter first', 'My card number is P41822930 and it keeps failing', ['P41822930']);
  masks('an ID number with a colon', 'ID number: X5512038 on file', ['X5512038']);
  masks('a document number with a check letter', 'document number LB0482193C2 re-read', ['LB0482193C2']);
  keeps('an order ID#', 'order ID# A1234567 shipped', ['A1234567']);
  keeps('a ticket id of digits', 'ID# 4471 closed by agent', ['4471']);
  keeps('a gift card number', 'gift card number is GC1234567', ['GC1234567']);
  keeps('a user id number', 'user id number K4812093', ['K4812093']);
  // The second of two licence numbers compared in one sentence.
  masks('a licence compared with the one entered', 'extracted licence K5519034 vs entered K5519043 for u_1', ['K5519034', 'K5519043']);
  masks('two licences joined by or', 'licence D1029384 or D1029348 on the form', ['D1029384', 'D1029348']);
  keeps('a ticket after a licence', 'licence K5519034 matched, ticket T1234567 opened', ['T1234567']);
  keeps('software licences compared', 'software license A1234567 vs B7654321', ['A1234567', 'B7654321']);
  // A smart lock's code in its audit line.
  masks('a lock audit line', 'lock=side-gate-02 event=code_updated code=502913 label="cleaner"', ['502913']);
  masks('an access code after smart lock', 'smart lock back-door: access_code=4417 created for the cleaner', ['4417']);
  keeps('an HTTP code on a lock line', 'lock=cache-7 http code=5032 retry', ['5032']);
  keeps('codes on lines without a lock', 'GET /x code=123456 exit code=1', ['123456']);
});

describe("leftovers, stop 35: a sole trader's VAT id in prose", () => {
  // python-stdnum's gb.vat and it.iva examples, said of a sole trader.
  masks('a VAT id of a sole trader in chat', 'seller: im a sole trader, my VAT is GB 980 7806 84 thanks', ['980 7806 84']);
  masks('a partita IVA of a ditta individuale', 'ditta individuale, P.IVA IT00743110157', ['00743110157']);
  keeps('a company VAT id in prose', 'Our company VAT GB 980 7806 84, Acme Ltd', ['GB 980 7806 84']);
  keeps('an invoice number beside the word', 'sole trader since 2019; invoice INV 2024 0001 2345', ['INV 2024 0001 2345']);
});

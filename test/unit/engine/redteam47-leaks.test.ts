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

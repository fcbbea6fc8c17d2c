import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks and over-masking the fiftieth red-team round found (fixtures/redteam50-corpus.ts: card
 * issuing, disputes and collections, lending and BNPL, crypto exchanges), each closed where it
 * happens, with the look-alike beside it that must stay. The values here differ from the corpus':
 * Stripe / network documented test cards, libphonenumber example ranges, EIP-55 example addresses
 * other than the corpus', plausible names.
 */
const { masks, keeps } = leakCases();

describe('card and identity fields by their names', () => {
  masks('a processor debug name_on_card', { pan_masked: '520082******8210', name_on_card: 'MARGUERITE A DELACROIX' }, [
    'MARGUERITE A DELACROIX',
  ]);
  masks('a card-fulfilment embossed_name', { card_id: 'c_11', embossedName: 'TOMASZ WIERZBICKI' }, ['TOMASZ WIERZBICKI']);
  masks('an IVMS101 nationalIdentifier', { nationalIdentification: { nationalIdentifier: 'X4471902K', nationalIdentifierType: 'DRLC' } }, [
    'X4471902K',
  ]);
  masks(
    'a wallet payment cryptogram',
    { paymentData: { onlinePaymentCryptogram: 'AnxT0k5Kb8sAAwQ0WZ4C2MyUQAAAAAA=', eciIndicator: '7' } },
    ['AnxT0k5Kb8sAAwQ0WZ4C2MyUQAAAAAA='],
  );
  masks('a cryptogram in a key=value line', 'decrypt ok cryptogram=AnxT0k5Kb8sAAwQ0WZ4C2MyUQAAAAAA= eci=05', [
    'AnxT0k5Kb8sAAwQ0WZ4C2MyUQAAAAAA=',
  ]);
  keeps('the network token requestor id and token status', { tokenRequestorID: '40010075001', tokenInfo: { tokenStatus: 'ACTIVE' } }, [
    '40010075001',
    'ACTIVE',
  ]);
  masks('the network token itself beside them', { tokenRequestorID: '40010075001', tokenInfo: { token: '4000002760003184' } }, [
    '4000002760003184',
  ]);
});

describe('Travel Rule (IVMS101) name objects', () => {
  keeps('a legal person name', { legalPerson: { name: { nameIdentifier: [{ legalPersonName: 'Nordic Digital Assets AB' }] } } }, [
    'Nordic Digital Assets AB',
  ]);
  keeps(
    'a name identifier type code',
    { naturalPerson: { name: { nameIdentifier: [{ primaryIdentifier: 'Okafor', nameIdentifierType: 'LEGL' }] } } },
    ['LEGL'],
  );
  masks(
    'the natural person names beside it',
    { naturalPerson: { name: { nameIdentifier: [{ primaryIdentifier: 'Okafor', secondaryIdentifier: 'Chiamaka' }] } } },
    ['Okafor', 'Chiamaka'],
  );
});

describe('JSON escaped once more inside a string', () => {
  masks(
    'an IVMS101 person serialised twice',
    {
      transfer: 't-9',
      ivms: '{\\"naturalPerson\\":{\\"name\\":{\\"nameIdentifier\\":[{\\"primaryIdentifier\\":\\"Vasquez\\",\\"secondaryIdentifier\\":\\"Lorena\\"}]}}}',
    },
    ['Vasquez', 'Lorena'],
  );
  masks('an e-mail in a twice-serialised order', { payload: '{\\"customer\\":{\\"email\\":\\"r.okoro@example.org\\"}}' }, [
    'r.okoro@example.org',
  ]);
  keeps('its other members', { payload: '{\\"customer\\":{\\"email\\":\\"r.okoro@example.org\\",\\"tier\\":\\"gold-2\\"}}' }, ['gold-2']);
  keeps('a string that only starts like it', { note: '{\\"not json' }, ['{\\\\\\"not json']);
});

describe('names after card and collections words', () => {
  masks('a name after "cardholder is"', 'please reissue, the cardholder is Margaret Oyelaran', ['Margaret Oyelaran']);
  masks('a spouse named in a call note', 'left msg, husband Gerald will pass it on', ['Gerald']);
  keeps('a product after "cardholder is"', 'the cardholder is Premium tier', ['Premium tier']);
  keeps('a word after wife in prose', 'wife and kids not home', ['wife and kids']);
});

describe('street lines after an escaped line break', () => {
  masks('a letter body with \\n', 'body="Dear Mr Alvarez\\n1207 Juniper Street\\nBoise ID"', ['1207 Juniper Street']);
  masks('after an escaped tab', 'to:\\t45 Harbour Road, Cobh', ['45 Harbour Road']);
  keeps('a number after an escaped break that is no street', 'lines\\n42 items processed', ['42 items processed']);
});

describe('Scandinavian call-me phrases', () => {
  masks('Swedish ring mig', 'Hej! Ring mig på 070-234 56 78 efter fem.', ['070-234 56 78']);
  masks('Norwegian ring meg', 'ring meg på 412 34 567', ['412 34 567']);
  keeps('a ring size', 'ring size 54 in stock', ['54']);
});

describe('crypto contracts and wallets', () => {
  keeps('a spender contract of an approval', 'approve spender=0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359 amount=max', [
    '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
  ]);
  keeps('a token contract named in a line', 'contract_address: 0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', [
    '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
  ]);
  masks(
    'a withdrawal address beside it',
    'token_contract: 0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB to 0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
    ['0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb'],
  );
});

describe('phone entries of a skip-trace result', () => {
  keeps('the carrier beside the number', { phones: [{ number: '2025550173', type: 'wireless', carrier: 'Verizon Wireless' }] }, [
    'Verizon Wireless',
  ]);
  masks('the number', { phones: [{ number: '2025550173', type: 'wireless', carrier: 'Verizon Wireless' }] }, ['2025550173']);
});

describe('a name before "born"', () => {
  masks('a KYC reviewer note', 'selfie matches; Folasade Adebayo born 14/02/1989 per passport', ['Folasade Adebayo']);
  keeps('capitalised words that are no name', 'the Release Candidate born yesterday', ['Release Candidate']);
});

describe('what an order line sells', () => {
  keeps('a product named like a person', { order_lines: [{ name: 'Laptop Power Pack', quantity: 2 }] }, ['Laptop Power Pack']);
  keeps('a kit in prose', 'shipped the Starter Kit and the Travel Charger', ['Starter Kit']);
});

describe('JSON escaped twice keeps its formatting', () => {
  masks('a spaced document', 'payload={\\"card\\": {\\"cardholderName\\": \\"Ines Carvalho\\"}, \\"amount\\": 12}', ['Ines Carvalho']);
  keeps('its spacing', 'payload={\\"card\\": {\\"cardholderName\\": \\"Ines Carvalho\\"}, \\"amount\\": 12}', ['\\"amount\\": 12']);
});

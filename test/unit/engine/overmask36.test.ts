import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Look-alikes earlier red-team rounds found masked (rounds 45, 49 and 50), each reproduced with
 * values of our own and kept by a general rule, with the positive beside it that must still mask;
 * and the spaced key = value pair with a quoted key (kv.ts), whose name ended at the pair's `=`
 * instead of the key's own.
 */
const { masks, keeps } = leakCases();

describe('a spaced key = value pair with a quoted key (kv.ts)', () => {
  masks(
    'an id number under a quoted key, blanks around the =',
    'ocr fields "Holder Name" = "Desmond Okafor" "ID NO" = "S8812345K" page=2',
    ['S8812345K'],
  );
  masks('a PIN under a quoted key', 'form "card pin" = "4417" submitted', ['4417']);
  keeps('a status under a quoted key', 'ocr "Status" = "ACTIVE" "Ref" = "A-1"', ['ACTIVE', 'A-1']);
  keeps('a quoted word compared in prose', 'if "mode" = "fast" then skip', ['fast']);
});

describe('a CDISC USUBJID (study, site, subject joined by dashes) is no Dublin number (round 45)', () => {
  keeps('USUBJID alone in its member', { STUDYID: 'TRIAL07', USUBJID: '02-114-0032', SITEID: '114' }, ['02-114-0032']);
  keeps('under a neutral name', { subject: '03-208-1146', arm: 'Placebo' }, ['03-208-1146']);
  masks('a Dublin number written with blanks under a neutral name', { Alt_Contact__c: '01 701 1015' }, ['01 701 1015']);
  masks('an Australian mobile with dashes under a neutral name', { Alt_Contact__c: '0412-345-678' }, ['0412-345-678']);
  masks('the same shape under a phone name', { phone: '01-701-1015' }, ['01-701-1015']);
});

describe('card-issuing object ids under token names (round 50)', () => {
  keeps(
    'Marqeta tokens named by their object',
    { card: { token: 'card_5c8e20d4', user_token: 'user_91af03b7', card_product_token: 'cp_virtual_credit_02', pan: '4111111111111111' } },
    ['card_5c8e20d4', 'user_91af03b7', 'cp_virtual_credit_02'],
  );
  keeps(
    'a Lithic card token (a UUID) in its card object',
    { card: { token: '5b2e9c1d-7a40-4f3e-8d21-6c0b9e4a7f13', last_four: '4142', state: 'OPEN' } },
    ['5b2e9c1d-7a40-4f3e-8d21-6c0b9e4a7f13'],
  );
  keeps(
    'a Lithic transaction token and a Marqeta card_token reference',
    {
      transaction: {
        token: '0c9f3e2a-1b7d-4c56-a8e0-9d2f6b1c3a57',
        card_token: '8e1d2c3b-4a5f-4e6d-9c7b-0a1f2e3d4c5b',
        result: 'APPROVED',
      },
    },
    ['0c9f3e2a-1b7d-4c56-a8e0-9d2f6b1c3a57', '8e1d2c3b-4a5f-4e6d-9c7b-0a1f2e3d4c5b'],
  );
  keeps('Stripe Issuing ids under token', { token: 'ic_1PqW8eLkdIwHu7ixA1b2C3d4', source: 'ipi_1PqW9fLkdIwHu7ixZ9y8X7w6' }, [
    'ic_1PqW8eLkdIwHu7ixA1b2C3d4',
    'ipi_1PqW9fLkdIwHu7ixZ9y8X7w6',
  ]);
  masks('the card number beside them', { card: { token: 'card_5c8e20d4', pan: '4111111111111111' } }, ['4111111111111111']);
  masks('a UUID under token in an auth object', { auth: { token: '5b2e9c1d-7a40-4f3e-8d21-6c0b9e4a7f13' } }, [
    '5b2e9c1d-7a40-4f3e-8d21-6c0b9e4a7f13',
  ]);
  masks('a UUID under a bare token at the root', { token: '5b2e9c1d-7a40-4f3e-8d21-6c0b9e4a7f13', user: 'u-17' }, [
    '5b2e9c1d-7a40-4f3e-8d21-6c0b9e4a7f13',
  ]);
  masks('a GitHub token under token', { token: 'ghp_Q8tY2uI5oP9aS3dF6gH1jK4lZ7xC0vB3nM5r' }, ['ghp_Q8tY2uI5oP9aS3dF6gH1jK4lZ7xC0vB3nM5r']);
  masks('an opaque secret under user_token', { user_token: 'Zk8Lm2Np4Qr6St8Uv0Wx2Yz4Ab6Cd8Ef' }, ['Zk8Lm2Np4Qr6St8Uv0Wx2Yz4Ab6Cd8Ef']);
});

describe("a card product's name beside a card number (round 50)", () => {
  keeps('Visa Gold', { name: 'Visa Gold', card_number: '4111111111111111' }, ['Visa Gold']);
  keeps('Mastercard World Elite', { name: 'Mastercard World Elite', pan: '5555555555554444' }, ['Mastercard World Elite']);
  masks('the card number beside it', { name: 'Amex Platinum', card_number: '378282246310005' }, ['378282246310005']);
  masks("a holder's name beside a card number", { name: 'Dana Whitcombe', card_number: '4111111111111111' }, ['Dana Whitcombe']);
});

describe("a company's phone after its name and a comma (round 49)", () => {
  keeps('an international number after Ltd,', 'Contact Acme Freight Ltd, +44 20 7946 0321 for the pickup', ['+44 20 7946 0321']);
  keeps('a national number after GmbH,', 'Abholung bei Globex GmbH, 030 1234567 anrufen', ['030 1234567']);
  masks("a person's number after her name", 'Contact Jane Doe, +44 20 7946 0321 for the pickup', ['7946 0321']);
  masks("a driver's number later in the line", 'Acme Freight Ltd, driver Tom: +44 7700 900461', ['900461']);
  masks('a number read out in words after a company', 'Acme Freight Ltd, call me on seven seven zero zero nine zero zero four six one', [
    'seven seven zero zero nine zero zero four six one',
  ]);
});

describe("a coding agent's session id (round 49)", () => {
  keeps('a Claude Code line', { parentUuid: null, cwd: '/home/dev/app', sessionId: '2c7e1f90-3b4d-4a8e-9f61-0d5c8b7a6e43', type: 'user' }, [
    '2c7e1f90-3b4d-4a8e-9f61-0d5c8b7a6e43',
  ]);
  keeps('a Codex rollout id', { session_id: 'rollout-2025-02-11T09-41-07-2c7e1f90-3b4d-4a8e-9f61-0d5c8b7a6e43' }, [
    'rollout-2025-02-11T09-41-07-2c7e1f90-3b4d-4a8e-9f61-0d5c8b7a6e43',
  ]);
  keeps('a dated chat session', { sessionId: 'chat-2025-02-11-0417' }, ['chat-2025-02-11-0417']);
  masks("a web application's session id (a UUID)", { user: 'u-17', sessionId: '2c7e1f90-3b4d-4a8e-9f61-0d5c8b7a6e43' }, [
    '2c7e1f90-3b4d-4a8e-9f61-0d5c8b7a6e43',
  ]);
  masks('a random session id beside cwd', { cwd: '/srv/app', sessionId: 'Zk8Lm2Np4Qr6St8Uv0Wx2Yz4Ab6Cd8Ef0' }, [
    'Zk8Lm2Np4Qr6St8Uv0Wx2Yz4Ab6Cd8Ef0',
  ]);
  masks('a random id after a date', { sessionId: 'sess-2025-02-11-Zk8Lm2Np4Qr6St8Uv0Wx2Yz4' }, ['Zk8Lm2Np4Qr6St8Uv0Wx2Yz4']);
});

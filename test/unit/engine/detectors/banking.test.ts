import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Sources: AWS CloudWatch Logs managed data identifiers (CVV and expiration need keywords within
// 30 characters); Stripe's published test card security code and expiry conventions; ABA routing
// 3-7-1 checksum (021000021 JPMorgan Chase, 011000015 Federal Reserve Bank of Boston — published
// routing numbers; 011000016 fails the check); SWIFT/ISO 9362 examples DEUTDEFF (Deutsche Bank),
// NEDSZAJJXXX (Nedbank); Presidio test_us_bank_recognizer (8–17 digits with context).

describe('card_security_code', () => {
  detectorCases(
    'card_security_code',
    [
      ['cvv: 737', '737'],
      ['CVC2 1234', '1234'],
      ['card security code 123', '123'],
    ],
    ['cvv', 'retry 737 times', 'cvv verified; 3 attempts left at 2026 rates of 150'],
  );
});

describe('card_expiry', () => {
  detectorCases(
    'card_expiry',
    [
      ['exp 09/28', '09/28'],
      ['expiry: 12/2027', '12/2027'],
      ['valid thru 01 / 30', '01 / 30'],
    ],
    ['exp 13/28', 'ratio 09/28', 'expires in 5 days'],
  );
});

describe('swift_bic', () => {
  detectorCases(
    'swift_bic',
    [
      ['SWIFT: DEUTDEFF500', 'DEUTDEFF500'],
      ['bic NEDSZAJJXXX', 'NEDSZAJJXXX'],
    ],
    ['SWIFT: ABCDXX12 (XX is no country)', 'DEUTDEFF without a keyword', 'swift deploy STAGINGENV'],
  );
});

describe('aba_routing', () => {
  detectorCases(
    'aba_routing',
    [
      ['routing number 021000021', '021000021'],
      ['ABA: 011000015', '011000015'],
    ],
    ['routing number 011000016', 'order 021000021', 'routing 991000021'],
  );
});

describe('us_bank_account', () => {
  detectorCases(
    'us_bank_account',
    [
      ['account number 000123456789', '000123456789'],
      ['acct: 12345678', '12345678'],
      ['Konto 0532013000 BLZ 37040044 bei der Commerzbank', '0532013000'],
    ],
    ['account number 1234567', 'order 000123456789', 'account 11111111', 'Konto bei BLZ 37040044', 'Konto, Bankleitzahl: 37040044'],
  );
});

import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Value detectors of the eleventh red-team round. Sources: ECBS / Wikipedia example IBANs
// (ES9121000418450200051332, DE89370400440532013000); Wikipedia "Sort code" (20-00-00 Barclays;
// an account number is 8 digits); python-stdnum in_.pan doctest ACUPA7085R; Germany's specimen
// persona Erika Mustermann (born 12.08.1964).

describe('iban with dashes between groups', () => {
  detectorCases(
    'iban',
    [
      ['cuenta ES91-2100-0418-4502-0005-1332 gracias', 'ES91-2100-0418-4502-0005-1332'],
      ['IBAN DE89-3704-0044-0532-0130-00', 'DE89-3704-0044-0532-0130-00'],
      ['IBAN DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
    ],
    [
      // A wrong check digit, and blanks and dashes mixed.
      'ES92-2100-0418-4502-0005-1332',
      'ES91-2100 0418-4502 0005-1332',
      // Dashed ids of other shapes.
      'build AB12-CDEF-GHIJ-KLMN ok',
    ],
  );
});

describe('uk_sort_code_account', () => {
  detectorCases(
    'uk_sort_code_account',
    [
      ['Rent to Mrs Hartley 20-32-06 53718294', '53718294'],
      ['payee 20-00-00 55779911, ref FLAT7', '55779911'],
    ],
    [
      // A date before a number, seven or nine digits, a dash-joined run.
      'on 2026-12-05 53718294 bytes',
      '20-32-06 5371829 ok',
      '20-32-06 537182945 ok',
      'id 20-32-06-53718294',
    ],
  );
});

describe('us_bank_account after a sort code or an account word of another language', () => {
  detectorCases(
    'us_bank_account',
    [
      ['sort code 20-32-06, account 53718294', '53718294'],
      ['mi número de cuenta es 12345678901', '12345678901'],
      ['il mio numero di conto è 000012345678', '000012345678'],
      ['mijn rekeningnummer is 0417164300', '0417164300'],
      ['mój numer konta to 12345678901234', '12345678901234'],
      ['Bankverbindung: Konto-Nr. 0532013000', '0532013000'],
    ],
    ['sort code 20-32-06 only', 'Contoso order 12345678 shipped', 'per conto di 12345678 clienti'],
  );
});

describe('pin_after_keyword', () => {
  detectorCases(
    'pin_after_keyword',
    [
      ['con PIN 7391 no funciona', '7391'],
      ['pin: 0420', '0420'],
      ['PIN code 482913', '482913'],
      ['my pin is 2580', '2580'],
    ],
    ['GPIO pin 13 high', 'shipping 2024 orders', 'spin 2048 rpm', 'pin 2024-11-05', 'PIN reset requested at 10:42', 'pin 1.2.3'],
  );
});

describe('in_pan_lower_case', () => {
  detectorCases(
    'in_pan_lower_case',
    [
      ['mera PAN acupa7085r hai', 'acupa7085r'],
      ['pan no: Acupa7085r', 'Acupa7085r'],
      ['my pan is acupa7085r', 'acupa7085r'],
    ],
    [
      // No holder-type letter, no PAN word, a span id, all capitals (in_pan's alone).
      'pan: abcde1234f',
      'user acupa7085r logged in',
      'span abcpd1234e done',
      'PAN ACUPA7085R',
    ],
  );
});

describe('date_of_birth after abbreviations and phrases of several languages', () => {
  detectorCases(
    'date_of_birth',
    [
      ['Kundin Erika Mustermann, geb. 12.08.1964, Köln', '12.08.1964'],
      ['Mme Dupont, née le 03/02/1971 à Lyon', '03/02/1971'],
      ['il sig. Rossi, nato il 10/12/1985 a Roma', '10/12/1985'],
      ['Juan, nacido el 14/02/1985', '14/02/1985'],
      ['geboortedatum 01-05-1990', '01-05-1990'],
    ],
    ['Gebühr 12.08.2024 bezahlt', 'gebaut am 12.08.1964', 'nato alle 10, il 10/12/1985 chiuso'],
  );
});

describe('account_number_alphanumeric', () => {
  detectorCases(
    'account_number_alphanumeric',
    [
      ['Account Owner: Jane Q. Public  Account Number: 5KR-482913  Period: 2026-11', '5KR-482913'],
      ['Acct no. Z12-345678', 'Z12-345678'],
      ['ACCOUNT NO: AB-123456', 'AB-123456'],
      ['Account # 1234-5678 closed', '1234-5678'],
    ],
    [
      // A bare `account` (cloud account alias), an id that only starts with acct, no digits, digits only.
      'account: prod-12345',
      'acct_1032D82eZvKYlo2C created',
      'Account Number: ABCDEF',
      'account number 000123456789',
      'account number: AB-123',
      // The lower-case name of prose is left (cost: see banking.ts); all digits are us_bank_account's.
      'the account number ab-123456 in prose',
    ],
  );
});

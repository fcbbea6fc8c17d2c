import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './support.js';

// Red-team round 20: national ids and local accounts as people type them in chats and transcripts,
// with a space, a dash, dots or lower case, after their word. Values are computed with each id's
// published check rule (python-stdnum), not taken from the round's fixture.

describe('lv_personal_code', () => {
  detectorCases(
    'lv_personal_code',
    [
      ['mans personas kods ir 050390 12344, paldies', '050390 12344'],
      ['personas kods: 220785-04565', '220785-04565'],
      ['Personas kodu 22078504565 norādīju veidlapā', '22078504565'],
    ],
    [
      // The check digit does not hold.
      'mans personas kods ir 050390 12345',
      // The right shape without the word.
      'pasūtījums 050390 12344 nosūtīts',
      // Day 45 is no date.
      'personas kods 450390 12344',
    ],
  );
});

describe('ie_pps_typed', () => {
  detectorCases(
    'ie_pps_typed',
    [
      ['my PPS is 1234567 t, thanks', '1234567 t'],
      ['ppsn 8765432s on the form', '8765432s'],
      ['PPS 6433435 OA', '6433435 OA'],
    ],
    [
      // Wrong check letter.
      'my PPS is 1234567 u',
      // A sentence where a number is followed by a word's first letter, no PPS word.
      'ticket 1234567 t was closed',
    ],
  );
});

describe('pe_dni_checked', () => {
  it('leaves no digits of a DNI with a check letter (ar_dni reads the number before the letter)', () => {
    expect(engine.maskText('DNI-niyuqmi 45678912-I').value).not.toContain('45678912');
  });
  detectorCases(
    'pe_dni_checked',
    [
      ['Beneficiario con DNI 12345678-1, distrito Ayacucho', '12345678-1'],
      ['DNI-niyuqmi 45678912-4', '45678912-4'],
    ],
    [
      // The check character does not hold.
      'DNI 12345678-2',
      // An order number with a suffix, no DNI word.
      'pedido 12345678-1 enviado',
    ],
  );
});

describe('cedula_dotted', () => {
  detectorCases(
    'cedula_dotted',
    [
      ['che cédula 4.123.987 ha che pumbyry', '4.123.987'],
      ['C.I. 52.123.456 del titular', '52.123.456'],
    ],
    [
      // An amount in guaraníes.
      'precio 4.123.987 Gs',
      // Uruguay's cédula with its check digit is a different shape.
      'cédula 1.234.567-2',
      'cédula 1.111.111',
    ],
  );
});

describe('rw_nid', () => {
  detectorCases(
    'rw_nid',
    [
      ['indangamuntu yanjye ni 1 1985 7 0123456 1 23, murakoze', '1 1985 7 0123456 1 23'],
      ['NID: 1198580123456123', '1198580123456123'],
    ],
    [
      // Sex digit 5 is not 7 or 8.
      'indangamuntu 1 1985 5 0123456 1 23',
      // Sixteen digits without the word.
      'order 1198580123456123 shipped',
    ],
  );
});

describe('az_fin', () => {
  detectorCases(
    'az_fin',
    [
      ['Salam, mənim FİN kodum 2AB3CD4, təşəkkürlər', '2AB3CD4'],
      ['FIN kod: 7HK2P9X', '7HK2P9X'],
    ],
    [
      // All letters or all digits: a word or a number.
      'FİN kodum ABCDEFG',
      'FIN kod 1234567',
      // The shape without the word.
      'build 2AB3CD4 deployed',
    ],
  );
});

describe('jmbg typed with dashes', () => {
  detectorCases(
    'jmbg',
    [['moj JMBG je 150385-550012-0, hvala', '150385-550012-0']],
    [
      // The check digit does not hold.
      'moj JMBG je 150385-550012-1',
    ],
  );
});

describe('is_bank_account', () => {
  detectorCases(
    'is_bank_account',
    [
      ['Vinsamlegast leggið inn á reikning 0133-26-012345, takk', '0133-26-012345'],
      ['Reikningsnúmer: 0515-15-654321', '0515-15-654321'],
    ],
    [
      // The shape without the word.
      'pöntun 0133-26-012345 send',
      'reikning 0133-26-000000',
    ],
  );
});

describe('ng_nuban_grouped', () => {
  detectorCases(
    'ng_nuban_grouped',
    [
      ['Akaụntụ: 0731 234 567 (Access Bank)', '0731 234 567'],
      ['Salary account number 204-567-8912, Zenith', '204-567-8912'],
    ],
    [
      // Ten grouped digits without an account word.
      'Ticket 0731 234 567 escalated',
      // An account word before an 11-digit phone.
      'account owner phone 0803 123 4567',
      'account number 0000 000 000',
    ],
  );
});

describe('si_tax_number_grouped', () => {
  detectorCases(
    'si_tax_number_grouped',
    [
      ['moja davčna SI 1234 5679, hvala', 'SI 1234 5679'],
      ['Davčna številka: 9876 5434', '9876 5434'],
    ],
    [
      // The check digit does not hold.
      'davčna SI 1234 5678',
      // Two groups of four without the word (a card's tail, a phone).
      'telefon 1234 5679',
    ],
  );
});

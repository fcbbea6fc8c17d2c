import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Red-team round 62 (moderation, safety and activity records of social, dating and community
 * platforms): the shapes that leaked or were over-masked, each fixed by a general rule, with
 * positives other than the corpus values and look-alikes that must stay. Values: python-stdnum
 * doctests, libphonenumber-valid numbers, RFC 5737 addresses, codes built to the retailers'
 * published layouts, Reddit API fullname layout.
 */

const { masks, keeps } = leakCases();

describe('red-team 62: mod-log and request-log objects', () => {
  keeps('a Reddit thing fullname under a `…fullname` member', { target_fullname: 't3_15bfi0', author_fullname: 't2_1w72' }, [
    't3_15bfi0',
    't2_1w72',
  ]);
  masks('a person’s name under `full_name` still', { full_name: 'Ada Lovelace' }, ['Ada Lovelace']);
  masks(
    'the address of an IP-named event object',
    { ip_capture_event: { ip_address: '198.51.100.12', event_name: 'Upload', date_time: '2024-02-02T10:00:00Z' } },
    ['198.51.100.12'],
  );
  keeps(
    'the name and time of an IP-named event object',
    { ip_capture_event: { ip_address: '198.51.100.12', event_name: 'Upload', date_time: '2024-02-02T10:00:00Z' } },
    ['Upload', '2024-02-02T10:00:00Z'],
  );
});

describe('red-team 62: creator tax forms and payout rows', () => {
  masks(
    'a W-8BEN foreign tax identifying number',
    { foreign_tax_identifying_number: '1955839661', foreignTaxIdentifyingNumber: '1112.22.333' },
    ['1955839661', '1112.22.333'],
  );
  masks('a written CPF as a CSV cell', 'cr_1,Ana Lima,529.982.247-25,BRL,10.00', ['529.982.247-25']);
  keeps('a CPF-shaped cell with wrong check digits, and amounts', 'cr_2,123.456.789-00,BRL,1.234.567,00', [
    '123.456.789-00',
    '1.234.567,00',
  ]);
});

describe('red-team 62: chat messages', () => {
  masks(
    'British and French mobiles as chats write them, without a phone word',
    'thats my sister, 07911 123456 | ma sœur 06 45 67 89 01 ou 06.45.67.89.02',
    ['07911 123456', '06 45 67 89 01', '06.45.67.89.02'],
  );
  keeps('other national numbers without a phone word, and short pair groups', 'ref 01632 960001, lot 06 12 34 56', [
    '01632 960001',
    '06 12 34 56',
  ]);
  masks('a one-time code read back from the receiving side', 'the code they texted is 730214, the code you texted is 902117', [
    '730214',
    '902117',
  ]);
  masks(
    'gift card codes after a gift-card word',
    'here is the gift card code: 9HQ3P-7W2KM-R4XTB; iTunes X7RT2M9KPQ4WLN8V; google play gift card 4KQ7 8MZT 2WPA 9RX3',
    ['9HQ3P-7W2KM-R4XTB', 'X7RT2M9KPQ4WLN8V', '4KQ7 8MZT 2WPA 9RX3'],
  );
  keeps(
    'order numbers and digit-only batches beside a gift-card word, and codes without one',
    'gift card order 112-4567890-1234567 batch 2024 1203 0042; promo WINTER-2024-SALE; build 9HQ3P-7W2KM-R4XTB',
    ['112-4567890-1234567', '2024 1203 0042', 'WINTER-2024-SALE', '9HQ3P-7W2KM-R4XTB'],
  );
});

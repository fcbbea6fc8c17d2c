import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './support.js';

/**
 * What public libraries' systems write about patrons (red-team round 104): a library card's
 * number (a 14-digit Codabar patron barcode) in a library's text, SIP2 self-check fields, the user
 * and session of a Common Log Format line (EZproxy) and of EZproxy's audit log, and a name written
 * surname first after a name label. Values are made up and differ from the corpus'; the negatives
 * are the look-alikes a library's analysts need (item barcodes, date stamps, call numbers, service
 * accounts, the kiosk's own SIP login).
 */
describe('library_card_number: a patron barcode in a library text', () => {
  detectorCases(
    'library_card_number',
    [
      ['my library card 21456000123987 will not renew', '21456000123987'],
      ['Su número de carné es 29870001122334.', '29870001122334'],
      ['IN +16085550101 "RA 21456000778812"', '21456000778812'],
      ['GET /patron/21456000990011/checkouts HTTP/1.1', '21456000990011'],
      // A header-less row's cell, with an e-mail on its line.
      ['21456000551237,Lindgren,Halvard,h.lindgren@example.org,ADULT', '21456000551237'],
    ],
    [
      // An item's barcode begins with 3.
      'library item 31456000123987 checked in',
      // A date and time stamp.
      'library sync batch 20251203101522 done',
      // No library word, no card word before it.
      'order 21456000123987 shipped to the warehouse',
      'library card count 214 for branch 3',
    ],
  );
});

describe('sip2_* : a SIP2 message fields', () => {
  const msg =
    '64              00120251203    101522000000000002000000000000AOEAST|AA21456000332211|AEHalloran, Brigid|BD88 Winslow Ct, Ames IA 50010|BF515-555-0107|BEb.halloran@example.net|AY5AZD1E2';
  detectorCases('sip2_patron_identifier', [[msg, '21456000332211']], ['|AA not a message', 'AOEAST|AB31456000332211|AJTitle|AY1AZ0000']);
  detectorCases('sip2_personal_name', [[msg, 'Halloran, Brigid']], ['a pipe |AE inside prose']);
  detectorCases('sip2_home_address', [[msg, '88 Winslow Ct']], []);
  detectorCases('sip2_home_phone', [[msg, '515-555-0107']], []);
  detectorCases(
    'sip2_password',
    [
      ['9300CNkiosk03|COr4Nd!pw-Kiosk3|CPEAST|AY0AZE001', 'r4Nd!pw-Kiosk3'],
      ['6300120251203    1015210000000000000000000000AOEAST|AA21456000332211|AC|AD8841|AY1AZE9B7', '8841'],
    ],
    ['ADMIN|COPY|ADD more'],
  );
  it('keeps the kiosk login, the institution and the item', () => {
    const out = engine.maskText('9300CNkiosk03|COr4Nd!pw-Kiosk3|CPEAST|AY0AZE001').value;
    expect(out).toContain('CNkiosk03');
    expect(out).toContain('CPEAST');
    const checkout = engine.maskText('121NNY20251203    103015AOEAST|AA21456000332211|AB31456000998877|AJThe overstory|AY4AZDB12').value;
    expect(checkout).toContain('31456000998877');
    expect(checkout).not.toContain('21456000332211');
  });
});

describe('access_log_user / access_log_session: Common Log Format user and EZproxy session', () => {
  detectorCases(
    'access_log_user',
    [
      [
        '203.0.113.8 - 21456000123987 [04/Dec/2025:09:01:02 -0600] "GET https://www.jstor.org:443/stable/1 HTTP/1.1" 200 12',
        '21456000123987',
      ],
      ['203.0.113.8 - hpellegrino [04/Dec/2025:09:01:02 -0600] "GET / HTTP/1.1" 200 12', 'hpellegrino'],
    ],
    [
      '203.0.113.8 - - [04/Dec/2025:09:01:02 -0600] "GET / HTTP/1.1" 200 12',
      '203.0.113.8 - svc-harvester [04/Dec/2025:09:01:02 -0600] "GET / HTTP/1.1" 200 12',
      '203.0.113.8 - VENDSYNC [04/Dec/2025:09:01:02 -0600] "GET / HTTP/1.1" 200 12',
    ],
  );
  detectorCases(
    'access_log_session',
    [['203.0.113.8 Zp7Kq2Lm9XwR4tBv - [04/Dec/2025:09:01:02 -0600] "GET / HTTP/1.1" 200 12', 'Zp7Kq2Lm9XwR4tBv']],
    [
      '203.0.113.8 - - [04/Dec/2025:09:01:02 -0600] "GET / HTTP/1.1" 200 12',
      '203.0.113.8 identd - [04/Dec/2025:09:01:02 -0600] "GET / HTTP/1.1" 200 1',
    ],
  );
});

describe('ezproxy_audit_user / ezproxy_audit_session: the audit log columns', () => {
  detectorCases(
    'ezproxy_audit_user',
    [
      ['2025-12-04 09:00:00\tLogin.Success\t203.0.113.8\thpellegrino\tQm4Rt8Zx2Lp7Wk3N', 'hpellegrino'],
      ['2025-12-04 09:00:00\tLogin.Failure\t203.0.113.8\t21456000123987-4410\t\t', '21456000123987-4410'],
    ],
    ['2025-12-04 09:00:00\tLogin.Denied\t203.0.113.8\tguest\t\tGroup=Default'],
  );
  detectorCases(
    'ezproxy_audit_session',
    [['2025-12-04 09:00:00\tLogin.Success\t203.0.113.8\thpellegrino\tQm4Rt8Zx2Lp7Wk3N', 'Qm4Rt8Zx2Lp7Wk3N']],
    ['2025-12-04 09:00:00\tLogin.Failure\t203.0.113.8\thpellegrino\t\t'],
  );
});

describe('person_name_surname_first_label: Surname, Given after a name label', () => {
  detectorCases(
    'person_name_surname_first_label',
    [
      ['| PC07 | Name: HALLORAN, BRIGID | Minutes: 30', 'HALLORAN, BRIGID'],
      ['pc=east-pc02 name="lindgren, beatrice" minutes=12', 'lindgren, beatrice'],
      ['Patron: Oduya, Temperance', 'Oduya, Temperance'],
    ],
    ['Name: Smith, Inc', 'name=orders, daily', 'Name: Report, Summary', 'name: Acme, LLC'],
  );
});

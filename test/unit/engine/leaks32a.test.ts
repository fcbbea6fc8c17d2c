import { describe, it } from 'vitest';
import { leakChecks } from '../../helpers/leak-checks.js';

/**
 * Leftovers of red-team rounds 30, 27 and 26 closed in stop 32: change-record rows in SQL that
 * name their field in a column, a person's name under a dotted label, a surname after a
 * lower-case `surname`. Values differ from the corpus values; each group has look-alikes that
 * must stay.
 */
const { expectText, expectValue } = leakChecks();

describe('an INSERT row whose name column names the field of its value columns (structure:sql)', () => {
  it.each([
    [
      `Executing (default): INSERT INTO "change_log" ("id","entity","field","old","new","at") VALUES (DEFAULT,'Account','password','hunter2-Blue!','Xk9#mq-violet-42','2025-01-09 08:00:00.000 +00:00') RETURNING *;`,
      ['hunter2-Blue!', 'Xk9#mq-violet-42'],
      ['Account', '2025-01-09 08:00:00.000 +00:00'],
    ],
    [
      "INSERT INTO history (field_name, old_value, new_value) VALUES ('api_secret', 'Zq8-kk29xLpa', 'mN4!rtp0Qw2e')",
      ['Zq8-kk29xLpa', 'mN4!rtp0Qw2e'],
      ['api_secret'],
    ],
    [
      "INSERT INTO audit (attribute, before, after) VALUES ('date_of_birth', '1961-07-30', '1961-03-07'), ('status', 'active', 'locked')",
      ['1961-07-30', '1961-03-07'],
      ['active', 'locked'],
    ],
  ])('%s', (input, secrets, kept) => expectText(input, secrets, kept));

  it('keeps value columns the name column does not call sensitive, and a date column beside them', () => {
    expectText(
      "INSERT INTO audit (field, old, new, date) VALUES ('nickname', 'Bear', 'Tiger', '2024-05-01'), ('password', 'p4ss-Old-77', 'p4ss-New-88', '2024-05-02')",
      ['p4ss-Old-77', 'p4ss-New-88'],
      ['Bear', 'Tiger', '2024-05-01', '2024-05-02'],
    );
    expectText("INSERT INTO products (name, value) VALUES ('Widget', '12.50'), ('Gadget', '8.00')", [], ['Widget', '12.50', 'Gadget']);
  });
});

describe('a bare word for "name" under a dotted label of a person role, beside a person field', () => {
  it('masks the name beside a national id or a birth date', () => {
    expectValue(
      { labels: { 'employee.nir': '1 84 12 76 451 089 46', 'employee.nom': 'Marius Delaunay', dept: 'Ventes' } },
      ['Marius Delaunay'],
      ['Ventes'],
    );
    expectValue({ tags: { 'patient.name': 'Orla Kinsella', 'patient.dob': '1958-10-21' } }, ['Orla Kinsella']);
  });

  it('keeps the name under another label, and without a person field', () => {
    expectValue({ labels: { 'employee.ssn': '123-45-6789', 'product.name': 'Widget Pro' } }, [], ['Widget Pro']);
    expectValue({ labels: { 'employee.nom': 'Equipe Ventes', region: 'eu-west-3' } }, [], ['Equipe Ventes']);
  });
});

describe('a surname after a lower-case `surname` (person_name, weak lead)', () => {
  it.each([
    ['RTI submission rejected: NI number AB 12 34 56 D does not match surname Okonkwo-Baptiste', 'Okonkwo-Baptiste'],
    ['payee check failed on surname Hughes for account 4411', 'Hughes'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it('keeps a plain capitalised word after it', () => {
    expectText('the surname Column was empty in the upload', [], ['Column']);
  });
});

describe('an IMSI after its word or as a RADIUS User-Name (imsi)', () => {
  it.each([
    ['Oct 2 09:14:07 aaa01 radacct: Acct-Status-Type=Start User-Name=234150123456789 Framed-IP-Address=10.64.3.7', '234150123456789'],
    ['Access-Request User-Name = "310260555012345" NAS-Port-Type = Wireless-3GPP', '310260555012345'],
    ['[amf] INFO: [imsi-208930000000031] Registration complete', '208930000000031'],
    ['subscriber IMSI:505013412345678 moved to a new tracking area', '505013412345678'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it('keeps 15 digits without the word, an unknown country code, and a user name that is no IMSI', () => {
    expectText('order 262019876543210 shipped to the warehouse', [], ['262019876543210']);
    expectText('imsi lookup ref 999019876543210 failed', [], ['999019876543210']);
    // Stop 37: RADIUS User-Name=alice is a person's login (masked); root's stays.
    expectText('Acct-Status-Type=Stop User-Name=root Acct-Input-Octets=182736', [], ['root', '182736']);
  });
});

describe('a name closed by an escaped quote (person_name: a run before `\\"` is no path)', () => {
  it.each([
    ['Set("PJSIP/2001-00000002", "CALLERID(all)=\\"Lukas Brandt\\" <+4915123456789>") in new stack', 'Lukas Brandt'],
    ['agent said \\"Thanks Priya\\" and closed the chat', 'Priya'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it('keeps a path folder and a non-name before an escaped quote', () => {
    expectText('path=\\"C:\\\\Users\\\\Jordan\\\\\\" ok', [], ['Jordan']);
    expectText('app=\\"Visual Studio Code\\" started', [], ['Visual Studio Code']);
  });
});

describe('a name in capitals after an English title in capitals (person_name)', () => {
  it.each([
    ['declined: card 4000 0000 0000 0002 for cardholder MRS BEATRIZ SALGADO-NUNES (code 51)', 'BEATRIZ SALGADO-NUNES'],
    ['refund to MR THOMAS OYELARAN approved', 'THOMAS OYELARAN'],
  ])('%s', (input, secret) => expectText(input, [secret]));

  it('keeps products and a lone surname after the title', () => {
    expectText('upgrade MS SQL SERVER to 2022 on db01', [], ['MS SQL SERVER']);
    expectText('licence MS OFFICE HOME renewed', [], ['MS OFFICE HOME']);
    expectText('MS EXCHANGE ONLINE PROTECTION quarantined 4 messages', [], ['EXCHANGE ONLINE PROTECTION']);
  });
});

import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks and over-masking the forty-fourth red-team round found (fixtures/redteam44-corpus.ts:
 * betting and gaming operators, payment providers, game platforms, energy and water suppliers),
 * each closed where it happens, with the look-alike beside it that must stay. The values here
 * differ from the corpus': EANs built with the GS1 check digit, personnummer with the Luhn digit,
 * python-stdnum's HETU doctest 131052-308T, libphonenumber's GB example ranges.
 */
const { masks, keeps } = leakCases();

describe('EU energy connection EAN codes (18 digits, GS1 check)', () => {
  masks('under an ean member of a contract', { klant: 'K-1', ean_elektra: '871694831000291858' }, ['871694831000291858']);
  masks('under a bare ean of a switch', { type: 'MOVE_IN', ean: '541448890000123458' }, ['541448890000123458']);
  masks('after EAN in a note', 'Nieuwe klant, EAN 871694831000291858 overzetten per 1 mei.', ['871694831000291858']);
  masks('grouped, after EAN-code', 'EAN-code: 5414 4889 0000 1234 58 (gas)', ['5414 4889 0000 1234 58']);
  keeps('a product barcode under ean', { sku: 'A-1', ean: '4006381333931' }, ['4006381333931']);
  keeps('an 18-digit id without the word', 'message 871694831000291858 deleted by moderator', ['871694831000291858']);
  keeps('an 18-digit number failing the check after EAN', 'EAN 871694831000291857', ['871694831000291857']);
});

describe('supplier customer accounts under account_number', () => {
  keeps('a letter prefix and hexadecimal characters', { account_number: 'C-3F09A17B', arrears: '12.00' }, ['C-3F09A17B']);
  keeps('a letter prefix and 8 digits', { account_number: 'D-10293847' }, ['D-10293847']);
  masks('a bank account of digits', { account_number: '31926819', sort_code: '60-16-13' }, ['31926819']);
  masks('a code-like value under a banking name', { bank_account_number: 'C-3F09A17B' }, ['C-3F09A17B']);
});

describe('Nordic personal numbers under wallet and BankID names', () => {
  masks('BankID personalNumber, 12 digits', { completionData: { user: { personalNumber: '196408233234' } } }, ['196408233234']);
  masks('Trustly personid, 12 digits', { account: { personid: '197506124580' } }, ['197506124580']);
  masks('personid holding a Finnish HETU', { personid: '131052-308T' }, ['131052-308T']);
  keeps('a personId that is a record id', { personId: '48213', role: 'admin' }, ['48213']);
  keeps('a personId that is a uuid', { personId: 'f3a9c2e1-0b7d-4c55-8e21-9d3a6b1c7e40' }, ['f3a9c2e1-0b7d-4c55-8e21-9d3a6b1c7e40']);
});

describe('field-visit and wallet secrets by their names', () => {
  masks('a key safe code', { access: { key_safe_code: '8264' } }, ['8264']);
  masks('a keysafe code in a note', 'Carer visit: key in keysafe left of door (code 5127), dog friendly.', ['5127']);
  masks('a NETELLER secure id', { netellerAccount: { consumerId: 'x', secureId: '411392' } }, ['411392']);
  masks('a list of voucher pins', { op: 'redeem', pins: ['0123 4567 8901 2345'] }, ['0123 4567 8901 2345']);
  masks('a gate code of digits', { visit: 'V-1', gateCode: '7731#' }, ['7731']);
  keeps("an airport's gate code", { flight: 'BA117', gate_code: 'B22' }, ['B22']);
  keeps("a board's GPIO pins", { gpio: { pins: [4, 17, 27] } }, ['[4,17,27]']);
  keeps('a keysafe date', 'keysafe fitted 2024-03-01 by the council', ['2024-03-01']);
});

describe('prepaid voucher PINs after the brand', () => {
  masks('a paysafecard PIN in chat', 'i bought a paysafecard and the pin 7711 2244 3366 9900 doesnt work', ['7711 2244 3366 9900']);
  masks('an unspaced Flexepin', 'Flexepin voucher 7711224433669900 rejected', ['7711224433669900']);
  keeps('16 digits without a brand', 'ticket 7711224433669900 resolved', ['7711224433669900']);
});

describe('contact numbers and birth dates of customers', () => {
  masks('a GB mobile 5+6 after "on"', 'Spoke to the tenant on 07700 900982 about access.', ['07700 900982']);
  masks('Spanish fecha_nac', { fecha_nac: '03/11/1980' }, ['03/11/1980']);
  masks('nac beside a Spanish name', { nac: '03-11-1980', nombre: 'Carmen' }, ['03-11-1980']);
  masks('a Swedish mobile as written there, under a neutral name', { mobil: '070-234 56 78' }, ['070-234 56 78']);
  masks('a Dutch telefoon', { telefoon: '06 12345670' }, ['06 12345670']);
  masks('an SMS recipient without plus', { sms_to: '447700900984' }, ['447700900984']);
  masks('a receipt billed_to', { receipt: { billed_to: 'Graham Pearce' } }, ['Graham Pearce']);
  keeps('nac alone (a policy)', { nac: '03-11-1980', policy: 'allow' }, ['03-11-1980']);
  keeps('on + a short number', 'Meter reading taken on 0123 456 units', ['0123 456']);
});

describe('rows without column names: UK postcode, unspaced mobile, birth date', () => {
  masks('a field-service export row', 'OPS-1;WO-20260401-0099;Ian Fraser;07700900983;EH1 1YZ;E10BG20999;done', ['07700900983', 'EH1 1YZ']);
  masks('a pipe-delimited check line', '2026-04-01 09:00:00 INFO check N | Ian Fraser | 11/09/1975 | EH1 1YZ | ian.fraser@example.org', [
    '11/09/1975',
    'EH1 1YZ',
  ]);
  keeps('a row of dates and codes without a person', 'BATCH-7;RUN-2;01/02/1990;A1B2C3D4E5;finished;2026-04-01', ['01/02/1990']);
  keeps('row ids and meter serials', 'OPS-1;WO-20260401-0099;E10BG20999;done;2026-04-01T09:00:00Z', ['WO-20260401-0099', 'E10BG20999']);
});

describe('leftovers, stop 34, second pass', () => {
  // Supply points under abbreviated names: an MPAN with its check digit, an MPRN's digits.
  masks('an MPAN under e_mp and an MPRN under g_mp', { acct: 'B-1', e_mp: '2200012345671', g_mp: '4410982237' }, [
    '2200012345671',
    '4410982237',
  ]);
  masks('camelCase elecMp / gasMp', { elecMp: '1500045678120', gasMp: '75123480' }, ['1500045678120', '75123480']);
  masks('in a key=value line', 'meter.sync ac=B-2 e_mp=2200012345671 g_mp=4410982237 rd=1022', ['2200012345671', '4410982237']);
  keeps('13 digits failing the MPAN check under e_mp', { e_mp: '2200012345672' }, ['2200012345672']);
  keeps("an employee's emp and a game's mp", { emp: '2200012345671', mp: '4410982237', hp: 120 }, ['2200012345671', '4410982237']);
  keeps('a pension gmp amount', { gmp: '123456', scheme: 'S-1' }, ['123456']);
  keeps('letters under g_mp', { g_mp: 'pending' }, ['pending']);
  // A UK account in a key=value log right after its sort code's member.
  masks('sc= then acc=', 'dd.mandate ref=M-77 sc=404784 acc=71584629 day=15', ['71584629']);
  masks('prefixed pair and dashed sort code', 'old_sort_code=40-47-84 old_account=71584629 new_sc=601613 new_acc=31926819', [
    '71584629',
    '31926819',
  ]);
  keeps('acc= without a sort code', 'model=v3 acc=71584629 loss=0.12', ['71584629']);
  keeps('a sort code then an amount', 'sc=404784 amt=71584629', ['71584629']);
  // A personnummer as the person id of a URL path.
  masks('a 12-digit personnummer after /persons/', 'GET https://bankid.example/api/persons/196408233234/consents 200', ['196408233234']);
  masks('a dashed one after /person/', 'DELETE /v2/person/811228-9874 -> 204', ['811228-9874']);
  keeps('the same digits after /accounts/', 'GET /accounts/196408233234/billing', ['196408233234']);
  keeps('12 digits failing the Luhn digit after /persons/', 'GET /v1/persons/196408233235/status', ['196408233235']);
  // A door code spelled digit by digit, and right after a door entry panel.
  masks('a door entry code digit by digit', 'Visit ok. Door entry 7 3 0 9 then ring flat 12.', ['7 3 0 9']);
  masks('a door code digit by digit', 'door code is 2 6 1 1 8, dog inside', ['2 6 1 1 8']);
  masks('door entry: and four digits', 'Door entry: 7309, third floor', ['7309']);
  // Round 48 masks a badge number after `badge` by itself (badge_number_after_name): the number
  // here is another id, so the test still holds the door-entry reader to its own reach.
  keeps('a unit number well after door entry', 'door entry granted for unit 7309', ['7309']);
  keeps('a date after door entry', 'Door entry panel replaced on 3 4 2026', ['3 4 2026']);
  // A header-less switching row: the MPAN cell and the street in capitals beside a postcode cell.
  masks('a D-flow-style pipe row', '027|2200012345671|20260501|MR IAN FRASER|14 ROWAN CLOSE|YORK|YO24 3HT|E-1R-FIX-12M|', [
    '2200012345671',
    '14 ROWAN CLOSE',
    'YO24 3HT',
  ]);
  keeps('a valid MPAN cell in a row without a postcode', 'evt|1764000000004|ok|Jane Smith|07700900983|done', ['1764000000004']);
  keeps('a capitals street cell without a postcode', 'job|3 BEECH CRESCENT|123456789|done|x', ['3 BEECH CRESCENT']);
});

import { describe, it } from 'vitest';
import { leakChecks } from '../../helpers/leak-checks.js';

/**
 * Leftovers of red-team rounds 21, 25, 26 and 27 closed in stop 31: rows without column names,
 * fields named by another value and neutral names. Values differ from the corpus values; each
 * group has look-alikes that must stay.
 */
const { expectText, expectValue } = leakChecks();

describe('rows without column names (structure/bare-cells.ts)', () => {
  it.each([
    [
      '262019998887776,352099001761481,4915112345678,493012345678,26201-1A2B-3C4D,20240507081500,00:02:10',
      ['262019998887776', '352099001761481', '4915112345678', '493012345678'],
      ['20240507081500', '00:02:10', '26201-1A2B-3C4D'],
    ],
    [
      '"","3125550178","6175550143","from-internal","SIP/2001-00000031","Dial","2024-06-01 10:00:00",41,"ANSWERED","1715000000.31"',
      ['3125550178', '6175550143'],
      ['1715000000.31', 'from-internal'],
    ],
    [
      'LAPTOP-X1,Windows,10.0.22631.2861,Compliant,Intune,,,\nPixel-8,Android,14,Compliant,Intune,maria@contoso.example,490154203237518,,',
      ['490154203237518', 'maria@contoso.example'],
      ['10.0.22631.2861', 'LAPTOP-X1'],
    ],
    [
      "### INSERT INTO `crm`.`clients`\n### SET\n###   @1=12\n###   @2='Ana Lopez'\n###   @3='412-67-3310'\n###   @4=1",
      ['412-67-3310'],
      ['@1=12'],
    ],
    [
      "### UPDATE `crm`.`clients`\n### WHERE\n###   @1=12\n###   @3='078-05-1120'\n### SET\n###   @1=12\n###   @3='219-09-9999'",
      ['078-05-1120', '219-09-9999'],
      [],
    ],
    [
      'NOTICE:  audit: old=(14,"Ravi Patel",1988-02-14,"07911 123456","X-1") new=(14,"Ravi Patel",1988-02-14,"020 7946 0321","X-1")',
      ['07911 123456', '020 7946 0321'],
      ['X-1'],
    ],
    ['S-1201;CP-BER-0099;2;04A1B2C3D4E5F6;2024-06-01 07:10;2024-06-01 08:00;11,20;4,90', ['04A1B2C3D4E5F6'], ['CP-BER-0099']],
    [
      '2026-10-01 09:00:00,install,organic,,DE,Berlin,198.51.100.7,1760000000000-1234567,a.b@example.org,1E2D3C4B-5A69-4788-9A0B-C1D2E3F40516,,iPhone16.1,6.13.0',
      ['1E2D3C4B-5A69-4788-9A0B-C1D2E3F40516', 'a.b@example.org'],
      ['1760000000000-1234567', '6.13.0'],
    ],
    ['Hobart;0491 570 110;ok;2024-06-01 12:00:00', ['0491 570 110'], ['Hobart']],
  ])('%s', (input, secrets, kept) => expectText(input, secrets, kept));

  it.each([
    ['2024-05-06,ORD-88123,2147483647,19.99,EUR', '2147483647'],
    ['batch,310150123456789,310150123456781,ok,done', '310150123456789'],
    ['id;sku;qty;price\n1;4006381333931;2;9.99', '4006381333931'],
    ['2026-10-01 09:00:00,event,1E2D3C4B-5A69-4788-9A0B-C1D2E3F40516,ok,done', '1E2D3C4B-5A69-4788-9A0B-C1D2E3F40516'],
    ['S-1;CP-1;2;0A1B2C3D4E5F60;2024-06-01 07:10;ok', '0A1B2C3D4E5F60'],
    ["### INSERT INTO `t`\n### SET\n###   @1=1\n###   @2='912-45-6789'\n###   @3=2", '912-45-6789'],
    ['10.0.22631.2861,Windows,Compliant,Intune,2024-05-06 10:15:02', '10.0.22631.2861'],
    ['run 4411,1234 5678 9012,ok,done,2024-05-06 10:15:02', '1234 5678 9012'],
  ])('keeps %s', (input, kept) => expectText(input, [], [kept]));
});

describe('whole values under neutral names: national-format phones (structure/bare-cells.ts)', () => {
  it.each([
    [{ Field: 'Backup_Line__c', OldValue: '0413 222 901', NewValue: '020 7946 0777' }, ['0413 222 901', '020 7946 0777']],
    [{ changeType: 'ValueChange', property: 'value', left: '07911 123987', right: '0423 555 019' }, ['07911 123987', '0423 555 019']],
    [{ patch: [{ op: 'replace', path: '/contacts/1/value', value: '06 45 12 78 90' }] }, ['06 45 12 78 90']],
    [{ metadata: { legacy_ref: '0418 765 432' }, previous_attributes: { metadata: { legacy_ref: '01632 960 001' } } }, ['0418 765 432']],
  ])('%j', (input, secrets) => expectValue(input, secrets));

  it.each([
    [{ support: '0800 773 4411', version: '5.42.0' }, ['0800 773 4411', '5.42.0']],
    [{ ref: '123-45-6789', sku: '912-45-6789', build: '2024-05-06-01' }, ['123-45-6789', '912-45-6789', '2024-05-06-01']],
    [{ code: '0412 34', note: 'the Woolworth sample 078-05-1120 was printed in 1938' }, ['0412 34', '078-05-1120']],
    // A published sample SSN alone stays (columnar.test.ts); in a binlog row it is masked (above).
    [{ events: [{ type: 'Change', field_name: '360099887766', value: '219-09-9999' }] }, ['219-09-9999']],
    [{ serial: '04A1B2C3D4E5F6' }, ['04A1B2C3D4E5F6']],
  ])('keeps %j', (input, kept) => expectValue(input, [], kept));
});

describe('SIM keys by name; pagination cursors are not credentials (keys.ts)', () => {
  it('masks a Ki in an HLR command and a PUK field', () => {
    expectText('MML> ADD SUB: IMSI="262019998887776", KI="0C1D2E3F405162738495A6B7C8D9EAFB", CARDTYPE=USIM;', [
      '0C1D2E3F405162738495A6B7C8D9EAFB',
    ]);
    expectValue({ iccid_ref: 'batch-7', puk: '40917263', ki: '9A8B7C6D5E4F30211203F4E5D6C7B8A9' }, [
      '40917263',
      '9A8B7C6D5E4F30211203F4E5D6C7B8A9',
    ]);
  });

  it('keeps cursors under pagination names unless the value is a credential by its shape', () => {
    const cursors = {
      resume_token: '8262E2EE54000000022B0A1004A5093ABB38FE4B9E',
      pageToken: 'CgwI8fmqsQYQ0NXo5gI',
      next_page_token: 'Q2hBSUF4b0pDZ0NJQVE',
      NextToken: 'AAMA-EFRSURBSGh6dGFi',
      continuationToken: 'eyJvZmZzZXQiOjUwfQ',
      syncToken: 'CPDAlvWDx70CEPDAlvWDx70CGAU',
    };
    expectValue(cursors, [], Object.values(cursors));
    expectValue({ nextPageToken: 'ghp_0123456789abcdefghijABCDEFGHIJ012345' }, ['ghp_0123456789abcdefghijABCDEFGHIJ012345']);
    expectValue({ session_token: 'CgwI8fmqsQYQ0NXo5gI', page: 2, kind: 'puk_reminder' }, ['CgwI8fmqsQYQ0NXo5gI'], ['puk_reminder']);
  });
});

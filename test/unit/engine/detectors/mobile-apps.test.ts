import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { detectorCases } from './support.js';

/**
 * Mobile apps' records (red-team round 88): push tokens, SDK and store records, support chats and
 * mobile backends. Values differ from the round's corpus (tokens, logins, names, passwords made up
 * here); look-alikes (hashes, ids, device models, epoch session ids, roles, words) must stay.
 */
const engine = testEngine();
const mask = (input: string) => engine.maskText(input).value;
const maskRecord = (input: unknown) => JSON.stringify(engine.maskValue(structuredClone(input)).value);

const HEX64 = '3c9e1f7a0b5d2c8e4f6a1b3d5c7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e';

describe('apns_token_after_name', () => {
  detectorCases(
    'apns_token_after_name',
    [
      [
        'Demo[88:1204] didRegisterForRemoteNotificationsWithDeviceToken: <3c9e1f7a 0b5d2c8e 4f6a1b3d 5c7e9f0a 2b4c6d8e 0f1a3b5c 7d9e1f2a 4b6c8d0e>',
        '3c9e1f7a 0b5d2c8e',
      ],
      [`2026-01-02T03:04:05Z|apns|${HEX64}|delivered|ok`, HEX64],
      [`support note: customer's APNs device token ${HEX64.toUpperCase()} stopped working`, HEX64.toUpperCase()],
      [`the push token of this install is ${HEX64}`, HEX64],
    ],
    [
      // A hash named as one between the name and the value, no name before it, a longer hex run.
      `apns certificate sha256 ${HEX64}`,
      `apns-worker build digest: ${HEX64}`,
      `layer ${HEX64} pulled`,
      `apns ${HEX64}00`,
    ],
  );
});

describe('push and channel records', () => {
  it("masks an Airship channel's push_address and named_user_id, keeps its ids", () => {
    const out = maskRecord({
      channel: { channel_id: '5e0c7a1b-2d3f-4a6b-8c9d-0e1f2a3b4c5d', push_address: HEX64, named_user_id: 'qvanrensburg', tags: ['beta'] },
    });
    expect(out).not.toContain(HEX64);
    expect(out).not.toContain('qvanrensburg');
    expect(out).toContain('5e0c7a1b-2d3f-4a6b-8c9d-0e1f2a3b4c5d');
  });
  it('keeps a record id under named_user_id', () => {
    expect(maskRecord({ named_user_id: 'cust_20931' })).toContain('cust_20931');
  });
  it("masks a device export's identifier column beside device columns, and keeps it alone", () => {
    const csv = `id,identifier,session_count,device_type,device_model\n8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d,${HEX64},12,0,"iPhone14,5"`;
    const out = mask(csv);
    expect(out).not.toContain(HEX64);
    expect(out).toContain('8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d');
    expect(mask(`identifier,status,count\nINV-20931,open,12`)).toContain('INV-20931');
  });
});

describe('login_given_in_chat', () => {
  detectorCases(
    'login_given_in_chat',
    [
      ['hello, my login is rtanaka77 and it says locked', 'rtanaka77'],
      ['Her username was b_okonjo-smith, please check', 'b_okonjo-smith'],
      ['our userid is k.lindgren2 on the app', 'k.lindgren2'],
    ],
    ['my login is blocked since Monday', 'the username is admin', 'my login is broken', 'his login was root', 'the login is settings.json'],
  );
});

describe('a password after pw in a chat', () => {
  it('masks what follows `pw is` and keeps the sentence about it', () => {
    const out = mask('cant sign in. user is fine, pw is Sunflower-42 i think');
    expect(out).not.toContain('Sunflower-42');
    expect(mask('the pw is wrong apparently')).toContain('pw is wrong');
  });
});

describe('device_owner_name (a whole device name)', () => {
  it("masks an unlisted owner's name in a device's whole name, keeps the device", () => {
    const out = maskRecord({ contexts: { device: { name: "Thessaly's iPad", model: 'iPad14,1' } } });
    expect(out).not.toContain('Thessaly');
    expect(out).toContain('iPad14,1');
  });
  it('keeps fleet, stop and maker words and prose', () => {
    expect(maskRecord({ device: { name: "Admin's iPad" } })).toContain("Admin's iPad");
    expect(maskRecord({ device: { name: "Support's iPhone 15" } })).toContain("Support's iPhone 15");
    expect(mask("Quorvath's iPhone was left in the lobby")).toContain('Quorvath');
  });
});

describe('session ids numbered by their start time', () => {
  it('keeps an epoch session_id and masks a random one', () => {
    expect(maskRecord({ event_type: 'play', session_id: 1706781600123 })).toContain('1706781600123');
    expect(maskRecord({ session_id: 1706781600 })).toContain('1706781600');
    expect(maskRecord({ session_id: 'f3a9c1e7b2d84065a1c9e7f3b5d20486' })).not.toContain('f3a9c1e7b2d84065a1c9e7f3b5d20486');
  });
});

describe('email_password_pair in pipe rows', () => {
  it("keeps a log row's cell after an address in its fifth column, masks a combo line", () => {
    const row = '2026-01-02T03:04:05Z|login|OK|203.0.113.9|l.ferreira@example.org|Pixel9,1';
    expect(mask(row)).toContain('Pixel9,1');
    expect(mask('l.ferreira@example.org|Quill-Harbor51')).not.toContain('Quill-Harbor51');
    expect(mask('https://shop.example.com|l.ferreira@example.org|Quill-Harbor51')).not.toContain('Quill-Harbor51');
    // A labelled cell is read as before: the value after the address's cell goes.
    expect(mask('sync details=id:77|acct:x|note:y|payeeEmail:l.ferreira@example.org|altPhone:Quill-Harbor51')).not.toContain(
      'Quill-Harbor51',
    );
  });
});

describe('App as no name', () => {
  it('keeps a store role after a lead and still masks a person there', () => {
    expect(mask('Assigned to App Manager for review.')).toContain('App Manager');
    expect(mask('Assigned to Maria Lopez for review.')).not.toContain('Maria Lopez');
  });
});

describe('a Japanese sentence that is a name', () => {
  it('masks `<family> <given>です` at a sentence start, keeps other Han words', () => {
    expect(mask('アプリが落ちます。平野 結衣です。よろしく')).not.toContain('平野 結衣');
    expect(mask('名前は中村 蓮です')).not.toContain('中村 蓮');
    expect(mask('機能 追加です。')).toContain('機能 追加');
    expect(mask('新機能 対応です。')).toContain('新機能 対応');
  });
});

describe('email_split_at_break', () => {
  detectorCases(
    'email_split_at_break',
    [
      ['<p>you can reach me at o.brennan@<br>example.net thanks</p>', 'o.brennan@'],
      ['contact: m.achterberg@\nexample.co.uk', 'm.achterberg@'],
    ],
    ['thanks team@<br>see you', 'ping @\nchannel', 'a@<br>b'],
  );
});

describe('a name right before a birth-date label', () => {
  it('masks the person an identity check names before `dob <date>`, keeps labels', () => {
    expect(mask('ID verified: Peregrine Ashdown-Vale, dob 02/11/1979, last4 ok')).not.toContain('Peregrine Ashdown-Vale');
    expect(mask('check passed for Ysolda Marchbank (DOB 1988-07-30)')).not.toContain('Ysolda Marchbank');
    expect(mask('Patient Record, DOB field missing')).toContain('Patient Record');
    expect(mask('Quarterly Report, dob column renamed')).toContain('Quarterly Report');
  });
});

import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks the twenty-fifth red-team round found (fixtures/redteam25-corpus.ts: mobile apps, devices
 * and their telemetry), each closed where it happens, with the look-alike beside it that must
 * stay. The values here differ from the corpus'.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);

describe('device and advertising ids by their field names', () => {
  it('masks OAID, IDFV, App Set ID, Adjust gps_adid, Android id, MEID, UDID and MDM PushMagic', () => {
    const raws = {
      oaid: '0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d',
      ifv: 'B5C6D7E8-1A2B-4C3D-8E9F-0A1B2C3D4E5F',
      appSetId: '6e5d4c3b-2a19-4f8e-9d7c-6b5a49382716',
      gps_adid: '3c2b1a09-f8e7-4d6c-9b4a-392817061524',
      android_id: 'a1b2c3d4e5f60718',
      meid: 'A1000049ABCDEF',
      Udid: '4f3e2d1c0b0a99887766554433221100',
      PushMagic: '1D2C3B4A-5F6E-4D7C-8B9A-0F1E2D3C4B5A',
    };
    const out = value(raws);
    for (const raw of Object.values(raws)) expect(out).not.toContain(raw);
  });

  it('keeps GA4 ga_session_id (a start time in seconds) and other non-device ids', () => {
    const out = value({
      event_params: [{ key: 'ga_session_id', value: { int_value: 1701234567 } }],
      app_instance_id: 'com.example.app',
      request_id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      ad_id: '23851234567890123',
    });
    expect(out).toContain('23851234567890123');
    expect(out).toContain('1701234567');
    expect(out).toContain('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d');
  });
});

describe('advertising ids named before them in prose', () => {
  it('masks a UUID right after IDFA / GAID / advertising id', () => {
    for (const s of [
      'customer read out the IDFA: 0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0 from settings',
      'gaid is 11223344-5566-4788-99aa-bbccddeeff00, please purge',
    ]) {
      const out = text(s);
      expect(out).not.toMatch(/[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-/);
    }
  });

  it('keeps a UUID after a request or trace word', () => {
    const s = 'request 0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0 failed with 502';
    expect(text(s)).toContain('0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0');
  });
});

describe('push registration tokens by their shape', () => {
  it('masks an FCM registration token and an Expo push token under any name', () => {
    const fcm = 'cZ8pQ1wErT4:APA91bGhJ2kL5mN8pQ1rS4tU7vW0xY3zA6bC9dE2fG5hI8jK1lM4nO7pQ0r';
    const expo = 'ExpoPushToken[Ab3dE6gH9jK2mN5pQ8sT]';
    const out = value({ rows: [{ reg: fcm }, { t: `sent to ${expo}` }] });
    expect(out).not.toContain(fcm);
    expect(out).not.toContain(expo);
  });

  it('keeps a colon-joined pair of ids and a bracketed word', () => {
    const out = value({ ref: 'order_1234567:shipment_998877', tag: 'PushToken[default]' });
    expect(out).toContain('order_1234567:shipment_998877');
    expect(out).toContain('PushToken[default]');
  });
});

describe('one-time codes in branded notification templates', () => {
  it('masks the code after `Your <brand> code` and before `is your <brand> code`', () => {
    for (const [s, code] of [
      ['Your Acme Pay code is 551903. Do not share it.', '551903'],
      ['Your Signal code: 208-417', '208-417'],
      ['381044 is your Instagram code', '381044'],
      ['T-662190 is your Example verification code', '662190'],
    ] as const) {
      expect(text(s)).not.toContain(code);
    }
  });

  it('keeps error and status codes, and numbers after other words', () => {
    for (const s of [
      'error code: 5012 in module',
      'HTTP status code is 4040 weird',
      'Order 2026 is your order',
      'code: 1234 refers to a rule',
    ]) {
      expect(text(s)).toBe(s);
    }
  });
});

describe('private keys as bare base64 DER', () => {
  it('masks a PKCS#8 EC (.p8) and an RSA key body without PEM lines', () => {
    const ec = 'MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQgA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0';
    const rsa = 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDZx4yT2kR8mVb3';
    const out = value({ key: ec, note: `pasted ${rsa} by mistake` });
    expect(out).not.toContain(ec);
    expect(out).not.toContain(rsa);
  });

  it('keeps a certificate (public) body', () => {
    const cert = 'MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ';
    expect(value({ cert })).toContain(cert);
  });
});

describe('GPS fixes written as bare pairs', () => {
  it('masks a 5–8 decimal pair without a location word', () => {
    for (const s of ['ride ended at 48.856613,2.352222 near home', 'begin 35.689487 139.691711 then north']) {
      const out = text(s);
      expect(out).toContain('<GEO_COORDINATES:');
    }
  });

  it('keeps pairs of scores, versions, timings and timestamps', () => {
    for (const s of ['scores 0.123456, 0.654321', 'took 12.345678 s', 'at 2026-12-01T08:02:11.123456Z', 'p50=1.25000 p99=9.75000']) {
      expect(text(s)).toBe(s);
    }
  });
});

describe('a postcode before a later number', () => {
  it('is found on the first pass when a ZIP-like number follows it', () => {
    const out = text('send it to 12 Baker Street London NW1 6XE, or call 07700 900123 after six');
    expect(out).not.toContain('NW1 6XE');
    expect(text(out)).toBe(out);
  });
});

describe('leftovers, stop 37', () => {
  const { masks, keeps } = leakCases(engine);

  // Apple MDM check-in and profile plists: a value element is named by the <key> right before it.
  masks(
    'MDM TokenUpdate plist: PushMagic, Token and UnlockToken data, UDID',
    '<plist version="1.0"><dict>\n\t<key>MessageType</key>\n\t<string>TokenUpdate</string>\n\t<key>PushMagic</key>\n\t<string>0B7E2A91-3C44-4F1D-9A5E-7C8D6B2F1E03</string>\n\t<key>Token</key>\n\t<data>\n\tR2F0ZXdheVRva2VuRm9yVGVzdGluZ09ubHk0Mg==\n\t</data>\n\t<key>UDID</key>\n\t<string>00008030-0012345678901234</string>\n\t<key>UnlockToken</key>\n\t<data>VW5sb2NrVG9rZW5Gb3JUZXN0MTIzNDU2Nzg5MDEy</data>\n</dict></plist>',
    [
      '0B7E2A91-3C44-4F1D-9A5E-7C8D6B2F1E03',
      'R2F0ZXdheVRva2VuRm9yVGVzdGluZ09ubHk0Mg==',
      '00008030-0012345678901234',
      'VW5sb2NrVG9rZW5Gb3JUZXN0MTIzNDU2Nzg5MDEy',
    ],
  );
  masks('a MEID in spaced pairs under its plist key, in a JSON member', { body: '<key>MEID</key><string>a1 00 00 49 ab cd ef</string>' }, [
    'a1 00 00 49 ab cd ef',
  ]);
  keeps(
    'plist values under keys that name no person or device (message type, build, payload UUID, display name)',
    '<dict><key>MessageType</key><string>Authenticate</string><key>BuildVersion</key><string>21G93</string><key>PayloadUUID</key><string>5D2C1B0A-9E8F-4D7C-8B6A-5F4E3D2C1B0A</string><key>PayloadDisplayName</key><string>Corp Wi-Fi</string></dict>',
    ['Authenticate', '21G93', '5D2C1B0A-9E8F-4D7C-8B6A-5F4E3D2C1B0A', 'Corp Wi-Fi'],
  );
  keeps('a <string> element after an element that is not a plist key', '<name>Token</name><string>release-2026.4</string>', [
    'release-2026.4',
  ]);

  // Android prints the IMEI / IMEISV for `service call iphonesubinfo N`.
  masks('an IMEISV printed 8-6-2 after `service call iphonesubinfo`', 'adb shell service call iphonesubinfo 3 => 86754503-128896-07 ok', [
    '86754503-128896-07',
  ]);
  keeps('an 8-6-2 run id without the command or an IMEI word', 'batch 20261106-123456-01 ran on build host', ['20261106-123456-01']);

  // A bank push that asks for the code back: `use` before it, the action it confirms after it.
  masks('a code between `Use` and `to confirm / verify / approve`', 'Use 8352 to confirm your payment of $40.00 to J Smith', ['8352']);
  masks('a code after `Use code` and before `to verify`', { body: 'Use code 903152 to verify your new device' }, ['903152']);
  keeps(
    'a number after use that confirms nothing, or a port before to confirm',
    'Use 2048 bits for the key; use port 4433 to confirm the tunnel',
    ['2048', '4433'],
  );

  // `adid` (Adjust, Crashlytics custom keys): a device's random id only; an ad's numeric id stays.
  masks('a UUID under a Crashlytics custom key adid', { custom_keys: [{ key: 'adid', value: '9a0e4c2b-7a1d-4b3e-9c8f-2d6a1e0b7c11' }] }, [
    '9a0e4c2b-7a1d-4b3e-9c8f-2d6a1e0b7c11',
  ]);
  masks('an Adjust adid of 32 hex digits', 'tracker=abc123 adid=0f1e2d3c4b5a69788796a5b4c3d2e1f0 country=de', [
    '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  ]);
  keeps(
    'an ad-platform ad_id / adid that is a number or a name',
    { ad_id: '23851234567890123', adid: '120208765432101234', ad: { adid: 'summer_sale_v2' } },
    ['23851234567890123', '120208765432101234', 'summer_sale_v2'],
  );

  // Look-alikes: Adjust's public event and app tokens, an SDK's analytics session id.
  keeps(
    'an Adjust event_token of six and an app_token of twelve lower-case letters and digits',
    { s2s: '1', app_token: '7qbc3kx9wm2e', event_token: 'a1b2c3', created_at_unix: '1764000000' },
    ['7qbc3kx9wm2e', 'a1b2c3'],
  );
  masks(
    'app and event tokens of other shapes (Slack app-level token, a long verification token)',
    { app_token: 'xapp-1-A0123-4567-abcdef0123456789', event_token: 'Zq8xK2mV9pL4nR7tY1wE3uI6' },
    ['xapp-1-A0123-4567-abcdef0123456789', 'Zq8xK2mV9pL4nR7tY1wE3uI6'],
  );
  keeps(
    "a payment SDK's analytics sessionId under its metadata object",
    { clientSdkMetadata: { sessionId: 'B7E2A91C3C444F1D9A5E7C8D6B2F1E03', source: 'client', integration: 'dropin2' } },
    ['B7E2A91C3C444F1D9A5E7C8D6B2F1E03'],
  );
  masks(
    'a sessionId elsewhere (an auth object, the top level)',
    { auth: { sessionId: '5e8f0a1b2c3d4e5f6a7b8c9d0e1f2a3b' }, sessionId: 'c0ffee00112233445566778899aabbcc' },
    ['5e8f0a1b2c3d4e5f6a7b8c9d0e1f2a3b', 'c0ffee00112233445566778899aabbcc'],
  );

  // A lower-case name read after its introduction is masked wherever else the record holds it.
  masks(
    "a chat user's lower-case name, introduced in the message text",
    { message: { text: 'hello its maria lopez, pls leave it at the door', user: { id: 'mlopez', name: 'maria lopez' } } },
    ['maria lopez'],
  );
  masks('a copy after `my name is` in another member', { msg: 'my name is jonas becker, order late', author: { name: 'jonas becker' } }, [
    'jonas becker',
  ]);
  keeps(
    'a lower-case label with no introduction in the record',
    { message: { text: 'order ready for pickup', user: { id: 'bot-7', name: 'delivery bot' } } },
    ['delivery bot'],
  );

  // Google Fit dataset points name their values by data type.
  masks(
    'a Google Fit location sample: latitude and longitude as fpVal',
    {
      point: [
        {
          startTimeNanos: '1764560000000000000',
          dataTypeName: 'com.google.location.sample',
          value: [{ fpVal: 51.507351 }, { fpVal: -0.127758 }, { fpVal: 8.5 }],
        },
      ],
    },
    ['51.507351', '-0.127758'],
  );
  keeps(
    'step counts and heart rates of other data types',
    {
      point: [
        { dataTypeName: 'com.google.step_count.delta', value: [{ intVal: 5231 }] },
        { dataTypeName: 'com.google.heart_rate.bpm', value: [{ fpVal: 72.5 }] },
      ],
    },
    ['5231', '72.5'],
  );

  // Apple MDM names the device's user and its Exchange ActiveSync id in plists and JSON exports.
  masks(
    "an MDM check-in's UserLongName (lower case) and EASDeviceIdentifier",
    '<dict><key>UserShortName</key><string>k.tanaka</string><key>UserLongName</key><string>kenji tanaka</string><key>EASDeviceIdentifier</key><string>1A2B3C4D5E6F7A8B9C0D1E2F</string></dict>',
    ['kenji tanaka', '1A2B3C4D5E6F7A8B9C0D1E2F'],
  );
  keeps(
    'a long name that is no user (a product)',
    '<dict><key>LongName</key><string>Contoso Notes</string><key>OSVersion</key><string>17.4.1</string></dict>',
    ['Contoso Notes', '17.4.1'],
  );
});

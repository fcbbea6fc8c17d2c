import { describe, expect, it } from 'vitest';
import { engine } from './support.js';

// Rules written for red-team round 76 (IoT, connected vehicles and fleet telematics), with values
// other than the corpus's: made-up drivers, logins, networks and streets; keys and tokens built to
// the documented layouts; coordinates of public places.

function masked(input: unknown): string {
  if (typeof input === 'string') return engine.maskText(input).value;
  return JSON.stringify(engine.maskValue(structuredClone(input)).value);
}

describe('GPS fixes in pipe rows, OpenStreetMap marker links and latlong arrays (detect/values/devices.ts, keys.ts)', () => {
  it('masks a latitude and a longitude in neighbouring pipe cells', () => {
    const out = masked('DRV-88|Brannigan|2025-06-02T07:41:10Z|47.60621|-122.33207|0');
    expect(out).not.toContain('47.60621');
    expect(out).not.toContain('-122.33207');
    for (const v of ['DRV-88', '2025-06-02T07:41:10Z']) expect(out).toContain(v);
  });
  it('keeps pipe cells of round numbers and of small ratios', () => {
    for (const text of ['ver|1.00000|2.00000|ok', 'weights|0.12345|0.67891', 'price|19.99|24.50']) expect(masked(text)).toBe(text);
  });
  it("masks OpenStreetMap's mlat / mlon marker parameters and keeps other m-words", () => {
    const out = masked('last fix: https://www.openstreetmap.org/?mlat=51.50735&mlon=-0.12776#map=17/51.5/-0.1');
    expect(out).not.toContain('51.50735');
    expect(out).not.toContain('-0.12776');
    const text = 'formlat=12.3456 then slon=45.6789';
    expect(masked(text)).toBe(text);
  });
  it('masks a latlong array under its name and keeps an id array', () => {
    const out = masked({ tracker: { _id: 'TRK9QZ', latlong: [45.46427, 9.18951], pos_uncertainty: 8 }, ids: [45.46427, 9.18951] });
    expect(out).toContain('"latlong":["<GEO_COORDINATES:');
    for (const v of ['TRK9QZ', '"ids":[45.46427,9.18951]', '"pos_uncertainty":8']) expect(out).toContain(v);
  });
});

describe('device keys and tokens (keys.ts, command-line.ts, iot-telematics.ts)', () => {
  it("masks an Azure IoT Hub device identity's symmetric keys and keeps its ids", () => {
    const out = masked({
      deviceId: 'meter-0913',
      etag: 'NzQxMjA5MzQy',
      authentication: {
        symmetricKey: {
          primaryKey: 'q1D0Y6cG3vJmV9sN2xT8bF5hK4wR7pL0aZ3eU6iO9nM=',
          secondaryKey: 'Zx8Kc2Vb5Nm1Qw4Er7Ty0Ui3Op6As9Df2Gh5Jk8Ll1=',
        },
        type: 'sas',
      },
    });
    expect(out).not.toContain('q1D0Y6cG3vJmV9sN2xT8bF5hK4wR7pL0aZ3eU6iO9nM=');
    expect(out).not.toContain('Zx8Kc2Vb5Nm1Qw4Er7Ty0Ui3Op6As9Df2Gh5Jk8Ll1=');
    for (const v of ['meter-0913', 'NzQxMjA5MzQy', '"type":"sas"']) expect(out).toContain(v);
  });
  it('keeps a primaryKey that names a table column', () => {
    const record = { table: 'orders', primaryKey: 'order_id', indexes: ['created_at'] };
    expect(masked(record)).toBe(JSON.stringify(record));
  });
  it('masks LoRaWAN root keys after their names and keeps the EUIs', () => {
    const out = masked(
      'ttn-lw-cli end-devices create farm-sensors soil-12 --dev-eui 70B3D57ED0051A2F --join-eui 0000000000000001 --root-keys.app-key.key 3C9A61F0B27E84D5A1C6E09F7B3D2E48',
    );
    expect(out).not.toContain('3C9A61F0B27E84D5A1C6E09F7B3D2E48');
    for (const v of ['70B3D57ED0051A2F', '0000000000000001', 'soil-12']) expect(out).toContain(v);
    const note = masked('gateway swap done, nwk_key: 9f2e7d6c5b4a39281706f5e4d3c2b1a0 re-entered');
    expect(note).not.toContain('9f2e7d6c5b4a39281706f5e4d3c2b1a0');
    const text = 'appkey rotation ticket OPS-4411 closed; sha 3f9c2b7a11d4e5f60718293a4b5c6d7e8f901234';
    expect(masked(text)).toBe(text);
  });
  it("masks a share link's /token/ segment and keeps its session id and an OAuth endpoint", () => {
    const out = masked(
      'Follow live: https://livetrack.garmin.com/session/9b1c2d3e-4f50-4a6b-8c7d-0e1f2a3b4c5d/token/5E4D3C2B1A09F8E7D6C5B4A39281706F',
    );
    expect(out).not.toContain('5E4D3C2B1A09F8E7D6C5B4A39281706F');
    expect(out).toContain('9b1c2d3e-4f50-4a6b-8c7d-0e1f2a3b4c5d');
    for (const text of ['POST /oauth/token/ HTTP/1.1 200', 'GET /api/token/refresh-status 200']) expect(masked(text)).toBe(text);
  });
  it("reads mosquitto_pub's -u: a device token as SECRET, a person's login as USERNAME, an integration account kept", () => {
    const token = masked('mosquitto_pub -h tb.example.org -t v1/devices/me/telemetry -u "Hq7Tn2Vd9Lx4Pw1Ks8Zc" -m \'{"t":20}\'');
    expect(token).not.toContain('Hq7Tn2Vd9Lx4Pw1Ks8Zc');
    expect(token).toContain('v1/devices/me/telemetry');
    const login = masked("mosquitto_sub -h broker.lan -u okoval -t 'home/#'");
    expect(login).not.toContain('okoval');
    const service = "mosquitto_sub -h broker.lan -u nodered -t 'home/#'";
    expect(masked(service)).toBe(service);
  });
  it("masks a person's MQTT user in Mosquitto's connection log and keeps integration accounts", () => {
    const out = masked("1718000000: New client connected from 192.0.2.41:40112 as hall-sensor (p2, c1, k60, u'rkaminski').");
    expect(out).not.toContain('rkaminski');
    expect(out).toContain('hall-sensor');
    const text = "1718000001: New client connected from ::1:40113 as ha-bridge (p2, c1, k60, u'homeassistant').";
    expect(masked(text)).toContain("u'homeassistant'");
  });
});

describe('the FMCSA ELD output file (iot-telematics.ts)', () => {
  it("masks the driver's and co-driver's names, usernames and licence number and the user list", () => {
    const out = masked(
      'ELD File Header Segment:\nBrannigan,Odalys,obrannigan,OH,SB482019,3F\nMcAllister,Royce,rmcallister,1C\nPU-7710,,TR-2231,5A\nUser List:\n1,D,Brannigan,Odalys,7E\n2,S,Vasquez,Teodora,2B\nCMV List:\n1,PU-7710,,0D\n',
    );
    for (const v of ['Brannigan', 'Odalys', 'obrannigan', 'SB482019', 'McAllister', 'Royce', 'rmcallister', 'Vasquez', 'Teodora'])
      expect(out).not.toContain(v);
    for (const v of ['ELD File Header Segment:', ',OH,', '3F', 'PU-7710', 'TR-2231', 'CMV List:']) expect(out).toContain(v);
  });
  it('reads nothing without the header segment line', () => {
    const text = 'report,Smith,ok,NY,12345,6C';
    expect(masked(text)).toBe(text);
  });
});

describe('commercial licences, pickup addresses and household networks', () => {
  it('masks a licence after CDL and keeps a CDL class and an endorsement code', () => {
    const out = masked('driver showed CDL W426-545-30-761-0 at the scale house');
    expect(out).not.toContain('W426-545-30-761-0');
    const text = 'CDL class A, endorsements H N T, medical card exp 2026-03';
    expect(masked(text)).toBe(text);
  });
  it('masks a lower-case street after a pickup lead and keeps a pickup time', () => {
    const out = masked('owner asked for pickup at 14 cinderford lane tomorrow');
    expect(out).not.toContain('14 cinderford lane');
    const text = 'pickup at 10 am from bay 4, loaner ready';
    expect(masked(text)).toBe(text);
  });
  it('masks a network named after a household and keeps company, venue and generic networks', () => {
    const out = masked({ wifi_ssid: 'Whitfield-Home', sta: { ssid: 'Brennan_Family_5G' } });
    expect(out).not.toContain('Whitfield');
    expect(out).not.toContain('Brennan');
    const kept = {
      ssid: 'Contoso-Staff',
      wifiSsid: 'HomeNet-5G',
      SSID_STR: 'eduroam',
      scan_ssid: '1',
      bssid: 'lab-ap-02',
      guest: { ssid: 'Plant-IoT-2G' },
    };
    expect(masked(kept)).toBe(JSON.stringify(kept));
    const log = masked('I (2210) wifi:connected with Whitfield-Home, aid = 3, channel 11, BW20');
    expect(log).not.toContain('Whitfield');
    const corp = 'I (2210) wifi:connected with Plant-IoT-2G, aid = 3, channel 11, BW20';
    expect(masked(corp)).toBe(corp);
  });
  it('reads a property list SSID_STR and a Tasmota SSId1 by the same rule', () => {
    const plist = masked('<dict><key>SSID_STR</key><string>Whitfield-Home</string></dict>');
    expect(plist).not.toContain('Whitfield');
    const lab = '<dict><key>SSID_STR</key><string>Lab-Scanners</string></dict>';
    expect(masked(lab)).toBe(lab);
    const backlog = masked('Backlog SSId1 Whitfield-Home; Password1 Tern#Harbour-51');
    expect(backlog).not.toContain('Whitfield');
    expect(backlog).not.toContain('Tern#Harbour-51');
    expect(masked('Backlog SSId1 Contoso-Home; Password1 Tern#Harbour-51')).toContain('SSId1 Contoso-Home;');
    expect(masked('GET /setup?ssid=Whitfield-Home&mode=sta HTTP/1.1')).not.toContain('Whitfield');
    const setup = 'GET /setup?ssid=Plant-IoT-2G&mode=sta HTTP/1.1';
    expect(masked(setup)).toBe(setup);
  });
  it("masks a lower-case name after a household's adults and keeps counts", () => {
    const out = masked('household: adults jonas whitaker, kid profile for mia. ticket SH-50117');
    expect(out).not.toContain('jonas whitaker');
    expect(out).toContain('SH-50117');
    const text = 'household size 4, adults 2, smart plug 3';
    expect(masked(text)).toBe(text);
  });
  it("masks an ESP32's sta.pswd", () => {
    const out = masked({ 'sta.ssid': 'Plant-IoT-2G', 'sta.pswd': 'Gravel!Finch-803' });
    expect(out).not.toContain('Gravel!Finch-803');
    expect(out).toContain('Plant-IoT-2G');
  });
});

import { describe, expect, it } from 'vitest';
import { engine } from './support.js';

// Rules of the leftover pass of red-team round 76 (stop 41), with values other than the corpora's:
// made-up drivers, households and networks; licences in the states' documented layouts; keys built
// to the 32-byte base64 layout; tokens made up to the shapes the vendors document.

function masked(input: unknown): string {
  if (typeof input === 'string') return engine.maskText(input).value;
  return JSON.stringify(engine.maskValue(structuredClone(input)).value);
}

describe('driver licences after short leads and beside a state cell (detect/values/licence-leads.ts)', () => {
  it('masks a licence in any case after lic # / dl# / license no. / lic: / lic. and a state', () => {
    const cases: [string, string][] = [
      ['yard note: guard copied lic # g7315502 at 05:40', 'g7315502'],
      ['scale house: dl# h218-553-90-114-0, load 7', 'h218-553-90-114-0'],
      ['asked for license no. b331-5502-7781-04 and the bol', 'b331-5502-7781-04'],
      ['accepted by driver on unit 12, lic: k415-2208-7731 il, per dispatch', 'k415-2208-7731'],
      ['assigned to the driver (lic. NY 725 118 364) after review', '725 118 364'],
    ];
    for (const [text, value] of cases) {
      const out = masked(text);
      expect(out, text).not.toContain(value);
      expect(out, text).toContain('<DRIVER_LICENSE:');
    }
  });
  it('keeps counts, plates, clicks and product licences that no lead names', () => {
    for (const text of [
      'lic plates checked at gate 3, 14 trailers',
      'click # 55555 on the public page 1234567',
      'dl 4412 MB at 12 MB/s',
      'lic # ab 1234567 is no state',
    ])
      expect(masked(text), text).toBe(text);
  });
  it('masks a dash-layout licence cell beside a state cell and keeps part numbers without one', () => {
    const out = masked('D-201|Terpstra|Sieuwke|K415-2208-7731|IL|B\nD-202;S620-118-40-552-9;FL;2026-01-31');
    for (const v of ['K415-2208-7731', 'S620-118-40-552-9']) expect(out).not.toContain(v);
    for (const v of ['D-201', 'D-202', '2026-01-31']) expect(out).toContain(v);
    for (const text of ['A123-4567-8901|XX|in stock', 'B200-3300-4400,pcs,12', 'the part A123-4567-8901,CA is ok'])
      expect(masked(text), text).toBe(text);
  });
});

describe('device keys in header-less exports (detect/values/iot-telematics.ts device_key_cell)', () => {
  it('masks base64 keys of a row that says sas / symmetricKey / dtmi: or holds two keys', () => {
    const k1 = 'pmq6aMVIPqIH4Se8MNw0hVpu89BxrPulK56Dl1TTxg8=';
    const k2 = 't5cNYdr5Q9YewojXb6KZ//lu7QT9EDubj1TBaOKNBvw=';
    const k3 = 'OpS4eth5Moz4+4TfjxS6mtzs2K/rHQ+JHomtXNCbS2s=';
    const out = masked(`valve-11;sas;${k1};enabled\nvalve-12\t${k2}\t${k3}`);
    for (const v of [k1, k2, k3]) expect(out).not.toContain(v);
    expect(out).toContain('valve-11');
    const model = masked(`lamp-07|dtmi:example:lamp;1|${k1}`);
    expect(model).not.toContain(k1);
    expect(model).toContain('dtmi:example:lamp;1');
  });
  it('keeps a digest of the same length in a checksum list', () => {
    const text = 'firmware-2.4.1.bin,sha256,pmq6aMVIPqIH4Se8MNw0hVpu89BxrPulK56Dl1TTxg8=,ok';
    expect(masked(text)).toBe(text);
  });
});

describe('share links, invitation codes and lock user codes (iot-telematics.ts, structure/bare-name-columns.ts)', () => {
  it('masks the code in a share or invitation link path and keeps slugs', () => {
    const out = masked('accept at https://app.example-locks.com/invite/Qp4Lm8Zr2Xy6Tb1Wn9Vc3Ks today');
    expect(out).not.toContain('Qp4Lm8Zr2Xy6Tb1Wn9Vc3Ks');
    for (const text of ['see https://docs.example.com/share/quarterly-report-2024-final', 'https://example.com/invite/team'])
      expect(masked(text), text).toBe(text);
  });
  it("masks an invitation's generated code and keeps error and status codes", () => {
    const out = masked({ invitation: { code: 'V9nXq2LrT7pKw4ZsB8mYd3Hc', expires_at: '2026-02-01T00:00:00Z' } });
    expect(out).not.toContain('V9nXq2LrT7pKw4ZsB8mYd3Hc');
    const kept = { error: { code: 'InvalidParameterException', state: 'failed' }, status: { code: 'E42', state: 'x' } };
    expect(masked(kept)).toBe(JSON.stringify(kept));
  });
  it("masks a lock's user codes and their people under lockCodes / userCodes, and keeps labels and other codes", () => {
    const out = masked({ userCodes: { '4': { name: 'Hollis Brandvold', code: '918273' }, '5': { name: 'cleaner', code: '2020' } } });
    for (const v of ['Hollis Brandvold', '918273', '2020']) expect(out).not.toContain(v);
    expect(out).toContain('"cleaner"');
    const other = { country: { name: 'Peru', code: '6040' }, product: { name: 'Trail Harness', code: '1042' } };
    expect(masked(other)).toBe(JSON.stringify(other));
  });
});

describe('lock codes as name/value rows (structure/bare-name-columns.ts, engine.ts partnerAndParent)', () => {
  it("masks a row's PIN and person under lockCodes and keeps the same rows elsewhere", () => {
    const out = masked({
      lockCodes: [
        { slot: 3, name: 'codeName', value: 'hollis brandvold' },
        { slot: 3, name: 'code', value: '730519' },
        { slot: 4, name: 'codeName', value: 'pool cleaner' },
      ],
    });
    for (const v of ['hollis brandvold', '730519']) expect(out).not.toContain(v);
    expect(out).toContain('pool cleaner');
    const other = {
      attributes: [
        { name: 'code', value: '4821' },
        { name: 'codeName', value: 'Bionic Beaver' },
      ],
    };
    expect(masked(other)).toBe(JSON.stringify(other));
  });
});

describe('device assignees (keys.ts assigned to / issued to / custodian, engine.ts)', () => {
  it('masks a person written out under assigned_to / issuedTo and reads anything else as text', () => {
    const out = masked({ attributes: { assigned_to: 'Sieuwke Terpstra' }, tags: { issuedTo: 'Dobromir Vasilescu' } });
    for (const v of ['Sieuwke Terpstra', 'Dobromir Vasilescu']) expect(out).not.toContain(v);
    const kept = {
      assigned_to: { link: 'https://example.service-now.com/api/now/table/sys_user/9a1c', value: '9a1c77e3d1f0' },
      custodian: 'Fleet Operations',
      issued_to: 'Night Shift',
      assignedTo: 'QA Northwest',
    };
    expect(masked(kept)).toBe(JSON.stringify(kept));
  });
});

describe('lower-case names after greetings and after and (detect/values/lower-case-names.ts)', () => {
  it('masks a name after hi / hey / morning and both people of a household', () => {
    const out = masked('hey rosalind achterberg, trailer 5521 is on door 3');
    expect(out).not.toContain('rosalind achterberg');
    const two = masked('note 7: parents ignatius wolstenholme and sibylla marchetti-ross, one kid');
    for (const v of ['ignatius wolstenholme', 'sibylla marchetti-ross']) expect(two).not.toContain(v);
    const unlisted = masked('household: adults maria lopez and dobromir vasilescu, drop-in off');
    expect(unlisted).not.toContain('dobromir vasilescu');
  });
  it('keeps greetings to teams and a household of counts', () => {
    expect(masked('hi team, morning all, 14 trailers at the yard')).toBe('hi team, morning all, 14 trailers at the yard');
    expect(masked('adults maria lopez and two kids, 3 echo devices')).toContain('and two kids');
  });
});

describe('household networks in support prose (iot-telematics.ts household_network_in_prose)', () => {
  it("masks a family's network after my wifi is (called) and after connected to", () => {
    const out = masked('My wifi is called Brandvold_WLAN. It was connected to Terpstra-Home before the router reset.');
    for (const v of ['Brandvold_WLAN', 'Terpstra-Home']) expect(out).not.toContain(v);
  });
  it("keeps providers' defaults, brokers and sites", () => {
    for (const text of [
      'my wifi is Vodafone-5G and the router is new',
      'connected to Broker-01 over mqtt, wifi ok',
      'my network is Plant-IoT at the site',
    ])
      expect(masked(text), text).toBe(text);
  });
});

describe('names in return links, carrier offices and look-alike names (structure/url.ts, types.ts, person-names.ts)', () => {
  it('masks a name beside a street and a postcode parameter, and a customer written out', () => {
    const out = masked(
      'label: https://ship.example.com/label?order=88&name=Sieuwke%20Terpstra&street1=4%20Elm%20Row&postcode=EH1%203AA and https://rma.example.com/s?customer=Hollis+Brandvold',
    );
    for (const v of ['Sieuwke', 'Terpstra', 'Hollis', 'Brandvold']) expect(out).not.toContain(v);
    expect(masked('GET /hook?name=Front%20Door%20Camera&zip=12345 200')).toContain('name=Front%20Door%20Camera');
    const company = 'https://rma.example.com/s?customer=Acme+Widgets+Inc';
    expect(masked(company)).toBe(company);
  });
  it("keeps a carrier's office and fleet tags, device models and cafés that read as names", () => {
    const record = {
      carrier_name: 'Blue Ridge Freight LLC',
      carrier_street: '900 Freight Way',
      tags: [{ name: 'Long Haul North' }],
      details: [{ name: 'From Google Nest Mini in Office' }],
      ssid_seen: 'Blue Bottle Guest',
    };
    expect(masked(record)).toBe(JSON.stringify(record));
    expect(masked('driver Long Nguyen signed the DVIR')).not.toContain('Long Nguyen');
  });
});

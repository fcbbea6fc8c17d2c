import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leaks the sixth and eighth red-team rounds left (fixtures/redteam6-corpus.ts,
 * fixtures/redteam8-corpus.ts), each closed where it happens, with the look-alikes beside it that
 * must stay.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('a whole string that is base64 of a credentials text (Splunk HEC event, a body field)', () => {
  const credentials = b64('aws_access_key_id=AKIAIOSFODNN7EXAMPLE\naws_secret_access_key=S3cr3t-Value-For-Tests-2024\n');

  it('masks the whole base64 value of a member whose name says nothing', () => {
    const out = value({ time: 1426279440, sourcetype: 'app:config', event: credentials });
    expect(out).not.toContain(credentials);
    expect(out).toMatch(/"event":"<SECRET:\w+>"/);
  });

  it('leaves base64 of text without a secret, binary data, a hex digest and a short run', () => {
    for (const kept of [
      b64('This is a readme file with some words in it, nothing else.\n'),
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      b64('password=x'),
    ]) {
      expect(value({ event: kept })).toBe(JSON.stringify({ event: kept }));
    }
  });
});

describe('mail bodies in a transfer encoding are read decoded (structure/mail-body.ts)', () => {
  const qp =
    'Content-Transfer-Encoding: quoted-printable\n\nBitte =C3=BCberweisen Sie auf IBAN DE89 3704 0044 0532 =\n0130 00.\nR=C3=BCckruf unter +49 221 4710=\n2233. Bestellung 4711 vom 3.5.\n';

  it('quoted-printable: a value broken by a soft line break is masked whole; the rest stays as written', () => {
    const out = text(qp);
    expect(out).not.toContain('0130 00');
    expect(out).not.toContain('2233');
    expect(out).toContain('IBAN <IBAN:');
    expect(out).toContain('Bitte =C3=BCberweisen Sie auf');
    expect(out).toContain('R=C3=BCckruf unter <PHONE:');
    expect(out).toContain('Bestellung 4711 vom 3.5.');
    expect(out).toContain('Content-Transfer-Encoding: quoted-printable');
  });

  it('quoted-printable: nothing to find in the decoded body changes nothing', () => {
    const plain = 'Content-Transfer-Encoding: quoted-printable\n\nDer Termin ist am Montag =\num 10 Uhr, Raum =C3=9C 3.\n';
    expect(text(plain)).toBe(plain);
  });

  it('base64 or base64url body (Gmail API payload.body.data): masked whole when its decoded text holds a value', () => {
    const body = Buffer.from('Hallo, hier meine IBAN: DE89370400440532013000. Tel. +49 221 47102233. Gruss Erika').toString('base64url');
    const out = value({ payload: { mimeType: 'text/plain', body: { size: 96, data: body } } });
    expect(out).not.toContain(body.slice(12, 60));
    expect(out).toMatch(/"data":"<IBAN:\w+>"/);
  });

  it('base64 of prose without a value, of binary data, and identifiers stay', () => {
    for (const kept of [
      Buffer.from('The meeting moved to Monday at ten, room three, bring the slides.').toString('base64url'),
      Buffer.from(Array.from({ length: 60 }, (_, i) => (i * 37) % 256)).toString('base64url'),
      'eyJhbGciOiJIUzI1NiJ9_not_a_body_but_a_long_identifier_value',
    ]) {
      expect(value({ data: kept })).toBe(JSON.stringify({ data: kept }));
    }
  });
});

describe('Oracle Health (Cerner) encounter financial number by its name (fin)', () => {
  it('masks fin and FIN NBR as a medical record number', () => {
    const out = value({
      participant: { personName: 'Delacroix, Genevieve M', mrn: '00088123411', fin: '700455190' },
      FIN_NBR: '700455191',
    });
    expect(out).not.toContain('700455190');
    expect(out).not.toContain('700455191');
    expect(out).toContain('"fin":"<MEDICAL_RECORD_NUMBER:');
  });

  it('leaves TCP flags and names that only start with fin', () => {
    const record = { tcp: { fin: true, syn: false }, finance: 'q3 report', final: 'yes', fin_status: 'open' };
    expect(value(record)).toBe(JSON.stringify(record));
  });
});

describe('UK meter serial numbers after their context (meter_serial)', () => {
  it('masks the serial in an energy supplier API path and after serial= on a meter reading line', () => {
    const url =
      'https://api.octopus.energy/v1/electricity-meter-points/1200012345679/meters/21L4381884/consumption/?period_from=2024-03-01';
    expect(text(url)).not.toContain('21L4381884');
    expect(text(url)).toMatch(/\/meters\/<METER_POINT_ID:\w+>\/consumption\/\?period_from=2024-03-01$/);
    expect(text('meter read ok: MPAN S 01 801 100 12 0001 2345 679 serial=21L4381884 kWh=10234.5')).toMatch(
      /serial=<METER_POINT_ID:\w+> kWh=10234\.5$/,
    );
  });

  it('leaves a parking meter path, a device serial without a supply point, and lower-case ids', () => {
    for (const kept of [
      'GET /v1/parking/meters/A12345678/status',
      'device serial=ABC1234567 firmware 2.1',
      'MPAN noted; serial=abc1234567',
    ]) {
      expect(text(kept)).toBe(kept);
    }
  });
});

describe('numbers under sensitive names in JSON escaped inside a log string', () => {
  const payload = JSON.stringify(
    JSON.stringify({ _type: 'transition', event: 'leave', lat: 48.858093, lon: 2.294694, wtst: 1710140000, acc: 12, count: 10000 }),
  );

  it('masks the coordinates of an MQTT payload logged JSON-escaped (OwnTracks transition)', () => {
    const out = text(`Received PUBLISH from phone (d0, q1, r0, m12, 'owntracks/u/phone') payload=${payload}`);
    expect(out).not.toContain('48.858093');
    expect(out).not.toContain('2.294694');
    expect(out).toContain('\\"lat\\":<GEO_COORDINATES:');
  });

  it('leaves numbers under other names, and short numbers under sensitive names', () => {
    const out = text(`payload=${payload} and ${JSON.stringify(JSON.stringify({ pin: 12 }))}`);
    for (const kept of ['\\"wtst\\":1710140000', '\\"acc\\":12', '\\"count\\":10000', '\\"pin\\":12']) expect(out).toContain(kept);
  });
});

describe('Tasmota Backlog commands (structure/tasmota.ts)', () => {
  it('masks the values of password commands in a Backlog list, as mosquitto_pub sends it and on the console', () => {
    const pub = text(
      'mosquitto_pub -t cmnd/tasmota_5E0A1F/Backlog -m "SSId1 Jolie-Home; Password1 Lavande!2024; MqttUser dvs; MqttPassword s3cr3tMqtt#9"',
    );
    expect(pub).not.toContain('Lavande!2024');
    expect(pub).not.toContain('s3cr3tMqtt#9');
    expect(pub).toContain('SSId1 Jolie-Home; Password1 <SECRET:');
    expect(pub).toContain('MqttUser dvs; MqttPassword <SECRET:');
    expect(text('Backlog SSID1 MyNet; Password1 hunter2hunter; WebPassword admin123x')).not.toMatch(/hunter2hunter|admin123x/);
  });

  it('leaves prose about a backlog, lists of other commands and a single pair', () => {
    for (const kept of [
      'the backlog grows; Password changeme; Token x',
      'Backlog Power1 ON; Delay 10; Power1 OFF',
      'Backlog Password1',
      'sprint backlog: 12 items; Password ok; Token none',
    ]) {
      expect(text(kept)).toBe(kept);
    }
  });
});

describe('a CSV column named only Address beside City / State / ZIP columns (structure/csv.ts)', () => {
  it('masks the street of an IRS 1099-NEC bulk-upload row', () => {
    const out = text(
      'Payer TIN,Recipient TIN,Recipient Name,Address,City,State,ZIP\n12-3456789,912-71-4456,Rosa Delgado,880 Ocean Ave Apt 4,Brooklyn,NY,11226',
    );
    expect(out).not.toContain('880 Ocean Ave');
    expect(out).toContain(',<ADDRESS:');
  });

  it('leaves an address column without other address parts (a host list) and one part alone', () => {
    for (const kept of ['host,address,port,state\nweb1,web1.internal,443,up', 'name,address,city\nsvc,queue-7,north']) {
      expect(text(kept)).toBe(kept);
    }
  });
});

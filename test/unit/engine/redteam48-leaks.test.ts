import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks and over-masking the forty-eighth red-team round found (fixtures/redteam48-corpus.ts:
 * access control, visitor management, smart homes and IoT, fleet and facilities), each closed
 * where it happens, with the look-alike beside it that must stay. The values here differ from the
 * corpus': 26-bit card numbers built in range, libphonenumber example ranges, coordinates of
 * public squares at device precision.
 */
const { masks, keeps } = leakCases();

describe('codes that open a door, a locker or a lock, by their names', () => {
  masks('a Verkada-style entry_code', { user_id: 'u-1', entry_code: '551902' }, ['551902']);
  masks('a parcel locker pickup_code', { compartment: 'B04', pickupCode: '730418' }, ['730418']);
  masks('a Z-Wave lock usercode', { service: 'set_lock_usercode', service_data: { code_slot: 5, usercode: '3316' } }, ['3316']);
  masks('a smart lock guest_code', { lock: 'lock.garage', guest_code: '80912' }, ['80912']);
  keeps('the lock slot beside it', { service_data: { code_slot: 5, usercode: '3316' } }, ['"code_slot":5']);
});

describe('door, guest and pickup codes in prose', () => {
  masks('a guest code added in an activity line', 'Back Door: Jo added guest code 41177 (valid Sat only)', ['41177']);
  masks('a pickup code in a locker notice', 'Your parcel is in locker 12, pickup code: 448213', ['448213']);
  masks('the keypad named before "is"', 'the garage keypad is 90817 from Monday', ['90817']);
  keeps('a keypad model number', 'installed keypad is KP-200 model', ['KP-200']);
  keeps('a guest count', 'guest count 120 for the gala', ['120']);
});

describe('access badge and fob numbers in prose', () => {
  masks('a badge number in a guard report', 'At 01:40 badge 5531907 opened the roof hatch.', ['5531907']);
  masks('a badge # in a SIEM line', 'access denied: Badge #0048213 at D-12 (expired)', ['0048213']);
  masks('a key fob number', 'lost key fob no. 60418 deactivated', ['60418']);
  masks('a card # after a grant', 'Gate 2: access granted using card #20931 (26-bit, FC 51)', ['20931']);
  keeps('a badge count', 'printed 25 visitor badges today', ['25']);
  keeps('a card count', 'card 3 of 5 printed', ['card 3 of 5']);
  keeps('a badge and a date', 'badge 2026-03-01 template updated', ['2026-03-01']);
  keeps('a badge template id with letters', 'BADGE_TEMPLATE=visitor_v3', ['visitor_v3']);
});

describe('booking parties by their names', () => {
  masks('a Condeco Booker', { BookingID: 9912, Booker: 'Imelda Crowther' }, ['Imelda Crowther']);
  masks('a booked_by member', { desk: '3.04', booked_by: 'Ravi Subramaniam' }, ['Ravi Subramaniam']);
  keeps('the room and the booking id', { BookingID: 9912, Room: 'Oslo - 4th Floor', Booker: 'Imelda Crowther' }, [
    'Oslo - 4th Floor',
    '9912',
  ]);
});

describe('latitude and longitude under their own names in text', () => {
  masks('JSON relayed in a log line', 'mqtt rx owntracks/a/phone {"_type":"location","lat":48.858370,"lon":2.294481,"acc":5}', [
    '48.858370',
    '2.294481',
  ]);
  masks('a tracker SMS reply', 'lat:51.500729 long:-0.124625 speed:12.0 bat:55%', ['51.500729', '-0.124625']);
  masks('latitude= / longitude= with quotes', "pos latitude='40.689247' longitude='-74.044502'", ['40.689247', '-74.044502']);
  keeps('a latency and a longer name', 'latency:12.5000 longest:3.2500 ms', ['12.5000', '3.2500']);
  keeps('a lat without a longitude', 'lat:48.858370 only', ['lat:']);
  keeps('lat inside words', 'translate the platform template later: 12.345678 lon', ['12.345678']);
});

describe('breadcrumbs joined by semicolons', () => {
  masks('a trip cell of lat;lon pairs', { trip: 'T-1', points: '41.890210;12.492231|41.891200;12.490100' }, ['41.890210', '12.492231']);
  keeps('ratios joined by a semicolon', 'weights 0.250000;0.750000', ['0.250000;0.750000']);
});

describe('visitor sign-in parties by their names', () => {
  masks('a visitor_name in a form body', 'POST /kiosk body="visitor_name=Rosa+Lindqvist&purpose=audit"', ['Rosa+Lindqvist']);
  masks('an invitee_name member', { invite: { invitee_name: 'Tomasz Brzezinski', arrival: '09:30' } }, ['Tomasz Brzezinski']);
  keeps('the purpose beside it', 'POST /kiosk body="visitor_name=Rosa+Lindqvist&purpose=audit"', ['purpose=audit']);
});

describe('names after the roles of guard reports and visitor notices', () => {
  masks('a surname after officer', 'At 03:10 officer Hernandez checked the loading bay.', ['Hernandez']);
  masks('a given name after host', 'Your host Siobhan has been told you are here.', ['Siobhan']);
  masks('a name after identified as', 'Intruder identified as Daniel Novak by CCTV.', ['Daniel Novak']);
  keeps('a lower-case word after officer', 'officer on duty checked the gate', ['officer on duty']);
  keeps('a product after host', 'host Windows Server 2022 patched', ['Windows Server 2022']);
});

describe('Mosquitto client passwords on a command line', () => {
  masks('mosquitto_pub -P', 'mosquitto_pub -h broker.local -u sensor7 -P "Gx7-vRt2-Lp0q" -t a/b -m 1', ['Gx7-vRt2-Lp0q']);
  masks('mosquitto_sub --pw', 'mosquitto_sub -h 10.0.0.5 --pw h4rdT0Guess -t "#"', ['h4rdT0Guess']);
  masks('mosquitto_passwd -b', 'mosquitto_passwd -b /etc/mosquitto/passwd sensor7 N0t-S0-S3cret', ['N0t-S0-S3cret']);
  keeps('the port after -p', 'mosquitto_pub -h broker.local -p 8883 -t a/b -m 1', ['8883']);
});

describe('a password written after pw in chat', () => {
  masks('a long password after pw', 'guest wifi "Cafe_5G" pw Sunflower-Meadow-2207', ['Sunflower-Meadow-2207']);
  keeps('a short word after pw', 'pw reset done for the kiosk', ['pw reset done']);
});

describe('UK driving licence numbers in the printed groups', () => {
  masks('spaced 5 / 6 / 5 in a note', 'Licence JONES710238HJ9AB checked; second driver SMITH 802153 JP9CD too', ['SMITH 802153 JP9CD']);
  keeps('three groups that fail the date', 'ref ABCDE 991399 XY9ZZ', ['ABCDE 991399 XY9ZZ']);
});

describe('access-control doors are no names', () => {
  keeps('a dock door in an event', { eventObject: { id: 4, name: 'Loading Dock Door' } }, ['Loading Dock Door']);
  keeps('an entrance in a SIEM line', 'Site 3 / North Entrance Gate: access granted', ['North Entrance Gate']);
});

describe('a bare YAML key: under the mapping that names it', () => {
  masks(
    "ESPHome's API encryption key",
    { config: 'esphome:\n  name: porch-light\napi:\n  encryption:\n    key: "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5Pw=="\n' },
    ['Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5Pw=='],
  );
  keeps('a sort key', { config: 'table:\n  sort:\n    key: created_at\n' }, ['created_at']);
  keeps('a bare key at the top', { config: 'key: porch-light\nname: x\n' }, ['porch-light']);
});

describe('leftovers, stop 35', () => {
  describe('a bare name beside a card or an employee number', () => {
    masks(
      'a Hikvision-style event row',
      { AcsEvent: { InfoList: [{ major: 5, minor: 75, cardNo: '2210458873', name: 'Li Mingzhu', doorNo: 2 }] } },
      ['Li Mingzhu'],
    );
    masks(
      'an escaped user body with employeeNo',
      { svc: 'sync', request_body: '{"UserInfo":{"employeeNo":"30918812","name":"Zhao Yuting","userType":"normal"}}' },
      ['Zhao Yuting'],
    );
    masks('a staff record with employee_id', { rows: [{ employee_id: 'E-20417', name: 'Aurelio Bastos' }] }, ['Aurelio Bastos']);
    keeps('a door name beside an employee number', { employeeNo: '30918812', name: 'loading-dock-2' }, ['loading-dock-2']);
    keeps('a team beside a staff id', { teams: [{ staff_id: 'S-204', name: 'Night Shift' }] }, ['Night Shift']);
  });

  describe('badge numbers under their names', () => {
    masks('a badge_id number', { event_type: 'Access Granted', badge_id: 2231906, panel_id: 4 }, ['2231906']);
    masks('a badgeNumber string', { badgeNumber: '00417720', reader: 'R-3' }, ['00417720']);
    keeps('the panel and the reader beside it', { event_type: 'Access Granted', badge_id: 2231906, panel_id: 4 }, ['"panel_id":4']);
  });

  describe('Wiegand card numbers after their facility code', () => {
    masks('fc= cn= in a controller debug line', 'rdr=1 wiegand26 fc=77 cn=40918 -> denied', ['40918']);
    masks('FC: CARD: upper case', 'READ FC:201 CARD:1187 door 4', ['1187']);
    masks('a credential reference', { credentialReference: '26-bit 55:30211' }, ['30211']);
    masks('a 35-bit read', 'HID 35-bit FC 1022:884310 granted', ['884310']);
    keeps('the facility code', 'rdr=1 wiegand26 fc=77 cn=40918 -> denied', ['fc=77']);
    keeps('a 64-bit time', 'build 64-bit 10:30 done', ['10:30']);
    keeps('an RFC number', 'per RFC 7231 cn=foo', ['7231']);
  });

  describe('a card number after old / lost / new card', () => {
    masks('old card in a ticket', 'reissue her card (old card 2094417 reported stolen)', ['2094417']);
    masks('lost card', 'Lost card 61523 deactivated at 09:10', ['61523']);
    keeps('a count of old cards', 'old card 3 of 5 shredded', ['3 of 5']);
  });

  describe("a phone's MAC in a Home Assistant tracker id", () => {
    masks('device_tracker entity id', 'state of device_tracker.3c_22_fb_91_0e_47 from home to not_home', ['3c_22_fb_91_0e_47']);
    keeps('a named tracker', 'state of device_tracker.pixel_7_pro changed', ['device_tracker.pixel_7_pro']);
  });

  describe("building devices' MACs stay, a phone's does not", () => {
    keeps('a camera named before its MAC', { Source: 'Camera: Car Park Exit (00:1B:63:84:45:E6)' }, ['00:1B:63:84:45:E6']);
    keeps('cam= in a syslog line', 'lpv[12]: event=plate cam=AC:CC:8E:12:34:56 conf=0.9', ['AC:CC:8E:12:34:56']);
    keeps('a reader_mac pair', 'door=4 reader_mac=00-40-8C-A1-B2-C3 online', ['00-40-8C-A1-B2-C3']);
    masks('a Wi-Fi client MAC', 'client 5C:F9:38:A1:22:7B associated to ap-lobby', ['5C:F9:38:A1:22:7B']);
    masks('a phone seen near a camera', 'camera 3 saw phone 5C:F9:38:A1:22:7B', ['5C:F9:38:A1:22:7B']);
  });

  describe('phones as bare digits beside their country', () => {
    masks(
      'notification paths',
      {
        paths: [
          { pathId: 1, countryCode: 'US', value: '2025550147' },
          { pathId: 2, countryCode: 'GB', value: '07700900461' },
        ],
      },
      ['2025550147', '07700900461'],
    );
    keeps('a figure by country', { rows: [{ countryCode: 'DE', value: '1520' }] }, ['1520']);
    keeps('ten digits beside a country that no phone plan allows', { countryCode: 'US', value: '1111111111' }, ['1111111111']);
  });

  describe('show, collection and share codes', () => {
    masks('a mailroom show code', 'Show code 5820-13 at the front desk to collect it.', ['5820-13']);
    masks('a collection code', 'Your collection code: 731904', ['731904']);
    masks('a licence share code', 'share code Rt4pQz8W sent by the driver', ['Rt4pQz8W']);
    masks('a grouped share code', 'DVLA share code is Xk 3v 9q Pb', ['Xk 3v 9q Pb']);
    keeps('digits after check code', 'error check code 4021 logged', ['4021']);
    keeps('words after share code', 'share code with the team by Friday', ['share code with the team']);
  });

  describe("a tracker's password glued to its command", () => {
    masks('begin and six digits', { sms: [{ to: '+447700900461', text: 'begin654321' }] }, ['654321']);
    keeps('begin in prose', 'begin2026 roadmap review', ['begin2026']);
  });

  describe("a name in capitals as a name key's value in key=value text", () => {
    masks('NAME= quoted', 'print job 88 TEMPLATE=guest_v2 NAME="MARGIT HALVORSEN" PRINTER=ZC3', ['MARGIT HALVORSEN']);
    masks('full_name= quoted', 'kiosk full_name="JOANNA WISNIEWSKA" ok', ['JOANNA WISNIEWSKA']);
    keeps('a job name in capitals', 'cron NAME="PROD CLUSTER" NEXT="NIGHTLY EXPORT"', ['PROD CLUSTER', 'NIGHTLY EXPORT']);
    keeps('a place in capitals', 'zone name="MAIN LOBBY" armed', ['MAIN LOBBY']);
    keeps('an unquoted pair that runs into the next key', 'NAME=MARGIT EMAIL=ops@example.com', ['NAME=MARGIT EMAIL=']);
  });

  describe('a UK plate run together beside parking words', () => {
    masks('a plate in a parking chat', 'white transit YR68NMP parked across bay 12 again', ['YR68NMP']);
    masks('a plate before towed', 'KM06WVW towed from level 2', ['KM06WVW']);
    keeps('the same shape as an order id', 'order AB12CDE shipped on Monday', ['AB12CDE']);
  });

  describe("a credential's card format and facility code stay, its card number does not", () => {
    const credential = { credentials: [{ card_format: 'HID 37-bit H10304', facility_code: '208', card_number: '51177' }] };
    masks('the card number', credential, ['51177']);
    keeps('the format and the facility code', credential, ['HID 37-bit H10304', '"208"']);
    masks('a facility_code that is no code under a secret', { password: { facility_code: 'Wh1te-Rabbit' } }, ['Wh1te-Rabbit']);
  });

  describe("an alarm panel's code beside its timings", () => {
    masks('a manual alarm panel', { alarm_control_panel: [{ platform: 'manual', code: '60418', arming_time: 45, trigger_time: 120 }] }, [
      '60418',
    ]);
    keeps('an error code beside a delay', { error: { code: '5031', delay_ms: 200 } }, ['5031']);
    keeps('a panel code with letters', { panel: { code: 'ZONE-4', arming_time: 30 } }, ['ZONE-4']);
  });
});

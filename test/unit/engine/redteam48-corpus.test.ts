import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM48_CORPUS } from './fixtures/redteam48-corpus.js';

/**
 * Forty-eighth red-team round: physical access control and security operations (badge-system
 * events and exports, ALPR reads and parking permits, lockers and key cabinets, guard-tour and
 * incident prose, VMS audit logs), visitor management (sign-in webhooks, ID scans, NDA and photo
 * links), smart homes and IoT (Home Assistant, ESPHome, Tasmota / MQTT, SmartThings, Ring / Nest,
 * locks, cloud device credentials) and workplace / fleet operations (telematics, licence checks,
 * work orders, desk booking, mailrooms, emergency notification). Each case cites its public source
 * in fixtures/redteam48-corpus.ts, which also states the round's decisions (badge numbers and
 * plates personal, facility codes and building devices' MACs not). A planted value counts as found
 * only if no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped
 * or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.895 (143 planted),
 * adversarial 0.681 (116); look-alikes kept 0.943 (87) / 0.964 (55). Per family (recall / kept):
 * access_control 0.717 / 0.881, visitor_management 0.905 / 1.000, smart_home_iot 0.741 / 0.971,
 * fleet_facilities 0.817 / 0.973. (The corpus plants 259 values and 142 look-alikes, more than the
 * brief's 200 / 100; it was not cut.) The idempotence suite passed before any fix.
 * After this round's fixes (door / locker / lock codes by name: `entry_code`, `pickup_code`,
 * `usercode`, `guest_code`; guest and pickup codes and `keypad is` in prose; badge, fob and
 * `card #` numbers after their name; `Booker`, `booked_by`, `visitor_name`, `invitee_name`;
 * weak name leads officer / guard / visitor / host / contractor / identified as / issued to; door
 * and entrance words no part of a name; lat / lon named in text (JSON in a log line, tracker
 * replies) and bare GPS pairs joined by `;`; Mosquitto `-P` / `--pw` / `mosquitto_passwd -b`;
 * `pw` as a generic-secret context word; UK driving licences in the printed 5 / 6 / 5 groups; a
 * YAML `key:` read with its mapping's name, ESPHome `encryption: key:`): realistic 0.930,
 * adversarial 0.836; kept 0.954 / 0.982 (recall: access_control 0.800, visitor_management
 * 0.937, smart_home_iot 0.889, fleet_facilities 0.915).
 * Known leaks left, by record shape: a `name` beside `cardNo` / `employeeNoString` under a
 * neutral parent (Hikvision ISAPI `InfoList[]`, escaped `UserInfo`: no contact member says
 * person); logins written `DOMAIN\user` (Milestone `User`, a Windows logon-failure line: logins
 * are not masked by policy); Everbridge `paths[]` phones as bare digits beside `countryCode`;
 * Wiegand `FC:CN` forms (`26-bit 98:17745`, `fc=142 cn=62164`) and a card number after `old
 * card`; a badge id inside a URL-encoded filter (`ID%3D5520347`); a run-together UK plate without
 * its name (`silver golf LK21RXT`); a HA alarm panel's `code`; DVLA check / share codes (`Gh 7k
 * Lm 9P`, `share code Gh7kLm9P`); a `Show code 4417-92` pickup code; a TK103 tracker password
 * glued to its command (`begin123456`); a phone's MAC in an entity id (`a4_c3_f0_85_ac_2d`);
 * names in capitals in key=value text (`NAME="ALEKSANDRA NOWICKA"`) and before `born`, a name in
 * Slack bold (`*Kwabena Asante* (Deloitte) is here`), after `for` with an unknown surname, with a
 * possessive (`Oluwaseun Bakare's`), single given names (`Imogen from 5th floor`, `Leopold is
 * home`, a slot label `Kasia (dog walker)`), a visitor form's `host_name` (a host name by its
 * key), a Samsara `username`. Look-alikes still masked: building devices' MACs (cameras, a
 * thermostat: the MAC detector does not tell a device's from a phone's; left for the lead to
 * decide), `card_format` under a `credentials` parent (every member of a credential object is
 * masked), a company's office address under a booking's `Address`.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-eighth round',
  'red-team corpus 48',
  REDTEAM48_CORPUS,
  {
    family: { access_control: 0.8, visitor_management: 0.936, smart_home_iot: 0.888, fleet_facilities: 0.914 },
    slice: { realistic: { recall: 0.93, kept: 0.954 }, adversarial: { recall: 0.836, kept: 0.981 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-eighth round', REDTEAM48_CORPUS);

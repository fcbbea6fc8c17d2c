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
 * Leftovers fixed (stop 35): a bare `name` beside a card or employee number (Hikvision `cardNo`,
 * `employeeNo`, also in escaped JSON), `badge_id` / `badge number` by name, Wiegand card numbers
 * after their facility code (`fc=142 cn=62164`, `26-bit 98:17745`) and after old / lost / new
 * card, Everbridge path phones beside a two-letter `countryCode`, a HA alarm panel's `code` beside
 * its timings, show / collection / share codes in prose (`Show code 4417-92`, `share code
 * Gh7kLm9P`), a TK103 `begin` password, a phone's MAC in a HA `device_tracker.` id, a name in
 * capitals as a name key's value (`NAME="…"`, a part known to the gazetteer), a UK plate run
 * together beside parking words; look-alikes: a MAC with a camera / reader / controller / panel /
 * thermostat / intercom named before it stays, a credential's `card_format` and `facility_code`
 * stay. After them: realistic 0.972, adversarial 0.914; kept 0.977 / 1.000 (recall:
 * access_control 0.917, visitor_management 0.952, smart_home_iot 0.926, fleet_facilities 0.976).
 * Known leaks left, by record shape: logins written `DOMAIN\user` (Milestone `User`, a Windows
 * logon-failure line: logins are not masked by policy) and a Samsara `username`; a badge id inside
 * a URL-encoded filter (`ID%3D5520347`); a DVLA check code under a JSON `check_code` (`Gh 7k Lm
 * 9P`: the name alone is a checksum's as often); a code sent by `mosquitto_pub -m` to a `code/set`
 * topic; names without a lead or a known part: with a possessive (`Oluwaseun Bakare's`), in
 * capitals before `born` (`IMA CARDHOLDER born`), in Slack bold (`*Kwabena Asante* (Deloitte) is
 * here`), after `for` with an unknown surname, single given names (`Imogen from 5th floor`,
 * `Leopold is home`, a slot label `Kasia (dog walker)`), a visitor form's `host_name` (a server's
 * host name by its key). Look-alikes still masked: a building device's MAC as a JSON member
 * beside `device` (an Azure IoT thermostat: no word before the value, and the walk adds no check
 * per member), a company's office address under a booking's `Address`.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-eighth round',
  'red-team corpus 48',
  REDTEAM48_CORPUS,
  {
    family: { access_control: 0.949, visitor_management: 0.967, smart_home_iot: 0.925, fleet_facilities: 0.987 },
    slice: { realistic: { recall: 0.986, kept: 0.977 }, adversarial: { recall: 0.931, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-eighth round', REDTEAM48_CORPUS);

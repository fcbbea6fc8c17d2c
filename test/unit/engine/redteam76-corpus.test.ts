import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM76_CORPUS } from './fixtures/redteam76-corpus.js';

/**
 * Seventy-sixth red-team round: IoT, connected vehicles and fleet telematics (Samsara, MyGeotab,
 * Motive and Verizon Connect drivers, DVIRs, breadcrumbs and dispatch messages, the FMCSA ELD
 * output file; Smartcar, Tesla Fleet API, Ford Connect, BMW CarData, usage-based insurance trip
 * scores, Android Automotive logs; AWS IoT, Azure IoT Hub, Google Cloud IoT, balena, Particle,
 * ThingsBoard, Mosquitto and The Things Stack provisioning and MQTT records; Fitbit, Garmin,
 * Withings, Oura, Ring, Nest, SmartThings, Google Assistant, Alexa, pet trackers and scooter /
 * bike-share rentals; device support cases, return labels, warranty registrations, support chats
 * and firmware crash logs). Each case cites its public source in fixtures/redteam76-corpus.ts. A
 * planted value counts as found only if no raw copy of it remains anywhere in the output (values,
 * keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.914 (129 planted),
 * adversarial 0.710 (114); look-alikes kept 0.976 (125) / 1.000 (70). Per family (recall / kept):
 * fleet_telematics 0.826 / 0.957, connected_car 0.863 / 1.000, device_fleet 0.729 / 1.000,
 * consumer_devices 0.804 / 0.973, support_and_rma 0.851 / 1.000. (The corpus plants 243 values and
 * 195 look-alikes in 66 cases.) The idempotence suite passed before any fix. These are measured
 * after one correction of the corpus, before any fix: a Motive webhook's X-KT-Webhook-Signature
 * logged as `sig=` was listed as a look-alike in the first draft and is masked by the README's
 * policy (a signature after `sig`); it was dropped (kept was 0.968 with it).
 * After this round's fixes (a GPS pair in neighbouring pipe cells; OpenStreetMap `mlat` / `mlon`;
 * the key names `latlong`, `symmetricKey` (Azure IoT Hub primaryKey / secondaryKey) and `pswd`;
 * a Wi-Fi network named after a household under `ssid` or in ESP-IDF's `wifi:connected with`;
 * the FMCSA ELD output file's header segment and user list; Mosquitto's `u'…'` connection log and
 * `mosquitto_pub -u` (a person's login, or a ThingsBoard device token); LoRaWAN AppKey / NwkKey
 * after their names; a share link's `/token/` segment; a licence after `CDL`; a lower-case street
 * after `pickup at`; a lower-case name after a household's `adults`): realistic 0.976, adversarial
 * 0.868; kept 0.976 / 1.000 (recall: fleet_telematics 0.898, connected_car 0.977, device_fleet
 * 0.918, consumer_devices 0.934, support_and_rma 0.914).
 * After the leftover pass of stop 41 (left76-corpus.test.ts; rules: a licence after `lic #` /
 * `dl#` / `license no.` / `lic.` and a state in any case, and a dash-layout licence cell beside a
 * state cell; device keys in header-less exports with a `sas` / `symmetricKey` / `dtmi:` cue or a
 * second key; an invitation's generated `code` and a share link's path code; lock user codes and
 * their people under `lockCodes` / `userCodes`, also as name/value rows; a person written out under `assigned_to` /
 * `issuedTo` / `custodian`; lower-case names after `hi` / `hey` / `morning` and a second name after
 * `and`; a household network in support prose; a return link's `name` beside a street and a postal
 * code, `customer=` / `recipient=`; kept: a carrier's office under `carrier_street`, `Long` and
 * `Blue` as word-like given names, `Mini` / `Nest` as device words): realistic 1.000, adversarial
 * 0.974; kept 1.000 / 1.000 (recall: fleet_telematics 0.971, connected_car 1.000, device_fleet
 * 1.000, consumer_devices 1.000, support_and_rma 0.979).
 * Known leaks left, by record shape: a name and a street wrapped over a line break (`driver
 * Ottoline\nFerris`, `17 foxglove\nmews`: the wrap41 helper's general wrap rules).
 * No look-alike is masked any more.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventy-sixth round',
  'red-team corpus 76',
  REDTEAM76_CORPUS,
  {
    family: {
      fleet_telematics: 0.971,
      connected_car: 1,
      device_fleet: 1,
      consumer_devices: 1,
      support_and_rma: 0.978,
    },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 0.973, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-sixth round', REDTEAM76_CORPUS);

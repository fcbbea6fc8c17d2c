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
      fleet_telematics: 0.826,
      connected_car: 0.863,
      device_fleet: 0.729,
      consumer_devices: 0.804,
      support_and_rma: 0.851,
    },
    slice: { realistic: { recall: 0.914, kept: 0.976 }, adversarial: { recall: 0.71, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-sixth round', REDTEAM76_CORPUS);

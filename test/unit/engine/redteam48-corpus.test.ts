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
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-eighth round',
  'red-team corpus 48',
  REDTEAM48_CORPUS,
  {
    family: { access_control: 0.716, visitor_management: 0.904, smart_home_iot: 0.74, fleet_facilities: 0.817 },
    slice: { realistic: { recall: 0.895, kept: 0.942 }, adversarial: { recall: 0.681, kept: 0.963 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-eighth round', REDTEAM48_CORPUS);

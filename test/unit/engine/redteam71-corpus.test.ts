import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM71_CORPUS } from './fixtures/redteam71-corpus.js';

/**
 * Seventy-first red-team round: utilities, energy, smart metering and EV charging (utility
 * customer-service and billing records of SAP IS-U / Oracle CC&B / Gentrack / Kraken style:
 * move-in / move-out, account holders, payment arrangements, Priority Services Register and
 * vulnerable-customer notes; smart-meter and metering events: MPAN, MPRN, ESI ID, EAN code, NMI,
 * MaLo-ID / MeLo-ID, DCC service requests, Elexon flows, change-of-supplier in the UK, NL, DE, US
 * and AU; EV charging: OCPP 1.6 / 2.0.1 frames with `idTag` / `idToken`, OCPI tokens, sessions
 * and CDRs, roaming-hub logs, CPO support tickets; field-service and installer work orders with
 * access, key-safe and gate codes; water, broadband and district-heating billing and collections:
 * direct-debit mandates, credit checks, debt letters, bereavement and power-of-attorney notes).
 * Each case cites its public source in fixtures/redteam71-corpus.ts. A planted value counts as
 * found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.920 (126 planted),
 * adversarial 0.730 (115); look-alikes kept 0.981 (108) / 0.981 (55). Per family (recall / kept):
 * utility_crm 0.823 / 0.967, smart_metering 0.677 / 1.000, ev_charging 0.888 / 1.000,
 * field_service 0.911 / 1.000, water_and_telecoms_billing 0.900 / 0.939. (The corpus plants 241
 * values and 163 look-alikes in 63 cases.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventy-first round',
  'red-team corpus 71',
  REDTEAM71_CORPUS,
  {
    family: {
      utility_crm: 0.823,
      smart_metering: 0.677,
      ev_charging: 0.888,
      field_service: 0.911,
      water_and_telecoms_billing: 0.9,
    },
    slice: { realistic: { recall: 0.92, kept: 0.981 }, adversarial: { recall: 0.73, kept: 0.981 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-first round', REDTEAM71_CORPUS);

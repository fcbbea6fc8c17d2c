import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM52_CORPUS } from './fixtures/redteam52-corpus.js';

/**
 * Fifty-second red-team round: telecom and CPaaS, round two (CPaaS message and call logs, carrier
 * CDRs / xDRs, number porting and SIM / eSIM, SIP signalling and STIR/SHAKEN, contact centres).
 * Each case cites its public source in fixtures/redteam52-corpus.ts, which also states the round's
 * decisions (IMSI, IMEI / IMEISV, ICCID, EID, MSISDN personal; cell ids, LAC / TAC, MCC / MNC,
 * LRNs, short codes and SIDs not). A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what
 * holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.859 (142 planted),
 * adversarial 0.686 (121); look-alikes kept 0.958 (118) / 0.892 (74). Per family (recall / kept):
 * cpaas_messaging 0.835 / 0.906, carrier_cdr 0.811 / 0.941, porting_sim 0.667 / 0.929,
 * sip_signalling 0.704 / 0.967, ccaas 0.854 / 0.944. (The corpus plants 263 values and 192
 * look-alikes, more than the brief's 200 / 100; it was not cut.) The idempotence suite passed
 * before any fix. (Measured after correcting the check digits of three EIDs and three ICCIDs the
 * corpus first planted with wrong ones; before that correction adversarial read 0.661.)
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-second round',
  'red-team corpus 52',
  REDTEAM52_CORPUS,
  {
    family: { cpaas_messaging: 0.835, carrier_cdr: 0.811, porting_sim: 0.666, sip_signalling: 0.703, ccaas: 0.853 },
    slice: { realistic: { recall: 0.859, kept: 0.957 }, adversarial: { recall: 0.685, kept: 0.891 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-second round', REDTEAM52_CORPUS);

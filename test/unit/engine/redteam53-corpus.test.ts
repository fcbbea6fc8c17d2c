import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM53_CORPUS } from './fixtures/redteam53-corpus.js';

/**
 * Fifty-third red-team round: dental, veterinary, behavioural health and telehealth, and the
 * revenue cycle's clearinghouse APIs. Each case cites its public source in
 * fixtures/redteam53-corpus.ts, which also states the round's decisions (member / subscriber ids,
 * patient control numbers, microchip and rabies tag numbers personal; NPIs, payer claim control
 * numbers, trace numbers, CDT / CPT / ICD-10 codes and tooth numbers not). A planted value counts
 * as found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.830 (159 planted),
 * adversarial 0.692 (117); look-alikes kept 0.899 (109) / 0.905 (42). Per family (recall / kept):
 * clearinghouse_x12 0.800 / 0.843, remits_statements 0.652 / 1.000, dental 0.767 / 0.773,
 * veterinary 0.735 / 0.917, behavioral_telehealth 0.875 / 1.000. (The corpus plants 276 values and
 * 151 look-alikes, more than the brief's 200 / 100; it was not cut.) The idempotence suite passed
 * before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-third round',
  'red-team corpus 53',
  REDTEAM53_CORPUS,
  {
    family: { clearinghouse_x12: 0.8, remits_statements: 0.652, dental: 0.767, veterinary: 0.734, behavioral_telehealth: 0.875 },
    slice: { realistic: { recall: 0.83, kept: 0.899 }, adversarial: { recall: 0.692, kept: 0.904 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-third round', REDTEAM53_CORPUS);

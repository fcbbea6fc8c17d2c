import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM35_CORPUS } from './fixtures/redteam35-corpus.js';

/**
 * Thirty-fifth red-team round: the records of the justice, public-safety and immigration systems
 * and of the firms that serve them (CM/ECF notices, e-filing envelopes, NIEM / ECF fragments,
 * jury records, LEDES lines, e-discovery audit, conflict checks, legal holds, KYC, CAD / NENA i3 /
 * ALI / PIDF-LO, RMS / NIBRS, bookings, Axon audit, NCIC strings, ALPR hits, probation check-ins,
 * USCIS / I-9 / E-Verify / DS-160 / SEVIS / GWF / IRCC / Home Affairs records, passport MRZs).
 * Each case cites its public source in fixtures/redteam35-corpus.ts. A planted value counts as
 * found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.800 (150 planted),
 * adversarial 0.517 (118); look-alikes kept 0.938 (113) / 0.983 (60). Per family (recall / kept):
 * courts 0.852 / 0.939, legal_practice 0.836 / 0.952, public_safety 0.603 / 0.938, immigration
 * 0.494 / 1.000. (The corpus plants 268 values, more than the brief's 200; it was not cut.) The
 * idempotence suite failed before any fix too: in a header-less CSV time entry `503 555 0126`
 * the area code is taken as a house number (`<ADDRESS:…> 555 0126`) and the rest is found as a
 * phone only on the second pass.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-fifth round',
  'red-team corpus 35',
  REDTEAM35_CORPUS,
  {
    family: { courts: 0.852, legal_practice: 0.836, public_safety: 0.602, immigration: 0.493 },
    slice: { realistic: { recall: 0.8, kept: 0.938 }, adversarial: { recall: 0.516, kept: 0.983 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-fifth round', REDTEAM35_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM46_CORPUS } from './fixtures/redteam46-corpus.js';

/**
 * Forty-sixth red-team round: public benefits and social services (SNAP / Medicaid / TANF / UI
 * claims, Universal Credit journals and payments, EBT events, housing assistance, fraud referrals,
 * fair hearings, case workers' notes, child-welfare and adult-protective intake), tax and revenue
 * (IRS MeF acknowledgements and return headers, W-2 / 1099 rows, preparer audit logs, HMRC
 * self-assessment and MTD calls), citizen services (311 requests, DMV registration and licences,
 * voter registration, parking and court-fine payments, permits) and identity proofing (Login.gov,
 * ID.me, GOV.UK One Login, AAMVA checks). Each case cites its public source in
 * fixtures/redteam46-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.936 (173 planted),
 * adversarial 0.805 (113); look-alikes kept 0.901 (111) / 0.977 (43). Per family (recall / kept):
 * benefits_case 0.926 / 0.898, case_notes 0.927 / 1.000, tax_efile 0.857 / 0.886,
 * citizen_services 0.904 / 0.929, identity_proofing 0.762 / 1.000. (The corpus plants 286 values
 * and 154 look-alikes, more than the brief's 200 / 100; it was not cut.) The idempotence suite
 * passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-sixth round',
  'red-team corpus 46',
  REDTEAM46_CORPUS,
  {
    family: { benefits_case: 0.925, case_notes: 0.927, tax_efile: 0.857, citizen_services: 0.903, identity_proofing: 0.761 },
    slice: { realistic: { recall: 0.936, kept: 0.9 }, adversarial: { recall: 0.805, kept: 0.976 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-sixth round', REDTEAM46_CORPUS);

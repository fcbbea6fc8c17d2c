import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM83_CORPUS } from './fixtures/redteam83-corpus.js';

/**
 * Eighty-third red-team round: insurance underwriting, policy administration, life and annuity
 * (Guidewire PolicyCenter / BillingCenter jobs and App Events, Duck Creek and Majesco policy
 * transactions, ACORD P&C XML and AL3 groups; MIB checks, paramedical exam orders and HL7 results,
 * Rx histories, APS and MVR requests, underwriters' worksheets, reinsurance cessions; ACORD TXLife
 * 103 / 121 / 1203 and DTCC IPS records, beneficiary and owner changes, 1035 exchanges, death
 * claims, surrenders, loans and portal audit logs; NIPR PDB and Gateway records, commission
 * statements, Applied Epic / AMS360 notes, comparative raters' requests, lead webhooks; OCR key /
 * value extraction, rules-engine traces, LLM summaries, telematics scores and e-signature audit
 * trails). Each case cites its public source in fixtures/redteam83-corpus.ts. A planted value counts
 * as found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.867 (150 planted),
 * adversarial 0.699 (143); look-alikes kept 0.966 (119) / 0.949 (79). Per family (recall / kept):
 * policy_admin 0.803 / 0.940, life_underwriting 0.880 / 0.971, annuity_service 0.714 / 1.000,
 * agency_distribution 0.667 / 0.925, underwriting_ai 0.909 / 0.971. (The corpus plants 293 values
 * and 198 look-alikes in 66 cases.) The idempotence suite passed before any fix. These are measured
 * after one correction of the first draft, before any fix: two role mailboxes of a reinsurance
 * e-mail's From / To were listed as look-alikes (the policy masks every e-mail address), an exam
 * order id in an HL7 PID-3 (the patient's identifier there) was listed as a look-alike, and a
 * request id sat under a `policyRef` key (renamed `requestId`); the CSV header words `Agent Code` /
 * `Policy Number` were added as look-alikes.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighty-third round',
  'red-team corpus 83',
  REDTEAM83_CORPUS,
  {
    family: {
      policy_admin: 0.802,
      life_underwriting: 0.88,
      annuity_service: 0.714,
      agency_distribution: 0.666,
      underwriting_ai: 0.909,
    },
    slice: { realistic: { recall: 0.866, kept: 0.966 }, adversarial: { recall: 0.699, kept: 0.949 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-third round', REDTEAM83_CORPUS);

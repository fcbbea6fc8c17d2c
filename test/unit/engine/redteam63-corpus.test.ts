import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM63_CORPUS } from './fixtures/redteam63-corpus.js';

/**
 * Sixty-third red-team round: HR systems of record and payroll, their audit trails, change
 * histories and integration payloads (Workday Get_Workers / audit-trail / RaaS / EIB rows and
 * business-process events; SAP SuccessFactors OData entities, SAP HCM change documents, RPUAUD00
 * reports, HRMD_A IDocs and BAPI logs; ADP / Gusto / Rippling / Deel / Paychex payloads, webhooks
 * and payroll-run errors; BambooHR / Personio / HiBob / Namely / Factorial records, time-off notes
 * and onboarding checklists; employee-relations cases, accommodations, benefits enrolments, I-9 /
 * E-Verify events, exit interviews). Each case cites its public source in
 * fixtures/redteam63-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.873 (166 planted),
 * adversarial 0.717 (120); look-alikes kept 0.979 (140) / 0.989 (88). Per family (recall / kept):
 * workday_audit 0.870 / 0.953, sap_hcm 0.679 / 1.000, payroll_providers 0.905 / 1.000, hris_smb
 * 0.833 / 0.976, employee_relations 0.732 / 0.975. (The corpus plants 286 values and 228
 * look-alikes, more than the brief's 200 / 100; it was not cut. Five look-alikes of the first
 * commit were dropped before any fix because the documented policy masks them: four ABA routing
 * numbers under routing field names and an E-Verify case number; with them kept was 0.951 /
 * 0.978.) The idempotence suite failed before any fix on one case: a garnishment note's
 * `, DAYTON OH <POSTCODE:…>` became a PERSON on the second pass.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixty-third round',
  'red-team corpus 63',
  REDTEAM63_CORPUS,
  {
    family: {
      workday_audit: 0.907,
      sap_hcm: 0.849,
      payroll_providers: 0.92,
      hris_smb: 0.933,
      employee_relations: 0.857,
    },
    slice: { realistic: { recall: 0.945, kept: 0.978 }, adversarial: { recall: 0.825, kept: 0.988 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-third round', REDTEAM63_CORPUS);

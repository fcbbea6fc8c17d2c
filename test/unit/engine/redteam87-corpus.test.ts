import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM87_CORPUS } from './fixtures/redteam87-corpus.js';

/**
 * Eighty-seventh red-team round: home care, home health and senior living (Sandata Alternate EVV
 * client / employee / visit records per a state's EVV vendor specification, AlayaCare EVV visits,
 * aggregator exports and IVR check-in logs; caregiver onboarding, shift offers by SMS, payroll and
 * mileage exports, family-portal messages, background checks; OASIS-E items, CMS-485 plans of care,
 * visit notes, wound photos' EXIF and upload URLs, FHIR MedicationStatement and Consent, e-faxed
 * orders, HHCAHPS vendor files; PointClickCare residents and contacts, eMAR passes, incident
 * reports, wander-guard door logs, resident trust ledgers, MDS 3.0 items; care-team chat, referral
 * fax OCR, Direct messages with C-CDA, PACE / waiver case notes, RPM readings, LLM visit
 * summaries). Each case cites its public source in fixtures/redteam87-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.869 (176 planted),
 * adversarial 0.724 (127); look-alikes kept 0.969 (131) / 1.000 (62). Per family (recall / kept):
 * evv_visits 0.871 / 0.979, agency_scheduling 0.950 / 0.972, home_health_clinical 0.698 / 1.000,
 * senior_living 0.653 / 1.000, care_coordination 0.860 / 0.926. (The corpus plants 303 values and
 * 193 look-alikes in 66 cases.) The idempotence suite passed before any fix. Most leaks were
 * assessment item sets under their item codes (OASIS `M0020_PAT_ID` / `M0040_PAT_FNAME` /
 * `M0063_MEDICARE_NUM` / `M0065_MEDICAID_NUM`, MDS `A0500A` / `A0600A` / `A0700` / `A0900`, as
 * JSON members and as `item=value` pipe rows), state Medicaid ids (`ClientID` beside
 * `ClientIDQualifier: ClientMedicaidID`, a `member_id` tag-value attribute, `medicaidNumber`,
 * `medicaid 018830027` in notes, header-less pipe rows), an SSN as `EmployeeIdentifier` beside
 * `EmployeeQualifier: EmployeeSSN`, agency medical record numbers (`RBH-0044187` after `Medical
 * Record No.`), lower-case names in notes, and logins in a door-controller line and a CSV. The four
 * look-alikes masked before any fix: a role mailbox as `EmployeeManagerEmail`, two organizations'
 * Direct addresses (`referrals@direct…`, `intake@direct…`) and an agency's office street in a
 * mileage log's `from_address`.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighty-seventh round',
  'red-team corpus 87',
  REDTEAM87_CORPUS,
  {
    family: {
      evv_visits: 0.871,
      agency_scheduling: 0.95,
      home_health_clinical: 0.698,
      senior_living: 0.653,
      care_coordination: 0.86,
    },
    slice: { realistic: { recall: 0.869, kept: 0.969 }, adversarial: { recall: 0.724, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-seventh round', REDTEAM87_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM95_CORPUS } from './fixtures/redteam95-corpus.js';

/**
 * Ninety-fifth red-team round: clinical research sites — OnCore-style protocol subject
 * registrations and enrolment e-mails, Clinical Conductor patient exports, RealTime-CTMS visit
 * schedules and SMS reminders, Florence eBinders document logs, screening and enrolment logs,
 * subject stipends and reimbursements (ClinCard-style payment requests, check payees with 1099 tax
 * ids, ACH log lines, a German site's IBAN); Medidata Rave ODM audit records and audit-trail
 * exports, REDCap logging exports, API record exports and API calls, OpenClinica ODM 1.3 exports
 * with `OpenClinica:AuditLogs`, Veeva Vault EDC audit rows, data queries and answers, SDV notes,
 * eCOA device syncs; eConsent Part 11 signature manifests, LARs and witnesses, re-consent
 * worklists, envelope webhooks, HIPAA authorisations, withdrawals; E2B(R3) ICSR XML, E2B(R2)-style
 * JSON, FDA 3500A sections, CIOMS I text, SAE e-mails and narratives, IWRS unblinding requests,
 * pregnancy reports; monitoring letters, CRA e-mails, IRB reportable events, EHR pre-screening
 * exports, an LLM eligibility assistant, recruitment lead CSVs and Meta Lead Ads leads.
 * Each case cites its public source in fixtures/redteam95-corpus.ts. A planted value counts as
 * found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.906 (159 planted),
 * adversarial 0.786 (117); look-alikes kept 0.963 (134) / 1.000 (42). Per family (recall / kept):
 * ctms_subject_visits 0.946 / 0.927, edc_audit_trails 0.724 / 1.000, econsent_records 0.936 /
 * 1.000, safety_reporting 0.918 / 0.960, site_ops_ai 0.788 / 0.971. (The corpus plants 276 values
 * and 176 look-alikes in 73 cases.) The idempotence suite passed before any fix.
 * The look-alikes masked before any fix: a Clinical Conductor export's `Patient ID` cells
 * (`P-0048213`, read as MRNs), two department mailboxes (`research-pharmacy@…`, `drugsafety@…`,
 * read as e-mails) and a recruitment CSV's `Site 104` (read as a person); the same CSVs also lost
 * the header word `Date` of `Date of Birth` and the city `Mesa` and state `AZ` to PERSON.
 * The main leak classes before any fix: EDC audit trails — logins of site staff in ODM
 * `UserRef UserOID`, OpenClinica `AuditLog Name`, Rave / REDCap / OpenClinica export `User` /
 * `Username` columns and header-less rows, a coordinator login under `coordinator`, a responder
 * login under `Responder`; an ODM `ItemData` value of a birth-date item (`DM.BRTHDAT`) and a Rave
 * export `Value` of `14 FEB 1966` in a `BRTHDAT` row; an OpenClinica `UniqueIdentifier`; an
 * OpenClinica audit CSV's old address and phones; an E2B(R2) `patientbirthdate` and
 * `reportergivename` / `reporterfamilyname`; a staff name under `by` and after `consent,`; a
 * street after `at home at` (`Ter`); MRNs after `hosp#` and `med rec no.`; an ACH `account=`; a
 * Canadian SIN after `sin`; lower-case names under `signer_printed_name` and after `witnessed
 * by`; a lower-case name in an LLM prompt; a name in a URL-encoded `filterLogic`; an EHR
 * pre-screening pipe row (`MRN|LAST^FIRST|yyyymmdd|phone|dx`); a name split by a line break
 * after `(`.
 * After this round's fixes (E2B(R2) `patientbirthdate` / `parentbirthdate` / `reportergivename`
 * / `reportermiddlename` / `reporterfamilyname`, CDASH `BRTHDAT` (a key and a birth keyword), a
 * Part 11 manifest's `printed name` and an ODM `UserOID` by key (detect/keys.ts, pii.ts); medical
 * record numbers after `hosp#`, `med rec no.`, `medical record #` and `hospital number`
 * (record-ids.ts mrn_label_variants); a `FAMILY^GIVEN` name after or before `|` on a line that
 * opens with no segment id, and as a name cell of a person's row with its birth date and phone
 * (hl7-quoted-names.ts, structure/person-rows.ts); a quoted column name of up to 8 words, so
 * REDCap's logging export is read as a table (structure/csv.ts); `Audit Time` / `Audit Action`
 * as an event table's columns, so a Rave export's `User` is a login (structure/bare-name-columns.ts);
 * REDCap `filterLogic` comparisons in a URL (structure/filter-expressions.ts, url.ts); the USPS
 * `Ter` (addresses.ts); lower-case names after `witnessed by` / `consented by`
 * (lower-case-names.ts); a street's `Dr` no title cell (titled-name-cells.ts)): realistic 0.962,
 * adversarial 0.888; kept 0.963 / 1.000 (recall: ctms_subject_visits 0.964, edc_audit_trails
 * 0.844, econsent_records 0.957, safety_reporting 1.000, site_ops_ai 0.909).
 * Leftover pass (stop 46, left95-corpus.test.ts lists the rules): coordinator / responder keys
 * read by a login's shape, the user cell of bare audit rows between time and a data change, the
 * phone and street after the field's cell, OpenClinica's `AuditLog` `Name` and `SubjectData`
 * `UniqueIdentifier`, `account=` after `method=ACH`, an EHR hit list's first-cell MRN before a
 * `FAMILY^GIVEN` name, lower-case names after an age-and-sex opener and after `witnessed by`
 * (person_name_lower_after_opener), a participant's name split by a line break in brackets after
 * its number (person_name_bracketed_after_subject_id): realistic 0.987, adversarial 0.991; kept
 * 0.963 / 1.000 (recall: ctms_subject_visits 1.000, edc_audit_trails 0.983, econsent_records
 * 0.979, safety_reporting 1.000, site_ops_ai 0.985).
 * Known leaks left, by record shape: a staff name the gazetteer lacks under a bare `by` and after
 * `consent,` (`Ottoline Harcastle`: `by` names sort orders, systems and teams as often); CRA's
 * fictitious SIN `046 454 286` (no SIN starts with 0; national-ids.test.ts keeps it by decision).
 * Look-alikes still masked: a Clinical Conductor `Patient ID` (read as an MRN under its column
 * name: a policy call), two department mailboxes (e-mails are masked whatever the local part) and
 * `Site 104` in a recruitment CSV row.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, ninety-fifth round',
  'red-team corpus 95',
  REDTEAM95_CORPUS,
  {
    family: {
      ctms_subject_visits: 1,
      edc_audit_trails: 0.982,
      econsent_records: 0.978,
      safety_reporting: 1,
      site_ops_ai: 0.984,
    },
    slice: { realistic: { recall: 0.987, kept: 0.962 }, adversarial: { recall: 0.991, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-fifth round', REDTEAM95_CORPUS);

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
 * After this round's fixes (OASIS and MDS identity items by their codes, `M0020` / `M0040` /
 * `M0060` / `M0063` / `M0064` / `M0065` / `M0066`, `A0500A–D` / `A0600A–B` / `A0700` / `A0900` /
 * `A1300A` / `A1300C`, as members, XML elements and `item=value` pairs (detect/assessment-items.ts,
 * keys.ts); `medicaidNumber` / `medicaid_num` / `medicaid_no`, `medicare_id`, `hicn`, `poaName`,
 * `Resident Name` / `Caregiver Name` / `Aide Name` columns, `cleared_by` / `acknowledgedBy` /
 * `answeredBy` (keys.ts); Sandata's `EmployeeIdentifier` / `ClientIdentifier` / `ClientID` beside a
 * qualifier naming an SSN or a Medicaid id (structure/bare-name-columns.ts); a Medicaid id after
 * `medicaid` in text and a record number after `Medical Record No.` (detect/values/care-ids.ts);
 * lower-case names after `cg`, `caregiver`, `aide`, `resident`, `pt`, `dtr`, `daughter-in-law`,
 * `wife`, `husband` (person_name_lower_care, lower-case-names.ts); capitalised names after
 * `Caregiver`, `Aide`, `Resident`, `Participant`, `POA`, `Pt` and Spanish kin words (`nieta`, `hija`…),
 * and a surname-first pair in a form's `Patient's Name and Address:` box (person-names.ts);
 * `Medicaid` / `Medicare` no name words, so `Client Medicaid ID` as a CSV header stays
 * (person-name-stop.ts)): realistic 0.972, adversarial 0.858; kept 0.969 / 1.000 (recall:
 * evv_visits 0.929, agency_scheduling 0.951, home_health_clinical 0.877, senior_living 0.918,
 * care_coordination 0.960).
 * After the leftover pass of stop 44 (test/unit/engine/left87-corpus.test.ts measures the same
 * shapes from other sources): a relative's given name alone after a kin word (`wife clementine`,
 * `son dorian`: person_name_kin_given), a surname-first name after an OCR-glued name label and a
 * birth date with `O` read for `0` (person_name_glued_label, birth_date_ocr_letter_o;
 * care-note-names.ts); a clinical photo's surname before an initial and a compact date, and a
 * `Surname_Given_birthdate` folder (structure/file-names.ts); the name, login and phone columns
 * one row of a header-less export proves (structure/name-columns.ts) and a deposit account before
 * its type or after its routing cell in a person's row (bare-cells.ts); a full name a value
 * detector read, followed to its copies across the record (an LLM's bullet; engine.ts
 * fullNameSpan, mask/record-copies.ts); a PACE participant id beside its program, and
 * `pace_participant_id` (bare-name-columns.ts, keys.ts); a lower-case street wrapped over a line
 * break (residence-street.ts); `rsdt` (lower-case-names.ts); care agencies and senior-living
 * communities named like people stay organisations (`Home Health`, `Assisted Living`, `Hospice`:
 * person-names.ts), and their office's street after their name stays (addresses.ts):
 * realistic 0.989, adversarial 0.953; kept 0.977 / 1.000 (recall: evv_visits 0.943,
 * agency_scheduling 0.984, home_health_clinical 0.973, senior_living 0.980, care_coordination
 * 1.000).
 * Known leaks left, by record shape: header-less rows' ids (a client's Medicaid id `CT00612358` in
 * an aggregator batch row, an HHCAHPS file's record numbers: no cell or column tells them from the
 * visit and employee ids beside them); AlayaCare's `attributes[]` `{tag: "member_id", value}` (a
 * bare `member_id` is any workspace's member); a given name alone opening a note's sentence
 * (`Ambrose asked…`); `res beatrix …` (a bare `res` would open the gate on most records); a name
 * wrapped inside a printed table's row after a wrapped phone (`Tobiah Wrenfield`, a given name the
 * lists lack). Look-alikes still masked: a role mailbox under `EmployeeManagerEmail` and
 * organizations' one-word Direct addresses (`intake@`, `referrals@`: other rounds plant one-word
 * mailboxes such as `billing@` as personal).
 * Known leaks left before stop 44, by record shape: header-less pipe and CSV rows (a client's Medicaid id
 * `CT00612358` and a bare phone in an aggregator batch row, payroll rows' bank accounts, an HHCAHPS
 * file's record numbers, a nurse-call export's `PRZYBYLSKI, AUGUSTYN` and its responder login);
 * AlayaCare's `attributes[]` `{tag: "member_id", value}` (a bare `member_id` is any workspace's
 * member; `tag` as a name member would mask funders' `npi` / `tax_id` too); a single given name in
 * a note (`Ambrose asked…`, `wife clementine`, `son dorian`) and a name in an LLM's bullet with no
 * lead (`- Eudora Blanchflower (88) lives alone`); `res beatrix …` (a bare `res` would open the
 * gate on most records); a surname in a photo's file name and a name and birth date in a folder
 * path; OCR that glues labels and reads `0` as `O` (`Patient'sName:ASHCOMBE,LEONTYNE`,
 * `O9/11/1936`); a lower-case street wrapped over a line break; a PACE `participantId` (a trial's
 * participant ids stay, round 45); a name wrapped inside a printed table's row after a wrapped
 * phone. Look-alikes still masked: a role mailbox under `EmployeeManagerEmail` and organizations'
 * one-word Direct addresses (`intake@`, `referrals@`: other rounds plant one-word mailboxes such as
 * `billing@` as personal), an agency office's street after its name in `from_address`.
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
      evv_visits: 0.942,
      agency_scheduling: 0.983,
      home_health_clinical: 0.972,
      senior_living: 0.979,
      care_coordination: 1,
    },
    slice: { realistic: { recall: 0.988, kept: 0.977 }, adversarial: { recall: 0.952, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-seventh round', REDTEAM87_CORPUS);

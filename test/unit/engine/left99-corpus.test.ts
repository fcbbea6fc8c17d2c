import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { LEFT99_CORPUS } from './fixtures/left99-corpus.js';

/**
 * Leftovers of red-team round 99 (stop 47): the record shapes of veterinary clinics, animal
 * hospitals and pet services that round 99 still leaked or over-masked, written again from other
 * vendors' records, other languages and other records of the same shape (fixtures/left99-corpus.ts
 * cites each case's source), so a fix is measured on records it was not written for. A planted
 * value counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix (38 cases, 59 planted, 119 look-alikes; CI=true npx vitest run --project unit
 * test/unit/engine/left99-corpus.test.ts): realistic recall 0.882 (17 planted), adversarial 0.285
 * (42); look-alikes kept 0.869 (23) / 0.927 (96). Per family (recall / kept): given_notes 0.384 /
 * 1.000, rows_ocr 0.235 / 0.968, codes_urls 0.400 / 1.000, lower_titles 0.375 / 1.000, lookalikes
 * 1.000 / 0.666. The two walks agreed on every case; the idempotence suite passed.
 * Leaks before any fix: a single given name in a client note after `discuss … with`, `text … only`,
 * `ask for`, Spanish `llamar solo a`, German `nur mit`, French `appeler uniquement`, Dutch `alleen
 * … bellen`, Portuguese `falar apenas com`; header-less pipe, comma and semicolon rows of
 * controlled-drug logs with the owner surname first in one cell and the dispenser's login; OCR text
 * with doubled blanks between upper-case names after `OWNER :`, `CLIENT NAME :`, `VET :  DR`,
 * `DOCTOR :  DR`; `registered to SURNAME, Given`, `Registrant: SURNAME, Given`, German `registriert
 * auf NACHNAME, Vorname`; a sitter's `alarm=NNNN` in a key=value line and `alarm NNNN` in a note;
 * logins in review / social profile URLs (`/members/…`, instagram.com/…, facebook.com/…) and a
 * customer page slug made of a name; surnames no list knows after lower-case `dr.`, `dr`, `dra.`,
 * `doc`.
 * The look-alikes masked before any fix: a patient id beside `registered to` (`patient_id`),
 * veterinary licence numbers under `licenseNumber` / `license_number` (`TX-VET-11872`, `VM 12204`,
 * `CVO-44107`), a French pet passport number under `passeport`, patient ids under `patientId` /
 * `patient_id`, a clinic's own number as `From` of an outbound message, role mailboxes
 * (`reception@`, `appointments@`).
 * After this pass's fixes (stop 47): a registrant written `SURNAME, Given` after `registered to`,
 * `Registrant:`, `registriert auf`, `au nom de`, `a nombre de` (person_name_registrant, new: a given
 * name the lists know, or any capitalised word after a Census surname; `HOPE RESCUE, Inc.` stays);
 * upper-case names with doubled blanks after an upper-case person label of OCR text, `DR` skipped
 * (person_name_ocr_label, new); a given name alone after a client note's contact instruction in
 * six languages (person_name_contact_given, new: `Mobile`, `Pharmacy`, `Reception` stay); a
 * name-spelled login in a social or review profile address (profile_path_name, new, profile-urls.ts);
 * a sitter's `alarm=NNNN` beside an entry / door / code word and `disarm alarm NNNN`
 * (alarm_code_in_visit, new, access-codes.ts; a feeder's `alarm=0730` stays); `dra.` as a lower-case
 * title and a double-barrelled surname after `dr` (person_name_lower_title, lower-case-names.ts);
 * the owner cell (`Last First`) and the dispenser's login of a controlled-drug log's bare rows that
 * open with a date (structure/dated-login-cells.ts dispenserRowSpans, index.ts; both walks agree).
 * Realistic 1.000, adversarial 0.809; kept 0.869 / 0.927 (recall: given_notes 0.923, rows_ocr
 * 0.882, codes_urls 0.900, lower_titles 0.500, lookalikes 1.000; kept unchanged).
 * Known leaks left: a given name no list holds (`Conceição`, `Walburga` in a bare row, `ottoline_`
 * in a handle); surnames no list knows after lower-case `dr` / `doc` (`strathearn`,
 * `featherstonhaugh`, `ibarguren` after `dra.`: a decision kept from round 99, an unknown word
 * there is as often a clinic's noun) and a double-barrelled one whose part is also a given name
 * (`quennell-ashby`).
 * Look-alikes still masked, by decision: a patient id under `patientId` / `patient_id` (a human
 * patient's is a medical record number, and the key does not say the species); veterinary licence
 * numbers under `licenseNumber` (read as a driver's licence; a prescriber's licence identifies
 * them); a French pet passport under `passeport`; a clinic's own number as `From` of an outbound
 * message and its role mailboxes (`reception@`, `appointments@`: nothing in the record says whose).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'leftovers of red-team round 99',
  'left99 corpus',
  LEFT99_CORPUS,
  {
    family: {
      given_notes: 0.923,
      rows_ocr: 0.882,
      codes_urls: 0.9,
      lower_titles: 0.5,
      lookalikes: 1,
    },
    slice: { realistic: { recall: 1, kept: 0.869 }, adversarial: { recall: 0.809, kept: 0.927 } },
  },
  present,
);

corpusIdempotenceSuite('leftovers of red-team round 99', LEFT99_CORPUS);

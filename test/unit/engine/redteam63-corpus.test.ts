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
 * After this round's fixes (change logs read by the field they name: CSV and `|` tables with a
 * field column and old / new columns, as SAP CDPOS downloads and field-history exports write them,
 * `old=` / `new=` after a `field=` pair, Workday's `Prior_Value`, ADP's `nameCode.codeValue`
 * beside `idValue`; SAP PA0021 / PA0002 field names (`FAVOR`, `FANAM`, `FGBDT`, `NACH2`, `RUFNM`);
 * `accountOwner`, `birthName`, `fullAddress`, `witnesses`, `grievant`; health conditions in seven
 * languages with their leave and sick-note words, an EAP referral and `Arbeitsplatz` as context;
 * IBANs wrapped at a line break or followed by a word, a NI number wrapped at a line break;
 * keywords right after an escaped `\n`; a closing-dash signature, HR case roles (`witness`,
 * `grievant`, `beneficiary`…) and `employee:` as name leads; ICAO nine-character numbers under
 * `doc_no`; Workday `*_Reference` objects under a person's data kept; SAP batch / RFC users kept; a
 * US city line before its ZIP no name): realistic 0.946, adversarial 0.833; kept 0.986 / 0.989
 * (recall: workday_audit 0.907, sap_hcm 0.849, payroll_providers 0.921, hris_smb 0.933,
 * employee_relations 0.875). The idempotence suite passes.
 * After the leftover pass of stop 38 (left63; its own corpus, fixtures/left63-corpus.ts, measures
 * the same shapes from other sources): ABAP short-dump and debugger variable lists read by their
 * field (structure/abap-variables.ts), `FIELD  text  old: …  new: …` report lines
 * (structure/old-new-lines.ts), an account beside its bank key (banking.ts
 * account_beside_bank_key), logins under `User_ID` / after a `User ID` label (keys.ts,
 * login-names.ts login_after_user_id_label; Workday ISU accounts, hex and numbered ids kept),
 * `displayName` beside a worker's members and `hire.name` / `new_hire.name`, a payslip subject's
 * name, an accommodation record's `condition` beside its restrictions, a writer's own condition
 * after a possessive, German streets in lower case after `adresse:` / `anschrift:`, ADP
 * `codeValue` beside `nameCode`, `ni=` as an NI number's word; kept: an issuing authority under
 * `auth`, a bank's name under `bank_account.name`: realistic 0.994, adversarial 0.883; kept 0.986
 * / 0.989 (recall: workday_audit 0.944, sap_hcm 0.962, payroll_providers 0.937, hris_smb 0.967,
 * employee_relations 0.929). The idempotence suite passes.
 * After the leftover pass of stop 41 (left63b; its own corpus, fixtures/left63b-corpus.ts, measures
 * the same shapes from other sources): names after an HR label for a person in any case
 * (emergency contacts, payees, `employee:`, uploaders such as `caricato da` / `hochgeladen von`;
 * person_name_hr_label), a signature after a line break written as an escape and more closings
 * (person-names.ts), a local phone after an e-mail and an `or` word (phone_after_email_or), Message-IDs
 * by their header or as a whole id list (pii.ts), header-less payroll rows (a NI number cell in
 * either case beside a birth date, a lower-case PPSN, a UTR beside a NINO, the surname cells between
 * the id and the birth date) and header-less change-audit rows read by their field cell
 * (person-rows.ts), onboarding tasks (`task`, `item`, `step`) naming their `value` / `response` / `input` (siblings.ts):
 * realistic 1.000, adversarial 0.942; kept 0.986 / 1.000 (recall: workday_audit 0.963, sap_hcm
 * 1.000, payroll_providers 0.937, hris_smb 1.000, employee_relations 0.982). The idempotence suite
 * passes.
 * Known leaks left, by record shape: a UK FPS line whose NI number has the prefix `QQ` (HMRC's
 * example, never allocated: the NINO check refuses it, so the row holds no id and its UTR, surname
 * and birth date stay); a beneficiary's name split over two lines (the wrap helper's); `priscilla
 * van der merwe` in a note with no lead before it. Look-alikes still masked: a role mailbox under an
 * e-mail field (the policy masks every e-mail), the ZIP of a vendor's head office under a company
 * object (only the object's name says it is a company's: no rule reads it yet).
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
      workday_audit: 0.962,
      sap_hcm: 1,
      payroll_providers: 0.936,
      hris_smb: 1,
      employee_relations: 0.982,
    },
    slice: { realistic: { recall: 1, kept: 0.985 }, adversarial: { recall: 0.941, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-third round', REDTEAM63_CORPUS);

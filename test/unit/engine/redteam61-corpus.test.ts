import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM61_CORPUS } from './fixtures/redteam61-corpus.js';

/**
 * Sixty-first red-team round: the clinical systems' own access-audit trails and interface
 * messages (EHR access logs and break-the-glass records, privacy-monitoring alerts, FHIR
 * AuditEvent / Provenance / search URLs / OperationOutcome, HL7 v2 messages in interface-engine
 * logs, patient-portal / telehealth activity and HIPAA disclosure accounting). Each case cites its
 * public source in fixtures/redteam61-corpus.ts. A planted value counts as found only if no raw
 * copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The
 * floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.919 (149 planted),
 * adversarial 0.739 (115); look-alikes kept 0.959 (122) / 0.973 (38). Per family (recall / kept):
 * ehr_access_logs 0.914 / 0.925, privacy_monitoring 0.909 / 0.960, fhir_audit 0.804 / 1.000,
 * hl7v2_interfaces 0.717 / 1.000, portal_disclosures 0.957 / 0.928. (The corpus plants 264 values
 * and 160 look-alikes, more than the brief's 200 / 100; it was not cut.) The misses before any fix:
 * HL7 v2 segments that do not start a message (a PID quoted in an ACK error, a Mirth error, a CSV
 * cell, a Cloverleaf dump joined by `<CR>`) pass whole; an MBI in IN1; base64 `query` /
 * `valueBase64Binary` / `encodedData`; a FHIR `entity.what.display` and `detail` MRN; an
 * AuditEvent `agent.name`; a BSN and a `Name, Given (date)` in `diagnostics`; a quoted
 * `"SURNAME, GIVEN"` after `patient=` / `chart for`; lower-case names and addresses in a reviewer's
 * note; look-alikes masked: "Patient Record Viewed", "Patient Access", "Salem Primary Care" read as
 * names, a CSV's audit timestamp read as a birth date, a public agency's street. The idempotence
 * suite failed before any fix too: a CEF `rt=Jan 28 2024` after a masked birth date is masked as one
 * on the second pass.
 * After this round's fixes (HL7 v2 segments quoted mid-line after a blank, quote, `:`, `=` or `(`
 * when they carry components, joined by `<CR>`, and in a quoted CSV cell up to its closing quote;
 * a FHIR Reference's `display` beside a Patient / Practitioner / RelatedPerson / Person
 * `reference`; base64 values of structured text — a query string, an HL7 segment, a JSON object —
 * read decoded as prose is; EHR audit actions and departments after `Patient` no names; a CSV
 * header's birth column no birth context for the row's first cells; a birth word cut by the context
 * window no context, which made the idempotence suite pass): realistic 0.966, adversarial 0.895;
 * kept 0.991 / 1.000 (recall: ehr_access_logs 0.914, privacy_monitoring 0.909, fhir_audit 0.878,
 * hl7v2_interfaces 0.976, portal_disclosures 0.957).
 * Known leaks left, by record shape: a quoted `"SURNAME, GIVEN M"` after `patient=` in a syslog
 * line and `*SURNAME, GIVEN*` after `chart for` in a Slack alert (`patient` is no name key: it
 * holds ids and references as often); a name in a pipe row without header; lower-case names and
 * streets in a reviewer's note; `Mr van de Heuvel (b. 17-11-1944)` (lower-case particles after a
 * title, `b.` as a birth word); a bare SSN under `col4`; a bare ISO date in a header-less CSV; an
 * R3 AuditEvent `agent.name`; an AuditEvent `detail` `{type: "MRN", valueString}`; the FHIR
 * example's BSN 738472983 in `diagnostics` (it fails the BSN 11-test); `Name, Given (date)` in an
 * OperationOutcome `diagnostics`; an MBI one field off its IN1 position; a caret name in an ERR
 * text (`subscriber PIKE^MELISSA^ANN`); a lone given name after `My daughter`. Look-alike still
 * masked: a state agency's street in a disclosure record's recipient address.
 * After the leftover pass of stop 38 (measured also on left61-corpus.test.ts, the same record
 * shapes from other sources): `Surname, Given` with a surname no list knows (a rare given name
 * too) right after a patient's or party's label (`patient="…"`, `**Patient:**`, `chart for *…*`,
 * `duplicate:`, `Match found:`), alone in a delimited cell (pipe row, quoted CSV cell, `*bold*`,
 * XML element) or before a birth date in parentheses or after a comma; an HL7 person name
 * `FAMILY^GIVEN^MIDDLE` quoted outside a segment (detector hl7_quoted_person_name); a birth date
 * after such a pair behind `(`, `,` or in DD-MM-YYYY, and after `(b.`; two particles after a title
 * (`Mr van de Heuvel`); FHIR `valueString` / `valueBase64Binary` named by a sibling `type` (an
 * AuditEvent `detail`) or by an extension's StructureDefinition `url`; an AuditEvent agent's `name`
 * beside its `altId` (a login); an MBI as a whole field of IN1 / IN2 wherever it stands, and under
 * `mbi` / `medicareBeneficiaryId`: realistic 0.993, adversarial 0.974; kept 0.992 / 1.000 (recall:
 * ehr_access_logs 0.979, privacy_monitoring 0.955, fhir_audit 0.976, hl7v2_interfaces 1.000,
 * portal_disclosures 1.000). Known leaks left: a bare SSN without dashes under `col4` (a 9-digit
 * number under a neutral column name is as often an id); a birth date in a header-less CSV after
 * names written in order (`Amanda Stovall,Robert Stovall,1949-07-08`: no inverted pair or birth
 * word vouches for it); a lower-case street in a reviewer's note (`904 w. juniper ave`); the FHIR
 * example's BSN 738472983 (it fails the 11-test, which keeps other 9-digit numbers). Look-alike
 * still masked: the state agency's street in a disclosure record's recipient address (a street
 * under `address` is masked whoever lives there).
 * After stop 39's person rows (structure/person-rows.ts: header-less rows read as evidence about
 *   their cells): adversarial recall 0.974 → 0.983 (privacy_monitoring 0.955 → 0.977).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixty-first round',
  'red-team corpus 61',
  REDTEAM61_CORPUS,
  {
    family: {
      ehr_access_logs: 0.978,
      privacy_monitoring: 0.977,
      fhir_audit: 0.975,
      hl7v2_interfaces: 1,
      portal_disclosures: 1,
    },
    slice: { realistic: { recall: 0.993, kept: 0.991 }, adversarial: { recall: 0.982, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-first round', REDTEAM61_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM99_CORPUS } from './fixtures/redteam99-corpus.js';

/**
 * Ninety-ninth red-team round: veterinary clinics, animal hospitals and pet services — ezyVet
 * contacts / contact details / animals / appointments, Cornerstone and AVImark client exports,
 * Covetrus Pulse invoices, reminder batches, easyVET (DE) exports and online-booking query strings;
 * IDEXX VetConnect PLUS results, Antech V6 pre-orders, Zoetis identification blocks, vet HL7 v2
 * ORU^R01 (owner in PID-5 / NK1), DEA controlled-drug logs, Vetsource / Chewy authorisations,
 * compounding faxes, a Spanish receta veterinaria; AAHA microchip lookups, registry owner updates,
 * NASPHV rabies certificates, county licence renewals, Trupanion / Nationwide / SantéVet claims,
 * APHIS 7001 health certificates, Petlog records, EU pet passports, AVID / FDX-A chips; Gingr owners,
 * reservations, incident reports and intake forms, PetExec exports, mobile-grooming webhooks, sitter
 * visit sheets with entry codes, waiver audit trails, kennel cards, staff chat, WhatsApp; Twilio
 * reminders and replies, SendGrid events, Vetster / Airvet consults and chats, AI scribe SOAP notes
 * and transcripts, OpenAI tool calls, review webhooks, owner e-mail, URL-encoded Typeform bodies, in
 * German, Spanish, French, Dutch and Portuguese too. Each case cites its public source in
 * fixtures/redteam99-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.942 (155 planted),
 * adversarial 0.767 (116); look-alikes kept 0.942 (120) / 0.887 (62). Per family (recall / kept):
 * practice_management 0.919 / 0.947, labs_pharmacy 0.820 / 0.900, registries_insurance 0.875 /
 * 0.914, boarding_grooming 0.879 / 0.946, comms_telehealth_ai 0.822 / 0.906. (The corpus plants 271
 * values and 182 look-alikes in 66 cases.) The idempotence suite passed before any fix.
 * The look-alikes masked before any fix: a sex `Male Neutered` under ezyVet's `sex_id` (a person's
 * name), a Cornerstone patient id `20418-1` in a CSV cell, a vet's DEA number under `deaNumber` and
 * after `DEA` in OCR text, a state veterinary licence number (`IN-VET-0044718`, `CVO-88412`), an NPI
 * after `NPI` in a fax, kennel / service names in CSV cells (`Play Yard B`, `Overnight Boarding`), a
 * French clinic name (`Clinique Vétérinaire des Brotteaux`), a pet-passport number, a patient id
 * after `patientId`, a clinic's own Twilio number and a role mailbox (`frontdesk@…`).
 * The main leak classes before any fix: microchip (transponder) numbers — ISO 11784 15-digit under
 * `chip`, after `Transpondernummer:` / in a Dutch `Transpondercode` field, FDX-A hex and AVID;
 * staff logins under `employee`, `dispensedBy` and in header-less rows; lockbox / alarm / keypad
 * codes in sitter notes; lower-case names after `client_last=` / `client_first=`, after `dr.` and
 * as a speaker; names in a JSON string of tool-call arguments; surname-first names in header-less
 * rows (`Achterberg Ysolde`) and `SURNAME, Given`; upper-case names in OCR and kennel cards; HL7
 * `PID`/`OBR` name components (`Lindgren^Ottoline`); owners after `Tierhalter:`, `Eigenaar`,
 * `keeper_name=`; pet-insurance policy numbers after `contrat n°`; a WhatsApp sender id; a phone
 * as ten bare digits under `ClientCell`; a login in a review profile URL; double URL-encoded form
 * bodies.
 * After this round's fixes (microchips under a registry lookup's `chip` and the joined
 * `Transpondernummer` / `Transpondercode` / `Chipnummer` (detect/keys.ts), after `transponder(nummer
 * | code | no.)` in prose and as an FDX-A chip's 10 capital hex characters after `chip`
 * (microchip_after_name); a lockbox's and an alarm's code under `lockboxCode` / `alarmCode` (only a
 * keypad code under the latter: structure/types.ts) and after `is` in a sitter's chat
 * (access_code_after_name); staff logins under `employee` and `dispensedBy` (STAFF_LOGIN_KEYS: a
 * person's login by its shape only); a pet's owner or keeper by name under `owner_name` /
 * `OwnerName` / `keeperName` (structure/member-gate.ts, only a person's name written out: a team or
 * a company stays) and `keeper_name=` / `Eigenaar` (keys.ts); a lab order's `ClientCell` /
 * `DoctorCell` (keys.ts); lower-case name halves under a person's prefix (`client_last=` beside
 * `client_first=`: structure/bare-name-pair.ts); `Tierhalter:`, `Eigenaar:` and `EMERG:` as name
 * labels (person-names.ts); a doctor's Census-listed surname alone after lower-case `dr`
 * (person_name_lower_title); a French `contrat n° …` (insurance_policy_after_name); a form body
 * URL-encoded into one value (structure/form-body.ts nestedFormBodyView, engine.ts); a WhatsApp
 * sender in Mexico with the dropped mobile `1` (structure/sender-members.ts); HL7 ORC-10/11/12 and
 * OBR-16/28 clinicians (structure/hl7.ts); kept: a vet export's `Patient ID` / `Patient` columns
 * beside a species or breed column (structure/csv.ts), an animal's sex and kennels' and clinics'
 * words (`Male Neutered`, `Overnight Boarding`, `Clinique Vétérinaire`: person-name-stop.ts)):
 * realistic 0.987, adversarial 0.922; kept 0.958 / 0.919 (recall: practice_management 0.983,
 * labs_pharmacy 0.900, registries_insurance 0.982, boarding_grooming 0.982, comms_telehealth_ai
 * 0.933; kept 1.000, 0.900, 0.943, 0.973, 0.906). (The OBR segment of the Mirth case had its
 * ordering vet in OBR-15 by a miscount; it was moved to OBR-16, where the source puts it, before
 * the fixes were measured; it leaked before either way.)
 * Known leaks left, by record shape: a single given name in a note (`texts to Marisela only`);
 * header-less pipe rows of a controlled-drug log with the owner surname first in one cell
 * (`Achterberg Ysolde`) and the clinician's login; OCR text with doubled blanks between upper-case
 * names (`CLIENT :  ESMERALDA  KINGSOLVER`, `DR  BENEDIKT AURELIO`); `Registered to KOWALCZYK,
 * Benedykta`; a sitter's `alarm=6047` in a key=value line (a bare `alarm` names a device's state as
 * often); a login in a review site's profile URL (`/u/hortensia.blackmore`); doctors' surnames no
 * list knows after lower-case `dr` (`whitcombe`, `lindqvist`: an unknown word there is as often a
 * clinic's noun, `dr. referral`). Look-alikes still masked: a vet's DEA number under `deaNumber` and
 * after `DEA` and an NPI after `NPI` (the catalog's us_dea / us_npi mask a prescriber's by design;
 * this corpus followed round 45 in keeping them), state veterinary licence numbers under
 * `licenseNumber` (read as a driver's licence), `Play Yard B` in a CSV cell (bare_cells), a pet
 * passport number under `paspoort`, a patient id under `patientId`, a clinic's own Twilio number
 * and a role mailbox (`frontdesk@…`).
 * After the leftover pass (stop 47, left99-corpus.test.ts): `texts to Marisela only`
 * (person_name_contact_given), `Registered to KOWALCZYK, Benedykta` (person_name_registrant), `DR
 * BENEDIKT AURELIO` after doubled blanks (person_name_ocr_label), the login `tnakashima` of the
 * controlled-drug rows (dated-login-cells.ts dispenserRowSpans): realistic 1.000, adversarial 0.974;
 * kept 0.958 / 0.919 (recall: practice_management 1.000, labs_pharmacy 0.980, registries_insurance
 * 1.000, boarding_grooming 1.000, comms_telehealth_ai 0.955). Leaks left: `Achterberg Ysolde` (a
 * given name no list holds), `whitcombe` and `lindqvist` after lower-case `dr` (no list knows them).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, ninety-ninth round',
  'red-team corpus 99',
  REDTEAM99_CORPUS,
  {
    family: {
      practice_management: 1,
      labs_pharmacy: 0.98,
      registries_insurance: 1,
      boarding_grooming: 1,
      comms_telehealth_ai: 0.955,
    },
    slice: { realistic: { recall: 1, kept: 0.958 }, adversarial: { recall: 0.974, kept: 0.919 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-ninth round', REDTEAM99_CORPUS);

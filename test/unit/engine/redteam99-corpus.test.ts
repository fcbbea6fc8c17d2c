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
      practice_management: 0.919,
      labs_pharmacy: 0.82,
      registries_insurance: 0.875,
      boarding_grooming: 0.879,
      comms_telehealth_ai: 0.822,
    },
    slice: { realistic: { recall: 0.941, kept: 0.941 }, adversarial: { recall: 0.767, kept: 0.887 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-ninth round', REDTEAM99_CORPUS);

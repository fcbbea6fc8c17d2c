import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM103_CORPUS } from './fixtures/redteam103-corpus.js';

/**
 * Hundred-and-third red-team round: telehealth and virtual care, round two — the visit itself, not
 * the clinic: Twilio Video room and recording status callbacks and Participant resources, Zoom
 * meeting webhooks and registrants, Vonage session-monitoring callbacks, Agora channel logs,
 * Doxy.me-style waiting rooms and join links, virtual urgent-care visit summaries, FHIR R4
 * Appointment / Encounter / Communication; asynchronous intake questionnaires, DoseSpot API v2
 * patients and prescription webhooks, NCPDP SCRIPT NewRx (XML and logged JSON), DrFirst-style audit
 * lines, GLP-1 programme intakes; Withings Notify / getmeas, cellular-scale payloads, iHealth BP
 * lists, RPM alerts and CPT 99454 / 99457 billing exports, CGM shares; X12 270 / 271 and clearinghouse
 * eligibility JSON, NPPES results, Nursys and IMLC records, licensure gates, Stripe visit charges;
 * reminder SMS, nurse chats, AI symptom checkers, post-visit e-mails, Twilio Conversations, in
 * Spanish, French, German and Portuguese too. Each case cites its public source in
 * fixtures/redteam103-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.955 (132 planted),
 * adversarial 0.743 (105); look-alikes kept 0.959 (169) / 0.984 (64). Per family (recall / kept):
 * video_visits 0.896 / 0.985, intake_erx 0.873 / 0.941, rpm_devices 0.857 / 0.947,
 * coverage_licensure 0.837 / 0.977, messaging_ai 0.833 / 0.971. (The corpus plants 237 values and
 * 233 look-alikes in 70 cases.) The idempotence suite passed before any fix.
 * The look-alikes masked before any fix: an Agora numeric `uid`, DoseSpot's `Id` of a created
 * patient and a `clinicianid`, an app's patient id `pt_7Hq2XyZ` and a clinic patient id `CP-00917`,
 * role mailboxes (`rpm-nurses@…`, `care@…`), the city `TAMPA` of an X12 `N4` segment.
 * The main leak classes before any fix: X12 270 / 271 segments with a newline terminator and lower
 * case (`NM1*IL` names and member id, `REF*SY` SSN, `DMG*D8` birth date); a header-less CSV / pipe row
 * of lower-case given and surnames beside an id and an e-mail or phone; a video room name or slug
 * built from a patient's or clinician's name (`RoomName=visit-<first>-<last>-…`,
 * `okafor-ebere-19900214`, `doxy.me/dr<name>`); logins under `account=` and `prescriber_user=`;
 * Spanish question / answer pairs (`Fecha de nacimiento`, `Teléfono`); a phone under `primaryphone=`
 * in key=value text; a member id under `subscriberMemberId` in a query string; lower-case names in
 * free text after kin words (`her son lazarus`, `my husband desmond`, `mi hija valentina`, `la fille
 * de m. …`), after `this is`, in a German SMS reply's signature and in a URL-encoded `Note`; a
 * clinician under `clinician="…, NP"`; a Portuguese patient with a place-named surname; a lower-case
 * street after `home`.
 * After this round's fixes (X12 segments one a line when an NM1 starts a line (structure/x12.ts);
 * lower-case given and surnames in a header-less row, in two cells or one, and the row's grouped
 * NANP phone beside them (structure/bare-cells.ts lowerNameCells); a video room's name that spells
 * a person under `RoomName` / `room_name` / `unique_name` (detect/keys.ts ROOM_NAME_KEYS,
 * structure/types.ts roomNameSpellsPerson; `peds-consult-20260305-1100` stays); `primaryphone` and
 * other one-word phone kinds, `subscriberMemberId`, `prescriber_user` (detect/keys.ts); Spanish,
 * Portuguese, German and French answers beside a `pregunta` / `pergunta` label (structure/
 * siblings.ts); a kin word's given name before a two-letter word (`her son lazarus re:`,
 * care-note-names.ts); a new detector person_name_clinician_credential (`Fenella Marchbanks, NP`);
 * care-team role mailboxes (`rpm-nurses@`, pii.ts)): realistic 0.977, adversarial 0.905; kept
 * 0.964 / 0.984 (recall: video_visits 0.958, intake_erx 1.000, rpm_devices 0.914,
 * coverage_licensure 0.980, messaging_ai 0.833). Both walks agree (zz-walks).
 * Known leaks left: a login under Agora's bare `account=` (`rn.tamsin.okafor`); a Doxy.me room slug
 * glued from a clinician's name (`drwinnifredsallow`); a given name repeated later in the record
 * (`Kwabena`, `lazarus`: copies shorter than 8 characters are not followed); a user's own relative
 * after `my` / `mi` (`my husband desmond`, `mi hija valentina`: round 49 keeps `my wife kavya`);
 * `this is margarethe`; French `la fille de m. aristide beauchamp-ndiaye` and `(clémence)`; a German
 * SMS reply's signature (`- henrike grünewald-asante`); a Portuguese patient with a place-named
 * surname (`Joaquina Albuquerque Prates`); a name in URL-encoded free text under a form body's
 * `Note`; a lower-case street after `his home` (`1180 bitterroot trail`). Look-alikes still masked:
 * an Agora numeric `uid` (a NANP phone's shape), a `clinicianid` of six digits beside a ZIP (a
 * postcode), patient ids under `PatientId`, `patient_id`, `clinicPatientId` (read as medical record
 * numbers: arguably the engine's choice is right), the city `TAMPA` in an X12 271 `N4`, a one-word
 * role mailbox `care@`.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, hundred-and-third round',
  'red-team corpus 103',
  REDTEAM103_CORPUS,
  {
    family: {
      video_visits: 0.958,
      intake_erx: 1,
      rpm_devices: 0.942,
      coverage_licensure: 0.979,
      messaging_ai: 0.833,
    },
    slice: { realistic: { recall: 0.977, kept: 0.964 }, adversarial: { recall: 0.914, kept: 0.984 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, hundred-and-third round', REDTEAM103_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM92_CORPUS } from './fixtures/redteam92-corpus.js';

/**
 * Ninety-second red-team round: pharmacy benefit managers and specialty pharmacy (NCPDP D.0 claim,
 * reversal and eligibility transactions as switch logs, claims APIs and adjudication traces print
 * them, Part D PDE records, COB events and accumulator files; NCPDP SCRIPT ePA PARequest /
 * PAInitiationRequest messages, CoverMyMeds-style requests, formulary-exception and step-therapy
 * decisions, Part D redeterminations and IRE cases, peer-to-peer notes, fax covers; hub enrollment
 * forms, benefits investigations, copay-card and REMS enrollments, LDD triage, nurse-educator call
 * notes, specialty data feeds; mail-order picking, FedEx Ship / Track JSON, cold-chain excursions,
 * UPS exceptions, USPS returns, Twilio refill SMS and IVR records, packing slips; Okta portal
 * events, app analytics, Contact Lens summaries, grievances, X12 834 segments and eligibility flat
 * files, pharmacy-network desk audits). Each case cites its public source in
 * fixtures/redteam92-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not; a base64 case plants the
 * encoded text itself. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.859 (171 planted),
 * adversarial 0.819 (122); look-alikes kept 0.955 (159) / 0.962 (81). Per family (recall / kept):
 * pbm_claims 0.777 / 0.947, prior_authorization 0.819 / 1.000, specialty_hub 0.880 / 0.955,
 * mail_order_fulfilment 0.800 / 1.000, member_services 0.919 / 0.888. (The corpus plants 293
 * values and 240 look-alikes in 74 cases.) The idempotence suite passed before any fix. The
 * look-alikes masked before any fix: pharmacy NPIs under `pharmacyNpi`, a pharmacy's `npi` and
 * after `pharmacy npi` (five), a B2 reversal's `origAuth` authorization number (read as a secret),
 * an Rx number after `rx` (read as a phone), a hub form's `signedDate`, the Segment event name
 * `Price Check Viewed` (`Price Check` read as a name) and the ZIP of CVS Caremark's head office.
 * (First written with prescribers' NPIs as look-alikes too, as round 45's corpus has them; the
 * lead kept them masked after round 45, so this corpus plants them as neither, before any fix.)
 * The main leak classes before any fix: PBM member / cardholder ids (a letter prefix and 9–11
 * digits) after `ID`, `member`, `mbr`, `mbr id`, `Ins ID:`, `núm. de miembro`, `số thành viên`,
 * `rems#`, under `PBMMemberID`, `memberId` and a `member_id` CSV column, and in header-less pipe /
 * CSV rows (seventeen); NCPDP D.0 fields printed as `310-CA=…` field-id pairs and an E1 response's
 * `AM29 CA=… CB=… C4=…` / `AM25 C2=…` (nine); logins of people under `reviewer=`, `submittedBy`,
 * `auditor`, `Agent:` and a chat's `Member (login):` (five); names in a CSV under `patient_last` /
 * `patient_first`, a quoted `"SURNAME, GIVEN"` after `patient=`, `recipient="…"`, FedEx's
 * `receivedByName`, `patient_last=` and `n=` in URLs, after `ENROLLEE`, lower-case names after `pt
 * name is`, `pt` and `husband`, and a packing slip's ship-to lines with the street; a lower-case
 * street in an SMS; two base64 attachments (a D.0 request and a copay CSV).
 * After this round's fixes (NCPDP fields by their full field ids in text and as JSON members,
 * `302-C2=…`, `310-CA: …`, and the E1 response segments AM29 / AM25 (structure/ncpdp.ts, keys.ts);
 * PBM member ids after `mbr`, a bare `member` before a card's prefixed id, the `ID` of a clause
 * opening with `Member`, `Ins ID:`, `núm. de miembro` / `número de afiliado`, `số thành viên`, and
 * REMS patient ids after `rems#` / `REMS patient ID` / `iPLEDGE id` (detect/values/pbm-ids.ts);
 * `PBMMemberID`, `patient_last` / `patient_first`, `receivedByName` and `auditor` as keys
 * (keys.ts); a `member_id` column beside a birth date or a pharmacy column in CSV and printed
 * tables, a `memberId` beside a pharmacy NPI, an NDC, an Rx number or an addressee
 * (structure/bare-name-columns.ts); a packing slip's ship-to lines before a US city line
 * (detect/values/ship-to-block.ts); look-alikes kept: a pharmacy's NPI (`pharmacyNpi`, `pharmacy:
 * {npi}`, `pharmacy npi …`), prior / HIPAA / original authorizations (`priorAuthorization`,
 * `hipaaAuthorization`, `origAuth`: no credentials), a number after an Rx label (no phone)):
 * realistic 0.970, adversarial 0.893; kept 0.993 / 0.987 (recall: pbm_claims 0.952,
 * prior_authorization 0.950, specialty_hub 0.910, mail_order_fulfilment 0.900, member_services
 * 0.967).
 * After the leftover pass of stop 45 (rules tested on other sources' records in left92-corpus.test.ts
 * and detectors/pbm-leftovers92.test.ts): a person-shaped login (login-names.ts isPersonLoginShape:
 * lower case, no team, role or everyday part, an initial and a surname when one part) under
 * `reviewer=`, `approvedBy`, a plain `submittedBy` and `agent` / an `Agent:` line (keys.ts
 * STAFF_LOGIN_KEYS; team, queue, role and service accounts, programs and user agents stay), a chat
 * transcript's `Member (login):` prefix (chat_role_login); a quoted `patient=` / `recipient=` /
 * `consignee=` / `cardholder=` / `enrollee=` name by its shape, in capitals or `SURNAME, GIVEN`,
 * offices and firms kept (claim-party-names.ts isQuotedCarePartyName); a name in capitals after a
 * role word in capitals (person_name_role_capitals); a link's `rcpt=` / `n=` written `Surname,
 * Given` with a given name of the lists (url.ts); a rare given name after his / her and a kin
 * word; a street after `my address instead`; look-alikes
 * kept: object-action event names (`Price Check Viewed`) and a BIN opening with `00` before the
 * next NCPDP field id. Now realistic 1.000, adversarial 0.918; kept 1.000 / 0.988 (recall:
 * pbm_claims 0.952, prior_authorization 1.000, specialty_hub 0.925, mail_order_fulfilment 0.950,
 * member_services 1.000).
 * Known leaks left, by record shape: two base64 attachments (a D.0 request under `payload_b64`, a
 * copay CSV under `contentBytes`: the engine does not decode these); lower-case names whose given
 * name no list knows (`pt ottoline featherstonhaugh`, `her husband cosimo`: `cosimo` is no given
 * name of the lists) or whose double surname has an everyday part (`pt name is rosalind
 * achebe-ford`); the recipient in a tracking link's `n=` written `Beaumont, Ottoline` (a given name
 * no list knows; alone `n` is a count, and `Springfield, Georgia` a place); member and hub ids in
 * header-less rows (`…|H9021774503|LUCIANO|…`, `HUB-440977`: a PBM card id before the name cells
 * was tried and taken back, rows38 keeps an enrolment row's member id and an MRN there); a
 * returned parcel's member id in a header-less CSV row far from the name. Look-alike still masked:
 * the ZIP of CVS Caremark's head office in a `return_address` (no legal form before the street;
 * the engine has no way to keep a key's value from the text detectors). The BIN read as an
 * international phone (`101-A1=004336 104-A4=…`) is kept now.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, ninety-second round',
  'red-team corpus 92',
  REDTEAM92_CORPUS,
  {
    family: {
      pbm_claims: 0.952,
      prior_authorization: 1,
      specialty_hub: 0.94,
      mail_order_fulfilment: 0.95,
      member_services: 1,
    },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 0.926, kept: 0.987 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, ninety-second round', REDTEAM92_CORPUS);

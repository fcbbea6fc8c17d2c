import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM75_CORPUS } from './fixtures/redteam75-corpus.js';

/**
 * Seventy-fifth red-team round: property & casualty and workers' compensation claims, round two
 * (FNOL and claim intake: Guidewire ClaimCenter Cloud API, Duck Creek and Sapiens payloads, chat
 * and IVR intake; adjusters' notes, diaries, recorded statements, subrogation, litigation and SIU
 * referrals; CMS-1500 / UB-04 bills, NCPDP pharmacy claims, IAIABC FROI / SROI, Section 111;
 * claim payments, salvage (Copart / IAA), liens and recoveries; ISO ClaimSearch, C.L.U.E., CUE /
 * askMID, green-card cross-border claims, ACORD XML and AL3). Each case cites its public source in
 * fixtures/redteam75-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.825 (114 planted),
 * adversarial 0.670 (103); look-alikes kept 0.978 (92) / 0.981 (52). Per family (recall / kept):
 * fnol 0.761 / 1.000, adjuster_notes 0.818 / 0.970, medical_bills 0.625 / 1.000,
 * payments_and_recovery 0.893 / 0.969, industry_exchanges 0.711 / 0.955. (The corpus plants 217
 * values and 144 look-alikes in 43 cases.) The idempotence suite passed before any fix. These are
 * measured after one correction of the corpus, before any fix: six look-alikes of its first draft
 * were mislabelled, being masked by the README's policy (the ABA routing number 111000025 under
 * `bankRoutingNumber` and `rtn=`, the CMS example NPI under `J_rendering_npi` and after
 * `rendering npi`, a 555-01XX fiction number under `dnis=`), and a green card's certificate number
 * (a motor policy's number) was moved to the planted values; with them, kept was 0.938 / 0.944.
 * After this round's fixes (a lower-case VIN after `vin`; a plate after `plt`, `Kennzeichen`,
 * `immatriculation`, `nr rej.`, `targa`, `matrícula`, `vrm`; a policy number after `pol#`,
 * `POLICY:`, `Versicherungsschein-Nr.`, `n° de contrat`; lower-case names after claims roles
 * (`clmt`, `subj:`, `atty`, `assoc:`, `seller of record`, `pt is`) and `dr.`; the key names
 * `policyholder`, `named_drivers`, `claimant_name` and UB-04 form locators `fl8b` / `fl10` / `fl58a` /
 * `fl60a`; NCPDP segments logged as `seg=AM01 CA=… CB=…` pairs): realistic 0.912, adversarial
 * 0.806; kept 0.978 / 0.981 (recall: fnol 0.859, adjuster_notes 0.879, medical_bills 0.850,
 * payments_and_recovery 0.964, industry_exchanges 0.800).
 * After the leftover pass of stop 40 (fixtures/left75-corpus.ts measures it on other sources):
 * config-text.ts XML name parts (`Given` / `Family` / `First` / `Last` / `Middle`) inside an element
 * whose name ends in `Name`; keys.ts / types.ts `PolicyRef` / `policy reference` (a policy number's
 * shape only); siblings.ts / engine.ts a vehicle's `registration` / `reg` / `registrationNumber`
 * under a vehicle parent (`foreignVehicle`, `vehicleA`, `vehicles[]`); person-names.ts bureau labels
 * (`SUBJECT:`, `INVOLVED PARTY:`, `VEHICLE OWNER:`, `claimant`…) and a `DOB` label after `LAST, FIRST`,
 * a quoted e-mail's `>` in a lead's gap, claims trades (`Towing`, `Salvage`, `Collision`) as
 * organisations' words; claim-party-names.ts a quoted name under `claimant=` / `third_party=` /
 * `witness=`; url.ts `patient=` / `claimant=` / `injured_worker=` (lower case after a known given
 * name); iaiabc-flat.ts FROI / SROI records joined by `*`; al3-groups.ts AL3 `5BIS` insured groups;
 * devices.ts uk_plate_lower_case and plate_after_vin_state_cell; residence-street.ts `lives` /
 * `resides` leads; lower-case-names.ts / person-names.ts a surname opening with `o'` / `d'`;
 * company-name.ts regional legal forms (`s.r.o.`, `UAB`, `OÜ`, `SIA`, `sp. z o.o.`, `Kft.`, `ApS`…):
 * realistic 0.965, adversarial 0.932; kept 0.989 / 1.000 (recall: fnol 0.901, adjuster_notes 0.909,
 * medical_bills 0.975, payments_and_recovery 1.000, industry_exchanges 1.000).
 * Known leaks left, by record shape: a Duck Creek JSON object ending a log line (`Name: {First,
 * Last}` and `DriversLicense: {Number}`: the tails40 helper's structured tails); header-less CSV /
 * pipe rows' policy numbers and an NCPDP row's cardholder id (`PA-…`, `WC…`: no cell tells them
 * from a claim's or a row's id); names the lists lack or split by a line break (`IW Anselmo\n…`,
 * `mein Name ist Wiebke …`, `dr. feodora …`: the names40 helper's). Look-alike still masked: an
 * insurer without a legal form under `greenCard.insurer` (`Mapfre España`, read as a name).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventy-fifth round',
  'red-team corpus 75',
  REDTEAM75_CORPUS,
  {
    family: {
      fnol: 0.957,
      adjuster_notes: 1,
      medical_bills: 0.975,
      payments_and_recovery: 1,
      industry_exchanges: 1,
    },
    slice: { realistic: { recall: 1, kept: 0.989 }, adversarial: { recall: 0.961, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-fifth round', REDTEAM75_CORPUS);

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
 * Known leaks left, by record shape: a Duck Creek JSON object ending a log line (`Name: {First,
 * Last}` and `DriversLicense: {Number}`, read by the key=value reader without parents); Sapiens
 * XML `PolicyRef`, `PersonName/Given` / `Family` (`Family` alone names fonts and address families);
 * a C.L.U.E. `SUBJECT: LAST, FIRST` in capitals; a green card's `foreignVehicle.registration`;
 * header-less CSV / `*` / pipe rows (FNOL queue policy numbers, an IAIABC SROI line, an NCPDP row,
 * an estimate's plate) and a fixed-width AL3 group; names split by a line break (`IW Anselmo\n…`),
 * after `mein Name ist`, `name is kieran o'sullivan-…` (an apostrophe), in an e-mail signature
 * (`Fintan Mac Giolla Rua`), `dr. feodora …` (a given name the lists lack); a lower-case street
 * (`9 thistledown close`); a UK plate written without its blank after `mid check on`; a name
 * percent-encoded in a `patient=` query parameter; an askMID / CUE line's `claimant="…"` (a bare
 * `claimant` key would mask the whole of a claimant object, its injury codes too: round 37).
 * Look-alikes still masked: a buyer company's name under `buyer.name`, an insurer under
 * `greenCard.insurer` and `Ace Towing` after `tow (` (read as names).
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
      fnol: 0.859,
      adjuster_notes: 0.969,
      medical_bills: 0.85,
      payments_and_recovery: 0.964,
      industry_exchanges: 0.821,
    },
    slice: { realistic: { recall: 0.912, kept: 0.978 }, adversarial: { recall: 0.844, kept: 0.98 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-fifth round', REDTEAM75_CORPUS);

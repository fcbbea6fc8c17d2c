import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM89_CORPUS } from './fixtures/redteam89-corpus.js';

/**
 * Eighty-ninth red-team round: genealogy, consumer DNA testing, vital records and people-search
 * (GEDCOM 5.5.1 / 7.0 exports, FamilySearch GEDCOM X persons and change history, tree-edit audit
 * events, record hints and shared-tree invitations; DNA kit registration and activation, lab LIMS
 * sample tracking, research consents, 23andMe / AncestryDNA raw-data downloads, match lists and
 * profiles, GEDmatch uploads; birth / death certificate orders, registrar fulfilment logs and CSV,
 * marriage licences, census and passenger-list transcriptions, obituaries and memorials,
 * reading-room requests; people-search request logs, background and identity-API reports, CCPA
 * opt-outs, GDPR / DSGVO subject-access requests, removal-service tickets, broker suppression logs;
 * LLM transcription and research-assistant requests, OCR / HTR output, translations of foreign
 * certificates, DNA-match clustering notes). Each case cites its public source in
 * fixtures/redteam89-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.857 (126 planted),
 * adversarial 0.838 (99); look-alikes kept 0.972 (109) / 0.981 (54). Per family (recall / kept):
 * family_trees 0.740 / 0.972, dna_kits 0.921 / 0.974, vital_records 0.875 / 0.941, people_search
 * 0.900 / 1.000, research_ai 0.821 / 1.000. (The corpus plants 225 values and 163 look-alikes in 67
 * cases.) The idempotence suite passed before any fix. The four look-alikes masked before any fix:
 * a GEDCOM header's product name (`2 NAME Family Tree Maker for Windows`) read as a person, a LIMS
 * plate id (`plate=PL-20251103-07`) as a licence plate, a marriage licence number (`licenseNo`) as
 * a driver licence, and a ship's name (`SS Kaiser Wilhelm II`) in a passenger-list manifest as a
 * person.
 * After this round's fixes (a GEDCOM reader, structure/gedcom.ts: in INDI and SUBM records the
 * parts of NAME and GIVN / SURN / NICK / _MARNM, a BIRT DATE with day, month and a year from 1900
 * on unless the record has DEAT / BURI / CREM, ADDR / PHON / EMAIL, also with escaped line breaks;
 * a DNA match's name before its centimorgans, detect/values/dna-match-names.ts; people-search
 * listing URLs and reverse-phone paths, profile-urls.ts; kinship leads before a capitalised name
 * (`cousin`, `DNA match`, `granddaughter`…, person-names.ts) and a lower-case one (`aunt`,
 * `husband`…, lower-case-names.ts); `Vorname:`, `Familienname:`, `surname:` as strong leads;
 * Polish `ur.` before a birth date (pii.ts); keys `party1.name` / `bride.name` / `groom.name`
 * and `clerk`; a GEDCOM X name part by its type (structure/bare-name-columns.ts); kept: a lab
 * microplate id under `plate=` (structure/types.ts), a ship after `SS` / `RMS` / `HMS`…, a program
 * `for Windows` / `for Mac`): realistic 0.952, adversarial 0.898; kept 0.990 / 1.000 (recall:
 * family_trees 0.920, dna_kits 0.921, vital_records 0.937, people_search 0.940, research_ai 0.923).
 * After the leftover pass of stop 44 (test/unit/engine/left89-corpus.test.ts measures it on the
 * same shapes from other sources): logins under the names of who decided (`acceptedBy`,
 * `confirmedBy`, `verifiedBy`, `rejectedBy`, `reviewedBy`…; a way of verifying, a team, a role or a
 * bot stays: keys.ts, types.ts), a lab technician's or analyst's login in a sample-tracking line
 * (`tech=`, `analyst=`, `operator=`, `by tech …`: lab-logins.ts), a handle beside an e-mail
 * (`alias`, `nickname`, `screen_name`) and a Reddit author beside its subreddit
 * (bare-name-columns.ts); a birth fact's date object (GEDCOM X `facts[]`, Gramps events:
 * structure/genealogy-members.ts) and its XML form (gedcomx-birth-xml.ts); a marriage, business
 * or software licence's number kept under `licenseNo` by its siblings; a name among the words of a
 * search that looks someone up (`q=who+is+…`, `…+obituary`, Yahoo `p=`: url.ts); registrar rows
 * with an event cell (`BIRTH`), `GIVEN M` cells and two `SURNAME, GIVEN` parties
 * (person-rows.ts); lower-case names under a DNA match table's `match` / `tester` column
 * (text-tables.ts); a census line's `surname, given i` before a relationship
 * (census-lines.ts); a lower-case street of a prose word (`bend`, `hollow`, `close`) before a town
 * and a postcode (residence-street.ts); a capitalised name hyphenated over a line break
 * (wrapped-lines.ts); the Nordic `f.` between a name and a birth date (nordic-birth-dates.ts); a
 * lab microplate under `plate` beside sample-tracking words (kv.ts, devices.ts). Now: realistic
 * 1.000, adversarial 0.980; kept 1.000 / 1.000 (recall: family_trees 0.980, dna_kits 1.000,
 * vital_records 1.000, people_search 0.980, research_ai 1.000).
 * Known leaks left, by record shape: lower-case names no list knows after `aunt` (`rosamund
 * belcourt`: the surname is unknown and a bracket follows) and after `per` (`cosima wren`: `per`
 * is too common a lead for a given name the lists lack).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eighty-ninth round',
  'red-team corpus 89',
  REDTEAM89_CORPUS,
  {
    family: {
      family_trees: 0.98,
      dna_kits: 1,
      vital_records: 1,
      people_search: 0.98,
      research_ai: 1,
    },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 0.979, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-ninth round', REDTEAM89_CORPUS);

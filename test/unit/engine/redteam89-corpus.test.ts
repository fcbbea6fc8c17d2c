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
 * Known leaks left, by record shape: logins under keys that name other things as often
 * (`acceptedBy`, `tech=`, GEDmatch `alias`); a GEDCOM X Birth fact's `date.original` / `formal`
 * (the fact's type is one level up); an initial and an unknown surname before `DOB` (`K.
 * Oyelaran-Birch DOB …`); lower-case unknown names after `aunt` / `per` and in a markdown table's
 * cell; a header-less registrar CSV row without an SSN (`PENDERGRAST,ODALYS M,05/22/2004`) and a
 * lower-case census line; a street in lower case (`58 tamarack bend`); a name in a search
 * referrer's `q=who+is+…`; a given name hyphenated over a line break by HTR (`Cle-\nmentine`);
 * Swedish `f.` before a birth date (too common a gate). Kept look-alike still masked: a marriage
 * licence number under `licenseNo` (read as a driver licence).
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
      family_trees: 0.92,
      dna_kits: 0.946,
      vital_records: 0.937,
      people_search: 0.94,
      research_ai: 0.923,
    },
    slice: { realistic: { recall: 0.959, kept: 0.99 }, adversarial: { recall: 0.898, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-ninth round', REDTEAM89_CORPUS);

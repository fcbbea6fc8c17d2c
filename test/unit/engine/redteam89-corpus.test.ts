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
      family_trees: 0.74,
      dna_kits: 0.921,
      vital_records: 0.875,
      people_search: 0.9,
      research_ai: 0.82,
    },
    slice: { realistic: { recall: 0.857, kept: 0.972 }, adversarial: { recall: 0.838, kept: 0.981 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eighty-ninth round', REDTEAM89_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM45_CORPUS } from './fixtures/redteam45-corpus.js';

/**
 * Forty-fifth red-team round: pharmacy, clinical trials and laboratories (NCPDP SCRIPT and
 * Telecommunication records, Surescripts / PDMP rows, pharmacy-system events, EDC audit trails and
 * exports, CDISC ODM / SDTM rows, consent records, adverse-event narratives, LIS / LIMS events, HL7
 * ORU as JSON and text, kit registrations, specimen labels, courier manifests, portal messages).
 * Each case cites its public source in fixtures/redteam45-corpus.ts, which also states the round's
 * decisions (prescriber NPI / DEA, CDISC subject ids and accession numbers are kept). A planted
 * value counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.852 (128 planted),
 * adversarial 0.744 (129); look-alikes kept 0.825 (97) / 0.872 (47). Per family (recall / kept):
 * eprescribing 0.763 / 0.674, pharmacy_ops 0.754 / 0.897, clinical_trials 0.843 / 0.941,
 * lab_results 0.836 / 0.914. (The corpus plants 257 values and 144 look-alikes, more than the
 * brief's 200 / 100; it was not cut.) Most look-alikes lost are prescriber NPI / DEA numbers (14 of
 * 23 lost), which the engine masks wherever it meets them. The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-fifth round',
  'red-team corpus 45',
  REDTEAM45_CORPUS,
  {
    family: { eprescribing: 0.881, pharmacy_ops: 0.894, clinical_trials: 0.941, lab_results: 0.945 },
    slice: { realistic: { recall: 0.953, kept: 0.865 }, adversarial: { recall: 0.875, kept: 0.872 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-fifth round', REDTEAM45_CORPUS);

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
 * After this round's fixes (HL7 v2 fields as JSON members `PID.5.1` / `PID-7` / `NK1_2` by field
 * and component; NCPDP D.0 segments printed with `|` and a segment id glued after the last field
 * (`CDWHITFIELD seg=AM01`); health-plan ids under `CardholderID`, `subscriberId`, `ins_mbr`;
 * SDTM `BRTHDTC` by name and as ODM item context, SAS DATE9 birth dates (`born 25APR1969`);
 * `x-<vendor>-key` headers; `fnm` / `lnm`; spaced quoted pairs under sensitive names (REDCap's
 * `first_name = 'Desmond'`); ZPL patient labels (structure/zpl-labels.ts); a header-less row with
 * a birth date and a written NANP phone read as a person row; `SigText`, `authNumber` and drug
 * descriptions' `Oral Tablet` no longer masked): realistic 0.953, adversarial 0.876; kept 0.866 /
 * 0.872 (recall / kept: eprescribing 0.882 / 0.761, pharmacy_ops 0.895 / 0.897, clinical_trials
 * 0.941 / 0.941, lab_results 0.945 / 0.914).
 * Known leaks left, by record shape: NCPDP claim segments logged as a JSON map
 * (`segments.AM01.C4`, `AM04.C2`: the field ids are read in text only); a generic `memberId`
 * holding a health-plan id (in a PMS sync and a search URL; left as in round 30: a SaaS member id
 * too) and a member id in portal prose (`my member id is XKD 7720 4419`); header-less rows with a
 * birth date and nothing else to prove a person (a Surescripts pipe row, an SDTM CSV line, a
 * fixed-column controlled-substance label with a `Trl` street: Trl / Ter were tried and taken
 * back, an MLS listing's street is a look-alike of round 40); a driver's licence after `GA
 * license` in prose; `pt_ph`; a birth date echoed as MMDDYYYY in an SMS and the second date of a
 * DOB-mismatch query; initials (`R.V.W.`) in an AE narrative; names as `Sorensen/Dagny`, `Okoro,
 * Chidinma` (a given name off the SSA list) in prose and under a bare `patient` member; a results
 * `access code 582914` (`access` alone would open the gate on every access log).
 * Look-alikes still masked: prescriber NPI / DEA numbers (15 of the 19 lost: the us_npi / us_dea
 * detectors and rounds 8 / 30 treat them as secrets; the lead decides), CDISC USUBJIDs
 * `01-701-1015` read as a national phone number (bare_cells), a pharmacy `patientId` read as an
 * MRN, a clinic's street in a courier manifest.
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

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
 * Leftovers fixed (stop 35): NCPDP segments logged as a JSON map (`segments.AM01.C4`, `AM04.C2`:
 * the identity field ids read under an AM01 / AM04 parent through the walks' field-id-map bit); a
 * `memberId` beside a pharmacy benefit's BIN / PCN / Rx group / payer id; a header-less row with
 * surname and given-name columns before a birth date and a ZIP after it (the Surescripts row);
 * `pt_ph`; a driver's licence after a state code and `license` (`GA license …`); compact birth
 * dates (YYYYMMDD, MMDDYYYY after `birth date (MMDDYYYY)`); the second date of a DOB mismatch; a
 * bare `patient` holding `Surname, Given`; a CDISC USUBJID beside its own SITEID / SUBJID cells in
 * a header-less DM row no longer read as an Irish phone. After them: realistic 1.000, adversarial
 * 0.930; kept 0.866 / 0.894 (recall / kept: eprescribing 0.974 / 0.761, pharmacy_ops 0.965 /
 * 0.897, clinical_trials 0.961 / 0.971, lab_results 0.959 / 0.914).
 * Known leaks left, by record shape: a generic `memberId` without plan context (a patient-search
 * URL; left as in round 30: a SaaS member id too) and a member id in portal prose (`my member id
 * is XKD 7720 4419`); header-less rows with a birth date and nothing else to prove a person (an
 * SDTM CSV line; a fixed-column controlled-substance label with a `Trl` street: Trl / Ter were
 * tried and taken back, an MLS listing's street is a look-alike of round 40); initials (`R.V.W.`)
 * in an AE narrative; names as `Sorensen/Dagny`, `Okoro, Chidinma` in prose (a given name off the
 * SSA list); a results `access code 582914` (`access` alone would open the gate on every access log).
 * Look-alikes still masked: prescriber NPI / DEA numbers (the us_npi / us_dea detectors and rounds
 * 8 / 30 treat them as secrets; the lead kept that), a CDISC USUBJID `01-701-1015` as a JSON value
 * (wholeCellSpans reads it alone, as a Dublin number: no sibling there), a pharmacy `patientId`
 * read as an MRN (kept masked: an MRN-like id under patientId is arguably personal), a clinic's
 * street in a courier manifest, `SigText` under a parent named `Sig`.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-fifth round',
  'red-team corpus 45',
  REDTEAM45_CORPUS,
  {
    family: { eprescribing: 0.986, pharmacy_ops: 0.964, clinical_trials: 0.96, lab_results: 0.972 },
    slice: { realistic: { recall: 1, kept: 0.876 }, adversarial: { recall: 0.945, kept: 0.893 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-fifth round', REDTEAM45_CORPUS);

/**
 * A technician's or an analyst's login in a laboratory's log line (red-team round 89 and its
 * leftovers): genotyping and sequencing LIMS sample-tracking lines (`plate=PL-… well=C07 …
 * tech=jmorrow`), LabWare-style result lines (`analyst=tnakagawa operator=ehalvorsen`), array
 * scanner QC lines (`call_rate=0.962 … qc_tech=rabernathy`) and bench notes (`re-queued by tech
 * jpellegrino`). `tech=` names a technology (`tech=lte`), `operator=` a comparison or a network
 * elsewhere, so only in a text that holds a laboratory's own words (plate, well, sample,
 * accession, barcode, specimen, tube, assay, chip, call rate, LIMS), and only a lower-case login of
 * one or two parts: an instrument or a robot (`HAMILTON-STAR-02`), a system account (`svc-lims`)
 * and an everyday word (`tech=support`) stay.
 */
import { regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isSystemAccount } from './login-names.js';

/** A laboratory's own words in the same text. */
const LAB_TEXT = /\b(?:plate|well|sample|accession|barcode|specimen|tube|assay|chip|call[_ ]rate|lims|rerun|re-queued)\b/i;

/**
 * A laboratory's sample-tracking words other than `plate` (a well's position, a sample's field,
 * an accession, a barcode, a call rate, LIMS, a re-queue): beside them a `plate` is a microplate,
 * no vehicle's (`plate=GS-0442 call_rate=0.962`, `plate GS-0451 re-queued`; leftovers of red-team
 * round 89).
 */
const LAB_PLATE_TEXT =
  /\b(?:wells?[=:] ?[A-H]\d|sample(?:_?id)?[=:]|accession|barcode|specimen|assay|call[_ ]rate|lims\b|re-?queued|rerun|genotyp|microplate|cluster_file)/i;
/** Whether `text` is a laboratory's sample-tracking text, where a `plate` is a microplate. */
export function isLabPlateText(text: string): boolean {
  return text.length >= 16 && LAB_PLATE_TEXT.test(text);
}

/** Words written after `tech=` / `analyst=` that name no one. */
const NO_ONE = new Set('none na nil tbd unassigned auto robot system pending lte umts hspa gsm wcdma cdma wifi edge nfc'.split(' '));

export const labTechLogin = regexDetector({
  id: 'lab_tech_login',
  entity: 'USERNAME',
  description: "A technician's or an analyst's login in a laboratory's log line (`well=C07 tech=jmorrow`, `by tech jpellegrino`)",
  validation:
    'after tech= / qc_tech= / lab_tech= / analyst= / operator= / technician= or `by tech`, a lower-case login of one or two parts (4 characters or more), in a text with plate / well / sample / accession / barcode / specimen / tube / assay / chip / call rate / LIMS; not a system account, an everyday word or a placeholder',
  context: false,
  example: 'accession plate=PL-20251103-07 well=C07 status=RECEIVED tech=jmorrow',
  keywords: ['tech=', 'analyst=', 'operator=', 'technician=', 'by tech '],
  prefilter: (s) => s.text.length >= 16 && LAB_TEXT.test(s.text),
  pattern:
    /(?:(?<![\w.-])(?:(?:qc|lab)_?)?(?:tech|analyst|operator|technician)=["']?|(?<![\w-])by tech(?:nician)? )([a-z][a-z0-9]{0,30}(?:[._-][a-z0-9]{2,30})?)(?![\w@./\\-])/dg,
  group: 1,
  validate: (v) => (v.length < 4 || isSystemAccount(v) || isEverydayWord(v) || NO_ONE.has(v) ? undefined : v),
});

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM46_CORPUS } from './fixtures/redteam46-corpus.js';

/**
 * Forty-sixth red-team round: public benefits and social services (SNAP / Medicaid / TANF / UI
 * claims, Universal Credit journals and payments, EBT events, housing assistance, fraud referrals,
 * fair hearings, case workers' notes, child-welfare and adult-protective intake), tax and revenue
 * (IRS MeF acknowledgements and return headers, W-2 / 1099 rows, preparer audit logs, HMRC
 * self-assessment and MTD calls), citizen services (311 requests, DMV registration and licences,
 * voter registration, parking and court-fine payments, permits) and identity proofing (Login.gov,
 * ID.me, GOV.UK One Login, AAMVA checks). Each case cites its public source in
 * fixtures/redteam46-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.936 (173 planted),
 * adversarial 0.805 (113); look-alikes kept 0.901 (111) / 0.977 (43). Per family (recall / kept):
 * benefits_case 0.926 / 0.898, case_notes 0.927 / 1.000, tax_efile 0.857 / 0.886,
 * citizen_services 0.904 / 0.929, identity_proofing 0.762 / 1.000. (The corpus plants 286 values
 * and 154 look-alikes, more than the brief's 200 / 100; it was not cut.) The idempotence suite
 * passed before any fix.
 * After this round's fixes (AAMVA DL/ID barcode text: licence number, names, birth date, street and
 * postcode after their element ids where three of them stand; IRS MeF validation errors whose
 * `XpathContent` names the rejected `FieldValueTxt`; `{handle, value}` attribute lists; refund
 * `DepositorAccountNum` / `dan` / `--dan`, `ptin` / `PreparerPTIN`, HMRC `Gov-Client-User-IDs`,
 * `lname`, `owner_first` / `owner_last`, the `name` of an alleged perpetrator, a
 * victim, an appellant, a taxpayer; header-less person rows: a surname-first name cell and a middle
 * initial before the birth date, a NANP phone with separators, and a state code before a ZIP cell no
 * longer read as a surname; `OL#` / `OLN` before a driver's licence; a vendor code `VEND-00831`
 * under `account_number` kept): realistic 0.988, adversarial 0.912; kept 0.910 / 0.977 (recall:
 * benefits_case 0.951, case_notes 0.945, tax_efile 0.982, citizen_services 0.962,
 * identity_proofing 0.952).
 * Leftovers fixed (stop 35): a property's `owner_name` beside the owner's phone, the site, the
 * parcel or the permit (bare-name-columns.ts); a surname under `last=` / `lname=` beside an SSN or
 * birth-date pair; a name in capitals right before a failed lookup's `dob=` / `ssn=` pairs; a birth
 * date in brackets after the age it gives (`82 (12/05/1943)`); lower-case names after a case
 * note's parties (`client`, `bf`, `gf`, `caretaker`); a bare `social` holding an SSN's shape (ID.me
 * attributes); a preparer firm's and a payer's EIN by name (`PreparerFirmEIN`, `payer_ein`) kept:
 * realistic 1.000, adversarial 0.956; kept 0.919 / 0.977 (recall: benefits_case 0.963, case_notes
 * 1.000, tax_efile 0.982, citizen_services 0.981, identity_proofing 1.000).
 * Known leaks left, by record shape: an SSN as a path segment of an upload key and a name in the
 * file name (`uploads/536904399/…/w2_gonzalez_maria.pdf`); the SSA's specimen numbers 219-09-9999
 * and 078-05-1120 without a field name (a header-less CSV row, `DataValue=` of a reject line: the
 * SSN validator rejects them as never issued, as python-stdnum does); a lower-case name after a
 * greeting in an SMS when the given name is not in the gazetteer (`Hi seun adeyemi`).
 * Look-alikes still masked, all by field name under the team's standing decisions: an employer's
 * EIN (`fein`, `ein` under an `employer` object, `EmployerEIN`: masked as US_EIN, a sole
 * proprietor's EIN being a person's; round 8 plants `EmployerEIN` / `employer_ein` as secrets),
 * routing numbers (`routing_number`, `--rtn`: ABA_ROUTING),
 * a person's wages (`gross_pay`, `box1_wages`: COMPENSATION; the corpus listed them as amounts),
 * public office phones and addresses under `hotline_number`, `agency_phone`, `hearing_location`,
 * `courthouse` (the value detectors read them; no field name keeps a value from them).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-sixth round',
  'red-team corpus 46',
  REDTEAM46_CORPUS,
  {
    family: { benefits_case: 1, case_notes: 1, tax_efile: 0.982, citizen_services: 0.98, identity_proofing: 1 },
    slice: { realistic: { recall: 1, kept: 0.918 }, adversarial: { recall: 0.982, kept: 0.976 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-sixth round', REDTEAM46_CORPUS);

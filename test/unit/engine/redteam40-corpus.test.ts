import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM40_CORPUS } from './fixtures/redteam40-corpus.js';

/**
 * Fortieth red-team round: the records of the property and mortgage business (rental applications
 * and tenant screening, property operations, mortgage origination and servicing, title and
 * closing). Each case cites its public source in fixtures/redteam40-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.929 (141 planted),
 * adversarial 0.728 (125); look-alikes kept 0.928 (84) / 0.948 (39). Per family (recall / kept):
 * rental_screening 0.921 / 1.000, property_ops 0.833 / 0.958, mortgage_servicing 0.875 / 0.833,
 * title_closing 0.677 / 0.971. (The corpus plants 266 values, more than the brief's 200; it was
 * not cut. As first written it listed an applicant's income three times and a homeowner's
 * insurance policy number as look-alikes; the catalog masks both on purpose (COMPENSATION,
 * INSURANCE_POLICY_NUMBER), so they were moved to the planted values before these numbers were
 * taken; all four were hidden. Kept before the move: realistic 0.897, adversarial 0.925.) The
 * idempotence suite passed before any fix.
 * After this round's fixes (entry and lockbox codes written short: `gate #4471`, `door keypad
 * 9023*`, `Combo 2468`, `CBS code 2468`; deed and tax-roll parties by field name: `grantor`,
 * `grantee` over a value (an AWS ACL `Grantee` object stays), `owner_of_record`, `vested_in`; a
 * `Beneficiary Account:` / `payee account` label and NACHA `rdfi=`, with an ACH `trace=` / `amt=`
 * no longer read as an account; a middle initial without its period inside a name run (`Victor A
 * Lindgren`, `Rosa M Alvarez`); sale parties (`transferor`, `seller`, `grantee`…) and `I, <name>,`
 * as name leads; Encompass borrower field ids set by a script (`SetField("65", …)`); an agent's
 * state licence and a loan originator's NMLS id by field name as PROFESSIONAL_LICENSE): realistic
 * 0.979, adversarial 0.816; kept 0.928 / 0.974 (recall: rental_screening 0.947, property_ops
 * 0.895, mortgage_servicing 0.925, title_closing 0.822).
 * Leftovers fixed (stop 34): the account of a routing / account pair without labels (`114000093 /
 * 58120034471`) and of a check's MICR line (`⑆011000015⑆ 4820019375⑈`) by the ABA check of the
 * routing number, which stays (a bank's, red-team round 33's look-alike; so `114000093` still
 * counts as a leak here);
 * names by role in a query (`tenant=`, `owner=`: a known name written out) and mailing or
 * forwarding members holding an address (`mail=PO+BOX+…`, `fwd=4416%20N…`); a driver licence under
 * a generic `number=` key after its `doc=DL` (an Illinois licence grouped `K123-4567-8901`):
 * realistic 0.979, adversarial 0.872; kept 0.929 / 0.974 (recall: rental_screening 0.961,
 * property_ops 0.958, title_closing 0.871).
 * Leftovers fixed (stop 34, second pass): Encompass borrower field ids as the keys of a loan field
 * map (`fields: {"65": …, "1402": …, "4002": …}`, only under a parent named `fields` /
 * `loanFields` / `fieldValues`; the published sample SSN is masked there as the borrower's); a
 * NACHA `indiv_name=`; a two-digit-year birth date after `DOB on file` / `on record`; an alarm code
 * before `disarm` or after `disarm (with)`; a real-estate licence number in prose after TREC, DRE /
 * CalDRE or FREC: realistic 1.000, adversarial 0.904; kept 0.929 / 0.974 (recall:
 * rental_screening 0.974, property_ops 1.000, mortgage_servicing 0.963, title_closing 0.887).
 * Known leaks left, by record shape: a `SetField("4000", "…")` call that is the whole text (read as
 * an argument list); names of a pipe-separated recorder index row without column names (`ASHBY
 * CAROLYN W|PATEL JORDAN & PRIYA`); names in lower case after `verified as`, in capitals with a
 * middle initial after a CLI flag (`--subject "ROBERT J KOWALSKI"`: `subject` is an e-mail's, and
 * a capitals name with an unperiod initial is not read even after `--borrower`), surname first in
 * a document title (`Halloran Denise - Chase stmt`), in a file name
 * (`JEFFERSON_TAMIKA_318624410.pdf`, with its SSN), in a vesting clause in quotes (`vest as
 * "Folasade Oyelaran and …"`); a PO box after `tax statements to` (no detector reads a PO box in
 * prose, and a servicer's or a payee's remittance box would be its look-alike); a licence number
 * under a short custom field (`X_Lic`: `lic` alone also names software licence keys); the routing
 * number of an unlabelled routing / account pair (a bank's, kept on purpose).
 * Look-alikes still masked: servicer loan numbers under `loan_number` / `LOAN_NO` / `Loan No.` /
 * `loan` (this corpus keeps them as record keys; the key rules of round 37 mask a loan number as
 * the borrower's account with the lender, a choice left to the lead), and a lender's EIN under
 * Form 1098 `recipient_tin` (`recipient` is the payee, a person, on a 1099).
 * Fixed in stop 37 (lower-case names): the lower-case name after `verified as` (`hector
 * villanueva`).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fortieth round',
  'red-team corpus 40',
  REDTEAM40_CORPUS,
  {
    family: { rental_screening: 0.973, property_ops: 1, mortgage_servicing: 0.987, title_closing: 0.887 },
    slice: { realistic: { recall: 1, kept: 0.928 }, adversarial: { recall: 0.92, kept: 0.974 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fortieth round', REDTEAM40_CORPUS);

import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM53_CORPUS } from './fixtures/redteam53-corpus.js';

/**
 * Fifty-third red-team round: dental, veterinary, behavioural health and telehealth, and the
 * revenue cycle's clearinghouse APIs. Each case cites its public source in
 * fixtures/redteam53-corpus.ts, which also states the round's decisions (member / subscriber ids,
 * patient control numbers, microchip and rabies tag numbers personal; NPIs, payer claim control
 * numbers, trace numbers, CDT / CPT / ICD-10 codes and tooth numbers not). A planted value counts
 * as found only if no raw copy of it remains anywhere in the output (values, keys, evidence),
 * JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.830 (159 planted),
 * adversarial 0.692 (117); look-alikes kept 0.899 (109) / 0.905 (42). Per family (recall / kept):
 * clearinghouse_x12 0.800 / 0.843, remits_statements 0.652 / 1.000, dental 0.767 / 0.773,
 * veterinary 0.735 / 0.917, behavioral_telehealth 0.875 / 1.000. (The corpus plants 276 values and
 * 151 look-alikes, more than the brief's 200 / 100; it was not cut.) The idempotence suite passed
 * before any fix. Most leaks were a health plan's `memberId` (rounds 30, 37 and 45 left it: a SaaS
 * workspace's member too), patient control / account numbers, and pets' microchip and tag numbers.
 * After this round's fixes (a `memberId` inside the insured's objects of clearinghouse APIs —
 * `subscriber`, `dependents[]`, `patientName`, `insuredName`, `insurance`, `coverage` — or beside
 * a birth date, a payer or a carrier; `patientControlNumber`, `patientAccountNumber`, a
 * guarantor's account; `microchip`, `chip id` (a chip's digits only), `RabiesTag`, a dog licence;
 * a member / subscriber id, a microchip (ISO 11784, AVID) and a rabies tag after their names in
 * text; X12 CLP01 and a person's NM1 among two or three quoted segments; Open Dental `FName`
 * beside `LName`; `patLast` / `patFirst`; a date under its own query parameter `dos=` no birth
 * date after `dob=`; payers and dental plans in capitals or with `PPO` / `of <state>` kept as
 * institutions; a practice's name with `Dental` / `Veterinary` / `Pharmacy` no person's without a
 * title): realistic 0.969, adversarial 0.821; kept 0.927 / 0.952 (recall: clearinghouse_x12 0.956,
 * remits_statements 0.826, dental 0.860, veterinary 0.898, behavioral_telehealth 0.938).
 * Known leaks left, by record shape: a Da Vinci ClaimResponse `identifier` whose system names the
 * member id (not a person resource); a guarantor's `accountNumber` `G-0048812` (kept as a billing
 * account code, rounds 36 / 37) and an account after `ACCOUNT`, `acct_entered=`, `PCN:` in text;
 * a top-level `memberId` of a telehealth webhook with the patient in a sibling object and
 * `member=` in a header log line; a member id after `ID#` / `ID:` in prose and report lines;
 * header-less rows (a pipe collections line with an upper-case name, DOB, 10-digit phone and
 * account; a TSV client line; an audit CSV row's DOB and subscriber id); a lower-case name and a
 * bare 10-digit phone after `WirelessPhone` in an Open Dental log text; `subId=` in a query; a
 * NASPHV form's `tag_number` (its siblings are objects) and a tag after `tag` / `tag #` without
 * `rabies`; an MRN after `chart #`. Look-alikes still masked: NPIs (policy: the us_npi detector and
 * the `npi` key rule, as in round 45), an Eaglesoft `patient_id` and a Cornerstone `PatientID`
 * (read as MRNs, as round 45 kept), a breed cell (`Beagle`) of a header-less TSV line.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-third round',
  'red-team corpus 53',
  REDTEAM53_CORPUS,
  {
    family: { clearinghouse_x12: 0.955, remits_statements: 0.826, dental: 0.86, veterinary: 0.897, behavioral_telehealth: 0.937 },
    slice: { realistic: { recall: 0.968, kept: 0.926 }, adversarial: { recall: 0.82, kept: 0.952 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-third round', REDTEAM53_CORPUS);

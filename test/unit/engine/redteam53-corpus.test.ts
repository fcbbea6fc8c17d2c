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
 * Leftovers fixed (stop 36): a top-level `memberId` beside the patient's, subscriber's or insured's
 * object (a telehealth webhook); `member=` in a log line and a member's id after `ID#` / `ID:` in
 * the member's clause; a pet's tag after `tag #` / `tag no.` in a rabies or licence text, or after
 * a bare `tag` within 80 characters after `rabies`; an MRN after `chart #` / `chart no.`;
 * header-less person rows: two name cells before the birth date beside a bare 10-digit NANP cell
 * (the collections line), and, without an SSN or a birth date, the name cells before the street
 * line (the TSV client line: its breed cell `Beagle` stays now); a bare 10-digit phone after a
 * glued phone field name (`WirelessPhone`, `HmPhone`, `WkPhone`). After them: realistic 0.975,
 * adversarial 0.923; kept 0.927 / 0.976 (recall: clearinghouse_x12 0.967, remits_statements
 * 0.913, dental 0.884, veterinary 0.980, behavioral_telehealth 1.000).
 * Known leaks left, by record shape: a Da Vinci ClaimResponse `identifier` whose system names the
 * member id (not a person resource); a guarantor's `accountNumber` `G-0048812` (kept as a billing
 * account code, rounds 36 / 37) and an account after `ACCOUNT`, `acct_entered=`, `PCN:` in text
 * (also the collections line's first cell); a member id after `ID:` in a report line that names no
 * member; a Vyne `subscriber.id` (a bare `id`: a check on every `id` member); the audit CSV row's
 * DOB and subscriber id (the row holds no 9-digit stretch, bare-cells' gate); a lower-case name
 * in an Open Dental log text (its `Patient Edit` reads `Edit` as a name: over-masking);
 * `subId=` in a query (an affiliate's sub id as often); a NASPHV form's `tag_number` (its
 * siblings are objects). Look-alikes still masked: NPIs (policy: the us_npi detector and the
 * `npi` key rule, as in round 45), an Eaglesoft `patient_id` and a Cornerstone `PatientID` (read
 * as MRNs, as round 45 kept).
 * Fixed in stop 37 (lower-case names): the lower-case name after `for` in the Open Dental log text
 * (`for priya shah:`).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifty-third round',
  'red-team corpus 53',
  REDTEAM53_CORPUS,
  {
    family: { clearinghouse_x12: 0.966, remits_statements: 0.913, dental: 0.93, veterinary: 0.979, behavioral_telehealth: 1 },
    slice: { realistic: { recall: 0.974, kept: 0.926 }, adversarial: { recall: 0.94, kept: 0.976 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifty-third round', REDTEAM53_CORPUS);

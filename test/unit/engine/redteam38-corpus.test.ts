import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM38_CORPUS } from './fixtures/redteam38-corpus.js';

/**
 * Thirty-eighth red-team round: education and nonprofit records, round two (rostering and SIS
 * records, LMS audit and LTI launches, proctoring and admissions, financial aid and national
 * student numbers, donor CRMs, gift payments, Gift Aid, church, volunteer and beneficiary
 * records). Each case cites its public source in fixtures/redteam38-corpus.ts. A planted value
 * counts as found only if no raw copy of it remains anywhere in the output (values, keys,
 * evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.858 (234 planted),
 * adversarial 0.664 (155); look-alikes kept 0.966 (118) / 0.968 (63). Per family (recall / kept):
 * rostering_sis 0.790 / 1.000, lms_admissions 0.752 / 1.000, financial_aid_national_ids 0.686 /
 * 1.000, donors_nonprofit 0.873 / 0.905. (The corpus plants 389 values and 181 look-alikes, more
 * than the brief's 200 / 100; it was not cut.) The idempotence suite passed before any fix.
 * After this round's fixes (England UPN by its check letter alone; UK ULN, Australian USI and
 * French INE after their word; student numbers after student id / number, Banner ID, UCAS Personal
 * ID, SAT registration number in prose; learner-id field names: Ed-Fi `studentUniqueId`,
 * PowerSchool `state_province_id`, D2L `OrgDefinedId`, PeopleSoft `EMPLID`, LTI
 * `lis_person_sourcedid`, `common_app_id`, `uln`, `apaar_id`, `usi`, `ine`; API
 * gateways' `subscription key`; Kindful `postal`; given name and surname after a title cell of a
 * header-less row; an organisation's EIN named by its role kept): realistic 0.931, adversarial
 * 0.748; kept 0.991 / 0.968 (recall: rostering_sis 0.854, lms_admissions 0.849,
 * financial_aid_national_ids 0.807, donors_nonprofit 0.912).
 * Leftovers closed after the round (leaks33f.test.ts: a Chinese resident id written 6-8-4 by its
 * check character; `first` / `last` beside each other holding a given name and a surname; a
 * vendor's key under `--<vendor>-key` or `<VENDOR>_KEY` when the value has a key's shape; a compact
 * YYYYMMDD under `bd` beside name parts): realistic 0.944, adversarial 0.787; kept 0.992 / 0.968
 * (recall: rostering_sis 0.882, lms_admissions 0.849, financial_aid_national_ids 0.831,
 * donors_nonprofit 0.951).
 * After the leftovers pass of leaks33i.test.ts (a name over two neighbouring cells of a
 * header-less row that the row's e-mail spells): adversarial 0.826 (rostering_sis 0.900,
 * lms_admissions 0.892).
 * Leftovers fixed in stop 34 (leaks34a.test.ts: an id named by a prefixed XML type attribute, the
 * Workday `{"@wd:type": "Student_ID", "#text": …}` pair; a person row of a fixed-width file,
 * capitals name cells and a compact birth date, as an ISIR record with its SSN glued to the
 * surname): realistic 0.949, adversarial 0.852 (recall: rostering_sis 0.909,
 * financial_aid_national_ids 0.880).
 * Leftovers fixed in stop 37 (redteam38-leaks.test.ts, "leftovers, stop 37": a state student id
 * under `stateId` / `state_id` and a personal id of digits under `personalId`, by their value
 * shapes; pinyin phone names `dianhua` / `shouji`; a name after `student`, `pupil`, `learner`,
 * `son`, `daughter`; a chosen password right after `password` with no verb; a ULN right after a
 * valid UPN; a lower-case codice fiscale beside `ISEE`; a GoCardless
 * `links.customer_bank_account` id kept): realistic 0.962, adversarial 0.897; kept 0.992 / 0.984
 * (recall: rostering_sis 0.927, lms_admissions 0.903, financial_aid_national_ids 0.940,
 * donors_nonprofit 0.971).
 * Known leaks left, by record shape: login names (`username`, `userName`, `login`, FSA ids in a
 * field and in prose, a `username` in Moodle's `other` JSON, a name in an export file name, the
 * login cell of a header-less row): the engine does not mask logins by design (README: "Login
 * names stay by default"; a key rule on `username` would also stop the scan of what it keeps, an
 * e-mail under it among them); student ids under neutral or vendor names (`student: {id}`,
 * Infinite Campus `sid`, a Workday `STU-…` in prose, College Board `registration_number`, a USI as
 * a tool's `q` argument, an Italian `matricola`: also payroll's staff number, a look-alike of
 * round 22; not a bare `stu`: PowerSchool's portal writes its internal record number under it, a
 * look-alike of this corpus); ids and dates in rows without header (the SIS id of a Canvas SIS
 * CSV line in an error message, the id cell of a Slate TSV); a spouse named in `Holloway, Nathan &
 * Priscilla`; birth dates in parentheses after a child's name; a name percent-encoded in a query
 * (`name=Rahul%20Verma`); a name in lower case (`hannah lindqvist`: a reader of the name its
 * e-mail spells, tried in stop 37, cost 3–8% on the records bench and was left out). Look-alikes still masked: a charity's main 0344 number in its register
 * entry, an EIN after `EIN` in prose next to a charity's name.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-eighth round',
  'red-team corpus 38',
  REDTEAM38_CORPUS,
  {
    family: { rostering_sis: 0.944, lms_admissions: 0.934, financial_aid_national_ids: 0.951, donors_nonprofit: 0.97 },
    slice: { realistic: { recall: 0.978, kept: 0.991 }, adversarial: { recall: 0.909, kept: 0.984 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-eighth round', REDTEAM38_CORPUS);

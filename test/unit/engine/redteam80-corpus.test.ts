import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM80_CORPUS } from './fixtures/redteam80-corpus.js';

/**
 * Eightieth red-team round: learning platforms, round three (xAPI statements, LRS logs, Caliper
 * events, cmi5 launches and SCORM run-time traces; Canvas Live Events and Canvas Data 2, Moodle
 * logstore rows and log CSVs, Brightspace, Google Classroom; AI tutor transcripts, telemetry,
 * pasted rosters and IEPs, safeguarding flags; accommodation, pastoral, attendance, nurse, bus,
 * library and meal-account records; US servicer notes, COD XML, IDR and PSLF forms, Student
 * Finance England and Australian HELP / USI records). Each case cites its public source in
 * fixtures/redteam80-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.925 (121 planted),
 * adversarial 0.826 (92); look-alikes kept 1.000 (94) / 1.000 (50). Per family (recall / kept):
 * learning_records 0.777 / 1.000, lms_live_events 0.894 / 1.000, ai_tutors 0.861 / 1.000,
 * student_services 0.938 / 1.000, loan_servicing 0.907 / 1.000. (The corpus plants 213 values and
 * 144 look-alikes in 64 cases.) The idempotence suite passed before any fix. These are measured
 * after one correction of the corpus, before any fix: one look-alike of its first draft was
 * mislabelled, being masked by the README's policy (a tutor telemetry `session_id`, which stays a
 * secret by stop 39's decision); with it, realistic kept was 0.989.
 * After this round's fixes (an xAPI Account's `name` beside its `homePage` read as a login,
 * structure/xapi-account.ts; the key names `mbox` / `mbox_sha1sum` (an actor's `name` beside them
 * is a person's, in lower case too), `learner id` / `learner name` (SCORM 2004), `chessn`,
 * `customerReferenceNumber`; the learner's id and name in SCORM run-time traces
 * (`LMSGetValue('cmi.core.student_id') returned '…'`, detect/values/scorm-runtime.ts); PHP
 * `serialize()` arrays and objects, Moodle's old `other` column (structure/php-serialized.ts); an
 * SLC customer reference number after `crn`; a quoted name under `student=` / `guardian=` /
 * `borrower=` in a key=value line; lower-case names after a pupil's family word or a greeting
 * (`mum (…)`, `dad`, `brwr`, `hi`, `im`) and right before `(dob …`; a surname-first roster line
 * before a dash and a student number; phones after `ring my` and Brazilian `meu zap` / `no zap`):
 * realistic 1.000, adversarial 0.934; kept 1.000 / 1.000 (recall: learning_records 1.000,
 * lms_live_events 0.921, ai_tutors 0.972, student_services 1.000, loan_servicing 0.962).
 * Known leaks left, by record shape: lower-case names in a discussion post without a lead word
 * (`group 4 is me, bartholomew fenn and orla kinsella`) and a phone split by `<br>` in its HTML;
 * a hyphenated lower-case given name (`im lucy-mae thornbury`); a Welsh given name no list knows
 * after `its` (`hiya its ffion pritchard-rees`); an SLC customer reference number in a URL path
 * (`/customer/<crn>/statements`: masked after `crn` in the same text, not in the path).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, eightieth round',
  'red-team corpus 80',
  REDTEAM80_CORPUS,
  {
    family: {
      learning_records: 1,
      lms_live_events: 0.921,
      ai_tutors: 0.972,
      student_services: 1,
      loan_servicing: 0.962,
    },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 0.934, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eightieth round', REDTEAM80_CORPUS);

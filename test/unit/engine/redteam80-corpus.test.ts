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
      learning_records: 0.777,
      lms_live_events: 0.894,
      ai_tutors: 0.861,
      student_services: 0.938,
      loan_servicing: 0.907,
    },
    slice: { realistic: { recall: 0.925, kept: 1 }, adversarial: { recall: 0.826, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, eightieth round', REDTEAM80_CORPUS);

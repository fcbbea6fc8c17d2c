import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM43_CORPUS } from './fixtures/redteam43-corpus.js';

/**
 * Forty-third red-team round: hiring and workforce records (applicant tracking webhooks and audit,
 * résumé parser output, interview and offer mails, background-check reports, E-Verify and Form
 * I-9, UK right-to-work and DBS, SIN / TFN onboarding, time clock punches, shift swaps, leave
 * requests, integration credentials). Each case cites its public source in
 * fixtures/redteam43-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.962 (132 planted),
 * adversarial 0.827 (116); look-alikes kept 0.936 (110) / 0.951 (62). Per family (recall / kept):
 * ats_recruiting 0.924 / 0.938, background_checks 0.940 / 0.973, work_eligibility 0.865 / 0.848,
 * time_attendance 0.852 / 1.000, integration_secrets 0.888 / 0.944. (The corpus plants 248
 * values and 172 look-alikes, more than the brief's 200 / 100; it was not cut.) The idempotence
 * suite failed before any fix: in a pipe-delimited drug-screen line the second pass reads
 * `DOB=19910215|RESULT=NEGATIVE|MRO=Dr.` as one date of birth.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-third round',
  'red-team corpus 43',
  REDTEAM43_CORPUS,
  {
    family: {
      ats_recruiting: 0.924,
      background_checks: 0.94,
      work_eligibility: 0.865,
      time_attendance: 0.852,
      integration_secrets: 0.888,
    },
    slice: { realistic: { recall: 0.962, kept: 0.936 }, adversarial: { recall: 0.827, kept: 0.951 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-third round', REDTEAM43_CORPUS);

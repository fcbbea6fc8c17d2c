import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM74_CORPUS } from './fixtures/redteam74-corpus.js';

/**
 * Seventy-fourth red-team round: HR case management, workplace investigations and whistleblowing
 * hotlines (ServiceNow HRSD ER cases, involved parties and audit rows, Workday / SuccessFactors
 * workers, HR Acuity / Case IQ / i-Sight exports; interview notes, evidence logs, e-mail excerpts,
 * disciplinary and appeal letters; NAVEX EthicsPoint, Convercent, Whispli, EQS Integrity Line and
 * Speeki intake reports, follow-ups and portal logs in several EU languages; FMLA / ADA
 * interactive-process notes, absence events, fit notes, occupational-health referrals; PIPs,
 * separation agreements, severance bank details, exit interviews, references and income
 * withholding orders). Each case cites its public source in fixtures/redteam74-corpus.ts. A
 * planted value counts as found only if no raw copy of it remains anywhere in the output (values,
 * keys, evidence), JSON-escaped or not. The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.940 (101 planted),
 * adversarial 0.773 (84); look-alikes kept 0.947 (95) / 0.979 (49). Per family (recall / kept):
 * er_cases 0.833 / 0.935, investigations 0.870 / 0.888, hotlines 0.825 / 1.000,
 * accommodations_and_leave 0.882 / 0.962, performance_and_exits 0.921 / 1.000. (The corpus plants
 * 185 values and 144 look-alikes in 43 cases.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventy-fourth round',
  'red-team corpus 74',
  REDTEAM74_CORPUS,
  {
    family: {
      er_cases: 0.833,
      investigations: 0.87,
      hotlines: 0.825,
      accommodations_and_leave: 0.882,
      performance_and_exits: 0.921,
    },
    slice: { realistic: { recall: 0.94, kept: 0.947 }, adversarial: { recall: 0.773, kept: 0.979 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-fourth round', REDTEAM74_CORPUS);

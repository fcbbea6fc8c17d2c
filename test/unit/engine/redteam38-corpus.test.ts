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
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-eighth round',
  'red-team corpus 38',
  REDTEAM38_CORPUS,
  {
    family: { rostering_sis: 0.79, lms_admissions: 0.752, financial_aid_national_ids: 0.686, donors_nonprofit: 0.873 },
    slice: { realistic: { recall: 0.858, kept: 0.966 }, adversarial: { recall: 0.664, kept: 0.968 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-eighth round', REDTEAM38_CORPUS);

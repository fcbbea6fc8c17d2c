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
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fortieth round',
  'red-team corpus 40',
  REDTEAM40_CORPUS,
  {
    family: { rental_screening: 0.921, property_ops: 0.833, mortgage_servicing: 0.875, title_closing: 0.677 },
    slice: { realistic: { recall: 0.929, kept: 0.928 }, adversarial: { recall: 0.728, kept: 0.948 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fortieth round', REDTEAM40_CORPUS);

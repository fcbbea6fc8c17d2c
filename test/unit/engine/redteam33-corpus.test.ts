import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM33_CORPUS } from './fixtures/redteam33-corpus.js';

/**
 * Thirty-third red-team round: fixed-width and EDI files of payroll, benefits and banking. Each case
 * cites its public source in fixtures/redteam33-corpus.ts. A planted value counts as found only if no
 * raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The
 * floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.604 (162 planted),
 * adversarial 0.536 (97); look-alikes kept 0.913 (92) / 0.838 (31). Per family (recall / kept):
 * ach_us 0.392 / 0.919, tax_wage_us 0.609 / 0.764, benefits_edi 0.756 / 1.000, intl_payments
 * 0.573 / 0.900, hr_exports 0.603 / 0.850. (The corpus plants 259 values, more than the brief's 200;
 * it was not cut.) The idempotence suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-third round',
  'red-team corpus 33',
  REDTEAM33_CORPUS,
  {
    family: { ach_us: 0.392, tax_wage_us: 0.609, benefits_edi: 0.756, intl_payments: 0.573, hr_exports: 0.603 },
    slice: { realistic: { recall: 0.604, kept: 0.913 }, adversarial: { recall: 0.536, kept: 0.838 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-third round', REDTEAM33_CORPUS);

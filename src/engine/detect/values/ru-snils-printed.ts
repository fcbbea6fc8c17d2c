/**
 * A Russian SNILS (insurance account number) in its printed shape, `NNN-NNN-NNN NN`: dashes
 * between the three triples, a blank before the two check digits, as the green card and every
 * payroll form print it. No other number is written so; with its check number (Σ digit × 9..1,
 * mod 101) it stands without the word СНИЛС (ru_snils reads the other spellings after the word).
 * Runs only on text with runs of 3 and of 2 digits and a dash.
 */
import { runBit } from '../digit-runs.js';
import { ruSnilsValid } from '../validators-national.js';
import { digitsOnly } from '../validators.js';
import { regexDetector } from './helpers.js';

export const ruSnilsPrinted = regexDetector({
  id: 'ru_snils_printed',
  entity: 'RU_SNILS',
  description: 'Russia insurance account numbers (СНИЛС) in the printed shape NNN-NNN-NNN NN, without their word',
  validation: '9 digits in dashed triples, a blank, the 2-digit check number (Σ digit × 9..1, mod 101, 100 → 00)',
  context: false,
  example: '112-233-445 95',
  requires: 'numeric',
  prefilter: (s) => s.numeric && (s.digitRuns & runBit(3)) !== 0 && (s.digitRuns & runBit(2)) !== 0 && s.text.indexOf('-') !== -1,
  pattern: /(?<![\w.,/+-])\d{3}-\d{3}-\d{3} \d{2}(?![\w]|[.,/-]\d)/g,
  validate: (v) => (ruSnilsValid(v) ? digitsOnly(v) : undefined),
});

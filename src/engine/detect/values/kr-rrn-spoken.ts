/**
 * A Korean resident registration number read out in a voice transcript, its hyphen said as a word
 * (`050912 다시 2000019`: 다시 / 대시, "dash", as speech-to-text writes it). The plain kr_rrn
 * detector reads the printed forms. Runs only where the engine's keyword index found 다시 or 대시,
 * and reports a candidate only after an RRN word (주민번호, 주민등록번호, rrn) within 40
 * characters before it; the check digit (or, for numbers issued from October 2020, the date and
 * sex digit) decides. Reports the 13 digits: one token with the printed form.
 */
import { contextBefore } from '../context.js';
import { krRrnValid } from '../validators-ids.js';
import { krRrnStructureValid } from '../validators-national.js';
import { digitsOnly } from '../validators.js';
import { regexDetector } from './helpers.js';
import { contextKeywords } from './shared.js';

const RRN = contextKeywords(['rrn', 'resident registration', '주민등록번호', '주민번호', '주민 번호']);

export const krRrnSpoken = regexDetector({
  id: 'kr_rrn_spoken',
  entity: 'KR_RRN',
  description: 'South Korea resident registration numbers read out with the hyphen as a word (다시, 대시)',
  validation: 'YYMMDD, 7 digits, the kr_rrn check digit (or the date and sex digit); 다시 / 대시 between; an RRN word before',
  context: true,
  example: '주민번호 900101 다시 1234568',
  keywords: ['다시', '대시'],
  prefilter: (s) => s.digitRun >= 6,
  pattern: /(?<![\w.,/-])\d{6} ?(?:다시|대시) ?\d{7}(?![\w]|[.,/-]\d)/g,
  validate: (v, scan, start) => {
    const digits = digitsOnly(v);
    if (!(krRrnValid(digits) || krRrnStructureValid(digits))) return undefined;
    return contextBefore(scan, start, RRN.re) ? digits : undefined;
  },
});

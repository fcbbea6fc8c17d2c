import { contextBefore } from '../context.js';
import { inPanValid } from '../validators-ids.js';
import { regexDetector } from './helpers.js';

/** `PAN` as a word right before the number (`PAN acupa7085r`, `pan no: …`, `mera PAN acupa7085r hai`). */
const PAN_BEFORE = /(?<![a-z])pan(?:[ -]?(?:no\.?|number|card|card no\.?))?\s{0,2}(?:is\s|[:=#"'])?\s{0,2}["']?$/;

/**
 * India PANs in lower or mixed case (`acupa7085r` typed into a refund-portal chat): the in_pan
 * detector searches only upper-case windows. Run where the text has `pan` before a blank or a
 * separator (the shared keyword pass, as it_fiscal_code_lower_case does for its names), and only
 * when the word PAN stands right before the number; the holder-type letter and the shape decide.
 */
export const lowerCaseInPan = regexDetector({
  id: 'in_pan_lower_case',
  entity: 'IN_PAN',
  description: 'India Permanent Account Numbers in lower or mixed case',
  validation:
    'the in_pan shape after upper-casing (holder-type 4th letter, 4 digits not 0000); at least one lower-case letter; the word PAN right before',
  context: true,
  example: 'PAN acupa7085r',
  keywords: ['pan ', 'pan:', 'pan=', 'pan"', 'pan#', 'pan-no', 'pan_no'],
  prefilter: (s) => s.text.length >= 13 && s.hasDigit,
  pattern: /(?<![\w-])[A-Za-z]{5}\d{4}[A-Za-z](?![\w])/g,
  validate: (v, scan, start) => {
    if (!/[a-z]/.test(v)) return undefined;
    const upper = v.toUpperCase();
    return inPanValid(upper) && contextBefore(scan, start, PAN_BEFORE, 20) ? upper : undefined;
  },
});

import { inPanValid } from '../validators-ids.js';
import { afterNameDetector } from './after-name.js';
import { regexDetector } from './helpers.js';

/**
 * India PANs in lower or mixed case (`acupa7085r` typed into a refund-portal chat): the in_pan
 * detector searches only upper-case windows. Read only right after the word PAN (`PAN acupa7085r`,
 * `pan no: …`, `mera PAN acupa7085r hai`, `my pan is …`), where the shared keyword pass saw `pan`
 * before a blank or a separator; the holder-type letter and the shape decide.
 */
export const lowerCaseInPan = afterNameDetector({
  id: 'in_pan_lower_case',
  entity: 'IN_PAN',
  description: 'India Permanent Account Numbers in lower or mixed case',
  validation:
    'the in_pan shape after upper-casing (holder-type 4th letter, 4 digits not 0000); at least one lower-case letter; the word PAN right before',
  context: true,
  example: 'PAN acupa7085r',
  // Round 23: `पैन`, PAN written in Devanagari (`मेरा पैन abcpk1234l है`).
  keywords: ['pan ', 'pan:', 'pan=', 'pan"', 'pan#', 'pan-no', 'pan_no', 'पैन'],
  prefilter: (s) => s.text.length >= 13 && s.hasDigit,
  names: ['pan', 'Pan', 'PAN', 'पैन'],
  pattern: /(?:pan|पैन)(?:[ _-]?(?:no\.?|number|card(?: no\.?)?))?\s{0,2}(?:is\s|[:=#"'])?\s{0,2}["']?([A-Za-z]{5}\d{4}[A-Za-z])(?![\w])/diy,
  validate: (v) => {
    if (!/[a-z]/.test(v)) return undefined;
    const upper = v.toUpperCase();
    return inPanValid(upper) ? upper : undefined;
  },
});

/**
 * An India PAN in lower or mixed case right before `(pan)` (a W-8BEN review queue's `foreign tin:
 * acupa7085r (pan)`; leftovers of red-team round 82): the label after the number, in brackets.
 */
export const lowerCaseInPanBeforeLabel = regexDetector({
  id: 'in_pan_lower_case_before_label',
  entity: 'IN_PAN',
  description: 'India Permanent Account Numbers in lower or mixed case right before `(pan)`',
  validation:
    'the in_pan shape after upper-casing (holder-type 4th letter, 4 digits not 0000); at least one lower-case letter; `(pan)` right after',
  context: false,
  example: 'foreign tin: acupa7085r (pan)',
  keywords: ['(pan)'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w])([A-Za-z]{5}\d{4}[A-Za-z]) ?\((?:pan|PAN|Pan)\)/dg,
  group: 1,
  validate: (v) => {
    if (!/[a-z]/.test(v)) return undefined;
    const upper = v.toUpperCase();
    return inPanValid(upper) ? upper : undefined;
  },
});

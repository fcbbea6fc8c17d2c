/**
 * Hong Kong and Taiwan identity numbers as people type them in chats (red-team round 17): an HKID
 * with blanks between its parts (`CA 182361 (1)`) and a Taiwan id in lower case (`a123456789`).
 * The plain detectors (ids-world.ts) read the printed forms; these read the typed ones only after
 * an id word (身份證, 身分證, HKID, ID card…), since lower-case letters and blanks widen what passes.
 * Each check digit is verified; the reported value is the compact upper-case form (one token with
 * the printed one).
 */
import { hkIdValid, twIdValid } from '../validators-national.js';
import { keywordGatedDetector } from './gated.js';

export const hkHkidSpaced = keywordGatedDetector({
  id: 'hk_hkid_spaced',
  entity: 'HK_HKID',
  description: 'Hong Kong identity card numbers typed with blanks between the letters, digits and check character',
  validation: '1–2 letters, 6 digits, check character 0–9 or A in brackets or not (mod 11), blanks between; an id word before',
  example: '身份證 CA 182361 (1)',
  keywords: ['hkid', 'hong kong id', '身份證', '身分證', '香港身份證'],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w-])[A-Z]{1,2} \d{6} ?(?:\([0-9A]\)|[0-9A])(?![\w])/g,
  valid: hkIdValid,
});

export const twIdLowerCase = keywordGatedDetector({
  id: 'tw_id_lower_case',
  entity: 'TW_ID',
  description: 'Taiwan national identification numbers typed with a lower-case region letter',
  validation: 'region letter (lower case), 1 or 2 (8 or 9 for residents), 8 digits, the Taiwan check digit; an id word before',
  example: '身分證 a123456789',
  keywords: ['身分證', '身份證', '身分證字號', '統一證號', 'national id', 'id no'],
  gate: ['身分證', '身份證', '統一證號', 'national id', 'id no'],
  prefilter: (s) => s.digitRun >= 9,
  pattern: /(?<![\w-])[a-z][1289]\d{8}(?![\w])/g,
  valid: twIdValid,
});

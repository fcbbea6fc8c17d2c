/**
 * One-time codes in the messages that deliver them (red-team round 10: an FCM push body "Your
 * code is 482913", SMS gateway logs, e-mail templates): 4–8 digits right after the phrase that
 * announces a code, in English and in the languages of the round's records. A code is a
 * credential while it is valid; a number after other words (`status code 404`) is not read.
 */
import { contextBefore, keywordRegex } from '../context.js';
import { regexDetector } from './helpers.js';

const PHRASES = [
  'your code is',
  'your code:',
  'verification code',
  'one-time code',
  'one time code',
  'one-time password',
  'login code',
  'sign-in code',
  'security code is',
  'otp',
  '認証コード',
  '确认码',
  '验证码',
  '인증번호',
  'код подтверждения',
  'код:',
  'mã xác nhận',
  'doğrulama kodu',
];
const ANNOUNCED = keywordRegex(PHRASES);
const ANNOUNCEMENT_WINDOW = 24;
/** `your <up to 4 words> code is` / `code:` right before the code (lower-cased text). */
const BRANDED_BEFORE = /\byour(?:\s+[\w'&.-]+){1,4}?\s+(?:code|pin|passcode)(?:\s+is)?\s*:?\s*$/;
/** `is your <up to 4 words> code` right after the code (lower-cased text). */
const BRANDED_AFTER = /^\s+is\s+your(?:\s+[\w'&.-]+){0,4}?\s+(?:code|pin|passcode|otp)\b/;

export const oneTimeCode = regexDetector({
  id: 'one_time_code',
  entity: 'SECRET',
  description: 'One-time codes (OTP, verification and login codes) right after the phrase that announces them',
  validation:
    '4–8 digits, within 24 characters after a phrase such as "your code is", "verification code", OTP, 認証コード, 验证码, 인증번호',
  context: true,
  example: 'Your code is 482913',
  // Literals of the phrases, not `code` alone: `status_code`, `error code` fill audit records.
  keywords: [
    'your code',
    'verification',
    'one-time',
    'one time',
    'login code',
    'sign-in code',
    'security code',
    'otp',
    '認証コード',
    '确认码',
    '验证码',
    '인증번호',
    'код',
    'mã xác nhận',
    'doğrulama',
    'code is',
    'code:',
    'is your',
  ],
  prefilter: (s) => s.hasDigit,
  // A code may be printed in two halves (`417-263`) or after a one-letter brand prefix (`G-582931`).
  pattern: /(?:(?<=(?<![\w-])[A-Z]-)|(?<![\w.,:/-]))(?:\d{3}[- ]\d{3}|\d{4,8})(?![\w]|[.,:/-]\d)/g,
  // 24 characters: the longest phrase with its verb (`verification code is `, 21) fits whole.
  validate: (v, scan, start) => {
    const code = v.length === 7 && (v[3] === '-' || v[3] === ' ') ? v.slice(0, 3) + v.slice(4) : v;
    if (contextBefore(scan, start, ANNOUNCED, ANNOUNCEMENT_WINDOW)) return code;
    // The sender's brand between `your` and `code` (`Your WhatsApp code: 417-263`, `Your Example
    // Bank code is 739204`), or the code first (`902715 is your Lyft code`, `G-582931 is your
    // Google verification code`), as the services' own SMS and push templates write them.
    if (contextBefore(scan, start, BRANDED_BEFORE, 48)) return code;
    const end = start + v.length;
    return BRANDED_AFTER.test(scan.lower().slice(end, end + 64)) ? code : undefined;
  },
});

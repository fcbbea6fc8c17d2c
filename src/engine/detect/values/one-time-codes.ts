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
  ],
  prefilter: (s) => s.hasDigit,
  pattern: /(?<![\w.,:/-])\d{4,8}(?![\w]|[.,:/-]\d)/g,
  // 24 characters: the longest phrase with its verb (`verification code is `, 21) fits whole.
  validate: (v, scan, start) => (contextBefore(scan, start, ANNOUNCED, ANNOUNCEMENT_WINDOW) ? v : undefined),
});

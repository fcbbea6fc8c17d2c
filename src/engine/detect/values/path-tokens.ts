import { regexDetector } from './helpers.js';

/**
 * Single-use tokens written as the last path segment of an account link: password-reset,
 * activation, e-mail verification, invitation and magic-link URLs (`/signin/reset-password/<token>`
 * in Okta's System Log requestUri, `/activate/<token>`, `/invite/<token>`). Whoever holds the link
 * before it is used takes over the account. A slug (`/verify-email/help-center`) has no digit and
 * stays; so does a segment shorter than 16 characters (an id, a step name).
 */
export const accountLinkToken = regexDetector({
  id: 'account_link_token',
  entity: 'SECRET',
  description: 'Tokens in the path of password-reset, activation, verification, invitation and magic-link URLs',
  validation:
    'the path segment after /reset-password/, /password-reset/, /activate/, /verify-email/, /confirm-email/, /invite/, /magic-link/ (and their _ and joined spellings): 16–256 URL-safe characters with a letter and a digit',
  context: false,
  example: 'https://id.example.com/signin/reset-password/nS8fYxPNDN2gr1ZNUZ5H',
  keywords: ['password', 'activat', 'verif', 'confirm', 'invit', 'magic'],
  prefilter: (s) => s.text.length >= 24 && s.hasDigit && s.text.indexOf('/') >= 0,
  pattern:
    /\/(?:reset[-_]?password|password[-_]?reset|forgot[-_]?password|set[-_]?password|activate|activation|verify[-_]?email|email[-_]?verification|confirm[-_]?email|confirm[-_]?account|invite|invitation|magic[-_]?link)\/([A-Za-z0-9_-]{16,256})(?![A-Za-z0-9_-])/dgi,
  group: 1,
  validate: (v) => (/[0-9]/.test(v) && /[A-Za-z]/.test(v) ? v : undefined),
});

/**
 * A whistleblowing portal's report key or access key as a path segment of the follow-up link
 * (`…/r/SPK-21045/key/Z8VN-2QKD-77LM`, `/followup/key/H3JD-9VQC-6PZA/messages`, `/access/…`,
 * `/inbox/code/…`: hotline portal access logs and receipt mails; red-team round 74 and its
 * leftovers). With the key (and its password, where there is one) anyone reads the anonymous
 * reporter's case and messages. The key is written in groups (three to six of 3–8 letters and
 * digits, joined by `-`) with a letter and a digit; a case number, a slug or a UUID after the same
 * words (`/access/logs`, `/key/3f2b…-…`) stays.
 */
export const hotlineKeyPathSegment = regexDetector({
  id: 'hotline_key_path_segment',
  entity: 'SECRET',
  description:
    "Whistleblowing portals' report and access keys as a URL path segment after /key/, /access/, /code/, /access-key/, /report-key/",
  validation:
    'the path segment after /key/, /access/, /code/, /accesskey/, /access-key/, /access_key/, /access-code/, /reportkey/, /report-key/: three to six groups of 3–8 letters and digits joined by `-`, with a letter and a digit',
  context: false,
  example: 'GET /r/SPK-21045/key/Z8VN-2QKD-77LM HTTP/1.1',
  keywords: ['/key/', '/access/', '/code/', '/accesskey/', '/access-key/', '/access_key/', '/access-code/', '/reportkey/', '/report-key/'],
  prefilter: (s) => s.hasDigit,
  pattern:
    /\/(?:key|access|code|access[-_]?key|access[-_]?code|report[-_]?key)\/([A-Za-z0-9]{3,8}(?:-[A-Za-z0-9]{3,8}){2,5})(?![A-Za-z0-9_-])/dgi,
  group: 1,
  validate: (v) => (/[0-9]/.test(v) && /[A-Za-z]/.test(v) ? v : undefined),
});

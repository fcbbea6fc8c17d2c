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
 * The same single-use tokens as a query parameter of an account link under a short or in-house
 * name (red-team round 30: an access log's `GET /account/reset?email=…&rt=c29e4a1f…`): any
 * parameter of a URL whose path ends in reset / verify / confirm / activate / magic / invite whose
 * value is 16–256 URL-safe characters where letters and digits alternate (not a prefixed record
 * id such as `ORD-2024-118233`). Campaign parameters (`utm_…`)
 * and values with other characters (an e-mail, a redirect URL) are not read.
 */
export const accountLinkQueryToken = regexDetector({
  id: 'account_link_query_token',
  entity: 'SECRET',
  description: 'Tokens in any query parameter of password-reset, verification, activation, invitation and magic-link URLs',
  validation:
    'a query parameter (not utm_) of a URL whose path ends in /reset, /reset-password, /verify, /verify-email, /confirm, /activate, /magic-link, /invite (and their _ and joined spellings): 16–256 URL-safe characters, letters and digits alternating at least four times, not a prefixed id',
  context: false,
  example: 'GET /account/reset?uid=88123&rt=c29e4a1f7b6d8e3a0f5c2b9d4e7a1c6f',
  // Joined to the `?` so that prose questions (`what is your email?`) do not open the pattern.
  keywords: [
    'reset?',
    'password?',
    'verify?',
    '-email?',
    '_email?',
    'verifyemail?',
    'confirmemail?',
    'confirm?',
    'activate?',
    'magic?',
    '-link?',
    '_link?',
    'magiclink?',
    'invite?',
  ],
  prefilter: (s) => s.text.length >= 24 && s.hasDigit,
  pattern:
    /\/(?:reset|reset[-_]?password|password[-_]?reset|forgot[-_]?password|set[-_]?password|verify|verify[-_]?email|confirm|confirm[-_]?email|activate|magic|magic[-_]?link|invite|accept[-_]?invite)\?(?:[^#\s"'<>]*?&)?(?!utm_)[A-Za-z][\w.-]{0,31}=([A-Za-z0-9_-]{16,256})(?![A-Za-z0-9_%.-])/dgi,
  group: 1,
  validate: (v) => (!ID_PREFIX.test(v) && mixes(v) ? v : undefined),
});

/** An id with a prefix (`ORD-2024-118233`, `inv_20931`): a record's id, not a token. */
const ID_PREFIX = /^[A-Za-z]{1,6}[-_]\d/;

/** Whether letters and digits alternate at least four times, as random tokens do (`c29e4a1f…`). */
function mixes(v: string): boolean {
  let changes = 0;
  let last = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const kind = c >= 48 && c <= 57 ? 1 : (c | 32) >= 97 && (c | 32) <= 122 ? 2 : 0;
    if (kind === 0) continue;
    if (last !== 0 && kind !== last && ++changes >= 4) return true;
    last = kind;
  }
  return false;
}

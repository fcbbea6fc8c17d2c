import { afterNameDetector } from './after-name.js';
import { regexDetector } from './helpers.js';

/**
 * A person's LinkedIn profile address (`linkedin.com/in/jane-doe-4815`, older `linkedin.com/pub/…`):
 * the vanity name is chosen by the member, usually from their own name, and identifies them on
 * its own. ATS webhooks and résumés carry it (Greenhouse `social_media_addresses`, Lever `links`,
 * Ashby `socialLinks`). Only the path segment after `/in/` or `/pub/` is masked, so the host still
 * reads; company pages (`/company/…`), jobs and posts are not profiles and stay.
 */
export const linkedInProfile = regexDetector({
  id: 'linkedin_profile',
  entity: 'PERSON',
  description: 'LinkedIn profile addresses (linkedin.com/in/<vanity name>): the vanity name',
  validation: 'the path segment after `linkedin.com/in/` or `/pub/`, 3–100 letters, digits, `-`, `_` or `%`',
  context: false,
  example: 'https://www.linkedin.com/in/jane-doe-4815162342',
  keywords: ['linkedin.com/in/', 'linkedin.com/pub/'],
  prefilter: () => true,
  pattern: /linkedin\.com\/(?:in|pub)\/([A-Za-z0-9%_-]{3,100})/dgi,
  group: 1,
  validate: (v) => v,
});

/**
 * A person's handle on a messaging, social or payment app named right before it, as dating and
 * classifieds users write it past a contact filter and as trust & safety reports quote it (red-team
 * round 47: `my snap (lilyrose_x99)`, `insta @lily.rose.harper`, `venmo @Jordan-Reyes-12`,
 * `cashapp $jreyes12`). A handle reaches the person as a phone number does. Only a handle that
 * cannot be an English word: written with `@` or `$`, or holding a digit, `_` or `.` (`my insta is
 * private`, `add me on snap if…` stay). A dash joined to the next word makes one compound id
 * (`programId: snap-ubi-v3` of a telematics programme: red-team round 83), no handle.
 */
export const appHandleAfterName = afterNameDetector({
  id: 'app_handle_after_name',
  entity: 'PERSON',
  description: 'Handles on Snapchat, Instagram, TikTok, Telegram, Kik, Venmo and Cash App named before them',
  validation:
    'after snap(chat), insta(gram), tiktok, telegram, kik, venmo or cashapp (and up to two of me / handle / username / id / is / on / at / :, an opening bracket): 3–30 letters, digits, `.`, `_`, `-` after `@` or `$`, or with a digit, `_` or `.` in them',
  context: true,
  example: 'my snap is lilyrose_x99',
  keywords: ['snapchat', 'snap', 'insta', 'tiktok', 'telegram', 'kik', 'venmo', 'cashapp'],
  prefilter: () => true,
  names: [
    'snap',
    'Snap',
    'SNAP',
    'insta',
    'Insta',
    'INSTA',
    'tiktok',
    'TikTok',
    'Tiktok',
    'telegram',
    'Telegram',
    'kik',
    'Kik',
    'venmo',
    'Venmo',
    'cashapp',
    'Cashapp',
    'CashApp',
  ],
  pattern:
    /(?:snap(?:chat)?|insta(?:gram)?|tiktok|telegram|kik|venmo|cashapp)(?![a-z])(?:[ \t]*(?::|-(?![A-Za-z0-9])|(?:me|handle|username|user|name|id|is|on|at)(?![a-z])))*[ \t]*[([]?[ \t]*((?:[@$][A-Za-z0-9][\w.-]{1,28}|(?=[\w-]*(?:[\d_]|\.\w))[A-Za-z][\w.-]{2,29})(?<![.-]))(?![\w@])/diy,
  validate: (v) => v,
});

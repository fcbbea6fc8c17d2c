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

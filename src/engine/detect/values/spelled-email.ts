import { contextBefore, keywordRegex } from '../context.js';
import { regexDetector } from './helpers.js';

/**
 * E-mail addresses spelled out as people say them and speech recognition writes them (contact-
 * centre and IVR transcripts): `jane dot doe at example dot com`. The local part is words joined
 * by ` dot `, ` underscore ` or ` dash `, then ` at `, then a domain of words joined by ` dot `
 * that ends in a common top-level domain, with a word for e-mail within 40 characters before
 * it: prose such as `look at the dot com bubble` has the same words.
 */
const EMAIL_CONTEXT = keywordRegex(['email', 'e-mail', 'mail', 'address', 'courriel', 'correo', 'adresse']);
const TLDS = ['com', 'org', 'net', 'edu', 'gov', 'io', 'co', 'uk', 'de', 'fr', 'es', 'it', 'nl', 'ca', 'au', 'in', 'us', 'info', 'biz'];
const SPELLED_EMAIL = new RegExp(
  `(?<![\\w.])[a-z0-9]+(?: (?:dot|underscore|dash|hyphen) [a-z0-9]+){0,4} at [a-z0-9-]+(?: dot [a-z0-9-]+){0,3} dot (?:${TLDS.join('|')})(?![\\w])`,
  'gi',
);

export const spelledEmail = regexDetector({
  id: 'email_spelled',
  entity: 'EMAIL',
  description: 'Email addresses spelled out in words (jane dot doe at example dot com), as transcripts write them',
  validation:
    'words joined by dot / underscore / dash, then at, then a domain of words joined by dot ending in a common top-level domain; an e-mail word within 40 characters before',
  context: true,
  example: 'email jane dot doe at example dot com',
  keywords: TLDS.map((t) => ` dot ${t}`),
  prefilter: (s) => s.lower().indexOf(' at ') >= 0,
  pattern: SPELLED_EMAIL,
  validate: (v, scan, start) =>
    !contextBefore(scan, start, EMAIL_CONTEXT)
      ? undefined
      : v
          .toLowerCase()
          .replace(/ dot /g, '.')
          .replace(/ underscore /g, '_')
          .replace(/ (?:dash|hyphen) /g, '-')
          .replace(' at ', '@'),
});

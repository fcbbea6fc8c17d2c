import { regexDetector } from './helpers.js';

/**
 * Session passwords of FIX messages (FIX Trading Community, FIXimate: tag 554 Password, 925
 * NewPassword) as engines and log viewers print them: `tag=value` fields separated by SOH (0x01),
 * `|` or a caret-A. Only inside a message, so the keyword is the BeginString `8=FIX` (FIX.4.x and
 * FIXT.1.1): strings without it never run the pattern.
 */
export const fixPassword = regexDetector({
  id: 'fix_password',
  entity: 'SECRET',
  description: 'Passwords in FIX messages (tags 554 Password and 925 NewPassword)',
  validation: 'a FIX message (BeginString 8=FIX…) with a 554= or 925= field: its value up to the next field delimiter (SOH, |, ^A)',
  context: false,
  example: '8=FIX.4.4|9=102|35=A|553=trader7|554=Fx!Logon2024|10=072|',
  keywords: ['8=fix'],
  prefilter: (s) => s.text.length >= 16,
  pattern: /(?:^|[|\x01]|\^A)(?:554|925)=((?:(?!\^A)[^|\x01\n]){1,128})/dg,
  group: 1,
  validate: (v) => v,
});

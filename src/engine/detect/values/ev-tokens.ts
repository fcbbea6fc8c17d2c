import { regexDetector } from './helpers.js';

/**
 * An OCPI token's uid in an API path (red-team round 71): the eMSP Tokens module addresses one
 * driver's token by its uid (`/ocpi/emsp/2.2.1/tokens/{token_uid}/authorize`, the CPO module
 * `/ocpi/cpo/2.2.1/tokens/{country_code}/{party_id}/{token_uid}`), so gateway and hub logs carry
 * the RFID card's UID or the app user's id in the path. Only in a text with an `/ocpi/` path; the
 * uid holds a digit (`/tokens/authorize` and a `?type=RFID` query stay).
 */
export const ocpiTokenUidPath = regexDetector({
  id: 'ocpi_token_uid_path',
  entity: 'DEVICE_ID',
  description: 'OCPI token uids (RFID card UIDs, app user ids) in Tokens module API paths',
  validation:
    'the path segment after /tokens/ (and an optional country code and party id segment) of 4–36 letters, digits and dashes with a digit, in a text holding /ocpi/',
  context: true,
  example: '/ocpi/emsp/2.2.1/tokens/0455A3D2E16B80/authorize',
  keywords: ['/tokens/'],
  prefilter: (s) => s.hasDigit && s.text.includes('/ocpi/'),
  pattern: /\/tokens\/(?:[A-Za-z]{2}\/[A-Za-z0-9]{3}\/)?([A-Za-z0-9-]{4,36})(?=[/?#\s"'&]|$)/dg,
  group: 1,
  validate: (v) => (/\d/.test(v) ? v : undefined),
});

import { regexDetector } from './helpers.js';

/**
 * vCard (RFC 6350) properties whose whole value is personal: the name properties FN, N and
 * NICKNAME, and the delivery address properties ADR and LABEL (`ADR;TYPE=work:;Suite D2-630;2875
 * Laurier;Quebec;QC;G1V 2M2;Canada`), where free-text detectors lack the street word or the
 * postcode context. Read only in text that holds `BEGIN:VCARD`; a property may carry a group
 * (`item1.ADR`) and parameters (`;TYPE=work`); the value runs to the end of the line. TEL, EMAIL,
 * BDAY and GEO values have detectors of their own.
 */
const property = (names: string) => new RegExp(`^(?:[A-Za-z0-9-]{1,20}\\.)?(?:${names})(?:;[^:\\r\\n]{0,200})?:([^\\r\\n]{1,400})`, 'dgim');

const nonEmpty = (v: string) => (v.replace(/[;,\s]/g, '').length > 0 ? v.trim().toLowerCase() : undefined);

export const vcardName = regexDetector({
  id: 'vcard_name',
  entity: 'PERSON',
  description: 'Names in vCards (FN, N, NICKNAME properties)',
  validation: 'the value of an FN, N or NICKNAME line in text that holds BEGIN:VCARD (RFC 6350 §6.2)',
  context: false,
  example: 'BEGIN:VCARD\nFN:Simon Perreault\nN:Perreault;Simon;;;',
  keywords: ['begin:vcard'],
  prefilter: () => true,
  pattern: property('FN|N|NICKNAME'),
  group: 1,
  validate: nonEmpty,
});

export const vcardAddress = regexDetector({
  id: 'vcard_address',
  entity: 'ADDRESS',
  description: 'Delivery addresses in vCards (ADR, LABEL properties)',
  validation: 'the value of an ADR or LABEL line in text that holds BEGIN:VCARD (RFC 6350 §6.3.1)',
  context: false,
  example: 'BEGIN:VCARD\nADR;TYPE=work:;Suite D2-630;2875 Laurier;Quebec;QC;G1V 2M2;Canada',
  keywords: ['begin:vcard'],
  prefilter: () => true,
  pattern: property('ADR|LABEL'),
  group: 1,
  validate: nonEmpty,
});

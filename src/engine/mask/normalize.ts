import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * The canonical form of a value of a type, the input of its deterministic token. A value found by
 * its field name and the same value found in free text must normalise alike, or joins break
 * (`"email": "Jane@X.com"` and `mail Jane@x.com` give one token).
 */
export function normalizeForEntity(entity: string, raw: string): string {
  const v = raw.trim();
  switch (entity) {
    case 'EMAIL':
    case 'IP_ADDRESS':
      return v.toLowerCase();
    case 'CREDIT_CARD':
    case 'US_SSN':
    case 'BANK_ACCOUNT':
      return /^[\d\s-]+$/.test(v) ? v.replace(/[\s-]/g, '') : v;
    case 'IBAN':
      return v.replace(/\s/g, '').toUpperCase();
    case 'PHONE': {
      const parsed = parsePhoneNumberFromString(v, v.startsWith('+') ? undefined : 'US');
      return parsed?.isValid() ? parsed.number : v.replace(/[^\d+]/g, '');
    }
    default:
      return v;
  }
}

import type { CountryCode } from 'libphonenumber-js';
import type { ValueDetector } from './types.js';
import { creditCard, iban, usSsn } from './values/financial.js';
import { ipv4, ipv6 } from './values/network.js';
import { dateOfBirth, email, phoneDetector } from './values/pii.js';
import { authorizationCredential, awsAccessKeyId, jwt, privateKey, secretAssignment } from './values/secrets.js';

export interface CatalogOptions {
  phoneRegions: readonly string[];
}

/**
 * The built-in value detectors in priority order: where two findings overlap, the earlier detector
 * wins (a private key block beats the email inside it; a JWT beats the base64 around it).
 */
export function builtinDetectors(options: CatalogOptions): ValueDetector[] {
  return [
    privateKey,
    jwt,
    awsAccessKeyId,
    authorizationCredential,
    secretAssignment,
    email,
    creditCard,
    iban,
    usSsn,
    ipv4,
    ipv6,
    dateOfBirth,
    phoneDetector(options.phoneRegions as CountryCode[]),
  ];
}

/** Ids of every built-in detector, for policy validation. */
export const BUILTIN_DETECTOR_IDS: readonly string[] = builtinDetectors({ phoneRegions: ['US'] }).map((d) => d.id);

import type { CountryCode } from 'libphonenumber-js';
import type { ValueDetector } from './types.js';
import { creditCard, iban, usSsn } from './values/financial.js';
import { ipv4, ipv6 } from './values/network.js';
import { dateOfBirth, email, phoneDetector } from './values/pii.js';
import { authorizationCredential, awsAccessKeyId, jwt, privateKey, secretAssignment } from './values/secrets.js';
import { abaRouting, cardExpiry, cardSecurityCode, swiftBic, usBankAccount } from './values/banking.js';
import { bitcoinAddress, ethereumAddress } from './values/crypto.js';
import { imei, latLong, macAddress, vin } from './values/devices.js';
import * as ids from './values/national-ids.js';
import * as generic from './values/secrets-generic.js';
import * as vendors from './values/secrets-vendors.js';
import { postcode, streetAddress } from './values/addresses.js';
import { personName, personNameIntro } from './values/person-names.js';
import { usDea, usDriverLicense, usItin, usNpi, usPassport } from './values/us-ids.js';

export interface CatalogOptions {
  phoneRegions: readonly string[];
}

/**
 * The built-in value detectors in priority order: where two findings overlap, the earlier detector
 * wins (a private key block beats the email inside it; a JWT beats the base64 around it).
 */
export function builtinDetectors(options: CatalogOptions): ValueDetector[] {
  return [
    // Secrets with a fixed shape first: they are the most specific.
    privateKey,
    jwt,
    vendors.anthropicApiKey,
    vendors.openaiApiKey,
    vendors.githubFineGrainedPat,
    vendors.githubPat,
    vendors.githubOauth,
    vendors.githubAppToken,
    vendors.githubRefreshToken,
    vendors.gitlabToken,
    vendors.slackToken,
    vendors.slackWebhook,
    vendors.stripeKey,
    vendors.sendgridApiKey,
    vendors.twilioApiKey,
    vendors.huggingfaceToken,
    vendors.npmToken,
    vendors.pypiToken,
    vendors.googleApiKey,
    vendors.googleOauthSecret,
    vendors.gcpPrivateKeyId,
    vendors.azureConnectionString,
    awsAccessKeyId,
    generic.awsSessionToken,
    generic.awsSecretKey,
    vendors.azureStorageKey,
    generic.dbCredentials,
    generic.urlCredentials,
    generic.bcryptHash,
    generic.argon2Hash,
    generic.cryptHash,
    generic.sessionCookie,
    authorizationCredential,
    secretAssignment,
    // Personal data with a checksum or a distinctive shape.
    email,
    creditCard,
    iban,
    usSsn,
    usItin,
    ids.ukNino,
    ids.esNif,
    ids.esNie,
    ids.itFiscalCode,
    ids.frNir,
    ids.brCpf,
    ids.brCnpj,
    ids.krRrn,
    ids.sgNric,
    ids.inPan,
    // Numbers that need a keyword nearby (the checksum alone passes too many random numbers).
    abaRouting,
    usNpi,
    usDea,
    ids.ukNhs,
    ids.caSin,
    ids.inAadhaar,
    ids.auTfn,
    ids.auAbn,
    ids.auMedicare,
    ids.plPesel,
    usPassport,
    usDriverLicense,
    swiftBic,
    imei,
    usBankAccount,
    // Devices, networks, wallets, places.
    bitcoinAddress,
    ethereumAddress,
    vin,
    macAddress,
    ipv4,
    ipv6,
    latLong,
    dateOfBirth,
    cardExpiry,
    cardSecurityCode,
    // Names and addresses in free text (street lines before names: `Baker Street` is a place).
    streetAddress,
    postcode,
    personName,
    personNameIntro,
    generic.genericSecret,
    phoneDetector(options.phoneRegions as CountryCode[]),
  ];
}

/** Ids of every built-in detector, for policy validation. */
export const BUILTIN_DETECTOR_IDS: readonly string[] = builtinDetectors({ phoneRegions: ['US'] }).map((d) => d.id);

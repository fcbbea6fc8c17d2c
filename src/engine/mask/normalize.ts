import { phoneNumberLibrary } from '../detect/phone-lib.js';
import { phonePrecheck } from '../detect/phone-precheck.js';

/** The writing the metadata check is tested on: digits, `( ) . -` and spaces, a `+` first. */
const PLAIN_PHONE = /^\+?[\d ().-]*\d$/;

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
      // A number written with digits and ( ) . - and spaces only is answered by the metadata check
      // where it can tell (detect/phone-precheck.ts: the library's answer, without its cost);
      // libphonenumber-js is loaded on the first PHONE value it cannot (detect/phone-lib.ts).
      if (PLAIN_PHONE.test(v)) {
        const digits = v.replace(/\D/g, '');
        const verdict = v.startsWith('+') ? phonePrecheck().validInternational(digits) : phonePrecheck().validIn(digits, 'US');
        if (verdict !== undefined) return verdict ?? v.replace(/[^\d+]/g, '');
      }
      const parsed = phoneNumberLibrary().parsePhoneNumberFromString(v, v.startsWith('+') ? undefined : 'US');
      return parsed?.isValid() ? parsed.number : v.replace(/[^\d+]/g, '');
    }
    case 'MAC_ADDRESS': {
      const hex = v.replace(/[:.-]/g, '').toLowerCase();
      return /^[0-9a-f]{12}$/.test(hex) ? hex.replace(/(..)(?!$)/g, '$1:') : v;
    }
    case 'HK_HKID':
      // A123456(3) and A1234563 are one number.
      return v.replace(/[\s()]/g, '').toUpperCase();
    case 'CRYPTO_WALLET':
      return /^(?:0x|bc1)/i.test(v) ? v.toLowerCase() : v;
    default:
      // National and tax identifiers: separators dropped, letters upper-cased (as their detectors report them).
      return COMPACT_IDS.has(entity) ? v.replace(/[\s./-]/g, '').toUpperCase() : v;
  }
}

const COMPACT_IDS = new Set([
  'US_ITIN',
  'UK_NINO',
  'UK_NHS',
  'CA_SIN',
  'IN_AADHAAR',
  'IN_PAN',
  'ES_NIF',
  'ES_NIE',
  'IT_FISCAL_CODE',
  'FR_NIR',
  'BR_CPF',
  'BR_CNPJ',
  'AU_TFN',
  'AU_ABN',
  'AU_MEDICARE',
  'SG_NRIC',
  'PL_PESEL',
  'KR_RRN',
  'KR_PCCC',
  'US_NPI',
  'US_DEA',
  // Immigration case numbers and A-numbers (red-team round 35): `A-209-117-844` and `A209117844` are one.
  'IMMIGRATION_CASE_NUMBER',
  'US_A_NUMBER',
  'ABA_ROUTING',
  'IMEI',
  'VIN',
  'PASSPORT',
  'DRIVER_LICENSE',
  'SWIFT_BIC',
  // National identifiers of issue 14 (natids branch).
  'FI_HETU',
  'SE_PERSONNUMMER',
  'DK_CPR',
  'NO_FODSELSNUMMER',
  'NL_BSN',
  'BE_NATIONAL_NUMBER',
  'DE_TAX_ID',
  'DE_ID_CARD',
  'AT_SVNR',
  'DE_RVNR',
  'DE_KVNR',
  'CH_AHV',
  'PT_NIF',
  'IE_PPS',
  'TR_TCKN',
  'RO_CNP',
  'IL_ID',
  'ZA_ID',
  'NG_NIN',
  'MX_CURP',
  'MX_RFC',
  'AR_DNI',
  'AR_CUIT',
  'CL_RUT',
  'CN_RESIDENT_ID',
  'JP_MY_NUMBER',
  'RU_INN',
  'RU_SNILS',
  'UA_RNOKPP',
  'GR_AMKA',
  'VN_CCCD',
  'AE_EMIRATES_ID',
  'TW_ID',
  'TH_ID',
  'PH_PHILSYS',
  'PH_UMID',
  'PH_SSS',
  'PH_TIN',
  'ID_NIK',
  'US_MBI',
  'KZ_IIN',
  'BG_EGN',
  'BG_PNF',
  'JMBG',
  'PK_CNIC',
  'IR_NATIONAL_CODE',
  'BD_NID',
  'GE_PERSONAL_NUMBER',
  'MN_REGISTER_NUMBER',
]);

import { aadhaarValid } from '../detect/validators-ids.js';
import { zaIdValid } from '../detect/validators-national.js';
import { isPatronBarcode } from '../detect/values/library-patrons.js';

/**
 * Generic member names that hold a national id only when the value passes that id's own checks
 * (leftovers of red-team round 28): UIDAI's eKYC and Auth responses and KYC vendors' copies of them
 * name the Aadhaar number `uid` (`UidData.uid`, `result.uid`); credit bureau enquiries and Home
 * Affairs verifications name the South African id by the enquiry's subject or reference
 * (`subject_ref`, `subjectIdentifier`, `reference`). Elsewhere these names hold a Unix uid, a
 * Firebase uid, an order or a payment reference: the name alone never flags the value, the value's
 * checks do (Aadhaar: 12 digits, the first 2–9, Verhoeff; SA id: 13 digits, a real birth date,
 * the citizenship digit, Luhn).
 */
const UID_MEMBERS: ReadonlySet<string> = new Set(['uid', 'Uid', 'UID']);
const SUBJECT_MEMBERS: ReadonlySet<string> = new Set(
  [
    'ref',
    'reference',
    'subject',
    'subject_ref',
    'subjectRef',
    'subject_reference',
    'subjectReference',
    'subject_id',
    'subjectId',
    'subject_identifier',
    'subjectIdentifier',
  ].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]),
);

/**
 * Generic member names under which a library system writes the patron's card number (red-team
 * round 104): Polaris PAPI `PatronBasicData.Barcode`, FOLIO and SirsiDynix ILSWS `barcode`, Alma's
 * `user_identifier[].value`, a museum-pass booking's `patron.card`, a print-release job's `user`.
 * Elsewhere they hold a product's GS1 code, a card object's label, a login or anything at all: the
 * name alone never flags the value, the value's shape does (a library's 14-digit Codabar patron
 * barcode: the first digit 2, not a date and time stamp; an item's barcode begins with 3).
 */
const LIBRARY_CARD_MEMBERS: ReadonlySet<string> = new Set(
  ['barcode', 'card', 'user', 'value', 'patronBarcode', 'patron_barcode'].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]),
);

/** Whether a member is one idShapeMemberEntity reads: asked first, on the name alone. */
export function isIdShapeMember(member: string): boolean {
  return member.length <= 18 && (UID_MEMBERS.has(member) || SUBJECT_MEMBERS.has(member) || LIBRARY_CARD_MEMBERS.has(member));
}

/** The entity of member `member` (isIdShapeMember) holding `value`, or null. */
export function idShapeMemberEntity(member: string, value: string): string | null {
  if (LIBRARY_CARD_MEMBERS.has(member)) return isPatronBarcode(value) ? 'LOYALTY_NUMBER' : null;
  if (member.length === 3 && UID_MEMBERS.has(member)) {
    if (value.length !== 12 && value.length !== 14) return null;
    return /^[2-9]\d{3}( ?)\d{4}\1\d{4}$/.test(value) && aadhaarValid(value) ? 'IN_AADHAAR' : null;
  }
  return value.length === 13 && /^\d{13}$/.test(value) && zaIdValid(value) ? 'ZA_ID' : null;
}

import { isPersonParent } from './person-parent.js';

/**
 * A bare `name` member of an object read as a person's name by the record walk (engine.ts):
 * the rule of structure/person-parent.ts (a person parent whose object holds an e-mail, phone or
 * login) on decoded records and their text, widened to the parents of change-data rows.
 *
 * - Under a person parent (`user`, `customer`, `assignee`…, or its plural: `people[]`, `users[]`),
 *   the object must hold an e-mail, phone or login member (isPersonEvidence) or a Notion-style
 *   `person` object.
 * - Under a row parent that says nothing of what the row is (Maxwell `data` / `old`, Canal
 *   `data[]`, Debezium `after` / `before`, Mongo `fullDocument`, Pipedrive `current` / `previous`),
 *   the object must hold a contact
 *   member named plainly (`email`, `phone`, `mobile`, `username`…; a string, or a non-empty list
 *   as Pipedrive writes `email: [{value}]`): `owner_email` or
 *   `support_phone` is someone else's contact, so `{name: "billing-api", owner_email}` stays.
 * - Under any other parent (`team`, `service`, `product`, `file`, `queue`), `name` is a label.
 */

/** What a parent says of the objects under it: nothing (0), a person (1), a row (2). */
export type PersonParentKind = 0 | 1 | 2;

/** Row parents, as lower-case letters only. */
const ROW_PARENTS = new Set([
  'data',
  'old',
  'new',
  'after',
  'before',
  'row',
  'record',
  'document',
  'fulldocument',
  'fulldocumentbeforechange',
  // A webhook's object before and after a change (Pipedrive v1 `current` / `previous`).
  'current',
  'previous',
]);

/** Contact members named plainly, as lower-case letters only: a person's own way to be reached. */
const PLAIN_CONTACTS = new Set([
  'email',
  'emailaddress',
  'mail',
  'phone',
  'phonenumber',
  'mobile',
  'mobilephone',
  'mobilenumber',
  'cellphone',
  'telephone',
  'tel',
  'login',
  'loginid',
  'username',
  'userprincipalname',
  'upn',
]);

function letters(member: string): string {
  return member.toLowerCase().replace(/[^a-z]/g, '');
}

/** What parent member `parent` (the name of the object, or of the array holding it) says. */
export function personParentKind(parent: string): PersonParentKind {
  if (parent.length > 32) return 0;
  if (isPersonParent(parent)) return 1;
  const lower = letters(parent);
  if (lower === 'people' || lower === 'persons') return 1;
  if (lower.endsWith('s') && isPersonParent(lower.slice(0, -1))) return 1;
  return ROW_PARENTS.has(lower) ? 2 : 0;
}

/** Members that hold a login, as lower-case letters only (structure/person-parent.ts's list). */
const LOGINS = new Set(['login', 'loginid', 'loginname', 'username', 'userprincipalname', 'upn', 'handle', 'altid']);

/**
 * What member `member`, whose key-rule entity is `entity`, says of its object: nothing (0), a
 * person under a person parent (1: an EMAIL or PHONE name, a login, as isPersonEvidence
 * reads it, or a driving licence or plate), a person under a row parent too (2: a plainly named contact). Asked once per name.
 */
export function personEvidenceOf(member: string, entity: string | null): 0 | 1 | 2 {
  if (member.length > 32) return 0;
  if (member.length > 20) return entity === 'EMAIL' || entity === 'PHONE' ? 1 : 0;
  const lower = letters(member);
  if (PLAIN_CONTACTS.has(lower)) return 2;
  return entity === 'EMAIL' || entity === 'PHONE' || LOGINS.has(lower) || isDriverEvidence(entity) ? 1 : 0;
}

/**
 * A driving licence or a vehicle's plate (`courier: {name, vehicle_plate}` of a delivery event,
 * `driver: {name, licenseNumber}`): under a person parent, the object is the person who drives.
 */
export function isDriverEvidence(entity: string | null): boolean {
  return entity === 'DRIVER_LICENSE' || entity === 'LICENSE_PLATE';
}

/**
 * Whether member `member` with value `value` (read only for these two names) says its object is a
 * person: a `person` object (Notion users: `person: {email}`) or `type: "person"`.
 */
export function saysPerson(member: string, value: () => unknown): boolean {
  if (member === 'person') {
    const v = value();
    return typeof v === 'object' && v !== null;
  }
  return member === 'type' && value() === 'person';
}

/** Whether a parent of kind `kind` whose object's strongest evidence is `evidence` is a person. */
export function isPersonObject(kind: PersonParentKind, evidence: number): boolean {
  return kind === 1 ? evidence >= 1 : kind === 2 && evidence === 2;
}

/** The longest `name` value read as a person's name (longer ones are text, read by the detectors). */
export const MAX_PERSON_NAME = 128;

import { isSystemAccount } from '../detect/values/login-names.js';

/**
 * Two attributes of OpenClinica's ODM 1.3 extensions that name a person (leftovers of red-team
 * round 95; OpenClinica and LibreClinica full exports): a subject's `OpenClinica:UniqueIdentifier`
 * (the Person ID a site enters: a hospital number, an MRN, a national id) and the `Name` of an
 * `OpenClinica:AuditLog` entry (the user who made the change: a login or a full name). Read only in
 * their element (a `SubjectData` or an element of the `OpenClinica:` prefix; an `AuditLog`): a
 * bare `UniqueIdentifier` names DICOM UIDs and GUIDs elsewhere, and ODM's own `Name` attributes
 * name forms, events and items (`<FormDef Name="Adverse Events">`). The `root` account stays.
 */
const PREFIX = 'OpenClinica:';
/** How far an element's `<` may be from its attribute. */
const ELEMENT_REACH = 1024;
const LOGIN = /^[A-Za-z][\w.-]{1,39}$/;
const FULL_NAME = /^\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){1,3}$/u;

/** The element name of the markup element whose attribute starts at `keyAt`, or ''. */
function elementOf(text: string, keyAt: number): string {
  const open = text.lastIndexOf('<', keyAt);
  if (open < 0 || keyAt - open > ELEMENT_REACH || text.lastIndexOf('>', keyAt) > open) return '';
  return /^<([\w:.-]{1,64})/.exec(text.slice(open, open + 66))?.[1] ?? '';
}

/** Whether text[keyAt - 12, keyAt) is `OpenClinica:`. */
function openClinicaPrefixed(text: string, keyAt: number): boolean {
  return keyAt >= PREFIX.length && text.startsWith(PREFIX, keyAt - PREFIX.length);
}

/**
 * The entity of an OpenClinica attribute's value (`key` starting at `keyAt`, value `value`), or
 * null when it names none. Cheap for any other key: a length and a first-letter test.
 */
export function openClinicaAttributeEntity(text: string, keyAt: number, key: string, value: string): string | null {
  if (key.length === 16 && key === 'UniqueIdentifier') {
    if (value.length < 3 || value.length > 40 || !/\d/.test(value)) return null;
    const element = elementOf(text, keyAt);
    if (element.endsWith('SubjectData') && (openClinicaPrefixed(text, keyAt) || element.startsWith(PREFIX))) return 'MEDICAL_RECORD_NUMBER';
    return null;
  }
  if (key.length === 4 && key === 'Name') {
    const element = elementOf(text, keyAt);
    if (element !== 'OpenClinica:AuditLog' && element !== 'AuditLog') return null;
    if (isSystemAccount(value)) return null;
    if (FULL_NAME.test(value)) return 'PERSON';
    return LOGIN.test(value) ? 'USERNAME' : null;
  }
  return null;
}

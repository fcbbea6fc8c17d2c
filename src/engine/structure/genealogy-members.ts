/**
 * Members of genealogy and vital-records objects read with their siblings (red-team round 89 and
 * its leftovers; member-gate.ts bits LICENCE_KIND and BIRTH_FACT_DATE):
 *
 * - A licence number (`licenseNo`, `license_number`) is a driver licence's to the key rules, but
 *   a county clerk's marriage licence (`{licenseNo, party1, party2, ceremonyDate, officiant}`), a
 *   city's business licence (`{licenseNo, businessName}`) and a software licence (`{product,
 *   licenseNo, seats}`) number public or product records: beside a licence type that names no
 *   driving (`licenseType: "marriage"`) or a member of those records, it is read as any text.
 * - A birth fact's date object (GEDCOM X `facts[]: {type: "http://gedcomx.org/Birth", date:
 *   {original, formal, normalized[]}}` of FamilySearch persons and historical-record personas,
 *   Gramps Web API events `{type: "Birth", date: {text, dateval}}`): the date's members are the
 *   person's date of birth; the fact's type is one level above them. A Death or a Marriage fact's
 *   date stays.
 */

/** `licenseNo`, `licence_no`, `licenseNumber`, `license_num`, `licenseNbr`. */
const LICENCE_NUMBER_MEMBER = /^licen[cs]e[_ -]?(?:no|num|number|nbr)$/i;
/** Whether member `k` is a bare licence number (LICENCE_KIND). */
export function isLicenceNumberMember(k: string): boolean {
  return k.length >= 9 && k.length <= 14 && LICENCE_NUMBER_MEMBER.test(k);
}
/** Members that say what kind of licence it is. */
const LICENCE_TYPE_MEMBERS = ['licenseType', 'licenceType', 'license_type', 'licence_type', 'licenseKind', 'license_kind'];
/** A licence type that names driving (`driver`, `DL`, `CDL`, `Class C`, `motorcycle`). */
const DRIVING_TYPE = /driv|^c?dl$|motor|vehicle|chauffeur|learner|permit|class\s?[a-z]\d?$/i;
/** Members of a marriage, business or software licence record. */
const OTHER_LICENCE_MEMBERS = [
  'ceremonyDate',
  'ceremony_date',
  'officiant',
  'bride',
  'groom',
  'party1',
  'party2',
  'spouse1',
  'spouse2',
  'businessName',
  'business_name',
  'dba',
  'product',
  'seats',
  'edition',
];

/**
 * Whether the object of a licence number (`member` reads a sibling by name) says it is no driver's
 * licence: a licence type that names no driving, or a member of a marriage, business or software
 * licence record.
 */
export function isOtherLicence(member: (name: string) => unknown): boolean {
  for (const name of LICENCE_TYPE_MEMBERS) {
    const type = member(name);
    if (typeof type === 'string' && type.length > 0 && type.length <= 40) return !DRIVING_TYPE.test(type);
  }
  for (const name of OTHER_LICENCE_MEMBERS) if (member(name) !== undefined) return true;
  return false;
}

/** A birth fact's type: GEDCOM X's URI, a Gramps event type, GEDCOM's tag. */
const BIRTH_FACT_TYPE = /^(?:https?:\/\/gedcomx\.org\/Birth|Birth|BIRT)$/;
/** Whether a fact's `type` value names a birth. */
export function isBirthFactType(type: unknown): boolean {
  return typeof type === 'string' && type.length <= 30 && BIRTH_FACT_TYPE.test(type);
}

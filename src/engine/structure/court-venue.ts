/**
 * A hearing's venue: the court building where a case is heard, written as one line, its building's
 * name first and nothing but an address after it (a GOV.UK Notify `hearing_venue: "Rolls Building,
 * Fetter Lane, London EC4A 1NL"`, a listing's `venue: "Royal Courts of Justice, Strand, London
 * WC2A 2LL"`, a US notice's `location: "Thurgood Marshall U.S. Courthouse, 40 Foley Square, New
 * York, NY 10007"`: red-team round 77 and its leftovers). A court's address is published (court
 * and tribunal finders, the US courts' sites) and no party's home: the value stays whole, as a
 * company sender's address line does (shipper-party.ts). Read only under a member that names a
 * venue or a hearing's place, and only when the first part names a court's building.
 */

/** Members that name where a hearing is held (lower case, no `_` / `-`). */
const VENUE_MEMBERS: ReadonlySet<string> = new Set([
  'venue',
  'hearingvenue',
  'hearinglocation',
  'hearingaddress',
  'courtvenue',
  'courtlocation',
  'courtaddress',
  'courthouse',
  'location',
  'courtroomlocation',
]);

export function isVenueMember(k: string): boolean {
  return k.length <= 20 && VENUE_MEMBERS.has(k.toLowerCase().replace(/[_-]/g, ''));
}

/** A court's building by its name's head words (`… Courthouse`, `Royal Courts of Justice`, `Civil Justice Centre`, `Rolls Building`). */
const COURT_BUILDING =
  /^(?:[A-Z][\w.'’-]*\s){0,6}(?:Courts?(?: Cent(?:re|er))?|Courthouse|Court House|Justice Cent(?:re|er)|Tribunals?(?: Centre)?|Magistrates'? Court|Hall of Justice|Law Courts|Building)\b(?: of Justice)?(?: (?:Annex|Complex))?$/;
/** A phone, an e-mail or an `attn` / `c/o` person beside the address. */
const NOT_ADDRESS_ONLY = /[@+]|\d{3,}[ .-]\d{3,}|\d{7}|\b(?:tel|phone|fax|attn|c\/o)\b/i;

/** Whether `v` is a court building's name, a comma and nothing but an address. */
export function isCourtVenueLine(v: string): boolean {
  const comma = v.indexOf(',');
  if (comma < 4 || v.length > 200) return false;
  return COURT_BUILDING.test(v.slice(0, comma).trim()) && !NOT_ADDRESS_ONLY.test(v.slice(comma + 1));
}

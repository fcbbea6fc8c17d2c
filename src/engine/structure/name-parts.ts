import { personParentKind } from './person-record.js';

/**
 * A person's name split into parts under a name member (Clever `name: {first, middle, last}`,
 * `fullName: {given, family}`) or under a person parent (CSL-JSON / citation `author: [{given,
 * family}]`, FHIR-shaped `name: [{family, given: ["Peter", "James"]}]`, a list of parts): alone, `first`, `last` or `family` name a page, a cursor or a product line as often
 * as a part of a name, so the key rules leave them be; under such a parent the part is PERSON (the
 * record walk, engine.ts, both walks). `firstName` / `lastName` need no parent: the key rules
 * call them PERSON already.
 */

/** The bare parts of a name, lower case. */
const NAME_PARTS = new Set(['first', 'middle', 'last', 'given', 'family']);

/** Members whose object is a name in parts, as lower-case letters only. */
const NAME_PARENTS = new Set([
  'name',
  'names',
  'fullname',
  'legalname',
  'personname',
  'preferredname',
  'realname',
  'humanname',
  'birthname',
  'maidenname',
]);

/**
 * The whole name beside its parts, under a name member only (Affinda résumé parser `name: {raw,
 * first, last}`, address-book `name: {formatted, given, family}`; red-team round 43): under a
 * person parent (`owner: {display}`) these name a team or a label as often.
 */
const WHOLE_NAME_MEMBERS = new Set(['raw', 'full', 'formatted', 'display']);

/** Whether member `member` is a bare part of a name (`first`, `last`, `given`…) or the whole of one (`raw`, `formatted`). */
export function isNamePart(member: string): boolean {
  if (member.length > 9) return false;
  const lower = member.toLowerCase();
  return NAME_PARTS.has(lower) || WHOLE_NAME_MEMBERS.has(lower);
}

/**
 * Whether the objects under parent member `parent` hold a name in parts: a name member, or a person
 * parent (`author`, `customer`, `users[]`); for a whole-name member, a name member only.
 */
export function holdsNameParts(parent: string, member: string): boolean {
  if (parent.length === 0 || parent.length > 32) return false;
  if (NAME_PARENTS.has(parent.toLowerCase().replace(/[^a-z]/g, ''))) return true;
  return personParentKind(parent) === 1 && !WHOLE_NAME_MEMBERS.has(member.toLowerCase());
}

/** Whether `value` may be a part of a name: a letter, no digit (`last: "2024-05-01"` is a date), at most 64 characters. */
export function isNamePartValue(value: string): boolean {
  return value.length > 0 && value.length <= 64 && !/\d/.test(value) && /\p{L}/u.test(value);
}

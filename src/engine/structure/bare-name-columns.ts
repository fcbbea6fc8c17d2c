import { isCompanyName } from './company-name.js';

/**
 * The bare word for "name" in English and the languages of red-team round 15 (`name`, fr `nom`,
 * pt / it `nome`, es `nombre`, id / ms `nama`, sw `jina`, nl `naam`): alone it names a product, a
 * place or a file as often as a person, so the key rules leave it to the value detectors. Beside
 * a field the key rules call a person's (`nom;prénom`, `name,first_name`, `nama;nama_ibu`) or a
 * birth date (`nama;tanggal_lahir`), it is the person's name. One rule for CSV headers (here) and
 * for the members of one JSON object (engine.ts, both walks).
 */
const BARE_NAME = /^(?:name|nom|nome|nombre|nama|jina|naam)$/;

/** Whether field name `name` is a bare word for "name" (any case, surrounding spaces ignored). */
export function isBareName(name: string): boolean {
  return name.length <= 8 && BARE_NAME.test(name.trim().toLowerCase());
}

/** Whether a field of key-rule entity `entity` says its row or object is a person's. */
export function isPersonFieldEntity(entity: string | null): boolean {
  return entity === 'PERSON' || entity === 'DATE_OF_BIRTH';
}

/**
 * Sets to PERSON, in `entities`, the bare name columns of a header that also has a person column
 * or a column of an id only people hold (`name,ssn`, `name,id_number`). A firm may hold a tax id
 * too: the table readers leave a company's name (isCompanyName) in such a column.
 */
export function personNameColumns(names: readonly string[], entities: (string | null)[]): void {
  if (!entities.some((e) => personSiblingOf(e) >= 2)) return;
  for (let i = 0; i < names.length; i++) {
    if (entities[i] === null && isBareName(names[i]!)) entities[i] = 'PERSON';
  }
}

/**
 * What a sibling of key-rule entity `entity` says of the bare name in its object (JSON members
 * only; a CSV header has no values to weigh): 3 a person's field (first name, birth date: the
 * name is a person's), 2 an id only a person holds (a national id, an SSN, a passport: the name is
 * a person's unless it is a company's, as a `tax_id` may be a firm's), 1 a phone (a company line
 * has one too: the name must read as a person's, isPersonNameShaped), 0 nothing.
 */
export type PersonSibling = 0 | 1 | 2 | 3;

/** Key-rule entities of ids held by people (NATIONAL_ID is what the key rules call the local words: `kad pengenalan`, `kra pin`, `npwp`). */
const PERSON_ID_ENTITIES = new Set([
  'US_SSN',
  'US_ITIN',
  'PASSPORT',
  'DRIVER_LICENSE',
  'NATIONAL_ID',
  'UK_NINO',
  'UK_NHS',
  'CA_SIN',
  'IN_AADHAAR',
  'ES_NIE',
  'IT_FISCAL_CODE',
  'FR_NIR',
  'BR_CPF',
  'AU_TFN',
  'AU_MEDICARE',
  'SG_NRIC',
  'PL_PESEL',
  'RO_CNP',
  'KR_RRN',
  'JP_MY_NUMBER',
  'CN_RESIDENT_ID',
  'RU_SNILS',
  'UA_RNOKPP',
  'GR_AMKA',
  'AE_EMIRATES_ID',
  'IL_ID',
  'TH_ID',
  'MEDICAL_RECORD_NUMBER',
  'STUDENT_ID',
]);

export function personSiblingOf(entity: string | null): PersonSibling {
  if (entity === null) return 0;
  if (isPersonFieldEntity(entity)) return 3;
  if (PERSON_ID_ENTITIES.has(entity)) return 2;
  return entity === 'PHONE' ? 1 : 0;
}

/** Words that make a capitalised phrase a place's, a desk's or a line's name, not a person's. */
const NOT_PERSON_WORDS = new Set([
  'support',
  'line',
  'desk',
  'team',
  'service',
  'services',
  'office',
  'hotline',
  'helpline',
  'center',
  'centre',
  'sales',
  'billing',
  'help',
  'reception',
  'department',
  'dept',
  'customer',
  'care',
  'main',
  'store',
  'shop',
  'branch',
  'clinic',
  'hospital',
  'pharmacy',
  'hotel',
  'restaurant',
  'bank',
  'group',
  'inc',
  'ltd',
  'llc',
  'gmbh',
  'corp',
  'company',
  'emergency',
  'operations',
  'security',
  'admin',
  'it',
  'hr',
]);

/** Lower-case particles inside personal names (`Nurul Aisyah binti Ahmad`, `Ludwig van Beethoven`). */
const NAME_PARTICLES = new Set([
  'bin',
  'binti',
  'van',
  'von',
  'de',
  'da',
  'del',
  'della',
  'di',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'al',
  'el',
  'ter',
  'den',
]);

/**
 * A Chinese, Japanese or Korean personal name as those records write it (round 23: NAVER Cloud
 * `{name: "박지훈", email, phoneNo}`): 2–4 Hangul syllables, or 2–4 Han characters (a family name
 * of one or two and a given name), a blank between them allowed. Scripts without case have no
 * capital to read, so the length and the script stand in for isPersonNameShaped's capitals.
 */
const CJK_PERSON_NAME = /^(?:[\uac00-\ud7af]{2,4}|\p{Script=Han}{1,2}[ 　]?\p{Script=Han}{1,3})$/u;
/** A word of a personal name: a capital, then letters, apostrophes, hyphens or a final period (`K.`, `O'Neil`). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u;

/**
 * Whether `value` reads as a person's name written out: two to five words, each capitalised (or a
 * name particle), none a word of a desk, a line or a firm (`Support Line`, `Front Desk`), no
 * digit. `billing-api` (one word) and `Support line` (a lower-case word) are not.
 */
export function isPersonNameShaped(value: string): boolean {
  if (value.length > 80) return false;
  if (value.length <= 6 && CJK_PERSON_NAME.test(value)) return true;
  const words = value.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  for (const word of words) {
    const lower = word.toLowerCase().replace(/[.'’]+$/, '');
    if (NAME_PARTICLES.has(word)) continue;
    if (!NAME_WORD.test(word) || NOT_PERSON_WORDS.has(lower)) return false;
  }
  return true;
}

/**
 * Parents whose objects are things with a phone of their own (as lower-case letters only): a
 * `{name, phone}` under them is a team's, a shop's or a company's line.
 */
const THING_PARENTS = new Set([
  'team',
  'teams',
  'service',
  'services',
  'product',
  'products',
  'company',
  'companies',
  'organization',
  'organisation',
  'org',
  'vendor',
  'supplier',
  'merchant',
  'business',
  'store',
  'shop',
  'location',
  'locations',
  'site',
  'office',
  'branch',
  'department',
  'facility',
  'hospital',
  'pharmacy',
  'carrier',
  'partner',
  'provider',
]);

/**
 * Whether a bare name holding `name`, in an object whose strongest sibling is `sibling` (not 0),
 * under parent member `parent` (the object's name or its array's; '' for none), is a person's.
 */
export function isPersonBesides(sibling: PersonSibling, name: string, parent: string): boolean {
  if (sibling === 3) return true;
  if (sibling === 0 || isCompanyName(name)) return false;
  if (sibling === 2) return true;
  return isPersonNameShaped(name) && !THING_PARENTS.has(parent.toLowerCase().replace(/[^a-z]/g, ''));
}

/**
 * Meta Pixel advanced matching in a pixel request's query: `/tr?id=…&ev=Purchase&em=…&ph=…`, also
 * as `ud[em]=…` (Meta for Developers, "Advanced Matching" / "Customer Information Parameters").
 * Meta asks for these values hashed (SHA-256, lower-case hex), and a custom pixel often sends
 * them in clear. In a query that names a pixel event (`ev=`), the two-letter customer information
 * parameters are masked as their entity, hashed or not: the digest of a normalised e-mail or phone
 * is reversed by hashing a list of known ones, and its only use is to match the person (red-team
 * round 54; the same as a `hashed_email` / `sha256_email_address` member, which keys.ts marks by
 * its name). Outside such a query `db=`, `ln=`, `ct=`, `st=` mean other things (a database, a
 * language, a content type) and stay.
 */

/** Customer information parameters of advanced matching, by the entity their value is. */
const PIXEL_MATCH_PARAMS = new Map<string, string>([
  ['em', 'EMAIL'],
  ['ph', 'PHONE'],
  ['fn', 'PERSON'],
  ['ln', 'PERSON'],
  ['db', 'DATE_OF_BIRTH'],
  ['zp', 'POSTCODE'],
  ['ct', 'ADDRESS'],
]);

/** Whether a query (without its `?`) names a pixel event: an `ev=` parameter. */
export function isPixelQuery(query: string): boolean {
  return query.startsWith('ev=') || query.includes('&ev=');
}

/**
 * The entity of a pixel query's parameter `name` (decoded; `em` or `ud[em]`), or null when it is
 * no customer information parameter.
 */
export function pixelParamEntity(name: string): string | null {
  const bare = name.length === 6 && name.startsWith('ud[') && name.endsWith(']') ? name.slice(3, 5) : name;
  if (bare.length !== 2) return null;
  return PIXEL_MATCH_PARAMS.get(bare.toLowerCase()) ?? null;
}

/**
 * The same parameters as members of an object: the pixel's `ud` (`fbq('init', id, {em, ph, fn, …})`
 * as the pixel request and tag managers log it) and the Conversions API `user_data` (Meta for
 * Developers, "Customer Information Parameters"). Only under a parent of those names: elsewhere a
 * two-letter member (`db`, `ct`, `st`) means something else.
 */
const PIXEL_MATCH_PARENTS = new Set(['ud', 'user_data', 'userdata', 'advanced_matching', 'advancedmatching']);

/** Whether a member is a customer information parameter by name (`em`, `PH`: any case): pixelMemberEntity's first test. */
export function isPixelMatchMember(member: string): boolean {
  return member.length === 2 && PIXEL_MATCH_PARAMS.has(member.toLowerCase());
}

/** The entity of member `member` under parent `parent` (its value a string or a list of them), or null. */
export function pixelMemberEntity(parent: unknown, member: string): string | null {
  if (typeof parent !== 'string' || parent.length > 17 || !PIXEL_MATCH_PARENTS.has(parent.toLowerCase())) return null;
  return pixelParamEntity(member);
}

/**
 * Meta Pixel advanced matching in a pixel request's query: `/tr?id=…&ev=Purchase&em=…&ph=…`, also
 * as `ud[em]=…` (Meta for Developers, "Advanced Matching" / "Customer Information Parameters").
 * Meta asks for these values hashed (SHA-256, lower-case hex), and a custom pixel often sends
 * them in clear. In a query that names a pixel event (`ev=`), the two-letter customer information
 * parameters are masked as their entity unless the value is already a 64-hex digest. Outside such
 * a query `db=`, `ln=`, `ct=`, `st=` mean other things (a database, a language, a content type)
 * and stay.
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

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** Whether a query (without its `?`) names a pixel event: an `ev=` parameter. */
export function isPixelQuery(query: string): boolean {
  return query.startsWith('ev=') || query.includes('&ev=');
}

/**
 * The entity of a pixel query's parameter `name` (decoded; `em` or `ud[em]`) whose decoded value
 * is `value`, or null when it is no customer information parameter or its value is a digest.
 */
export function pixelParamEntity(name: string, value: string): string | null {
  const bare = name.length === 6 && name.startsWith('ud[') && name.endsWith(']') ? name.slice(3, 5) : name;
  if (bare.length !== 2) return null;
  const entity = PIXEL_MATCH_PARAMS.get(bare.toLowerCase());
  return entity === undefined || SHA256_HEX.test(value) ? null : entity;
}

/**
 * A vendor's key under a name the key rules leave (red-team round 38: `--bloomerang-key pvt_…`,
 * `--sky-key <32 hex>`, `BLOOMERANG_KEY=…`): a name ending in `key` names a record, a cache entry
 * or a sort order as often as a credential (`cache_key`, `sort_key`, `idempotency_key`), so the
 * name alone says nothing; one or two words and `key` (`GREENHOUSE_HARVEST_KEY`, round 43) hold a
 * secret when the value has a key's shape and the word before `key` is not a neutral one.
 */
const VENDOR_KEY_NAME = /^[a-z][a-z0-9]{1,20}(?:[-_][a-z][a-z0-9]{1,20})?[-_]key$/i;
/** Keys that name a record, a cache entry or a public half, not a credential. */
const NEUTRAL_KEY_NAME =
  /(?:^|[-_])(?:cache|sort|idempotency|partition|primary|foreign|routing|dedupe?|lookup|object|s3|map|hash|group|shard|row|index|cursor|page|message|event|join|public|pub|ssh|gpg|pgp|license|licence|product|registry|kms|storage|bucket|metadata|config|cluster|distribution|natural|surrogate|unique|business|lock|rate|label|tag|attribute|field|column|table|record|entity|item|correlation|trace|request|session|state|file|path|hot|sign|signing|verify|host|dedup|sharding|range|composite|search|api)[-_]key$/i;
const UUID_VALUE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A key's shape: a vendor prefix and a long body (`pvt_…`), 32 or more hexadecimal digits, or 20+
 * letters and digits in both cases; not a path, a word, a number or a bare UUID (an idempotency key).
 */
function keyShaped(v: string): boolean {
  if (v.length < 20 || v.length > 256 || UUID_VALUE.test(v)) return false;
  if (/^[A-Za-z0-9]{2,8}_[A-Za-z0-9-]{16,}$/.test(v)) return /\d/.test(v) && /[a-f]/i.test(v.slice(v.indexOf('_') + 1));
  // A numbered key of a vendor that issues several per account (Greenhouse Harvest `…-2`).
  if (/^[0-9a-fA-F]{32,}(?:-\d{1,2})?$/.test(v)) return /[a-fA-F]/.test(v) && /\d/.test(v);
  return /^[A-Za-z0-9+/=-]{20,}$/.test(v) && /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v);
}

/** Whether `value` under `name` (a flag without its dashes, an environment or config name) is a vendor's key. */
export function isVendorKey(name: string, value: string): boolean {
  return VENDOR_KEY_NAME.test(name) && !NEUTRAL_KEY_NAME.test(name) && keyShaped(value);
}

/**
 * Objects under a credential-like name (`auth`, `credentials`, `openai_api_key`) whose shape a
 * producer documents, so that what in them is not the credential can stay readable. A name that
 * the key rules call sensitive masks its whole value (Engine#walk); these shapes are read instead:
 *
 * - LangChain's reference to a secret (LangChain "Serialization": `{"lc": 1, "type": "secret",
 *   "id": ["OPENAI_API_KEY"]}`): `id` holds the NAME of the environment variable the key is read
 *   from, not the key. Recognised only with exactly these three members and names that the key
 *   rules call secret names, so a value beside the marker (`"value": "sk-…"`) keeps the whole
 *   object masked.
 * - A Postman collection's request auth (collection schema v2.1 `auth`: `{"type": "bearer",
 *   "bearer": [{"key": "token", "value": "…", "type": "string"}]}`): the auth type, the attribute
 *   names and their value types stay; each attribute's value is masked unless the attribute names
 *   a setting of that auth type (`apikey`'s header name `key` and its place `in`, `basic`'s
 *   `username`, `oauth2`'s `grant_type`…). Anything outside the schema's shape stays masked.
 * - The JWT ID (`jti`, RFC 7519 §4.1.7) inside a credential object (Auth0 tenant logs'
 *   `details.request.auth.credentials.jti`): it names a token, it does not hold one.
 *
 * - An AWS Secrets Manager GetSecretValue response (`{ARN, Name, VersionId, VersionStages,
 *   CreatedDate, SecretString | SecretBinary}`, AWS Secrets Manager API Reference) under a
 *   `secret` name: the secret's ARN, name and version stay; `SecretString` / `SecretBinary` are
 *   masked by their own names. Recognised only with those members and an `arn:…:secretsmanager:`
 *   ARN; anything else keeps the whole object masked.
 *
 * - A Jumio account / workflow's `credentials` list (Jumio KYX retrieval API: `[{id, category,
 *   parts: [{classifier, validUntil, href}]}]`): each names an uploaded credential (an id
 *   document, a face map, a selfie) by its UUID, it holds no secret (red-team round 47).
 *   Recognised only with those members, a known category and a UUID id; anything else keeps the
 *   whole list masked.
 *
 * What stays is still scanned by the value detectors like any other value.
 */

/** How one member or element of a recognised object is read: PLAIN, masked whole as an entity, or by a nested reading. */
export type MemberReading = typeof PLAIN | string | CredentialReading;

/** Read as any value with no name of its own to mark it: the value detectors still scan it. */
export const PLAIN = null;

/** The reading of an object or array: each member's or element's reading; any other is masked as `fallback`. */
export class CredentialReading {
  readonly #members: ReadonlyMap<string | number, MemberReading>;
  readonly #fallback: string;
  constructor(members: ReadonlyMap<string | number, MemberReading>, fallback: string) {
    this.#members = members;
    this.#fallback = fallback;
  }
  /** How member (or element) `key` is read. */
  of(key: string | number): MemberReading {
    const r = this.#members.get(key);
    return r === undefined ? this.#fallback : r;
  }
}

/** A member name that names a credential rather than holds one, inside a credential object (see above). */
export function namesCredential(member: string, value: unknown): boolean {
  return member === 'jti' && typeof value === 'string';
}

/** An environment variable's name, as LangChain's secret references write it. */
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/**
 * Whether `value` is a LangChain secret reference (see above) whose every `id` names a variable
 * that `isSecretName` calls a secret's name.
 */
export function isSecretReference(value: unknown, isSecretName: (name: string) => boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  if (Object.keys(o).length !== 3 || typeof o.lc !== 'number' || o.type !== 'secret' || !Array.isArray(o.id)) return false;
  const id = o.id as unknown[];
  return (
    id.length > 0 && id.length <= 4 && id.every((n) => typeof n === 'string' && n.length <= 128 && ENV_NAME.test(n) && isSecretName(n))
  );
}

/** The members of a Secrets Manager GetSecretValue response. */
const SECRETS_MANAGER_MEMBERS = new Set(['ARN', 'Name', 'VersionId', 'VersionStages', 'CreatedDate', 'SecretString', 'SecretBinary']);

/** Whether `value` is a Secrets Manager GetSecretValue response (see above), read member by member. */
export function isSecretsManagerSecret(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  if (typeof o.ARN !== 'string' || !o.ARN.startsWith('arn:') || !o.ARN.includes(':secretsmanager:')) return false;
  if (typeof o.SecretString !== 'string' && typeof o.SecretBinary !== 'string') return false;
  for (const k in o) if (!SECRETS_MANAGER_MEMBERS.has(k)) return false;
  return true;
}

/** Postman auth types (collection schema v2.1 `auth.type`) and the attributes of each that name a setting, not a credential. */
const POSTMAN_SETTINGS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    apikey: ['key', 'in'],
    awsv4: ['region', 'service'],
    basic: ['username'],
    bearer: [],
    digest: ['username', 'realm', 'algorithm', 'qop'],
    edgegrid: ['baseURL', 'headersToSign'],
    hawk: ['algorithm', 'includePayloadHash'],
    jwt: ['algorithm', 'isSecretBase64Encoded', 'addTokenTo', 'headerPrefix', 'queryParamKey'],
    ntlm: ['username', 'domain', 'workstation'],
    oauth1: ['signatureMethod', 'version', 'realm', 'addParamsToHeader', 'addEmptyParamsToSign'],
    oauth2: ['addTokenTo', 'tokenType', 'headerPrefix', 'grant_type', 'tokenName', 'client_authentication', 'scope', 'useBrowser'],
  }).map(([type, settings]) => [type, new Set(settings)]),
);

/**
 * Every attribute name of those auth types: an entry's `key` stays only when it is one of them
 * (a `key` that is not is masked with its value).
 */
const POSTMAN_ATTRIBUTES: ReadonlySet<string> = new Set([
  ...[...POSTMAN_SETTINGS.values()].flatMap((s) => [...s]),
  ...['value', 'token', 'password', 'accessKey', 'secretKey', 'sessionToken', 'accessToken', 'clientToken', 'clientSecret'],
  ...['authId', 'authKey', 'user', 'nonce', 'extraData', 'app', 'delegation', 'timestamp', 'secret', 'payload', 'header'],
  ...['consumerKey', 'consumerSecret', 'tokenSecret', 'callback', 'verifier', 'nonceCount', 'clientNonce', 'opaque'],
  ...['clientId', 'refreshToken', 'authUrl', 'accessTokenUrl', 'redirect_uri', 'state', 'code_verifier', 'challengeAlgorithm'],
]);

/** The value types of a Postman variable or auth attribute. */
const POSTMAN_VALUE_TYPES: ReadonlySet<string> = new Set(['string', 'boolean', 'number', 'any']);

/**
 * The reading of a Postman request auth object (see above) under a name of entity `entity`, or
 * null when `value` does not have the schema's shape: exactly `type` (a known auth type) and the
 * member that type names, an array of objects with a string `key` and no members but `key`,
 * `value` and `type`.
 */
export function postmanAuthReading(value: unknown, entity: string): CredentialReading | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  const type = o.type;
  if (typeof type !== 'string') return null;
  const settings = POSTMAN_SETTINGS.get(type);
  const list = o[type];
  if (settings === undefined || !Array.isArray(list) || Object.keys(o).length !== 2) return null;
  const entries = new Map<number, MemberReading>();
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as Record<string, unknown>;
    if (typeof e !== 'object' || e === null || Array.isArray(e) || typeof e.key !== 'string') return null;
    const members = new Map<string, MemberReading>();
    for (const m of Object.keys(e)) if (m !== 'key' && m !== 'value' && m !== 'type') return null;
    const known = POSTMAN_ATTRIBUTES.has(e.key);
    members.set('key', known ? PLAIN : entity);
    members.set('value', known && settings.has(e.key) ? PLAIN : entity);
    members.set('type', typeof e.type === 'string' && POSTMAN_VALUE_TYPES.has(e.type) ? PLAIN : entity);
    entries.set(i, new CredentialReading(members, entity));
  }
  return new CredentialReading(
    new Map<string, MemberReading>([
      ['type', PLAIN],
      [type, new CredentialReading(entries, entity)],
    ]),
    entity,
  );
}

/** Jumio credential categories (KYX API: `ID`, `FACEMAP`, `DOCUMENT`, `SELFIE`, `DATA`). */
const JUMIO_CATEGORIES = new Set(['ID', 'FACEMAP', 'DOCUMENT', 'SELFIE', 'DATA']);
const JUMIO_MEMBERS = new Set(['id', 'category', 'parts']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` under `credentials` is a Jumio credentials list (see above). */
export function isJumioCredentials(member: string, value: unknown): boolean {
  if (member !== 'credentials' || !Array.isArray(value) || value.length === 0 || value.length > 16) return false;
  for (const c of value) {
    if (typeof c !== 'object' || c === null || Array.isArray(c)) return false;
    const o = c as Record<string, unknown>;
    if (typeof o.id !== 'string' || !UUID.test(o.id) || typeof o.category !== 'string' || !JUMIO_CATEGORIES.has(o.category)) return false;
    for (const k in o) if (!JUMIO_MEMBERS.has(k)) return false;
  }
  return true;
}

/**
 * Values their producer marks sensitive beside them, and objects under a credential-like name
 * that hold no credential.
 *
 * Terraform's JSON plan (`terraform show -json`, "JSON Output Format") writes beside each value
 * object a map of which of its members are sensitive: `resource_changes[].change` has `before` /
 * `after` with `before_sensitive` / `after_sensitive`, `planned_values` and `prior_state`
 * resources have `values` with `sensitive_values`, and `output_changes.<name>` has
 * `after_sensitive: true`. A map mirrors its value: `true` marks the whole value at that place, an
 * object or array descends, anything else (`false`, absent) marks nothing. A value so marked is
 * masked whole as SECRET (detector `structure:terraform`) whatever its name: `random_password`'s
 * `result`, a provider's `plaintext_password`. The marks only add: values not marked are read as
 * usual (field names, detectors).
 *
 * The engine reads these maps per object (Engine#walk, Engine#walkTextObject): `mapsOf` gives the
 * maps of an object's own members, `childMark` the mark of one member or element inside a value a
 * map covers.
 */

/** The evidence detector of a value a sensitivity map marks. */
export const SENSITIVE_MARK_DETECTOR = 'structure:terraform';

/** The member holding the sensitivity map of each value member. */
const MAP_MEMBERS: ReadonlyMap<string, string> = new Map([
  ['after_sensitive', 'after'],
  ['before_sensitive', 'before'],
  ['sensitive_values', 'values'],
]);

/** Whether a member name holds a sensitivity map; its value member is `valueMemberOf(name)`. */
export function isSensitivityMapMember(name: string): boolean {
  return MAP_MEMBERS.has(name);
}

/** The value member a sensitivity map member covers (`after_sensitive` → `after`). */
export function valueMemberOf(mapMember: string): string {
  return MAP_MEMBERS.get(mapMember)!;
}

/** A mark that says something: `true`, or an object / array to descend into. */
export function isMark(m: unknown): boolean {
  return m === true || (typeof m === 'object' && m !== null);
}

/**
 * A Kubernetes Secret (`{kind: "Secret", data: {…}, stringData: {…}}`, as kube-apiserver audit
 * events carry it in `requestObject` / `responseObject` and kubectl in its last-applied annotation):
 * every value of `data` (base64) is the secret, whatever its key (`username`, `.env`), and so is a
 * `stringData` value written as one token (`primary: 1f2d…`). A `stringData` document (a config
 * file with blanks or line breaks, `{"auths": …}`) is read by its content instead, so its hosts
 * and URLs stay and its passwords go by their names. Metadata and type stay (red-team round 51).
 * Its maps are a SecretDataMaps and its nested marks KubernetesSecretMarks, which the engine
 * reports under KUBERNETES_SECRET_DETECTOR.
 */
export const KUBERNETES_SECRET_DETECTOR = 'structure:kubernetes_secret';
export class SecretDataMaps extends Map<string, unknown> {}
/** A mark inside a Kubernetes Secret: member name → true. */
export class KubernetesSecretMark {
  [member: string]: true;
}
const SECRET_KIND = 'Secret';
/**
 * A list of Secrets (`{kind: "SecretList", items: [{metadata, data}]}`, a `list secrets` response
 * an audit event records at level RequestResponse): its items carry no `kind`, so each is marked
 * with SECRET_ITEM_MARK, which marks its `data` (the API server returns no `stringData`).
 */
const SECRET_LIST_KIND = 'SecretList';
const SECRET_ITEM_MARK: KubernetesSecretMark = Object.freeze(Object.assign(new KubernetesSecretMark(), { data: true as const }));

/** The maps of a SecretList with `items` items, or null when it has none. */
export function secretListMaps(items: number): Map<string, unknown> | null {
  if (items === 0) return null;
  const maps = new SecretDataMaps();
  maps.set('items', new Array<unknown>(items).fill(SECRET_ITEM_MARK));
  return maps;
}

/** Whether a `kind` member's value names a list of Kubernetes Secrets. */
export function isSecretListKind(kind: unknown): boolean {
  return kind === SECRET_LIST_KIND;
}

/**
 * Whether a `stringData` value is one token, so the secret itself, not a document holding one. A
 * flag (`true`) and an RFC 3339 time are no secret: a bootstrap token Secret's
 * `usage-bootstrap-authentication: "true"` and `expiration: "2017-03-10T03:22:11Z"` (Kubernetes
 * docs, "Authenticating with Bootstrap Tokens"; red-team round 66).
 */
export function isOpaqueStringData(value: string): boolean {
  if (value.length === 0 || value.length > 4096) return false;
  const c = value.charCodeAt(0);
  return c !== 123 && c !== 91 && !/\s/.test(value) && value !== 'true' && value !== 'false' && !RFC3339_TIME.test(value);
}
const RFC3339_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The maps of a Kubernetes Secret's data members, or null when it has none: `data` whole when it
 * is an object, and the `stringData` members `opaque` names (the one-token values).
 */
export function secretDataMaps(hasData: boolean, opaque: readonly string[]): Map<string, unknown> | null {
  if (!hasData && opaque.length === 0) return null;
  const maps = new SecretDataMaps();
  if (hasData) maps.set('data', true);
  if (opaque.length > 0) {
    const mark = new KubernetesSecretMark();
    for (const member of opaque) mark[member] = true;
    maps.set('stringData', mark);
  }
  return maps;
}

/** The one-token members of a decoded `stringData` value (isOpaqueStringData). */
function opaqueMembers(stringData: unknown): string[] {
  if (!isObjectValue(stringData)) return [];
  const out: string[] = [];
  for (const [member, value] of Object.entries(stringData as Record<string, unknown>))
    if (typeof value === 'string' && isOpaqueStringData(value)) out.push(member);
  return out;
}

/** Whether a `kind` member's value names a Kubernetes Secret. */
export function isSecretKind(kind: unknown): boolean {
  return kind === SECRET_KIND;
}

/**
 * The evidence detector of a value marked by its object's `maps` or by the mark `sensitivity` its
 * object was walked with (a Terraform map, or a Kubernetes Secret's marks).
 */
export function markDetectorOf(maps: Map<string, unknown> | null | undefined, sensitivity: unknown): string {
  return maps instanceof SecretDataMaps || sensitivity instanceof KubernetesSecretMark
    ? KUBERNETES_SECRET_DETECTOR
    : SENSITIVE_MARK_DETECTOR;
}

function isObjectValue(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The sensitivity maps of an object's members (`after` → its `after_sensitive`; a Kubernetes
 * Secret's `data` / `stringData`, a SecretList's items), or null when it has none. Four property reads per object and
 * nothing allocated when none is a mark: the value walk asks this of every object.
 */
export function mapsOf(obj: Record<string, unknown>): Map<string, unknown> | null {
  const kind = obj.kind;
  if (kind === SECRET_KIND) return secretDataMaps(isObjectValue(obj.data), opaqueMembers(obj.stringData));
  if (kind === SECRET_LIST_KIND && Array.isArray(obj.items)) return secretListMaps(obj.items.length);
  const after = obj.after_sensitive;
  const before = obj.before_sensitive;
  const values = obj.sensitive_values;
  if (!isMark(after) && !isMark(before) && !isMark(values)) return null;
  const maps = new Map<string, unknown>();
  if (isMark(after)) maps.set('after', after);
  if (isMark(before)) maps.set('before', before);
  if (isMark(values)) maps.set('values', values);
  return maps;
}

/** The mark of member `key` (or element `key`) inside a value covered by mark `mark`. */
export function childMark(mark: unknown, key: string | number): unknown {
  if (mark === true) return true;
  if (typeof mark !== 'object' || mark === null) return undefined;
  if (Array.isArray(mark)) return typeof key === 'number' ? mark[key] : undefined;
  return typeof key === 'string' && Object.hasOwn(mark, key) ? (mark as Record<string, unknown>)[key] : undefined;
}

/**
 * Azure Activity Log and Azure RBAC write an authorization *decision* under `authorization`:
 * `{action: "Microsoft.KeyVault/vaults/secrets/write", scope: "/subscriptions/…", evidence: {…}}`
 * (Activity Log event schema). It names what was allowed, not a credential: when the value under
 * a credential-like name is an object with string members `action` and `scope`, its members are
 * read by their own names instead of being masked whole (a `token` inside is still a token).
 */
export function isAuthorizationDecision(name: string, action: unknown, scope: unknown): boolean {
  return typeof action === 'string' && typeof scope === 'string' && name.toLowerCase() === 'authorization';
}

/**
 * Objects under a sensitive name that are records of something else, read member by member by
 * their own names instead of being masked whole (red-team round 41):
 * - a qualified authorisation with a decision (`return_authorization: {id, store, decision, sku,
 *   amount}` of a retailer's returns system, `prior_authorization: {status, …}` of a payer): the
 *   record of an approval, not a credential (a `token` inside is still a token);
 * - an object under a short national-identifier abbreviation (`ohip`, `phn`, `nhi`): the number is
 *   a scalar, and an object there is something the abbreviation also names (Oracle Hospitality's
 *   integration platform OHIP: `ohip: {gateway, client_id, client_secret}`).
 * `member` gives a member's value (a string, or undefined).
 */
export function isRecordUnderSensitiveName(name: string, entity: string, member: (name: string) => unknown): boolean {
  if (entity === 'NATIONAL_ID') return name.length <= 4;
  if (name.length <= 13 || entity !== 'SECRET' || !QUALIFIED_AUTHORIZATION.test(name)) return false;
  return typeof member('decision') === 'string' || typeof member('status') === 'string';
}

/** A name that ends in authorization / authorisation after a qualifier (`return_authorization`, `priorAuthorization`). */
const QUALIFIED_AUTHORIZATION = /[a-z][_.-]?authori[sz]ation$/i;

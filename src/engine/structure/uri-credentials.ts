/**
 * A connection URI under a name that says it is one (`DATABASE_URL=postgres://app:pw@db:5432/app`
 * in a `.env`, logfmt or YAML line; the key rules give such names DB_CREDENTIALS). Its secret is
 * the user-info; scheme, host, port, path and query are what a reader needs to see, and they stay,
 * as they do for the same URI held in a JSON member (key-flagged.ts). Parameters in its query
 * (`?password=…`) are read by the key=value and URL handlers like any other.
 */

/** A URI's scheme and `//` (`postgres://`, `jdbc:mysql://`, `mongodb+srv://`). */
const URI_HEAD = /^[A-Za-z][\w+.-]*(?::[A-Za-z][\w+.-]*)?:\/\//;
/** A blank, a quote or an angle bracket: not one URI (then the whole value is masked, as before). */
const NOT_ONE_URI = /[\s"'<>]/;

/**
 * Where the credentials of connection URI `value` are, as [from, to) in `value`:
 * - undefined when `value` is not one URI: the caller masks the whole value;
 * - the user-info, from after `//` to the last `@` of the value, when there is one. The last `@`,
 *   because a password may hold `@` or `/` (`postgres://app:p@ss/w@db/app`): an `@` later in the
 *   path or query only makes more of the value masked, never less;
 * - without an `@`, when the authority is not hosts with ports (`postgres://u:p`, a bare value the
 *   caller cut at a blank inside the password: `postgres://u:p w@db/app`): from after `//` to the
 *   end, since that is where the password stands;
 * - `[head, head]` (empty) when the URI has no `@` and its authority is hosts (`db:5432`,
 *   `h1:27017,h2:27017`, `[::1]:5432`): it carries no user-info to mask.
 */
export function uriCredentialsRange(value: string): [number, number] | undefined {
  const head = URI_HEAD.exec(value);
  if (head === null || NOT_ONE_URI.test(value)) return undefined;
  const from = head[0].length;
  const at = value.lastIndexOf('@');
  if (at >= from) return [from, at];
  return HOSTS_AUTHORITY.test(value.slice(from)) ? [from, from] : [from, value.length];
}

/**
 * An authority of hosts, each with an optional port (`db`, `db:5432`, `h1:27017,h2:27017`,
 * `[::1]:5432`), up to the path, query or fragment: what a URI without user-info starts with.
 */
const HOSTS_AUTHORITY = /^(?:\[[\dA-Fa-f:.]*\]|[^:,/?#[\]]*)(?::\d*)?(?:,(?:\[[\dA-Fa-f:.]*\]|[^:,/?#[\]]*)(?::\d*)?)*(?:[/?#]|$)/;

/**
 * Whether `value` is one URI that carries a password (`mysql://app:pw@db/app`, `https://u:p@h/`):
 * under a generic secret name (`dsn=`, `secret:`) only its user-info is masked, as under
 * `DATABASE_URL` and as in a JSON member (key-flagged.ts); other values under such a name are
 * masked whole.
 */
export function uriPasswordRange(value: string): [number, number] | undefined {
  const range = uriCredentialsRange(value);
  if (range === undefined || range[1] === range[0] || range[1] === value.length) return undefined;
  return value.indexOf(':', range[0]) < range[1] ? range : undefined;
}

import type { TextScan } from '../detect/types.js';
import { shannonEntropy } from '../detect/validators.js';
import { pushSpan, type SpanContext } from './types.js';

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

/**
 * API keys written as a URL's user name: many HTTP APIs take the key as the Basic-auth user with
 * an empty password (Stripe `curl https://api.stripe.com/v1/charges -u sk_test_…:`, Mixpanel's
 * `https://API_SECRET:@api.mixpanel.com/import`), and git remotes carry a token alone as the user
 * (`https://<token>@github.com/org/repo.git`). The url_credentials detector reads a user-info only
 * with a password; this reads the two password-less forms (RFC 3986 §3.2.1 user-info):
 *
 * - `scheme://USER:@host`: the user, when it looks like a key (12+ characters of a token alphabet
 *   with a letter and a digit): `ftp://anonymous:@host` stays;
 * - `scheme://USER@host`: the user, when it is a high-entropy token (20+ characters, a letter and a
 *   digit, Shannon entropy of at least 3.5 bits a character): `ssh://git@host`, `https://jane@host`
 *   stay. `git@github.com:org/repo` and `mailto:` have no `//` and are not read.
 *
 * Masked as URL_CREDENTIALS (detector `structure:url_userinfo`); scheme, host, path and query stay.
 */
const USER_ONLY = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/([A-Za-z0-9._~-]{12,256})(:?)@(?=[A-Za-z0-9[])/g;

export function keyAsUserSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  USER_ONLY.lastIndex = 0;
  for (let m = USER_ONLY.exec(text); m !== null; m = USER_ONLY.exec(text)) {
    const user = m[1]!;
    if (!/[A-Za-z]/.test(user) || !/\d/.test(user)) continue;
    if (m[2] !== ':' && (user.length < 20 || shannonEntropy(user) < 3.5)) continue;
    const start = m.index + m[0].length - user.length - m[2]!.length - 1;
    pushSpan(ctx, text, start, start + user.length, 'URL_CREDENTIALS', 'structure:url_userinfo');
  }
}

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
 * - `[head, head]` (empty) when the URI has no `@`: it carries no user-info to mask.
 */
export function uriCredentialsRange(value: string): [number, number] | undefined {
  const head = URI_HEAD.exec(value);
  if (head === null || NOT_ONE_URI.test(value)) return undefined;
  const from = head[0].length;
  const at = value.lastIndexOf('@');
  return at >= from ? [from, at] : [from, from];
}

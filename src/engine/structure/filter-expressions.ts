import { pushSpan, PLACEHOLDER_VALUE, type SpanContext } from './types.js';

/**
 * Directory look-ups written as filter expressions in a URL's query, percent-encoded as SDKs send
 * them: OData (`/v1.0/users?$filter=displayName%20eq%20%27Ysolde%20Farquharson%27`: Microsoft
 * Graph), SCIM 2.0 (`/scim/v2/Users?filter=userName%20eq%20%22…%22`, RFC 7644 §3.4.2.2) and Okta's
 * Users API (`/api/v1/users?search=profile.lastName%20eq%20%22…%22`): each `attribute eq 'value'`
 * (or `"value"`, and the `sw` / `co` / `startswith(attribute,'value')` forms) names the
 * attribute, and its value is masked when the key rules call the attribute's last segment
 * sensitive (`lastName`, `email`, `userName`), or when it is the display name of a users'
 * collection (`displayName`, `name` under `/users`): a group's display name stays (leftovers of
 * red-team round 86). Only for a parameter named `$filter`, `filter`, `search` or REDCap's
 * `filterLogic` (REDCAP_COMPARISON) whose value holds an encoded quote.
 */
const FILTER_PARAM = /^(?:\$filter|%24filter|filter|search|filterLogic)$/i;
/** `attr%20eq%20%27value%27`, `attr+sw+%22value%22`, `startswith(attr,%27value%27)` (`(` `,` encoded or not). */
const COMPARISON =
  /(?:^|%20|\+|\(|%28)([A-Za-z][\w.]{0,63})(?:(?:%20|\+)(?:eq|sw|co|ew)(?:%20|\+)|,|%2[Cc])(%2[27])((?:[^%&]|%(?!2[27])[0-9A-Fa-f]{2}){1,200})%2[27]/g;
/**
 * REDCap's logic syntax, as its API takes it in `filterLogic` (Export Records: `[last_name] =
 * 'Roe'`, percent-encoded `%5Blast_name%5D%3D%27Roe%27`; red-team round 95): the field in
 * brackets, `=` or `<>`, the quoted value.
 */
const REDCAP_COMPARISON =
  /%5[Bb]([A-Za-z][\w]{0,63})%5[Dd](?:%20|\+)*(?:%3[Dd]|%3[Cc]%3[Ee])(?:%20|\+)*(%2[27])((?:[^%&]|%(?!2[27])[0-9A-Fa-f]{2}){1,200})%2[27]/g;
const USERS_PATH = /\/(?:users|Users)(?:\/)?$/;
const DISPLAY_NAMES = new Set(['displayname', 'name', 'fullname', 'formatted']);

export function isFilterParam(name: string): boolean {
  return FILTER_PARAM.test(name);
}

/**
 * The comparisons of filter value `query[from, end)` (the query starts at `base` in `text`):
 * whether the value held one (else it is read as any other parameter's: `search=Jane%20Roe`).
 */
export function filterExpressionSpans(text: string, query: string, base: number, from: number, end: number, ctx: SpanContext): boolean {
  const value = query.slice(from, end);
  if (value.indexOf('%2') === -1) return false;
  let users: boolean | undefined;
  let found = false;
  COMPARISON.lastIndex = 0;
  for (let m = COMPARISON.exec(value); m !== null; m = COMPARISON.exec(value)) {
    found = true;
    const attribute = m[1]!;
    const dot = attribute.lastIndexOf('.');
    const last = dot === -1 ? attribute : attribute.slice(dot + 1);
    let entity = ctx.classifyKey(last);
    if (entity === null && DISPLAY_NAMES.has(last.toLowerCase())) {
      users ??= USERS_PATH.test(text.slice(Math.max(0, base - 41), base - 1));
      if (users) entity = 'PERSON';
    }
    if (entity === null) continue;
    const raw = m[3]!;
    const decoded = decode(raw);
    if (PLACEHOLDER_VALUE.test(decoded)) continue;
    const start = base + from + m.index + m[0].length - 3 - raw.length;
    pushSpan(ctx, text, start, start + raw.length, entity, 'structure:url', decoded);
  }
  if (value.indexOf('%5') !== -1) found = redcapComparisons(text, value, base + from, ctx) || found;
  return found;
}

/** The REDCap logic comparisons of a `filterLogic` value (`value` starts at `at` in `text`); whether there were any. */
function redcapComparisons(text: string, value: string, at: number, ctx: SpanContext): boolean {
  let found = false;
  REDCAP_COMPARISON.lastIndex = 0;
  for (let m = REDCAP_COMPARISON.exec(value); m !== null; m = REDCAP_COMPARISON.exec(value)) {
    found = true;
    const entity = ctx.classifyKey(m[1]!);
    if (entity === null) continue;
    const raw = m[3]!;
    const decoded = decode(raw);
    if (PLACEHOLDER_VALUE.test(decoded)) continue;
    const start = at + m.index + m[0].length - 3 - raw.length;
    pushSpan(ctx, text, start, start + raw.length, entity, 'structure:url', decoded);
  }
  return found;
}

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

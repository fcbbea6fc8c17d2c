import type { TextScan } from '../detect/types.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * Validation and database errors that echo the value they rejected beside the name of the field
 * it was for, each in its library's documented message format. The value is masked as the
 * field's entity when the key rules call the field sensitive (`password`, `ssn`, `last_name`),
 * as the same value would be in a `field=value` pair; other values are left to the value
 * detectors (detector `structure:key_value`):
 *
 * - Spring `FieldError` (`Field error in object 'form' on field 'password': rejected value
 *   [hunter2]; codes […]`), also in BindException / MethodArgumentNotValidException messages;
 * - pydantic v2 `ValidationError` text: the field's location on a line of its own, then
 *   `  <message> [type=…, input_value=<repr>, input_type=…]` on the next;
 * - Joi (`"password" with value "x" fails to match the required pattern: …`);
 * - GraphQL-js variable coercion (`Variable "$input" got invalid value "…" at "input.phone"`,
 *   the path's last member naming the field; without a path the variable names it);
 * - SQL Server error 2628 (`… column 'LastName'. Truncated value: 'Vanderheyden-Lefebv'.`).
 *
 * A dotted or indexed location is named by its last member (`user.address[0].street` → street).
 */

/** Literals of the keyword pass that gate rejectedValueSpans (lower case, as it matches). */
export const REJECTED_VALUE_KEYWORDS: readonly string[] = [
  ': rejected value [',
  ', input_value=',
  '" with value "',
  '" got invalid value "',
  'truncated value: ',
];

/** Spring: group 1 the field, group 2 the value (to `]; codes [` or the end of the line). */
const SPRING = /on field '([A-Za-z_][\w.[\]]{0,127})': rejected value \[([^\n]{1,1024}?)\](?=; codes \[|;|$|\r?\n)/dgm;
/** pydantic v2: group 1 the location line, group 2 the quoted repr, or group 3 a bare one. */
const PYDANTIC =
  /(?:^|\n)([A-Za-z_][\w.]{0,127})\r?\n {2}[^\n]{0,512}?\[type=[\w.]{1,64}, input_value=(?:'((?:[^'\\\n]|\\.){1,1024})'|"((?:[^"\\\n]|\\.){1,1024})"|([^,'"\n]{1,256})), input_type=/dg;
/** Joi: group 1 the label, group 2 the value. */
const JOI = /"([A-Za-z_][\w.[\]]{0,127})" with value "((?:[^"\\\n]|\\.){1,1024})"/dg;
/** GraphQL-js: group 1 the variable, group 2 the value, group 3 the path when given. */
const GRAPHQL = /Variable "\$([A-Za-z_]\w{0,63})" got invalid value "((?:[^"\\\n]|\\.){1,1024})"(?: at "([\w.[\]]{1,128})")?/dg;
/** SQL Server 2628: group 1 the column, group 2 the truncated value. */
const SQL_SERVER_TRUNCATED = /column '([A-Za-z_][\w ]{0,127})'\. Truncated value: '([^\n]{1,1024}?)'\.?(?=\s|$)/dg;

/** The last member of a dotted or indexed location: `user.address[0].street` → `street`. */
function lastMember(location: string): string {
  const parts = location.split(/[.[\]]+/).filter((p) => p.length > 0 && !/^\d+$/.test(p));
  return parts[parts.length - 1] ?? location;
}

export function rejectedValueSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  if (text.indexOf('rejected value [') >= 0) each(SPRING, text, ctx, 1, [2]);
  if (text.indexOf(', input_value=') >= 0) each(PYDANTIC, text, ctx, 1, [2, 3, 4]);
  if (text.indexOf('" with value "') >= 0) each(JOI, text, ctx, 1, [2]);
  if (text.indexOf('got invalid value "') >= 0) each(GRAPHQL, text, ctx, 3, [2], 1);
  if (text.indexOf('Truncated value: ') >= 0) each(SQL_SERVER_TRUNCATED, text, ctx, 1, [2]);
}

/**
 * Runs `pattern` (flags `dg`: group offsets) over `text` and masks the value group that matched,
 * named by group `nameGroup`, or `fallbackGroup` when that one did not take part.
 */
function each(
  pattern: RegExp,
  text: string,
  ctx: SpanContext,
  nameGroup: number,
  valueGroups: readonly number[],
  fallbackGroup?: number,
): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const name = m[nameGroup] ?? (fallbackGroup === undefined ? undefined : m[fallbackGroup]);
    const valueGroup = valueGroups.find((g) => m[g] !== undefined);
    if (name === undefined || valueGroup === undefined) continue;
    const key = lastMember(name);
    const entity = ctx.classifyKey(key);
    if (entity === null) continue;
    const value = m[valueGroup]!.trim();
    if (value.length === 0 || PLACEHOLDER_VALUE.test(value) || keptUnderKey(key, value, entity)) continue;
    // Blanks around the value (`input_value='078-05-1120 '`) stay outside the span.
    const [groupStart] = m.indices![valueGroup]!;
    const start = groupStart + m[valueGroup]!.indexOf(value);
    pushSpan(ctx, text, start, start + value.length, entity, 'structure:key_value');
  }
}

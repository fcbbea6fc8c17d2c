import type { TextScan } from '../detect/types.js';
import { isCompanyName } from './company-name.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * Validation and database errors that echo the value they rejected beside the name of the field
 * it was for: the one reader of such errors (detector `structure:error_echo`). The value is masked
 * as the field's entity when the key rules call the field sensitive (`password`, `ssn`,
 * `last_name`) and keptUnderKey does not keep it, as the same value would be in a `field=value`
 * pair; a name they do not call sensitive (`Invalid value: 7 for field retries`) leaves the
 * message as it is. Each library's documented message format is read by its own pattern:
 *
 * - Spring `FieldError` (`Field error in object 'form' on field 'password': rejected value
 *   [hunter2]; codes […]`), also in BindException / MethodArgumentNotValidException messages;
 * - pydantic v2 `ValidationError` text: the field's location on a line of its own, then
 *   `  <message> [type=…, input_value=<repr>, input_type=…]` on the next;
 * - Joi (`"password" with value "x" fails to match the required pattern: …`);
 * - GraphQL-js variable coercion (`Variable "$input" got invalid value "…" at "input.phone"`,
 *   the path's last member naming the field; without a path the variable names it);
 * - SQL Server error 2628 (`… column 'LastName'. Truncated value: 'Vanderheyden-Lefebv'.`);
 * - Jackson (`Cannot deserialize value of type … from String "…": … (through reference chain:
 *   com.example.Patient["dateOfBirth"])`), the field being the chain's last member;
 * - Mongoose (`Validator failed for path \`phone\` with value \`…\``, `Cast to ObjectId failed
 *   for value "…" (type string) at path "email"`);
 * - MySQL errors 1366 / 1292 (`Incorrect date value: '…' for column 'date_of_birth' at row 1`);
 * - Elasticsearch mapping errors (`failed to parse field [date_of_birth] of type [date] … Preview
 *   of field's value: '…'`);
 * - duplicate-key errors that name the unique index rather than the column, the index's name
 *   standing for its column (`IX_Users_Ssn`, `users.email_UNIQUE`, `last_name_idx`): MySQL 1062
 *   (`Duplicate entry '…' for key 'users.last_name_idx'`), SQL Server 2601 / 2627 (`… with
 *   unique index 'IX_Users_Ssn'. The duplicate key value is (…).`);
 * - PostgreSQL `Failing row contains (…)` when the failed INSERT and its columns are in the same
 *   message (failingRowSpans);
 * - PostgreSQL key DETAIL lines of unique, foreign-key and exclusion violations (`Key
 *   (last_name, first_name)=(Okafor, Chidi) already exists.`, `… is not present in table "t".`):
 *   the values are matched to the columns by position when both lists have as many members (a
 *   column may be an index expression, `lower(email::text)`, named by its first sensitive word);
 *   otherwise the whole list is masked when a column is sensitive.
 *
 * - any other message of the shape `<invalid|incorrect|bad|malformed|…> … <value> for|in|of
 *   [the] field|column|attribute|property|parameter|key <name>`: BigQuery insertAll (`Invalid
 *   date: 31/12/1969 for field birth_date`), a validator's `invalid value "…" for field "ssn"`
 *   (GENERIC_ECHO; MySQL's own formats above are left to their patterns); the value may be
 *   followed by the type it failed to become (BigQuery load jobs: `Could not parse '…' as DATE
 *   for field birth_date (position 3)`).
 *
 * A dotted or indexed location is named by its last member (`user.address[0].street` → street).
 */

/** The generic echo's words (lower case): GENERIC_ECHO runs only when one of them occurs. */
const GENERIC_ECHO_WORDS: readonly string[] = ['for field', 'for column', 'in field', 'in column', 'duplicate entry'];

/** Literals of the keyword pass that gate errorEchoSpans (lower case, as it matches). */
export const ERROR_ECHO_KEYWORDS: readonly string[] = [
  ...GENERIC_ECHO_WORDS,
  ': rejected value [',
  // Spring's FieldError localized (German, French, Spanish, Italian message bundles).
  'abgelehnter wert [',
  'valeur rejetée [',
  'valor rechazado [',
  'valore rifiutato [',
  ', input_value=',
  '" with value "',
  '" got invalid value "',
  'truncated value: ',
  ')=(',
  'through reference chain',
  '` with value `',
  '" (type ',
  "preview of field's value: '",
  'the duplicate key value is (',
  'failing row contains (',
];

/** Spring: group 1 the field, group 2 the value (to `]; codes [` or the end of the line). */
const SPRING = /on field '([A-Za-z_][\w.[\]]{0,127})': rejected value \[([^\n]{1,1024}?)\](?=; codes \[|;|$|\r?\n)/dgm;
/**
 * Spring's FieldError as a localized message bundle writes it (red-team round 70 and its
 * leftovers: `Feld 'name' abgelehnter Wert [Walburga …]`, `sur le champ 'titulaire' : valeur
 * rejetée […]`, `campo 'nombre': valor rechazado […]`): group 1 the field, group 2 the value.
 */
const SPRING_LOCALIZED =
  /(?:Feld|champ|campo) '([A-Za-z_][\w.[\]]{0,127})' ?:? (?:abgelehnter Wert|valeur rejetée|valor rechazado|valore rifiutato) \[([^\n]{1,1024}?)\](?= ?;|$|\r?\n)/dgm;
const SPRING_LOCALIZED_WORDS: readonly string[] = ['abgelehnter wert [', 'valeur rejetée [', 'valor rechazado [', 'valore rifiutato ['];
/** pydantic v2: group 1 the location line, group 2 the quoted repr, or group 3 a bare one. */
const PYDANTIC =
  /(?:^|\n)([A-Za-z_][\w.]{0,127})\r?\n {2}[^\n]{0,512}?\[type=[\w.]{1,64}, input_value=(?:'((?:[^'\\\n]|\\.){1,1024})'|"((?:[^"\\\n]|\\.){1,1024})"|([^,'"\n]{1,256})), input_type=/dg;
/** Joi: group 1 the label, group 2 the value. */
const JOI = /"([A-Za-z_][\w.[\]]{0,127})" with value "((?:[^"\\\n]|\\.){1,1024})"/dg;
/** GraphQL-js: group 1 the variable, group 2 the value, group 3 the path when given. */
const GRAPHQL = /Variable "\$([A-Za-z_]\w{0,63})" got invalid value "((?:[^"\\\n]|\\.){1,1024})"(?: at "([\w.[\]]{1,128})")?/dg;
/** SQL Server 2628: group 1 the column, group 2 the truncated value. */
const SQL_SERVER_TRUNCATED = /column '([A-Za-z_][\w ]{0,127})'\. Truncated value: '([^\n]{1,1024}?)'\.?(?=\s|$)/dg;

/** Jackson: group 1 the value, group 2 the last field of the reference chain (same message). */
const JACKSON =
  /from String "((?:[^"\\\n]|\\.){1,1024})"[^\n]{0,1024}(?:\n[^\n]{0,1024}){0,3}?through reference chain: [^\n]{0,512}?\["([A-Za-z_]\w{0,63})"\]\)/dg;
/** Mongoose ValidatorError: group 1 the path, group 2 the value. */
const MONGOOSE_VALIDATOR = /for path `([A-Za-z_][\w.]{0,127})` with value `([^`\n]{1,1024})`/dg;
/** Mongoose CastError: group 1 the value, group 2 the path. */
const MONGOOSE_CAST =
  /Cast to \w{1,32} failed for value "((?:[^"\\\n]|\\.){1,1024})" \(type \w{1,32}\) at path "([A-Za-z_][\w.]{0,127})"/dg;
/** MySQL 1366 / 1292: group 1 the value, group 2 the column. */
const MYSQL_INCORRECT = /Incorrect \w{1,16} value: '([^'\n]{1,1024})' for column '([A-Za-z_][\w.]{0,127})'/dg;
/** Elasticsearch: group 1 the field, group 2 the value preview. */
const ELASTIC_PREVIEW = /failed to parse field \[([A-Za-z_][\w.]{0,127})\][^\n]{0,512}?Preview of field's value: '([^'\n]{1,1024})'/dg;
/** MySQL 1062: group 1 the value, group 2 the index (`table.index` since 8.0). */
const MYSQL_DUPLICATE = /Duplicate entry '([^'\n]{1,1024})' for key '([A-Za-z_][\w.]{0,127})'/dg;
/** SQL Server 2601 / 2627: group 1 the index or constraint, group 2 the duplicate value. */
const SQL_SERVER_DUPLICATE =
  /(?:unique index|constraint) '([A-Za-z_][\w.]{0,127})'\.[^\n]{0,256}? The duplicate key value is \(([^\n]{1,1024}?)\)\.?(?=\s|$)/dg;
/** PostgreSQL: group 1 the columns, group 2 the values, up to the words that end the DETAIL. */
const PG_KEY =
  /Key \(([^()\n]{1,512}|[^\n]{1,512}?)\)=\(([^\n]{0,2048}?)\)(?= already exists| is not present in table| is still referenced| conflicts with| is duplicated)/dg;
/**
 * Any other error echoing a value before the field it names: group 2 the value (group 1 its quote),
 * group 3 the field. MySQL's `Incorrect <type> value: '…' for column` and `Duplicate entry '…'`
 * are left to MYSQL_INCORRECT and MYSQL_DUPLICATE, which read index names and keep what
 * keptUnderKey keeps.
 */
const GENERIC_ECHO =
  /(?:invalid|incorrect(?! \w{1,16} value: ')|bad|malformed|unparseable|illegal|cannot parse|could not parse|failed to parse|cannot convert|could not convert|duplicate entry(?! ')|duplicate value|out of range)\b(?:[^:'"\n]{0,40}:|[^:'"\n]{0,40}?)[ \t]*(["'`]?)([^\s"'`]{1,64}(?: [^\s"'`]{1,64}){0,3}?)\1(?: as [A-Z][A-Z\d_<>]{0,31})?[ ,;]+(?:for|in|of)[ \t]+(?:the[ \t]+)?(?:field|column|attribute|property|parameter|key)[ \t]+["'`]?([\p{L}_][\p{L}\d_.-]{0,63})/dgiu;
/** The words of a column or index expression (`lower((email)::text)` → lower, email, text). */
const WORD = /[A-Za-z_][A-Za-z0-9_]{0,63}/g;

/** The last member of a dotted or indexed location: `user.address[0].street` → `street`. */
function lastMember(location: string): string {
  const parts = location.split(/[.[\]]+/).filter((p) => p.length > 0 && !/^\d+$/.test(p));
  return parts[parts.length - 1] ?? location;
}

/**
 * A Spring form's bare `name` field (`on field 'name': rejected value [Walburga Pfisterer]`, the
 * German bundle's `Feld 'name' abgelehnter Wert […]`: red-team round 70 and its leftovers): a
 * bare `name` names nothing by itself, but a value of two to four capitalised words, no company's
 * name, that a form rejected is the person the form is about.
 */
const BARE_NAME_FIELD = /^(?:name|fullname|full_name|nombre|nom|nome)$/i;
const CAPITALISED_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,3}$/u;
function bareNameEntity(key: string, value: string): string | null {
  return key.length <= 9 && BARE_NAME_FIELD.test(key) && value.length <= 64 && CAPITALISED_NAME.test(value) && !isCompanyName(value)
    ? 'PERSON'
    : null;
}

export function errorEchoSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const lower = scan.lower();
  if (GENERIC_ECHO_WORDS.some((w) => lower.indexOf(w) >= 0)) each(GENERIC_ECHO, text, ctx, 3, [2]);
  if (text.indexOf('rejected value [') >= 0) each(SPRING, text, ctx, 1, [2], undefined, true);
  if (SPRING_LOCALIZED_WORDS.some((w) => lower.indexOf(w) >= 0)) each(SPRING_LOCALIZED, text, ctx, 1, [2], undefined, true);
  if (text.indexOf(', input_value=') >= 0) each(PYDANTIC, text, ctx, 1, [2, 3, 4]);
  if (text.indexOf('" with value "') >= 0) each(JOI, text, ctx, 1, [2]);
  if (text.indexOf('got invalid value "') >= 0) each(GRAPHQL, text, ctx, 3, [2], 1);
  if (text.indexOf('Truncated value: ') >= 0) each(SQL_SERVER_TRUNCATED, text, ctx, 1, [2]);
  if (text.indexOf(')=(') >= 0) postgresKeySpans(text, ctx);
  if (text.indexOf("Duplicate entry '") >= 0) each(MYSQL_DUPLICATE, text, ctx, 2, [1]);
  if (text.indexOf('The duplicate key value is (') >= 0) each(SQL_SERVER_DUPLICATE, text, ctx, 1, [2]);
  if (text.indexOf('through reference chain') >= 0) each(JACKSON, text, ctx, 2, [1]);
  if (text.indexOf('` with value `') >= 0) each(MONGOOSE_VALIDATOR, text, ctx, 1, [2]);
  if (text.indexOf('" (type ') >= 0) each(MONGOOSE_CAST, text, ctx, 2, [1]);
  if (text.indexOf("' for column '") >= 0) each(MYSQL_INCORRECT, text, ctx, 2, [1]);
  if (text.indexOf("Preview of field's value: '") >= 0) each(ELASTIC_PREVIEW, text, ctx, 1, [2]);
  if (text.indexOf('Failing row contains (') >= 0) failingRowSpans(text, ctx);
}

/** The entity of a key column or index expression: its first word the key rules call sensitive. */
function columnEntity(column: string, classifyKey: (name: string) => string | null): string | null {
  WORD.lastIndex = 0;
  for (let w = WORD.exec(column); w !== null; w = WORD.exec(column)) {
    const entity = classifyKey(w[0]);
    if (entity !== null) return entity;
  }
  return null;
}

function postgresKeySpans(text: string, ctx: SpanContext): void {
  PG_KEY.lastIndex = 0;
  for (let m = PG_KEY.exec(text); m !== null; m = PG_KEY.exec(text)) {
    const columns = m[1]!.split(', ');
    const entities = columns.map((c) => columnEntity(c, ctx.classifyKey));
    const sensitive = entities.find((e) => e !== null);
    if (sensitive === undefined) continue;
    const [valuesStart] = m.indices![2]!;
    const values = m[2]!.split(', ');
    if (values.length !== columns.length) {
      pushSpan(ctx, text, valuesStart, valuesStart + m[2]!.length, sensitive, 'structure:error_echo');
      continue;
    }
    let at = valuesStart;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const entity = entities[i];
      if (entity != null && value.length > 0 && value !== 'null' && !keptUnderKey(columns[i]!, value, entity)) {
        pushSpan(ctx, text, at, at + value.length, entity, 'structure:error_echo');
      }
      at += value.length + 2;
    }
  }
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
  bareName = false,
): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const name = m[nameGroup] ?? (fallbackGroup === undefined ? undefined : m[fallbackGroup]);
    const valueGroup = valueGroups.find((g) => m[g] !== undefined);
    if (name === undefined || valueGroup === undefined) continue;
    const key = lastMember(name);
    const value = m[valueGroup]!.trim();
    const entity = ctx.classifyKey(key) ?? (bareName ? bareNameEntity(key, value) : null);
    if (entity === null) continue;
    if (value.length === 0 || PLACEHOLDER_VALUE.test(value) || keptUnderKey(key, value, entity)) continue;
    // Blanks around the value (`input_value='078-05-1120 '`) stay outside the span.
    const [groupStart] = m.indices![valueGroup]!;
    const start = groupStart + m[valueGroup]!.indexOf(value);
    pushSpan(ctx, text, start, start + value.length, entity, 'structure:error_echo');
  }
}

/**
 * PostgreSQL's `DETAIL:  Failing row contains (1042, Kowalski, 219-09-9999, …).` of a not-null or
 * check violation lists the new row's values in table order, without the columns. They are read
 * only when the INSERT that failed is in the same message and names as many columns as the row
 * has values (`INSERT INTO employees (id, last_name, ssn, …) VALUES …`): each value is then masked
 * as its column's entity. A row alone, or of another length, stays: a published sample SSN is
 * masked only when labelled.
 */
const FAILING_ROW = /Failing row contains \(([^\n]{1,2048}?)\)\.?(?=\s|$)/dg;
const INSERT_COLUMNS = /insert\s+into\s+[\w."`]{1,128}\s*\(([^()]{1,2048})\)/i;

function failingRowSpans(text: string, ctx: SpanContext): void {
  const insert = INSERT_COLUMNS.exec(text);
  if (insert === null) return;
  const columns = insert[1]!.split(',').map((c) => c.trim().replace(/^["`]|["`]$/g, ''));
  FAILING_ROW.lastIndex = 0;
  for (let m = FAILING_ROW.exec(text); m !== null; m = FAILING_ROW.exec(text)) {
    const values = m[1]!.split(', ');
    if (values.length !== columns.length) continue;
    let at = m.indices![1]![0];
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const entity = ctx.classifyKey(columns[i]!);
      if (entity !== null && value.length > 0 && value !== 'null' && !keptUnderKey(columns[i]!, value, entity)) {
        pushSpan(ctx, text, at, at + value.length, entity, 'structure:error_echo');
      }
      at += value.length + 2;
    }
  }
}

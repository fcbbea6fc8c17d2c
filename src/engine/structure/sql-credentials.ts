import type { TextScan } from '../detect/types.js';
import { PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * The credential clauses of SQL statements, in database audit and query logs (pgaudit, MySQL general
 * log, Oracle unified audit, SQL Server audit), whatever the statement around them:
 *
 * - `[ENCRYPTED] PASSWORD 'x'` (PostgreSQL, Redshift `CREATE/ALTER ROLE|USER`), `PASSWORD = 'x'`
 *   (SQL Server `CREATE LOGIN … WITH`, Snowflake, MySQL `SET PASSWORD`), `PASSWORD('x')`;
 * - `IDENTIFIED BY 'x'`, `IDENTIFIED WITH plugin BY 'x'`, `IDENTIFIED BY VALUES 'hash'` (MySQL,
 *   MariaDB, Oracle), and Oracle's unquoted `IDENTIFIED BY x`;
 * - replication options `MASTER_PASSWORD = 'x'`, `SOURCE_PASSWORD = 'x'`;
 * - the credential options of Snowflake stages and COPY (`ENCRYPTION = (TYPE = 'AZURE_CSE'
 *   MASTER_KEY = 'x')`, `CREDENTIALS = (AWS_SECRET_KEY = 'x' AWS_TOKEN = 'x')`,
 *   `AZURE_SAS_TOKEN = 'x'`), a quoted literal only.
 *
 * Literals quoted `\'…\'` count too: the statement as a field of a CSV line that escapes its
 * quotes with backslashes (MariaDB's server_audit `…,QUERY,db,'CREATE USER \'u\'@\'%\'
 * IDENTIFIED BY \'…\'',0`). Oracle's `IDENTIFIED BY new REPLACE old` masks both passwords, and
 * the MongoDB shell's `db.changeUserPassword("user", "…")` its second argument.
 *
 * After the word `password` only a quoted literal counts (prose such as `password reset` has none);
 * after `identified by` an unquoted word counts too (Oracle's syntax), unless it is a redaction
 * marker such as MySQL's `<secret>`. Values are SECRET, and the evidence names this handler.
 */
const CLAUSE =
  /\b(?:identified(?:\s+with\s+['"`]?\w+['"`]?)?\s+by(?:\s+values)?\s+(?:'((?:[^'\\]|''|\\.){1,256})'|"([^"]{1,256})"|\\'([^'\\\n]{1,256})\\'|([^\s'"`,;()<>\\]{1,128}))|(?:(?:master|source)_)?password(?:\s*=\s*|\s*\(\s*|\s+)(?:'((?:[^'\\]|''|\\.){1,256})'|"([^"\n]{1,256})"|\\'([^'\\\n]{1,256})\\')|(?:master_key|aws_secret_key|aws_token|azure_sas_token)\s*=\s*'((?:[^'\\]|''|\\.){1,1024})')/dgiy;
/** The group of CLAUSE that holds Oracle's unquoted `IDENTIFIED BY` word, and the number of groups. */
const UNQUOTED_GROUP = 4;
const GROUPS = 8;
/** Oracle's `ALTER USER x IDENTIFIED BY new REPLACE old` (a user changing his own password): the old one after it. */
const REPLACE_OLD = /\s+replace\s+(?:'((?:[^'\\]|''){1,256})'|"([^"\n]{1,256})"|([^\s'"`,;()<>\\]{1,128}))/diy;
/** MongoDB shell `db.changeUserPassword("user", "password")` (a mongosh session or history line). */
const CHANGE_USER_PASSWORD = /\(\s*(['"])[^'"\n]{1,128}\1\s*,\s*(['"])((?:(?!\2)[^\\\n]|\\.){1,256})\2/y;

/** Snowflake's credential options (stage, COPY and external-volume parameters). */
const SNOWFLAKE_OPTIONS: readonly string[] = ['master_key', 'aws_secret_key', 'aws_token', 'azure_sas_token'];

/** `CREATE USER x` / `ALTER USER x` before an unquoted `IDENTIFIED BY` word. */
const USER_STATEMENT = /\b(?:create|alter)\s+user\s+\S+\s*$/i;

/** Words of which one occurs in every clause (gates the handler in the detectors' keyword pass). */
export const SQL_CREDENTIAL_KEYWORDS: readonly string[] = ['identified', 'password', ...SNOWFLAKE_OPTIONS];

/** Where a clause can start, found with native `indexOf` in the lower-cased text. */
const STARTS: readonly string[] = ['identified', 'password', ...SNOWFLAKE_OPTIONS];

export function sqlCredentialSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  const lower = scan.lower();
  // Lower-casing must keep indexes (see proseSpans); text where it does not is not searched.
  if (lower.length !== text.length) return;
  for (const start of STARTS) {
    for (let at = lower.indexOf(start); at !== -1; at = lower.indexOf(start, at + start.length)) {
      // `master_password` and `source_password` (both prefixes are 7 letters) start before `password`.
      let from = at;
      if (start === 'password') {
        const prefix = lower.slice(at - 7, at);
        if (prefix === 'master_' || prefix === 'source_') from = at - 7;
      }
      // db.changeUserPassword("user", "…") of the MongoDB shell.
      if (start === 'password' && lower.startsWith('changeuser', at - 10)) {
        changeUserPassword(text, at + 8, ctx);
        continue;
      }
      // A clause starts at a word: not inside `mypassword` or `unidentified`.
      if (from > 0 && isWordChar(text.charCodeAt(from - 1))) continue;
      clauseAt(text, from, ctx);
    }
  }
}

function clauseAt(text: string, at: number, ctx: SpanContext): void {
  CLAUSE.lastIndex = at;
  const m = CLAUSE.exec(text);
  if (m === null) return;
  for (let g = 1; g <= GROUPS; g++) {
    const range = m.indices?.[g];
    if (range === undefined) continue;
    // An unquoted word after `identified by` is Oracle syntax only in a CREATE/ALTER USER statement
    // (`the caller was identified by support` is prose).
    if (g === UNQUOTED_GROUP && !USER_STATEMENT.test(text.slice(Math.max(0, at - 256), at))) return;
    const [start, end] = range;
    const value = text.slice(start, end);
    if (value.length === 0 || PLACEHOLDER_VALUE.test(value)) return;
    pushSpan(ctx, text, start, end, 'SECRET', 'structure:sql_credentials');
    if (g <= UNQUOTED_GROUP) replacedPassword(text, m.index + m[0].length, ctx);
    return;
  }
}

/** The old password of Oracle's `IDENTIFIED BY new REPLACE old`, right after the new one. */
function replacedPassword(text: string, at: number, ctx: SpanContext): void {
  REPLACE_OLD.lastIndex = at;
  const m = REPLACE_OLD.exec(text);
  if (m === null) return;
  for (let g = 1; g <= 3; g++) {
    const range = m.indices?.[g];
    if (range === undefined) continue;
    const value = text.slice(range[0], range[1]);
    if (value.length > 0 && !PLACEHOLDER_VALUE.test(value)) pushSpan(ctx, text, range[0], range[1], 'SECRET', 'structure:sql_credentials');
    return;
  }
}

/** The password argument of `changeUserPassword(` at `at` (the opening bracket). */
function changeUserPassword(text: string, at: number, ctx: SpanContext): void {
  CHANGE_USER_PASSWORD.lastIndex = at;
  const m = CHANGE_USER_PASSWORD.exec(text);
  if (m === null) return;
  const start = m.index + m[0].length - 1 - m[3]!.length;
  if (!PLACEHOLDER_VALUE.test(m[3]!)) pushSpan(ctx, text, start, start + m[3]!.length, 'SECRET', 'structure:sql_credentials');
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}

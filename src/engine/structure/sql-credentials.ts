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
 * After the word `password` only a quoted literal counts (prose such as `password reset` has none);
 * after `identified by` an unquoted word counts too (Oracle's syntax), unless it is a redaction
 * marker such as MySQL's `<secret>`. Values are SECRET, and the evidence names this handler.
 */
const CLAUSE =
  /\b(?:identified(?:\s+with\s+['"`]?\w+['"`]?)?\s+by(?:\s+values)?\s+(?:'((?:[^'\\]|''|\\.){1,256})'|"([^"]{1,256})"|([^\s'"`,;()<>]{1,128}))|(?:(?:master|source)_)?password(?:\s*=\s*|\s*\(\s*|\s+)(?:'((?:[^'\\]|''|\\.){1,256})'|"([^"\n]{1,256})")|(?:master_key|aws_secret_key|aws_token|azure_sas_token)\s*=\s*'((?:[^'\\]|''|\\.){1,1024})')/dgiy;

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
  for (let g = 1; g <= 6; g++) {
    const range = m.indices?.[g];
    if (range === undefined) continue;
    // An unquoted word after `identified by` is Oracle syntax only in a CREATE/ALTER USER statement
    // (`the caller was identified by support` is prose).
    if (g === 3 && !USER_STATEMENT.test(text.slice(Math.max(0, at - 256), at))) return;
    const [start, end] = range;
    const value = text.slice(start, end);
    if (value.length === 0 || PLACEHOLDER_VALUE.test(value)) return;
    pushSpan(ctx, text, start, end, 'SECRET', 'structure:sql_credentials');
    return;
  }
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}

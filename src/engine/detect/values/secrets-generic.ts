import { contextBefore } from '../context.js';
import { shannonEntropy } from '../validators.js';
import { regexDetector } from './helpers.js';
import { afterArnSecretPrefix, charClasses, contextKeywords } from './shared.js';

const AWS_SECRET = contextKeywords([
  'aws',
  'secret access key',
  'secret key',
  'secretaccesskey',
  'aws secret',
  'aws_secret_access_key',
  'secret',
]);

/**
 * AWS secret access keys: 40 base64 characters are common (hashes, ids), so a keyword must stand
 * within 40 characters before (AWS's own managed identifier uses 30), and the value must mix
 * upper and lower case like a real key.
 */
/** Two capitals anywhere (linear: `[^A-Z]*` cannot give back a capital). */
const TWO_CAPITALS = /[A-Z][^A-Z]*[A-Z]/;

/**
 * An access key id right before the secret, as a pair is pasted into a mail or a chat (red-team
 * round 32: `AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/…`, `AKIA…:wJalr…`): the id, then up to eight
 * characters outside base64 (blanks, `/` between blanks, `:`, `,`, quotes).
 */
const ACCESS_KEY_ID_BEFORE = /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?: \/ |[^A-Za-z0-9+/]{1,8})$/;
function afterAccessKeyId(scan: { text: string }, start: number): boolean {
  return start >= 21 && ACCESS_KEY_ID_BEFORE.test(scan.text.slice(Math.max(0, start - 28), start));
}

export const awsSecretKey = regexDetector({
  id: 'aws_secret_key',
  entity: 'AWS_SECRET_KEY',
  description: 'AWS secret access keys',
  validation: '40 base64 characters with upper and lower case; a keyword (aws, secret access key) within 40 characters before',
  context: true,
  example: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  // `akia` (a long-term key's id) gates the pair; not `asia`, which every `Asia/Tokyo` time zone holds.
  keywords: [...AWS_SECRET.keywords, 'akia'],
  prefilter: (s) => s.text.length >= 40 && TWO_CAPITALS.test(s.text),
  pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40}(?![A-Za-z0-9+/=])/g,
  run: { chars: '[A-Za-z0-9+/]', min: 40 },
  validate: (v, scan, start) =>
    /[a-z]/.test(v) &&
    /[A-Z]/.test(v) &&
    shannonEntropy(v) >= 3.5 &&
    (contextBefore(scan, start, AWS_SECRET.re) || afterAccessKeyId(scan, start))
      ? v
      : undefined,
});

const AWS_SESSION = contextKeywords(['session token', 'security token', 'sessiontoken', 'x amz security token', 'aws session']);

/** AWS STS session tokens: long base64 starting with the service's fixed prefixes, or after a session-token keyword. */
export const awsSessionToken = regexDetector({
  id: 'aws_session_token',
  entity: 'AWS_SESSION_TOKEN',
  description: 'AWS temporary session tokens (STS)',
  validation:
    '100+ base64 characters beginning FwoGZXIvYXdz / FQoGZXIvYXdz / IQoJb3JpZ2luX2Vj (STS token headers), or after a keyword (session token, security token)',
  context: false,
  example:
    'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDexamplesessiontokenAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  keywords: ['zxivyxdz', 'iqojb3jpz2lu', ...AWS_SESSION.keywords],
  prefilter: (s) => s.text.length >= 100,
  pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{100,4096}={0,2}(?![A-Za-z0-9+/=])/g,
  run: { chars: '[A-Za-z0-9+/]', min: 100 },
  validate: (v, scan, start) => {
    if (v.startsWith('FwoGZXIvYXdz') || v.startsWith('FQoGZXIvYXdz') || v.startsWith('IQoJb3JpZ2lu')) return v;
    return contextBefore(scan, start, AWS_SESSION.re) && charClasses(v) >= 3 ? v : undefined;
  },
});

const DB_SCHEMES = new Set([
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'mongodb',
  'mongodb+srv',
  'redis',
  'rediss',
  'amqp',
  'amqps',
  'mssql',
  'sqlserver',
  'oracle',
  'kafka',
  'nats',
  'clickhouse',
  'cockroachdb',
  'couchbase',
  'couchbases',
  'neo4j',
  'neo4j+s',
  'bolt',
  'cassandra',
  'memcached',
  'elasticsearch',
  'es',
  'influxdb',
  'mqtt',
  'mqtts',
  'stomp',
  'ldap',
  'ldaps',
  'smtp',
  'smtps',
  'snowflake',
  'db2',
  'sqlite',
  'jdbc',
  'r2dbc',
  'postgis',
  'timescaledb',
  'rabbitmq',
  'pulsar',
]);

/**
 * scheme://user:password@host — one pattern, split by scheme into two detectors. The captured
 * user-info is the value.
 *
 * Passwords are pasted unencoded (`postgres://app:s3cr@t/x@db:5432/app`) although libpq, MongoDB,
 * SQLAlchemy and Connector/J document percent-encoding, and URL parsers (WHATWG, Python's urlsplit)
 * split user-info at the last `@`. So the password may hold any character (`/ @ : # ? % !`) and
 * runs to the LAST `@` followed by a host start (a letter, a digit, `[` of IPv6, `/` of libpq's
 * socket form) within the same URL token: a blank, `"`, `'`, `<` or `>` ends the token; a URL
 * opened by a quote (`"postgres://…"`, `'mysql://…'`) runs to that quote and its password may also
 * hold blanks. An `@` later in the path or query makes more of the URL masked, never less (as in
 * structure/uri-credentials.ts). The user stops at `:` and may hold `@` (Azure's `user@server`).
 * A bare URL whose token holds no such `@` may still be one password with one blank in it
 * (`DATABASE_URL=postgres://u:p w@db/app`): the `@` before a host right after the next word is the
 * signal; two blanks, or a first word shaped like a port, end it (validated in userinfoValue).
 * Linear: from each `://` the password reads at most 256 characters and gives them back one by
 * one, each tried with a one-character lookahead (the one-blank form reads at most 128 + 128).
 * Groups 1–3: double-quoted, single-quoted, bare.
 */
const SCHEME = String.raw`(?:jdbc:|r2dbc:)?[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/`;
const USER = String.raw`[^\s:/?#"'<>]{0,128}`;
const USERINFO = new RegExp(
  String.raw`(?<![A-Za-z0-9+.-])(?:(?<=")${SCHEME}(${USER}:[^"\r\n]{1,256})|(?<=')${SCHEME}(${USER}:[^'\r\n]{1,256})|${SCHEME}(${USER}:(?:[^\s"'<>]{1,256}|[^\s"'<>@]{1,128} [^\s"'<>@]{1,128})))@(?=[A-Za-z0-9[/])`,
  'dg',
);
const USERINFO_GROUPS = [1, 2, 3];

/**
 * `host:8443/users/jane@example.com`: a port then a path, read as `user:password` only because a
 * later `@` follows. A password of a web URL is not taken to start with 1–5 digits and `/`, `?` or
 * `#`, nor (in its one-blank form) to be a port then a blank.
 */
const PORT_THEN_PATH = /^\d{1,5}(?:[/?#]| |$)/;
/**
 * A database URI's path is one database name, and its options go in a query: `u:1234/abc@db/app`
 * is a password `1234/abc` before the host `db`, not a port then a path holding an `@`. Port-shaped
 * passwords of database schemes are passwords, unless what follows the digits holds a query or a
 * fragment (`host:27017/admin?authSource=admin&user=bob@corp.com`), or the blank of the one-blank
 * form (`db:5432/app bob@example.com`: a URI, then an address).
 */
const DB_PORT_THEN_PATH = /^\d{1,5}(?:[?#]| |$|\/[^?#]*[?#]|\/[^ ]* )/;

function isDbScheme(scheme: string): boolean {
  const s = scheme.toLowerCase().replace(/^(?:jdbc|r2dbc):/, '');
  return DB_SCHEMES.has(s) || s.startsWith('jdbc') || s.startsWith('mongodb');
}

/** `v` (`user:password`) when its password is one, or undefined (a placeholder, or a port then a path: `portShape`). */
function userinfoValue(v: string, portShape: RegExp | undefined): string | undefined {
  const pass = v.slice(v.indexOf(':') + 1);
  if (pass.length === 0 || /^(?:\*+|x{3,}|<[^>]*>|\$\{[^}]*\}|\{\{.*\}\}|%[sd]|password)$/i.test(pass)) return undefined;
  if (portShape?.test(pass)) return undefined;
  return v;
}

/** The scheme before the user-info starting at `start` (`postgres`, `jdbc:mysql`). */
function schemeBefore(text: string, start: number): string {
  const head = text.slice(Math.max(0, start - 30), start - 3);
  return /([A-Za-z][A-Za-z0-9+.:-]*)$/.exec(head)?.[1] ?? '';
}

/** Whether the URL whose scheme ends before `start` was opened by a quote (a quoted URL's password may hold blanks). */
function quotedUrl(text: string, start: number, scheme: string): boolean {
  const c = text.charCodeAt(start - 3 - scheme.length - 1);
  return c === 34 || c === 39;
}

export const dbCredentials = regexDetector({
  id: 'db_credentials',
  entity: 'DB_CREDENTIALS',
  description: 'User and password in database and message-broker connection URIs',
  validation:
    'scheme of a database or broker (postgres, mysql, mongodb+srv, redis, amqp, kafka, jdbc:…) then user:password@, the password running to the last @ before a host in the same URL (it may hold / @ : # ?, blanks in a quoted URL, one blank in a bare one); placeholders (***, ${VAR}) are not passwords; host and database stay readable',
  context: false,
  example: 'postgres://app:Tr0ub4dor&3@db.internal:5432/orders',
  keywords: ['://'],
  prefilter: (s) => s.text.includes('@'),
  pattern: USERINFO,
  group: USERINFO_GROUPS,
  validate: (v, scan, start) => (isDbScheme(schemeBefore(scan.text, start)) ? userinfoValue(v, DB_PORT_THEN_PATH) : undefined),
});

/**
 * Oracle's thin and OCI JDBC URLs carry `user/password@` without `://`
 * (`jdbc:oracle:thin:scott/tiger@//db:1521/ORCL`, Oracle JDBC Developer's Guide "Database URLs").
 * The password runs to the last `@` before a host (`//`, a letter or digit, `(` of a TNS
 * descriptor, `[` of IPv6, `:` of the local host's `@:1521:XE`) in the same token, so it may hold
 * `/` and `@`. A password in double quotes runs to its closing quote (`scott/"p@ss/w"@db`: Oracle
 * reserves the double quote as the password delimiter, OCI-28212). Linear: at most 256 characters
 * read and given back one by one.
 */
const ORACLE_USERINFO = /jdbc:oracle:(?:thin|oci8?):([^\s/@:"'<>]{1,128}\/(?:"[^"\r\n]{1,256}"|[^\s"'<>]{1,256}))@(?=[A-Za-z0-9([/:])/dgi;

export const oracleJdbcCredentials = regexDetector({
  id: 'oracle_jdbc_credentials',
  entity: 'DB_CREDENTIALS',
  description: 'User and password in Oracle thin / OCI JDBC URLs (jdbc:oracle:thin:user/password@…)',
  validation:
    'jdbc:oracle:thin: or jdbc:oracle:oci: then user/password@, the password running to the last @ before a host (it may hold / and @, or be in double quotes); not a placeholder; host and service stay readable',
  context: false,
  example: 'jdbc:oracle:thin:scott/Tr0ub4dor&3@//db.internal:1521/ORCLPDB1',
  keywords: ['jdbc:oracle:'],
  prefilter: (s) => s.text.includes('@'),
  pattern: ORACLE_USERINFO,
  group: 1,
  // No port stands before an Oracle user-info: a password of digits then `/` is a password.
  validate: (v) => userinfoValue(v.replace('/', ':'), undefined) && v,
});

export const urlCredentials = regexDetector({
  id: 'url_credentials',
  entity: 'URL_CREDENTIALS',
  description: 'User and password embedded in other URLs (https://user:pass@host, ftp://…)',
  validation:
    'scheme://user:password@ with a non-empty password that is not a placeholder, running to the last @ before a host in the same URL (it may hold / @ : # ?, and blanks in a quoted URL); host, path and query stay readable',
  context: false,
  example: 'https://deploy:s3cr3tPa55@git.example.com/repo.git',
  keywords: ['://'],
  prefilter: (s) => s.text.includes('@'),
  pattern: USERINFO,
  group: USERINFO_GROUPS,
  validate: (v, scan, start) => {
    const scheme = schemeBefore(scan.text, start);
    if (isDbScheme(scheme)) return undefined;
    // The one-blank form is read for database URIs only: in a web URL a blank ends the URL.
    if (v.includes(' ') && !quotedUrl(scan.text, start, scheme)) return undefined;
    return userinfoValue(v, PORT_THEN_PATH);
  },
});

export const bcryptHash = regexDetector({
  id: 'bcrypt_hash',
  entity: 'PASSWORD_HASH',
  description: 'bcrypt password hashes',
  validation: '$2a$/$2b$/$2x$/$2y$ + 2-digit cost + 53 characters of bcrypt base64',
  context: false,
  example: '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW',
  keywords: ['$2'],
  prefilter: (s) => s.text.length >= 60,
  pattern: /\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}(?![./A-Za-z0-9])/g,
  validate: (v) => v,
});

export const argon2Hash = regexDetector({
  id: 'argon2_hash',
  entity: 'PASSWORD_HASH',
  description: 'Argon2 password hashes (PHC string format)',
  validation: '$argon2id$ / $argon2i$ / $argon2d$, version, m/t/p parameters, base64 salt and hash',
  context: false,
  example: '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$RdescudvJCsgt3ub+b+dWRWJTmaaJObG',
  keywords: ['$argon2'],
  prefilter: () => true,
  pattern: /\$argon2(?:id|i|d)\$(?:v=\d{1,3}\$)?m=\d{1,10},t=\d{1,10},p=\d{1,3}\$[A-Za-z0-9+/]{8,128}\$[A-Za-z0-9+/]{16,256}/g,
  validate: (v) => v,
});

export const cryptHash = regexDetector({
  id: 'crypt_hash',
  entity: 'PASSWORD_HASH',
  description: 'Unix crypt (md5/sha256/sha512/yescrypt), scrypt and Django PBKDF2 password hashes',
  validation: '$1$, $5$, $6$ (optional rounds=), $y$, $gy$, $7$ with salt and hash in crypt base64; pbkdf2_sha256$iterations$salt$hash',
  context: false,
  example: '$6$rounds=5000$saltsalt$Hk1Zb6l8uQ3s0P9vWq2eRt5yUi7oPa9sDf1gHj3kLz5xCv7bNm9QwErTyUiOpAsDfGhJkLzXcVbNm1234567',
  keywords: ['$1$', '$5$', '$6$', '$y$', '$gy$', '$7$', '$md5$', '$sha1$', 'pbkdf2_'],
  prefilter: (s) => s.text.length >= 20,
  pattern:
    /(?:\$(?:1|5|6|y|gy|7|md5|sha1)\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,64}\$[./A-Za-z0-9]{16,128}|pbkdf2_sha(?:1|256|512)\$\d{1,8}\$[A-Za-z0-9./+]{1,64}\$[A-Za-z0-9+/]{20,128}={0,2})(?![./A-Za-z0-9])/g,
  validate: (v) => v,
});

const SESSION_COOKIE_NAMES =
  '(?:JSESSIONID|PHPSESSID|ASP\\.NET_SessionId|ASPSESSIONID[A-Z]{8}|connect\\.sid|sessionid|session_id|session|sess|sid|_session|[a-z0-9_]{1,40}_session|laravel_session|__Secure-[\\w.-]{1,60}|__Host-[\\w.-]{1,60}|remember_token|remember_user_token|_gh_sess|user_session|csrftoken|XSRF-TOKEN|_csrf|AWSALB|AWSALBCORS|SSESS[0-9a-f]{32}|wordpress_logged_in_[0-9a-f]{32})';

/** Session cookies by well-known name (framework defaults), in Cookie/Set-Cookie text or anywhere as name=value. */
export const sessionCookie = regexDetector({
  id: 'session_cookie',
  entity: 'SESSION_COOKIE',
  description: 'Session cookie values (JSESSIONID, PHPSESSID, connect.sid, *_session, __Host-/__Secure-…)',
  validation:
    'a well-known session cookie name, =, then 8+ cookie characters; the cookie name stays readable; not a Twilio resource SID (two capitals and 32 lower-case hex digits)',
  context: false,
  example: 'Cookie: JSESSIONID=1A530637289A03B07199A44E8D531427',
  keywords: ['sess', 'sid', '__secure', '__host', 'remember', 'csrf', 'xsrf', 'awsalb', 'logged_in'],
  prefilter: (s) => s.text.length >= 12 && s.text.includes('='),
  pattern: new RegExp(`(?<![\\w.-])${SESSION_COOKIE_NAMES}=([^;\\s,"'\\\\]{8,4096})`, 'dg'),
  group: 1,
  validate: (v) =>
    /^(?:deleted|null|undefined|true|false)$/i.test(v) || isDiameterSessionId(v) || isShortTypedId(v) || TWILIO_RESOURCE_SID.test(v)
      ? undefined
      : v,
});

/**
 * A Twilio resource SID under `sid=` (a message `SM…`, a call `CA…`, an account `AC…`: two capitals
 * and 32 lower-case hex digits, Twilio's documented SID format) in an SMS or voice provider's
 * delivery log (red-team round 85): the record's id, which the API returns and logs print, no
 * session cookie. An account's auth token or an API key's secret is another value.
 */
const TWILIO_RESOURCE_SID = /^[A-Z]{2}[0-9a-f]{32}$/;

/**
 * A short typed id under a session's name (`session=lv-5d1c2b3a` of a liveness check,
 * `session_id=vs_2b8e91c4`; red-team round 73, left73): a type prefix and at most 12 hex digits,
 * at most 48 bits, below the 64 bits of entropy a session credential needs (OWASP Session
 * Management Cheat Sheet): a vendor's record id, no cookie.
 */
export function isShortTypedId(value: string): boolean {
  return value.length <= 21 && SHORT_TYPED_ID.test(value);
}
// 4 digits and up: a chat widget's `widget_session=ws-22891` (red-team round 98) as well.
const SHORT_TYPED_ID = /^[a-z]{2,8}[-_][0-9a-f]{4,12}$/;

/**
 * A Diameter Session-Id (RFC 6733 §8.8: `<DiameterIdentity>;<high 32 bits>;<low 32
 * bits>[;<optional value>]`, `pgw1.example.net;1714641247;42` in Gx / S6a traces), or its host part
 * where a `session=` reader stops at the `;`: a host name and counters, not a session secret. A
 * DNS name in lower case of at least three labels, the last of letters (a signed cookie or a JWT
 * has mixed case or a longer last part).
 */
export function isDiameterSessionId(value: string): boolean {
  return value.length <= 300 && DIAMETER_SESSION_ID.test(value);
}
const HOST_NAME = /^(?:[a-z0-9][a-z0-9-]{0,62}\.){2,8}[a-z]{2,24}$/;
const DIAMETER_SESSION_ID = /^(?:[a-z0-9][a-z0-9-]{0,62}\.){2,8}[a-z]{2,24}(?:;\d{1,10};\d{1,10}(?:;[^;\s]{0,64})?)?$/;

const GENERIC = contextKeywords([
  'secret',
  'token',
  'api key',
  'apikey',
  'password',
  'passwd',
  'pwd',
  // Chat shorthand for a password (`wifi for grandma: network "Home_5G" pw Tulip-Garden-1984`,
  // red-team round 48); the value must still be 16+ characters with a digit and look random.
  'pw',
  'credential',
  'access key',
  'private key',
  'client secret',
  'signing key',
  'auth key',
  'bearer',
]);

/** Template placeholders and obvious non-secrets that follow a secret keyword. */
const PLACEHOLDER = /^(?:\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|\{\{.*\}\}|%\([a-z_]+\)s|<[^>]*>|\*+|x{3,}|X{3,}|\.{3,})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A flag that reads the secret from standard input, then blanks, at the end of what it is tested on. */
const STDIN_FLAG_BEFORE = /(?:^|\s)--[a-z-]{0,40}stdin[ \t]+$/;

/**
 * Whether the word at `start` follows a flag that reads the secret from standard input
 * (`docker login --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com`): such a flag
 * takes no value, so the word is the command's next argument (the registry), not a secret.
 */
function afterStdinFlag(text: string, start: number): boolean {
  return start > 8 && text.charCodeAt(start - 1) <= 32 && STDIN_FLAG_BEFORE.test(text.slice(Math.max(0, start - 48), start));
}

/**
 * High-entropy strings after a secret keyword in free text ("rotated api key 8f14e45f…", "token
 * Zx9…"), where no `=` or `:` ties the value to the name. The value must be 16–256 token
 * characters, mix at least two character classes with a digit, and reach 3.2 bits of entropy per
 * character; UUIDs and template placeholders (`${VAR}`, `{{ token }}`) are not secrets.
 */
export const genericSecret = regexDetector({
  id: 'generic_secret',
  entity: 'SECRET',
  description: 'High-entropy values after a secret keyword in free text',
  validation:
    '16–256 token characters with a digit, not only hex (digests, trace ids), not a path, ≥ 2 character classes and ≥ 3.2 bits/char of Shannon entropy; a keyword (secret, token, api key, password…) within 40 characters before; UUIDs and ${VAR} / {{ x }} placeholders excluded',
  context: true,
  example: 'rotated api key Zx9kQ2mV7pL4rT8wN3bY6cJ1',
  keywords: GENERIC.keywords,
  prefilter: (s) => s.text.length >= 20 && s.hasDigit,
  pattern: /(?<![A-Za-z0-9+/_.~=$-])[A-Za-z0-9+/_.~-]{16,256}={0,2}(?![A-Za-z0-9+/_.~=-])/g,
  run: { chars: '[A-Za-z0-9+/_.~-]', min: 16 },
  validate: (v, scan, start) => {
    // Paths (/api/v1/tokens/…) are not secrets: tested first, as they are the usual candidate in
    // URLs (`/api/…` activates the `api key` keyword) and cost less than the entropy.
    if (v.startsWith('/') || /\/[A-Za-z]{2,}\//.test(v)) return undefined;
    // A URL's port and path after its host (`@127.0.0.1:3306/circle_test`), not a secret.
    if (scan.text.charCodeAt(start - 1) === 58 && /^\d{1,5}\//.test(v)) return undefined;
    if (afterArnSecretPrefix(scan.text, start)) return undefined;
    if (!/\d/.test(v) || charClasses(v) < 2 || UUID.test(v) || PLACEHOLDER.test(v)) return undefined;
    // Hex digests and trace ids are not secrets by shape.
    if (/^[0-9a-fA-F]+$/.test(v) || /^[\d.:/-]+$/.test(v) || shannonEntropy(v) < 3.2) return undefined;
    // Inside a template placeholder: {{ name }}, ${name}, %(name)s.
    const before = scan.text.slice(Math.max(0, start - 4), start);
    if (/(?:\{\{|\$\{|\$|%\()\s*$/.test(before)) return undefined;
    // `name=<EMAIL:…>`: the name of a value masked on an earlier pass, not a secret (idempotence).
    if (v.endsWith('=') && scan.text.charCodeAt(start + v.length) === 60) return undefined;
    if (afterStdinFlag(scan.text, start)) return undefined;
    // A host or account name in lower-case DNS labels (`snowsql -a xy12345.us-east-2.aws` after a
    // `SNOWSQL_PWD=…` prefix): a secret of that shape has mixed case or no letters-only last label.
    if (HOST_NAME.test(v)) return undefined;
    return contextBefore(scan, start, GENERIC.re) ? v : undefined;
  },
});

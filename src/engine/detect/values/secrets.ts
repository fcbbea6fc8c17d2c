import { jwtValid, base64UrlToString } from '../validators.js';
import { merchantTokenLabelled } from './marketplace-support.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { regexDetector } from './helpers.js';
import { isShortTypedId } from './secrets-generic.js';
import { afterArnSecretPrefix, isStripeTestToken } from './shared.js';

/** PEM / OpenSSH / PGP private key blocks; a block cut off before its END line is masked to the end. */
export const privateKey = regexDetector({
  id: 'private_key',
  entity: 'PRIVATE_KEY',
  description: 'PEM, OpenSSH and PGP private key blocks',
  validation: 'BEGIN … PRIVATE KEY header; a block without its END line is masked to the end of the text',
  context: false,
  example: '-----BEGIN RSA PRIVATE KEY-----\\nMIIEow…\\n-----END RSA PRIVATE KEY-----',
  keywords: ['-----begin'],
  prefilter: () => true,
  pattern: /-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----|$)/g,
  validate: (v) => v,
});

const PRIVATE_KEY_END = /-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
/** A line of a key's base64 body (the last word of its log line: a CI runner prefixes a timestamp). */
const KEY_BODY_LINE = /^[A-Za-z0-9+/]{16,}={0,2}$/;
/** How many lines above an END line are read: a 4096-bit RSA key has 50 body lines. */
const KEY_BODY_MAX_LINES = 128;

/**
 * The body of a private key whose BEGIN line is gone: a CI runner masked the registered line only
 * (GitHub Actions prints `***` for the first line of a multi-line secret and the rest as it is), or
 * a log line limit cut it. The base64 lines directly above an `-----END … PRIVATE KEY-----` line
 * are masked, each on its own line; reading stops at the first line that is no base64 body. A block
 * with its BEGIN line is left to private_key.
 */
export const privateKeyBody: ValueDetector = {
  id: 'private_key_body',
  entity: 'PRIVATE_KEY',
  description: 'Private key bodies whose BEGIN line is missing, above their END line',
  validation: 'base64 lines of 16+ characters directly above an END … PRIVATE KEY line, with no BEGIN line above them',
  context: false,
  example: 'MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\\n-----END PRIVATE KEY-----',
  keywords: ['-----end'],
  prefilter: () => true,
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    PRIVATE_KEY_END.lastIndex = 0;
    for (let m = PRIVATE_KEY_END.exec(text); m !== null; m = PRIVATE_KEY_END.exec(text)) {
      const body: Span[] = [];
      let headless = true;
      let lineEnd = text.lastIndexOf('\n', m.index);
      for (let n = 0; lineEnd > 0 && n < KEY_BODY_MAX_LINES; n++) {
        const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
        const line = text.slice(lineStart, lineEnd).trimEnd();
        if (line.indexOf('-----BEGIN') >= 0) {
          headless = false;
          break;
        }
        const wordStart = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t')) + 1;
        const word = line.slice(wordStart);
        if (!KEY_BODY_LINE.test(word)) break;
        body.push({
          start: lineStart + wordStart,
          end: lineStart + line.length,
          entity: 'PRIVATE_KEY',
          detector: 'private_key_body',
          normalized: word,
          priority,
        });
        lineEnd = lineStart - 1;
      }
      if (headless) out.push(...body);
    }
  },
};

/** JSON Web Tokens (JWS, and JWE with five parts). */
export const jwt = regexDetector({
  id: 'jwt',
  entity: 'JWT',
  description: 'JSON Web Tokens',
  validation: 'three (or five) base64url parts; header and payload decode to JSON objects, header names alg/typ',
  context: false,
  example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  keywords: ['eyj'],
  prefilter: (s) => s.text.length >= 20,
  pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*){1,3}/g,
  validate: (v) => (jwtValid(v) ? v : undefined),
});

/**
 * AWS access key ids (gitleaks `aws-access-token`; AWS IAM unique id prefixes). Issued ids use the
 * base32 alphabet after the prefix, but AWS's own documentation writes its second example pair as
 * `AKIAI44QH8DHBEXAMPLE` (an `8`): the body takes any upper-case letter or digit, so the documented
 * examples are masked like real ids. Lower case, a longer run and a shorter one stay.
 */
export const awsAccessKeyId = regexDetector({
  id: 'aws_access_key_id',
  entity: 'AWS_ACCESS_KEY_ID',
  description: 'AWS access key ids (long-term AKIA, temporary ASIA, and the other IAM key prefixes)',
  validation:
    'prefix AKIA/ASIA/ABIA/ACCA/A3T* followed by 16 upper-case letters or digits (and, glued after, its 40-character secret), on word boundaries',
  context: false,
  example: 'AKIAIOSFODNN7EXAMPLE',
  keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
  prefilter: (s) => s.text.length >= 20,
  // A key id with its 40-character secret glued after it is one credential (trufflehog's `RawV2`
  // of an AWS finding is the id then the secret): the match takes both.
  pattern: /(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?:[A-Za-z0-9/+]{40})?(?![A-Za-z0-9])/g,
  validate: (v) => v,
});

/**
 * Credentials of an HTTP `Authorization` value: `Bearer x`, `Basic x` anywhere; `Token`, `Digest`
 * and others only right after `Authorization:`. The scheme stays readable; only the credential is
 * masked. A credential made only of lower-case letters is prose ("Bearer authentication failed").
 * Vendors name their own schemes (`Bot` of Discord, `SSWS` of Okta, `GenieKey` of Opsgenie,
 * `Zoho-oauthtoken`, `AccessKey` of MessageBird): after `Authorization:`, a word of letters and
 * hyphens followed by a second token is a scheme, and the second token is the credential (a bare
 * key has digits or `_`, so it is never read as a scheme).
 */
const SCHEME_WORD = /^[A-Za-z][A-Za-z-]{1,30}$/;
const SOMETHING_AFTER = /^\s{1,3}[^\s"']/;

export const authorizationCredential = regexDetector({
  id: 'authorization',
  entity: 'AUTH_CREDENTIAL',
  description: 'Credentials in HTTP Authorization values (Bearer, Basic, Token, Digest…)',
  validation:
    'scheme keyword then a credential of at least 8 token characters that is not a plain word; Basic must decode to user:password',
  context: false,
  example: 'Authorization: Bearer 8f14e45fceea167a5a36dedd4bea2543',
  keywords: ['bearer', 'basic', 'authoriz'],
  prefilter: (s) => s.text.length >= 14,
  pattern:
    /(?:\bauthorization["']?\s{0,3}[:=]\s{0,3}["']?(?:bearer|basic|token|digest|negotiate|apikey|sso-key|aws4-hmac-sha256|[A-Za-z][A-Za-z-]{1,30}(?=\s{1,3}[A-Za-z0-9._~+/=:,-]{8}))?|\b(?:bearer|basic))\s{1,3}([A-Za-z0-9._~+/=:,-]{8,4096})/dgi,
  group: 1,
  validate: (v, scan, start) => {
    // A parameter's name glued to its quoted value (`Digest username="…",realm=…` written without
    // blanks, as SIP phones send it: red-team round 52, stop 36) is no credential either.
    if (/^[a-z]+=?$/.test(v)) return undefined;
    // A scheme word with something after it (`GenieKey <OPSGENIE_KEY:…>` once masked, `Bot xyz`):
    // the scheme, not the credential; masking it on a second pass would break idempotence.
    if (SCHEME_WORD.test(v) && SOMETHING_AFTER.test(scan.text.slice(start + v.length, start + v.length + 4))) return undefined;
    // A bare `bearer` / `basic` ending its line (`grep -i bearer` above a memory-string hit's
    // offset: red-team round 86) is a word, not a scheme with its credential on the next line.
    const gap = scan.text.slice(Math.max(0, start - 3), start);
    if (gap.indexOf('\n') >= 0 || gap.indexOf('\r') >= 0) return undefined;
    const scheme = scan.lower().slice(Math.max(0, start - 7), start);
    if (scheme.startsWith('basic')) {
      const decoded = base64UrlToString(v);
      if (decoded === undefined || !decoded.includes(':')) return undefined;
    }
    return v;
  },
});

// `pw: …` is how people shorten a password in chat (red-team round 24).
// `auth_key` / `X-Auth-Key` (Cloudflare's global API key header) is a key by name.
// `license_key` (New Relic, MaxMind), `X-Insert-Key` (New Relic Insights) and `X-Honeycomb-Team`
// (Honeycomb's API key header) are keys by name too.
const SECRET_NAME =
  '(?:pass(?:word|wd|phrase)?|pwd?|secret|token|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|client[_-]?secret|credentials?|auth[_-]?token|auth[_-]?key|license[_-]?key|insert[_-]?key|honeycomb[_-]team|session[_-]?id|cookie)';

const TOKEN_AHEAD = /^<[A-Z][A-Z0-9_]{1,40}(?::[^<>\s]{1,320})?>/;

/**
 * Values that are placeholders, not secrets: `${VAR}`, `{{ token }}`, `<redacted>`, `***`, `null`,
 * a vendor prefix written out with x's for the rest (`ghp_xxxx…`, `xoxb-xxx-xxxx-xxxx`,
 * `glpat-XXXX-XXXX`, `pplx-xxxx…`, Entra's `bP88Q~xxxx…`, Grafana's `glsa_XXXX…_AAAAAAAA`: the
 * scanners' documented false positives, red-team round 19), a short prefix and one character
 * repeated for the rest (`AIzaaaa…`),
 * the markers frameworks write in a secret's place (Rails `[FILTERED]`, Ecto `**redacted**`),
 * the yes/no of MySQL's `Access denied … (using password: YES)`, and a YAML block scalar header
 * (`password: |`, whose value is on the lines below: structure/config-text.ts masks those), and a read
 * of the environment or a CI secret store (`process.env.X`, `os.environ["X"]`, `${{ secrets.X }}`:
 * code and pipeline files an agent edits, red-team round 59).
 */
const PLACEHOLDER =
  /^(?:[a-z0-9]{1,12}(?:[_.-][a-z0-9]{1,12}){0,2}[_.~-]x{5,}(?:[_.-](?:x{3,}|([a-z0-9])\1{5,}))*|[a-z0-9]{1,6}[_.~-]?([a-z0-9])\2{11,}|\$\{.*|\$[A-Z_][A-Z0-9_]*|\{\{.*|\{%.*|%\(.*|%[sd]|<.*|\*+|x{3,}|null|none|nil|undefined|true|false|redacted|\*\*redacted\*\*|\[secret\]|\[redacted\]|\[filtered\]|yes\)?|no\)?|\(sensitive(?: value)?\)?|\(known|\|[+-]?[1-9]?|\|[1-9][+-]|(?:process\.env|import\.meta\.env|os\.environ(?:\.get)?|os\.getenv|os\.Getenv|System\.getenv|Environment\.GetEnvironmentVariable|Deno\.env\.get|(?:std::)?env::var|ENV(?:\.fetch)?|getenv|env|\$env:)(?:[.[(]\s{0,2}["']?[A-Za-z_][\w.-]{0,80}["']?\s{0,2}[\])]?|[.[(])?\)?;?|\$\{\{[^}]{1,120}\}\}|)$/i;

/** A GraphQL variable passed as an argument, with the bracket that closes the argument list. */
const GRAPHQL_VARIABLE = /^\$[A-Za-z_]\w*[)}\]]+$/;
/** A GraphQL type reference (`String!`, `[ID!]!`, `PasswordInput`), and a variable declaration before it (`($password: `). */
const GRAPHQL_TYPE = /^\[?[A-Z][A-Za-z0-9_]{0,63}!?\]?!?\)?$/;
const GRAPHQL_DECLARATION = /[(,\s]\$[A-Za-z_]\w*\s{0,3}:\s{0,3}$/;

/** RADIUS `Acct-Session-Id` / `Acct-Multi-Session-Id` right before a value (RFC 2866). */
const ACCOUNTING_SESSION_ID = /(?<![A-Za-z0-9])acct[_-](?:multi[_-])?session[_-]?id["']?\s{0,3}[:=]\s{0,3}["']?$/i;

/** The rest of a Playwright step id after `pw:` (`api@31`, `hook@2`): a lower-case kind, `@`, a counter. */
const PLAYWRIGHT_STEP_ID = /^[a-z]{2,12}@\d{1,9}$/;

/** `PWD=/home/alice`, `OLDPWD=/srv` (upper case, as the shell and sudo log them): a directory, not a password. */
const WORKING_DIRECTORY = /(?<![A-Za-z0-9_.-])(?:OLD)?PWD\s{0,3}[:=]\s{0,3}["']?$/;

/**
 * `password=…`, `"secret": "…"`, `api_key: …` and the like inside free text. The name may carry a
 * prefix (`db_password`); the value may be quoted, and a quoted value may stand first in a list
 * (`'password': ['…']` of a Django QueryDict, `"token": ["…"]`) or be braced as ODBC braces values
 * that hold `;` (`PWD={a;b}`). A quoted value joined by `+` to more quoted parts (`secret = "ab" +
 * "cd"`, a key split in code pasted into a chat) is one value. Placeholders are not secrets.
 */
/** Lower-case words joined by colons (`software:totp`): the rest of a namespaced type name. */
const NAMESPACED_TYPE = /^[a-z]{2,16}(?::[a-z0-9]{2,16}){1,3}$/;

/** A member of a JSON object's body: its name (group 1) and whether its value is a string (group 2). */
const JSON_MEMBER = /"([A-Za-z_][\w.-]{0,63})"\s{0,3}:\s{0,3}(")?/g;
/** Members that describe how a secret is kept, not the secret (lower case). */
const SECRET_SCHEME_MEMBERS = new Set([
  'algorithm',
  'alg',
  'cryptotype',
  'type',
  'kind',
  'encoding',
  'format',
  'version',
  'keyid',
  'hasher',
]);

/**
 * Whether the braced value `v` is a JSON object's members that only describe a secret (Zitadel's
 * `{"secret":{"cryptoType":1,"algorithm":"bcrypt"}}` in a header-less event row; red-team round
 * 72): numbers, booleans and scheme names, no string under any other name.
 */
function describesSecret(v: string): boolean {
  let members = 0;
  JSON_MEMBER.lastIndex = 0;
  for (let m = JSON_MEMBER.exec(v); m !== null; m = JSON_MEMBER.exec(v)) {
    members++;
    if (m[2] !== undefined && !SECRET_SCHEME_MEMBERS.has(m[1]!.toLowerCase())) return false;
  }
  return members > 0;
}

/** A member's name with its colon (`SessionToken:`), and what follows it in a printed structure: a blank and the next member, or the closing brace. */
const NEXT_MEMBER_NAME = /^[A-Za-z_][\w.-]{0,63}:$/;
const NEXT_MEMBER_AFTER = /^(?:[ \t]*\}|[ \t]+[A-Za-z_][\w.-]{0,63}:)/;

/**
 * An access-control credential's kind and serial (`fob:0x3A7F21`, `card:10442871`, `badge:A1F3`):
 * what a door or gate panel logs under `credential` (red-team round 100), no secret.
 */
const ACCESS_CREDENTIAL_SERIAL = /^(?:fob|card|badge|prox|tag|wiegand):(?:0x)?[0-9A-Fa-f]{4,16}$/;
export function isAccessCredentialSerial(name: string | undefined, value: string): boolean {
  return name !== undefined && /^credentials?$/i.test(name) && ACCESS_CREDENTIAL_SERIAL.test(value);
}

/** A session's name and `=` or `:` right before a value. */
const SESSION_NAME_BEFORE = /session(?:[_-]?id)?["']?\s{0,3}[:=]\s{0,3}["']?$/i;

export const secretAssignment = regexDetector({
  id: 'secret_assignment',
  entity: 'SECRET',
  description: 'Values assigned to secret-like names in free text (password=…, "api_key": "…")',
  validation: 'secret-like name, then = or :, then a quoted or bare value that is not a placeholder (${VAR}, {{ x }}, ***, null)',
  context: false,
  example: 'db_password=hunter2',
  keywords: ['pass', 'pw', 'secret', 'token', 'key', 'credential', 'cookie', 'session', 'honeycomb-team', 'honeycomb_team'],
  prefilter: (s) => s.text.indexOf('=') !== -1 || s.text.indexOf(':') !== -1,
  pattern: new RegExp(
    `(?<![A-Za-z0-9])[A-Za-z0-9_.-]{0,40}?${SECRET_NAME}(?![A-Za-z0-9])["']?\\s{0,3}[:=]\\s{0,3}(?:\\[\\s{0,3}(?=["']))?(?:"((?:[^"\\\\\\n]|\\\\.){1,1024}(?:"\\s{0,3}\\+\\s{0,3}"(?:[^"\\\\\\n]|\\\\.){1,1024}){0,4})"|'([^'\\n]{1,1024})'|\\{(?!\\{)([^{}\\n]{1,1024})\\}|([^\\s,;&"'<>\\[\\]\\\\]{1,1024}))`,
    'gid',
  ),
  group: [1, 2, 3, 4],
  // A bare value that runs into a token (`Cookie: sid=<SESSION_COOKIE:…>`) is a name whose value
  // was masked already: masking it again would break idempotence.
  validate: (v, scan, start) => {
    if (PLACEHOLDER.test(v)) return undefined;
    // The second character of an operator (`password := "…"` of Go and FreeRADIUS, LDIF
    // `userPassword:: base64`), not a value: the structure handlers read what follows.
    if (v === '=' || v === ':') return undefined;
    // A country code that starts a phone number written in groups (`recipient_token=+1 214 555
    // 0119` of a Zelle payout; red-team round 105): the phone detector takes the number whole.
    if (v.length <= 4 && v.charCodeAt(0) === 43 && /^\+\d{1,3}$/.test(v)) return undefined;
    // A YAML block's next key on the next line (cloud-config `chpasswd:\n  list: |`), not a value.
    if (v.endsWith(':') && /\n[ \t]*$/.test(scan.text.slice(Math.max(0, start - 8), start))) return undefined;
    // An empty member of a printed structure followed by the next member's name (Go `%+v`:
    // `SecretAccessKey: SessionToken: Source:Env…`): the name is no value.
    if (
      v.charCodeAt(v.length - 1) === 58 &&
      NEXT_MEMBER_NAME.test(v) &&
      NEXT_MEMBER_AFTER.test(scan.text.slice(start + v.length, start + v.length + 80))
    )
      return undefined;
    // Snowflake's parameter group `CREDENTIALS = (AWS_KEY_ID = '…' AWS_SECRET_KEY = '…')`: the
    // bracket opens the group's own assignments, each read on its own (one token per secret value).
    if (v.charCodeAt(0) === 40 && /^\([A-Za-z_]\w*(?:=|$)/.test(v)) return undefined;
    // A JSON object's members in braces (Zitadel's `{"secret":{"cryptoType":1,"algorithm":"bcrypt"}}`
    // in a header-less event row; red-team round 72): an object the key readers walk member by
    // member, not one value.
    if (v.charCodeAt(0) === 34 && scan.text.charCodeAt(start - 1) === 123 && describesSecret(v)) return undefined;
    // GraphQL: `$password: String!` declares a variable's type, `password: $password)` passes a variable.
    if (v.charCodeAt(0) === 36 && GRAPHQL_VARIABLE.test(v)) return undefined;
    if (GRAPHQL_TYPE.test(v) && GRAPHQL_DECLARATION.test(scan.text.slice(Math.max(0, start - 48), start))) return undefined;
    if (afterArnSecretPrefix(scan.text, start)) return undefined;
    if (isStripeTestToken(v)) return undefined;
    // An Amazon seller's merchant token (`Merchant Token: A1PA6795UKMFR9` of an appeal): the seller's
    // public id on its storefront, no credential (red-team round 91).
    if (merchantTokenLabelled(scan.text, start, v)) return undefined;
    // RADIUS `Acct-Session-Id=…` (RFC 2866): the id of an accounting record, not a credential.
    if (v.length <= 64 && ACCOUNTING_SESSION_ID.test(scan.text.slice(Math.max(0, start - 32), start))) return undefined;
    // A vendor's short typed id under a session's name (`session_id=lv-2b8e91c4`; left73).
    if (isShortTypedId(v) && SESSION_NAME_BEFORE.test(scan.text.slice(Math.max(0, start - 16), start))) return undefined;
    // Spring's FieldError (`on field 'password': rejected value [x]`) names the field, then the
    // value in brackets: the word is the message's, structure/error-echo.ts reads the value.
    if (v === 'rejected' && scan.text.startsWith(' value [', start + v.length)) return undefined;
    // A namespaced type glued to the name (Okta's factor type `token:software:totp`, Factors API;
    // red-team round 65): lower-case words joined by colons right after `token:`, no value.
    if (start >= 6 && scan.text.slice(start - 6, start).toLowerCase() === 'token:' && NAMESPACED_TYPE.test(v)) return undefined;
    // Playwright's step and call ids (`"stepId":"pw:api@31"`, `pw:test@4` in trace.trace and
    // test-runner reports; red-team round 79): a kind and a counter glued to `pw:`, no password.
    if (start >= 3 && PLAYWRIGHT_STEP_ID.test(v) && scan.text.slice(start - 3, start).toLowerCase() === 'pw:') return undefined;
    if ((v.startsWith('/') || v.startsWith('~')) && WORKING_DIRECTORY.test(scan.text.slice(Math.max(0, start - 12), start)))
      return undefined;
    // An access-control event's credential by its kind and number (`credential=fob:0x3A7F21`,
    // `credential=card:10442871` of a door or gate audit; red-team round 100): the fob's or the
    // card's serial, which the panel prints beside its holder, no secret.
    if (
      ACCESS_CREDENTIAL_SERIAL.test(v) &&
      /credential["']?\s{0,3}[:=]\s{0,3}["']?$/i.test(scan.text.slice(Math.max(0, start - 16), start))
    )
      return undefined;
    const end = start + v.length;
    if (scan.text.charCodeAt(end) === 60 && TOKEN_AHEAD.test(scan.text.slice(end, end + 400))) return undefined;
    return v;
  },
});

/**
 * A password after a Russian or Ukrainian label (`Пароль: …`, `пароль=…`): stealer logs' parsed
 * blocks in the families that write their labels in Russian (`Ссылка:` / `Логин:` / `Пароль:`),
 * which credential-leak monitors and intel notes quote (red-team round 86). The value runs to a
 * blank or a quote, 4–128 characters; a placeholder stays.
 */
export const passwordAfterCyrillicLabel = regexDetector({
  id: 'password_after_cyrillic_label',
  entity: 'SECRET',
  description: 'A password after a Russian or Ukrainian label (`Пароль: …`)',
  validation: 'Пароль / пароль, then `:` or `=`, then 4–128 characters without blanks or quotes; not a placeholder',
  context: false,
  example: 'Логин: kwilson\nПароль: Tern-Wharf-31',
  keywords: ['пароль'],
  prefilter: (s) => s.text.length >= 12,
  pattern: /(?<![\p{L}\p{N}])пароль[ \t]{0,3}[:=][ \t]{0,12}([^\s"'<>]{4,128})/dgiu,
  group: 1,
  validate: (v) => (PLACEHOLDER.test(v) ? undefined : v),
});

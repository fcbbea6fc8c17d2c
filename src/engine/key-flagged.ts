import { isSwiftPartyContent } from './detect/values/swift.js';
import { TOKEN_PATTERN } from './mask/actions.js';

/**
 * Entities of key rules that name a kind of value rather than a format: under `authorization`,
 * `api_key` or `national_id` the value may be a JWT, an OpenAI key or a Spanish NIF, and should be
 * masked as that, with the same token it gets anywhere else.
 */
const GENERIC_KEY_ENTITIES = new Set(['SECRET', 'NATIONAL_ID', 'AUTH_CREDENTIAL']);

/** A URI with a scheme (`postgres://`, `jdbc:mysql://`, `mongodb+srv://`). */
const URI = /^[A-Za-z][\w+.-]*(?::[A-Za-z][\w+.-]*)?:\/\/\S+$/;

/**
 * A URI that carries `user:password@` (`postgres://admin:pw@db:5432/orders`). Under a generic
 * name (`connection_string`, `dsn`, `secret`) it is masked like under `database_url`: the
 * credentials go, scheme, host, port and path stay.
 */
const URI_WITH_PASSWORD = /^[A-Za-z][\w+.-]*(?::[A-Za-z][\w+.-]*)?:\/\/[^\s/@]*:[^\s/@]+@[^\s@]+$/;
/** The same URI after masking: its userinfo now ends in a token. */
const URI_PASSWORD_MASKED = /^[A-Za-z][\w+.-]*(?::[A-Za-z][\w+.-]*)?:\/\/[^\s/@<]*<[A-Z][A-Z0-9_]*:[^>]+>@[^\s@]+$/;

/**
 * An ADO.NET / OLE DB / ODBC connection string (`Server=…;Database=…;User Id=…;Password=…;`,
 * connectionstrings.com) with a password member. Under a generic name (`connectionString`) it is
 * masked like in free text: the password goes, server and database stay readable. Braced ODBC
 * values (`PWD={a;b}`) do not have this shape and are masked whole.
 */
const CONNECTION_STRING = /^(?:\s*[A-Za-z][\w .]{0,40}=[^;={}]*;)+(?:\s*[A-Za-z][\w .]{0,40}=[^;={}]*)?\s*$/;
const PASSWORD_MEMBER = /(?:^|;)\s*(?:password|pwd)\s*=/i;
/** A password member whose value is not (only) a token after masking. */
const PASSWORD_MEMBER_IN_CLEAR = /(?:^|;)\s*(?:password|pwd)\s*=\s*(?!<[A-Z][A-Z0-9_]*:[^>]+>\s*(?:;|$))[^;\s]/i;

function isConnectionStringWithPassword(text: string): boolean {
  return PASSWORD_MEMBER.test(text) && CONNECTION_STRING.test(text);
}

/**
 * Values that stand in for a credential without holding one, under a secret-like name: template
 * references (`${DB_PASSWORD}`, `{{ vault_token }}`) and the redaction markers that frameworks and
 * services write (Rails `[FILTERED]`, CloudTrail `HIDDEN_DUE_TO_SECURITY_REASONS`, `***`, Ecto's
 * `**redacted**` for `redact: true` fields), also as a repr quotes them (Sentry's Python SDK writes
 * frame `vars` as reprs: `'[Filtered]'`). So do the salted digests an audit device writes in
 * place of every secret (HashiCorp Vault audit logs: `"client_token": "hmac-sha256:<64 hex>"`;
 * Vault docs, "Audit devices", sensitive information): the value is already hashed (red-team round
 * 65). They stay as they are, as in free text; anything else under the name is masked.
 */
const PLACEHOLDER_VALUE =
  /^(['"]?)(?:\$\{[A-Za-z_][\w.:-]{0,80}\}|\{\{ ?[\w.]{1,80} ?\}\}|\[(?:filtered|redacted|hidden|masked)\]|<(?:redacted|hidden|masked)>|\*{3,}|\*\*redacted\*\*|hidden_due_to_security_reasons|hmac-sha256:[0-9a-f]{64})\1$/i;
const PLACEHOLDER_ENTITIES = new Set(['SECRET', 'AUTH_CREDENTIAL', 'PASSWORD_HASH']);

/** What may stay around the tokens of a key-flagged value: an auth scheme, blanks, quotes. */
const SCHEME_REST = /^\s*(?:bearer|basic|token|digest|apikey|api-key|sso-key)?[\s:="',;]*$/i;

/**
 * Values shorter than this are never a specific format (and trying costs a scan): vendor keys,
 * JWTs and Basic credentials are longer than 16 characters; national identifiers start at 8.
 */
const MIN_SECRET_LENGTH = 16;
const MIN_ID_LENGTH = 8;

/**
 * Issue 13 item 6, step 1: whether a value flagged by its field name is first masked like free
 * text (value detectors and structure handlers), before the key's entity is considered:
 * - a URI under a DB_CREDENTIALS name (`database_url`, `mongo_uri`): always, so that only its
 *   credentials are masked and host, port and path stay readable (`keepScanned` is then true);
 * - a value under a generic name (SECRET, NATIONAL_ID, AUTH_CREDENTIAL) long enough to be a
 *   specific format; `keepScanned` then decides;
 * - a placeholder under a SECRET or AUTH_CREDENTIAL name (`${DB_PASSWORD}`, `[FILTERED]`), which
 *   `keepScanned` then keeps.
 */
export function scanKeyFlaggedFirst(text: string, entity: string): boolean {
  if (PLACEHOLDER_ENTITIES.has(entity) && PLACEHOLDER_VALUE.test(text)) return true;
  if (entity === 'SECRET' && (BOUNDARY_CREDENTIAL_ID.test(text) || isIssuingObjectId(text))) return true;
  if (entity === 'DB_CREDENTIALS') return URI.test(text);
  // A SWIFT party field's content under a party's key (`50K`, `ordering_customer`): read line by
  // line by swift_field_content, so that the name is followed to its copies (field 70, a screening
  // alert's `matchedName`; leftovers of red-team round 69).
  // Masked once, its lines are tokens (`/<IBAN:…>\n<PERSON:…>`): read again, it stays as it is.
  if (entity === 'PERSON') return text.charCodeAt(0) === 47 && (isSwiftPartyContent(text) || text.indexOf('<PERSON') > 0);
  if (entity === 'NATIONAL_ID') return text.length >= MIN_ID_LENGTH;
  if (entity === 'SECRET' && (URI_WITH_PASSWORD.test(text) || isConnectionStringWithPassword(text))) return true;
  if (!GENERIC_KEY_ENTITIES.has(entity) || text.length < MIN_SECRET_LENGTH) return false;
  // An opaque hexadecimal credential (`Bearer 9d0f51…`, a session id) has no format more specific
  // than the key's; skipping the scan keeps the common case as cheap as before.
  return !OPAQUE_HEX.test(text);
}

/** A hexadecimal credential, after an optional auth scheme. */
const OPAQUE_HEX = /^(?:(?:bearer|token|basic)\s+)?[0-9a-f]+$/i;

/**
 * An RFC 3339 / ISO 8601 date-time with seconds (`2011-07-15T23:28:33.359Z`): the time a
 * credential expires or was made (`Credentials.Expiration` of AWS STS, `created_at` beside a
 * token), never the credential. Under a generic secret name it stays readable.
 */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?$/;

function isTimestamp(value: string): boolean {
  return value.length >= 19 && value.length <= 35 && TIMESTAMP.test(value);
}

/**
 * A HashiCorp Boundary credential store, library or credential resource id (`clvlt_A1b2C3d4E5`:
 * a documented type prefix, `_`, 10 base62 characters; Boundary "Domain model", resource ids):
 * the name of where a credential comes from, which Boundary's audit events write under
 * `credentials[].credential_source.id`, never the credential. Under a secret name it stays readable.
 */
const BOUNDARY_CREDENTIAL_ID = /^(?:clvlt|clvsclt|csvlt|csst|credup|credspk|credjson|credp)_[A-Za-z0-9]{10}$/;

/**
 * A card-issuing API's object id under a `token` name (red-team round 50): Stripe Issuing's typed
 * ids (`ic_` card, `ich_` cardholder, `ipi_` transaction, `iauth_` authorization, `idp_` dispute,
 * `intok_` token) and Marqeta's tokens named by their object (`card_3b9d…`, `user_8e2a…`,
 * `cp_virtual_debit_01`). What a bearer credential's own prefix makes of it is found by the scan
 * first; only what the scan leaves stays, as an object's id.
 */
const ISSUING_OBJECT_ID = /^(?:ic|ich|ipi|iauth|idp|intok|card|user|cp)_[A-Za-z0-9]+(?:_[A-Za-z0-9]+){0,3}$/;
function isIssuingObjectId(text: string): boolean {
  return text.length >= 9 && text.length <= 40 && ISSUING_OBJECT_ID.test(text) && /\d/.test(text);
}

/**
 * Step 2: whether the free-text masking `masked` of a key-flagged value stands, or the whole value
 * is masked as the key's entity instead. It stands for a DB_CREDENTIALS URI, and when every
 * meaningful character is now inside a token (`Bearer <JWT:…>`, `<OPENAI_API_KEY:…>`): the value
 * then has the type and the token it gets anywhere else, and masking it again changes nothing
 * (tokens written on an earlier pass count as covered). A date-time that no detector touched also
 * stands (see TIMESTAMP). Pure.
 */
export function keepScanned(masked: string, entity: string): boolean {
  if (entity === 'DB_CREDENTIALS') return true;
  if (entity === 'PERSON') return masked.indexOf('<PERSON') >= 0;
  if (PLACEHOLDER_ENTITIES.has(entity) && PLACEHOLDER_VALUE.test(masked)) return true;
  if (masked.indexOf('<') === -1)
    return isTimestamp(masked) || (entity === 'SECRET' && (BOUNDARY_CREDENTIAL_ID.test(masked) || isIssuingObjectId(masked)));
  if (entity === 'SECRET' && URI_PASSWORD_MASKED.test(masked)) return true;
  if (entity === 'SECRET' && isConnectionStringWithPassword(masked)) return !PASSWORD_MEMBER_IN_CLEAR.test(masked);
  TOKEN_PATTERN.lastIndex = 0;
  let rest = '';
  let at = 0;
  let tokens = 0;
  for (let m = TOKEN_PATTERN.exec(masked); m !== null; m = TOKEN_PATTERN.exec(masked)) {
    rest += masked.slice(at, m.index);
    at = m.index + m[0].length;
    tokens++;
  }
  rest += masked.slice(at);
  return tokens > 0 && SCHEME_REST.test(rest);
}

/**
 * Text that a secret-like field name holds as prose, read as any text instead of masked whole
 * (red-team round 32): an e-mail signature block under `signature` (Zendesk, Help Scout and Front
 * users' and mailboxes' `signature`: name, title, phone lines on several lines) and an RFC 3464
 * delivery status report under `dsn` (`Reporting-MTA: dns; …`). A cryptographic signature or a
 * data source name holds no line break and no run of words, so it stays masked whole; so does one
 * with an `=` or a PEM armour line (an HTTP Signature header `keyId="…",headers="(request-target)
 * host date",signature="…"`, a `-----BEGIN PGP SIGNATURE-----` block).
 */
const SIGNATURE_BLOCK = /\S[ \t]*\r?\n[ \t]*\S|\S+ \S+ \S+ \S/;
const DELIVERY_STATUS_REPORT = /^(?:reporting-mta|final-recipient|original-recipient|original-envelope-id|arrival-date)[ \t]*:/i;
export function proseUnderSecretKey(name: string | undefined, text: string, entity: string): boolean {
  if (entity !== 'SECRET' || name === undefined || text.length < 12) return false;
  const lower = name.toLowerCase();
  if (lower === 'dsn') return DELIVERY_STATUS_REPORT.test(text);
  return (
    lower.endsWith('signature') &&
    text.indexOf(' ') !== -1 &&
    text.indexOf('=') === -1 &&
    text.indexOf('-----') === -1 &&
    SIGNATURE_BLOCK.test(text)
  );
}

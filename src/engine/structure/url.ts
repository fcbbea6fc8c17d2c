import type { TextScan } from '../detect/types.js';
import { argvShortFlagEntity, argvSubcommands } from './argv.js';
import {
  isBareName,
  isCjkPersonName,
  isDisplayNameField,
  isPersonNameShaped,
  isRolePersonName,
  personSiblingOf,
} from './bare-name-columns.js';
import { base64ValueSpan, ENCODED_MIN } from './base64-value.js';
import { isCompanyName } from './company-name.js';
import { isNameStopWord } from '../detect/values/person-name-stop.js';
import { foldName, GIVEN, nameKind, RARE, SURNAME, WORDLIKE_GIVEN } from '../detect/values/person-names.js';
import { isEverydayWord } from '../detect/values/intro-phrases.js';
import { isDepositTagParam } from '../detect/values/crypto.js';
import { base64UrlToString } from '../detect/validators.js';
import { brokerageAccountShaped } from '../detect/values/banking.js';
import { filterExpressionSpans, isFilterParam } from './filter-expressions.js';
import { isPixelQuery, pixelParamEntity } from './pixel-params.js';
import { isSsidName, keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * Query and fragment parameters that carry credentials whatever the key rules say (OAuth, signed
 * URLs of AWS, GCS and Azure, webhook signatures). Lower case.
 */
export const SENSITIVE_URL_PARAMS = new Set([
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'auth_token',
  'private_token',
  'api_key',
  'apikey',
  'api-key',
  'key',
  'sig',
  'signature',
  'password',
  'passwd',
  'pwd',
  'pass',
  'secret',
  'client_secret',
  'code',
  'auth',
  'session',
  'sessionid',
  'session_id',
  'sid',
  'jwt',
  'otp',
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
  'x-goog-signature',
  'x-goog-credential',
  'awsaccesskeyid',
  'hmac',
  'hash',
  'ticket',
  'assertion',
  'samlresponse',
  'client_assertion',
  'subscription-key',
  'access-token',
  // Per-recipient tokens e-mail platforms add to every tracked link, which identify the person who
  // clicked to the platform (Klaviyo `_kx`, Marketo `mkt_tok`, HubSpot `_hsenc`): they reach page
  // URLs and referrers of CDP events (red-team round 54).
  '_kx',
  'mkt_tok',
  '_hsenc',
]);

// A query or fragment: after ? or #, name=value pairs separated by & or ;, up to whitespace or a quote.
const QUERY = /[?#]([^\s"'<>`#]{1,8192})/g;
/** The next field of a pipe-delimited log line (`|action=`): a FHIR token's `system|value` has no `=` after its name. */
const PIPE_FIELD = /\|[A-Za-z][\w.-]{0,40}=/;

/** Longest parameter name read (a longer one is not a parameter). */
const MAX_PARAM_NAME = 128;

/**
 * URLs: the values of sensitive query and fragment parameters (`?token=…`, `#access_token=…`,
 * `X-Amz-Signature=…`, and any parameter the key rules call sensitive, such as `email=`) are
 * masked; scheme, host, path and the other parameters stay readable. Userinfo
 * (`user:pass@host`) is found by the url_credentials and db_credentials detectors.
 *
 * A query is read pair by pair between its `&` and `;` separators: a pair is the text up to its
 * first `=` (the name: 1 to 128 characters) and the rest of the pair (the value, skipped when
 * empty). This is what the regex `(?:^|[&;])([^=&;]{1,128})=([^&;]*)` finds (tested against it),
 * read with a loop instead: the regex with match indices cost about 0.3 µs on a short query.
 */
export function urlSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  QUERY.lastIndex = 0;
  for (let q = QUERY.exec(text); q !== null; q = QUERY.exec(text)) {
    let query = q[1]!;
    if (text.charCodeAt(q.index) === 35 && fragmentEmail(text, q.index + 1, query, ctx)) continue;
    if (!query.includes('=')) continue;
    // A `|` and a field name end the URL in a pipe-delimited line (Mimecast `url=…?e=…|action=allow`).
    if (query.indexOf('|') >= 0) {
      const bar = query.search(PIPE_FIELD);
      if (bar >= 0) query = query.slice(0, bar);
    }
    const base = q.index + 1;
    const n = query.length;
    const fhir = text.charCodeAt(q.index) === 63 && isFhirPersonSearch(text, q.index);
    const pixel = isPixelQuery(query);
    const maps = isMapsLink(text, q.index);
    for (let at = 0; at <= n; ) {
      let eq = -1;
      let end = at;
      for (; end < n; end++) {
        const c = query.charCodeAt(end);
        if (c === 38 || c === 59) break; // & ;
        if (c === 61 && eq < 0) eq = end; // =
      }
      if (eq > at && eq - at <= MAX_PARAM_NAME && end > eq + 1) {
        if (!fhir || !fhirParam(text, query, base, at, eq, end, ctx)) param(text, query, base, at, eq, end, ctx, pixel, maps);
      }
      at = end + 1;
    }
  }
}

/** A whole fragment of base64 (or base64url) characters, 16–344 of them, padding included. */
const BASE64_FRAGMENT = /^[A-Za-z0-9+/_-]{16,344}={0,2}$/;
const DECODED_EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}$/;

/**
 * A URL fragment that is a person's e-mail address in base64 (`…/index.html#aW5ncmlkQGV4YW1wbGUuY29t`):
 * phishing kits pre-fill the fake sign-in page from it, and the links reach submissions, sandbox
 * verdicts and click events (red-team round 86). Masked whole as EMAIL when it decodes to exactly
 * one address; any other fragment (an anchor, a route, a state blob) is read as before.
 */
export function fragmentEmailSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  for (let h = text.indexOf('#'); h !== -1; h = text.indexOf('#', h + 1)) {
    // After a URL's path: a letter, a digit or `/` before the `#` (not a markdown heading).
    const before = text.charCodeAt(h - 1);
    if (h === 0 || before <= 32) continue;
    let end = h + 1;
    while (end < text.length && end - h <= 345 && isBase64Char(text.charCodeAt(end))) end++;
    if (end - h > 16) fragmentEmail(text, h + 1, text.slice(h + 1, end), ctx);
  }
}

function isBase64Char(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 95 || c === 45 || c === 61;
}

function fragmentEmail(text: string, start: number, fragment: string, ctx: SpanContext): boolean {
  if (fragment.length < 16 || !BASE64_FRAGMENT.test(fragment)) return false;
  const decoded = base64UrlToString(fragment.replace(/\+/g, '-').replace(/\//g, '_'));
  if (decoded === undefined || decoded.indexOf('@') < 1 || !DECODED_EMAIL.test(decoded)) return false;
  pushSpan(ctx, text, start, start + fragment.length, 'EMAIL', 'structure:url', decoded.toLowerCase());
  return true;
}

/**
 * A OneDrive for Business personal site is named after its owner's user principal name with `@`
 * and `.` written as `_`: `https://contoso-my.sharepoint.com/personal/meganb_contoso_com/…` is
 * MeganB@contoso.com's OneDrive (Microsoft Learn, "OneDrive URL"), and the Microsoft 365 audit log
 * writes such URLs in ObjectId and SiteUrl of every OneDrive event. The path segment after
 * `/personal/` is masked as EMAIL (normalized to lower case); the tenant host and the file path
 * stay. A segment of fewer than three `_`-joined parts is no UPN and stays.
 */
const ONEDRIVE_PERSONAL =
  /-my\.sharepoint(?:-df)?\.(?:com|us|de|cn)\/personal\/([A-Za-z0-9-]{1,64}(?:_[A-Za-z0-9-]{1,63}){2,12})(?![A-Za-z0-9_.-])/dgi;

export function oneDriveOwnerSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  ONEDRIVE_PERSONAL.lastIndex = 0;
  for (let m = ONEDRIVE_PERSONAL.exec(text); m !== null; m = ONEDRIVE_PERSONAL.exec(text)) {
    const [start, end] = m.indices![1]!;
    pushSpan(ctx, text, start, end, 'EMAIL', 'structure:url', m[1]!.toLowerCase());
  }
}

/**
 * Shared-file links whose path holds the link's secret: anyone with the link opens the file (Box
 * `app.box.com/s/<token>` and `<company>.app.box.com/s/…`, Egnyte `<domain>.egnyte.com/fl/<code>`
 * and `/dl/…`, Dropbox `dropbox.com/s/<id>/…` and `/sh/<id>/<key>`). The token segment is masked
 * as SECRET (red-team round 31); the host and the file name after it stay. Read behind the
 * keywords of the OneDrive set (structure/index.ts).
 */
const SHARED_LINK =
  /(?:\bbox\.com\/s|\.egnyte\.com\/(?:fl|dl)|\bdropbox\.com\/(?:s|sh(?:\/[A-Za-z0-9]{8,40})?))\/([A-Za-z0-9_-]{8,64})(?![A-Za-z0-9_-])/dg;

export function sharedLinkSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  SHARED_LINK.lastIndex = 0;
  for (let m = SHARED_LINK.exec(text); m !== null; m = SHARED_LINK.exec(text)) {
    const [start, end] = m.indices![1]!;
    pushSpan(ctx, text, start, end, 'SECRET', 'structure:url', m[1]!);
  }
}

/** The pair `query[at, eq) = query[eq + 1, end)`: a span when its name is sensitive. */
function param(
  text: string,
  query: string,
  base: number,
  at: number,
  eq: number,
  end: number,
  ctx: SpanContext,
  pixel: boolean,
  maps = false,
): void {
  const raw = query.slice(at, eq);
  // decodeURIComponent changes only `%` escapes: a name without one is its own decoding.
  const name = raw.indexOf('%') < 0 ? raw : decodeOr(raw, raw);
  let entity = ctx.classifyKey(name) ?? (SENSITIVE_URL_PARAMS.has(name.toLowerCase()) ? 'SECRET' : null);
  if (entity === null && (raw === 't' || raw === 'slt') && isSigningLink(text, base - 1)) entity = 'SECRET';
  if (entity === null && raw.length <= 3 && isAccountLinkToken(text, base - 1, query.slice(eq + 1, end))) entity = 'SECRET';
  if (entity === null && raw.length <= 20 && ACCOUNT_LINK_PARAM.test(raw) && TOKEN_VALUE.test(query.slice(eq + 1, end))) entity = 'SECRET';
  if (entity === null && (query.startsWith('http', eq + 1) || encodedQueryValue(query, eq + 1, end)))
    nestedUrlParams(text, query, base, eq + 1, end, ctx);
  if (entity === null && eq - at <= 3 && isDepositTagParam(raw, query.slice(eq + 1, end), query, text)) entity = 'CRYPTO_WALLET';
  if (entity === null && !pixel) {
    if (eq - at <= 11 && isFilterParam(raw) && filterExpressionSpans(text, query, base, eq + 1, end, ctx)) return;
    if (ADDRESS_PARAM.test(name) || (maps && MAPS_PARAM.test(name))) streetAddressParam(text, query, base, eq, end, ctx);
    else if (query.charCodeAt(eq + 1) === 37 && (isBareName(name) || isDisplayNameField(name) || ROMANISED_NAME_PARAM.test(name)))
      cjkNameParam(text, query, base, eq, end, ctx);
    else if (
      end - eq <= 64 &&
      name.length <= 12 &&
      (PERSON_ROLE_PARAM.test(name) || LOCAL_NAME_PARAM.test(name) || NAME_PART_PARAM.test(name) || SHORT_RECIPIENT_PARAM.test(name))
    )
      roleNameParam(text, query, base, at, eq, end, ctx);
    else if (
      end - eq <= 96 &&
      eq - at <= 11 &&
      (SEARCH_PARAM.test(name) || PEOPLE_SEARCH_PARAM.test(name) || isYahooSearch(text, raw, base))
    )
      searchNameParam(text, query, base, eq, end, ctx, end - eq <= 64 && PEOPLE_SEARCH_PARAM.test(name) && isPeopleSearch(text, base - 1));
    else if (end - eq <= 14 && name.length <= 4 && FROM_TO_PARAM.test(name) && brokerageAccountShaped(query.slice(eq + 1, end)))
      pushSpan(ctx, text, base + eq + 1, base + end, 'BANK_ACCOUNT', 'structure:url');
    else if (eq - at === 7 && query.startsWith('command', at)) commandWordParam(text, query, base, at, eq, end, ctx);
    else if (end - eq > ENCODED_MIN && query.startsWith('eyJ', eq + 1))
      base64ValueSpan(ctx, text, base + eq + 1, base + end, readDecodedJson);
    else if (eq - at === 9 && query.startsWith('variables', at)) graphqlVariablesParam(text, query, base, eq, end, ctx);
    else flagAssignmentInValue(text, query, base, eq, end, ctx);
    return;
  }
  const rawValue = query.slice(eq + 1, end);
  // A malformed escape: the token is taken over the raw text.
  const value = decodeOr(rawValue.replace(/\+/g, ' '), rawValue);
  // A pixel's customer information (pixel-params.ts).
  if (entity === null) entity = pixelParamEntity(name);
  if (entity === null) return;
  if (PLACEHOLDER_VALUE.test(value)) return;
  // A national id's short names keep what is no id there (`pnr=QW7R2T`, a booking locator).
  // A memo's text (`memo=Rent+March`) keeps what is no deposit id (types.ts).
  if ((entity === 'NATIONAL_ID' || entity === 'CRYPTO_WALLET') && keptUnderKey(name, value, entity)) return;
  // A network's name (`?ssid=…` of a device's setup page) unless it names a household.
  if (entity === 'PERSON' && isSsidName(name) && keptUnderKey(name, value, entity)) return;
  pushSpan(ctx, text, base + eq + 1, base + end, entity, 'structure:url', value);
}

/**
 * A parameter's value that is base64 of a JSON object (`eyJ`: `{"`), as a console's or an OAuth
 * flow's `state` carries the form it returns to (`state=eyJwYXllZU5hbWUiOi…`: a payee's name and
 * street; leftovers of red-team round 69): decoded, parsed, and masked whole when the key rules
 * name one of its string members (structure/base64-value.ts).
 */
function readDecodedJson(scan: TextScan, ctx: SpanContext): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(scan.text);
  } catch {
    return;
  }
  const entity = memberEntity(parsed, ctx, 0);
  if (entity !== null)
    ctx.out.push({ start: 0, end: scan.text.length, entity, detector: 'structure:url', normalized: scan.text, priority: ctx.priority });
}

/** The entity the key rules give the first string member of `value` (3 levels deep at most) they name, or null. */
function memberEntity(value: unknown, ctx: SpanContext, depth: number): string | null {
  if (value === null || typeof value !== 'object' || depth > 3) return null;
  for (const [k, v] of Object.entries(value)) {
    const entity =
      typeof v === 'string' && v.length > 0 && !PLACEHOLDER_VALUE.test(v) ? ctx.classifyKey(k) : memberEntity(v, ctx, depth + 1);
    if (entity !== null) return entity;
  }
  return null;
}

/**
 * GraphQL over GET (graphql-over-http, Apollo persisted queries: `?operationName=…&variables=%7B…%7D`)
 * carries the operation's variables as percent-encoded JSON: each string member of the decoded
 * object is read by its name, as a JSON body's would be (`email`, `phone`), and a bare or display
 * name member (`name`, `displayName`) holding a name written out (isPersonNameShaped, no company's)
 * is a person's (red-team round 70 and its leftovers). The span covers the member's value as the
 * URL encodes it; `locale`, `id`, hashes stay.
 */
const VARIABLES_MEMBER = /"([A-Za-z_][\w]{0,63})"\s{0,3}:\s{0,3}"((?:[^"\\]|\\.){1,256})"/g;
function graphqlVariablesParam(text: string, query: string, base: number, eq: number, end: number, ctx: SpanContext): void {
  if (end - eq > 4096 || query.charCodeAt(eq + 1) !== 37) return;
  const rawValue = query.slice(eq + 1, end);
  const decoded = decodeOr(rawValue, '');
  if (decoded.charCodeAt(0) !== 123) return;
  VARIABLES_MEMBER.lastIndex = 0;
  let from = 0;
  for (let m = VARIABLES_MEMBER.exec(decoded); m !== null; m = VARIABLES_MEMBER.exec(decoded)) {
    const member = m[1]!;
    const value = m[2]!;
    let entity = ctx.classifyKey(member);
    if (entity === null && (isBareName(member) || isDisplayNameField(member)) && isPersonNameShaped(value) && !isCompanyName(value))
      entity = 'PERSON';
    if (entity === null || PLACEHOLDER_VALUE.test(value) || keptUnderKey(member, value, entity)) continue;
    const encoded = encodeURIComponent(value);
    const k = rawValue.indexOf(encoded, from);
    if (k < 0) continue;
    from = k + encoded.length;
    pushSpan(ctx, text, base + eq + 1 + k, base + eq + 1 + from, entity, 'structure:url', value);
  }
}

/**
 * Address parameters of delivery, pickup-point and checkout URLs (`?address=…`, `delivery_address`,
 * `street`, `адрес`). Alone the key rules leave `address` unread (an IP, MAC, memory or wallet
 * address as often); a value that decodes to words and a house number with a blank between
 * (`ул. Лесная, д. 5, кв. 176` written `%D1%83%D0%BB.%20…`, `Main+Street+5`) is a street address.
 * A mailing or forwarding member named without `address` (`?mail=PO+BOX+20934`, `&fwd=4416%20N%20…`
 * of a tax portal's or an inspection report's link; red-team round 40, stop 34) counts only for a
 * value that starts as one: a house number and a word, or a PO box (`fwd=Re:+Lunch+at+12` stays).
 */
const ADDRESS_PARAM =
  /^(?:(?:(?:delivery|shipping|billing|home|pickup|dest|destination|mailing|forwarding)[_-]?)?(?:address|addr|street|адрес|adres|adresse|direccion|dirección|endereco|endereço|indirizzo)(?:[_-]?(?:line)?[_-]?[12])?|mail|mailing|fwd|forwarding)$/i;
/**
 * The place a map link searches or routes to (`maps.google.com/?q=12+Oak+St+…`, `google.com/maps?daddr=…`,
 * `maps.apple.com/?address=…`): read as an address parameter (red-team round 24).
 */
const MAPS_PARAM = /^(?:q|query|daddr|saddr|destination|origin|address|ll_address|where)$/i;
/** Whether the URL whose query starts at `q` is a map link: `maps.` or `/maps` in its host or path. */
function isMapsLink(text: string, q: number): boolean {
  // The 64 characters before the query only (lastIndexOf on the text would read back to its start).
  const from = q > 64 ? q - 64 : 0;
  const window = text.slice(from, q);
  const k = window.lastIndexOf('maps');
  if (k < 0 || /\s/.test(window.slice(k))) return false;
  const at = from + k;
  return text.charCodeAt(at - 1) === 47 || text.charCodeAt(at + 4) === 46;
}
/** The mailing and forwarding members without `address` in their name (ADDRESS_PARAM), as the end of the query before `=`. */
const BARE_MAIL_PARAM = /(?:^|[&;?])(?:mail|mailing|fwd|forwarding)$/i;
/** How a mailing address starts: a house number and a word (`4416 N …`), or a PO box. */
const ADDRESS_START = /^(?:\d{1,6}[A-Za-z]?,? \p{L}|p\.? ?o\.? ?box \d)/iu;
const STREET_ADDRESS_VALUE = /^(?=[^@]*\p{L}[^@]*$)(?=.*\d).*[\p{L}\d.,] [\p{L}\d]/u;

/** The pair `query[at, eq) = query[eq + 1, end)` under an address parameter: a span when its value reads as a street address. */
function streetAddressParam(text: string, query: string, base: number, eq: number, end: number, ctx: SpanContext): void {
  const rawValue = query.slice(eq + 1, end);
  const value = decodeOr(rawValue.replace(/\+/g, ' '), rawValue);
  if (value.length > 256 || PLACEHOLDER_VALUE.test(value) || !STREET_ADDRESS_VALUE.test(value)) return;
  if (BARE_MAIL_PARAM.test(query.slice(0, eq).slice(-10)) && !ADDRESS_START.test(value)) return;
  pushSpan(ctx, text, base + eq + 1, base + end, 'ADDRESS', 'structure:url', value);
}

/**
 * A CJK personal name percent-encoded under a bare `name` or a display-name parameter
 * (`/member/search?name=%ED%99%8D…`, a Korean portal's search as its access log writes it): the
 * key rules leave `name` alone (a product's or a file's), but a value that decodes to a CJK
 * personal name (isCjkPersonName) is a person's. Read only for a value that starts with `%`.
 */
function cjkNameParam(text: string, query: string, base: number, eq: number, end: number, ctx: SpanContext): void {
  if (end - eq > 64) return;
  const rawValue = query.slice(eq + 1, end);
  const value = decodeOr(rawValue.replace(/\+/g, ' '), rawValue);
  if (value !== rawValue && isCjkPersonName(value)) pushSpan(ctx, text, base + eq + 1, base + end, 'PERSON', 'structure:url', value);
}

/**
 * A person named by role in a query (`?tenant=Owen%20Castellanos`, `?owner=OYELARAN+FOLASADE` of a
 * property-tax portal's access log; red-team round 40, stop 34): alone the key rules leave these
 * names unread (a cloud tenant, a repository's owner), but a value that decodes to a person's
 * name written out (isRolePersonName: two to five capitalised words, no firm's, one word a known
 * given name or surname; `tenant=Contoso+Ltd`, `owner=platform-team` stay) is a person's. So is
 * one under `full_name` and the Portuguese and Spanish `nome` / `nombre` of a KYC lookup
 * (`?numero=…&nome=Thiago%20Albuquerque`: red-team round 47), and a payment's parties in a
 * payment console's link (`?payee=…`, `&debtor=…`, `beneficiary`: leftovers of red-team round 69),
 * and a claim's parties in a bill-review or claims portal's link (`?patient=…`, `&claimant=…`,
 * `injured_worker`: leftovers of red-team round 75), and a return or an RMA link's `customer` /
 * `recipient` / `addressee` (`?ticket=…&customer=Ren%C3%A9e%20Vanderkolk`: leftovers of round 76),
 * and a gate pass's or a visitor link's `guest` / `visitor` / `host`, a rental reference's
 * `landlord`, `roommate` and `cotenant`, an HOA proxy's `proxy` (`?guest=…%20…&host=…&lot=47`:
 * red-team round 100; a host's name is spaced, a host name is not); a library's `patron` and a
 * print-release or mobile-printing link's `displayName` (`?station=…&displayName=Octavia%20Blackwood`:
 * red-team round 104);
 * a bare `name` (`?name=New+York`, a place, a package) is left.
 */
const PERSON_ROLE_PARAM =
  /^(?:bene|bene_?name|owner|tenant|resident|occupant|borrower|co_?borrower|buyer|seller|applicant|lessee|renter|homeowner|guarantor|grantor|grantee|insured|full_?name|nome|nombre|nome_?completo|payee|payer|debtor|creditor|beneficiary|remitter|account_?holder|patient|claimant|clmt|injured(?:_?worker)?|policy_?holder|third_?party|witness|customer|recipient|addressee|guest|visitor|host|landlord|roommate|co_?tenant|proxy|patron|display_?name)$/i;
/**
 * The word for "name" as a query parameter (a bare `name`, French `nom`, Finnish `nimi`, Swedish
 * `namn`, Dutch `naam`, Danish / Norwegian `navn`; red-team round 60, stop 37): alone a product's
 * or a place's as often (`?nom=Paris`, `?namn=Stockholm+Central`), a person's beside a parameter
 * of a person's field or of an id only people hold (personSiblingOf 2 or more: `?prenom=Luc&nom=
 * Girard`, `?hetu=…&nimi=Aino%20Virtanen`) when it reads as a name (one capitalised word, or a
 * name written out, isPersonNameShaped) and is no company's.
 */
const LOCAL_NAME_PARAM = /^(?:nom|nimi|namn|naam|navn|name|nome|nombre)$/i;
/**
 * A name's part as a quote portal's parameter (`?first=Wilhelmina&last=…&dob=…`, `?fname=…&lname=…`;
 * leftovers of red-team round 83): read as a bare `name` above, a person's beside a parameter of a
 * person's field; Relay's pagination (`?first=25&after=…`) holds a count and stays.
 */
const NAME_PART_PARAM = /^(?:first|last|fname|middle)$/i;
// A double-barrelled surname too (`&last=Okonkwo-Laird` of a screening order; red-team round 98).
const SINGLE_NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]{1,40}$|^\p{Lu}[\p{Ll}\p{M}'’]{1,20}-\p{Lu}[\p{Ll}\p{M}'’]{1,20}$/u;
/** Romanised Japanese words for a person's name (`shimei` 氏名, `onamae`): read like a bare `name` for a CJK value. */
const ROMANISED_NAME_PARAM = /^(?:shimei|onamae|namae)$/i;
/**
 * A tracking or order link's recipient by a short name (`?o=…&n=Beaumont%2C+Ottoline&z=97214`,
 * `&rcpt=Quennell%2C+Isadora`: a mail-order pharmacy's refill e-mails; red-team round 92 and its
 * leftovers). Alone `n` is a count or a page as often: only a value written `Surname, Given` (a
 * capitalised surname that is no stop or everyday word, a comma, a given name of the lists) is a
 * person's there (invertedParamName); under a role's name (PERSON_ROLE_PARAM) too.
 */
const SHORT_RECIPIENT_PARAM = /^(?:n|nm|rcpt|rcp|recip|consignee|cardholder|enrollee)$/i;
const INVERTED_PARAM_NAME = /^(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?), (\p{Lu}[\p{Ll}]+)$/u;
function invertedParamName(value: string): boolean {
  const m = INVERTED_PARAM_NAME.exec(value);
  if (m === null) return false;
  const surname = foldName(m[1]!);
  const given = foldName(m[2]!);
  return (
    (nameKind(given) & (GIVEN | RARE)) !== 0 &&
    !WORDLIKE_GIVEN.has(given) &&
    !isEverydayWord(given) &&
    !isNameStopWord(surname) &&
    !isEverydayWord(surname) &&
    !US_STATE_NAMES.has(given)
  );
}
/** Given names that are also US states (`Springfield, Georgia` is a place). */
const US_STATE_NAMES = new Set([
  'georgia',
  'virginia',
  'carolina',
  'dakota',
  'montana',
  'nevada',
  'florida',
  'indiana',
  'india',
  'israel',
  'jordan',
  'chad',
  'france',
  'kenya',
  'ireland',
]);
function roleNameParam(text: string, query: string, base: number, at: number, eq: number, end: number, ctx: SpanContext): void {
  const rawValue = query.slice(eq + 1, end);
  const spaced = rawValue.indexOf('+') >= 0 || rawValue.indexOf('%20') >= 0;
  const value = decodeOr(rawValue.replace(/\+/g, ' '), rawValue);
  const name = query.slice(at, eq);
  if (spaced && (PERSON_ROLE_PARAM.test(name) || SHORT_RECIPIENT_PARAM.test(name)) && value.indexOf(',') > 0 && invertedParamName(value)) {
    pushSpan(ctx, text, base + eq + 1, base + end, 'PERSON', 'structure:url', value);
  } else if (spaced && PERSON_ROLE_PARAM.test(name) && (isRolePersonName(value) || lowerCaseRoleName(value))) {
    pushSpan(ctx, text, base + eq + 1, base + end, 'PERSON', 'structure:url', value);
  } else if (
    (LOCAL_NAME_PARAM.test(name) || (NAME_PART_PARAM.test(name) && !isEverydayWord(foldName(value)))) &&
    (spaced ? isPersonNameShaped(value) : SINGLE_NAME_WORD.test(value)) &&
    !isCompanyName(value) &&
    (hasPersonParam(query, at, ctx) || (spaced && (hasMailingParams(query, at) || isAcknowledgementLink(text, base))))
  ) {
    pushSpan(ctx, text, base + eq + 1, base + end, 'PERSON', 'structure:url', value);
  }
}
/**
 * A search for people (leftovers of red-team round 82: Alpaca Broker API `GET /v1/accounts?query=
 * Ottoline+Marsh`, an adviser CRM's `/crm/households?search=…`, `/crm/accounts?q=…`): the search
 * term of a path whose last segment lists accounts, households, clients, contacts, members,
 * customers, users, people, participants, employees or patients, when written out as a person's
 * name (two or more words, one the lists know; or in lower case, a given name first). A filter
 * (`query=status:open`), one word or a product's name stays, as does any search elsewhere.
 */
const PEOPLE_SEARCH_PARAM = /^(?:q|query|search|search_?term|term|keyword|keywords|name_?query)$/i;
const PEOPLE_PATH =
  /\/(?:accounts|households|clients|contacts|members|customers|users|people|persons|participants|employees|patients|advisors|beneficiaries)(?:\/_?search)?$/i;
function isPeopleSearch(text: string, q: number): boolean {
  return q > 7 && text.charCodeAt(q) === 63 && PEOPLE_PATH.test(text.slice(Math.max(0, q - 40), q));
}
/**
 * A link a person opens to answer for themselves: a legal hold's acknowledgement, a custodian
 * questionnaire, an attestation (`https://holds.example.com/ack?notice=…&name=Ottoline%20…`,
 * `/questionnaire?matter=…&name=…`: hold systems' e-mails and their click logs; red-team round 96
 * and its leftovers). A bare `name` written out there is the person's (`/search?name=Hot%20Docs`,
 * `/projects?name=Project%20Osprey` stay).
 */
const ACKNOWLEDGEMENT_PATH = /\/(?:ack|acknowledge|acknowledg?ements?|questionnaires?|attest|attestations?|certify|certifications?)$/i;
function isAcknowledgementLink(text: string, base: number): boolean {
  return base > 4 && text.charCodeAt(base - 1) === 63 && ACKNOWLEDGEMENT_PATH.test(text.slice(Math.max(0, base - 40), base - 1));
}
/** Yahoo Search's query parameter `p` (`search.yahoo.com/search?p=…`). */
function isYahooSearch(text: string, raw: string, base: number): boolean {
  return raw === 'p' && base > 24 && text.lastIndexOf('search.yahoo.', base) > base - 40;
}
/** Where a wire or a journal is taken from or goes to, by a custodian's account layout (`from=Z83-104772`); a date or a page stays. */
const FROM_TO_PARAM = /^(?:from|to|frm)$/i;

/**
 * A name typed in lower case under a party's role (`?patient=clementine%20ashgrove-pike`, a bill
 * reviewer's link; leftovers of red-team round 75): two or three words of letters, the first a
 * given name the lists hold that is no everyday word (`patient=new%20referral` stays).
 */
const LOWER_CASE_NAME = /^\p{Ll}{2,20} \p{Ll}[\p{Ll}'’-]{1,30}(?: \p{Ll}[\p{Ll}'’-]{1,30})?$/u;
function lowerCaseRoleName(value: string): boolean {
  if (value.length > 60 || !LOWER_CASE_NAME.test(value)) return false;
  const given = foldName(value.slice(0, value.indexOf(' ')));
  return (nameKind(given) & GIVEN) !== 0 && !WORDLIKE_GIVEN.has(given) && !isNameStopWord(given);
}
/**
 * What a search box or a party search sent (`?q=`, `query=`, `search=`, `term=`, CourtListener's
 * `party_name=`): a product's, a company's or a topic's words as often as a person's, so the
 * value is a person's only when it reads as a name written out: `Surname, Given` (a practice
 * management system's contact search `search=Dunleavy%2C%20Perpetua`, a docket search
 * `party_name=Featherstonehaugh%2C%20Gwendolyn`), or two capitalised words of which one is a
 * given name and the other a surname the lists know, in either order (`query=Hartwell%20Thomasina`:
 * red-team round 77 and its leftovers). No word a stop or an everyday word, no company's name
 * (`q=Acme%20Widgets`, `q=Jordan%20Shoes`, `search=Returns%2C%20Refunds` stay).
 */
const SEARCH_PARAM = /^(?:q|query|search|searchterm|search_term|term|terms|keyword|keywords|party|party_name|partyname)$/i;
const SEARCHED_REVERSED = /^(\p{Lu}[\p{Ll}'’-]{1,30}), ?(\p{Lu}[\p{Ll}'’-]{1,30})$/u;
const SEARCHED_PAIR = /^(\p{Lu}[\p{Ll}'’-]{1,30}) (\p{Lu}[\p{Ll}'’-]{1,30})$/u;
/**
 * A search parameter's value written out as a person's name: searchedName anywhere, and on a
 * people search (`people`: isPeopleSearch) any name a party's role would take (isRolePersonName,
 * lowerCaseRoleName).
 */
function searchNameParam(text: string, query: string, base: number, eq: number, end: number, ctx: SpanContext, people: boolean): void {
  const rawValue = query.slice(eq + 1, end);
  if (rawValue.indexOf('+') < 0 && rawValue.indexOf('%20') < 0) return;
  const value = decodeOr(rawValue.replace(/\+/g, ' '), rawValue);
  if (searchedName(value) || (people && (isRolePersonName(value) || lowerCaseRoleName(value))))
    pushSpan(ctx, text, base + eq + 1, base + end, 'PERSON', 'structure:url', value);
  else nameInSearchQuery(text, rawValue, base + eq + 1, ctx);
}

/**
 * A person's name among the words of a search that looks someone up (a web search engine's
 * referrer `q=who+is+Rupert+Glanville+cleveland`, Bing `q=…+obituary`, Yahoo `p=…+phone+number`,
 * an archive's site search `q=%22Evander%20Quist%22+1987`; leftovers of red-team round 89): two or
 * three capitalised words, the first a given name the lists hold (no everyday, stop or word-like
 * name), the others no stop or everyday word, and a word of looking someone up beside them (`who
 * is`, `obituary`, `phone`, `address`, `age`, `born`, `died`…) or quotes around them. Only the
 * name's words are masked; a how-to or a product's search (`q=Family+Tree+Maker+2019`) stays.
 */
/** Words that look a person up, not a business: with them any two capitalised words (no everyday, stop word) are a name. */
const PERSON_LOOKUP_WORDS = new Set(
  'who whos obituary obituaries obit born died death funeral grave memorial arrest arrested mugshot married wife husband relatives genealogy'.split(
    ' ',
  ),
);
/** Words that look a person or a business up: with them the name must start with a given name the lists hold. */
const CONTACT_LOOKUP_WORDS = new Set(
  'phone number cell address addresses age email contact linkedin facebook instagram dob lives'.split(' '),
);
const QUERY_WORD = /(?:%22|")?([^+\s"%]+(?:%[0-9A-Fa-f]{2}[^+\s"%]*)*?)(?:%22|")?(?=\+|%20|$)/y;
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}'’-]{1,30}$/u;
/** A word (folded) that is an everyday or a stop word, also as its singular (`Shoes`, `Tools`). */
function isQueryWord(folded: string): boolean {
  return (
    isEverydayWord(folded) ||
    isNameStopWord(folded) ||
    (folded.length > 3 && folded.endsWith('s') && (isEverydayWord(folded.slice(0, -1)) || isNameStopWord(folded.slice(0, -1))))
  );
}
function nameInSearchQuery(text: string, raw: string, at: number, ctx: SpanContext): void {
  if (raw.length > 160) return;
  const words: { start: number; end: number; word: string; quoted: boolean }[] = [];
  let i = 0;
  while (i < raw.length && words.length < 16) {
    QUERY_WORD.lastIndex = i;
    const m = QUERY_WORD.exec(raw);
    if (m === null || m[0].length === 0) break;
    const start = i + m[0].indexOf(m[1]!);
    words.push({ start, end: start + m[1]!.length, word: decodeOr(m[1]!, m[1]!), quoted: m[0].length !== m[1]!.length });
    i += m[0].length;
    if (raw.startsWith('%20', i)) i += 3;
    else if (raw.charCodeAt(i) === 43) i += 1;
    else break;
  }
  if (words.length < 2) return;
  let personCue = false;
  let contactCue = false;
  for (const w of words) {
    const lower = w.word.toLowerCase();
    if (PERSON_LOOKUP_WORDS.has(lower)) personCue = true;
    else if (CONTACT_LOOKUP_WORDS.has(lower)) contactCue = true;
  }
  for (let k = 0; k + 1 < words.length; k++) {
    const first = words[k]!;
    const given = foldName(first.word);
    if (!CAPITALISED_WORD.test(first.word) || isQueryWord(given) || WORDLIKE_GIVEN.has(given)) continue;
    let last = k;
    while (last + 1 < words.length && last - k < 2) {
      const next = words[last + 1]!;
      if (!CAPITALISED_WORD.test(next.word) || isQueryWord(foldName(next.word))) break;
      last++;
    }
    if (last === k) continue;
    const quoted = first.quoted && words[last]!.quoted;
    const knownGiven = (nameKind(given) & (GIVEN | RARE)) !== 0;
    const name = words
      .slice(k, last + 1)
      .map((w) => w.word)
      .join(' ');
    if (!(personCue || quoted || (contactCue && knownGiven)) || isCompanyName(name)) {
      k = last;
      continue;
    }
    pushSpan(ctx, text, at + first.start, at + words[last]!.end, 'PERSON', 'structure:url', name);
    return;
  }
}
function searchedName(value: string): boolean {
  const reversed = SEARCHED_REVERSED.exec(value);
  const pair = reversed ?? SEARCHED_PAIR.exec(value);
  if (pair === null) return false;
  const a = foldName(pair[1]!);
  const b = foldName(pair[2]!);
  if (isNameStopWord(a) || isNameStopWord(b) || isEverydayWord(a) || isEverydayWord(b) || isCompanyName(value)) return false;
  const given = (w: string) => (nameKind(w) & (GIVEN | RARE)) !== 0 && !WORDLIKE_GIVEN.has(w);
  const surname = (w: string) => (nameKind(w) & SURNAME) !== 0;
  // `Surname, Given`: the given name known (the surname need not be).
  if (reversed !== null) return given(b);
  return (given(a) && surname(b)) || (surname(a) && given(b));
}

/** Whether another parameter of `query` (not the one at `self`) names a person's field or an id only people hold. */
/** A street and a postal code parameter (MAILING_STREET_PARAM, MAILING_POSTCODE_PARAM). */
const MAILING_STREET_PARAM = /^(?:street[12]?|address[_-]?(?:line)?[_-]?1|addr1|line1)$/i;
const MAILING_POSTCODE_PARAM = /^(?:zip|zip_?code|postcode|post_?code|postal_?code|plz)$/i;
/**
 * Whether the query, other than the parameter at `self`, holds a street and a postal code (a return
 * label's or a shipping form's link `?rma=…&name=Ottoline%20Ferris&street=…&zip=…`: leftovers of
 * red-team round 76): its `name` is the addressee's, when written out as a person's.
 */
function hasMailingParams(query: string, self: number): boolean {
  let street = false;
  let postcode = false;
  for (let at = 0; at < query.length; ) {
    let end = query.indexOf('&', at);
    if (end < 0) end = query.length;
    const eq = query.indexOf('=', at);
    if (at !== self && eq > at && eq < end && eq - at <= 20) {
      const raw = query.slice(at, eq);
      if (MAILING_STREET_PARAM.test(raw)) street = true;
      else if (MAILING_POSTCODE_PARAM.test(raw)) postcode = true;
    }
    at = end + 1;
  }
  return street && postcode;
}

function hasPersonParam(query: string, self: number, ctx: SpanContext): boolean {
  for (let at = 0; at < query.length; ) {
    let end = query.indexOf('&', at);
    if (end < 0) end = query.length;
    const eq = query.indexOf('=', at);
    if (at !== self && eq > at && eq < end && eq - at <= 32) {
      const raw = query.slice(at, eq);
      if (personSiblingOf(ctx.classifyKey(raw.indexOf('%') < 0 ? raw : decodeOr(raw, raw))) >= 2) return true;
    }
    at = end + 1;
  }
  return false;
}

/** `--password=` or `--password%3D` at the start of a parameter's value: the flag's name. */
const FLAG_ASSIGNMENT = /^--([A-Za-z][\w-]{0,63})(?:=|%3[Dd])/;

/**
 * A long flag assigned inside a parameter's value: Kubernetes exec and attach requests carry the
 * command one argv word per `command=` parameter (`…/exec?command=mysql&command=--password%3Dpw`,
 * as Teleport kube.request and the API server audit log record the request URI). The flag's name
 * is read as a key; a sensitive one's value is masked. Other values cost one character test.
 */
function flagAssignmentInValue(text: string, query: string, base: number, eq: number, end: number, ctx: SpanContext): void {
  if (query.charCodeAt(eq + 1) !== 45 || query.charCodeAt(eq + 2) !== 45) return;
  const flag = FLAG_ASSIGNMENT.exec(query.slice(eq + 1, end));
  if (flag === null) return;
  const entity = ctx.classifyKey(flag[1]!);
  const from = eq + 1 + flag[0].length;
  if (entity === null || from >= end) return;
  const rawValue = query.slice(from, end);
  const value = decodeOr(rawValue.replace(/\+/g, ' '), rawValue);
  if (PLACEHOLDER_VALUE.test(value)) return;
  pushSpan(ctx, text, base + from, base + end, entity, 'structure:url', value);
}

/**
 * One argv word of a Kubernetes exec / attach request (`…/exec?command=mysql&command=-uroot&
 * command=-ppw`): a long flag assigned inside the word is read as above; a short flag of the
 * command-line tool table (structure/argv.ts) is read against the program, the first `command=`
 * word, and the word before it: glued (`-ppw` of `mysql`) or as the next word (`sshpass`'s `-p`,
 * then `command=pw`). The word is masked whole, as in an argv array (red-team round 51).
 */
function commandWordParam(text: string, query: string, base: number, at: number, eq: number, end: number, ctx: SpanContext): void {
  if (query.charCodeAt(eq + 1) === 45 && query.charCodeAt(eq + 2) === 45) {
    flagAssignmentInValue(text, query, base, eq, end, ctx);
    return;
  }
  if (at === 0) return;
  // The program and the word before this one: the first and the last `command=` words before it.
  let program: string | undefined;
  let before: string | undefined;
  let subcommands: ReadonlySet<string> | null = null;
  let subcommandSeen = false;
  for (let from = 0; from < at; ) {
    let stop = query.indexOf('&', from);
    if (stop < 0 || stop > at) stop = at - 1;
    if (query.startsWith('command=', from)) {
      const raw = query.slice(from + 8, stop);
      const word = decodeOr(raw.replace(/\+/g, ' '), raw);
      if (program === undefined) {
        program = word;
        subcommands = argvSubcommands(word);
      } else if (subcommands?.has(word)) subcommandSeen = true;
      before = word;
    }
    from = stop + 1;
  }
  if (program === undefined) return;
  const rawValue = query.slice(eq + 1, end);
  const value = decodeOr(rawValue.replace(/\+/g, ' '), rawValue);
  if (before === '-c' && SHELL.test(program) && value.indexOf(' ') > 0) {
    shellLineParam(text, rawValue, base + eq + 1, ctx);
    return;
  }
  const entity = argvShortFlagEntity(program, before, value, subcommandSeen);
  if (entity === null || PLACEHOLDER_VALUE.test(value)) return;
  pushSpan(ctx, text, base + eq + 1, base + end, entity, 'structure:url', value);
}

/** A shell that runs the word after `-c` as a command line (`/bin/sh`, `bash`). */
const SHELL = /^(?:\/(?:usr\/)?bin\/)?(?:sh|bash|ash|dash|zsh)$/;
/** Words that end one command of a shell line and start the next. */
const COMMAND_SEPARATORS = new Set(['&&', '||', ';', '|']);

/**
 * The command line an exec request runs through a shell (`command=sh&command=-c&command=mysql+
 * -uroot+-pX+-e+%27…%27`), percent- and `+`-encoded in one word: its words, split at blanks, are
 * read like argv words (the short-flag table against each command's program, `--name=value` by
 * the key rules), and a hit is masked where its encoded form stands. Only an ASCII decoding maps
 * back (each decoded character has one source: a character, a `+` or a `%XX`); another is left.
 */
function shellLineParam(text: string, raw: string, at: number, ctx: SpanContext): void {
  let line = '';
  const from: number[] = [];
  for (let i = 0; i < raw.length; ) {
    const c = raw.charCodeAt(i);
    if (c === 37) {
      const code = Number.parseInt(raw.slice(i + 1, i + 3), 16);
      if (!(code >= 0x20 && code < 0x7f) || !/^[0-9A-Fa-f]{2}$/.test(raw.slice(i + 1, i + 3))) return;
      line += String.fromCharCode(code);
      from.push(i);
      i += 3;
    } else {
      line += c === 43 ? ' ' : raw[i];
      from.push(i);
      i++;
    }
  }
  from.push(raw.length);
  let program: string | undefined;
  let previous: string | undefined;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(line); m !== null; m = WORD.exec(line)) {
    const word = m[0];
    if (COMMAND_SEPARATORS.has(word)) {
      program = previous = undefined;
      continue;
    }
    if (program === undefined) {
      program = previous = word;
      continue;
    }
    let start = m.index;
    let entity = argvShortFlagEntity(program, previous, word);
    if (entity === null && word.startsWith('--')) {
      const flag = FLAG_ASSIGNMENT.exec(word);
      if (flag !== null && flag[0].length < word.length) {
        entity = ctx.classifyKey(flag[1]!);
        start += flag[0].length;
      }
    }
    previous = word;
    const end = m.index + word.length;
    if (entity === null || PLACEHOLDER_VALUE.test(line.slice(start, end))) continue;
    pushSpan(ctx, text, at + from[start]!, at + from[end]!, entity, 'structure:url', line.slice(start, end));
  }
}
const WORD = /[^\s'"]+/g;

/**
 * A URL passed whole, percent-encoded, as another URL's parameter: analytics hits carry the page's
 * address (GA4 / gtag `dl=https%3A%2F%2Fshop.example%2Fconfirm%3Fphone%3D…`, Meta Pixel `dl=`,
 * redirect and `return_to=` parameters, red-team round 34). Its own query's pairs are read where
 * they stand, `%3F` / `%26` before each name and `%3D` after it, with the same key rules; a
 * sensitive one's value (up to the next `%26`) is masked. Only for a value that starts with
 * `http` and holds `%3F`, or that is a query itself, percent-encoded (ENCODED_QUERY_START: a
 * site search's `q=last%3DMacPherson-Ruiz%26first%3DOlivia` of a grave locator, red-team round 101).
 */
const NESTED_PAIR = /%3[Ff]|%26/g;
const NESTED_NAME = /^[A-Za-z_][\w.-]{0,63}$/;
const NESTED_LAST = /(?:^|%26)(?:last|lname)%3[Dd]/i;
const NESTED_FIRST = /(?:^|%26)(?:first|fname)%3[Dd]/i;
/** A name part's word there, inner capitals allowed (`MacPherson-Ruiz`). */
const NESTED_NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’]{1,20}(?:-\p{Lu}[\p{L}\p{M}'’]{1,20})?$/u;
/** A parameter's value that opens with an encoded pair and holds another (`last%3D…%26first%3D…`). */
const ENCODED_QUERY_START = /^[A-Za-z_][\w.-]{0,63}%3[Dd][^&%]*(?:%[0-9A-Fa-f]{2}[^&%]*)*?%26[A-Za-z_][\w.-]{0,63}%3[Dd]/;

/** Whether the value at `from`..`end` is an encoded query: a `%26` in it (one native search), then ENCODED_QUERY_START. */
function encodedQueryValue(query: string, from: number, end: number): boolean {
  const amp = query.indexOf('%26', from);
  return amp !== -1 && amp < end && ENCODED_QUERY_START.test(query.slice(from, Math.min(end, from + 72)));
}

function nestedUrlParams(text: string, query: string, base: number, from: number, end: number, ctx: SpanContext): void {
  const value = query.slice(from, end);
  // A whole URL's query opens at its `%3F`; an encoded query's first pair at its start.
  const q = value.startsWith('http') ? value.search(/%3[Ff]/) : -3;
  if (q === -1) return;
  NESTED_PAIR.lastIndex = Math.max(q, 0);
  // An encoded query's name parts (`last%3D…%26first%3D…`) are a person's when both stand in it.
  const parts = q === -3 && NESTED_LAST.test(value) && NESTED_FIRST.test(value);
  for (let m = q === -3 ? ({ index: -3 } as RegExpExecArray) : NESTED_PAIR.exec(value); m !== null; m = NESTED_PAIR.exec(value)) {
    const at = m.index + 3;
    const next = value.indexOf('%26', at);
    const pairEnd = next < 0 ? value.length : next;
    const eq = value.slice(at, pairEnd).search(/%3[Dd]/);
    if (eq <= 0) continue;
    const name = value.slice(at, at + eq);
    if (!NESTED_NAME.test(name)) continue;
    let entity = ctx.classifyKey(name) ?? (SENSITIVE_URL_PARAMS.has(name.toLowerCase()) ? 'SECRET' : null);
    const start = at + eq + 3;
    if (start >= pairEnd) continue;
    const raw = value.slice(start, pairEnd);
    const decoded = decodeOr(decodeOr(raw, raw), raw);
    if (entity === null && parts && NAME_PART_PARAM.test(name) && NESTED_NAME_WORD.test(decoded) && !isEverydayWord(foldName(decoded)))
      entity = 'PERSON';
    if (entity === null || PLACEHOLDER_VALUE.test(decoded)) continue;
    pushSpan(ctx, text, base + from + start, base + from + pairEnd, entity, 'structure:url', decoded);
  }
}

/**
 * A DocuSign signing link (`https://app.docusign.com/signing/?ti=…&t=…`, `…docusign.net/Signing/…?…&t=…`):
 * its `t` parameter is the recipient's signing token, a bearer credential that opens the envelope
 * (DocuSign e-mails and embedded-signing redirects carry it), as is `slt` of a recipient-view
 * redirect (`…/Signing/MTRedeem/v1/…?slt=…`, red-team round 31). True when the URL whose query opens
 * at `q` has a DocuSign host; `t` elsewhere (a timestamp, a tab) stays.
 */
const SIGNING_HOST = /:\/\/[A-Za-z0-9.-]*\.docusign\.(?:com|net)(?:[:/?#]|$)/i;

function isSigningLink(text: string, q: number): boolean {
  const from = text.lastIndexOf('://', q);
  return from >= 0 && q - from <= 256 && SIGNING_HOST.test(text.slice(from, q + 1));
}

/**
 * A reset, verification, confirmation, activation, magic-login, invitation or unsubscribe link carries its
 * one-time token under whatever name the application chose, often one to three letters (`/reset?t=…`,
 * `/verify?k=…`, `/reset-password?email=…&t=…`, `/account/reset?rt=…`; also an app scheme's route:
 * `examplebank://confirm?t=…`, red-team round 30): a bearer credential that opens the account. True
 * when the URL path before the query at `q` names such a link and `value` is token-shaped (16 or
 * more characters of a URL-safe or base64 alphabet, holding a digit); `?t=1710166927`, `?v=2`,
 * `?l=en-US` and short parameters elsewhere stay.
 */
// An unsubscribe link too (`https://status.example.com/unsubscribe?s=…` of a Statuspage or
// newsletter mail, red-team round 64): its token stands for the subscriber and acts for them.
const ACCOUNT_LINK_PATH = /reset|verif|confirm|activat|magic|invit|unsubscribe/i;
/**
 * A parameter that names the account link's token itself, whatever the path (`/welcome?invite=…`,
 * `/?magic=…`, `/auth?reset_token=…`; red-team round 34): read as a secret when its value is
 * token-like (TOKEN_VALUE: 16 or more characters with a digit), so `?confirm=true` stays.
 */
const ACCOUNT_LINK_PARAM =
  /^(?:invite|invitation|magic|reset|verify|verification|confirm|confirmation|activate|activation)(?:[_-]?(?:token|code|key|link))?$/i;
const TOKEN_VALUE = /^(?=[^\d]{0,511}\d)[A-Za-z0-9_.~%+/=-]{16,512}$/;
const WEB_SCHEME = /(?:^|[^A-Za-z])(?:https?|wss?|ftp)$/i;

function isAccountLinkToken(text: string, q: number, value: string): boolean {
  if (value.length < 16 || !TOKEN_VALUE.test(value)) return false;
  let from = q;
  while (from > 0 && q - from < 256) {
    const c = text.charCodeAt(from - 1);
    if (c <= 32 || c === 34 || c === 39 || c === 60 || c === 62) break; // blank, quote, < >
    from--;
  }
  const host = text.indexOf('://', from);
  let pathStart = host >= 0 && host < q ? text.indexOf('/', host + 3) : from;
  // An app's own scheme names the route where a web URL has its host (`examplebank://confirm?t=…`).
  if ((pathStart < 0 || pathStart > q) && host > from && !WEB_SCHEME.test(text.slice(from, host))) pathStart = host + 3;
  return pathStart >= 0 && pathStart < q && ACCOUNT_LINK_PATH.test(text.slice(pathStart, q));
}

/** decodeURIComponent(s), or `fallback` when `s` holds a malformed escape. */
function decodeOr(s: string, fallback: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return fallback;
  }
}

/**
 * A FHIR search on a resource that is a person (`GET /fhir/Patient?family=…&birthdate=…`, also
 * `…/Patient/_search?…`): the path before the `?` at `q` ends in Patient, Person, RelatedPerson or
 * Practitioner (HL7 FHIR R4, RESTful API "search").
 */
const FHIR_PERSON_PATH = /\/(?:Patient|Person|RelatedPerson|Practitioner)(?:\/_search)?$/;

function isFhirPersonSearch(text: string, q: number): boolean {
  return q > 7 && FHIR_PERSON_PATH.test(text.slice(Math.max(0, q - 30), q));
}

/**
 * The search parameters of those resources that hold the person's data (FHIR R4 Patient search
 * parameters), by name without its modifier (`family:exact`). `identifier` is `[system|]value`:
 * only the value is the person's.
 */
const FHIR_PERSON_PARAMS = new Map<string, string>([
  ['family', 'PERSON'],
  ['given', 'PERSON'],
  ['name', 'PERSON'],
  ['phonetic', 'PERSON'],
  ['address', 'ADDRESS'],
  ['address-city', 'ADDRESS'],
  ['address-postalcode', 'POSTCODE'],
  ['birthdate', 'DATE_OF_BIRTH'],
  ['death-date', 'DATE_OF_BIRTH'],
  ['email', 'EMAIL'],
  ['phone', 'PHONE'],
  ['telecom', 'PHONE'],
  ['identifier', 'MEDICAL_RECORD_NUMBER'],
]);

/** A FHIR person search parameter (see FHIR_PERSON_PARAMS): its span, and true; false for any other name. */
function fhirParam(text: string, query: string, base: number, at: number, eq: number, end: number, ctx: SpanContext): boolean {
  const raw = query.slice(at, eq);
  const colon = raw.indexOf(':');
  const entity = FHIR_PERSON_PARAMS.get((colon < 0 ? raw : raw.slice(0, colon)).toLowerCase());
  if (entity === undefined) return false;
  let from = eq + 1;
  if (entity === 'MEDICAL_RECORD_NUMBER' || entity === 'PHONE' || entity === 'EMAIL') {
    // token search `system|value`, the `|` written plain or as %7C.
    const value = query.slice(from, end);
    const bar = value.lastIndexOf('|');
    const encoded = value.toUpperCase().lastIndexOf('%7C');
    from += Math.max(bar < 0 ? 0 : bar + 1, encoded < 0 ? 0 : encoded + 3);
  }
  if (end <= from) return true;
  const rawValue = query.slice(from, end);
  const value = decodeOr(rawValue.replace(/\+/g, ' '), rawValue);
  if (!PLACEHOLDER_VALUE.test(value)) pushSpan(ctx, text, base + from, base + end, entity, 'structure:url', value);
  return true;
}

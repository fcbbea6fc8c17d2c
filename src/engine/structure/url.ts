import type { TextScan } from '../detect/types.js';
import { PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

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
]);

// A query or fragment: after ? or #, name=value pairs separated by & or ;, up to whitespace or a quote.
const QUERY = /[?#]([^\s"'<>`#]{1,8192})/g;
const PARAM = /(?:^|[&;])([^=&;]{1,128})=([^&;]*)/dg;

/**
 * URLs: the values of sensitive query and fragment parameters (`?token=…`, `#access_token=…`,
 * `X-Amz-Signature=…`, and any parameter the key rules call sensitive, such as `email=`) are
 * masked; scheme, host, path and the other parameters stay readable. Userinfo
 * (`user:pass@host`) is found by the url_credentials and db_credentials detectors.
 */
export function urlSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  QUERY.lastIndex = 0;
  for (let q = QUERY.exec(text); q !== null; q = QUERY.exec(text)) {
    const query = q[1]!;
    if (!query.includes('=')) continue;
    const base = q.index + 1;
    PARAM.lastIndex = 0;
    for (let m = PARAM.exec(query); m !== null; m = PARAM.exec(query)) {
      const range = m.indices?.[2];
      if (range === undefined || range[1] === range[0]) continue;
      let name = m[1]!;
      try {
        name = decodeURIComponent(name);
      } catch {
        // keep the raw name
      }
      const lower = name.toLowerCase();
      const entity = ctx.classifyKey(name) ?? (SENSITIVE_URL_PARAMS.has(lower) ? 'SECRET' : null);
      if (entity === null) continue;
      const raw = query.slice(range[0], range[1]);
      let value = raw;
      try {
        value = decodeURIComponent(raw.replace(/\+/g, ' '));
      } catch {
        // a malformed escape: the token is taken over the raw text
      }
      if (PLACEHOLDER_VALUE.test(value)) continue;
      pushSpan(ctx, text, base + range[0], base + range[1], entity, 'structure:url', value);
    }
  }
}

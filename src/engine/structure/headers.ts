import type { TextScan } from '../detect/types.js';
import { PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/** Header names whose value is a credential (lower case). Cookie headers are handled per pair. */
const CREDENTIAL_HEADERS =
  'authorization|proxy-authorization|x-api-key|api-key|apikey|x-auth-token|x-access-token|x-csrf-token|x-xsrf-token|x-amz-security-token|x-goog-api-key|x-functions-key|ocp-apim-subscription-key|x-vault-token|x-gitlab-token|private-token|x-hub-signature|x-hub-signature-256|x-slack-signature|x-shopify-access-token|x-session-token|x-refresh-token|x-upstream-token|x-client-secret|x-insert-key|x-license-key|x-honeycomb-team';
const HEADER_LINE = new RegExp(`(?:^|[\\r\\n])[ \\t]*(${CREDENTIAL_HEADERS}|cookie|set-cookie)[ \\t]*:[ \\t]*([^\\r\\n]*)`, 'dgi');
const GATE = /authorization|cookie|api-?key|-token|-signature|-secret|subscription-key|functions-key|insert-key|license-key|honeycomb-team/;
const COOKIE_PAIR = /(?:^|;)\s*([^=;\s]{1,256})=([^;]*)/dg;
// Vendor schemes too (Okta `SSWS`, Discord `Bot`, Opsgenie `GenieKey`, Splunk HEC `Splunk`, Zoho
// `Zoho-oauthtoken`, `AccessKey`): the scheme word stays readable, the credential after it is masked.
const SCHEME =
  /^(bearer|basic|token|digest|negotiate|ntlm|apikey|sso-key|aws4-hmac-sha256|hmac|signature|dpop|mac|ssws|bot|geniekey|splunk|zoho-oauthtoken|accesskey)\s+/i;

/**
 * HTTP headers written as raw text (`Authorization: Bearer …`, `Cookie: a=1; sid=…`,
 * `Set-Cookie: session=…; Path=/; HttpOnly`, `X-Api-Key: …`), one per line. The header name and
 * the auth scheme stay readable; a credential header's value is masked as SECRET (AUTH_CREDENTIAL
 * after a scheme); every cookie value is masked as SESSION_COOKIE with its name kept; of a
 * Set-Cookie only the cookie's own value is masked, its attributes stay.
 */
export function headerSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  if (!GATE.test(scan.lower())) return;
  HEADER_LINE.lastIndex = 0;
  for (let m = HEADER_LINE.exec(text); m !== null; m = HEADER_LINE.exec(text)) {
    const name = m[1]!.toLowerCase();
    const range = m.indices?.[2];
    if (range === undefined) continue;
    let [start, end] = range;
    while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    if (end <= start) continue;
    const value = text.slice(start, end);
    if (name === 'cookie' || name === 'set-cookie') {
      COOKIE_PAIR.lastIndex = 0;
      for (let c = COOKIE_PAIR.exec(value); c !== null; c = COOKIE_PAIR.exec(value)) {
        const r = c.indices?.[2];
        if (r === undefined || r[1] === r[0]) continue;
        pushSpan(ctx, text, start + r[0], start + r[1], 'SESSION_COOKIE', 'structure:headers');
        if (name === 'set-cookie') break;
      }
      continue;
    }
    const scheme = SCHEME.exec(value);
    const credStart = scheme ? start + scheme[0].length : start;
    const cred = text.slice(credStart, end);
    if (cred.length === 0 || PLACEHOLDER_VALUE.test(unquoted(cred))) continue;
    pushSpan(ctx, text, credStart, end, scheme ? 'AUTH_CREDENTIAL' : 'SECRET', 'structure:headers');
  }
}

/** A value without the quotes around it (`apiKey: "AIzaaaa…"` in source code), to read it for a placeholder. */
function unquoted(value: string): string {
  const q = value.charCodeAt(0);
  return value.length >= 2 && (q === 34 || q === 39) && value.charCodeAt(value.length - 1) === q ? value.slice(1, -1) : value;
}

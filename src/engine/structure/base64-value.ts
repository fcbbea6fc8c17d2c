import { credentialTextEntity, decodedText } from '../detect/values/encodings.js';
import { TextScan } from '../detect/types.js';
import type { SpanContext, SpanHandler } from './types.js';

/**
 * A whole credentials, INI or dotenv file in base64 as the value of a pair whose name says
 * nothing (`CONFIG_INI_B64=W2NyZWRlbnRpYWxzXQpwYXNz…` in a CI job's environment, a Kubernetes
 * manifest's `config: …`): no detector reads inside base64. A long run only (ENCODED_MIN
 * characters of the base64 alphabet, a multiple of 4 with its padding): it is decoded, and when
 * the text is printable it is read as a credential (`user:password`, a PEM private key, a secret
 * assignment: detect/values/encodings.ts) or by `readDecoded` (the caller's handlers: kv.ts
 * passes the key=value and configuration-line readers, which import this module);
 * when anything is found, the whole base64 is masked with the first finding's entity (detector
 * `structure:base64`). The token is that of the base64 text, not of the secret inside.
 */

/** The shortest base64 run decoded: 30 bytes of text, a `[section]` and one `key = value` line. */
export const ENCODED_MIN = 40;
/** The longest (a 48 KiB file). */
const ENCODED_MAX = 65_536;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Pushes a span for `text[start, end)` when it is base64 of a text that holds a credential. */
export function base64ValueSpan(ctx: SpanContext, text: string, start: number, end: number, readDecoded: SpanHandler): void {
  const n = end - start;
  if (n < ENCODED_MIN || n > ENCODED_MAX || (n & 3) !== 0) return;
  const value = text.slice(start, end);
  // Mixed case: what base64 of text looks like, and a hex digest or a word does not.
  if (!BASE64.test(value) || value === value.toLowerCase() || value === value.toUpperCase()) return;
  const decoded = decodedText(value);
  if (decoded === undefined) return;
  const entity = credentialTextEntity(decoded) ?? firstEntityFound(decoded, ctx, readDecoded);
  if (entity === undefined) return;
  ctx.out.push({ start, end, entity, detector: 'structure:base64', normalized: value, priority: ctx.priority });
}

/** The entity of the first span `readDecoded` finds in `decoded`. */
function firstEntityFound(decoded: string, ctx: SpanContext, readDecoded: SpanHandler): string | undefined {
  const found: SpanContext = { classifyKey: ctx.classifyKey, out: [], priority: ctx.priority };
  readDecoded(new TextScan(decoded), found);
  return found.out[0]?.entity;
}

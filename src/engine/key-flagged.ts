import type { Span } from './detect/types.js';
import { TOKEN_PATTERN } from './mask/actions.js';

/**
 * Entities of key rules that name a kind of value rather than a format: under `authorization`,
 * `api_key` or `national_id` the value may be a JWT, an OpenAI key or a Spanish NIF, and should be
 * masked as that, with the same token it gets anywhere else.
 */
const GENERIC_KEY_ENTITIES = new Set(['SECRET', 'NATIONAL_ID', 'AUTH_CREDENTIAL']);

/** A URI with a scheme (`postgres://`, `jdbc:mysql://`, `mongodb+srv://`). */
const URI = /^[A-Za-z][\w+.-]*(?::[A-Za-z][\w+.-]*)?:\/\/\S+$/;

/** What may stay around the detector findings of a key-flagged value: an auth scheme, blanks, quotes. */
const SCHEME_REST = /^\s*(?:bearer|basic|token|digest|apikey|api-key|sso-key)?[\s:="',;]*$/i;

/**
 * Values shorter than this are never a specific format (and the check costs a scan): vendor keys,
 * JWTs and Basic credentials are longer than 16 characters; national identifiers start at 8.
 */
const MIN_SECRET_LENGTH = 16;
const MIN_ID_LENGTH = 8;

/**
 * Decides how a value flagged by its field name is masked (issue 13 item 6):
 * - a URI under a DB_CREDENTIALS name (`database_url`, `mongo_uri`) is scanned like free text, so
 *   only its credentials are masked and host, port and path stay readable;
 * - under a generic name (SECRET, NATIONAL_ID, AUTH_CREDENTIAL) a value whose every meaningful
 *   character is covered by value-detector findings, or by tokens written on an earlier pass, is
 *   scanned like free text: `Bearer <JWT:…>` under `authorization`, `<OPENAI_API_KEY:…>` under
 *   `openai.api_key`; masking it again then changes nothing;
 * - otherwise (true: the caller masks the whole value as the key's entity) - returns false.
 * `scan` returns the value detectors' spans over a string (after overlap resolution). Pure.
 */
export function scanKeyFlaggedValue(text: string, entity: string, scan: (s: string) => readonly Span[]): boolean {
  if (entity === 'DB_CREDENTIALS') return URI.test(text);
  if (!GENERIC_KEY_ENTITIES.has(entity) || text.length < (entity === 'NATIONAL_ID' ? MIN_ID_LENGTH : MIN_SECRET_LENGTH)) return false;
  const covered: [number, number][] = [];
  for (const span of scan(text)) covered.push([span.start, span.end]);
  if (text.includes('<')) {
    TOKEN_PATTERN.lastIndex = 0;
    for (let m = TOKEN_PATTERN.exec(text); m !== null; m = TOKEN_PATTERN.exec(text)) covered.push([m.index, m.index + m[0].length]);
  }
  if (covered.length === 0) return false;
  covered.sort((a, b) => a[0] - b[0]);
  let rest = '';
  let at = 0;
  for (const [start, end] of covered) {
    if (start > at) rest += text.slice(at, start);
    if (end > at) at = end;
  }
  rest += text.slice(at);
  return SCHEME_REST.test(rest);
}

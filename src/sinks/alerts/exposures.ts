import type { MaskedRecord } from '../../core/component.js';
import { describeOrigin } from '../../core/record.js';

/** Entity types that are credentials: seeing one means it was exposed and must be rotated. */
export const CREDENTIAL_ENTITIES = [
  'PRIVATE_KEY',
  'JWT',
  'ANTHROPIC_API_KEY',
  'OPENAI_API_KEY',
  'GITHUB_TOKEN',
  'GITLAB_TOKEN',
  'SLACK_TOKEN',
  'SLACK_WEBHOOK',
  'STRIPE_KEY',
  'SENDGRID_API_KEY',
  'TWILIO_API_KEY',
  'HUGGINGFACE_TOKEN',
  'NPM_TOKEN',
  'PYPI_TOKEN',
  'GOOGLE_API_KEY',
  'GOOGLE_OAUTH_SECRET',
  'GCP_PRIVATE_KEY_ID',
  'AZURE_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SESSION_TOKEN',
  'AWS_SECRET_KEY',
  'DB_CREDENTIALS',
  'URL_CREDENTIALS',
  'PASSWORD_HASH',
  'SESSION_COOKIE',
  'AUTH_CREDENTIAL',
  'SECRET',
] as const;

/** One credential seen in one record: its type, its fingerprint (the token), where. */
export interface Exposure {
  entity: string;
  /** The deterministic token that replaced it (`<AWS_ACCESS_KEY_ID:abcd…>`), or `<TYPE>@path` when it was redacted or dropped. */
  fingerprint: string;
  path: string;
  source: string;
  policy: string;
  key: string;
  /**
   * The token construction of the fingerprint (evidence `tok`, `v2`): the same credential has
   * another fingerprint under another construction, so an upgrade from v1 alerts on it once more.
   */
  tok?: string;
}

const TOKEN = /<([A-Z][A-Z0-9_]{1,40}):([A-Za-z0-9]{6,64})>/g;

/**
 * The credentials a masked record exposed, from its evidence (entity types and paths) and the
 * tokens in its masked bytes; never a raw value: only tokens leave. A token of a credential type
 * that appears in the text without a finding (a token carried over from upstream) is not counted.
 */
export function exposuresOf(record: MaskedRecord, entities: ReadonlySet<string>): Exposure[] {
  const found = record.evidence.findings.filter((f) => entities.has(f.entity) && f.action !== 'keep');
  if (found.length === 0) return [];
  const text = record.value.toString('utf8');
  const tokens = new Map<string, Set<string>>();
  for (const m of text.matchAll(TOKEN)) {
    const entity = m[1] as string;
    if (!entities.has(entity)) continue;
    const set = tokens.get(entity) ?? new Set<string>();
    set.add(m[0]);
    tokens.set(entity, set);
  }
  const source = describeOrigin(record.origin);
  const tok = record.evidence.tok;
  const base = { source, policy: record.evidence.policy, key: record.evidence.key, ...(tok !== undefined ? { tok } : {}) };
  const out: Exposure[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    const list = tokens.get(f.entity);
    const fingerprints = list && list.size > 0 ? [...list] : [`<${f.entity}>@${f.path}`];
    for (const fingerprint of fingerprints) {
      if (seen.has(fingerprint)) continue;
      seen.add(fingerprint);
      out.push({ entity: f.entity, fingerprint, path: f.path, ...base });
    }
  }
  return out;
}

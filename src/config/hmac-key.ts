import { randomBytes } from 'node:crypto';
import { deriveKeyId } from '../engine/mask/token.js';
import { readKeyMaterial } from './key-material.js';
import { Secret } from '../core/secret.js';

export interface HmacKey {
  key: Secret<Buffer>;
  id: string;
  /** Where it came from, safe to print: `env AUDITMASK_HMAC_KEY`, `file /run/…`, `random`. */
  source: string;
}

/**
 * Reads the deterministic-token key. Order: an explicit key file, `AUDITMASK_HMAC_KEY_FILE`,
 * `AUDITMASK_HMAC_KEY`; none → undefined (the caller decides whether a random key is acceptable).
 * A value may be written `hex:…` or `base64:…`; anything else is taken as UTF-8 bytes. At least 16
 * bytes. `AUDITMASK_HMAC_KEY_ID` names the key; otherwise the id is derived from it.
 */
export function readHmacKey(options: { keyFile?: string; env?: NodeJS.ProcessEnv } = {}): HmacKey | undefined {
  const env = options.env ?? process.env;
  const found = readKeyMaterial({
    file: options.keyFile ?? env.AUDITMASK_HMAC_KEY_FILE,
    envVar: 'AUDITMASK_HMAC_KEY',
    env,
    label: 'token key',
    fileHint: 'check the path given by --key-file or AUDITMASK_HMAC_KEY_FILE',
    example: 'e.g. hex: followed by 64 hex digits from `openssl rand -hex 32`',
  });
  if (found === undefined) return undefined;
  const { key, source } = found;
  return { key: new Secret(key), id: env.AUDITMASK_HMAC_KEY_ID || deriveKeyId(key), source };
}

/** A fresh random key for one run (tokens then match only within that run). */
export function randomHmacKey(): HmacKey {
  const key = randomBytes(32);
  return { key: new Secret(key), id: deriveKeyId(key), source: 'random' };
}

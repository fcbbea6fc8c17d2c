import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import { deriveKeyId } from '../engine/mask/token.js';
import { Secret } from './secret.js';

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
  const file = options.keyFile ?? env.AUDITMASK_HMAC_KEY_FILE;
  let raw: string | undefined;
  let source: string;
  if (file) {
    try {
      raw = readFileSync(file, 'utf8').trim();
    } catch (err) {
      throw new ConfigError(file, [
        {
          path: 'hmac key file',
          message: `cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the path given by --key-file or AUDITMASK_HMAC_KEY_FILE`,
        },
      ]);
    }
    source = `file ${file}`;
  } else if (env.AUDITMASK_HMAC_KEY) {
    raw = env.AUDITMASK_HMAC_KEY;
    source = 'env AUDITMASK_HMAC_KEY';
  } else {
    return undefined;
  }
  const key = decodeKey(raw);
  if (key.length < 16) {
    throw new ConfigError(source, [
      {
        path: 'hmac key',
        message: `the key is ${key.length} bytes; use at least 16 (e.g. hex: followed by 64 hex digits from \`openssl rand -hex 32\`)`,
      },
    ]);
  }
  return { key: new Secret(key), id: env.AUDITMASK_HMAC_KEY_ID || deriveKeyId(key), source };
}

/** A fresh random key for one run (tokens then match only within that run). */
export function randomHmacKey(): HmacKey {
  const key = randomBytes(32);
  return { key: new Secret(key), id: deriveKeyId(key), source: 'random' };
}

function decodeKey(raw: string): Buffer {
  if (raw.startsWith('hex:')) return Buffer.from(raw.slice(4), 'hex');
  if (raw.startsWith('base64:')) return Buffer.from(raw.slice(7), 'base64');
  return Buffer.from(raw, 'utf8');
}

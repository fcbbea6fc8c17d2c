import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import { Secret } from './secret.js';

export interface ChainKey {
  key: Secret<Buffer>;
  id: string;
  /** Where it came from, safe to print: `env AUDITMASK_CHAIN_KEY`, `file /run/…`. */
  source: string;
}

/**
 * Reads the evidence-chain key (docs/evidence.md): an explicit key file, else
 * `AUDITMASK_CHAIN_KEY_FILE`, else `AUDITMASK_CHAIN_KEY` (or the variable named by `envVar`).
 * `hex:…`, `base64:…` or raw UTF-8 bytes, at least 16. `AUDITMASK_CHAIN_KEY_ID` names it; else
 * its id is derived from it (`c-` + 8 hex digits). None found → undefined. It is a separate key
 * from the token key: whoever verifies trails needs it, and must not be able to compute tokens.
 */
export function readChainKey(
  options: { keyFile?: string | undefined; envVar?: string; env?: NodeJS.ProcessEnv } = {},
): ChainKey | undefined {
  const env = options.env ?? process.env;
  const envVar = options.envVar ?? 'AUDITMASK_CHAIN_KEY';
  const file = options.keyFile ?? env.AUDITMASK_CHAIN_KEY_FILE;
  let raw: string;
  let source: string;
  if (file) {
    try {
      raw = readFileSync(file, 'utf8').trim();
    } catch (err) {
      throw new ConfigError(file, [
        { path: 'chain key file', message: `cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the path` },
      ]);
    }
    source = `file ${file}`;
  } else if (env[envVar]) {
    raw = env[envVar] as string;
    source = `env ${envVar}`;
  } else {
    return undefined;
  }
  const key = raw.startsWith('hex:')
    ? Buffer.from(raw.slice(4), 'hex')
    : raw.startsWith('base64:')
      ? Buffer.from(raw.slice(7), 'base64')
      : Buffer.from(raw, 'utf8');
  if (key.length < 16) {
    throw new ConfigError(source, [
      { path: 'chain key', message: `the key is ${key.length} bytes; use at least 16 (e.g. hex: followed by \`openssl rand -hex 32\`)` },
    ]);
  }
  return { key: new Secret(key), id: env.AUDITMASK_CHAIN_KEY_ID || chainKeyId(key), source };
}

export function chainKeyId(key: Buffer): string {
  return `c-${createHash('sha256').update('auditmask-chain-key-id\u0000').update(key).digest('hex').slice(0, 8)}`;
}

import { createHash } from 'node:crypto';
import { readKeyMaterial } from './key-material.js';
import { Secret } from '../core/secret.js';

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
  const found = readKeyMaterial({
    file: options.keyFile ?? env.AUDITMASK_CHAIN_KEY_FILE,
    envVar: options.envVar ?? 'AUDITMASK_CHAIN_KEY',
    env,
    label: 'chain key',
    fileHint: 'check the path',
    example: 'e.g. hex: followed by `openssl rand -hex 32`',
  });
  if (found === undefined) return undefined;
  const { key, source } = found;
  return { key: new Secret(key), id: env.AUDITMASK_CHAIN_KEY_ID || chainKeyId(key), source };
}

export function chainKeyId(key: Buffer): string {
  return `c-${createHash('sha256').update('auditmask-chain-key-id\u0000').update(key).digest('hex').slice(0, 8)}`;
}

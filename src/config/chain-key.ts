import { createHash } from 'node:crypto';
import { z } from 'zod';
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

/**
 * Where a sink's `chain:` options find the chain key (`key_file`, `key_env`), read by
 * readChainKey: the fields the file and Kafka sinks share.
 */
export const chainKeyOptionFields = {
  key_file: z
    .string()
    .min(1)
    .optional()
    .describe('File holding the chain key (`hex:…`, `base64:…` or raw, at least 16 bytes). Takes precedence over `key_env`.'),
  key_env: z
    .string()
    .min(1)
    .default('AUDITMASK_CHAIN_KEY')
    .describe('Environment variable holding the chain key when no `key_file` is set (AUDITMASK_CHAIN_KEY_FILE is also honoured).'),
};

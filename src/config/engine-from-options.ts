// Building an engine from the options the CLI commands share (a policy file, a key file): the
// policy and key loaded as every command loads them. In config/ (not cli/) because the vault's
// engine, one layer below the CLI, is built on it.
import { readHmacKey, randomHmacKey, type HmacKey } from './hmac-key.js';
import { createEngine, defaultPolicy, type LoadedPolicy } from '../engine/create.js';
import type { Engine } from '../engine/engine.js';

export interface EngineOptions {
  policy?: string;
  keyFile?: string;
}

/**
 * Loads policy and key as the CLI commands do; says on stderr when the key is random, unless
 * `tokensShown` is false (`scan` prints counts, no token: the key does not matter to its reader).
 * The policy parser (and its schema library) is loaded only for a policy file: without one, a
 * command starts on the built-in policy alone.
 */
export async function engineFromOptions(
  opts: EngineOptions,
  stderr: NodeJS.WritableStream,
  tokensShown = true,
): Promise<{ engine: Engine; policy: LoadedPolicy; key: HmacKey }> {
  const policy = opts.policy ? (await import('../engine/policy/load.js')).loadPolicyFile(opts.policy) : defaultPolicy();
  let key = readHmacKey(opts.keyFile ? { keyFile: opts.keyFile } : {});
  if (key === undefined) {
    key = randomHmacKey();
    if (tokensShown)
      stderr.write(
        `auditmask: no token key configured (AUDITMASK_HMAC_KEY, AUDITMASK_HMAC_KEY_FILE or --key-file): using a random key for this run (id ${key.id}); tokens will not match those of other runs\n`,
      );
  }
  return { engine: createEngine({ policy, key: key.key.reveal(), keyId: key.id }), policy, key };
}

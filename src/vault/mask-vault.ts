import { ConfigError } from '../core/errors.js';
import type { Engine } from '../engine/index.js';
import { recipientProblem } from '../quarantine/keys.js';
import { QuarantineSealer } from '../quarantine/seal.js';
import { engineFromOptions, type EngineOptions } from '../config/engine-from-options.js';
import type { HmacKey } from '../config/hmac-key.js';
import { type VaultOptions, vaultAsked } from './options.js';
import { recordingEngine } from './recording-tokenizer.js';
import { vaultEntities } from './entities.js';
import { VaultFileWriter } from './vault-file.js';

export type { VaultOptions } from './options.js';

/**
 * The engine for a CLI command, with a vault when asked: the same tokens either way; with a vault,
 * the pairs of the chosen types are collected for `vault.flush()`. The vault is off by default
 * and needs --vault and --vault-recipient; the types come from the policy's `vault.entities`
 * (or the deprecated --vault-entities). A ConfigError names everything missing.
 */
export async function engineWithVault(
  opts: EngineOptions & VaultOptions,
  stderr: NodeJS.WritableStream,
): Promise<{ engine: Engine; key: HmacKey; vault?: VaultFileWriter }> {
  const base = await engineFromOptions(opts, stderr);
  if (!vaultAsked(opts)) return { engine: base.engine, key: base.key };
  const recipients = opts.vaultRecipient ?? [];
  const legacy = (opts.vaultEntities ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  let entities: string[] = [];
  const issues: { path: string; message: string }[] = [];
  try {
    const resolved = vaultEntities(base.policy.policy, legacy, '--vault-entities');
    entities = resolved.entities;
    if (resolved.deprecated)
      stderr.write('auditmask: --vault-entities is deprecated: name the types in the policy (vault: { entities: [...] })\n');
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    issues.push(...err.issues);
  }
  issues.push(
    ...(opts.vault ? [] : [{ path: '--vault', message: 'give the vault file' }]),
    ...(recipients.length > 0 ? [] : [{ path: '--vault-recipient', message: 'give the re-identification recipient (age1…)' }]),
    ...recipients.flatMap((r, i) => {
      const p = recipientProblem(r);
      return p ? [{ path: `--vault-recipient[${i}]`, message: p }] : [];
    }),
  );
  if (issues.length > 0) throw new ConfigError(undefined, issues);
  const vault = new VaultFileWriter(opts.vault as string, new QuarantineSealer(recipients), base.key.id);
  const engine = recordingEngine(base.policy, base.key.key.reveal(), base.key.id, entities, (entity, value, token) =>
    vault.add(entity, value, token),
  );
  return { engine, key: base.key, vault };
}

import { ConfigError } from '../core/errors.js';
import type { Policy } from '../engine/policy/schema.js';

/** The entity types a vault keeps, and whether they came from the deprecated place. */
export interface VaultEntities {
  entities: string[];
  /** True when they came from `legacyPath` (run config `vault.entities`, `--vault-entities`) only. */
  deprecated: boolean;
}

/**
 * Which entity types the token vault keeps. The policy says it (`vault.entities`); the older
 * place beside the vault file (`legacy`, named `legacyPath` in messages) is still read as a
 * deprecated alias. Both given and different is a config error (two answers to one question);
 * neither is a config error too, since a vault that keeps nothing is a mistake. Throws ConfigError.
 */
export function vaultEntities(policy: Policy, legacy: readonly string[] | undefined, legacyPath: string): VaultEntities {
  const fromPolicy = policy.vault?.entities;
  const fromLegacy = legacy && legacy.length > 0 ? [...legacy] : undefined;
  if (fromPolicy && fromLegacy && !sameSet(fromPolicy, fromLegacy)) {
    throw new ConfigError(undefined, [
      {
        path: legacyPath,
        message: `names [${fromLegacy.join(', ')}] but the policy's vault.entities names [${fromPolicy.join(', ')}]; the policy decides: remove ${legacyPath} (deprecated)`,
      },
    ]);
  }
  if (fromPolicy) return { entities: [...fromPolicy], deprecated: false };
  if (fromLegacy) return { entities: fromLegacy, deprecated: true };
  throw new ConfigError(undefined, [
    {
      path: legacyPath,
      message: 'the vault keeps no entity type: name them in the policy, e.g. `vault: { entities: [EMAIL, PERSON] }`',
    },
  ]);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

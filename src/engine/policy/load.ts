import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from '../../core/errors.js';
import { parseYamlWithSchema } from '../../core/yaml-schema.js';
import { checkPolicy } from './check.js';
import { ENGINE_VERSION } from '../version.js';
import { policySchema, type Policy } from './schema.js';

// Kept for code written against the old place (branches in flight); import from src/core/yaml-schema.ts.
export { formatPath, parseYamlWithSchema, type SemanticIssue } from '../../core/yaml-schema.js';

export interface LoadedPolicy {
  policy: Policy;
  /** `sha256:` + 16 hex of the engine version and the policy with defaults applied. */
  hash: string;
  /** Where it came from, for messages: a path or `built-in default`. */
  source: string;
}

/** Derived from the catalog and the engine (src/engine/version.ts); part of every policy hash. */
export { ENGINE_VERSION } from '../version.js';

export function policyFromText(text: string, file?: string): LoadedPolicy {
  const policy = parseYamlWithSchema(text, policySchema, file, checkPolicy);
  return { policy, hash: policyHash(policy), source: file ?? 'inline' };
}

export function loadPolicyFile(file: string): LoadedPolicy {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(file, [
      {
        path: '',
        message: `cannot read the policy file (${(err as NodeJS.ErrnoException).code ?? 'error'}): check the path and permissions`,
      },
    ]);
  }
  return policyFromText(text, file);
}

export function defaultPolicy(): LoadedPolicy {
  const policy = policySchema.parse({});
  return { policy, hash: policyHash(policy), source: 'built-in default' };
}

/** `sha256:` + 16 hex of the engine version and the policy (exported for tests: another version, another hash). */
export function policyHash(policy: Policy, engineVersion: string = ENGINE_VERSION): string {
  return `sha256:${createHash('sha256').update(`auditmask-engine-${engineVersion}\n`).update(canonicalJson(policy)).digest('hex').slice(0, 16)}`;
}

/** JSON with sorted object keys, so that equal policies hash equally whatever their key order. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

// A policy as the engine takes it (parsed, defaults applied) and its hash. No schema library here:
// the built-in policy (builtin.ts) reaches the engine without the policy parser (load.ts, zod).
import { createHash } from 'node:crypto';
import { ENGINE_VERSION } from '../version.js';
import type { Policy } from './schema.js';

export interface LoadedPolicy {
  policy: Policy;
  /** `sha256:` + 16 hex of the engine version and the policy with defaults applied. */
  hash: string;
  /** Where it came from, for messages: a path or `built-in default`. */
  source: string;
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

import { readFileSync } from 'node:fs';
import { ConfigError } from '../../core/errors.js';
import { parseYamlWithSchema } from '../../core/yaml-schema.js';
import { checkPolicy } from './check.js';
import { type LoadedPolicy, policyHash } from './loaded-policy.js';
import { policySchema } from './schema.js';

// Reading a policy file or text through the schema (zod). The built-in policy and the hash need no
// parser: they live in builtin.ts and loaded-policy.ts, re-exported here for existing callers.
export { defaultPolicy } from './builtin.js';
export { canonicalJson, type LoadedPolicy, policyHash } from './loaded-policy.js';
/** Derived from the catalog and the engine (src/engine/version.ts); part of every policy hash. */
export { ENGINE_VERSION } from '../version.js';

// Kept for code written against the old place (branches in flight); import from src/core/yaml-schema.ts.
export { formatPath, parseYamlWithSchema, type SemanticIssue } from '../../core/yaml-schema.js';

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

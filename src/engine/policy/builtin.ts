// The built-in policy, written out as the policy parser makes it from an empty file
// (`policySchema.parse({})`, src/engine/policy/schema.ts), so that a command run without --policy
// does not load the parser and its schema library (zod) at start-up. The same object, key order
// included (`policy show` prints it), and the same hash: test/unit/engine/builtin-policy.test.ts
// compares both with the parser's output, so a changed schema default fails that test until this
// file follows it.
import { type LoadedPolicy, policyHash } from './loaded-policy.js';
import { DEFAULT_ALLOW_PATHS } from './default-allow-paths.js';
import type { Policy } from './schema.js';

/** A fresh copy on every call: a caller may change its copy without changing anyone else's. */
function builtinPolicy(): Policy {
  return {
    version: 1,
    keys: { enabled: true, extra: [], ignore: [] },
    detectors: { disabled: [], phone_regions: ['US', 'GB', 'DE', 'FR', 'IN', 'BR', 'CA', 'AU', 'ES', 'IT', 'NL'] },
    actions: { default: 'token', entities: {} },
    paths: [],
    rules: [],
    allow: {
      values: [],
      patterns: [],
      paths: [...DEFAULT_ALLOW_PATHS],
    },
    limits: { max_depth: 64, max_string_bytes: 8388608 },
    evidence: { field: '_auditmask' },
    structure: {
      json_strings: true,
      json_max_nesting: 4,
      urls: true,
      headers: true,
      sql: true,
      sql_all_literals: false,
      key_value: true,
      csv: true,
      command_lines: true,
      hl7: true,
      x12: true,
      fhir: true,
      genai: true,
    },
  };
}

/** The policy in force when none is given. */
export function defaultPolicy(): LoadedPolicy {
  const policy = builtinPolicy();
  return { policy, hash: policyHash(policy), source: 'built-in default' };
}

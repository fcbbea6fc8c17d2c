import { BUILTIN_DETECTOR_IDS } from '../detect/catalog.js';
import { compileLinearRegex } from './linear-regex.js';
import { parsePathPattern } from './path-pattern.js';
import { MAX_CUSTOM_RULES } from './rule-gate.js';
import type { SemanticIssue } from './load.js';
import type { Policy } from './schema.js';

/** Checks what the schema cannot: regexes compile on the linear-time engine, ids and paths exist. */
export function checkPolicy(policy: Policy): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  policy.detectors.disabled.forEach((id, i) => {
    if (!BUILTIN_DETECTOR_IDS.includes(id)) {
      issues.push({
        path: ['detectors', 'disabled', i],
        message: `no built-in detector "${id}"; known: ${BUILTIN_DETECTOR_IDS.join(', ')}`,
      });
    }
  });
  if (policy.rules.length > MAX_CUSTOM_RULES) {
    issues.push({
      path: ['rules'],
      message: `${policy.rules.length} custom rules; at most ${MAX_CUSTOM_RULES} are supported: merge rules of one entity into one pattern (a|b|c)`,
    });
  }
  const seen = new Set<string>();
  policy.rules.forEach((rule, i) => {
    if (seen.has(rule.id)) issues.push({ path: ['rules', i, 'id'], message: `duplicate rule id "${rule.id}"; give each rule its own id` });
    seen.add(rule.id);
    const err = compileLinearRegex(rule.pattern, rule.case_insensitive).error;
    if (err) issues.push({ path: ['rules', i, 'pattern'], message: err });
  });
  policy.allow.patterns.forEach((p, i) => {
    const err = compileLinearRegex(p, false).error;
    if (err) issues.push({ path: ['allow', 'patterns', i], message: err });
  });
  policy.allow.paths.forEach((p, i) => {
    const err = parsePathPattern(p).error;
    if (err) issues.push({ path: ['allow', 'paths', i], message: err });
  });
  policy.paths.forEach((p, i) => {
    const err = parsePathPattern(p.path).error;
    if (err) issues.push({ path: ['paths', i, 'path'], message: err });
  });
  return issues;
}

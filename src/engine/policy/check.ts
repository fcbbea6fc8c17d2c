import { didYouMean } from '../../core/suggest.js';
import { BUILTIN_DETECTOR_IDS } from '../detect/catalog.js';
import { compileLinearRegex } from './linear-regex.js';
import type { SemanticIssue } from '../../core/yaml-schema.js';
import { parsePathPattern } from './path-pattern.js';
import { MAX_CUSTOM_RULES } from './rule-gate.js';
import type { Policy } from './schema.js';

/**
 * Checks what the schema cannot: regexes compile on the linear-time engine, ids and paths exist.
 *
 * Also called on the raw YAML data when the schema failed (so every problem is reported in one
 * round): it reads every part defensively and skips what does not have the expected shape.
 */
export function checkPolicy(policy: Policy): SemanticIssue[] {
  const raw = policy as unknown as Record<string, unknown>;
  const issues: SemanticIssue[] = [];
  strings(field(raw.detectors, 'disabled')).forEach(([id, i]) => {
    if (!BUILTIN_DETECTOR_IDS.includes(id)) {
      issues.push({
        path: ['detectors', 'disabled', i],
        message: `no built-in detector "${id}"${didYouMean(id, BUILTIN_DETECTOR_IDS) || '; `auditmask rules` lists them'}`,
      });
    }
  });
  const rules = Array.isArray(raw.rules) ? (raw.rules as unknown[]) : [];
  if (rules.length > MAX_CUSTOM_RULES) {
    issues.push({
      path: ['rules'],
      message: `${rules.length} custom rules; at most ${MAX_CUSTOM_RULES} are supported: merge rules of one entity into one pattern (a|b|c)`,
    });
  }
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    const rule = (r ?? {}) as Record<string, unknown>;
    if (typeof rule.id === 'string') {
      if (seen.has(rule.id))
        issues.push({ path: ['rules', i, 'id'], message: `duplicate rule id "${rule.id}"; give each rule its own id` });
      seen.add(rule.id);
    }
    if (typeof rule.pattern === 'string' && rule.pattern !== '') {
      const err = compileLinearRegex(rule.pattern, rule.case_insensitive === true).error;
      if (err) issues.push({ path: ['rules', i, 'pattern'], message: err });
    }
  });
  strings(field(raw.allow, 'patterns')).forEach(([p, i]) => {
    const err = compileLinearRegex(p, false).error;
    if (err) issues.push({ path: ['allow', 'patterns', i], message: err });
  });
  strings(field(raw.allow, 'paths')).forEach(([p, i]) => {
    const err = parsePathPattern(p).error;
    if (err) issues.push({ path: ['allow', 'paths', i], message: err });
  });
  (Array.isArray(raw.paths) ? (raw.paths as unknown[]) : []).forEach((p, i) => {
    const path = (p as Record<string, unknown> | null)?.path;
    if (typeof path !== 'string') return;
    const err = parsePathPattern(path).error;
    if (err) issues.push({ path: ['paths', i, 'path'], message: err });
  });
  return issues;
}

function field(parent: unknown, name: string): unknown {
  return parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>)[name] : undefined;
}

/** The string entries of a list with their indexes; anything else is skipped. */
function strings(list: unknown): [string, number][] {
  if (!Array.isArray(list)) return [];
  const out: [string, number][] = [];
  list.forEach((x, i) => {
    if (typeof x === 'string') out.push([x, i]);
  });
  return out;
}

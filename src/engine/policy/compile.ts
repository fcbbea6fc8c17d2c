import { builtinDetectors } from '../detect/catalog.js';
import { KeywordIndex } from '../detect/keyword-index.js';
import { STRUCTURE_KEYWORDS } from '../structure/index.js';
import type { StructureOptions } from '../structure/types.js';
import { BUILTIN_KEY_RULES, KeyClassifier } from '../detect/keys.js';
import type { ValueDetector } from '../detect/types.js';
import type { Action } from '../../core/evidence.js';
import { compileLinearRegex, type LinearRegex } from './linear-regex.js';
import type { LoadedPolicy } from './loaded-policy.js';
import { parsePathPattern, type PathPattern } from './path-pattern.js';
import { RULE_GATE_MIN_RULES, RuleGate } from './rule-gate.js';

export interface CustomRule {
  id: string;
  entity: string;
  regex: LinearRegex;
  /** Lower-cased prefilter keywords; empty = always run. */
  keywords: string[];
  action: Action | undefined;
}

/**
 * A policy ready for the hot path: detectors built, patterns compiled, lookups as sets. Built once
 * per worker (compiling RE2 patterns and phone metadata is not free), then shared by every record.
 */
export interface CompiledPolicy {
  hash: string;
  keys: KeyClassifier | null;
  detectors: ValueDetector[];
  /** The detectors' keywords in one search (indexes as in `detectors`). */
  keywordIndex: KeywordIndex;
  rules: CustomRule[];
  /** Which custom rules can match a text (one pass per RE2 set); absent for a few rules. */
  ruleGate: RuleGate | undefined;
  actionFor(entity: string): Action;
  allowValues: ReadonlySet<string>;
  allowPatterns: LinearRegex[];
  /** Field names never inspected, wherever they stand. */
  allowNames: ReadonlySet<string>;
  /** Multi-segment allow paths, matched against the full path. */
  allowPaths: PathPattern[];
  /** Per-path action overrides; the last matching wins. */
  pathActions: { pattern: PathPattern; action: Action }[];
  maxDepth: number;
  maxStringBytes: number;
  evidenceField: string;
  /** The `structure:` section (structure-aware masking switches). */
  structure: StructureOptions;
}

export function compilePolicy(loaded: LoadedPolicy): CompiledPolicy {
  const p = loaded.policy;
  const disabled = new Set(p.detectors.disabled);
  const entityActions = new Map<string, Action>(Object.entries(p.actions.entities) as [string, Action][]);
  const defaultAction = p.actions.default;
  const allowNames = new Set<string>();
  const allowPaths: PathPattern[] = [];
  for (const source of p.allow.paths) {
    const pattern = mustParse(source);
    if (pattern.bareName !== undefined) allowNames.add(pattern.bareName);
    else allowPaths.push(pattern);
  }
  const detectors = builtinDetectors({ phoneRegions: p.detectors.phone_regions }).filter((d) => !disabled.has(d.id));
  return {
    hash: loaded.hash,
    keys: p.keys.enabled
      ? new KeyClassifier([...BUILTIN_KEY_RULES, ...p.keys.extra.map((r) => ({ phrase: r.name, entity: r.entity }))], p.keys.ignore)
      : null,
    detectors,
    // The structure handlers' keywords ride along only when a handler that uses them is on.
    keywordIndex: new KeywordIndex(
      detectors,
      p.structure.sql || p.structure.headers || p.structure.key_value || p.structure.command_lines || p.structure.urls
        ? STRUCTURE_KEYWORDS
        : [],
    ),
    rules: p.rules.map((r) => ({
      id: r.id,
      entity: r.entity,
      regex: mustCompile(r.pattern, r.case_insensitive),
      keywords: r.keywords.map((k) => k.toLowerCase()),
      action: r.action,
    })),
    ruleGate:
      p.rules.length >= RULE_GATE_MIN_RULES
        ? new RuleGate(p.rules.map((r) => ({ pattern: r.pattern, caseInsensitive: r.case_insensitive })))
        : undefined,
    actionFor: (entity) => entityActions.get(entity) ?? defaultAction,
    allowValues: new Set(p.allow.values),
    allowPatterns: p.allow.patterns.map((s) => mustCompile(`^(?:${s})$`, false)),
    allowNames,
    allowPaths,
    pathActions: p.paths.map((r) => ({ pattern: mustParse(r.path), action: r.action })),
    maxDepth: p.limits.max_depth,
    maxStringBytes: p.limits.max_string_bytes,
    evidenceField: p.evidence.field,
    structure: p.structure,
  };
}

// The policy was checked at load (checkPolicy), so these cannot fail for a loaded policy.
function mustCompile(pattern: string, ci: boolean): LinearRegex {
  const { regex, error } = compileLinearRegex(pattern, ci);
  if (!regex) throw new Error(error);
  return regex;
}

function mustParse(source: string): PathPattern {
  const { pattern, error } = parsePathPattern(source);
  if (!pattern) throw new Error(error);
  return pattern;
}

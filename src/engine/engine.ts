import { RecordError } from '../errors.js';
import { isBenignShape, TextScan, type Span } from './detect/types.js';
import { isToken, replacement, TOKEN_PATTERN, type Action } from './mask/actions.js';
import { normalizeForEntity } from './mask/normalize.js';
import { type MemoFinding, ScanMemo } from './scan-memo.js';
import type { Tokenizer } from './mask/token.js';
import type { CompiledPolicy } from './policy/compile.js';
import { formatPath } from './policy/load.js';
import { matchPath } from './policy/path-pattern.js';
import {
  GENAI_STRUCTURAL_KEYS,
  isGenAiAttribute,
  type JsonHost,
  looksLikeJson,
  maskJsonString,
  StructureSpans,
} from './structure/index.js';

/** What was done at one place of a record. Never carries the value. */
export interface Finding {
  /** `user.email`, `rows[2].ssn`; empty for a text record. */
  path: string;
  entity: string;
  /** Detector id, `key` for a sensitive field name, `rule:<id>` for a custom rule. */
  detector: string;
  action: Action;
  /** How many consecutive findings of this kind at this path (absent = 1). */
  count?: number;
}

/** The evidence attached to every output record. */
export interface Evidence {
  v: 1;
  policy: string;
  key: string;
  findings: Finding[];
}

export interface MaskOutcome<T> {
  value: T;
  findings: Finding[];
}

/** Returned by the walk for a field that must disappear (`drop`). */
const DROP: unique symbol = Symbol('drop');
type Walked = unknown | typeof DROP;

/** Integers at least this large are scanned as text (card numbers stored as JSON numbers). */
const NUMERIC_SCAN_FLOOR = 1e11;
const MIN_SCAN_LENGTH = 3;

/**
 * The masking engine: pure, synchronous, no I/O. The same instance serves every record of a worker;
 * it is not re-entrant (one record at a time), which a synchronous caller cannot violate.
 */
export class Engine {
  readonly policy: CompiledPolicy;
  readonly tokenizer: Tokenizer;
  #findings: Finding[] = [];
  readonly #path: (string | number)[] = [];
  readonly #spans: Span[] = [];
  readonly #hasPathRules: boolean;
  /** Outcomes of recent scans, by input string (see ScanMemo). */
  readonly #memo = new ScanMemo();
  /** Scratch: detectors activated by keywords in the current string. */
  readonly #active: number[] = [];
  /** Scratch for KeywordIndex.activate, one slot per detector; all zero between strings. */
  readonly #keywordHits: Uint8Array;
  /**
   * The detectors without keywords, by the shared condition they require (ValueDetector.requires):
   * a string without a run of digits, or without a capital next to a digit, skips a whole group.
   */
  readonly #ungated: { always: number[]; numeric: number[]; capitalDigit: number[] };
  /** Structure span handlers (URL, headers, SQL, key=value); null when the policy turns them all off. */
  readonly #structureSpans: StructureSpans | null;
  readonly #jsonHost: JsonHost;
  #jsonOverride: Action | undefined;
  /** JSON-in-string levels open now, and GenAI message structures open now (role/type kept). */
  #jsonNesting = 0;
  #genai = 0;

  constructor(policy: CompiledPolicy, tokenizer: Tokenizer) {
    this.policy = policy;
    this.tokenizer = tokenizer;
    this.#hasPathRules = policy.allowPaths.length > 0 || policy.pathActions.length > 0;
    this.#keywordHits = new Uint8Array(policy.keywordIndex.slots);
    this.#ungated = { always: [], numeric: [], capitalDigit: [] };
    for (const i of policy.keywordIndex.ungated) {
      const requires = policy.detectors[i]!.requires;
      const group = requires === 'numeric' ? 'numeric' : requires === 'capital_digit' ? 'capitalDigit' : 'always';
      this.#ungated[group].push(i);
    }
    const spans = new StructureSpans(policy.structure, (name) => policy.keys?.classify(name)?.entity ?? null);
    this.#structureSpans = spans.enabled ? spans : null;
    this.#jsonHost = {
      walk: (v) => this.#walk(v, 0, null, this.#jsonOverride),
      findingsCount: () => this.#findings.length,
      truncateFindings: (n) => {
        this.#findings.length = n;
      },
    };
  }

  /**
   * Masks a decoded JSON value. Objects and arrays are changed in place (the caller hands over
   * ownership); a reserved evidence field at the root is removed. Throws RecordError
   * (`depth_exceeded`) for a record nested deeper than the policy allows.
   */
  maskValue(value: unknown): MaskOutcome<unknown> {
    this.#findings = [];
    this.#path.length = 0;
    this.#jsonNesting = 0;
    this.#genai = 0;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      delete (value as Record<string, unknown>)[this.policy.evidenceField];
    }
    const out = this.#walk(value, 0, null, undefined);
    return { value: out === DROP ? null : out, findings: this.#findings };
  }

  /** Masks free text (a line that is not JSON, an OTLP string body). `drop` acts as `redact` here. */
  maskText(text: string): MaskOutcome<string> {
    this.#findings = [];
    this.#path.length = 0;
    this.#jsonNesting = 0;
    this.#genai = 0;
    const out = this.#maskString(text, undefined, false);
    return { value: out as string, findings: this.#findings };
  }

  /**
   * Masks a string that is a field's value, with a known path (OTLP attributes, Avro fields,
   * Kafka keys). `key` is the field name for layer-1 rules. Findings are appended to `into`.
   */
  maskField(key: string, value: string, path: string, into: Finding[]): string | undefined {
    this.#findings = into;
    this.#path.length = 0;
    this.#jsonNesting = 0;
    this.#genai = 0;
    this.#path.push(path);
    const keyMatch = this.policy.allowNames.has(key) ? undefined : (this.policy.keys?.classify(key) ?? null);
    if (keyMatch === undefined) return value;
    const out = keyMatch ? this.#whole(value, keyMatch.entity, 'key', undefined) : this.#maskString(value, undefined, true);
    return out === DROP ? undefined : (out as string);
  }

  evidence(findings: Finding[]): Evidence {
    return { v: 1, policy: this.policy.hash, key: this.tokenizer.keyId, findings };
  }

  #walk(value: unknown, depth: number, keyEntity: string | null, override: Action | undefined): Walked {
    if (typeof value === 'string') {
      return keyEntity !== null ? this.#whole(value, keyEntity, 'key', override) : this.#maskString(value, override, true);
    }
    if (typeof value === 'number') {
      if (keyEntity !== null) return this.#whole(String(value), keyEntity, 'key', override, value);
      if (Number.isInteger(value) && Math.abs(value) >= NUMERIC_SCAN_FLOOR) {
        const text = String(value);
        const out = this.#maskString(text, override, true);
        return out === text ? value : out;
      }
      return value;
    }
    if (value === null || typeof value !== 'object') return value;
    if (depth >= this.policy.maxDepth) {
      throw new RecordError(
        'depth_exceeded',
        `record is nested deeper than limits.max_depth (${this.policy.maxDepth}); raise the limit or fix the producer`,
      );
    }
    const path = this.#path;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        const ov = this.#hasPathRules ? this.#pathOverride(override) : override;
        if (ov !== ALLOWED) {
          const out = this.#walk(value[i], depth + 1, keyEntity, ov);
          if (out === DROP) value[i] = null;
          else if (out !== value[i]) value[i] = out;
        }
        path.pop();
      }
      return value;
    }
    const obj = value as Record<string, unknown>;
    const policy = this.policy;
    for (const k in obj) {
      if (policy.allowNames.has(k)) continue;
      if (this.#genai > 0 && GENAI_STRUCTURAL_KEYS.has(k)) continue;
      path.push(k);
      const ov = this.#hasPathRules ? this.#pathOverride(override) : override;
      if (ov !== ALLOWED) {
        const entity = keyEntity ?? policy.keys?.classify(k)?.entity ?? null;
        const v = obj[k];
        // A GenAI attribute given as structure (not as a JSON string): keep its role/type fields.
        const genai = typeof v === 'object' && v !== null && k.charCodeAt(0) === 103 && policy.structure.genai && isGenAiAttribute(k);
        if (genai) this.#genai++;
        const out = this.#walk(v, depth + 1, entity, ov);
        if (genai) this.#genai--;
        if (out === DROP) delete obj[k];
        else if (out !== v) obj[k] = out;
      }
      path.pop();
    }
    return obj;
  }

  /** Allow-path and per-path action for the field at the current path. */
  #pathOverride(inherited: Action | undefined): Action | undefined | typeof ALLOWED {
    const path = this.#path;
    for (const p of this.policy.allowPaths) if (matchPath(p, path)) return ALLOWED;
    let action = inherited;
    for (const r of this.policy.pathActions) if (matchPath(r.pattern, path)) action = r.action;
    return action;
  }

  /** A whole value marked by its field name. `original` is returned unchanged for `keep`. */
  #whole(text: string, entity: string, detector: string, override: Action | undefined, original: unknown = text): Walked {
    if (text.length === 0 || isToken(text) || this.policy.allowValues.has(text)) return original;
    const action = override ?? this.policy.actionFor(entity);
    this.#record(entity, detector, action);
    if (action === 'keep') return original;
    if (action === 'drop') return DROP;
    return replacement(action, entity, normalizeForEntity(entity, text), this.tokenizer);
  }

  #maskString(s: string, override: Action | undefined, dropAllowed: boolean): Walked {
    if (s.length < MIN_SCAN_LENGTH) return s;
    const policy = this.policy;
    if (s.length > policy.maxStringBytes / 3 && Buffer.byteLength(s) > policy.maxStringBytes) {
      const action = override ?? policy.actionFor('OVERSIZE_TEXT');
      this.#record('OVERSIZE_TEXT', 'limits', action === 'keep' ? 'redact' : action);
      return action === 'drop' && dropAllowed ? DROP : '<OVERSIZE_TEXT>';
    }
    if (isBenignShape(s)) return s;
    if (looksLikeJson(s)) {
      const json = this.#maskJson(s, override);
      if (json !== undefined) return json;
    }
    const memo = this.#memo;
    const slot = memo.slot(s);
    if (memo.holds(slot, s)) {
      const recorded = memo.findings(slot);
      if (recorded.length === 0) return s;
      if (override === undefined) {
        for (const f of recorded) this.#record(f.entity, f.detector, f.action);
        return memo.output(slot);
      }
    }
    const chosen = this.#scan(s);
    if (chosen.length === 0) {
      memo.offer(slot, s, s);
      return s;
    }
    let out = '';
    let at = 0;
    const recorded: MemoFinding[] | null = slot >= 0 && override === undefined ? [] : null;
    for (const span of chosen) {
      const ruleAction = span.detector.startsWith('rule:') ? policy.rules.find((r) => `rule:${r.id}` === span.detector)?.action : undefined;
      let action = override ?? ruleAction ?? policy.actionFor(span.entity);
      if (action === 'drop' && !dropAllowed) action = 'redact';
      this.#record(span.entity, span.detector, action);
      if (action === 'drop') return DROP;
      recorded?.push({ entity: span.entity, detector: span.detector, action });
      if (action === 'keep') continue;
      out += s.slice(at, span.start) + replacement(action, span.entity, span.normalized, this.tokenizer);
      at = span.end;
    }
    const result = at === 0 ? s : out + s.slice(at);
    // Only the answer without an action override, and not one where `drop` became `redact`
    // (dropAllowed false), is the answer for every place the string may come again.
    if (recorded !== null && (dropAllowed || !recorded.some((f) => f.action === 'redact'))) memo.offer(slot, s, result, recorded);
    return result;
  }

  /** Every detector, custom rule and structure handler over `s`: the spans to mask, by start. */
  #scan(s: string): Span[] {
    const policy = this.policy;
    const scan = new TextScan(s);
    const spans = this.#spans;
    spans.length = 0;
    const detectors = policy.detectors;
    // Detectors without keywords, then those whose keyword occurs; order does not matter here,
    // spans carry their detector's priority.
    const index = policy.keywordIndex;
    const plan = this.#ungated;
    for (const i of plan.always) {
      const d = detectors[i]!;
      if (d.prefilter(scan)) d.find(scan, spans, i);
    }
    if (plan.numeric.length > 0 && scan.numeric) {
      for (const i of plan.numeric) {
        const d = detectors[i]!;
        if (d.prefilter(scan)) d.find(scan, spans, i);
      }
    }
    if (plan.capitalDigit.length > 0 && scan.capitalDigit) {
      for (const i of plan.capitalDigit) {
        const d = detectors[i]!;
        if (d.prefilter(scan)) d.find(scan, spans, i);
      }
    }
    // Bits of the structure handlers' keyword sets (STRUCTURE_KEYWORDS) found in the same pass.
    let structureKeywords = 0;
    if (index.size > 0) {
      const active = this.#active;
      active.length = 0;
      index.activate(scan, this.#keywordHits, active);
      for (const i of active) {
        this.#keywordHits[i] = 0;
        if (i >= detectors.length) {
          structureKeywords |= 1 << (i - detectors.length);
          continue;
        }
        const d = detectors[i]!;
        if (d.prefilter(scan)) d.find(scan, spans, i);
      }
    }
    if (policy.rules.length > 0) this.#customRules(scan, spans, detectors.length);
    // Structure spans rank after every detector: where both cover the same text, the detector's wins.
    if (this.#structureSpans !== null) this.#structureSpans.find(scan, spans, detectors.length + 1, structureKeywords);
    return spans.length === 0 ? spans : selectSpans(spans, s, policy.allowValues, policy.allowPatterns);
  }

  /**
   * JSON held in a string (layer 2): masked inside and re-serialised, or undefined to scan it as
   * text. Opened when `structure.json_strings` is on, or under a GenAI attribute when
   * `structure.genai` is on; at most `structure.json_max_nesting` levels deep.
   */
  #maskJson(s: string, override: Action | undefined): string | undefined {
    const st = this.policy.structure;
    if (this.#jsonNesting >= st.json_max_nesting) return undefined;
    let genai = false;
    if (st.genai && this.#genai === 0) {
      const key = this.#path[this.#path.length - 1];
      genai = typeof key === 'string' && isGenAiAttribute(key);
    }
    if (!st.json_strings && !genai && this.#genai === 0) return undefined;
    const savedOverride = this.#jsonOverride;
    this.#jsonOverride = override;
    this.#jsonNesting++;
    if (genai) this.#genai++;
    try {
      return maskJsonString(s, this.#jsonHost);
    } finally {
      this.#jsonNesting--;
      if (genai) this.#genai--;
      this.#jsonOverride = savedOverride;
    }
  }

  #customRules(scan: TextScan, out: Span[], priority: number): void {
    const rules = this.policy.rules;
    // Many rules: only those an RE2 set pass says can match run (src/engine/policy/rule-gate.ts).
    const gate = this.policy.ruleGate;
    const order = gate === undefined ? undefined : gate.candidates(scan.text);
    const n = order === undefined ? rules.length : order.length;
    for (let i = 0; i < n; i++) {
      const rule = rules[order === undefined ? i : (order[i] as number)] as (typeof rules)[number];
      if (rule.keywords.length > 0) {
        const lower = scan.lower();
        if (!rule.keywords.some((k) => lower.includes(k))) continue;
      }
      const re = rule.regex;
      re.lastIndex = 0;
      for (let m = re.exec(scan.text); m !== null; m = re.exec(scan.text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          entity: rule.entity,
          detector: `rule:${rule.id}`,
          normalized: m[0],
          priority,
        });
      }
    }
  }

  #record(entity: string, detector: string, action: Action): void {
    const path = formatPath(this.#path);
    const last = this.#findings[this.#findings.length - 1];
    if (last && last.path === path && last.entity === entity && last.detector === detector && last.action === action) {
      last.count = (last.count ?? 1) + 1;
      return;
    }
    this.#findings.push({ path, entity, detector, action });
  }
}

const ALLOWED: unique symbol = Symbol('allowed');

/**
 * Resolves overlaps (the lower priority number wins, then the longer span), drops spans inside
 * tokens this engine wrote earlier and allowlisted values. Returns spans sorted by start.
 */
function selectSpans(
  spans: Span[],
  text: string,
  allowValues: ReadonlySet<string>,
  allowPatterns: readonly { test(s: string): boolean }[],
): Span[] {
  spans.sort((a, b) => a.start - b.start || a.priority - b.priority || b.end - a.end);
  const chosen: Span[] = [];
  for (const span of spans) {
    const last = chosen[chosen.length - 1];
    if (last !== undefined && span.start < last.end) {
      if (span.priority < last.priority || (span.priority === last.priority && span.end - span.start > last.end - last.start)) {
        chosen[chosen.length - 1] = span;
      }
      continue;
    }
    chosen.push(span);
  }
  let protectedRanges: [number, number][] | undefined;
  if (text.includes('<')) {
    protectedRanges = [];
    TOKEN_PATTERN.lastIndex = 0;
    for (let m = TOKEN_PATTERN.exec(text); m !== null; m = TOKEN_PATTERN.exec(text)) protectedRanges.push([m.index, m.index + m[0].length]);
  }
  if (protectedRanges === undefined && allowValues.size === 0 && allowPatterns.length === 0) return chosen;
  return chosen.filter((span) => {
    if (protectedRanges?.some(([a, b]) => span.start < b && a < span.end)) return false;
    const value = text.slice(span.start, span.end);
    if (allowValues.has(value)) return false;
    for (const p of allowPatterns) {
      (p as { lastIndex?: number }).lastIndex = 0;
      if (p.test(value)) return false;
    }
    return true;
  });
}

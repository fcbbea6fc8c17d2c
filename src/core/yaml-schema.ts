// The ground floor (src/core/): imports nothing of ours but errors.ts, format-path.ts and suggest.ts of
// the same folder, so config/, replay/ and the engine can all use it without importing each other.
import { isMap, isSeq, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ConfigError, type ConfigIssue } from './errors.js';
import { formatPath } from './format-path.js';
import { didYouMean } from './suggest.js';

/**
 * Reads YAML against a zod schema and reports every problem at once, each with its dotted path,
 * its line and column in the file, and what would fix it. Shared by the policy and the run config.
 */
export function parseYamlWithSchema<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string | undefined,
  check?: (data: z.output<S>) => SemanticIssue[],
): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          path: '',
          ...(pos ? { line: pos.line, column: pos.col } : {}),
          message: `YAML syntax: ${e.message.split('\n')[0]} (fix the indentation or quoting on that line)`,
        };
      }),
    );
  }
  const data: unknown = doc.toJS() ?? {};
  const result = schema.safeParse(data);
  const toIssues = (semantic: SemanticIssue[]): ConfigIssue[] =>
    semantic.map((i) => ({ path: formatPath(i.path), ...locate(doc, lineCounter, i.path), message: i.message }));
  if (result.success) {
    const semantic = check?.(result.data) ?? [];
    if (semantic.length === 0) return result.data;
    throw new ConfigError(file, toIssues(semantic));
  }
  const issues: ConfigIssue[] = [];
  // Schema problems do not hide the others: the semantic checks also run on the raw data (they
  // read it defensively), so one round of fixes is enough (issue 16). A check that cannot read a
  // malformed part skips it: the schema issue already names that part.
  const reported = new Set(result.error.issues.map((i) => formatPath(i.path.filter((p): p is string | number => typeof p !== 'symbol'))));
  let semantic: SemanticIssue[] = [];
  try {
    semantic = check?.(data as z.output<S>) ?? [];
  } catch {
    semantic = [];
  }
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const known = knownKeys(schema, path, data);
        const hint = didYouMean(key, known) || (known.length > 0 && known.length <= 8 ? `; allowed here: ${known.join(', ')}` : '');
        issues.push({
          path: formatPath([...path, key]),
          ...locate(doc, lineCounter, path, key),
          message: `unknown key${hint}`,
        });
      }
      continue;
    }
    issues.push({ path: formatPath(path), ...locate(doc, lineCounter, path), message: issue.message });
  }
  issues.push(...toIssues(semantic).filter((i) => !reported.has(i.path)));
  throw new ConfigError(file, issues);
}

/** A problem found after the schema passed (a regex that does not compile, an unknown detector id). */
export interface SemanticIssue {
  path: (string | number)[];
  message: string;
}

export { formatPath };

function locate(doc: Document, lc: LineCounter, path: readonly (string | number)[], key?: string): { line?: number; column?: number } {
  let node: unknown = doc.contents;
  let best: unknown = node;
  const steps = key === undefined ? path : [...path, key];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === step);
      if (pair === undefined) break;
      // For an unknown key point at the key itself; otherwise at the value.
      best = key !== undefined && i === steps.length - 1 ? pair.key : (pair.value ?? pair.key);
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
      if (node === undefined) break;
      best = node;
    } else break;
  }
  const range = (best as { range?: [number, number, number] } | null)?.range;
  if (!range) return {};
  const pos = lc.linePos(range[0]);
  return { line: pos.line, column: pos.col };
}

/** The keys an object schema at `path` allows, for "did you mean" (a union on `type`: the data's option). */
function knownKeys(schema: z.ZodType, path: readonly (string | number)[], data: unknown): string[] {
  let s: unknown = schema;
  let d: unknown = data;
  for (const step of path) {
    s = pickOption(unwrap(s), d);
    d = d !== null && typeof d === 'object' ? (d as Record<string | number, unknown>)[step] : undefined;
    const def = (s as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (def?.type === 'object' && typeof step === 'string') s = def.shape?.[step];
    else if (def?.type === 'array' && typeof step === 'number') s = def.element;
    else return [];
  }
  s = pickOption(unwrap(s), d);
  const def = (s as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** For a union of objects told apart by `type` (components), the option of the data's `type`. */
function pickOption(s: unknown, data: unknown): unknown {
  const def = (s as { def?: { type?: string; options?: unknown[] } } | undefined)?.def;
  if (def?.type !== 'union' || !Array.isArray(def.options)) return s;
  const type = (data as { type?: unknown } | null)?.type;
  const match = def.options.find((o) => {
    const literal = (unwrap(o) as { def?: { shape?: { type?: { def?: { values?: unknown[] } } } } }).def?.shape?.type;
    return (unwrap(literal) as { def?: { values?: unknown[] } } | undefined)?.def?.values?.includes(type);
  });
  return match ?? s;
}

function unwrap(s: unknown): unknown {
  let cur = s as { def?: { type?: string; innerType?: unknown } } | undefined;
  while (cur?.def && ['default', 'prefault', 'optional', 'nullable', 'readonly'].includes(cur.def.type ?? '')) {
    cur = cur.def.innerType as typeof cur;
  }
  return cur;
}

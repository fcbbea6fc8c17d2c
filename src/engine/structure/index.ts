import type { Span, TextScan } from '../detect/types.js';
import { headerSpans } from './headers.js';
import { keyValueSpans } from './kv.js';
import { sqlSpans } from './sql.js';
import type { SpanContext, StructureOptions } from './types.js';
import { urlSpans } from './url.js';

export { GENAI_STRUCTURAL_KEYS, isGenAiAttribute } from './genai.js';
export { looksLikeJson, maskJsonString, type JsonHost } from './json-string.js';
export type { StructureOptions } from './types.js';

/** Defaults of the policy's `structure:` section (every handler on; SQL literals only where sensitive). */
export const DEFAULT_STRUCTURE: StructureOptions = {
  json_strings: true,
  json_max_nesting: 4,
  urls: true,
  headers: true,
  sql: true,
  sql_all_literals: false,
  key_value: true,
  genai: true,
};

/**
 * The span handlers a policy enables, each behind a gate of native `indexOf` calls so that a
 * string without `=`, `:`, `?` or a quote costs nothing more.
 */
export class StructureSpans {
  readonly #options: StructureOptions;
  readonly #ctx: SpanContext;
  readonly enabled: boolean;

  constructor(options: StructureOptions, classifyKey: (name: string) => string | null) {
    this.#options = options;
    this.#ctx = { classifyKey, out: [], priority: 0 };
    this.enabled = options.urls || options.headers || options.sql || options.key_value;
  }

  /** Appends the handlers' spans for `scan` to `out` at `priority` (after every detector). */
  find(scan: TextScan, out: Span[], priority: number): void {
    const o = this.#options;
    const text = scan.text;
    const ctx = this.#ctx;
    ctx.out = out;
    ctx.priority = priority;
    const eq = text.indexOf('=') >= 0;
    if (o.urls && eq && (text.indexOf('?') >= 0 || text.indexOf('#') >= 0)) urlSpans(scan, ctx);
    if (o.key_value && eq) keyValueSpans(scan, ctx);
    if (o.headers && text.indexOf(':') >= 0) headerSpans(scan, ctx);
    if (o.sql && text.length >= 12 && (text.indexOf("'") >= 0 || scan.digits > 0) && text.indexOf(' ') >= 0) {
      sqlSpans(scan, ctx, o.sql_all_literals);
    }
  }
}

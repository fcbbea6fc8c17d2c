import type { TextScan } from '../detect/types.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * The "Environment Variables" table of a PHP error page as Whoops and Laravel Ignition print it
 * (and as it lands in a log when the page's text is captured): one variable a line, its upper-case
 * name, two or more blanks or a tab, and the value in double quotes, with no `=` or `:` between
 * (`APP_KEY            "base64:…"`, `DB_PASSWORD        "…"`). A value is masked as the name's
 * entity when the key rules call the name sensitive and keptUnderKey does not keep it, as in
 * `DB_PASSWORD=…` (detector `structure:key_value`); `APP_ENV "production"` stays.
 */
const ENV_TABLE_ROW = /^[ \t]*([A-Z][A-Z0-9_]{1,63})(?:[ \t]{2,}|\t)"((?:[^"\\\n]|\\.){1,1024})"[ \t]*\r?$/dgm;

/** Cheap gate: a name-value gap before a quote (two blanks or a tab). */
export function mayHoldEnvTable(text: string): boolean {
  return text.indexOf('  "') >= 0 || text.indexOf('\t"') >= 0;
}

export function envTableSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  ENV_TABLE_ROW.lastIndex = 0;
  for (let m = ENV_TABLE_ROW.exec(text); m !== null; m = ENV_TABLE_ROW.exec(text)) {
    const name = m[1]!;
    const value = m[2]!;
    const entity = ctx.classifyKey(name);
    if (entity === null || PLACEHOLDER_VALUE.test(value) || keptUnderKey(name, value, entity)) continue;
    const [start, end] = m.indices![2]!;
    pushSpan(ctx, text, start, end, entity, 'structure:key_value');
  }
}

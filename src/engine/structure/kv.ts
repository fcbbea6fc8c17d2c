import type { TextScan } from '../detect/types.js';
import { PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

// key=value pairs: a name of word characters (dots and dashes allowed inside), then a quoted or
// bare value. Bare values end at whitespace, a quote, or a pair separator (, ; &).
const PAIR = /(?<![\w.-])([A-Za-z_][\w.-]{0,63})=(?:"((?:[^"\\\n]|\\.){0,2048})"|'([^'\n]{0,2048})'|([^\s,;&"'<>]{1,2048}))/dg;

/**
 * `key=value` and logfmt text (`level=info user=jane password=hunter2 msg="…"`): the value of a
 * pair whose key the key rules call sensitive is masked whole as that key's entity; other values
 * are left to the value detectors. Placeholders (`${DB_PASSWORD}`, `***`) stay.
 */
export function keyValueSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m !== null; m = PAIR.exec(text)) {
    const entity = ctx.classifyKey(m[1]!);
    if (entity === null) continue;
    const g = m[2] !== undefined ? 2 : m[3] !== undefined ? 3 : 4;
    const range = m.indices?.[g];
    if (range === undefined) continue;
    const value = text.slice(range[0], range[1]);
    if (value.length === 0 || PLACEHOLDER_VALUE.test(value)) continue;
    pushSpan(ctx, text, range[0], range[1], entity, 'structure:key_value');
  }
}

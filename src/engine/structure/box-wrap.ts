import type { TextScan } from '../detect/types.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * A value that Python `rich` (tracebacks with `show_locals=True`, `rich.print` of a dict) wraps
 * inside its box: a line ends at the box's right border `│` inside an open quote, and the value
 * goes on after the left border of the next line up to its closing quote:
 *
 *     │ │ headers = {'Authorization': 'Bearer sk-proj-4f8Gq… │ │
 *     │ │           P8qR1sT5uV7wX9yZ1aB3cD5eF'}              │ │
 *
 * Neither piece is a whole value to the key=value reader or the token detectors. Both pieces are
 * masked as the entity of the name before the opening quote (`'Authorization':`, `token =`) when
 * the key rules call it sensitive (detector `structure:key_value`); other wrapped values stay.
 */
const WRAPPED =
  /([A-Za-z_][\w.-]{0,63})['"]?[ \t]*[:=][ \t]*(['"])([^'"\n│]{1,1024}?)[ \t]*│[│ \t]*\r?\n[ \t]*│[│ \t]*?([^'"\n│ \t][^'"\n│]{0,1023}?)\2/dg;

/** Cheap gate: a box border and a line break. */
export function mayHoldBoxWrap(text: string): boolean {
  return text.indexOf('│') >= 0 && text.indexOf('\n') >= 0;
}

export function boxWrapSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  WRAPPED.lastIndex = 0;
  for (let m = WRAPPED.exec(text); m !== null; m = WRAPPED.exec(text)) {
    const key = m[1]!;
    const entity = ctx.classifyKey(key);
    if (entity === null) continue;
    const whole = m[3]! + m[4]!;
    if (PLACEHOLDER_VALUE.test(whole) || keptUnderKey(key, whole, entity)) continue;
    for (const group of [3, 4]) {
      const [start, end] = m.indices![group]!;
      pushSpan(ctx, text, start, end, entity, 'structure:key_value', whole);
    }
  }
}

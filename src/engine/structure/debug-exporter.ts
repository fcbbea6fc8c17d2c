import type { TextScan } from '../detect/types.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * The OpenTelemetry Collector's debug exporter (and the logging exporter before it) at `detailed`
 * verbosity prints each attribute of a resource, span, span event or log record on a line of its
 * own, as pdata's value types name themselves: `     -> user.name: Str(jdoe)`, `-> http.request.header.cookie:
 * Slice(["sid=…"])`, `-> http.response.status_code: Int(200)` (collector `exporter/debugexporter`,
 * `internal/otlptext`). The attribute's name is the field name: a value under a name the key rules
 * call sensitive is masked as that name's entity, inside its `Str(…)` or in each string of its
 * `Slice([…])` (a JSON array), with the same kept values as a JSON member (structure/types.ts
 * keptUnderKey: a system account under `process.owner`, an id under `enduser.id`). Other values
 * are left to the value detectors (red-team round 70).
 */

/** An attribute line: group 1 the name, group 2 the type, group 3 the value inside the parentheses. */
const ATTRIBUTE_LINE = /^[ \t]*-> ([A-Za-z_][\w.\-/]{0,127}): (Str|Slice|Bytes)\((.{1,4096})\)[ \t\r]*$/gm;
/** One JSON string of a `Slice([…])`: group 1 its content (JSON escapes inside). */
const SLICE_STRING = /"((?:[^"\\\r\n]|\\.){1,4096})"/g;

/** Cheap test: an attribute line's arrow and a typed value (`: Str(`, `: Slice(`, `: Bytes(`). */
export function mayHoldDebugExporter(text: string): boolean {
  const arrow = text.indexOf('-> ');
  return arrow >= 0 && (text.indexOf(': Str(', arrow) > 0 || text.indexOf(': Slice(', arrow) > 0 || text.indexOf(': Bytes(', arrow) > 0);
}

export function debugExporterSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  ATTRIBUTE_LINE.lastIndex = 0;
  for (let m = ATTRIBUTE_LINE.exec(text); m !== null; m = ATTRIBUTE_LINE.exec(text)) {
    const name = m[1]!;
    const entity = ctx.classifyKey(name);
    if (entity === null) continue;
    const inner = m[3]!;
    const innerStart = m.index + m[0].indexOf('(', m[0].indexOf(': ') + 2) + 1;
    if (m[2] !== 'Slice') {
      pushValue(ctx, text, name, entity, innerStart, innerStart + inner.length);
      continue;
    }
    if (inner.charCodeAt(0) !== 91) continue;
    SLICE_STRING.lastIndex = 0;
    for (let s = SLICE_STRING.exec(inner); s !== null; s = SLICE_STRING.exec(inner)) {
      const start = innerStart + s.index + 1;
      pushValue(ctx, text, name, entity, start, start + s[1]!.length);
    }
  }
}

function pushValue(ctx: SpanContext, text: string, name: string, entity: string, start: number, end: number): void {
  const value = text.slice(start, end);
  if (PLACEHOLDER_VALUE.test(value) || keptUnderKey(name, value, entity)) return;
  pushSpan(ctx, text, start, end, entity, 'structure:key_value');
}

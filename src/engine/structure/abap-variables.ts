import type { TextScan } from '../detect/types.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * The variable list of an SAP ABAP short dump (ST22 "Chosen variables": `Name` / `Variable` over
 * `Value`) and of the ABAP debugger's variable display, pasted into tickets and logs: one variable
 * a line, its upper-case name (`P0002-PERID`, `LS_P0009-BANKN`, `LV_PESEL`), two or more blanks or
 * a tab, then the value, with no `=` or `:` between (left63, red-team round 63). The name is read
 * as the field it holds: the whole name, then its last structure component (`P0002-PERID` →
 * `PERID`, the PA0002 field), then that without an ABAP variable prefix (`LV_`, `LS_`, `GV_`, `WA_`,
 * …) and a trailing country or number suffix (`LV_PERID_BE` → `PERID`). A value is masked as that
 * field's entity when the key rules call it sensitive and keptUnderKey does not keep it, as for the
 * same name as a JSON member; system fields (`SY-UNAME`, `SY-SUBRC`) and other names stay.
 */
const VARIABLE_ROW = /^[ \t]*([A-Z][A-Z0-9_]{0,29}(?:-[A-Z][A-Z0-9_]{0,29}){0,3})(?:[ \t]{2,}|\t)(\S(?:[^\n\r]{0,254}\S)?)[ \t]*\r?$/dgm;

/** The list's header or title: `Variable` / `Variables 1` (debugger), `Name … Value` (ST22). */
const LIST_HEADER = /^[ \t]*(?:(?:Variable|Name)[ \t]{2,}Value|Variables[ \t]+\d)[ \t]*\r?$/m;

const ABAP_PREFIX = /^(?:[LGM][VSTCR]|WA|IT|I[SV]|P[VS]|LO|GO)_/;
const TRAILING_SUFFIX = /_(?:[A-Z]{2}|NO|NR)$/;

/** Cheap gate (after a line feed and a capital): a header word of the list. */
export function mayHoldAbapVariables(text: string): boolean {
  return text.indexOf('Value') >= 0 || text.indexOf('Variables') >= 0;
}

function fieldEntity(ctx: SpanContext, name: string): { entity: string; field: string } | null {
  let field = name;
  let entity = ctx.classifyKey(field);
  if (entity !== null) return { entity, field };
  const dash = name.lastIndexOf('-');
  if (dash > 0) {
    field = name.slice(dash + 1);
    entity = ctx.classifyKey(field);
    if (entity !== null) return { entity, field };
  }
  const bare = field.replace(ABAP_PREFIX, '');
  const stem = bare.replace(TRAILING_SUFFIX, '');
  for (const candidate of bare === field ? [stem] : [bare, stem]) {
    if (candidate.length < 4 || candidate === field) continue;
    entity = ctx.classifyKey(candidate);
    if (entity !== null) return { entity, field: candidate };
  }
  return null;
}

export function abapVariableSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  if (!LIST_HEADER.test(text)) return;
  VARIABLE_ROW.lastIndex = 0;
  for (let m = VARIABLE_ROW.exec(text); m !== null; m = VARIABLE_ROW.exec(text)) {
    const name = m[1]!;
    if (name.startsWith('SY-')) continue;
    const found = fieldEntity(ctx, name);
    if (found === null) continue;
    const value = m[2]!;
    if (PLACEHOLDER_VALUE.test(value) || keptUnderKey(found.field, value, found.entity)) continue;
    const [start, end] = m.indices![2]!;
    pushSpan(ctx, text, start, end, found.entity, 'structure:key_value');
  }
}

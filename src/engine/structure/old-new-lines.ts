import type { TextScan } from '../detect/types.js';
import { keptUnderKey, PLACEHOLDER_VALUE, pushSpan, type SpanContext } from './types.js';

/**
 * A change report's line that names the field and then writes both values after `old:` and
 * `new:` (SAP RPUAUD00 infotype audit reports and change-document lists: `BANKN  Bank account
 * old: 0532013000  new: 0417164300`, `PA0002  PERID  Personnel ID  old: …  new: …`; red-team
 * round 63, left63). A value detector that needs its keyword nearby finds the first value at most:
 * the second stands too far from the field's name. The field is the first upper-case token before
 * `old:` that the key rules know (`BANKN`, `PERID`, `GBDAT`), else the words between the last such
 * token and `old:` (`Bank account`); both values are masked as its entity unless keptUnderKey
 * keeps them (a bank key, `BANKL`, is no field the rules mask, and stays). The old value runs to
 * the blanks before `new:`, the new one to two blanks or the line's end.
 */
const OLD_NEW_LINE =
  /^([^\n]{0,160}?)\b[Oo]ld:[ \t]*(\S(?:[^\n]{0,120}?\S)?)[ \t]+[Nn]ew:[ \t]*(\S(?:[^\n]{0,120}?\S)?)(?:[ \t]{2,}|[ \t]*\r?$)/dgm;
const CAPS_TOKEN = /(?<![\w-])[A-Z][A-Z0-9_]{2,29}(?![\w-])/g;

/** Cheap gate (after a colon): both keys. */
export function mayHoldOldNewLine(text: string): boolean {
  return (text.indexOf('old:') >= 0 || text.indexOf('Old:') >= 0) && (text.indexOf('new:') >= 0 || text.indexOf('New:') >= 0);
}

function lineField(ctx: SpanContext, head: string): { entity: string; field: string } | null {
  let lastEnd = -1;
  CAPS_TOKEN.lastIndex = 0;
  for (let m = CAPS_TOKEN.exec(head); m !== null; m = CAPS_TOKEN.exec(head)) {
    const entity = ctx.classifyKey(m[0]);
    if (entity !== null) return { entity, field: m[0] };
    lastEnd = m.index + m[0].length;
  }
  if (lastEnd < 0) return null;
  const words = head.slice(lastEnd).trim();
  if (words.length < 3 || words.length > 40 || !/^[A-Za-z][A-Za-z .'-]*$/.test(words)) return null;
  const entity = ctx.classifyKey(words);
  return entity === null ? null : { entity, field: words };
}

export function oldNewLineSpans(scan: TextScan, ctx: SpanContext): void {
  const text = scan.text;
  OLD_NEW_LINE.lastIndex = 0;
  for (let m = OLD_NEW_LINE.exec(text); m !== null; m = OLD_NEW_LINE.exec(text)) {
    const found = lineField(ctx, m[1]!);
    if (found === null) continue;
    for (const g of [2, 3]) {
      const value = m[g]!;
      if (PLACEHOLDER_VALUE.test(value) || keptUnderKey(found.field, value, found.entity)) continue;
      const [start, end] = m.indices![g]!;
      pushSpan(ctx, text, start, end, found.entity, 'structure:key_value');
    }
  }
}

import { type Span, TextScan } from '../../src/engine/detect/types.js';

/** Every string of a corpus input (text or JSON value, and JSON held in a string), and each of its lines. */
export function corpusTexts(input: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      out.push(v, ...v.split('\n'));
      if (v.startsWith('{') || v.startsWith('[')) {
        try {
          walk(JSON.parse(v));
        } catch {
          // text, not JSON
        }
      }
    } else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(input);
  return out;
}

/** The spans a structure reader finds in `text` when called without its gate (gate tests). */
export function readerSpans(
  reader: (scan: TextScan, ctx: { classifyKey: () => null; out: Span[]; priority: number }) => void,
  text: string,
): Span[] {
  const ctx = { classifyKey: () => null, out: [] as Span[], priority: 1 };
  reader(new TextScan(text), ctx);
  return ctx.out;
}

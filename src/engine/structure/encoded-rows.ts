import { type DecodedView, DecodedViewBuilder, decodeEscapeRun } from './decoded-view.js';

/**
 * Rows of a table percent-encoded into one query parameter or form field (red-team round 21 and
 * its leftovers: an export preview `GET /api/export/preview?csv=name%2Cemail%2Cphone%0AMateo…`,
 * a share link `?tsv=name%09phone%0A…`, a bulk-invite form body `csv=name%2Cssn%0D%0A…`). Written
 * with `%0A` between rows and `%2C` / `%09` / `%3B` / `%7C` between cells, the table reaches no
 * reader: form-body.ts decodes runs of three pairs or more, and a table is one value. The value is
 * decoded (`+` a blank, `%XX` runs as UTF-8) between two inserted line breaks, so the CSV reader
 * sees its header and rows on lines of their own; spans map back onto the encoded text
 * (mapDecodedSpans), so `Mateo%20Jackson` is masked as written.
 *
 * Only a value holding an encoded line break and an encoded or literal cell separator is decoded.
 */

/** A `name=value` pair whose value holds an encoded line break (`%0A`, `%0D`). */
const ROWS_PAIR = /(?<![\w.[\]-])[A-Za-z_][\w.[\]-]{0,63}=([^\s&"'<>=]*%0[AaDd][^\s&"'<>=]*)/g;
/** A cell separator in the value: `%2C` `%09` `%3B` `%7C`, or `,` `;` `|` as written. */
const CELL_SEPARATOR = /%(?:2[Cc]|09|3[Bb]|7[Cc])|[,;|]/;

/** Whether `s` may hold encoded rows (the caller has seen `=`): an escape `%0` first (one native search). */
export function mayHoldEncodedRows(s: string): boolean {
  const at = s.indexOf('%0');
  return at > 0 && s.indexOf('=') !== -1;
}

/** `s` with each encoded table value decoded between line breaks, or undefined when it has none. */
export function encodedRowsView(s: string): DecodedView | undefined {
  let out: DecodedViewBuilder | undefined;
  let copied = 0;
  ROWS_PAIR.lastIndex = 0;
  for (let m = ROWS_PAIR.exec(s); m !== null; m = ROWS_PAIR.exec(s)) {
    const value = m[1]!;
    if (!CELL_SEPARATOR.test(value)) continue;
    out ??= new DecodedViewBuilder(s);
    const from = m.index + m[0].length - value.length;
    const to = from + value.length;
    out.copy(copied, from);
    out.replace('\n', from, from);
    for (let i = from; i < to; ) {
      const c = s.charCodeAt(i);
      if (c === 43) {
        out.replace(' ', i, i + 1);
        i++;
        continue;
      }
      if (c === 37) {
        const next = decodeEscapeRun(s, i, to, 37, out);
        if (next > i) {
          i = next;
          continue;
        }
      }
      out.copy(i, i + 1);
      i++;
    }
    out.replace('\n', to, to);
    copied = to;
  }
  if (out === undefined) return undefined;
  out.copy(copied, s.length);
  return out.view();
}

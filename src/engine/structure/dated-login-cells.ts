import { isInitialSurnameLogin } from '../detect/values/ediscovery-names.js';
import { pushSpan, type SpanContext } from './types.js';

/**
 * The user column of a bare pipe row right after its date: a review platform's coding export
 * (`ACME0005120|2025-11-04T11:02:19Z|hbrandt-oyelaran|Responsive|…`), a time-entry export
 * (`2025-11-12|svillanueva-ortiz|M-2025-0388|1.3|…`), a hold system's nightly sync (red-team round
 * 96). No header says the cell is a user: a cell of one lower-case initial and a surname the lists
 * know (`jmorales`), a second surname joined by a dash allowed (`hbrandt-oyelaran`: ediscovery-names.ts
 * isInitialSurnameLogin), right after a cell that is a date or a timestamp.
 * System accounts, everyday words and names alone stay. Rows split by `|` without blanks (the ` | `
 * rows are activityLoginSpans').
 */
const DATE_CELL = /^(?:\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?)?|\d{1,2}\/\d{1,2}\/\d{4})$/;

/** Whether `text` may hold such rows: two `|` with no blank around the first. Native calls only. */
export function mayHoldDatedLogins(text: string): boolean {
  const bar = text.indexOf('|', 8);
  return bar !== -1 && text.charCodeAt(bar + 1) !== 32 && text.charCodeAt(bar - 1) !== 32 && text.indexOf('|', bar + 1) !== -1;
}

export function datedLoginSpans(text: string, ctx: SpanContext): void {
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    datedLogins(text, from, to, ctx);
    from = to + 1;
  }
}

function datedLogins(text: string, from: number, to: number, ctx: SpanContext): void {
  let prevDate = false;
  for (let a = from; a < to; ) {
    let b = text.indexOf('|', a);
    if (b < 0 || b > to) b = to;
    if (b - a <= 35) {
      const c = text.charCodeAt(a);
      if (prevDate && c >= 97 && c <= 122 && isInitialSurnameLogin(text.slice(a, b))) pushSpan(ctx, text, a, b, 'USERNAME', 'login_cells');
      prevDate = c >= 48 && c <= 57 && DATE_CELL.test(text.slice(a, b));
    } else prevDate = false;
    a = b + 1;
  }
}

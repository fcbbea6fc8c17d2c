import { pushSpan, type SpanContext } from './types.js';

/**
 * An e-mail address cut by a line break (red-team round 86 and its leftovers), in the three ways
 * analysts' tools print one:
 *
 * - a notebook's dataframe wraps a long cell before its `@` (`0  evangeline.thistlewood-march\n
 *   @example.com   198.51.100.230`): a local part ends a line and the next line, past its blanks,
 *   starts with `@` and a domain;
 * - a terminal or a pasted log wraps at its column inside the domain (`login for
 *   marguerite.oyelaran-fitzgerald@exampl\ne.org from …`): the line ends inside a domain without
 *   its top-level label and the next line starts with the rest of it;
 * - PowerShell's `Format-Table -Wrap` wraps a cell inside its column (`bartholomew.…@con
 *   5b1a…\nh-Kyle   toso.example.com`): a piece ending in `@` and a label is followed by a blank,
 *   and the next line holds the rest of the domain at the same column.
 *
 * The pieces are masked as one EMAIL (their joined address is the normalised value); the break
 * and the columns between stay. Gated by an `@` and a line feed; each shape is one native pattern.
 */
const LOCAL_THEN_AT =
  /([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})[ \t]*\r?\n[ \t]{0,40}(@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[A-Za-z]{2,24})(?![\w.-])/g;
const CUT_IN_DOMAIN =
  /([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.?)\r?\n([A-Za-z0-9-]{0,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[A-Za-z]{2,24})(?![\w.@-])/g;
const CUT_IN_COLUMN = /([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63})[ ]+\S/g;
const DOMAIN_REST = /^[A-Za-z0-9-]{0,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[A-Za-z]{2,24}(?=\s|$)/;
/** A whole address (its top-level label, letters, ends it). */
const WHOLE = /\.[A-Za-z]{2,24}$/;
/** A local part that is a person's (two parts: `given.family`, `given-family`), not a system one. */
const NAMED_LOCAL = /^[A-Za-z]{2,}[._-][A-Za-z]/;

export function mayHoldWrappedEmail(text: string): boolean {
  return text.indexOf('@') !== -1 && text.indexOf('\n') !== -1;
}

export function wrappedEmailSpans(text: string, ctx: SpanContext): void {
  LOCAL_THEN_AT.lastIndex = 0;
  for (let m = LOCAL_THEN_AT.exec(text); m !== null; m = LOCAL_THEN_AT.exec(text)) {
    const local = m[1]!;
    const domain = m[2]!;
    const start = m.index;
    // Not the end of an address of its own (`a@b.com\n@c.org` is two), nor the tail of a word.
    if (!/[A-Za-z]/.test(local) || (start > 0 && /[\w.%+@-]/.test(text[start - 1]!))) continue;
    const at = m.index + m[0].length - domain.length;
    const joined = `${local}${domain}`.toLowerCase();
    pushSpan(ctx, text, start, start + local.length, 'EMAIL', 'structure:wrapped_email', joined);
    pushSpan(ctx, text, at, at + domain.length, 'EMAIL', 'structure:wrapped_email', joined);
  }
  CUT_IN_DOMAIN.lastIndex = 0;
  for (let m = CUT_IN_DOMAIN.exec(text); m !== null; m = CUT_IN_DOMAIN.exec(text)) {
    const head = m[1]!;
    const rest = m[2]!;
    // A whole address before the break reads as one on its own line.
    if (WHOLE.test(head)) continue;
    const start = m.index;
    if (start > 0 && /[\w.%+@-]/.test(text[start - 1]!)) continue;
    const restAt = m.index + m[0].length - rest.length;
    const joined = `${head}${rest}`.toLowerCase();
    pushSpan(ctx, text, start, start + head.length, 'EMAIL', 'structure:wrapped_email', joined);
    pushSpan(ctx, text, restAt, restAt + rest.length, 'EMAIL', 'structure:wrapped_email', joined);
  }
  CUT_IN_COLUMN.lastIndex = 0;
  for (let m = CUT_IN_COLUMN.exec(text); m !== null; m = CUT_IN_COLUMN.exec(text)) {
    const head = m[1]!;
    const start = m.index;
    CUT_IN_COLUMN.lastIndex = start + head.length;
    if (start > 0 && /[\w.%+-]/.test(text[start - 1]!)) continue;
    if (!NAMED_LOCAL.test(head)) continue;
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const next = text.indexOf('\n', start);
    if (next === -1) continue;
    const nextEnd = text.indexOf('\n', next + 1);
    const column = start - lineStart;
    const rest = DOMAIN_REST.exec(text.slice(next + 1 + column, nextEnd === -1 ? text.length : nextEnd));
    // The rest stands alone in its column: a blank (or the line's start) before it.
    if (rest === null || (column > 0 && text.charCodeAt(next + column) !== 32)) continue;
    const restAt = next + 1 + column;
    const joined = `${head}${rest[0]}`.toLowerCase();
    pushSpan(ctx, text, start, start + head.length, 'EMAIL', 'structure:wrapped_email', joined);
    pushSpan(ctx, text, restAt, restAt + rest[0].length, 'EMAIL', 'structure:wrapped_email', joined);
  }
}

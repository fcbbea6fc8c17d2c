import type { Span } from '../detect/types.js';

/**
 * Other copies of a value masked by its context, in the same string: a secret printed twice in one
 * record, once beside its name and once bare (a Dockerfile build log's `RUN echo "<key>" >
 * config/master.key` before `RAILS_MASTER_KEY=<key> rails assets:precompile`). The structure
 * handlers mask a value because of the name or command beside it; a bare copy elsewhere has no
 * such context and would leave in clear what the record masks a line below.
 *
 * For each chosen span from a structure handler or a custom rule (`priority` at least
 * `firstContextual`) of MIN_COPY characters or more, every other occurrence of its text that
 * stands alone (no letter or digit right before or after) and overlaps no chosen span gets the
 * same span: same entity, detector and normalized value, so the same token. Value detectors need
 * no such pass: they find every copy themselves. One native search per such span; nothing for a
 * string without one. Returns `chosen`, or a new array sorted by start when copies were added.
 */
const MIN_COPY = 8;

export function withMaskedCopies(chosen: Span[], text: string, firstContextual: number): Span[] {
  let copies: Span[] | undefined;
  for (let k = 0; k < chosen.length; k++) {
    const span = chosen[k]!;
    if (span.priority < firstContextual || span.end - span.start < MIN_COPY) continue;
    const value = text.slice(span.start, span.end);
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      const end = at + value.length;
      if (at === span.start || !standsAlone(text, at, end)) continue;
      if (overlaps(chosen, at, end) || (copies !== undefined && overlaps(copies, at, end))) continue;
      copies ??= [];
      copies.push({ ...span, start: at, end });
    }
  }
  if (copies === undefined) return chosen;
  return [...chosen, ...copies].sort((a, b) => a.start - b.start);
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function standsAlone(text: string, start: number, end: number): boolean {
  return (start === 0 || !isWordChar(text.charCodeAt(start - 1))) && (end >= text.length || !isWordChar(text.charCodeAt(end)));
}

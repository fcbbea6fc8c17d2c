import type { Span } from '../detect/types.js';
import { loginStandsAlone, MIN_LOGIN_COPY, standsAlone } from './record-copies.js';

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
 * A person's login (USERNAME, any detector) is followed too from MIN_LOGIN_COPY characters when
 * `followsLogin` says so (no everyday word), its copies standing apart from host and file names.
 */
const MIN_COPY = 8;
/** At most this many copies are added to one string (a bound on the work for adversarial text). */
const MAX_COPIES = 256;
const PERSON_ENTITY = 'PERSON';

export function withMaskedCopies(
  chosen: Span[],
  text: string,
  firstContextual: number,
  followsLogin: (login: string) => boolean = () => false,
): Span[] {
  let candidates: Span[] | undefined;
  let searched: Set<string> | undefined;
  let lower: string | undefined;
  for (let k = 0; k < chosen.length; k++) {
    const span = chosen[k]!;
    // A person's full name from any detector, printed again in another case in the same string
    // (`expected 'Mele Havili' … got 'mele havili'`, `card holder SOMCHAI WONGSAWAT vs … somchai
    // wongsawat`; stop 40): the detectors read one spelling; its copies in other cases follow it.
    if (span.entity === PERSON_ENTITY && span.end - span.start >= MIN_COPY && text.charCodeAt(span.start) !== 60) {
      const value = text.slice(span.start, span.end);
      if (value.indexOf(' ') > 0) {
        lower ??= text.toLowerCase();
        const key = value.toLowerCase();
        if (lower.length === text.length && !(searched ??= new Set()).has(`\u0000${key}`)) {
          searched.add(`\u0000${key}`);
          for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
            if (at === span.start || text.startsWith(value, at) || !standsAlone(text, at, at + key.length)) continue;
            candidates ??= [];
            candidates.push({ ...span, start: at, end: at + key.length });
            if (candidates.length >= MAX_COPIES) break;
          }
        }
      }
    }
    // A login, or a full name written as one (`emma.larsen`: login_name_value / _after_label).
    const login = span.entity === 'USERNAME' || span.detector.startsWith('login_name_');
    if (login ? span.end - span.start < MIN_LOGIN_COPY : span.priority < firstContextual || span.end - span.start < MIN_COPY) continue;
    const value = text.slice(span.start, span.end);
    if (login && !followsLogin(value)) continue;
    // Each distinct value is searched once (a log of many identical pairs stays linear).
    searched ??= new Set();
    if (searched.has(value)) continue;
    searched.add(value);
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      if (!(login ? loginStandsAlone : standsAlone)(text, at, at + value.length)) continue;
      candidates ??= [];
      candidates.push({ ...span, start: at, end: at + value.length });
      if (candidates.length >= MAX_COPIES) break;
    }
    if (candidates !== undefined && candidates.length >= MAX_COPIES) break;
  }
  if (candidates === undefined) return chosen;
  // `chosen` is sorted by start and free of overlaps: one merge pass keeps the candidates that
  // overlap neither a chosen span (the original among them) nor a copy kept before.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const copies: Span[] = [];
  let c = 0;
  let lastEnd = -1;
  for (const copy of candidates) {
    while (c < chosen.length && chosen[c]!.end <= copy.start) c++;
    if (c < chosen.length && chosen[c]!.start < copy.end) continue;
    if (copy.start < lastEnd) continue;
    copies.push(copy);
    lastEnd = copy.end;
  }
  if (copies.length === 0) return chosen;
  return [...chosen, ...copies].sort((a, b) => a.start - b.start);
}

import type { SignatureNeed } from '../char-signature.js';
import type { DetectorInfo, DetectorRequirement, Span, TextScan, ValueDetector } from '../types.js';

export interface RegexDetectorSpec extends DetectorInfo {
  /** See ValueDetector.keywords. */
  keywords?: readonly string[];
  /** See ValueDetector.requires. */
  requires?: DetectorRequirement;
  /** See ValueDetector.needs. */
  needs?: SignatureNeed;
  /** See ValueDetector.hints. */
  hints?: readonly string[];
  prefilter(scan: TextScan): boolean;
  /** Global regex; must not backtrack catastrophically (bounded quantifiers, no nested repeats). */
  pattern: RegExp;
  /**
   * Which capture group is the sensitive part: 0 = whole match; a list = the first of those groups
   * that took part in the match. A pattern with groups other than 0 needs the `d` flag.
   */
  group?: number | number[];
  /**
   * Confirms a candidate and returns its normalized form (the token's input), or undefined to
   * reject it. `start` is the candidate's index in the text, for context checks.
   */
  validate(candidate: string, scan: TextScan, start: number): string | undefined;
  /**
   * For greedy candidates that may swallow a neighbour ("+44 20 7946 0958 2001", "5555…4444 0"):
   * when a candidate is rejected, also try it cut before each of its last `shrinkWords` separators
   * (characters of `shrinkSeparators`, default a space), longest first.
   */
  shrinkWords?: number;
  shrinkSeparators?: string;
  /**
   * For a pattern that starts with a lookbehind excluding `chars` and then `min` or more of
   * `chars` (`(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40}…`): every match starts a maximal run of `chars`
   * at least `min` long. `find` then looks for such runs by reading one character in `min` and
   * runs the pattern only at their starts, instead of letting the regex try every position of the
   * text (about 15 ns a character on prose, where every word passes the lookbehind). Same matches,
   * span for span (test/unit/engine/detectors/runs.test.ts). `chars`: a character class of ASCII
   * characters, as regex source (`[A-Za-z0-9+/]`). Only for a pattern whose whole match is the value.
   */
  run?: { chars: string; min: number };
  /**
   * For a pattern whose accepted matches all stand near an anchor that a native search finds
   * faster than the regex reads the text (a `letter.letter` dot of a login, a label word):
   * `next(scan, from)` is the first anchor at or after `from` (-1 when none; it may answer anchors
   * that no match stands near, never miss one); every match that `validate` may accept starts at
   * most `before` characters before an anchor or `after` characters after it; and the pattern,
   * tried at any start of such a window, reads no character at or past the window's last anchor
   * plus `reach` (its look-aheads included). `find` then runs the pattern only over those windows
   * (overlapping ones merged, each searched on the text cut at its reach) instead of over the
   * whole text: the same spans, span for span (test/unit/engine/detectors/anchored-search.test.ts).
   * `before` may be Infinity (one window from the text's start to the last anchor), or a function
   * of the anchor, at least `reach`. Not with `shrinkWords` or `run`.
   */
  anchors?: {
    next(scan: TextScan, from: number): number;
    before: number | ((scan: TextScan, anchor: number) => number);
    after: number;
    reach: number;
  };
  /**
   * For a pattern whose every match starts at a character that a native search finds faster than
   * the regex tries each position of the text (the `@` or `<` of an address or its token):
   * `next(scan, from)` is the first such position at or after `from` (-1 when none; it may answer
   * positions where no match starts, never miss one). `find` then tries the pattern, made sticky,
   * at those positions only, in order, and goes on as regexDetector's loop does (after an accepted
   * match or one without its group, one character on after a rejected one): the same spans, span
   * for span (test/unit/engine/detectors/anchored-search.test.ts). Not with `shrinkWords`, `run`
   * or `anchors`.
   */
  starts?: (scan: TextScan, from: number) => number;
}

/** The spec each regex detector was built from (tests compare the run search with the plain loop). */
export const regexSpecs = new WeakMap<ValueDetector, RegexDetectorSpec>();

/**
 * The global patterns whose matches are a detector's candidates: `find` reports nothing that is
 * not (a cut of) a match of one of them on the whole text. Tests hold the engine's gates to them
 * (test/unit/engine/digit-run-needs.test.ts).
 */
export const candidatePatterns = new WeakMap<ValueDetector, readonly RegExp[]>();

/** The range of the first of `groups` that took part in match `m` (a `d`-flag pattern), or undefined. */
function firstGroupRange(m: RegExpExecArray, groups: readonly number[]): readonly [number, number] | undefined {
  for (const g of groups) {
    const range = m.indices?.[g];
    if (range !== undefined) return range;
  }
  return undefined;
}

/**
 * A cut without the full stops and commas it ends with: a candidate that swallowed a numbered
 * list's next item (`call 360-555-0142. 2) j-448372 …`, an LLM's answer: red-team round 97) is cut
 * at the blank before `2)`, and the stop that ends the item is no part of the value.
 */
function shedStops(cut: string): string {
  let end = cut.length;
  while (end > 0 && (cut.charCodeAt(end - 1) === 46 || cut.charCodeAt(end - 1) === 44)) end--;
  return end === cut.length ? cut : cut.slice(0, end);
}

/** The common shape: prefilter → global regex → validator, one span per accepted match. */
export function regexDetector(spec: RegexDetectorSpec): ValueDetector {
  const { pattern, validate } = spec;
  const groups = typeof spec.group === 'number' ? [spec.group] : (spec.group ?? [0]);
  const whole = groups.length === 1 && groups[0] === 0;
  if (!pattern.global) throw new Error(`detector ${spec.id}: pattern must be global`);
  if (!whole && !pattern.hasIndices) throw new Error(`detector ${spec.id}: a group pattern needs the d flag`);
  if (spec.run) {
    if (!whole || spec.shrinkWords) throw new Error(`detector ${spec.id}: a run search needs a whole-match pattern without shrinking`);
    const detector = runDetector(spec, spec.run);
    regexSpecs.set(detector, spec);
    candidatePatterns.set(detector, [pattern]);
    return detector;
  }
  if (spec.starts) {
    if (spec.shrinkWords || spec.anchors) throw new Error(`detector ${spec.id}: a search by starts neither shrinks nor has anchors`);
    const detector = startsDetector(spec, spec.starts, groups, whole);
    regexSpecs.set(detector, spec);
    candidatePatterns.set(detector, [pattern]);
    return detector;
  }
  if (spec.anchors) {
    if (spec.shrinkWords) throw new Error(`detector ${spec.id}: an anchored search does not shrink`);
    const detector = anchoredDetector(spec, spec.anchors, groups, whole);
    regexSpecs.set(detector, spec);
    candidatePatterns.set(detector, [pattern]);
    return detector;
  }
  const lead = digitLead(pattern);
  const trail = lead >= 0 ? digitTrail(pattern) : -1;
  const detector: ValueDetector = {
    ...detectorFields(spec),
    find(scan: TextScan, out: Span[], priority: number): void {
      const text = scan.text;
      // A pattern whose every match holds a digit at most `lead` characters after its start
      // (`\d…`, `\+?\(?\d…`) is searched from `lead` before the first digit to the last one
      // when the text's digit profile says where they are (TextScan.digitsFrom): the same matches
      // in the same order, without reading the prose around them. When every match and its
      // look-aheads also end within `trail` characters of its last digit (digitTrail), the search
      // reads a slice of the text that ends there: a failed search no longer reads on to the end.
      pattern.lastIndex = lead >= 0 && scan.digitsFrom > lead ? scan.digitsFrom - lead : 0;
      const stop = lead >= 0 ? scan.digitsTo : text.length + 1;
      const hay = lead >= 0 ? textUpTo(scan, trail) : text;
      for (
        let m = pattern.lastIndex < stop ? pattern.exec(hay) : null;
        m !== null;
        m = pattern.lastIndex < stop ? pattern.exec(hay) : null
      ) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        let start = m.index;
        let value = m[0];
        if (!whole) {
          const range = firstGroupRange(m, groups);
          if (range === undefined || range[1] === range[0]) continue;
          start = range[0];
          value = text.slice(range[0], range[1]);
        }
        let normalized = validate(value, scan, start);
        if (normalized === undefined && spec.shrinkWords) {
          let cut = value;
          const separators = spec.shrinkSeparators ?? ' ';
          for (let k = 0; k < spec.shrinkWords && normalized === undefined; k++) {
            let space = -1;
            for (const sep of separators) space = Math.max(space, cut.lastIndexOf(sep));
            if (space <= 0) break;
            cut = shedStops(cut.slice(0, space).trimEnd());
            normalized = validate(cut, scan, start);
          }
          if (normalized !== undefined) value = cut;
        }
        if (normalized !== undefined) {
          out.push({ start, end: start + value.length, entity: spec.entity, detector: spec.id, normalized, priority });
        } else {
          // A rejected candidate may hide a valid one that starts inside it ("2 4111…"): retry
          // from the next character rather than after the whole candidate.
          pattern.lastIndex = m.index + 1;
        }
      }
    },
  };
  regexSpecs.set(detector, spec);
  candidatePatterns.set(detector, [pattern]);
  return detector;
}

/**
 * regexDetector's search with the pattern tried only where `next` says a match may start (see
 * RegexDetectorSpec.starts): the leftmost match at or after the loop's position is the first
 * position `next` answers there at which the sticky pattern matches.
 */
function startsDetector(
  spec: RegexDetectorSpec,
  next: (scan: TextScan, from: number) => number,
  groups: readonly number[],
  whole: boolean,
): ValueDetector {
  const { pattern, validate } = spec;
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  return {
    ...detectorFields(spec),
    find(scan: TextScan, out: Span[], priority: number): void {
      const text = scan.text;
      let from = 0;
      for (let p = next(scan, 0); p !== -1; p = next(scan, p + 1 > from ? p + 1 : from)) {
        if (p < from) continue;
        sticky.lastIndex = p;
        const m = sticky.exec(text);
        if (m === null) continue;
        if (m[0].length === 0) {
          from = p + 1;
          continue;
        }
        let start = p;
        let value = m[0];
        if (!whole) {
          const range = firstGroupRange(m, groups);
          if (range === undefined || range[1] === range[0]) {
            from = p + m[0].length;
            continue;
          }
          start = range[0];
          value = text.slice(range[0], range[1]);
        }
        const normalized = validate(value, scan, start);
        if (normalized !== undefined) {
          out.push({ start, end: start + value.length, entity: spec.entity, detector: spec.id, normalized, priority });
          from = p + m[0].length;
        } else from = p + 1;
      }
    },
  };
}

/**
 * regexDetector's search over the windows around the anchors of `anchors` (see
 * RegexDetectorSpec.anchors). Within a window the loop is regexDetector's: a rejected candidate
 * retries one character on, an accepted one goes on after its end. A match that starts past the
 * window's last start is left to the next window (on the cut text it may read short).
 */
function anchoredDetector(
  spec: RegexDetectorSpec,
  anchors: NonNullable<RegexDetectorSpec['anchors']>,
  groups: readonly number[],
  whole: boolean,
): ValueDetector {
  const { pattern, validate } = spec;
  const { next, before, after, reach } = anchors;
  const firstOf =
    typeof before === 'number' ? (_scan: TextScan, a: number) => a - before : (scan: TextScan, a: number) => a - before(scan, a);
  return {
    ...detectorFields(spec),
    find(scan: TextScan, out: Span[], priority: number): void {
      const text = scan.text;
      let from = 0;
      let a = next(scan, 0);
      while (a !== -1) {
        const first = firstOf(scan, a);
        let last = a;
        for (a = next(scan, a + 1); a !== -1 && firstOf(scan, a) <= last + after + 1; a = next(scan, a + 1)) last = a;
        const lastStart = last + after;
        const hay = last + reach < text.length ? text.slice(0, last + reach) : text;
        pattern.lastIndex = first > from ? first : from;
        for (let m = pattern.exec(hay); m !== null; m = pattern.exec(hay)) {
          if (m.index > lastStart) {
            // No match starts in the window's rest; past it the cut text may read short.
            if (from <= lastStart) from = lastStart + 1;
            break;
          }
          from = pattern.lastIndex;
          if (m[0].length === 0) {
            pattern.lastIndex = ++from;
            continue;
          }
          let start = m.index;
          let value = m[0];
          if (!whole) {
            const range = firstGroupRange(m, groups);
            if (range === undefined || range[1] === range[0]) continue;
            start = range[0];
            value = text.slice(range[0], range[1]);
          }
          const normalized = validate(value, scan, start);
          if (normalized !== undefined) {
            out.push({ start, end: start + value.length, entity: spec.entity, detector: spec.id, normalized, priority });
          } else {
            pattern.lastIndex = m.index + 1;
            from = m.index + 1;
          }
        }
      }
    },
  };
}

/**
 * Whether every match of `pattern` starts with an ASCII digit: its source is look-behinds, then
 * `\\d` not made optional (`\\d?`, `\\d*`, `\\d{0,…}`) or a group not made optional whose every
 * alternative starts so, and it has no `|` outside a group (which would let another alternative
 * start elsewhere). Conservative: false when unsure.
 */
export function startsWithDigit(pattern: RegExp): boolean {
  return !pattern.sticky && digitFirstSource(pattern.source);
}

function digitFirstSource(src: string): boolean {
  if (hasTopLevelBar(src)) return topLevelAlternatives(src).every(digitFirstSource);
  let i = 0;
  while (src.startsWith('(?<!', i) || src.startsWith('(?<=', i)) {
    const close = groupEnd(src, i);
    if (close < 0) return false;
    i = close + 1;
  }
  let after: number;
  if (src.startsWith('\\d', i)) after = i + 2;
  else if (src.startsWith('(?:', i) || (src.charAt(i) === '(' && src.charAt(i + 1) !== '?')) {
    const close = groupEnd(src, i);
    if (close < 0) return false;
    if (!digitFirstSource(src.slice(src.charAt(i + 1) === '?' ? i + 3 : i + 1, close))) return false;
    after = close + 1;
  } else return false;
  const next = src.charAt(after);
  return next !== '?' && next !== '*' && !src.startsWith('{0', after);
}

/**
 * How many characters may stand before the first ASCII digit of a match of `pattern`, or -1 when
 * some match may hold no digit or the source is not understood (conservative). Read from the
 * source: look-arounds take no room; an atom of one character that is no digit (a literal, an
 * escaped punctuation mark, `\s`, `\n`, `\t`, `\r`), made optional or not, takes one; a group
 * (every alternative read so) takes the most its alternatives take; `\d` or a literal digit, not
 * made optional, ends the reading; a class without a digit takes one; a bounded repeat of atoms
 * without a digit takes their room that many times. Anything else (`.`, `\w`, `\D`, a
 * back-reference, an anchor, an unbounded repeat of anything but a digit) answers -1.
 * `startsWithDigit` implies 0.
 */
export function digitLead(pattern: RegExp): number {
  if (pattern.sticky) return -1;
  const lead = leadOfGroup(pattern.source);
  return lead === null || lead.width !== NO_PATH || lead.digit === NO_PATH ? -1 : lead.digit;
}

/**
 * How far past the end of its last digit a match of `pattern` and the look-arounds it asks may
 * read, plus one (for an assertion at the position right after), or -1 when unknown. Read from
 * the source, per top-level alternative: the last atom that matches one or more digits on every
 * path (`\d`, `\d{8,17}`, `\d+`, a literal digit) ends at or before the text's last digit, and
 * what follows it is at most the sum of the widths of the atoms after it (a class or an escape
 * two, for a surrogate pair; a group its widest alternative; a look-around the width it reads;
 * `{n,m}` m times). An unbounded repeat or a back-reference after that atom, or an alternative
 * without such an atom, answers -1. A search of the text cut that far past its last digit finds the same matches.
 */
export function digitTrail(pattern: RegExp): number {
  if (pattern.sticky) return -1;
  const trail = trailOf(pattern.source);
  return trail < 0 || !Number.isFinite(trail) ? -1 : trail + 1;
}

/**
 * For a pattern whose every match holds a digit (digitLead ≥ 0): the text, or the slice of it that
 * ends `trail` (digitTrail) past its last digit when the digit profile has been read and says where
 * that is (TextScan.digitsTo). A search of either finds the same matches; a failed search of the
 * slice does not read the text after it.
 */
export function textUpTo(scan: TextScan, trail: number): string {
  const text = scan.text;
  return trail >= 0 && scan.digitsTo + trail < text.length ? text.slice(0, scan.digitsTo + trail) : text;
}

/**
 * For `src` (alternatives allowed): the most code units a match may read past the end of its last
 * digit, or -1 when some alternative has no atom that is a digit on every path.
 */
function trailOf(src: string): number {
  let most = 0;
  for (const alternative of hasTopLevelBar(src) ? topLevelAlternatives(src) : [src]) {
    const atoms = atomsOf(alternative);
    if (atoms === null) return -1;
    let last = -1;
    for (let k = 0; k < atoms.length; k++) if (atoms[k]!.digit) last = k;
    if (last < 0) return -1;
    let after = atoms[last]!.tail;
    for (let k = last + 1; k < atoms.length; k++) after += atoms[k]!.width;
    most = Math.max(most, after);
  }
  return most;
}

/**
 * An atom of a pattern source: its widest match (code units; Infinity when unbounded); whether it
 * holds a digit on every path, and then how far past the end of its last digit it may read.
 */
interface Atom {
  width: number;
  digit: boolean;
  tail: number;
}

/** The atoms of a sequence (no top-level `|`), quantifiers applied; null when one is unbounded or not understood. */
function atomsOf(src: string): Atom[] | null {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    let width: number;
    let digit = false;
    let tail = 0;
    let next: number;
    if (c === '(') {
      const close = groupEnd(src, i);
      if (close < 0) return null;
      let body = i + 1;
      if (src.startsWith('?:', body) || src.startsWith('?=', body) || src.startsWith('?!', body)) body += 2;
      else if (src.startsWith('?<=', body) || src.startsWith('?<!', body)) body += 3;
      else if (src.startsWith('?<', body)) {
        const name = src.indexOf('>', body);
        if (name < 0 || name > close) return null;
        body = name + 1;
      } else if (src.charAt(body) === '?') return null;
      const inner = src.slice(body, close);
      width = 0;
      for (const alternative of hasTopLevelBar(inner) ? topLevelAlternatives(inner) : [inner]) {
        const parts = atomsOf(alternative);
        if (parts === null) return null;
        let sum = 0;
        for (const a of parts) sum += a.width;
        width = Math.max(width, sum);
      }
      // A group that matches text (not a look-around) is a digit atom when each alternative is.
      if (body === i + 1 || src.startsWith('?:', i + 1) || src.startsWith('?<', i + 1)) {
        if (!src.startsWith('?<=', i + 1) && !src.startsWith('?<!', i + 1)) {
          tail = trailOf(inner);
          digit = tail >= 0;
        }
      }
      next = close + 1;
    } else if (c === '[') {
      let k = i + 1;
      if (src.charAt(k) === '^') k++;
      if (src.charAt(k) === ']') k++;
      while (k < src.length && src.charAt(k) !== ']') k += src.charAt(k) === '\\' ? 2 : 1;
      if (k >= src.length) return null;
      width = 2;
      next = k + 1;
    } else if (c === '\\') {
      const e = src.charAt(i + 1);
      next = i + 2;
      if (e === 'd') {
        width = 1;
        digit = true;
      } else if (e === 'b' || e === 'B') width = 0;
      else if (e === 'p' || e === 'P') {
        const close = src.indexOf('}', i);
        if (src.charAt(i + 2) !== '{' || close < 0) return null;
        width = 2;
        next = close + 1;
      } else if (e === 'u') {
        width = 2;
        next = src.charAt(i + 2) === '{' ? src.indexOf('}', i) + 1 : i + 6;
        if (next <= i) return null;
      } else if (e === 'x') {
        width = 1;
        next = i + 4;
      } else if (e >= '1' && e <= '9') {
        // A back-reference: its width is not read here; only an atom after the last digit needs one.
        width = Number.POSITIVE_INFINITY;
        while (src.charAt(next) >= '0' && src.charAt(next) <= '9') next++;
      } else if (e === 'k' || e === '0' || e === 'c' || e === '') return null;
      else width = 2;
    } else if (c === '^' || c === '$') {
      width = 0;
      next = i + 1;
    } else if (c === ')' || c === ']' || c === '{' || c === '}' || c === '|' || c === '?' || c === '*' || c === '+') return null;
    // A surrogate: in a `u` pattern a quantifier after it repeats the pair.
    else if (c >= '\uD800' && c <= '\uDFFF') return null;
    else {
      width = c === '.' ? 2 : 1;
      digit = c >= '0' && c <= '9';
      next = i + 1;
    }
    const q = src.charAt(next);
    if (q === '?') {
      digit = false;
      next++;
    } else if (q === '*') return null;
    else if (q === '+') {
      if (!digit) return null;
      width = Number.POSITIVE_INFINITY;
      next++;
    } else if (q === '{') {
      const close = src.indexOf('}', next);
      const bounds = close < 0 ? null : /^\{(\d+)(?:,(\d+))?\}$/.exec(src.slice(next, close + 1));
      if (bounds === null) {
        if (digit && close >= 0 && /^\{[1-9]\d*,\}$/.test(src.slice(next, close + 1))) {
          width = Number.POSITIVE_INFINITY;
          next = close + 1;
        } else return null;
      } else {
        const max = Number(bounds[2] ?? bounds[1]);
        if (Number(bounds[1]) === 0) digit = false;
        width *= max;
        next = close + 1;
      }
    }
    if (src.charAt(next) === '?' && (q === '+' || q === '{' || q === '?')) next++;
    atoms.push({ width, digit, tail: digit ? tail : 0 });
    i = next;
  }
  return atoms;
}

/** Most characters before a first digit on the paths that reach one (`digit`) and consumed on the paths that reach none (`width`). */
interface Lead {
  digit: number;
  width: number;
}
const NO_PATH = Number.NEGATIVE_INFINITY;
/** Regex syntax characters: read as a literal they would be misread. */
const SYNTAX = '()[]{}|?*+.^$\\';

function leadOfGroup(src: string): Lead | null {
  let digit = NO_PATH;
  let width = NO_PATH;
  for (const alternative of hasTopLevelBar(src) ? topLevelAlternatives(src) : [src]) {
    const lead = leadOfSequence(alternative);
    if (lead === null) return null;
    digit = Math.max(digit, lead.digit);
    width = Math.max(width, lead.width);
  }
  return { digit, width };
}

function leadOfSequence(src: string): Lead | null {
  let digit = NO_PATH;
  let width = 0;
  let i = 0;
  while (i < src.length && width !== NO_PATH) {
    const c = src.charAt(i);
    let atom: Lead;
    let next: number;
    if (src.startsWith('(?<!', i) || src.startsWith('(?<=', i) || src.startsWith('(?=', i) || src.startsWith('(?!', i)) {
      const close = groupEnd(src, i);
      const q = src.charAt(close + 1);
      if (close < 0 || q === '?' || q === '*' || q === '+' || q === '{') return null;
      i = close + 1;
      continue;
    }
    if (c === '(') {
      const close = groupEnd(src, i);
      if (close < 0) return null;
      let body = i + 1;
      if (src.startsWith('?:', body)) body += 2;
      else if (src.startsWith('?<', body)) {
        const name = src.indexOf('>', body);
        if (name < 0 || name > close) return null;
        body = name + 1;
      } else if (src.charAt(body) === '?') return null;
      const inner = leadOfGroup(src.slice(body, close));
      if (inner === null) return null;
      atom = inner;
      next = close + 1;
    } else if (c === '\\') {
      const e = src.charAt(i + 1);
      if (e === 'd') atom = { digit: 0, width: NO_PATH };
      else if (e === 's' || e === 'n' || e === 't' || e === 'r' || (e !== '' && !/[0-9A-Za-z]/.test(e)))
        atom = { digit: NO_PATH, width: 1 };
      else return null;
      next = i + 2;
    } else if (c >= '0' && c <= '9') {
      atom = { digit: 0, width: NO_PATH };
      next = i + 1;
    } else if (c === '[') {
      const close = classWithoutDigit(src, i);
      if (close < 0) return null;
      atom = { digit: NO_PATH, width: 1 };
      next = close + 1;
    } else if (SYNTAX.includes(c)) return null;
    else {
      atom = { digit: NO_PATH, width: 1 };
      next = i + 1;
    }
    const q = src.charAt(next);
    if (q === '?') {
      if (src.charAt(next + 1) === '?') return null;
      atom = { digit: atom.digit, width: Math.max(atom.width, 0) };
      next++;
    } else if (q === '{' && atom.digit === NO_PATH) {
      // A bounded repeat of an atom without a digit (`[A-Za-z]{2}`) takes its most repeats' room.
      const close = src.indexOf('}', next);
      const bounds = close < 0 ? null : /^\{(\d+)(?:,(\d+))?\}$/.exec(src.slice(next, close + 1));
      if (bounds === null) return null;
      atom = { digit: NO_PATH, width: atom.width * Number(bounds[2] ?? bounds[1]) };
      next = close + 1;
      if (src.charAt(next) === '?') next++;
    } else if (q === '*' || q === '+' || q === '{') {
      // Any other repeat only of an atom that starts with a digit on every path: its first repeat does.
      if (atom.width !== NO_PATH || atom.digit !== 0) return null;
      const close = q === '{' ? src.indexOf('}', next) : next;
      if (close < 0) return null;
      if (q === '*' || src.startsWith('{0', next)) atom = { digit: 0, width: 0 };
      next = close + 1;
      if (src.charAt(next) === '?') next++;
    }
    digit = Math.max(digit, width + atom.digit);
    width = atom.width === NO_PATH ? NO_PATH : width + atom.width;
    i = next;
  }
  return { digit, width };
}

/**
 * The index of the `]` closing the class opened at `open` when the class matches one code unit
 * that is never an ASCII digit (not negated; literal members and ranges that leave out 0–9,
 * escaped punctuation, `\s`); else -1.
 */
function classWithoutDigit(src: string, open: number): number {
  let k = open + 1;
  if (src.charAt(k) === '^' || src.charAt(k) === ']') return -1;
  let previous = -1;
  while (k < src.length && src.charAt(k) !== ']') {
    let code: number;
    if (src.charAt(k) === '\\') {
      const e = src.charAt(k + 1);
      if (e === 's') {
        previous = -1;
        k += 2;
        continue;
      }
      if (e === '' || /[0-9A-Za-z]/.test(e)) return -1;
      code = e.charCodeAt(0);
      k += 2;
    } else if (src.charAt(k) === '-' && previous >= 0 && src.charAt(k + 1) !== ']') {
      // A range: its high end may be escaped (`!-\/`).
      const escaped = src.charAt(k + 1) === '\\';
      const e = src.charAt(k + (escaped ? 2 : 1));
      if (e === '' || (escaped && /[0-9A-Za-z]/.test(e))) return -1;
      const high = e.charCodeAt(0);
      if ((previous <= 57 && high >= 48) || (high >= 0xd800 && high <= 0xdfff)) return -1;
      previous = -1;
      k += escaped ? 3 : 2;
      continue;
    } else {
      code = src.charCodeAt(k);
      k++;
    }
    if ((code >= 48 && code <= 57) || (code >= 0xd800 && code <= 0xdfff)) return -1;
    previous = code;
  }
  return k < src.length ? k : -1;
}

/**
 * Walks the structure of a pattern source from `from`: calls `visit` with the index and the
 * character of every `(`, `)` and `|` outside escapes and character classes, and the group depth
 * around it (a `(` is seen at the depth it opens, a `)` at the depth it closes). Returns the first
 * index for which `visit` returns true, or -1.
 */
function findInSource(src: string, from: number, visit: (i: number, c: string, depth: number) => boolean): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < src.length; i++) {
    const c = src.charAt(i);
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if ((c === '(' && visit(i, c, ++depth)) || (c === ')' && visit(i, c, depth--)) || (c === '|' && visit(i, c, depth))) return i;
  }
  return -1;
}

/** The alternatives of `src` split at its top-level `|`. */
function topLevelAlternatives(src: string): string[] {
  const parts: string[] = [];
  let from = 0;
  findInSource(src, 0, (i, c, depth) => {
    if (c === '|' && depth === 0) {
      parts.push(src.slice(from, i));
      from = i + 1;
    }
    return false;
  });
  parts.push(src.slice(from));
  return parts;
}

/** Index of the `)` closing the group opened at `open`, or -1 (escapes and classes skipped). */
function groupEnd(src: string, open: number): number {
  return findInSource(src, open, (_i, c, depth) => c === ')' && depth === 1);
}

/** Whether `src` has a `|` outside every group and class. */
function hasTopLevelBar(src: string): boolean {
  return findInSource(src, 0, (_i, c, depth) => c === '|' && depth === 0) !== -1;
}

/** What a detector built from a spec shows besides `find`: its description, gates and prefilter. */
export type DetectorFields = Omit<ValueDetector, 'find'>;

/** The fields every detector builder copies from its spec (keywords and requires only when set). */
export function detectorFields(spec: DetectorFields): DetectorFields {
  return {
    id: spec.id,
    entity: spec.entity,
    description: spec.description,
    validation: spec.validation,
    context: spec.context,
    example: spec.example,
    ...(spec.keywords ? { keywords: spec.keywords } : {}),
    ...(spec.requires ? { requires: spec.requires } : {}),
    ...(spec.readsKeywordHits ? { readsKeywordHits: true } : {}),
    ...(spec.hints ? { hints: spec.hints } : {}),
    ...(spec.needs ? { needs: spec.needs } : {}),
    prefilter: spec.prefilter,
  };
}

/**
 * regexDetector with `run` (see RegexDetectorSpec.run). Runs are found by probing every `min`-th
 * character: a run of `min` or more covers one probe. From a probe inside the class the run is
 * widened both ways; the next probe is `min` past its end. The pattern, made sticky, is tried at
 * the start of each run long enough; as with the plain loop, after a match the search goes on at
 * its end, and after a rejected candidate at the next run (no match starts inside a run: the
 * lookbehind forbids it).
 */
function runDetector(spec: RegexDetectorSpec, run: { chars: string; min: number }): ValueDetector {
  const inRun = new Uint8Array(128);
  const cls = new RegExp(`^${run.chars}$`);
  for (let c = 0; c < 128; c++) inRun[c] = cls.test(String.fromCharCode(c)) ? 1 : 0;
  const sticky = new RegExp(spec.pattern.source, `${spec.pattern.flags.replace('g', '')}y`);
  const { min } = run;
  const member = (c: number) => c < 128 && inRun[c] === 1;
  return {
    ...detectorFields(spec),
    find(scan: TextScan, out: Span[], priority: number): void {
      const text = scan.text;
      const n = text.length;
      let from = 0;
      for (let probe = min - 1; probe < n; ) {
        if (!member(text.charCodeAt(probe))) {
          probe += min;
          continue;
        }
        let start = probe;
        while (start > from && member(text.charCodeAt(start - 1))) start--;
        let end = probe + 1;
        while (end < n && member(text.charCodeAt(end))) end++;
        if (end - start >= min && (start === 0 || !member(text.charCodeAt(start - 1)))) {
          sticky.lastIndex = start;
          const m = sticky.exec(text);
          if (m !== null && m[0].length > 0) {
            const normalized = spec.validate(m[0], scan, start);
            if (normalized !== undefined) {
              const matchEnd = start + m[0].length;
              out.push({ start, end: matchEnd, entity: spec.entity, detector: spec.id, normalized, priority });
              if (matchEnd > end) end = matchEnd;
              from = end;
            }
          }
        }
        // A run may start right where a match ended (after `==`): probe from `end` on.
        probe = end + min - 1;
      }
    },
  };
}

import type { DetectorInfo, DetectorRequirement, Span, TextScan, ValueDetector } from '../types.js';

export interface RegexDetectorSpec extends DetectorInfo {
  /** See ValueDetector.keywords. */
  keywords?: readonly string[];
  /** See ValueDetector.requires. */
  requires?: DetectorRequirement;
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
}

/** The common shape: prefilter → global regex → validator, one span per accepted match. */
export function regexDetector(spec: RegexDetectorSpec): ValueDetector {
  const { pattern, validate } = spec;
  const groups = typeof spec.group === 'number' ? [spec.group] : (spec.group ?? [0]);
  const whole = groups.length === 1 && groups[0] === 0;
  if (!pattern.global) throw new Error(`detector ${spec.id}: pattern must be global`);
  if (!whole && !pattern.hasIndices) throw new Error(`detector ${spec.id}: a group pattern needs the d flag`);
  return {
    id: spec.id,
    entity: spec.entity,
    description: spec.description,
    validation: spec.validation,
    context: spec.context,
    example: spec.example,
    ...(spec.keywords ? { keywords: spec.keywords } : {}),
    ...(spec.requires ? { requires: spec.requires } : {}),
    prefilter: spec.prefilter,
    find(scan: TextScan, out: Span[], priority: number): void {
      const text = scan.text;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        let start = m.index;
        let value: string | undefined = m[0];
        if (!whole) {
          value = undefined;
          for (const g of groups) {
            const range = m.indices?.[g];
            if (range !== undefined) {
              start = range[0];
              value = text.slice(range[0], range[1]);
              break;
            }
          }
          if (value === undefined || value.length === 0) continue;
        }
        let normalized = validate(value, scan, start);
        if (normalized === undefined && spec.shrinkWords) {
          let cut = value;
          const separators = spec.shrinkSeparators ?? ' ';
          for (let k = 0; k < spec.shrinkWords && normalized === undefined; k++) {
            let space = -1;
            for (const sep of separators) space = Math.max(space, cut.lastIndexOf(sep));
            if (space <= 0) break;
            cut = cut.slice(0, space).trimEnd();
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
}

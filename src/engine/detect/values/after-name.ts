import type { DetectorInfo, Span, TextScan, ValueDetector } from '../types.js';
import { candidatePatterns, detectorFields } from './helpers.js';

export interface AfterNameSpec extends DetectorInfo {
  /** See ValueDetector.keywords: the shared keyword pass decides whether `find` runs at all. */
  keywords: readonly string[];
  prefilter(scan: TextScan): boolean;
  /**
   * The name as it is written in a text, in each case form looked for (`pin`, `Pin`, `PIN`): found
   * with native `indexOf`, and only where the character before is not a letter. A name that prose
   * holds often (`account`) makes every search of a long text cost: leave such a form out.
   */
  names: readonly string[];
  /**
   * Sticky (`y`) pattern with the `d` flag, tried where a name starts: the name, what may stand
   * between it and the value, and the value as group 1.
   */
  pattern: RegExp;
  /** Confirms the value (group 1) and returns its normalized form, or undefined. */
  validate(value: string): string | undefined;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * A value right after its name (`PIN 7391`, `Account Number: 5KR-482913`, `PAN acupa7085r`). Long
 * prose holds such names' letters far more often than the value after them, and a regex scan of
 * every position of a 5 KB prompt costs 5–35 µs; the names are found with `indexOf` (a fraction
 * of that) and the pattern is tried only where one starts.
 */
export function afterNameDetector(spec: AfterNameSpec): ValueDetector {
  const { pattern, validate } = spec;
  if (!pattern.sticky || !pattern.hasIndices) throw new Error(`detector ${spec.id}: pattern must be sticky with indices`);
  const detector: ValueDetector = {
    ...detectorFields(spec),
    find(scan: TextScan, out: Span[], priority: number): void {
      const text = scan.text;
      const from = out.length;
      for (const name of spec.names) {
        for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
          if (at > 0 && isLetter(text.charCodeAt(at - 1))) continue;
          pattern.lastIndex = at;
          const range = pattern.exec(text)?.indices?.[1];
          if (range === undefined) continue;
          const normalized = validate(text.slice(range[0], range[1]));
          if (normalized === undefined) continue;
          out.push({ start: range[0], end: range[1], entity: spec.entity, detector: spec.id, normalized, priority });
        }
      }
      // One name after another: put this detector's spans back in text order.
      if (out.length - from > 1) out.push(...out.splice(from).sort((x, y) => x.start - y.start));
    },
  };
  // The same pattern anywhere in a text, for the tests that hold `find` to its candidates.
  candidatePatterns.set(detector, [new RegExp(`(?<![A-Za-z])(?:${pattern.source})`, pattern.flags.replace('y', 'g'))]);
  return detector;
}

import type { ValueDetector } from './types.js';

/**
 * All detectors' keywords compiled into one alternation, so a string is searched once for every
 * keyword (the job Aho–Corasick does in gitleaks), instead of once per detector.
 *
 * `active(lower)` returns, for a lower-cased text, a bit set (as a boolean array indexed like the
 * detectors) of the keyword detectors whose keyword occurs. Overlapping keywords are handled: the
 * search restarts one character after each match, and a match also counts for every keyword that
 * is a prefix of it (`password` also reports `pass`).
 */
export class KeywordIndex {
  readonly #re: RegExp | undefined;
  /** keyword → indexes of the detectors it activates (its own and those of its prefixes). */
  readonly #owners = new Map<string, number[]>();
  /** 1 at the index of each detector that has keywords. */
  readonly gated: Uint8Array;
  /** Number of distinct keywords. */
  readonly size: number;

  constructor(detectors: readonly ValueDetector[]) {
    const byKeyword = new Map<string, number[]>();
    const gated = new Uint8Array(detectors.length);
    detectors.forEach((d, i) => {
      if (!d.keywords || d.keywords.length === 0) return;
      gated[i] = 1;
      for (const k of d.keywords) {
        const key = gateWord(k);
        const owners = byKeyword.get(key) ?? [];
        if (!owners.includes(i)) owners.push(i);
        byKeyword.set(key, owners);
      }
    });
    this.gated = gated;
    const keywords = [...byKeyword.keys()].sort((a, b) => b.length - a.length);
    this.size = keywords.length;
    for (const k of keywords) {
      const owners = new Set<number>();
      for (const other of keywords) if (k.startsWith(other)) for (const i of byKeyword.get(other) ?? []) owners.add(i);
      this.#owners.set(k, [...owners]);
    }
    this.#re = keywords.length > 0 ? new RegExp(keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : undefined;
  }

  /** Marks in `out` (length = detectors) the gated detectors whose keyword occurs; returns how many. */
  activate(lower: string, out: Uint8Array): number {
    const re = this.#re;
    if (re === undefined) return 0;
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      for (const i of this.#owners.get(m[0]) ?? []) {
        if (out[i] === 0) {
          out[i] = 1;
          n++;
        }
      }
      re.lastIndex = m.index + 1;
    }
    return n;
  }
}

/**
 * The part of a keyword that is searched for: its longest word. The index is a prefilter, so a
 * multi-word keyword (`date of birth`, written with spaces, `_`, `-`, `.` or nothing between its
 * words) gates on its most distinctive word alone (`birth`): one alternative instead of five, and
 * every spelling of the phrase still contains it.
 */
export function gateWord(keyword: string): string {
  const lower = keyword.toLowerCase();
  const words = lower.split(/[\s_.\-']+/).filter((w) => w.length > 0);
  if (words.length <= 1) return lower;
  return words.reduce((a, b) => (b.length > a.length ? b : a));
}

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
  /** Indexes of the detectors without keywords: their prefilters run on every string. */
  readonly ungated: readonly number[];
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
    this.ungated = detectors.map((_, i) => i).filter((i) => gated[i] === 0);
    const keywords = [...byKeyword.keys()].sort((a, b) => b.length - a.length);
    this.size = keywords.length;
    for (const k of keywords) {
      const owners = new Set<number>();
      for (const other of keywords) if (k.startsWith(other)) for (const i of byKeyword.get(other) ?? []) owners.add(i);
      this.#owners.set(k, [...owners]);
    }
    this.#re = keywords.length > 0 ? new RegExp(trieSource(keywords), 'g') : undefined;
  }

  /**
   * Appends to `active` the index of every gated detector whose keyword occurs in `lower`, once
   * each; `seen` (length = detectors, all zero on entry) marks them and is left marked: the caller
   * clears the entries it was given.
   */
  activate(lower: string, seen: Uint8Array, active: number[]): void {
    const re = this.#re;
    if (re === undefined) return;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      for (const i of this.#owners.get(m[0]) ?? []) {
        if (seen[i] === 0) {
          seen[i] = 1;
          active.push(i);
        }
      }
      re.lastIndex = m.index + 1;
    }
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

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * A regex source for a set of literals, factored as a trie (`pass|password|pwd` becomes
 * `p(?:ass(?:word)?|wd)`), so the regex engine tries one branch per character instead of every
 * alternative at every position. Longer continuations come first, so the longest keyword at a
 * position is the one reported.
 */
export function trieSource(literals: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const lit of literals) {
    let node = root;
    for (const ch of lit) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const esc = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([ch, child]) => esc(ch) + emit(child));
    if (branches.length === 0) return '';
    if (node.end) return `(?:${branches.join('|')})?`;
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return emit(root);
}

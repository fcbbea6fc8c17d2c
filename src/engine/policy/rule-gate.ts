import type RE2 from 're2';
import { re2 } from './re2.js';

/**
 * Custom rules as a few RE2 sets (issue 16, item 6): one linear pass per set says which rules
 * match a text anywhere, so only those run their own regex (for positions) and keyword check.
 * Without it every rule ran on every string: 10,000 rules cost ~70 ms a record.
 *
 * RE2 refuses to compile a set past its memory budget (10,000 simple patterns in one set fail),
 * so rules are grouped: GROUP_SIZE per set, a group that does not compile is split in halves,
 * down to single rules. Each pattern keeps its own case flag inside the set (`(?i:…)`).
 *
 * Contract: `candidates(text)` returns the indexes (into the rules it was built from, ascending)
 * of every rule whose pattern matches somewhere in `text`; a rule it leaves out has no match.
 */
export class RuleGate {
  readonly #sets: { set: InstanceType<typeof RE2.Set>; offsets: number[] }[] = [];

  constructor(rules: readonly { pattern: string; caseInsensitive: boolean }[]) {
    const wrapped = rules.map((r) => (r.caseInsensitive ? `(?i:${r.pattern})` : `(?:${r.pattern})`));
    const indexes = wrapped.map((_, i) => i);
    for (let i = 0; i < indexes.length; i += GROUP_SIZE) this.#add(wrapped, indexes.slice(i, i + GROUP_SIZE));
  }

  #add(patterns: string[], group: number[]): void {
    try {
      this.#sets.push({
        set: new (re2().Set)(
          group.map((i) => patterns[i] as string),
          'u',
        ),
        offsets: group,
      });
    } catch (err) {
      if (group.length === 1) throw err; // the rule itself compiled alone at load: not expected
      const half = group.length >> 1;
      this.#add(patterns, group.slice(0, half));
      this.#add(patterns, group.slice(half));
    }
  }

  candidates(text: string): number[] {
    let out: number[] | undefined;
    for (const { set, offsets } of this.#sets) {
      const hits = set.match(text);
      if (hits.length === 0) continue;
      out ??= [];
      for (const h of hits) out.push(offsets[h] as number);
    }
    if (out === undefined) return NONE;
    return out.sort((a, b) => a - b);
  }
}

/** Rules per RE2 set; 2,500 simple patterns compile in well under its default memory budget. */
const GROUP_SIZE = 2000;
const NONE: number[] = [];

/** Below this many rules, running each rule's regex is as cheap as asking a set first. */
export const RULE_GATE_MIN_RULES = 8;

/** The most custom rules a policy may hold (policy check refuses more, naming the limit). */
export const MAX_CUSTOM_RULES = 20_000;

import type { Action } from '../core/evidence.js';

/** What a scan recorded for one string, replayed at the path where the string comes again. */
export interface MemoFinding {
  entity: string;
  detector: string;
  action: Action;
  /** A value masked for its context, and its replacement: replayed to the record-wide copies pass (mask/record-copies.ts). */
  copy?: { value: string; replacement: string; run?: boolean };
}

const NO_FINDINGS: readonly MemoFinding[] = [];
/** Strings shorter than this go to the direct-mapped table. */
const LONG = 200;
/** Slots of the direct-mapped table (a power of two). */
const SLOTS = 4096;
/** Entries for long strings (prompts, messages, statements), most recently used first. */
const LONG_ENTRIES = 8;
/** Longer strings are not remembered at all. */
const LONG_MAX = 65_536;
/** Added to a slot that does not hold the string looked up (see `slot`). */
const MISS = 1 << 16;

/**
 * Recent strings and the outcome of their scan under one policy. Audit records repeat many values
 * (user agents, event names, routes, models, an agent's prompt logged in two fields), and the
 * outcome of a scan depends only on the string and the policy, so a repeat is answered from here.
 *
 * Two tiers:
 * - Strings shorter than LONG: two-way set-associative on a few characters, so a lookup costs a
 *   handful of reads and at most two comparisons. A string is stored only when it comes a second
 *   time: a slot first keeps a fingerprint (a number, so a string seen once, such as an id, is
 *   neither kept alive nor evicts a repeated one), and the string when the fingerprint matches
 *   again. Fingerprints go to the way of a pair used less recently, so two repeated strings that
 *   share a pair (`1.4.2` and `/api/v1/payments` did in every OTLP bench record) are both kept;
 *   direct-mapped, each evicted the other's fingerprint and neither was ever kept.
 * - Long strings (a prompt logged both as `gen_ai.prompt` and inside the tool call's arguments, a
 *   system prompt in every record): the LONG_ENTRIES most recently used, stored on first sight. A
 *   record carries few of them, so they die young; their second sighting, often in the same record,
 *   is answered. Scanning one costs far more than comparing it.
 * The memo holds up to SLOTS + LONG_ENTRIES recent input strings, sensitive ones included, in the
 * worker's memory, as the records being masked are; they never leave it.
 */
export class ScanMemo {
  readonly #input: (string | undefined)[] = new Array(SLOTS + LONG_ENTRIES).fill(undefined);
  readonly #output: string[] = new Array(SLOTS + LONG_ENTRIES).fill('');
  readonly #findings: (readonly MemoFinding[])[] = new Array(SLOTS + LONG_ENTRIES).fill(NO_FINDINGS);
  readonly #seen = new Int32Array(SLOTS);
  /** By pair of short-string slots (slot >> 1): the way (0 or 1) used last. */
  readonly #recentWay = new Uint8Array(SLOTS >> 1);
  /** Long-string slots (SLOTS + k), most recently used first. */
  readonly #recent: number[] = Array.from({ length: LONG_ENTRIES }, (_, k) => SLOTS + k);

  /**
   * Where `s` is: its slot when the memo holds it (`held`), else the slot `offer` would fill plus
   * MISS, or -1 when `s` is too long to remember. A long string gets its own slot when it is
   * remembered (moved to the front), else the least recently used one.
   */
  slot(s: string): number {
    const n = s.length;
    if (n >= LONG) return n > LONG_MAX ? -1 : this.#longSlot(s);
    const pair = sampleHash(s, 0, n) & (SLOTS - 2);
    const input = this.#input;
    if (input[pair] === s) {
      this.#recentWay[pair >> 1] = 0;
      return pair;
    }
    if (input[pair + 1] === s) {
      this.#recentWay[pair >> 1] = 1;
      return pair + 1;
    }
    return pair + MISS;
  }

  /** True when `slot` (from `slot(s)`) is where the memo holds `s`; then `output(slot)` and `findings(slot)` are its outcome. */
  held(slot: number): boolean {
    return slot >= 0 && slot < MISS;
  }

  output(slot: number): string {
    return this.#output[slot]!;
  }

  /** Empty for a string that holds nothing. */
  findings(slot: number): readonly MemoFinding[] {
    return this.#findings[slot]!;
  }

  /**
   * Offers an outcome for `s` at the slot `slot(s)` gave; kept when `s` was offered at its pair of
   * slots before (see the class comment), in the way that holds its fingerprint.
   */
  offer(slot: number, s: string, output: string, findings: readonly MemoFinding[] = NO_FINDINGS): void {
    if (slot < 0) return;
    const at = slot >= MISS ? slot - MISS : slot;
    if (at >= SLOTS) {
      this.#input[at] = s;
      this.#output[at] = output;
      this.#findings[at] = findings;
      return;
    }
    const n = s.length;
    const print =
      Math.imul(n, 0x85ebca6b) ^
      Math.imul(s.charCodeAt(1), 0xc2b2ae35) ^
      Math.imul(s.charCodeAt((n * 3) >> 2), 0x27d4eb2f) ^
      Math.imul(s.charCodeAt(n - 2), 0x165667b1) ^
      Math.imul(s.charCodeAt(n >> 3), 0x9e3779b1) ^
      1;
    const pair = at & ~1;
    const seen = this.#seen;
    let way: number;
    if (seen[pair] === print) way = 0;
    else if (seen[pair + 1] === print) way = 1;
    else {
      // First sighting: its fingerprint goes to the way used less recently.
      way = this.#recentWay[pair >> 1]! ^ 1;
      seen[pair + way] = print;
      this.#recentWay[pair >> 1] = way;
      return;
    }
    this.#recentWay[pair >> 1] = way;
    this.#input[pair + way] = s;
    this.#output[pair + way] = output;
    this.#findings[pair + way] = findings;
  }

  #longSlot(s: string): number {
    const recent = this.#recent;
    const input = this.#input;
    let k = 0;
    while (k < LONG_ENTRIES && input[recent[k]!] !== s) k++;
    const held = k < LONG_ENTRIES;
    if (!held) k = LONG_ENTRIES - 1;
    const slot = recent[k]!;
    // Found (or the least recently used, to be filled by `offer`): move it to the front.
    for (; k > 0; k--) recent[k] = recent[k - 1]!;
    recent[0] = slot;
    return held ? slot : slot + MISS;
  }
}

/**
 * A hash of text[start, start + n) from its length and four of its characters (first, last, a
 * quarter and half way): a few reads whatever the length, for direct-mapped tables of recent
 * strings whose entries are compared in full on a hit (ScanMemo, the engine's field-name table).
 */
export function sampleHash(text: string, start: number, n: number): number {
  const h =
    Math.imul(n, 0x9e3779b1) ^
    Math.imul(text.charCodeAt(start), 31) ^
    Math.imul(text.charCodeAt(start + (n >> 1)), 1031) ^
    Math.imul(text.charCodeAt(start + n - 1), 65599) ^
    Math.imul(text.charCodeAt(start + (n >> 2)), 257);
  return h ^ (h >>> 15);
}

import type { Action } from '../core/evidence.js';

/** What a scan recorded for one string, replayed at the path where the string comes again. */
export interface MemoFinding {
  entity: string;
  detector: string;
  action: Action;
  /** A value masked for its context, and its replacement: replayed to the record-wide copies pass (mask/record-copies.ts). */
  copy?: { value: string; replacement: string };
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

/**
 * Recent strings and the outcome of their scan under one policy. Audit records repeat many values
 * (user agents, event names, routes, models, an agent's prompt logged in two fields), and the
 * outcome of a scan depends only on the string and the policy, so a repeat is answered from here.
 *
 * Two tiers:
 * - Strings shorter than LONG: direct-mapped on a few characters, so a lookup costs a handful of
 *   reads and one comparison. A string is stored only when it comes a second time: a slot first
 *   keeps a fingerprint (a number, so a string seen once, such as an id, is neither kept alive nor
 *   evicts a repeated one), and the string when the fingerprint matches again.
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
  /** Long-string slots (SLOTS + k), most recently used first. */
  readonly #recent: number[] = Array.from({ length: LONG_ENTRIES }, (_, k) => SLOTS + k);

  /**
   * The slot for `s`, or -1 when `s` is too long to remember. A long string gets its own slot when
   * it is remembered (moved to the front), else the least recently used one (which `offer` fills).
   */
  slot(s: string): number {
    const n = s.length;
    if (n >= LONG) return n > LONG_MAX ? -1 : this.#longSlot(s);
    return sampleHash(s, 0, n) & (SLOTS - 1);
  }

  /** True when the slot holds `s`; then `output(slot)` and `findings(slot)` are its outcome. */
  holds(slot: number, s: string): boolean {
    return slot >= 0 && this.#input[slot] === s;
  }

  output(slot: number): string {
    return this.#output[slot]!;
  }

  /** Empty for a string that holds nothing. */
  findings(slot: number): readonly MemoFinding[] {
    return this.#findings[slot]!;
  }

  /** Offers an outcome; kept when `s` was offered at this slot before (see the class comment). */
  offer(slot: number, s: string, output: string, findings: readonly MemoFinding[] = NO_FINDINGS): void {
    if (slot < 0) return;
    if (slot >= SLOTS) {
      this.#input[slot] = s;
      this.#output[slot] = output;
      this.#findings[slot] = findings;
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
    if (this.#seen[slot] !== print) {
      this.#seen[slot] = print;
      return;
    }
    this.#input[slot] = s;
    this.#output[slot] = output;
    this.#findings[slot] = findings;
  }

  #longSlot(s: string): number {
    const recent = this.#recent;
    const input = this.#input;
    let k = 0;
    while (k < LONG_ENTRIES - 1 && input[recent[k]!] !== s) k++;
    const slot = recent[k]!;
    // Found (or the least recently used, to be filled by `offer`): move it to the front.
    for (; k > 0; k--) recent[k] = recent[k - 1]!;
    recent[0] = slot;
    return slot;
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

import type { Action } from './mask/actions.js';

/** What a scan recorded for one string, replayed at the path where the string comes again. */
export interface MemoFinding {
  entity: string;
  detector: string;
  action: Action;
}

const NO_FINDINGS: readonly MemoFinding[] = [];
/** Strings up to this length are remembered. */
const MAX_LENGTH = 1024;
/** Slots (a power of two). */
const SLOTS = 4096;

/**
 * Recent strings and the outcome of their scan under one policy. Audit records repeat many values
 * (user agents, event names, routes, models, an agent's prompt logged in two fields), and the
 * outcome of a scan depends only on the string and the policy, so a repeat is answered from here.
 *
 * Direct-mapped on a few characters: a lookup costs a handful of reads and one comparison. A string
 * is stored only when it comes a second time: a slot first keeps a fingerprint (a number, so a
 * string seen once is neither kept alive nor evicts a repeated one), and the string when the
 * fingerprint matches again. The memo holds up to SLOTS recent input strings, sensitive ones
 * included, in the worker's memory, as the records being masked are; they never leave it.
 */
export class ScanMemo {
  readonly #input: (string | undefined)[] = new Array(SLOTS).fill(undefined);
  readonly #output: string[] = new Array(SLOTS).fill('');
  readonly #findings: (readonly MemoFinding[])[] = new Array(SLOTS).fill(NO_FINDINGS);
  readonly #seen = new Int32Array(SLOTS);

  /** The slot for `s`, or -1 when `s` is too long to remember. */
  slot(s: string): number {
    const n = s.length;
    if (n > MAX_LENGTH) return -1;
    const h =
      Math.imul(n, 0x9e3779b1) ^
      Math.imul(s.charCodeAt(0), 31) ^
      Math.imul(s.charCodeAt(n >> 1), 1031) ^
      Math.imul(s.charCodeAt(n - 1), 65599) ^
      Math.imul(s.charCodeAt(n >> 2), 257);
    return (h ^ (h >>> 15)) & (SLOTS - 1);
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
}

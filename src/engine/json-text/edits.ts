/**
 * The characters JSON.stringify writes escaped in a string: `"`, a backslash, U+0000–U+001F and surrogates
 * (a lone one is escaped; a pair is tested too and left to JSON.stringify). Code units, no `u` flag.
 */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * `JSON.stringify(v)` of a walked value: a string that holds nothing to escape (a masked value and
 * its tokens mostly) in quotes, anything else by JSON.stringify. The same text; the test and the
 * concatenation cost about half of JSON.stringify's call on the bench records' masked strings (70
 * against 138 ns, stop 46).
 */
export function jsonString(v: unknown): string {
  return typeof v === 'string' && !NEEDS_ESCAPE.test(v) ? `"${v}"` : JSON.stringify(v);
}

/**
 * Replacements to a text, applied in one concatenation: everything outside the replaced ranges is
 * copied as it came. Ranges never overlap (the masking walk guarantees it: a member it removes
 * carries no other edit); they may be added out of order (a removed member's range is known only
 * after its object is walked) and are sorted when applied.
 */
export class TextEdits {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  readonly #texts: string[] = [];
  #sorted = true;

  get length(): number {
    return this.#starts.length;
  }

  /** Replace [start, end) with `text` (an insertion when start === end). */
  replace(start: number, end: number, text: string): void {
    const n = this.#starts.length;
    if (n > 0 && (start < this.#starts[n - 1]! || (start === this.#starts[n - 1]! && end < this.#ends[n - 1]!))) this.#sorted = false;
    this.#starts.push(start);
    this.#ends.push(end);
    this.#texts.push(text);
  }

  /** Forgets the edits added after the first `length` (a member that is removed whole). */
  truncate(length: number): void {
    this.#starts.length = length;
    this.#ends.length = length;
    this.#texts.length = length;
  }

  /** The index of the edit whose range [start, end) holds `at`, or -1 (a linear search: for rare passes). */
  covering(at: number): number {
    for (let i = 0; i < this.#starts.length; i++) if (this.#starts[i]! <= at && at < this.#ends[i]!) return i;
    return -1;
  }

  textAt(i: number): string {
    return this.#texts[i]!;
  }

  /** Replaces the text of edit `i` (its range stays). */
  setTextAt(i: number, text: string): void {
    this.#texts[i] = text;
  }

  /** `text.slice(from, to)` with every edit inside [from, to) applied. */
  apply(text: string, from: number, to: number): string {
    const n = this.#starts.length;
    if (n === 0) return text.slice(from, to);
    let order: number[] | undefined;
    if (!this.#sorted) {
      order = Array.from({ length: n }, (_, i) => i);
      const s = this.#starts;
      const e = this.#ends;
      // An insertion at a position sorts before a replacement starting there (the same order
      // `replace` keeps when edits come in order).
      order.sort((a, b) => s[a]! - s[b]! || e[a]! - e[b]! || a - b);
    }
    let out = '';
    let at = from;
    for (let k = 0; k < n; k++) {
      const i = order === undefined ? k : order[k]!;
      const start = this.#starts[i]!;
      if (start < from || start > to) continue;
      // Never copy text again that an earlier edit replaced (the cursor only moves forward).
      out += (start > at ? text.slice(at, start) : '') + this.#texts[i];
      if (this.#ends[i]! > at) at = this.#ends[i]!;
    }
    return out + text.slice(at, to);
  }
}

/**
 * A lossless JSON scanner: one pass over a record's text builds a compact span tree (where each
 * value, member name and container sits), so the engine can read the record's structure and write
 * the same text back with only the masked spans replaced. Nothing is converted: numbers stay text
 * (64-bit ids and nanosecond times keep every digit), strings are decoded only when asked.
 *
 * The tree is flat, in typed arrays reused from record to record (no object per value): tokens in
 * text order, each with its kind, its text span and `next`, the index of the first token after its
 * subtree. An object's members follow it as (name, value) token pairs; an array's items follow it.
 *
 * Contract: `scan` accepts exactly the texts `JSON.parse` accepts (RFC 8259: the four blanks
 * space, tab, LF, CR; no BOM; no trailing commas; escapes `\" \\ \/ \b \f \n \r \t \uXXXX`; lone
 * surrogates allowed) and returns false for every other text, without throwing and without saying
 * where it failed (a parser message would quote the record). It is iterative: nesting depth costs
 * memory, not stack; the engine enforces `limits.max_depth` while walking the tree.
 */

/** A string without a backslash: its offsets map 1:1 to its decoded value. */
export const STRING = 0;
/** A string with escapes: decoding needs JSON.parse. */
export const STRING_ESCAPED = 1;
export const NUMBER = 2;
/** `true`, `false` or `null`. */
export const LITERAL = 3;
export const OBJECT = 4;
export const ARRAY = 5;

const INITIAL_TOKENS = 256;
/**
 * The run of characters from `lastIndex` that holds no control character (raw in a string one makes
 * the text invalid; tab, LF, CR are blanks outside). One greedy run from 0 that reaches the text's
 * end says the text has none: half the cost of searching for `[\u0000-\u001f]` (which Irregexp tries
 * at every position), and it stops at the first control character without backtracking.
 */
const NO_CONTROL_RUN = /[^\u0000-\u001f]*/y;

/** Whether `text` holds no control character (U+0000–U+001F). */
function noControl(text: string): boolean {
  NO_CONTROL_RUN.lastIndex = 0;
  NO_CONTROL_RUN.test(text);
  return NO_CONTROL_RUN.lastIndex === text.length;
}

/** Whether the escaped name `text[start, end)` (quotes included) spells `MESSAGE_V1` (`MESSAGE\u005FV1`). */
function isEscapedBapiName(text: string, start: number, end: number): boolean {
  return end - start <= 72 && JSON.parse(text.slice(start, end)) === 'MESSAGE_V1';
}

function isBlank(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * One scanner per nesting level of the caller (JSON held in a string is scanned while the record's
 * tree is still in use). `kind`, `start`, `end`, `next` are valid for token indexes below `count`
 * until the next `scan`. Token 0 is the root value.
 */
export class JsonTree {
  kind = new Uint8Array(INITIAL_TOKENS);
  start = new Int32Array(INITIAL_TOKENS);
  end = new Int32Array(INITIAL_TOKENS);
  next = new Int32Array(INITIAL_TOKENS);
  count = 0;
  text = '';
  /**
   * Whether the text scanned last holds a control character (U+0000–U+001F). In valid JSON one
   * can only be a blank between tokens (tab, LF, CR), so without one the text has no line break.
   */
  hasControl = false;
  /** Open containers while scanning (token indexes). */
  #open = new Int32Array(64);
  /** Position of the next backslash at or after the last one looked for (text.length + 1: none). */
  #backslash = 0;
  /** Whether the string read last holds a backslash. */
  #escaped = false;

  /** Whether some member is named `resourceType` (FHIR): noted by the scan, at a length test per name. */
  mentionsResourceType(): boolean {
    return this.#resourceType;
  }
  #resourceType = false;

  /** Whether some member is named like a Terraform sensitivity map (`after_sensitive`, `sensitive_values`…). */
  mentionsSensitivityMap(): boolean {
    return this.#sensitivityMap;
  }
  #sensitivityMap = false;

  /** Whether some member `"kind"` is `"Secret"` or `"SecretList"` (Kubernetes): noted by the scan for names of 6 characters. */
  mentionsSecretKind(): boolean {
    return this.#secretKind;
  }
  #secretKind = false;

  /** Whether some member is named `MESSAGE_V1` (a SAP BAPIRET2 return row's first message variable). */
  mentionsBapiReturn(): boolean {
    return this.#bapiReturn;
  }
  #bapiReturn = false;

  /** Decoded value of string token `t`. */
  string(t: number): string {
    const s = this.start[t]!;
    const e = this.end[t]!;
    return this.kind[t] === STRING ? this.text.slice(s + 1, e - 1) : (JSON.parse(this.text.slice(s, e)) as string);
  }

  /**
   * Whether string token `t` decodes to `s` (`string(t) === s`): a string without escapes is
   * compared in place, after its length, so a member name of another length is not sliced.
   */
  is(t: number, s: string): boolean {
    if (this.kind[t] !== STRING) return this.string(t) === s;
    const start = this.start[t]! + 1;
    return this.end[t]! - 1 - start === s.length && this.text.startsWith(s, start);
  }

  /** Builds the tree of `text`; false when `text` is not one JSON value (as JSON.parse would say). */
  scan(text: string): boolean {
    this.text = text;
    this.#resourceType = false;
    this.#sensitivityMap = false;
    this.#bapiReturn = false;
    this.#secretKind = false;
    this.count = 0;
    this.#backslash = -1;
    const n = text.length;
    // Without any control character, a string ends at the next quote unless a backslash comes first.
    const quick = noControl(text);
    this.hasControl = !quick;
    let depth = 0;
    let i = 0;
    while (isBlank(text.charCodeAt(i))) i++;
    for (;;) {
      // ---- one value at i (in an object, its name and colon were read already)
      if (i >= n) return false;
      const c = text.charCodeAt(i);
      const t = this.#token();
      this.start[t] = i;
      if (c === 123 || c === 91) {
        this.kind[t] = c === 123 ? OBJECT : ARRAY;
        i++;
        while (isBlank(text.charCodeAt(i))) i++;
        const close = text.charCodeAt(i);
        if ((c === 123 && close === 125) || (c === 91 && close === 93)) {
          i++;
          this.end[t] = i;
          this.next[t] = t + 1;
        } else {
          if (depth === this.#open.length) {
            const grown = new Int32Array(depth * 2);
            grown.set(this.#open);
            this.#open = grown;
          }
          this.#open[depth++] = t;
          if (c === 123) {
            i = this.#name(text, i, quick);
            if (i < 0) return false;
          }
          continue;
        }
      } else if (c === 34) {
        const end = quick ? this.#stringEndQuick(text, i) : this.#stringEnd(text, i);
        if (end < 0) return false;
        this.kind[t] = this.#escaped ? STRING_ESCAPED : STRING;
        i = end;
        this.end[t] = i;
        this.next[t] = t + 1;
      } else if (c === 116 || c === 102 || c === 110) {
        const word = c === 116 ? 'true' : c === 102 ? 'false' : 'null';
        if (!text.startsWith(word, i)) return false;
        i += word.length;
        this.kind[t] = LITERAL;
        this.end[t] = i;
        this.next[t] = t + 1;
      } else {
        const end = numberEnd(text, i);
        if (end < 0) return false;
        i = end;
        this.kind[t] = NUMBER;
        this.end[t] = i;
        this.next[t] = t + 1;
      }
      // ---- after a value: a comma (then the next value) or closing brackets
      for (;;) {
        // `i < n` first: the root value's end is the text's end in most records, and a read past
        // it makes V8 throw the scanner's optimised code away once per process (an out-of-bounds
        // deoptimisation) and compile it again.
        while (i < n && isBlank(text.charCodeAt(i))) i++;
        if (depth === 0) return i === n;
        const top = this.#open[depth - 1]!;
        const object = this.kind[top] === OBJECT;
        const sep = text.charCodeAt(i);
        if (sep === 44) {
          i++;
          while (isBlank(text.charCodeAt(i))) i++;
          if (object) {
            i = this.#name(text, i, quick);
            if (i < 0) return false;
          }
          break;
        }
        if (sep !== (object ? 125 : 93)) return false;
        i++;
        this.end[top] = i;
        this.next[top] = this.count;
        depth--;
      }
    }
  }

  #token(): number {
    const t = this.count++;
    if (t === this.kind.length) {
      const size = t * 2;
      const kind = new Uint8Array(size);
      kind.set(this.kind);
      this.kind = kind;
      for (const field of ['start', 'end', 'next'] as const) {
        const grown = new Int32Array(size);
        grown.set(this[field]);
        this[field] = grown;
      }
    }
    return t;
  }

  /** Reads `"name" :` at i as a string token (blanks after the colon skipped); -1 when invalid. */
  #name(text: string, i: number, quick: boolean): number {
    if (text.charCodeAt(i) !== 34) return -1;
    const end = quick ? this.#stringEndQuick(text, i) : this.#stringEnd(text, i);
    if (end < 0) return -1;
    const t = this.#token();
    this.kind[t] = this.#escaped ? STRING_ESCAPED : STRING;
    this.start[t] = i;
    if (end - i === 14 && text.charCodeAt(i + 1) === 114 && text.startsWith('"resourceType"', i)) this.#resourceType = true;
    else if ((end - i === 17 || end - i === 18) && text.startsWith('_sensitive"', end - 11)) this.#sensitivityMap = true;
    else if (end - i === 18 && text.startsWith('"sensitive_values"', i)) this.#sensitivityMap = true;
    else if (end - i === 12 ? text.startsWith('"MESSAGE_V1"', i) : this.#escaped && isEscapedBapiName(text, i, end))
      this.#bapiReturn = true;
    let j = end;
    this.end[t] = j;
    this.next[t] = t + 1;
    while (isBlank(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== 58) return -1;
    j++;
    while (isBlank(text.charCodeAt(j))) j++;
    if (
      end - i === 6 &&
      text.charCodeAt(j + 1) === 83 &&
      text.startsWith('"kind"', i) &&
      text.startsWith('"Secret', j) &&
      (text.charCodeAt(j + 7) === 34 || text.startsWith('List"', j + 7))
    )
      this.#secretKind = true;
    return j;
  }

  /**
   * End of the string opening at i in a text without control characters: the next quote, unless a
   * backslash comes before it. Returns the end offset (sets #escaped), or -1 when invalid.
   */
  #stringEndQuick(text: string, i: number): number {
    const quote = text.indexOf('"', i + 1);
    if (quote < 0) return -1;
    if (this.#backslash <= i) {
      const b = text.indexOf('\\', i + 1);
      this.#backslash = b < 0 ? text.length + 1 : b;
    }
    if (this.#backslash > quote) {
      this.#escaped = false;
      return quote + 1;
    }
    return this.#stringEnd(text, i);
  }

  /** End of the string opening at i, read character by character (see #stringEndQuick). */
  #stringEnd(text: string, i: number): number {
    const n = text.length;
    let escaped = false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        this.#escaped = escaped;
        return i + 1;
      }
      if (c < 32) return -1;
      if (c === 92) {
        escaped = true;
        const e = text.charCodeAt(i + 1);
        if (e === 117) {
          if (
            !(
              isHex(text.charCodeAt(i + 2)) &&
              isHex(text.charCodeAt(i + 3)) &&
              isHex(text.charCodeAt(i + 4)) &&
              isHex(text.charCodeAt(i + 5))
            )
          )
            return -1;
          i += 6;
          continue;
        }
        // " \ / b f n r t
        if (e !== 34 && e !== 92 && e !== 47 && e !== 98 && e !== 102 && e !== 110 && e !== 114 && e !== 116) return -1;
        i += 2;
        continue;
      }
      i++;
    }
    return -1;
  }
}

/** Index just past the number starting at `i`, or -1 when it is not a JSON number. */
function numberEnd(text: string, i: number): number {
  if (text.charCodeAt(i) === 45) i++;
  const first = text.charCodeAt(i);
  if (first === 48) i++;
  else if (first >= 49 && first <= 57) {
    i++;
    while (isDigit(text.charCodeAt(i))) i++;
  } else return -1;
  if (text.charCodeAt(i) === 46) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return -1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 43 || sign === 45) i++;
    if (!isDigit(text.charCodeAt(i))) return -1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/**
 * A lossless JSON scanner: one pass over a record's text builds a compact span tree (where each
 * value, key and member sits), so the engine can read the record's structure and write the same
 * text back with only the masked spans replaced. Nothing is converted: numbers stay text (64-bit
 * ids and nanosecond times keep every digit), strings are decoded only when the engine asks.
 *
 * Contract: `scanJson` accepts exactly the texts `JSON.parse` accepts (RFC 8259: the four blanks
 * space, tab, LF, CR; no BOM; no trailing commas; escapes `\" \\ \/ \b \f \n \r \t \uXXXX`; lone
 * surrogates allowed) and returns undefined for every other text, without throwing and without
 * saying where it failed (a parser message would quote the record). It is iterative: nesting
 * depth costs heap, not stack; the engine enforces `limits.max_depth` on the tree.
 */

export const STRING = 0;
export const NUMBER = 1;
export const LITERAL = 2;
export const OBJECT = 3;
export const ARRAY = 4;

/** A string token: `start` is the opening quote, `end` is just past the closing quote. */
export interface JsonString {
  kind: typeof STRING;
  start: number;
  end: number;
  /** True when the token holds a backslash: decoding needs JSON.parse, offsets do not map 1:1. */
  escaped: boolean;
}

/** A number or `true`/`false`/`null`, as the text spells it. */
export interface JsonScalar {
  kind: typeof NUMBER | typeof LITERAL;
  start: number;
  end: number;
}

export interface JsonMember {
  key: JsonString;
  value: JsonNode;
}

export interface JsonObject {
  kind: typeof OBJECT;
  start: number;
  end: number;
  /** Every member in text order, duplicates included. */
  members: JsonMember[];
}

export interface JsonArray {
  kind: typeof ARRAY;
  start: number;
  end: number;
  items: JsonNode[];
}

export type JsonNode = JsonString | JsonScalar | JsonObject | JsonArray;

/** The decoded value of a string token. */
export function decodeString(text: string, node: JsonString): string {
  return node.escaped ? (JSON.parse(text.slice(node.start, node.end)) as string) : text.slice(node.start + 1, node.end - 1);
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

/** Index just past the string token opening at `i` (a quote), or -1 when the token is invalid. */
function stringEnd(text: string, i: number, out: { escaped: boolean }): number {
  const n = text.length;
  let escaped = false;
  i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      out.escaped = escaped;
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

/** The span tree of `text`, or undefined when `text` is not one JSON value (as JSON.parse would say). */
export function scanJson(text: string): JsonNode | undefined {
  const n = text.length;
  const esc = { escaped: false };
  // Open containers; for an object, `key` holds the member key read and not yet given a value.
  const stack: (JsonObject | JsonArray)[] = [];
  let pendingKey: JsonString | null = null;
  const keys: (JsonString | null)[] = [];
  let root: JsonNode | undefined;
  let i = 0;
  while (isBlank(text.charCodeAt(i))) i++;
  // state: expecting a value (after `[`, `,` in array, `:` in object, or at the top)
  for (;;) {
    // ---- read one value at i
    if (i >= n) return undefined;
    const c = text.charCodeAt(i);
    let value: JsonNode;
    if (c === 123 || c === 91) {
      const container: JsonObject | JsonArray =
        c === 123 ? { kind: OBJECT, start: i, end: -1, members: [] } : { kind: ARRAY, start: i, end: -1, items: [] };
      i++;
      while (isBlank(text.charCodeAt(i))) i++;
      const close = text.charCodeAt(i);
      if ((c === 123 && close === 125) || (c === 91 && close === 93)) {
        i++;
        container.end = i;
        value = container;
      } else {
        stack.push(container);
        keys.push(pendingKey);
        pendingKey = null;
        if (c === 123) {
          const key = readKey(text, i, esc);
          if (key === undefined) return undefined;
          pendingKey = key.node;
          i = key.next;
        }
        continue;
      }
    } else if (c === 34) {
      const end = stringEnd(text, i, esc);
      if (end < 0) return undefined;
      value = { kind: STRING, start: i, end, escaped: esc.escaped };
      i = end;
    } else if (c === 116 || c === 102 || c === 110) {
      const word = c === 116 ? 'true' : c === 102 ? 'false' : 'null';
      if (!text.startsWith(word, i)) return undefined;
      value = { kind: LITERAL, start: i, end: i + word.length };
      i += word.length;
    } else {
      const end = numberEnd(text, i);
      if (end < 0) return undefined;
      value = { kind: NUMBER, start: i, end };
      i = end;
    }
    // ---- attach the value, then close containers until one expects another value
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined) {
        root = value;
        while (isBlank(text.charCodeAt(i))) i++;
        return i === n ? root : undefined;
      }
      if (top.kind === OBJECT) top.members.push({ key: pendingKey as JsonString, value });
      else top.items.push(value);
      while (isBlank(text.charCodeAt(i))) i++;
      const sep = text.charCodeAt(i);
      if (sep === 44) {
        i++;
        while (isBlank(text.charCodeAt(i))) i++;
        if (top.kind === OBJECT) {
          const key = readKey(text, i, esc);
          if (key === undefined) return undefined;
          pendingKey = key.node;
          i = key.next;
        }
        break;
      }
      if ((top.kind === OBJECT && sep === 125) || (top.kind === ARRAY && sep === 93)) {
        i++;
        top.end = i;
        stack.pop();
        pendingKey = keys.pop() ?? null;
        value = top;
        continue;
      }
      return undefined;
    }
  }
}

/** Reads `"key" :` at i (blanks after the colon skipped); undefined when the text is not that. */
function readKey(text: string, i: number, esc: { escaped: boolean }): { node: JsonString; next: number } | undefined {
  if (text.charCodeAt(i) !== 34) return undefined;
  const end = stringEnd(text, i, esc);
  if (end < 0) return undefined;
  const node: JsonString = { kind: STRING, start: i, end, escaped: esc.escaped };
  let j = end;
  while (isBlank(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) !== 58) return undefined;
  j++;
  while (isBlank(text.charCodeAt(j))) j++;
  return { node, next: j };
}

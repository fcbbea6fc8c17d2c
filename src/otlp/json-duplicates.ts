/**
 * Finds the first object key that appears twice in the same JSON object. `JSON.parse` keeps the
 * last copy and drops the others without a word; an OTLP/JSON request that says the same thing
 * twice is ambiguous (which copy did the sender mean?), so the receiver refuses it instead.
 *
 * Contract: `text` has already been accepted by `JSON.parse` (so it is well-formed); the scan is
 * one linear pass over the characters. Returns the duplicated key and the JSON path of its object
 * (`resourceLogs[0].scopeLogs[1]`), or undefined. Keys are compared after unescaping.
 */
export function findDuplicateKey(text: string): { key: string; at: string } | undefined {
  // One frame per open container: an object's keys seen so far, or null for an array.
  const keys: (Set<string> | null)[] = [];
  // The path segment of each open container (the key or index under which it sits in its parent).
  const names: string[] = [];
  const index: number[] = [];
  let lastKey = '';
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      i++;
      let escaped = false;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      if (expectKey) {
        const raw = text.slice(start + 1, i);
        const key = escaped ? (JSON.parse(text.slice(start, i + 1)) as string) : raw;
        const seen = keys[keys.length - 1];
        if (seen) {
          if (seen.has(key)) return { key, at: pathOf(names) };
          seen.add(key);
        }
        lastKey = key;
        expectKey = false;
      }
    } else if (c === 0x7b /* { */) {
      names.push(segment(keys, index, lastKey));
      keys.push(new Set());
      index.push(0);
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      names.push(segment(keys, index, lastKey));
      keys.push(null);
      index.push(0);
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      keys.pop();
      names.pop();
      index.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      const top = keys.length - 1;
      if (top >= 0) {
        if (keys[top] === null) (index[top] as number)++;
        else expectKey = true;
      }
    }
  }
  return undefined;
}

function segment(keys: (Set<string> | null)[], index: number[], lastKey: string): string {
  const top = keys.length - 1;
  if (top < 0) return '';
  return keys[top] === null ? `[${index[top]}]` : `.${lastKey}`;
}

function pathOf(names: string[]): string {
  const p = names.join('').replace(/^\./, '');
  return p === '' ? '(request)' : p;
}

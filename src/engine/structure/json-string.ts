/**
 * JSON held in a string field (`"payload": "{\"user\":{\"email\":…}}"`, tool-call arguments, queue
 * messages stored as text): parsed, masked inside by the engine's own walk (key rules and value
 * detectors, with paths continuing into the document), and re-serialised. A string is opened only
 * when its first and last non-blank characters are `{}` or `[]`, so other strings cost two
 * character reads; nesting of JSON-in-JSON is bounded by `structure.json_max_nesting`.
 */

export interface JsonHost {
  /** Masks a parsed document in place with the engine's walk; may throw (depth limit). */
  walk(value: object): unknown;
  findingsCount(): number;
  truncateFindings(length: number): void;
  /**
   * How many findings were recorded so far, each counted (a repeat of the last finding's path and
   * entity adds to its `count`, not to findingsCount): whether a walk masked anything.
   */
  recorded(): number;
}

function firstNonBlank(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return c;
  }
  return 0;
}

function lastNonBlank(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return c;
  }
  return 0;
}

/** Cheap shape test: `{…}` or `[…]` around optional blanks. */
export function looksLikeJson(s: string): boolean {
  const a = firstNonBlank(s);
  if (a !== 123 && a !== 91) return false;
  const b = lastNonBlank(s);
  return (a === 123 && b === 125) || (a === 91 && b === 93);
}

/**
 * The masked re-serialisation of `s`, `s` itself when nothing inside was found (its formatting
 * kept), or undefined when it is not a JSON object or array (or masking inside failed, e.g. too
 * deep): the caller then scans it as text. Findings of a failed attempt are rolled back.
 */
export function maskJsonString(s: string, host: JsonHost): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(s);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const before = host.findingsCount();
  const recorded = host.recorded();
  let out: unknown;
  try {
    out = host.walk(parsed);
  } catch {
    host.truncateFindings(before);
    return undefined;
  }
  // Not findingsCount: the lines of newline-delimited JSON share their paths, so a second line's
  // finding adds to the first line's `count` and leaves the count of findings as it was (red-team
  // round 77: the second line of Clio activities was returned unmasked).
  if (host.recorded() === recorded) return s;
  return JSON.stringify(out);
}

/**
 * JSON escaped once more before it was logged (`{\"naturalPerson\":{…}}`: a document serialised
 * into a string, then that string written into another string; red-team round 50): `{\"`,
 * `[{\"` or `[\"` at the start, a member name or string behind an escaped quote. The engine
 * reads it back as the string body it is, masks it on its text (its formatting kept) and escapes
 * it again the same way.
 */
export function escapedOnceMore(s: string): boolean {
  const at = s.indexOf('\\"');
  return at > 0 && at <= 3 && s.indexOf('"') === at + 1;
}

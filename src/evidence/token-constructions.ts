/**
 * Which token construction made the tokens of each record of a trail, per token key id, read from
 * the evidence (`key`, `tok`; src/core/evidence.ts). Evidence with a token key and no `tok` was
 * written by a release before tokens v2: `v1` (HMAC-SHA256). One key id under two constructions
 * means the same value has two different tokens on either side of the upgrade: joins, counts of
 * distinct values and vault look-ups across the switch silently miss. `auditmask verify` and
 * `auditmask report` count and warn; neither treats it as a broken chain.
 */

/** Key ids that stand for no token key (reveal audit records): not counted. */
const NO_KEY = 'none';

/** Token key id → construction → records. */
export type ConstructionCounts = Map<string, Map<string, number>>;

/** The construction of a record's evidence, or undefined when it names no token key. */
export function constructionOf(evidence: { key?: unknown; tok?: unknown } | undefined): { key: string; tok: string } | undefined {
  if (!evidence || typeof evidence.key !== 'string' || evidence.key === NO_KEY) return undefined;
  return { key: evidence.key, tok: typeof evidence.tok === 'string' ? evidence.tok : 'v1' };
}

export function countConstruction(counts: ConstructionCounts, found: { key: string; tok: string } | undefined): void {
  if (!found) return;
  const byTok = counts.get(found.key) ?? new Map<string, number>();
  byTok.set(found.tok, (byTok.get(found.tok) ?? 0) + 1);
  counts.set(found.key, byTok);
}

/** Key ids whose records name more than one construction, sorted. */
export function mixedKeys(counts: ConstructionCounts): string[] {
  return [...counts]
    .filter(([, byTok]) => byTok.size > 1)
    .map(([k]) => k)
    .sort();
}

/** The counts as plain JSON: `{ "k-1": { "v1": 3, "v2": 10 } }`. */
export function countsJson(counts: ConstructionCounts): Record<string, Record<string, number>> {
  return Object.fromEntries([...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([k, m]) => [k, Object.fromEntries([...m].sort())]));
}

/** One line per mixing key, for a text report: what it means and what to do. Never a value. */
export function mixWarnings(counts: ConstructionCounts): string[] {
  return mixedKeys(counts).map((k) => {
    const parts = [...counts.get(k)!].sort().map(([tok, n]) => `${tok} ${n}`);
    return `token key ${k} made tokens of two constructions (${parts.join(', ')} records): the same value has a different token before and after the switch to tokens v2, so joins and vault look-ups across it miss; compare only records of one construction (evidence "tok")`;
  });
}

// The engine writes its evidence as `{"v":1,"policy":…,"key":…,"tok":…,"findings":[…` (without
// `"tok"` before tokens v2), last member of a JSON record: read its head without parsing the record.
const HEAD = /^\{"v":1,"policy":"(?:[^"\\]|\\.)*","key":("(?:[^"\\]|\\.)*")(?:,"tok":("(?:[^"\\]|\\.)*"))?,"findings":/;

/**
 * The token key id and construction named by a record's evidence (member `field`), read from the
 * record's JSON bytes: the evidence head as the engine writes it, found from the end; any other
 * layout is parsed in full. Undefined when the record is not JSON or has no evidence with a key.
 */
export function recordConstruction(json: Buffer, field: string): { key: string; tok: string } | undefined {
  const member = `${JSON.stringify(field)}:`;
  const at = json.lastIndexOf(member);
  if (at < 0) return undefined;
  const head = HEAD.exec(json.toString('utf8', at + Buffer.byteLength(member), Math.min(json.length, at + 1024)));
  if (head) {
    return constructionOf({ key: JSON.parse(head[1]!) as string, ...(head[2] ? { tok: JSON.parse(head[2]) as string } : {}) });
  }
  try {
    const o = JSON.parse(json.toString('utf8')) as Record<string, unknown>;
    const ev = o?.[field];
    return ev && typeof ev === 'object' ? constructionOf(ev as { key?: unknown; tok?: unknown }) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * "Did you mean" for every message that names an unknown key, id or value: one rule everywhere.
 * A candidate is suggested when it is within a small edit distance of the word (about one edit per
 * three letters, at least two) or when one starts with the other (`dir` for `dirr`, `date_of_birth`
 * for `date_of_b`); the nearest first, at most three, never the whole list.
 */
export function suggestions(word: string, candidates: readonly string[], max = 3): string[] {
  const w = word.toLowerCase();
  if (w.length === 0) return [];
  const limit = Math.max(2, Math.floor(w.length / 3));
  const scored: { c: string; d: number; i: number }[] = [];
  candidates.forEach((c, i) => {
    const lc = c.toLowerCase();
    const d = editDistance(w, lc);
    const prefix = Math.min(w.length, lc.length) >= 3 && (lc.startsWith(w) || w.startsWith(lc));
    if (d <= limit || prefix) scored.push({ c, d, i });
  });
  scored.sort((a, b) => a.d - b.d || a.i - b.i);
  return [...new Set(scored.map((s) => s.c))].slice(0, max);
}

/** `; did you mean "a"?` / `; did you mean "a", "b" or "c"?`, or '' when nothing is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const found = suggestions(word, candidates).map((s) => `"${s}"`);
  if (found.length === 0) return '';
  const list = found.length === 1 ? found[0] : `${found.slice(0, -1).join(', ')} or ${found.at(-1)}`;
  return `; did you mean ${list}?`;
}

/** Levenshtein distance (insert, delete, substitute: 1 each). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

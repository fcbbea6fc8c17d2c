import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';
import { REDTEAM_CORPUS, type RedteamCase } from './fixtures/redteam-corpus.js';

/**
 * Issues 13 and 14: recall per entity family and look-alikes kept, on realistic records and on an
 * adversarial slice built from public material (fixtures/redteam-corpus.ts names every source).
 * A planted value counts as found only if no raw copy of it remains anywhere in the output
 * (values, keys, evidence). The floors are what holds now; raise them, never lower them.
 */
const engine = testEngine();

function maskCase(input: unknown): string {
  if (typeof input === 'string') {
    const out = engine.maskText(input);
    return out.value + JSON.stringify(out.findings);
  }
  const out = engine.maskValue(structuredClone(input));
  return JSON.stringify(out.value) + JSON.stringify(out.findings);
}

interface Tally {
  secrets: number;
  hidden: number;
  keep: number;
  kept: number;
  misses: string[];
}

function tally(cases: readonly RedteamCase[], groupOf: (c: RedteamCase) => string): Map<string, Tally> {
  const groups = new Map<string, Tally>();
  for (const c of cases) {
    const name = groupOf(c);
    const t = groups.get(name) ?? { secrets: 0, hidden: 0, keep: 0, kept: 0, misses: [] };
    groups.set(name, t);
    const output = maskCase(c.input);
    for (const s of c.secrets ?? []) {
      t.secrets++;
      if (output.includes(s)) t.misses.push(`leak: ${c.source}`);
      else t.hidden++;
    }
    for (const k of c.keep ?? []) {
      t.keep++;
      if (output.includes(k)) t.kept++;
      else t.misses.push(`masked look-alike: ${c.source}`);
    }
  }
  return groups;
}

const recall = (t: Tally) => (t.secrets === 0 ? 1 : t.hidden / t.secrets);
const keptShare = (t: Tally) => (t.keep === 0 ? 1 : t.kept / t.keep);

function table(title: string, groups: Map<string, Tally>): string {
  const rows = [...groups].map(
    ([name, t]) => `| ${name} | ${t.secrets} | ${recall(t).toFixed(3)} | ${t.keep} | ${keptShare(t).toFixed(3)} |`,
  );
  return [`${title}`, '| group | planted | recall | look-alikes | kept |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** Floors that hold now, per entity family (recall) and per slice (recall, look-alikes kept). */
const FAMILY_RECALL_FLOOR: Record<string, number> = {
  api_keys: 0.95,
  passwords: 1,
  contact: 1,
  payment: 1,
  national_ids: 0.9,
  lookalikes: 1,
};
const SLICE_FLOORS: Record<string, { recall: number; kept: number }> = {
  realistic: { recall: 0.97, kept: 1 },
  adversarial: { recall: 0.95, kept: 0.969 },
};

describe('red-team corpus (issues 13, 14)', () => {
  const byFamily = tally(REDTEAM_CORPUS, (c) => c.family);
  const bySlice = tally(REDTEAM_CORPUS, (c) => c.slice);

  it('prints recall and look-alikes kept per family and per slice, and meets the floors', () => {
    // The known misses, so a reader sees which leak classes remain (the report lists them too).
    for (const [family, t] of byFamily) if (t.misses.length > 0) console.log(`${family}: ${t.misses.join('; ')}`);
    console.log(`red-team corpus, ${REDTEAM_CORPUS.length} cases\n${table('by family', byFamily)}\n\n${table('by slice', bySlice)}`);
    for (const [family, t] of byFamily) {
      expect(recall(t), `${family}: ${t.misses.join('; ')}`).toBeGreaterThanOrEqual(FAMILY_RECALL_FLOOR[family]!);
    }
    for (const [slice, t] of bySlice) {
      const floor = SLICE_FLOORS[slice]!;
      expect(recall(t), `${slice}: ${t.misses.join('; ')}`).toBeGreaterThanOrEqual(floor.recall);
      expect(keptShare(t), `${slice}: ${t.misses.join('; ')}`).toBeGreaterThanOrEqual(floor.kept);
    }
    expect(byFamily.size).toBe(Object.keys(FAMILY_RECALL_FLOOR).length);
  });

  it('every case plants a value or a look-alike and names its public source', () => {
    for (const c of REDTEAM_CORPUS) {
      expect((c.secrets?.length ?? 0) + (c.keep?.length ?? 0)).toBeGreaterThan(0);
      expect(c.source.length).toBeGreaterThan(10);
    }
  });
});

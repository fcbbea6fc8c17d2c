import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';
import { REDTEAM2_CORPUS, type Redteam2Case } from './fixtures/redteam2-corpus.js';

/**
 * Second, independent red-team round (issues 13, 14): recall per entity family and look-alikes
 * kept, on records built from public test material (fixtures/redteam2-corpus.ts cites each source).
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

/** Raw copies are searched in the JSON output too, so a value is also looked for JSON-escaped. */
function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

function tally(cases: readonly Redteam2Case[], groupOf: (c: Redteam2Case) => string): Map<string, Tally> {
  const groups = new Map<string, Tally>();
  for (const c of cases) {
    const name = groupOf(c);
    const t = groups.get(name) ?? { secrets: 0, hidden: 0, keep: 0, kept: 0, misses: [] };
    groups.set(name, t);
    const output = maskCase(c.input);
    for (const s of c.secrets ?? []) {
      t.secrets++;
      if (present(output, s)) t.misses.push(`leak: ${c.source}`);
      else t.hidden++;
    }
    for (const k of c.keep ?? []) {
      t.keep++;
      if (present(output, k)) t.kept++;
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
  return [title, '| group | planted | recall | look-alikes | kept |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** Floors that hold now, per entity family (recall) and per slice (recall, look-alikes kept). */
const FAMILY_RECALL_FLOOR: Record<string, number> = {
  api_keys: 0.94,
  passwords: 1,
  contact: 1,
  payment: 0.85,
  national_ids: 1,
  names: 1,
  lookalikes: 1,
};
const SLICE_FLOORS: Record<string, { recall: number; kept: number }> = {
  realistic: { recall: 1, kept: 1 },
  adversarial: { recall: 0.91, kept: 1 },
};

describe('red-team corpus, second round (issues 13, 14)', () => {
  const byFamily = tally(REDTEAM2_CORPUS, (c) => c.family);
  const bySlice = tally(REDTEAM2_CORPUS, (c) => c.slice);

  it('prints recall and look-alikes kept per family and per slice, and meets the floors', () => {
    for (const [family, t] of byFamily) if (t.misses.length > 0) console.log(`${family}: ${t.misses.join('; ')}`);
    console.log(`red-team corpus 2, ${REDTEAM2_CORPUS.length} cases\n${table('by family', byFamily)}\n\n${table('by slice', bySlice)}`);
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
    for (const c of REDTEAM2_CORPUS) {
      expect((c.secrets?.length ?? 0) + (c.keep?.length ?? 0)).toBeGreaterThan(0);
      expect(c.source.length).toBeGreaterThan(10);
    }
  });
});

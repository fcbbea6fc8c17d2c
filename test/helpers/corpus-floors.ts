import { describe, expect, it } from 'vitest';
import { testEngine } from './engine.js';

/** One labelled record of a leak corpus: the planted values must go, the look-alikes must stay. */
export interface CorpusCase {
  family: string;
  slice: 'realistic' | 'adversarial';
  /** The public material the values come from. */
  source: string;
  /** A JSON record (object) or one log line. */
  input: unknown;
  secrets?: readonly string[];
  keep?: readonly string[];
}

export interface CorpusFloors {
  /** Recall floor per entity family; every family of the corpus must be listed. */
  family: Record<string, number>;
  /** Recall and look-alikes-kept floors per slice. */
  slice: Record<string, { recall: number; kept: number }>;
}

interface Tally {
  secrets: number;
  hidden: number;
  keep: number;
  kept: number;
  misses: string[];
}

const engine = testEngine();

/** The whole output of a case: masked value and findings, so a raw copy in the evidence counts too. */
function maskCase(input: unknown): string {
  if (typeof input === 'string') {
    const out = engine.maskText(input);
    return out.value + JSON.stringify(out.findings);
  }
  const out = engine.maskValue(structuredClone(input));
  return JSON.stringify(out.value) + JSON.stringify(out.findings);
}

function tally(
  cases: readonly CorpusCase[],
  groupOf: (c: CorpusCase) => string,
  present: (output: string, value: string) => boolean,
): Map<string, Tally> {
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

/**
 * The shared test of a leak corpus: prints recall and look-alikes kept per family and per slice
 * (with the known misses), asserts the floors, and checks that every case plants something and
 * names its public source. `present` decides whether a value still stands in the output.
 */
export function corpusFloorsSuite(
  title: string,
  label: string,
  cases: readonly CorpusCase[],
  floors: CorpusFloors,
  present: (output: string, value: string) => boolean = (output, value) => output.includes(value),
): void {
  describe(title, () => {
    const byFamily = tally(cases, (c) => c.family, present);
    const bySlice = tally(cases, (c) => c.slice, present);

    it('prints recall and look-alikes kept per family and per slice, and meets the floors', () => {
      // The known misses, so a reader sees which leak classes remain.
      for (const [family, t] of byFamily) if (t.misses.length > 0) console.log(`${family}: ${t.misses.join('; ')}`);
      console.log(`${label}, ${cases.length} cases\n${table('by family', byFamily)}\n\n${table('by slice', bySlice)}`);
      for (const [family, t] of byFamily) {
        expect(recall(t), `${family}: ${t.misses.join('; ')}`).toBeGreaterThanOrEqual(floors.family[family]!);
      }
      for (const [slice, t] of bySlice) {
        const floor = floors.slice[slice]!;
        expect(recall(t), `${slice}: ${t.misses.join('; ')}`).toBeGreaterThanOrEqual(floor.recall);
        expect(keptShare(t), `${slice}: ${t.misses.join('; ')}`).toBeGreaterThanOrEqual(floor.kept);
      }
      expect(byFamily.size).toBe(Object.keys(floors.family).length);
    });

    it('every case plants a value or a look-alike and names its public source', () => {
      for (const c of cases) {
        expect((c.secrets?.length ?? 0) + (c.keep?.length ?? 0)).toBeGreaterThan(0);
        expect(c.source.length).toBeGreaterThan(10);
      }
    });
  });
}

/**
 * Masking a corpus' masked output again changes nothing, case by case: a token, a partial mask or
 * an evidence-free output is never read as a new finding.
 */
export function corpusIdempotenceSuite(title: string, cases: readonly CorpusCase[]): void {
  describe(`${title}: idempotence`, () => {
    it('masking the masked output again changes nothing, case by case', () => {
      for (const c of cases) {
        if (typeof c.input === 'string') {
          const once = engine.maskText(c.input).value;
          expect(engine.maskText(once).value, c.source).toBe(once);
        } else {
          const once = engine.maskValue(structuredClone(c.input)).value;
          expect(engine.maskValue(structuredClone(once)).value, c.source).toEqual(once);
        }
      }
    });
  });
}

import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../src/record/json-codec.js';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leftovers of red-team rounds 36 (ERP, procurement, tax ids) and 37 (insurance and automotive),
 * each closed as a general rule, with the look-alikes beside it that must stay. Values differ from
 * the corpora: SSNs built to the SSA rules, NANP numbers of the 555-01xx fiction range, company
 * VAT numbers from python-stdnum's doctests other than the corpus's, plausible names.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
/** Both walks: the decoded value and the record's JSON text. */
function both(record: unknown): string[] {
  return [value(record), maskJsonString(engine, JSON.stringify(record)).output ?? ''];
}

function masks(label: string, input: string | Record<string, unknown>, raws: readonly string[]): void {
  it(`masks it: ${label}`, () => {
    const outs = typeof input === 'string' ? [text(input)] : both(input);
    for (const out of outs) for (const raw of raws) expect(out).not.toContain(raw);
  });
}

function keeps(label: string, input: string | Record<string, unknown>, raws: readonly string[]): void {
  it(`keeps it: ${label}`, () => {
    const outs = typeof input === 'string' ? [text(input)] : both(input);
    for (const out of outs) for (const raw of raws) expect(out).toContain(raw);
  });
}

describe('a header-less person row: a relationship cell before the SSN is no name (bare_cells)', () => {
  masks('the names before the relationship', 'B-2,CONTINGENT,Elena,Marsh,Spouse,219-54-7783,1961-05-02,50', [
    'Elena',
    'Marsh',
    '219-54-7783',
  ]);
  keeps('the relationship itself', 'B-2,CONTINGENT,Elena,Marsh,Spouse,219-54-7783,1961-05-02,50', ['Spouse', 'CONTINGENT']);
  keeps('a son as beneficiary', 'B-3,PRIMARY,Tomas,Reyes,Son,401-72-3398,1999-08-30,100', ['Son', 'PRIMARY']);
  masks('a name that is no relationship word stays a name', 'B-4,PRIMARY,Tomas,Reyes,Sonja,401-72-3398,1999-08-30,100', ['Sonja']);
});

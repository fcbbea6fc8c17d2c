import { expect, it } from 'vitest';
import type { Engine } from '../../src/engine/index.js';
import { maskJsonString } from '../../src/record/json-codec.js';
import { testEngine } from './engine.js';

/**
 * The assertions of the leak tests (`leaks*.test.ts`): every secret is gone and every look-alike
 * stays, checked on each path a value reaches the engine by. The failure message is the input, so
 * a failing case names itself.
 */
export interface LeakChecks {
  /** Masks free text. */
  text(input: string): string;
  /** Masks a record as a value and returns its JSON. */
  value(input: unknown): string;
  /** Free text, masked alone and as a record's `msg` member (a look-alike must stay in one of them). */
  expectText(input: string, secrets: readonly string[], kept?: readonly string[]): void;
  /** A record, masked as a value and as its JSON text: each output on its own. */
  expectValue(input: unknown, secrets: readonly string[], kept?: readonly string[]): void;
}

export function leakChecks(engine: Engine = testEngine()): LeakChecks {
  const text = (input: string) => engine.maskText(input).value;
  const value = (input: unknown) => JSON.stringify(engine.maskValue(structuredClone(input)).value);
  return {
    text,
    value,
    expectText(input, secrets, kept = []) {
      const out = `${text(input)}\n${value({ msg: input })}`;
      for (const s of secrets) expect(out, input).not.toContain(s);
      for (const k of kept) expect(out, input).toContain(k);
    },
    expectValue(input, secrets, kept = []) {
      const label = JSON.stringify(input);
      for (const out of [value(input), text(label)]) {
        for (const s of secrets) expect(out, label).not.toContain(s);
        for (const k of kept) expect(out, label).toContain(k);
      }
    },
  };
}

type CaseDeclaration = (label: string, input: string | Record<string, unknown>, raws: readonly string[]) => void;

/**
 * Case declarations of the leak tests (`leaks33*.test.ts`): `masks` declares a test that every raw
 * value is gone, `keeps` one that every raw value stays. A string is masked as free text; a record
 * on both walks (the decoded value and the record's JSON text).
 */
export function leakCases(engine: Engine = testEngine()): { masks: CaseDeclaration; keeps: CaseDeclaration } {
  const outputs = (input: string | Record<string, unknown>): string[] =>
    typeof input === 'string'
      ? [engine.maskText(input).value]
      : [JSON.stringify(engine.maskValue(structuredClone(input)).value), maskJsonString(engine, JSON.stringify(input)).output ?? ''];
  return {
    masks(label, input, raws) {
      it(`masks it: ${label}`, () => {
        for (const out of outputs(input)) for (const raw of raws) expect(out).not.toContain(raw);
      });
    },
    keeps(label, input, raws) {
      it(`keeps it: ${label}`, () => {
        for (const out of outputs(input)) for (const raw of raws) expect(out).toContain(raw);
      });
    },
  };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/core/evidence.js';
import { type ContextMasked, RecordCopies } from '../../../src/engine/mask/record-copies.js';

/**
 * RecordCopies adds a noted full name's lower- and upper-case spellings only when something reads
 * the noted values and may meet one (stop 45): before, `note` added them at once. This holds the
 * deferred class to that eager one (kept here as it was) on generated records: every `note`
 * sequence (names in any case, repeated, with JSON-escaped characters, letters outside ASCII,
 * logins, more than the 64-value bound) gives the same `all()` and the same `inText` answers on
 * the input and the output, in the same order. Names are made up.
 */
const MAX_NOTED = 64;
const ESCAPED_IN_JSON = /["\\\u0000-\u001f]/;
function formsOf(value: string): string[] {
  if (!ESCAPED_IN_JSON.test(value)) return [value];
  const once = JSON.stringify(value).slice(1, -1);
  if (once === value) return [value];
  const twice = JSON.stringify(once).slice(1, -1);
  return [value, once, twice];
}

/** The class before stop 45 (its `note`, `all` and `inText`). */
class EagerCopies {
  #noted: Map<string, ContextMasked> | null = null;
  note(value: string, entity: string, detector: string, action: Action, replacement: string, run = false): void {
    if (value.length < (entity === 'USERNAME' || detector.startsWith('login_name_') ? 5 : 8)) return;
    const noted = (this.#noted ??= new Map());
    const known = noted.get(value);
    if (known !== undefined) {
      known.count++;
      return;
    }
    if (noted.size >= MAX_NOTED) return;
    noted.set(value, { forms: formsOf(value), entity, detector, action, replacement, count: 1, run });
    if (entity === 'PERSON' && value.indexOf(' ') > 0) {
      for (const variant of [value.toLowerCase(), value.toUpperCase()]) {
        if (variant === value || variant.length !== value.length || noted.has(variant) || noted.size >= MAX_NOTED) continue;
        noted.set(variant, { forms: formsOf(variant), entity, detector, action, replacement, count: 0, run });
      }
    }
  }
  all(): ContextMasked[] | null {
    return this.#noted === null ? null : [...this.#noted.values()];
  }
  inText(text: string, input: boolean, among?: readonly ContextMasked[]): ContextMasked[] | null {
    let found: ContextMasked[] | null = null;
    for (const v of among ?? this.#noted?.values() ?? []) {
      const masked = input ? v.count : 0;
      let seen = 0;
      for (const form of v.forms) {
        for (let at = text.indexOf(form); at >= 0 && seen <= masked; at = text.indexOf(form, at + 1)) seen++;
        if (seen > masked) break;
      }
      if (seen > masked) (found ??= []).push(v);
    }
    return found;
  }
}

const GIVEN = ['Ingrid', 'Tobias', 'Renée', 'Oluwaseun', 'Marisol', 'Kofi', 'Σοφία', 'Émile', 'İlker', 'Straße'];
const FAMILY = ['Vandersloot', 'Okonkwo-Reyes', 'Dufresne', 'Quintanilla', "O'Rourke", 'Ljungberg', 'Παπαδάκης', 'Brandt"x', 'Nø\\rd'];
const ENTITIES = ['PERSON', 'PERSON', 'PERSON', 'SECRET', 'USERNAME'];
const DETECTORS = ['person_name', 'key', 'login_name_value', 'secret_assignment'];

const caseOf = (s: string, k: number) =>
  k === 0 ? s : k === 1 ? s.toLowerCase() : k === 2 ? s.toUpperCase() : s.slice(0, 1).toLowerCase() + s.slice(1);
const nameArb = fc
  .tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...FAMILY), fc.integer({ min: 0, max: 3 }), fc.boolean())
  .map(([g, f, k, two]) => caseOf(two ? `${g} ${f}` : `${g}${f}`, k));
const noteArb = fc.tuple(
  fc.oneof(nameArb, fc.string({ minLength: 4, maxLength: 14 }), fc.constantFrom('jdoe.admin', 'pgupta', 'hunter2hunter2')),
  fc.constantFrom(...ENTITIES),
  fc.constantFrom(...DETECTORS),
  fc.boolean(),
);

function key(v: ContextMasked | undefined): string {
  return v === undefined ? '-' : `${v.forms.join('|')}#${v.entity}#${v.detector}#${v.replacement}#${v.count}#${v.run}`;
}
const keys = (vs: readonly ContextMasked[] | null) => (vs === null ? null : vs.map(key));

function compare(notes: [string, string, string, boolean][], text: string, output: string, settleFirst: boolean): void {
  const eager = new EagerCopies();
  const owed = new RecordCopies();
  owed.reset();
  notes.forEach(([value, entity, detector, run], i) => {
    eager.note(value, entity, detector, 'token', `<T${i}>`, run);
    owed.note(value, entity, detector, 'token', `<T${i}>`, run);
  });
  if (settleFirst) expect(keys(owed.all())).toEqual(keys(eager.all()));
  const a = eager.inText(text, true);
  const b = owed.inText(text, true);
  expect(keys(b)).toEqual(keys(a));
  if (a !== null && b !== null) expect(keys(owed.inText(output, false, b))).toEqual(keys(eager.inText(output, false, a)));
  expect(keys(owed.inText(output, false))).toEqual(keys(eager.inText(output, false)));
  expect(keys(owed.all())).toEqual(keys(eager.all()));
}

describe('RecordCopies: owed case spellings answer as eager ones', () => {
  it('holds on generated note sequences and record texts', () => {
    fc.assert(
      fc.property(
        fc.array(noteArb, { maxLength: 12 }),
        fc.array(fc.oneof(nameArb, fc.constantFrom(' ', '","', ': ', 'x', '\\"', '\\\\')), { maxLength: 10 }),
        fc.boolean(),
        (notes, parts, settleFirst) => {
          const text = parts.join('');
          // The output: some copies masked (the first name of the text replaced).
          const output = parts.length > 0 ? text.replace(parts[0]!, '<T0>') : text;
          compare(notes, text, output, settleFirst);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('holds past the 64-value bound', () => {
    fc.assert(
      fc.property(fc.array(noteArb, { minLength: 20, maxLength: 90 }), fc.array(nameArb, { maxLength: 6 }), (notes, parts) => {
        const many: [string, string, string, boolean][] = notes.map(([v, e, d, r], i) => [
          e === 'PERSON' && i % 2 === 0 ? `${v} ${i}x` : v,
          e,
          d,
          r,
        ]);
        compare(many, parts.join(' '), parts.join(' ').toLowerCase(), false);
      }),
      { numRuns: 500 },
    );
  });

  it('follows a later note of a name in another case as the eager entry did', () => {
    const c = new RecordCopies();
    c.note('Ingrid Vandersloot', 'PERSON', 'person_name', 'token', '<A>');
    c.note('INGRID VANDERSLOOT', 'PERSON', 'key', 'token', '<B>');
    const all = c.all()!;
    expect(all.map((v) => [v.forms[0], v.replacement, v.count])).toEqual([
      ['Ingrid Vandersloot', '<A>', 1],
      ['ingrid vandersloot', '<A>', 0],
      ['INGRID VANDERSLOOT', '<A>', 1],
    ]);
    const d = new RecordCopies();
    d.note('Ingrid Vandersloot', 'PERSON', 'person_name', 'token', '<A>');
    expect(d.inText('{"a":"Ingrid Vandersloot","b":"x"}', true)).toBeNull();
    expect(d.inText('{"a":"Ingrid Vandersloot","b":"ingrid vandersloot"}', true)!.map((v) => v.forms[0])).toEqual(['ingrid vandersloot']);
  });
});

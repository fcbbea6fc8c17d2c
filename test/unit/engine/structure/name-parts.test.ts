import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * structure/name-parts.ts on the record walk: a bare part of a name (`first`, `middle`, `last`,
 * `given`, `family`) under a name member or a person parent is PERSON (detector key:name_part),
 * in both walks (the decoded value and the record's text), while the same words elsewhere stay.
 */
const engine = testEngine();

function both(record: unknown): { text: string; value: string } {
  const text = maskJsonString(engine, JSON.stringify(record)).output ?? '';
  const value = JSON.stringify(engine.maskValue(structuredClone(record)).value);
  return { text, value };
}

describe('a name split into parts (key:name_part)', () => {
  const positives: [string, unknown, string[]][] = [
    [
      'Clever name {first, middle, last}',
      { data: { id: 'x1', name: { first: 'Imogen', middle: 'R', last: 'Throckmorton' } } },
      ['Imogen', 'Throckmorton'],
    ],
    [
      'names[] of {given, family}',
      { visit: { names: [{ given: 'Oluwaseun', family: 'Adeyemi-Clarke' }] } },
      ['Oluwaseun', 'Adeyemi-Clarke'],
    ],
    ['citation author list [{given, family}]', { author: [{ given: 'Wiesława', family: 'Szymborska' }] }, ['Wiesława', 'Szymborska']],
    ['upper-case parts under name', { NAME: { FIRST: 'Tadeusz', LAST: 'Wróblewski' } }, ['Tadeusz', 'Wróblewski']],
    [
      'a list of given names, FHIR-shaped without a resourceType',
      { visit: { name: [{ family: 'Oyelowo', given: ['Adaeze', 'Chiamaka'] }] } },
      ['Oyelowo', 'Adaeze', 'Chiamaka'],
    ],
    ['an escaped part', { name: { first: 'Ana \\"Nita\\"', last: 'Q' } }, ['Nita']],
  ];
  for (const [label, record, parts] of positives) {
    it(`masks the parts: ${label}`, () => {
      const { text, value } = both(record);
      for (const part of parts) {
        expect(value).not.toContain(part);
        expect(text).not.toContain(part);
      }
      expect(text).toContain('"detector":"key:name_part"');
    });
  }

  const lookAlikes: [string, unknown, string][] = [
    ['pagination cursors', { page: { first: 'cursor-abc', last: 'cursor-xyz' } }, 'cursor-abc'],
    ['a product family', { product: { family: 'Aurora', given: 'yes' } }, 'Aurora'],
    ['a date under a person parent', { customer: { last: '2024-05-01', first: '2019-02-03' } }, '2024-05-01'],
    ['a number under a name parent', { name: { first: 'v2', last: 'v3' } }, 'v2'],
    ['a part at the root', { first: 'Quarterly', last: 'Review' }, 'Quarterly'],
    ['a list holding a number under a name parent', { name: { given: ['Adaeze', 'v2'] } }, 'Adaeze'],
  ];
  for (const [label, record, kept] of lookAlikes) {
    it(`keeps the value: ${label}`, () => {
      const { text, value } = both(record);
      expect(value).toContain(kept);
      expect(text).toContain(kept);
    });
  }
});

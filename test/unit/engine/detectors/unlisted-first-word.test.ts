import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unlistedNameEndForTest } from '../../../../src/engine/detect/values/unlisted-names.js';

/**
 * person_name_unlisted_lower rejects a lead whose first word is a stop, everyday, software or
 * stand-in word, a particle, a short word or a word running into an identifier before reading any
 * name there, from the word's characters and a memo of verdicts kept by a hash of them (stop 43):
 * the end it gives must be the full reading's at every position of any text, whatever the memo
 * held before (words in capitals, with accents, apostrophes, hyphens, `.` and `@` after them,
 * words of 13+ letters, words that share a slot). Names are made up.
 */
const { withMemo, read, kinds } = unlistedNameEndForTest;

const PIECES = [
  ...[' ', ' ', ' ', '  ', ', ', '. ', '.x', '\n', '\r\n', ': ', '=', ' - ', "'", '’', '"', ')', '|', '_', '/', '@', '7', '-'],
  ...['X', 'Abc', 'é', 'ß', 'İ', 'the', 'is', 'was', 'this', 'from', 're', 'plan', 'portal', 'called', 'wants', 'update'],
  ...['status', 'query', 'pipeline', 'summary', 'retry', 'database', 'could', 'should', 'are', 'quickly', 'waiting'],
  ...['de', 'la', 'van', 'der', 'bin', 'al', 'none', 'anonymous', 'unknown', 'walkthroughs', 'internationalisation'],
  ...['siosaia', 'fifita', 'kwabena', 'owusu-ansah', 'ruslan', 'tokhtarov', "o'flaherty", 'chidinma', 'ezeokafor'],
  ...['mariam', 'khalid', 'al-mansoori', 'rocío', 'fernández', 'ivanova', 'thomas', 'walsh', 'lê', 'nguyễn', 'ab'],
  ...['customer', 'client', 'reporter:', 'name is', 'for', 'dr', 'mrs', 'caller was', 'witness:', 'frau', 'Ruslan'],
];

function endsEverywhere(text: string, end: typeof read): number[] {
  const out: number[] = [];
  for (let at = 0; at <= text.length; at++) for (const kind of kinds) out.push(end(text, at, kind));
  return out;
}

describe('person_name_unlisted_lower: the first word rejected before the reading', () => {
  it('gives the reading’s end at every position and for every kind of lead', () => {
    let names = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (parts) => {
        const text = parts.join(parts.length % 3 === 0 ? '' : ' ');
        const want = endsEverywhere(text, read);
        if (want.some((e) => e !== -1)) names++;
        // Twice: the second time every word's verdict comes from the memo.
        expect(endsEverywhere(text, withMemo)).toEqual(want);
        expect(endsEverywhere(text, withMemo)).toEqual(want);
      }),
      { numRuns: 3000 },
    );
    expect(names).toBeGreaterThan(300);
  });

  it('rejects prose after a label and reads a name after it', () => {
    const text = 'reporter: update the plan, reporter: siosaia fifita - called';
    const label = kinds[0]!;
    expect(withMemo(text, 10, label)).toBe(-1);
    expect(withMemo(text, 37, label)).toBe(51);
    expect(read(text, 37, label)).toBe(51);
  });
});

import { describe, expect, it } from 'vitest';
import { GIVEN_NAMES, RARE_GIVEN_NAMES, SURNAMES } from '../../../../src/engine/detect/values/person-name-data.js';
import { nameKind, namesStartingWith } from '../../../../src/engine/detect/values/person-names.js';

// The gazetteer is built one initial at a time from stretches of the three lists; that is only the
// whole gazetteer when each list is sorted and made of a–z words joined by single spaces.
const LISTS = { GIVEN_NAMES, RARE_GIVEN_NAMES, SURNAMES };
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The gazetteer as it was built before: one Map of every name (GIVEN 1, SURNAME 2, RARE 4). */
function wholeGazetteer(): Map<string, number> {
  const g = new Map<string, number>();
  for (const n of GIVEN_NAMES.split(' ')) g.set(n, 1);
  for (const n of RARE_GIVEN_NAMES.split(' ')) g.set(n, 4);
  for (const n of SURNAMES.split(' ')) g.set(n, (g.get(n) ?? 0) | 2);
  return g;
}

function referenceKind(g: Map<string, number>, word: string): number {
  const kind = g.get(word);
  if (kind !== undefined) return kind;
  if (!/['’-]/.test(word)) return 0;
  const joined = g.get(word.replace(/['’-]/g, ''));
  if (joined !== undefined) return joined;
  let parts = 0;
  for (const part of word.split(/['’-]/)) if (part.length > 1) parts |= g.get(part) ?? 0;
  return parts;
}

describe('person-name gazetteer, by initial', () => {
  it('reads lists that are sorted, a–z words joined by single spaces', () => {
    for (const [name, list] of Object.entries(LISTS)) {
      expect(list, name).toMatch(/^[a-z]+(?: [a-z]+)*$/);
      const words = list.split(' ');
      expect(
        words.every((w, i) => i === 0 || words[i - 1]! <= w),
        name,
      ).toBe(true);
    }
  });

  it("takes every letter's stretch whole", () => {
    for (const list of Object.values(LISTS)) {
      const words = list.split(' ');
      for (const letter of LETTERS) expect(namesStartingWith(list, letter)).toEqual(words.filter((w) => w.startsWith(letter)));
    }
    expect(namesStartingWith('adam bob', 'c')).toEqual([]);
    expect(namesStartingWith('adam bob', 'a')).toEqual(['adam']);
    expect(namesStartingWith('adam bob', 'b')).toEqual(['bob']);
  });

  it('answers as the whole gazetteer did, for every name and for look-alikes', () => {
    const g = wholeGazetteer();
    const words = [...g.keys()];
    const lookAlikes = [
      ...words.filter((_, i) => i % 50 === 0).map((w) => `${w}x`),
      ...words.filter((_, i) => i % 97 === 0).map((w) => `o'${w}`),
      ...words.filter((_, i) => i % 89 === 0).map((w, i) => `${w}-${words[(i * 7) % words.length]}`),
      "d'angelo",
      'jean-luc',
      'garcía',
      'élodie',
      '2pac',
      '_x',
      '',
    ];
    for (const w of [...words, ...lookAlikes]) expect(nameKind(w), w).toBe(referenceKind(g, w));
  });
});

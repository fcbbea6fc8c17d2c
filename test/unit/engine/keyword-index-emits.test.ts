import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../../../src/engine/detect/catalog.js';
import { signatureOf } from '../../../src/engine/detect/char-signature.js';
import { gateWords, KeywordIndex } from '../../../src/engine/detect/keyword-index.js';
import { TextScan } from '../../../src/engine/detect/types.js';
import { STRUCTURE_KEYWORDS } from '../../../src/engine/structure/index.js';

// The keyword pass as the engine builds it (the catalog, the structure handlers' keyword sets, the
// keyword-hit and hint slots), held to its definition on generated texts in which keywords repeat:
// the emit lists are read from the table's index column (stop 44), and each state's list is read
// once a text. Every slot must be reported exactly when its word occurs, whatever the repeats, the
// text's length (one search or two halves) or the strings searched before on the same index.

const detectors = builtinDetectors({ phoneRegions: ['US'] });
const index = new KeywordIndex(detectors, STRUCTURE_KEYWORDS);

/** By slot: the words whose occurrence (in the lower-cased text) reports it. */
const slotWords: string[][] = Array.from({ length: index.slots }, () => []);
for (const [i, d] of detectors.entries()) {
  const hitSlot = (j: number): number => index.hitsFrom + index.hitsAt[i]! + j;
  if (d.keywords && d.keywords.length > 0) {
    const gates = gateWords(d.keywords);
    slotWords[i]!.push(...gates);
    if (d.readsKeywordHits === true) for (const [j, g] of gates.entries()) slotWords[hitSlot(j)]!.push(g);
  } else if (d.hints && d.hints.length > 0) {
    for (const [j, h] of d.hints.entries()) slotWords[hitSlot(j)]!.push(h.toLowerCase());
  }
}
for (const [k, set] of STRUCTURE_KEYWORDS.entries()) slotWords[detectors.length + k]!.push(...gateWords(set));
const words = [...new Set(slotWords.flat())];

function expected(text: string): number[] {
  const lower = text.toLowerCase();
  const out: number[] = [];
  for (const [slot, ws] of slotWords.entries()) if (ws.some((w) => lower.includes(w))) out.push(slot);
  return out;
}

const seen = new Uint8Array(index.slots);
function activated(text: string): { slots: number[]; signature: number } {
  const scan = new TextScan(text);
  const active: number[] = [];
  index.activate(scan, seen, active);
  expect(new Set(active).size).toBe(active.length);
  for (const i of active) seen[i] = 0;
  expect(seen.every((v) => v === 0)).toBe(true);
  return { slots: active.sort((a, b) => a - b), signature: scan.signature };
}

describe('KeywordIndex emits (dense lists, once a text)', () => {
  it('every slot of the engine-built index is reported exactly when its word occurs, keywords repeated', () => {
    const word = fc.constantFrom(...words);
    const piece = fc.oneof(
      word,
      word.map((w) => w.toUpperCase()),
      word.map((w) => `${w}${w}`),
      word.map((w) => w.slice(0, Math.max(1, w.length - 1))),
      fc.stringMatching(/^[a-z0-9 .,:=_@-]{0,12}$/),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.integer({ min: 1, max: 12 }),
        fc.option(
          fc.tuple(fc.constantFrom('é', 'İ', 'ß', '\u212A', '😀', '\ud800', '\udc00', 'Ω'), fc.double({ min: 0, max: 1, noNaN: true })),
        ),
        (parts, times, nonAscii) => {
          let text = Array.from({ length: times }, () => parts.join(' ')).join(' ');
          // A non-ASCII code unit anywhere, the last position included (the long texts' byte copy).
          if (nonAscii !== null) {
            const at = Math.round(nonAscii[1] * text.length);
            text = text.slice(0, at) + nonAscii[0] + text.slice(at);
          }
          const got = activated(text);
          expect(got.slots).toEqual(expected(text));
          expect(got.signature).toBe(signatureOf(text));
        },
      ),
      { seed: 20261207, numRuns: 2000 },
    );
  });

  it('a text that repeats one keyword many times, then another once, reports both (short and long texts)', () => {
    const pick = words.filter((w) => w.length >= 2);
    fc.assert(
      fc.property(fc.constantFrom(...pick), fc.constantFrom(...pick), fc.integer({ min: 1, max: 200 }), (a, b, times) => {
        const text = `${`${a} `.repeat(times)}${b}`;
        expect(activated(text).slots).toEqual(expected(text));
        // The same text again on the same index: the lists read once in the text before are read again.
        expect(activated(text).slots).toEqual(expected(text));
      }),
      { seed: 20261208, numRuns: 600 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signatureOf } from '../../../../src/engine/detect/char-signature.js';
import { KeywordIndex } from '../../../../src/engine/detect/keyword-index.js';
import { type Span, TextScan, type ValueDetector } from '../../../../src/engine/detect/types.js';
import { personNamePaymentNote } from '../../../../src/engine/detect/values/note-parties.js';
import { personNameUnlistedLower } from '../../../../src/engine/detect/values/unlisted-names.js';

/**
 * person_name_unlisted_lower and person_name_payment_note both read the positions of `cust` in
 * the lower-cased text (a prompt says `customer` throughout): since stop 42 one `indexOf` loop
 * finds them (TextScan.positionsInLower) and both read that list. The list must be the loop's
 * answer on any text, and each detector must give on a TextScan the other has read first what it
 * gives on a fresh one, and (payment note) what it gives without keyword hits, where it searches
 * every lead. Names are made up.
 */
const PIECES = [
  ...[' ', '  ', ', ', '. ', '\n', ': ', ':', '\t', ' | ', '=', '"', '_', '7', 'x'],
  ...['cust', 'CUST', 'Cust', 'cust:', 'cust ', 'customer', 'Customer', 'customer name', 'custody', 'accustomed', 'İ', 'é', 'ß'],
  ...['kunde:', 'cliente:', 'titulaire : ', 'au nom de', 'client', 'caller was', 'name is', 'match', 'got'],
  ...['siosaia', 'fifita', 'kwabena', 'owusu-ansah', 'ruslan', 'tokhtarov', 'Gudrun', 'Achenbach-Ries', 'reinhold', 'zappenfeld'],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(parts.length % 3 === 0 ? '' : ' '));

function loop(lower: string, word: string): number[] {
  const out: number[] = [];
  for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) out.push(i);
  return out;
}

const INDEX = new KeywordIndex([personNameUnlistedLower, personNamePaymentNote]);
function hitsOf(s: string, d: ValueDetector): Uint8Array {
  const seen = new Uint8Array(INDEX.slots);
  const active: number[] = [];
  INDEX.activate(new TextScan(s), seen, active);
  const hits = new Uint8Array(d.keywords!.length);
  const owner = d === personNameUnlistedLower ? 0 : 1;
  for (const i of active) {
    const slot = i - INDEX.hitsFrom;
    if (slot >= 0 && INDEX.hitOwner[slot] === owner) hits[slot - INDEX.hitsAt[owner]!] = 1;
  }
  return hits;
}
function run(scan: TextScan, d: ValueDetector, hits: Uint8Array | undefined): Span[] {
  const out: Span[] = [];
  scan.keywordHits = hits;
  if (d.prefilter(scan)) d.find(scan, out, 7);
  scan.keywordHits = undefined;
  return out;
}
function fresh(s: string): TextScan {
  const scan = new TextScan(s);
  scan.knowSignature(signatureOf(s));
  return scan;
}

describe('the positions of cust, read once for both detectors', () => {
  it('are the indexOf loop over the lower-cased text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const scan = fresh(s);
        expect(scan.positionsInLower('cust')).toEqual(loop(s.toLowerCase(), 'cust'));
        // Another word asked in between, then `cust` again; a reset forgets them.
        expect(scan.positionsInLower('name')).toEqual(loop(s.toLowerCase(), 'name'));
        expect(scan.positionsInLower('cust')).toEqual(loop(s.toLowerCase(), 'cust'));
        scan.reset(`${s} cust`);
        expect(scan.positionsInLower('cust')).toEqual(loop(`${s} cust`.toLowerCase(), 'cust'));
      }),
      { seed: 20261207, numRuns: 3000 },
    );
  });

  it('give each detector on a shared TextScan the spans it finds alone, and payment notes the spans of every lead', () => {
    let some = 0;
    fc.assert(
      fc.property(text, (s) => {
        const unlistedHits = hitsOf(s, personNameUnlistedLower);
        const noteHits = hitsOf(s, personNamePaymentNote);
        const unlisted = run(fresh(s), personNameUnlistedLower, unlistedHits);
        const note = run(fresh(s), personNamePaymentNote, noteHits);
        if (unlisted.length + note.length > 0) some++;
        // Payment notes with the keyword hits (onlyProseCust) as without them.
        expect(note).toEqual(run(fresh(s), personNamePaymentNote, undefined));
        // Either order on one TextScan.
        const a = fresh(s);
        expect(run(a, personNamePaymentNote, noteHits)).toEqual(note);
        expect(run(a, personNameUnlistedLower, unlistedHits)).toEqual(unlisted);
        const b = fresh(s);
        expect(run(b, personNameUnlistedLower, unlistedHits)).toEqual(unlisted);
        expect(run(b, personNamePaymentNote, noteHits)).toEqual(note);
      }),
      { seed: 20261207, numRuns: 3000 },
    );
    expect(some).toBeGreaterThan(50);
  });

  it('lowers no text without capitals or letters outside ASCII for payment notes, with the spans of every lead', () => {
    // Stop 43: onlyProseCust reads such a text as its own lower-cased form (TextScan.lower read
    // every character of a 4.5 KB prompt though nothing changed).
    const lowerOnly = fc
      .array(fc.constantFrom(...PIECES.filter((p) => p === p.toLowerCase() && !/[^\x00-\x7f]/.test(p))), { maxLength: 40 })
      .map((parts) => parts.join(parts.length % 3 === 0 ? '' : ' '));
    let onlyProse = 0;
    fc.assert(
      fc.property(lowerOnly, (s) => {
        const scan = fresh(s);
        let lowered = 0;
        const lower = scan.lower.bind(scan);
        scan.lower = () => {
          lowered++;
          return lower();
        };
        const hits = hitsOf(s, personNamePaymentNote);
        const note = run(scan, personNamePaymentNote, hits);
        expect(note).toEqual(run(fresh(s), personNamePaymentNote, undefined));
        // Only a text where a lead may match (not every cust runs on into a word) is read further.
        const cust = personNamePaymentNote.keywords!.indexOf('cust');
        if (hits[cust] === 1 && hits.every((h, j) => h === 0 || j === cust) && !/cust[: \t]/.test(s)) {
          expect(lowered).toBe(0);
          onlyProse++;
        }
      }),
      { seed: 20261207, numRuns: 2000 },
    );
    expect(onlyProse).toBeGreaterThan(100);
  });

  it('finds the names after cust in a long prompt', () => {
    const s = `${'The customer asked about the customer report and the deployment. '.repeat(50)}cust: kwabena owusu-ansah | Kunde: Gudrun Achenbach-Ries,`;
    const scan = fresh(s);
    const found = [personNamePaymentNote, personNameUnlistedLower].flatMap((d) =>
      run(scan, d, hitsOf(s, d)).map((x) => s.slice(x.start, x.end)),
    );
    expect(found).toContain('kwabena owusu-ansah');
    expect(found).toContain('Gudrun Achenbach-Ries');
  });
});

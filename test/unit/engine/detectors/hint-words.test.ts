import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordIndex } from '../../../../src/engine/detect/keyword-index.js';
import { TextScan } from '../../../../src/engine/detect/types.js';
import { caseCaptionParty } from '../../../../src/engine/detect/values/case-captions.js';
import { bitcoinAddress } from '../../../../src/engine/detect/values/crypto.js';
import { createEngine } from '../../../../src/engine/index.js';

/**
 * bitcoin_address has no keywords (a legacy address has no literal to gate on) but asks the
 * keyword pass for its hint words `bc1` and `tb1` (ValueDetector.hints, stop 41): its prefilter
 * searches for them only where the pass saw them, and must answer as it did without the hits on
 * any text. Addresses are BIP-173's and the Bitcoin wiki's published examples.
 */
const INDEX = new KeywordIndex([bitcoinAddress]);
function hitsOf(text: string): Uint8Array {
  const seen = new Uint8Array(INDEX.slots);
  const active: number[] = [];
  INDEX.activate(new TextScan(text), seen, active);
  const hits = new Uint8Array(bitcoinAddress.hints!.length);
  for (const i of active) if (i >= INDEX.hitsFrom) hits[i - INDEX.hitsFrom] = 1;
  return hits;
}
function passes(text: string, withHits: boolean): boolean {
  const scan = new TextScan(text);
  if (withHits) scan.keywordHits = hitsOf(text);
  return bitcoinAddress.prefilter(scan);
}

const PIECES = [
  ...[' ', ' ', ':', '-', '/', '.', '1', '7', 'a', 'x', 'Q', 'é', 'bc', 'BC', 'Bc', 'bC', 'tb', 'TB', 'Tb', '1q', 'c1'],
  ...['bc1', 'BC1', 'Bc1', 'tb1', 'TB1', 'tB1', 'abc1', 'btb1', 'wallet', 'txid', 'deposit to', 'A1', 'v2', '2026-03-18'],
  ...['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'],
  'the quick brown fox jumps over the lazy dog',
];

describe('bitcoin_address: its hint words from the keyword pass', () => {
  it('the keyword pass reports each hint word that occurs in any case', () => {
    expect(bitcoinAddress.keywords).toBeUndefined();
    expect([...hitsOf('send to BC1Q… or Tb1q…')]).toEqual([1, 1]);
    expect([...hitsOf('send to abc12 now')]).toEqual([1, 0]);
    expect([...hitsOf('no address here at all, just words 123')]).toEqual([0, 0]);
  });

  it('answers as without the hits on generated texts', () => {
    let passed = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join(parts.length % 2 === 0 ? '' : ' ');
        const want = passes(text, false);
        if (want) passed++;
        expect(passes(text, true)).toBe(want);
      }),
      { numRuns: 5000 },
    );
    expect(passed).toBeGreaterThan(500);
  });

  it('masks SegWit and legacy addresses through the engine as before', () => {
    const engine = createEngine({ key: Buffer.alloc(32, 7), keyId: 'k' });
    for (const address of [
      'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4',
      'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx',
      '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2',
    ]) {
      const out = engine.maskText(`withdrawal to ${address} confirmed`).value;
      expect(out).not.toContain(address);
    }
    expect(engine.maskText('build bc1-runner finished in 1200ms').value).toBe('build bc1-runner finished in 1200ms');
  });
});

/**
 * case_caption_party (stop 42) asks the keyword pass for the caption's forms ` v `, ` v. `, ` vs `,
 * ` vs. `, where its prefilter searched ` v` in every text with a blank and a capital. Parties'
 * names are made up.
 */
describe('case_caption_party: its hint words from the keyword pass', () => {
  const index = new KeywordIndex([caseCaptionParty]);
  const hitsOfCaption = (text: string): Uint8Array => {
    const seen = new Uint8Array(index.slots);
    const active: number[] = [];
    index.activate(new TextScan(text), seen, active);
    const hits = new Uint8Array(caseCaptionParty.hints!.length);
    for (const i of active) if (i >= index.hitsFrom) hits[i - index.hitsFrom] = 1;
    return hits;
  };
  const spansOf = (text: string, withHits: boolean) => {
    const scan = new TextScan(text);
    if (withHits) scan.keywordHits = hitsOfCaption(text);
    const out: { start: number; end: number }[] = [];
    const pass = caseCaptionParty.prefilter(scan);
    if (pass) caseCaptionParty.find(scan, out as never, 0);
    return { pass, spans: out.map((x) => [x.start, x.end]) };
  };
  const CAPTION_PIECES = [
    ...[' ', '  ', '-', ':', '.', ',', '"', '(', 'a', 'V', 'v', 'vs', 'VS', 'v.', ' v', ' v ', ' v. ', ' vs ', ' vs. ', ' V. '],
    ...['Haverstock', 'Quintero-Blackwood', 'Marlowe Hospitality', 'Northwind', 'Doe', 'draft', 'Motion to Dismiss', 'Re: '],
    ...['very', 'via', 'version', ' [1932] UKHL 100', ', 556 U.S. 662', ' (2009)', 'é', '7'],
  ];

  it('answers as without the hits on generated texts', () => {
    expect(caseCaptionParty.keywords).toBeUndefined();
    expect([...hitsOfCaption('Haverstock V. Marlowe and Roe vs Wade')]).toEqual([0, 1, 1, 0]);
    let found = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CAPTION_PIECES), { maxLength: 24 }), (parts) => {
        const text = parts.join(parts.length % 2 === 0 ? '' : ' ');
        const want = spansOf(text, false);
        if (want.pass) found++;
        expect(spansOf(text, true)).toEqual(want);
      }),
      { seed: 20261207, numRuns: 5000 },
    );
    expect(found).toBeGreaterThan(300);
    // The detector's own example and a matter name, found with the hits.
    for (const text of [caseCaptionParty.example, 'Settlement agreement - Quintero-Blackwood v Marlowe Hospitality - draft']) {
      expect(spansOf(text, true).spans.length).toBe(1);
    }
  });
});

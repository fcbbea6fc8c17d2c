import { describe, expect, it } from 'vitest';
import { ScanMemo } from '../../../src/engine/scan-memo.js';

const findings = [{ entity: 'EMAIL', detector: 'email', action: 'token' as const }];

/** What the engine does: a lookup, then (on a miss) an offer of the scan's outcome at that slot. */
function see(memo: ScanMemo, s: string): 'hit' | 'miss' {
  const slot = memo.slot(s);
  if (memo.held(slot)) return 'hit';
  memo.offer(slot, s, `masked ${s.length}`, findings);
  return 'miss';
}

describe('ScanMemo', () => {
  it('keeps a short string from its second sighting on (a one-off id is never stored)', () => {
    const memo = new ScanMemo();
    const s = 'call me at 415-555-2671';
    expect([see(memo, s), see(memo, s), see(memo, s)]).toEqual(['miss', 'miss', 'hit']);
    const slot = memo.slot(s);
    expect(memo.output(slot)).toBe(`masked ${s.length}`);
    expect(memo.findings(slot)).toEqual(findings);
  });

  it('keeps two repeated strings that share a slot pair (direct-mapped, each evicted the other)', async () => {
    const { sampleHash } = await import('../../../src/engine/scan-memo.js');
    const a = '1.4.2';
    const b = '/api/v1/payments';
    // The pair the bench's OTLP records thrashed: same slot pair.
    expect(sampleHash(a, 0, a.length) & 4094).toBe(sampleHash(b, 0, b.length) & 4094);
    const memo = new ScanMemo();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) seen.push(see(memo, a), see(memo, b));
    expect(seen).toEqual(['miss', 'miss', 'miss', 'miss', 'hit', 'hit', 'hit', 'hit']);
    expect(memo.output(memo.slot(a))).toBe(`masked ${a.length}`);
    // A one-off string in the same pair does not evict either.
    const other = Array.from({ length: 100_000 }, (_, i) => `id-${i * 7919}.${i % 97}`).find(
      (x) => (sampleHash(x, 0, x.length) & 4094) === (sampleHash(a, 0, a.length) & 4094),
    )!;
    expect(see(memo, other)).toBe('miss');
    expect([see(memo, a), see(memo, b)]).toEqual(['hit', 'hit']);
  });

  it('keeps a long string from its first sighting: the second, often in the same record, is answered', () => {
    const memo = new ScanMemo();
    const prompt = `please refund ${'the order '.repeat(30)} jane@example.com`;
    expect([see(memo, prompt), see(memo, prompt)]).toEqual(['miss', 'hit']);
    // An equal string that is another object (JSON.parse makes one per field) is answered too.
    expect(see(memo, `${prompt} `.trimEnd())).toBe('hit');
  });

  it('keeps the eight most recently used long strings', () => {
    const memo = new ScanMemo();
    const long = (i: number) => `${i} ${'x'.repeat(300)}`;
    const system = `system prompt ${'y'.repeat(500)}`;
    see(memo, system);
    // A system prompt that comes in every record stays, while one-off prompts pass through.
    for (let i = 0; i < 40; i++) {
      expect(see(memo, system)).toBe('hit');
      expect(see(memo, long(i))).toBe('miss');
    }
    for (let i = 0; i < 8; i++) see(memo, long(100 + i));
    expect(see(memo, system)).toBe('miss');
    expect(see(memo, long(107))).toBe('hit');
  });

  it('never keeps a string over 64 KiB', () => {
    const memo = new ScanMemo();
    const huge = 'z'.repeat(65_537);
    expect(memo.slot(huge)).toBe(-1);
    expect([see(memo, huge), see(memo, huge)]).toEqual(['miss', 'miss']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLink, spliceLink } from '../../../src/evidence/chain.js';
import { ChainedLines } from '../../../src/evidence/chained-lines.js';
import { assemble, type CheckpointRecord, type Problem, SegmentVerifier } from '../../../src/evidence/verify.js';

const KEY = Buffer.alloc(32, 7);

/** A chained stream of `records` (genesis, records, checkpoints, seal) and its checkpoint entries. */
function chainedStream(records: readonly object[], checkpointEvery: number): { lines: Buffer[]; checkpoints: CheckpointRecord[] } {
  const chain = new ChainedLines({
    key: KEY,
    keyId: 'c-test',
    policy: 'sha256:p',
    writer: 'test',
    checkpointEvery,
    checkpointIntervalMs: 1e12,
  });
  const text = [chain.begin(), chain.records(records.map((r) => Buffer.from(JSON.stringify(r)))), chain.end(false)]
    .map((b) => b.toString())
    .join('');
  const checkpoints = chain.commit('trail.jsonl');
  return {
    lines: text
      .split('\n')
      .filter(Boolean)
      .map((l) => Buffer.from(l)),
    checkpoints,
  };
}

function verify(lines: readonly Buffer[], checkpoints?: CheckpointRecord[]): Problem[] {
  const problems: Problem[] = [];
  const v = new SegmentVerifier({ key: KEY, keyId: 'c-test', segment: 'trail.jsonl', problems });
  lines.forEach((l, i) => {
    v.line(l, { segment: 'trail.jsonl', line: i + 1 });
  });
  assemble(v.pieces, problems, checkpoints ? { checkpoints } : {});
  return problems;
}

const record = fc.record({ event: fc.string(), user: fc.oneof(fc.string(), fc.integer()), n: fc.integer() });
const stream = fc.tuple(fc.array(record, { minLength: 2, maxLength: 30 }), fc.integer({ min: 0, max: 5 }));

describe('evidence chain: every single change, deletion, insertion or swap is detected and located', () => {
  it('an untouched stream verifies, checkpoints and seal included', () => {
    fc.assert(
      fc.property(stream, ([records, every]) => {
        const { lines, checkpoints } = chainedStream(records, every);
        expect(verify(lines, checkpoints)).toEqual([]);
      }),
    );
  });

  it('a changed line is reported at its line', () => {
    fc.assert(
      fc.property(stream, fc.nat(), fc.string({ minLength: 1 }), ([records, every], at, extra) => {
        const { lines } = chainedStream(records, every);
        const i = at % lines.length;
        const link = parseLink(lines[i] as Buffer);
        if (!link) throw new Error('unlinked line in a fresh stream');
        // Same link, different content: one member added to the record.
        const changed = Buffer.concat([Buffer.from(`{"x":${JSON.stringify(extra)},`), link.canonical.subarray(1)]);
        const tampered = [...lines];
        tampered[i] = spliceLink(changed, link.seq, link.mac);
        const problems = verify(tampered);
        expect(problems[0]?.location.line).toBe(i + 1);
      }),
    );
  });

  it('a removed line is reported where it was (the seal, through the checkpoint file)', () => {
    fc.assert(
      fc.property(stream, fc.nat(), ([records, every], at) => {
        const { lines, checkpoints } = chainedStream(records, every);
        const i = at % lines.length;
        const tampered = lines.filter((_, j) => j !== i);
        const problems = verify(tampered, checkpoints);
        expect(problems.length).toBeGreaterThan(0);
        // Lines after it shift up by one: the problem is at the line that took its place, or at
        // the new last line when the last line (the seal) was removed.
        expect(problems[0]?.location.line).toBe(Math.min(i + 1, tampered.length));
      }),
    );
  });

  it('an inserted line (forged, or a copy of another line) is reported at its line', () => {
    fc.assert(
      fc.property(stream, fc.nat(), fc.nat(), fc.boolean(), record, ([records, every], at, from, copy, forged) => {
        const { lines } = chainedStream(records, every);
        const i = at % (lines.length + 1);
        const inserted = copy ? (lines[from % lines.length] as Buffer) : Buffer.from(JSON.stringify(forged));
        const tampered = [...lines.slice(0, i), inserted, ...lines.slice(i)];
        const problems = verify(tampered);
        expect(problems.length).toBeGreaterThan(0);
        // A copy of the line just before or after its own place reads as that line duplicated: the
        // problem is then at whichever of the two comes second.
        const first = problems[0]?.location.line as number;
        if (copy && (from % lines.length === i - 1 || from % lines.length === i)) expect([i + 1, i + 2]).toContain(first);
        else expect(first).toBe(i + 1);
      }),
    );
  });

  it('two swapped lines are reported at the first of them', () => {
    fc.assert(
      fc.property(stream, fc.nat(), fc.nat(), ([records, every], a, b) => {
        const { lines } = chainedStream(records, every);
        const i = a % lines.length;
        const j = b % lines.length;
        fc.pre(i !== j);
        const tampered = [...lines];
        tampered[i] = lines[j] as Buffer;
        tampered[j] = lines[i] as Buffer;
        const problems = verify(tampered);
        expect(problems[0]?.location.line).toBe(Math.min(i, j) + 1);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { CONTROL_MEMBER, type ControlBody } from '../../../src/evidence/chain.js';
import {
  CHAIN_HEADER,
  CONTROL_HEADER,
  type ChainableMessage,
  KafkaChains,
  kafkaCanonical,
  parseLinkHeader,
} from '../../../src/evidence/kafka-chain.js';
import { assemble, type Problem, SegmentVerifier } from '../../../src/evidence/verify.js';

const KEY = Buffer.alloc(32, 9);

function partitionStream(n: number): ChainableMessage[] {
  let t = 0;
  const chains = new KafkaChains({
    key: KEY,
    keyId: 'c-k',
    writer: 'test',
    checkpointEvery: 3,
    checkpointIntervalMs: 1e12,
    now: () => t++,
  });
  const out: ChainableMessage[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      ...chains.link(
        'clean',
        0,
        { key: `user-${i % 3}`, value: Buffer.from(JSON.stringify({ i })), headers: { trace: `t${i}`, 'auditmask-policy': 'sha256:p' } },
        'sha256:p',
      ),
    );
  }
  out.push(...chains.seals().map((s) => s.message));
  return out;
}

/** Verifies messages as the Kafka verifier does (offsets = indexes). */
function verify(messages: readonly ChainableMessage[]): Problem[] {
  const problems: Problem[] = [];
  const v = new SegmentVerifier({ key: KEY, keyId: 'c-k', segment: 'clean[0]', problems });
  messages.forEach((m, i) => {
    const location = { segment: 'clean[0]', offset: String(i) };
    const headers = m.headers as Record<string, string | Buffer>;
    const link = parseLinkHeader(headers[CHAIN_HEADER]);
    if (!link) {
      v.unlinked(location);
      return;
    }
    const control = headers[CONTROL_HEADER] ? (JSON.parse(String(m.value)) as Record<string, ControlBody>)[CONTROL_MEMBER] : undefined;
    v.entry(
      link.seq,
      link.mac,
      kafkaCanonical(m.key, m.value, headers),
      control,
      location,
      control ? undefined : Buffer.from(String(m.value)),
    );
  });
  assemble(v.pieces, problems);
  return problems;
}

describe('evidence chain on Kafka', () => {
  it('links every record of a partition, with genesis, checkpoints and seal, and verifies', () => {
    const messages = partitionStream(7);
    const types = messages.map((m) => (m.headers as Record<string, string>)[CONTROL_HEADER] ?? 'record');
    expect(types).toEqual([
      'genesis',
      'record',
      'record',
      'record',
      'checkpoint',
      'record',
      'record',
      'record',
      'checkpoint',
      'record',
      'seal',
    ]);
    expect(verify(messages)).toEqual([]);
  });

  it('a changed value, key or header, a removed record and a forged one are located by offset', () => {
    const base = partitionStream(7);
    const at = (list: ChainableMessage[]) => verify(list)[0]?.where;
    const withHeaders = (i: number, h: Record<string, string>) =>
      base.map((m, j) => (j === i ? { ...m, headers: { ...m.headers, ...h } } : m));
    expect(at(base.map((m, j) => (j === 2 ? { ...m, value: Buffer.from('{"i":99}') } : m)))).toBe('clean[0]@2');
    expect(at(base.map((m, j) => (j === 3 ? { ...m, key: 'user-9' } : m)))).toBe('clean[0]@3');
    expect(at(withHeaders(5, { trace: 'forged' }))).toBe('clean[0]@5');
    expect(at(base.filter((_, j) => j !== 6))).toBe('clean[0]@6');
    const forged = { key: null, value: Buffer.from('{"i":-1}'), headers: { [CHAIN_HEADER]: `3:${'A'.repeat(43)}` } };
    expect(at([...base.slice(0, 4), forged, ...base.slice(4)])).toBe('clean[0]@4');
  });

  it('the canonical bytes do not depend on header order and tell null from empty', () => {
    expect(kafkaCanonical('k', 'v', { a: '1', b: '2' }).equals(kafkaCanonical('k', 'v', { b: '2', a: '1' }))).toBe(true);
    expect(kafkaCanonical(null, 'v', {}).equals(kafkaCanonical('', 'v', {}))).toBe(false);
    expect(kafkaCanonical('k', 'v', { [CHAIN_HEADER]: 'x' }).equals(kafkaCanonical('k', 'v', {}))).toBe(true);
  });

  it('after a failed send the partition starts a new stream', () => {
    const chains = new KafkaChains({ key: KEY, keyId: 'c-k', writer: 'test', checkpointEvery: 0, checkpointIntervalMs: 1e12 });
    const first = chains.link('clean', 1, { value: 'a' }, null);
    chains.reset([{ topic: 'clean', partition: 1 }]);
    const second = chains.link('clean', 1, { value: 'b' }, null);
    const header = (m: ChainableMessage | undefined, name: string) => (m?.headers as Record<string, string> | undefined)?.[name];
    expect(header(first[0], CONTROL_HEADER)).toBe('genesis');
    expect(header(second[0], CONTROL_HEADER)).toBe('genesis');
    expect(parseLinkHeader(header(second[1], CHAIN_HEADER))?.seq).toBe(1);
  });
});

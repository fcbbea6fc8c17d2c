import { describe, expect, it } from 'vitest';
import type { MaskedRecord, Sink } from '../../../src/core/component.js';
import { type RevealAudit, revealAuditRecord, sinkRevealTrail } from '../../../src/vault/reveal-trail.js';

const audit: RevealAudit = {
  time: '2026-01-02T03:04:05.000Z',
  event: 'reveal',
  who: 'dpo',
  token: '<EMAIL:abcdefghijkl>',
  reason: 'DSR-1',
  vault: '/v/vault.jsonl',
  outcome: 'revealed',
};

function fakeSink(failWrite = false) {
  const events: string[] = [];
  const written: MaskedRecord[] = [];
  const sink: Sink = {
    id: 'trail',
    start: async () => {
      events.push('start');
    },
    stop: async () => {
      events.push('stop');
    },
    write: async (records) => {
      if (failWrite) throw new Error('broker down');
      written.push(...records);
    },
  };
  return { sink, events, written };
}

describe('reveal trail through a sink', () => {
  it('an audit is a JSON record with the audit fields and empty evidence, origin the vault', () => {
    const r = revealAuditRecord(audit);
    expect(r.format).toBe('json');
    expect(JSON.parse(r.value.toString())).toEqual({ ...audit, _auditmask: { v: 1, policy: 'none', key: 'none', findings: [] } });
    expect(r.origin).toEqual({ kind: 'file', path: '/v/vault.jsonl', line: 0 });
  });

  it('starts the sink once, writes each audit, stops on close', async () => {
    const { sink, events, written } = fakeSink();
    const trail = sinkRevealTrail(sink, 'sink trail');
    await trail.append(audit);
    await trail.append({ ...audit, outcome: 'refused' });
    await trail.close();
    expect(events).toEqual(['start', 'stop']);
    expect(written.map((r) => (JSON.parse(r.value.toString()) as RevealAudit).outcome)).toEqual(['revealed', 'refused']);
  });

  it('a write the sink does not acknowledge rejects the append (the caller must not reveal)', async () => {
    const { sink } = fakeSink(true);
    await expect(sinkRevealTrail(sink, 'sink trail').append(audit)).rejects.toThrow(/broker down/);
  });
});

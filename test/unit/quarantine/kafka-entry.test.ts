import { describe, expect, it } from 'vitest';
import { entryFromDeadLetterMessage } from '../../../src/quarantine/kafka-entry.js';

const base = { partition: 2, offset: '41', timestamp: '1767323045000', key: null, value: Buffer.from('{"raw":1}') };

describe('a Kafka dead-letter message as a quarantine entry', () => {
  it('plaintext: the record is the value, key and the non-auditmask headers; lineage gives the origin', () => {
    const e = entryFromDeadLetterMessage('audit.dlq', {
      ...base,
      key: Buffer.from('k'),
      headers: {
        'auditmask-reason': 'invalid_json',
        'auditmask-error': Buffer.from('not JSON'),
        'auditmask-source-topic': 'audit.raw',
        'auditmask-source-partition': '0',
        'auditmask-source-offset': '7',
        'x-user': Buffer.from('u'),
      },
    });
    expect(e).toMatchObject({ file: 'audit.dlq', at: '2:41', where: 'audit.dlq[2]@41' });
    expect(e.entry).toMatchObject({
      time: '2026-01-02T03:04:05.000Z',
      reason: 'invalid_json',
      message: 'not JSON',
      origin: { kind: 'kafka', topic: 'audit.raw', partition: 0, offset: '7' },
    });
    expect(e.entry?.plain?.value.toString()).toBe('{"raw":1}');
    expect(e.entry?.plain?.key?.toString()).toBe('k');
    expect(Object.keys(e.entry?.plain?.headers ?? {})).toEqual(['x-user']);
  });

  it('sealed: key ids from the header, the value kept as the age file; a file origin from auditmask-source', () => {
    const e = entryFromDeadLetterMessage('audit.dlq', {
      ...base,
      headers: {
        'auditmask-reason': 'depth_exceeded',
        'auditmask-sealed': 'age',
        'auditmask-key-ids': 'age-000000000001,age-000000000002',
        'auditmask-source': 'in.jsonl:12',
      },
    });
    expect(e.entry?.plain).toBeUndefined();
    expect(e.entry?.sealed?.keyIds).toEqual(['age-000000000001', 'age-000000000002']);
    expect(e.entry?.sealed?.age).toContain('BEGIN AGE ENCRYPTED FILE');
    expect(e.entry?.origin).toEqual({ kind: 'file', path: 'in.jsonl', line: 12 });
  });

  it('a message that is not a dead letter is reported, not thrown, without quoting it', () => {
    const e = entryFromDeadLetterMessage('audit.dlq', { ...base, headers: {} });
    expect(e.entry).toBeUndefined();
    expect(e.problem).toContain('no auditmask-reason');
    expect(e.problem).not.toContain('raw');
  });
});

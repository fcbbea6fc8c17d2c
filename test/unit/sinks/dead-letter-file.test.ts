import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/log/logger.js';
import type { RejectedRecord } from '../../../src/core/component.js';
import { createDeadLetterFileSink } from '../../../src/sinks/dead-letter-file/index.js';
import { sinkSuite, suiteRejected } from '../../helpers/component-suite.js';

const create = (path: string) =>
  createDeadLetterFileSink(
    { id: 'dead_letter', type: 'file', path, fsync: true, recipients: [], encrypt: false },
    { logger: silentLogger },
  );

function lines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

sinkSuite<RejectedRecord, string>({
  name: 'dead-letter file',
  component: { kind: 'dead_letter', type: 'file' },
  setup: () => join(mkdtempSync(join(tmpdir(), 'auditmask-dlq-')), 'dl', 'dead-letter.jsonl'),
  teardown: (path) => rmSync(join(path, '..', '..'), { recursive: true, force: true }),
  create,
  items: suiteRejected,
  readBack: async (path) => {
    try {
      return lines(path).map((l) => (JSON.parse(Buffer.from(l.value_base64 as string, 'base64').toString()) as { suite: number }).suite);
    } catch {
      return [];
    }
  },
});

describe('dead-letter file', () => {
  it('is created 0600 and holds reason, message, origin and the raw value in base64', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-dlq-'));
    try {
      const path = join(dir, 'dl.jsonl');
      const sink = create(path);
      await sink.start();
      const raw = Buffer.from('{"card":"4111111111111111"');
      await sink.write([
        {
          record: {
            value: raw,
            key: Buffer.from('k1'),
            headers: { h: 'v', b: Buffer.from([1]) },
            origin: { kind: 'kafka', topic: 't', partition: 2, offset: '9' },
          },
          reason: 'invalid_json',
          message: 'not JSON',
        },
      ]);
      await sink.stop();
      expect(statSync(path).mode & 0o777).toBe(0o600);
      const [line] = lines(path);
      expect(line).toMatchObject({
        reason: 'invalid_json',
        message: 'not JSON',
        origin: { kind: 'kafka', topic: 't', partition: 2, offset: '9' },
        value_base64: raw.toString('base64'),
        key_base64: Buffer.from('k1').toString('base64'),
        headers: { h: 'v', b: 'base64:AQ==' },
      });
      expect(typeof line?.time).toBe('string');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tightens an existing file to 0600', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-dlq-'));
    try {
      const path = join(dir, 'dl.jsonl');
      writeFileSync(path, '');
      chmodSync(path, 0o644);
      const sink = create(path);
      await sink.start();
      await sink.stop();
      expect(statSync(path).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

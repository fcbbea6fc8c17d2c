import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/log/logger.js';
import { chainOptions } from '../../../src/sinks/file/chained-framing.js';
import { createFileSink, type FileSinkConfig } from '../../../src/sinks/file/index.js';
import { sinkSuite, suiteRecords } from '../../helpers/component-suite.js';

function config(dir: string, o: Partial<FileSinkConfig> = {}): FileSinkConfig {
  return {
    id: 'files',
    type: 'file',
    dir,
    prefix: 'auditmask',
    max_bytes: 1 << 20,
    max_age_ms: 3_600_000,
    fsync: true,
    file_mode: '0640',
    chain: chainOptions.parse({}),
    ...o,
  };
}

function files(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
}

function numbers(dir: string): number[] {
  return files(dir).flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { suite: number }).suite),
  );
}

sinkSuite<unknown, string>({
  name: 'file sink',
  component: { kind: 'sink', type: 'file' },
  setup: () => mkdtempSync(join(tmpdir(), 'auditmask-file-sink-')),
  teardown: (dir) => rmSync(dir, { recursive: true, force: true }),
  create: (dir) => createFileSink(config(dir), { logger: silentLogger }),
  readBack: async (dir) => numbers(dir),
});

describe('file sink', () => {
  const withDir = (fn: (dir: string) => Promise<void>) => async () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-file-sink-'));
    try {
      await fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it(
    'rotates by size without splitting a batch; names carry a UTC timestamp and a sequence',
    withDir(async (dir) => {
      const sink = createFileSink(config(dir, { max_bytes: 300 }), { logger: silentLogger });
      await sink.start();
      for (let i = 0; i < 10; i++) await sink.write(suiteRecords(2, i * 2));
      await sink.stop();
      const names = files(dir);
      expect(names.length).toBeGreaterThanOrEqual(4);
      for (const n of names) expect(n).toMatch(/^auditmask-\d{8}T\d{9}Z-\d{6}\.jsonl$/);
      const seqs = names.map((n) => Number(n.slice(-12, -6)));
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(numbers(dir)).toEqual(Array.from({ length: 20 }, (_, i) => i));
      for (const n of names) {
        const text = readFileSync(join(dir, n), 'utf8');
        expect(text.endsWith('\n')).toBe(true);
        // A file only exceeds max_bytes by the batch that crossed it.
        expect(text.split('\n').filter(Boolean).length % 2).toBe(0);
      }
    }),
  );

  it(
    'rotates by age, also when idle',
    withDir(async (dir) => {
      const sink = createFileSink(config(dir, { max_age_ms: 150 }), { logger: silentLogger });
      await sink.start();
      await sink.write(suiteRecords(1, 0));
      for (let i = 0; i < 500 && sink.writer.completed.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(sink.writer.completed).toHaveLength(1);
      expect(sink.writer.currentPath).toBeUndefined();
      await sink.write(suiteRecords(1, 1));
      await sink.stop();
      expect(files(dir)).toHaveLength(2);
      expect(numbers(dir)).toEqual([0, 1]);
    }),
  );

  it(
    'creates no empty file and honours file_mode',
    withDir(async (dir) => {
      const sink = createFileSink(config(join(dir, 'nested'), { file_mode: '0600' }), { logger: silentLogger });
      await sink.start();
      await sink.stop();
      expect(files(join(dir, 'nested'))).toEqual([]);
      const again = createFileSink(config(join(dir, 'nested'), { file_mode: '0600' }), { logger: silentLogger });
      await again.start();
      await again.write(suiteRecords(1));
      await again.stop();
      const [name] = files(join(dir, 'nested'));
      expect(statSync(join(dir, 'nested', name as string)).mode & 0o777).toBe(0o600);
    }),
  );

  it(
    'writes binary formats as an envelope with the value in base64',
    withDir(async (dir) => {
      const sink = createFileSink(config(dir), { logger: silentLogger });
      await sink.start();
      const [r] = suiteRecords(1);
      await sink.write([{ ...(r as NonNullable<typeof r>), format: 'avro', value: Buffer.from([0, 1, 2, 10]) }]);
      await sink.stop();
      const line = JSON.parse(readFileSync(join(dir, files(dir)[0] as string), 'utf8')) as Record<string, unknown>;
      expect(line.format).toBe('avro');
      expect(line.value_base64).toBe('AAECCg==');
      expect(line._auditmask).toMatchObject({ policy: 'sha256:suite' });
    }),
  );
});

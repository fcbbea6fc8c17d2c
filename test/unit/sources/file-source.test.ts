import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/log/logger.js';
import { createFileSource, type FileSourceConfig } from '../../../src/sources/file/index.js';
import { recordingHandler, sourceSuite } from '../../helpers/component-suite.js';
import { Pipeline } from '../../../src/pipeline/pipeline.js';
import { ManualMasker, MemoryDeadLetter, MemorySink, until } from '../pipeline/fakes.js';

const cfg = (path: string, o: Partial<FileSourceConfig> = {}): FileSourceConfig => ({
  id: 'file_in',
  type: 'file',
  path,
  format: 'json',
  batch_records: 2,
  max_in_flight: 3,
  max_line_bytes: 1024,
  ...o,
});

sourceSuite<{ stdin: PassThrough }>({
  name: 'file source (stdin)',
  component: { kind: 'source', type: 'file' },
  setup: () => ({ stdin: new PassThrough() }),
  create: (ctx) => createFileSource(cfg('-'), { logger: silentLogger }, ctx.stdin),
  produce: async (ctx, numbers) => {
    ctx.stdin.write(numbers.map((n) => `${JSON.stringify({ suite: n })}\n`).join(''));
  },
  atLeastOnce: 'redeliver',
});

describe('file source', () => {
  it('with several batches in flight through a real pipeline, a sink failure is retried and the output stays complete and in order', async () => {
    const stdin = new PassThrough();
    const src = createFileSource(cfg('-'), { logger: silentLogger }, stdin);
    const masker = new ManualMasker();
    masker.auto = true;
    const sink = new MemorySink('out');
    sink.failNext = 1;
    const pipeline = new Pipeline({
      sources: [src],
      sinks: [sink],
      deadLetter: new MemoryDeadLetter(),
      masker,
      maxInFlightBatches: 8,
      maxInFlightBytes: 1 << 20,
    });
    await pipeline.start();
    stdin.write(Array.from({ length: 10 }, (_, i) => `{"suite":${i}}\n`).join(''));
    await until(() => sink.written.length >= 10, 'ten records written');
    await pipeline.stop();
    expect(sink.written.map((r) => (JSON.parse(r.value.toString().toLowerCase()) as { suite: number }).suite)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(pipeline.stats.failedBatches).toBeGreaterThanOrEqual(1);
  });

  it('reads a file in order, in batches, with file:line origins, skipping over-long lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-file-src-'));
    try {
      const path = join(dir, 'in.jsonl');
      writeFileSync(path, `{"suite":0}\n\n{"suite":1}\n${'x'.repeat(2000)}\n{"suite":2}\n`);
      const src = createFileSource(cfg(path), { logger: silentLogger });
      const seen: string[] = [];
      const h = recordingHandler((b) => {
        for (const r of b.records) seen.push(`${b.stream}:${r.origin.kind === 'file' ? r.origin.line : '?'}`);
        return b.records.map((r) => (JSON.parse(r.value.toString()) as { suite: number }).suite);
      });
      src.setHandler(h.handler);
      await src.start();
      await src.done;
      await src.stop();
      expect(h.acked).toEqual([0, 1, 2]);
      expect(seen).toEqual([`${path}:1`, `${path}:3`, `${path}:5`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('`ended` settles complete once every batch of the file was acknowledged, after a failed one was retried', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditmask-file-src-'));
    try {
      const path = join(dir, 'in.jsonl');
      writeFileSync(path, `${Array.from({ length: 9 }, (_, i) => JSON.stringify({ suite: i })).join('\n')}\n`);
      const src = createFileSource(cfg(path), { logger: silentLogger });
      let failures = 1;
      const acked: number[] = [];
      src.setHandler(async (b) => {
        if (failures-- > 0) throw new Error('sink down once');
        for (const r of b.records) acked.push((JSON.parse(r.value.toString()) as { suite: number }).suite);
        return { written: b.records.length, deadLettered: 0 };
      });
      await src.start();
      expect(await src.ended).toEqual({ complete: true });
      expect([...acked].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
      await src.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('`ended` settles incomplete when the file cannot be read, and never when the source is stopped first', async () => {
    const missing = createFileSource(cfg('/nonexistent/auditmask/in.jsonl'), { logger: silentLogger });
    missing.setHandler(recordingHandler(() => []).handler);
    await missing.start();
    expect(await missing.ended).toEqual({ complete: false });
    await missing.stop();

    const stdin = new PassThrough();
    const open = createFileSource(cfg('-'), { logger: silentLogger }, stdin);
    open.setHandler(recordingHandler(() => []).handler);
    let settled = false;
    void open.ended.then(() => {
      settled = true;
    });
    await open.start();
    stdin.write('{"suite":0}\n');
    await open.stop();
    await new Promise((r) => setTimeout(r, 50));
    expect(settled).toBe(false);
  });
});

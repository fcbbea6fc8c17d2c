import { createReadStream } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { readLines } from '../../cli/lines.js';
import { type ComponentConfig, type ComponentDeps, registerSource } from '../../components/registry.js';
import { BackpressureError } from '../../errors.js';
import type { BatchHandler, SourceBatch, Source } from '../../pipeline/types.js';
import type { AuditRecord } from '../../record/record.js';

export const fileSourceOptions = {
  path: z.string().min(1).describe('JSON Lines file to read once from the start; `-` reads standard input.'),
  format: z.enum(['json', 'otlp_log']).default('json').describe('How each line is decoded: `json` (a line that is not JSON is masked as text) or `otlp_log`.'),
  batch_records: z.number().int().min(1).default(256).describe('Lines per batch handed to the pipeline.'),
  max_line_bytes: z
    .number()
    .int()
    .min(1)
    .default(16 * 1024 * 1024)
    .describe('Longer lines are skipped (with a warning naming the line) without being buffered.'),
};

export type FileSourceConfig = ComponentConfig<typeof fileSourceOptions>;

/**
 * Reads a JSON Lines file (or stdin) once, in order, as one stream: a batch is handed over only
 * after the previous one was acknowledged; a batch that fails (backpressure, a sink down) is
 * offered again after a pause until it is taken or the source stops. After the end of the input
 * the source stays idle until stopped. No checkpoint: a restart reads the file again (at least once).
 */
export function createFileSource(config: FileSourceConfig, deps: ComponentDeps, stdin: NodeJS.ReadableStream = process.stdin): Source & { readonly done: Promise<void> } {
  let handler: BatchHandler | undefined;
  let state: 'new' | 'running' | 'stopped' = 'new';
  const abort = new AbortController();
  let loop: Promise<void> = Promise.resolve();
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((r) => {
    resolveDone = r;
  });
  const name = config.path === '-' ? '<stdin>' : config.path;

  async function deliver(batch: SourceBatch): Promise<boolean> {
    let delay = 100;
    while (!abort.signal.aborted) {
      try {
        await (handler as BatchHandler)(batch);
        return true;
      } catch (err) {
        const wait = err instanceof BackpressureError ? err.retryAfterMs : delay;
        if (!(err instanceof BackpressureError)) {
          deps.logger.warn({ err: err as Error, stream: batch.stream, retry_ms: wait }, 'batch not delivered; retrying');
          delay = Math.min(delay * 2, 10_000);
        }
        await sleep(wait, undefined, { signal: abort.signal }).catch(() => {});
      }
    }
    return false;
  }

  async function run(): Promise<void> {
    const stream = config.path === '-' ? stdin : createReadStream(config.path);
    let records: AuditRecord[] = [];
    let lines = 0;
    try {
      for await (const line of readLines(stream as never, config.max_line_bytes)) {
        if (abort.signal.aborted) break;
        if ('oversize' in line) {
          deps.logger.warn({ file: name, line: line.number, bytes: line.oversize }, 'line longer than max_line_bytes skipped');
          continue;
        }
        if (line.bytes.length === 0) continue;
        records.push({ value: line.bytes, origin: { kind: 'file', path: name, line: line.number } });
        lines++;
        if (records.length >= config.batch_records) {
          if (!(await deliver({ stream: name, format: config.format, records }))) return;
          records = [];
        }
      }
      if (records.length > 0 && !abort.signal.aborted) await deliver({ stream: name, format: config.format, records });
      if (!abort.signal.aborted) deps.logger.info({ file: name, lines }, 'input read to the end');
    } catch (err) {
      deps.logger.error({ err: err as Error, file: name }, 'cannot read the input file');
    } finally {
      if (stream !== stdin) (stream as { destroy?: () => void }).destroy?.();
      resolveDone();
    }
  }

  return {
    id: config.id,
    done,
    setHandler(h) {
      handler = h;
    },
    async start() {
      if (state !== 'new') return;
      if (!handler) throw new Error(`source ${config.id}: setHandler must be called before start`);
      state = 'running';
      loop = run();
    },
    async stop() {
      if (state === 'stopped') return;
      state = 'stopped';
      abort.abort();
      await loop;
      resolveDone();
    },
  };
}

registerSource({
  type: 'file',
  description: 'Reads a JSON Lines file (or stdin) once, in order; for batch jobs, replays and tests.',
  options: fileSourceOptions,
  create: (config, deps) => createFileSource(config, deps),
});

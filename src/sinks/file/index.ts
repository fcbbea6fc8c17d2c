import { join } from 'node:path';
import { z } from 'zod';
import { type ComponentConfig, type ComponentDeps, registerSink } from '../../core/registry.js';
import { dataDir } from '../../config/data-dir.js';
import type { MaskedRecord, Sink } from '../../core/component.js';
import { chainOptions, createChainedFraming } from './chained-framing.js';
import { RotatingWriter } from './rotating-writer.js';

export const fileSinkOptions = {
  dir: z
    .string()
    .min(1)
    .default(() => join(dataDir(), 'masked'))
    .describe('Folder of the output files (created if missing); default `masked/` in $AUDITMASK_DATA_DIR (./.data/auditmask).'),
  prefix: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, . _ -')
    .default('auditmask')
    .describe('File names are `<prefix>-<UTC timestamp>-<sequence>.jsonl`.'),
  max_bytes: z
    .number()
    .int()
    .min(1)
    .default(64 * 1024 * 1024)
    .describe(
      'Start a new file once the current one holds this many bytes (a batch is never split, so a file may exceed it by one batch).',
    ),
  max_age_ms: z.number().int().min(100).default(3_600_000).describe('Start a new file once the current one is this old (also when idle).'),
  fsync: z
    .boolean()
    .default(true)
    .describe(
      'Flush data to disk (fdatasync) before acknowledging a batch. Off: faster, but a crash of the machine may lose acknowledged records.',
    ),
  file_mode: z
    .string()
    .regex(/^0?[0-7]{3}$/, 'octal permission bits such as 0640')
    .default('0640')
    .describe('Permission bits of new files (octal).'),
  chain: chainOptions,
};

export type FileSinkConfig = ComponentConfig<typeof fileSinkOptions>;

/**
 * One line per record. `json` and `otlp_log` records are JSON already (evidence inside) and are
 * written as they are; other formats (binary) as `{"format","value_base64","_auditmask"}`.
 */
export function encodeLine(r: MaskedRecord, evidenceField = '_auditmask'): Buffer {
  if (r.format === 'json' || r.format === 'otlp_log') {
    const v = r.value.includes(0x0a) ? Buffer.from(r.value.toString('utf8').replace(/\r?\n/g, ' ')) : r.value;
    return v;
  }
  return Buffer.from(JSON.stringify({ format: r.format, value_base64: r.value.toString('base64'), [evidenceField]: r.evidence }));
}

const NEWLINE = Buffer.from('\n');

export function createFileSink(config: FileSinkConfig, deps: ComponentDeps): Sink & { readonly writer: RotatingWriter } {
  const framing = createChainedFraming(config.chain, `file sink ${config.id}`);
  const writer = new RotatingWriter({
    ...(framing ? { framing } : {}),
    dir: config.dir,
    prefix: config.prefix,
    maxBytes: config.max_bytes,
    maxAgeMs: config.max_age_ms,
    fsync: config.fsync,
    mode: Number.parseInt(config.file_mode, 8),
  });
  writer.onRotate = (path) => deps.logger.debug({ file: path }, 'file completed');
  let state: 'new' | 'started' | 'stopped' = 'new';
  let checkpointTimer: NodeJS.Timeout | undefined;
  return {
    id: config.id,
    writer,
    async start() {
      if (state !== 'new') return;
      await writer.open();
      state = 'started';
      if (framing) {
        // A checkpoint by time also when no batch comes: written when records await one.
        const lines = framing.lines;
        checkpointTimer = setInterval(
          () => {
            if (lines.sinceCheckpoint > 0) void writer.write(() => lines.checkpointDue()).catch(() => {});
          },
          Math.max(100, Math.min(config.chain?.checkpoint_interval_ms ?? 60_000, 5000)),
        );
        checkpointTimer.unref();
      }
      deps.logger.info({ dir: config.dir, chained: framing !== undefined }, 'file sink writing');
    },
    async write(records) {
      if (state !== 'started') throw new Error(`file sink ${config.id} is not running`);
      if (records.length === 0) return;
      if (framing) {
        const lines = framing.lines;
        lines.policy ??= records[0]?.evidence.policy ?? null;
        await writer.write(() => lines.records(records.map((r) => encodeLine(r))));
        return;
      }
      const parts: Buffer[] = [];
      for (const r of records) parts.push(encodeLine(r), NEWLINE);
      await writer.write(Buffer.concat(parts));
    },
    async stop() {
      if (state === 'stopped') return;
      state = 'stopped';
      if (checkpointTimer) clearInterval(checkpointTimer);
      await writer.close();
    },
  };
}

registerSink({
  type: 'file',
  description: 'JSON Lines files, one masked record per line, rotated by size and age; data on disk before the ack.',
  options: fileSinkOptions,
  create: createFileSink,
});

import { type FileHandle, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { type ComponentConfig, type ComponentDeps, registerDeadLetter } from '../../core/registry.js';
import { dataDir } from '../../config/data-dir.js';
import type { DeadLetterSink } from '../../core/component.js';
import { openPrivateAppendHandle } from '../../core/private-file.js';
import { plainQuarantineLine, sealedQuarantineLine } from '../../quarantine/file-format.js';
import { quarantineEncryptionOptions, quarantineSealer } from '../../quarantine/options.js';
import type { QuarantineSealer } from '../../quarantine/seal.js';

export const deadLetterFileOptions = {
  path: z
    .string()
    .min(1)
    .default(() => join(dataDir(), 'dead-letter.jsonl'))
    .describe(
      'File that receives one JSON line per rejected record: reason, message, origin, and the record sealed with age to `recipients` (or, with `encrypt: false`, the RAW value in base64). Created with mode 0600; keep it restricted. Default `dead-letter.jsonl` in $AUDITMASK_DATA_DIR (./.data/auditmask).',
    ),
  fsync: z.boolean().default(true).describe('Flush to disk (fdatasync) before acknowledging.'),
  ...quarantineEncryptionOptions,
};

export type DeadLetterFileConfig = ComponentConfig<typeof deadLetterFileOptions>;

/**
 * Appends rejected records to one file, created 0600 (an existing file is tightened to 0600);
 * `start()` refuses a symbolic link or a non-file at the path (src/core/private-file.ts).
 */
export function createDeadLetterFileSink(config: DeadLetterFileConfig, deps: ComponentDeps): DeadLetterSink {
  let handle: FileHandle | undefined;
  let state: 'new' | 'started' | 'stopped' = 'new';
  let chain: Promise<unknown> = Promise.resolve();
  // Built first so a bad recipient fails the start, before any record arrives.
  const sealer: QuarantineSealer | undefined = quarantineSealer(config, deps.logger);
  return {
    id: config.id,
    async start() {
      if (state !== 'new') return;
      await mkdir(dirname(config.path), { recursive: true });
      // 0600, never through a symlink, only a regular file (src/core/private-file.ts).
      const opened = await openPrivateAppendHandle(config.path);
      handle = opened.handle;
      const tightenedFrom = opened.tightenedFrom;
      if (tightenedFrom !== undefined) {
        deps.logger.warn({ file: config.path, was: tightenedFrom.toString(8) }, 'dead-letter file permissions tightened to 0600');
      }
      state = 'started';
      deps.logger.info(
        { file: config.path, key_ids: sealer?.keyIds ?? [] },
        sealer ? 'dead-letter file ready (records sealed with age)' : 'dead-letter file ready (holds raw data)',
      );
    },
    write(records) {
      if (state !== 'started' || !handle) return Promise.reject(new Error('the dead-letter file is not open'));
      if (records.length === 0) return Promise.resolve();
      const h = handle;
      const now = new Date();
      const lines = sealer
        ? Promise.all(records.map((r) => sealedQuarantineLine(r, sealer, now)))
        : Promise.resolve(records.map((r) => plainQuarantineLine(r, now)));
      const run = chain.then(async () => {
        await h.appendFile(Buffer.from((await lines).join(''), 'utf8'));
        if (config.fsync) await h.datasync();
      });
      chain = run.catch(() => {});
      return run;
    },
    async stop() {
      if (state === 'stopped') return;
      const wasStarted = state === 'started';
      state = 'stopped';
      await chain;
      if (wasStarted && handle) await handle.close();
      handle = undefined;
    },
  };
}

registerDeadLetter({
  type: 'file',
  description: 'Rejected records as JSON Lines in one file created 0600, sealed with age to `recipients` (raw only with `encrypt: false`).',
  options: deadLetterFileOptions,
  create: (config, deps) => createDeadLetterFileSink(config, deps),
});
